import { contains, type Prefix } from '../../net/prefix';
import { PrefixTrie } from '../../net/trie';
import { indexInDocument } from '../../model/load';
import type { Vif, Vpn } from '../../model/types';
import type { ForwardRoute, RoutingIndex } from '../../routing/index';
import type { RuleContext, Rule } from '../types';

/** "a, b and c" */
function words(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The transit-gateway trap, toward AWS: over a BGP VPN the gateway advertises every attached VPC
 * CIDR, while over Direct Connect on-premise learns only the association's allowedPrefixes
 * (summaries such as 10.20.0.0/14). On-premise matches the longest prefix, so the VPN carries the
 * traffic to every VPC whose CIDR is more specific than the summary. Read from the site's routing
 * table (what on-premise learns over each path), one finding per Direct Connect summary.
 */
function vpnMoreSpecificThanDx(ctx: RuleContext, routing: RoutingIndex, vpn: Vpn): void {
  if (vpn.routing !== 'bgp') return; // a static VPN's on-premise routes are the customer's own
  const table = routing.siteTable(vpn.router.site);
  const overVpn = table.routes.find((r) => r.kind === 'vpn' && r.via === vpn);
  if (!overVpn) return;
  const dx = table.routes.filter((r) => r.kind !== 'vpn' && r.gateway === overVpn.gateway)
    .flatMap((r) => r.prefixes.map((prefix) => ({ prefix, route: r })));
  const bySummary = new Map<string, { summary: Prefix; route: ForwardRoute; specifics: Prefix[] }>();
  for (const p of overVpn.prefixes) {
    if (dx.some((d) => d.prefix.length >= p.length && contains(d.prefix, p))) continue;
    const wider = dx.find((d) => contains(d.prefix, p));
    if (!wider) continue;
    const key = `${wider.route.association?.dxgw.name ?? ''}\u0000${wider.prefix.text}`;
    const group = bySummary.get(key);
    if (group) group.specifics.push(p);
    else bySummary.set(key, { summary: wider.prefix, route: wider.route, specifics: [p] });
  }
  const gw = vpn.gateway;
  for (const { summary, route, specifics } of bySummary.values()) {
    const vpcs = [...new Set(specifics.flatMap((p) => ctx.topology.vpcs.filter((v) => v.cidrs.some((c) => c.text === p.text)).map((v) => v.name)))];
    const cidrs = specifics.map((p) => p.text);
    const dxgw = route.association?.dxgw.name;
    ctx.report({
      path: [...vpn.path, 'gateway'],
      message: `${gw.name} advertises ${words(cidrs)}${vpcs.length > 0 ? ` (${words(vpcs)})` : ''} to ${vpn.router.site.name} over ${vpn.name}, ` +
        `more specific than ${summary.text} ${dxgw ? `that ${dxgw} advertises` : 'advertised'} over ${route.via.name}: on-premise matches the longest prefix first, ` +
        `so traffic from ${vpn.router.site.name} to ${vpcs.length > 0 ? words(vpcs) : words(cidrs)} takes the VPN instead of Direct Connect`,
      hint: dxgw
        ? `list the VPC CIDRs in allowedPrefixes of the ${dxgw} association with ${gw.name} (add ${words(cidrs)}), or filter the routes learned over ${vpn.name} on-premise (accept ${summary.text} only, or lower their local preference)`
        : `filter the routes learned over ${vpn.name} on-premise (accept ${summary.text} only, or lower their local preference)`,
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'vpn-preempts-dx',
    severity: 'warning',
    area: 'routing',
    description: 'A VPN attracts traffic meant for Direct Connect: a more specific prefix than the VIF for the same site, a static VPN route on a TGW that duplicates a Direct Connect prefix, or (toward AWS) VPC CIDRs over a TGW VPN more specific than the allowed prefixes of its Direct Connect gateway association.',
    why:
      'AWS matches the longest prefix before it prefers Direct Connect, and a transit gateway prefers static routes ' +
      '(a static route to a VPN attachment included) over routes propagated from a Direct Connect gateway: the backup VPN then carries the traffic. ' +
      'The other way, on-premise also matches the longest prefix: a transit gateway advertises every VPC CIDR over a BGP VPN ' +
      'but only the allowed prefixes (often summaries) over Direct Connect, so the VPN wins for every VPC the summary covers.',
    hint: 'advertise the same prefixes over the VPN as over Direct Connect, and use BGP rather than static routes on a transit gateway',
    source: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-route-priority.html',
  },
  check(ctx) {
    const g = ctx.routing.graph;
    for (const vpn of ctx.topology.vpns) {
      vpnMoreSpecificThanDx(ctx, ctx.routing, vpn);
      const site = vpn.router.site;
      const gw = vpn.gateway;
      // The site's VIFs whose routes reach the VPN's gateway: the Direct Connect routes it competes with there.
      const vifs = new Set<Vif>();
      if (gw.kind === 'vgw') {
        for (const v of g.directVifsOf(gw)) vifs.add(v);
        for (const a of g.associationsOf(gw)) for (const v of g.privateVifsOf(a.dxgw)) vifs.add(v);
      } else {
        for (const a of g.associationsOf(gw)) for (const v of g.transitVifsOf(a.dxgw)) vifs.add(v);
      }
      const trie = new PrefixTrie<Vif>();
      for (const v of [...vifs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (g.vifSite(v) !== site) continue;
        for (const p of v.advertise) trie.insert(p, v);
      }
      const isStatic = vpn.routing === 'static';
      const key = isStatic ? 'staticRoutes' : 'advertise';
      const verb = isStatic ? 'has a static route for' : 'advertises';
      for (const p of isStatic ? vpn.staticRoutes : vpn.advertise) {
        const covering = trie.matches(p);
        const wider = covering.find((e) => e.prefix.length < p.length);
        const same = covering.find((e) => e.prefix.length === p.length);
        const path = [...vpn.path, key, indexInDocument(p)];
        if (isStatic && gw.kind === 'tgw' && same) {
          ctx.report({
            path,
            message: `${vpn.name}'s static route ${p.text} on ${gw.name} duplicates ${same.prefix.text} advertised over ${same.values[0].name}: a transit gateway prefers static routes over routes from a Direct Connect gateway, so traffic for ${p.text} takes the VPN instead of Direct Connect`,
            hint: `remove ${p.text} from ${vpn.name}'s staticRoutes, or switch ${vpn.name} to BGP`,
          });
        } else if (wider) {
          ctx.report({
            path,
            message: `${vpn.name} ${verb} ${p.text}, more specific than ${wider.prefix.text} advertised over ${wider.values[0].name}: AWS matches the longest prefix first, so traffic from ${gw.name} to ${p.text} takes the VPN instead of Direct Connect`,
            hint: `advertise ${wider.prefix.text} over ${vpn.name} instead, or ${p.text} over ${wider.values[0].name} as well`,
          });
        }
      }
    }
  },
};
