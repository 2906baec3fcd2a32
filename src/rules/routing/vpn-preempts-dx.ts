import { PrefixTrie } from '../../net/trie';
import { indexInDocument } from '../../model/load';
import type { Vif } from '../../model/types';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vpn-preempts-dx',
    severity: 'warning',
    area: 'routing',
    description: 'A VPN attracts traffic meant for Direct Connect: a more specific prefix than the VIF for the same site, or a static VPN route on a TGW that duplicates a Direct Connect prefix.',
    why:
      'AWS matches the longest prefix before it prefers Direct Connect, and a transit gateway prefers static routes ' +
      '(a static route to a VPN attachment included) over routes propagated from a Direct Connect gateway: the backup VPN then carries the traffic.',
    hint: 'advertise the same prefixes over the VPN as over Direct Connect, and use BGP rather than static routes on a transit gateway',
    source: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-route-priority.html',
  },
  check(ctx) {
    const g = ctx.routing.graph;
    for (const vpn of ctx.topology.vpns) {
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
