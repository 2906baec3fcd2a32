// Site to site over the AWS backbone (routing.md, "Site to site: SiteLink"): a VIF of each
// site, both private or transit with `sitelink: true`, on one Direct Connect gateway; the
// destination address inside a prefix the destination VIF advertises. Anything else between two
// sites runs over the customer's own network, which dxplan does not model.
import { contains, type Address } from '../net/prefix';
import { hasSessionFor } from '../model/vif';
import type { Dxgw, Vif } from '../model/types';
import { attributesFor, bgpRank, compareContenders, rankCodes, stepWhy, ECMP_MAX_PATHS, type Contender } from './bgp';
import type { OnPremEndpoint } from './endpoints';
import { onPremHops } from './endpoints';
import { joinList } from './explain';
import type { FailureSet } from './failures';
import { gatewayOf, routerOfCarrier, type Graph } from './graph';
import type { Alternative, Hop, ReasonCode, RoutePath } from './types';
import { cmp, downWhy, rejections, type Outcome } from './vpc-routes';

interface Pair extends Contender {
  from: Vif;
  to: Vif;
  dxgw: Dxgw;
  prefix: { text: string; length: number };
}

/** The DXGW a private or transit VIF lands on, if any. */
function dxgwOf(vif: Vif): Dxgw | undefined {
  const gw = gatewayOf(vif);
  return vif.type !== 'public' && gw?.kind === 'dxgw' ? gw : undefined;
}

/** The hops from the router to the VIF, in the on-premise → AWS order. */
function vifHops(vif: Vif): Hop[] {
  const router = routerOfCarrier(vif.carrier);
  return [
    ...(router ? [{ kind: 'router' as const, name: router.name }] : []),
    { kind: vif.carrier.kind, name: vif.carrier.name },
    { kind: 'location', name: vif.carrier.location.name },
    { kind: 'vif', name: vif.name },
  ];
}

/** The longest prefix `vif` advertises (over a session of its family) that holds `a`. */
function coveringPrefix(vif: Vif, a: Address): { text: string; length: number } | undefined {
  let best: { text: string; length: number } | undefined;
  for (const p of vif.advertise) {
    if (hasSessionFor(vif, p.family) && contains(p, a) && (!best || p.length > best.length)) best = p;
  }
  return best;
}

export function siteToSite(graph: Graph, f: OnPremEndpoint, t: OnPremEndpoint, down: FailureSet): Outcome {
  const rej = rejections();
  if (f.site === t.site) {
    return {
      alternatives: [], rejected: [{ via: f.site.name, code: 'not-modelled', why: `${f.name} and ${t.name} are both at ${f.site.name}: the traffic stays on-premise` }],
      explanation: [`${f.name} and ${t.name} are both at ${f.site.name}: the traffic stays on-premise, which dxplan does not model.`],
      notModelled: true,
    };
  }
  const theirs = new Map<Dxgw, Vif[]>();
  for (const vif of graph.vifsOf(t.site)) {
    const dxgw = dxgwOf(vif);
    if (!dxgw) continue;
    const list = theirs.get(dxgw);
    if (list) list.push(vif);
    else theirs.set(dxgw, [vif]);
  }
  const pairs: Pair[] = [];
  const sending = (vif: Vif): string => vif.carrier.location.region;
  for (const mine of graph.vifsOf(f.site)) {
    const dxgw = dxgwOf(mine);
    if (!dxgw) continue;
    const others = theirs.get(dxgw) ?? [];
    if (others.length === 0) {
      if (mine.sitelink) {
        rej.add(mine.name, 'not-sitelink', `${mine.name} has SiteLink, but no VIF of ${t.site.name} lands on ${dxgw.name}: SiteLink VIFs on different Direct Connect gateways never talk`);
      }
      continue;
    }
    for (const other of others) {
      if (!mine.sitelink && !other.sitelink) {
        rej.add(mine.name, 'dxgw-no-transit', `${mine.name} and ${other.name} (at ${t.site.name}) both reach ${dxgw.name}, but a Direct Connect gateway passes traffic between two VIFs only with SiteLink, which neither has`);
        continue;
      }
      if (!mine.sitelink || !other.sitelink) {
        const lacking = mine.sitelink ? other : mine;
        rej.add(lacking.name, 'not-sitelink', `${lacking.name} on ${dxgw.name} has no SiteLink (sitelink: true on both VIFs is needed for site-to-site traffic through ${dxgw.name})`);
        continue;
      }
      if (!t.address) continue;
      const prefix = coveringPrefix(other, t.address);
      if (!prefix) {
        rej.add(other.name, 'not-advertised', `${other.name} advertises ${other.advertise.length > 0 ? `only ${joinList(other.advertise.map((p) => p.text))}` : 'nothing'}, which does not cover ${t.address.text}: no SiteLink route leads there`);
        continue;
      }
      const cause = down.vifCause(mine) ?? down.vifCause(other) ?? down.nameCause(dxgw.name);
      if (cause) {
        const who = down.vifCause(mine) ? mine.name : down.vifCause(other) ? other.name : dxgw.name;
        rej.add(mine.name, 'down', downWhy(who, cause));
        continue;
      }
      // The route to the destination is what `other` advertises, as AWS holds it where `mine` lands.
      const bgp = bgpRank(other, attributesFor(other, t.address), sending(mine));
      pairs.push({ from: mine, to: other, dxgw, prefix, prefixLength: prefix.length, priority: 0, bgp });
    }
  }
  for (const vpn of graph.vpnsOf(f.site)) {
    for (const a of graph.associationsOf(vpn.gateway)) {
      if (theirs.has(a.dxgw)) {
        rej.add(vpn.name, 'dxgw-no-transit', `${vpn.name} ends on ${vpn.gateway.name}, associated with ${a.dxgw.name}, which ${t.site.name} also reaches, but a Direct Connect gateway does not pass traffic between a VPN and a VIF`);
      }
    }
  }
  if (pairs.length === 0) {
    rej.add(f.site.name, 'not-modelled', `no SiteLink path joins ${f.site.name} and ${t.site.name}; traffic between them runs over your own network, which dxplan does not model`);
    return {
      alternatives: [], rejected: rej.list, notModelled: true,
      explanation: [`${f.name} and ${t.name} are both on-premise (${f.site.name}, ${t.site.name}) and no SiteLink path joins them: dxplan does not model the network between them.`],
    };
  }
  pairs.sort((a, b) => compareContenders(a, b) || cmp(a.from.name, b.from.name) || cmp(a.to.name, b.to.name));
  const head = onPremHops(f);
  const tail = [...onPremHops(t)].reverse();
  const toPath = (p: Pair): RoutePath => ({
    path: 'direct-connect-sitelink',
    hops: [...head, ...vifHops(p.from), { kind: 'dxgw', name: p.dxgw.name }, ...vifHops(p.to).reverse(), ...tail],
    prefix: p.prefix.text,
    via: p.from.name,
    mtu: Math.min(p.from.mtu, p.to.mtu),
  });
  const [best, ...rest] = pairs;
  const codes = rankCodes(pairs);
  const pairName = (p: Pair): string => `${p.from.name} → ${p.to.name}`;
  const alternatives: Alternative[] = rest.map((p, i) => {
    const code = codes[i] as ReasonCode;
    let why: string;
    if (code === 'less-specific-prefix') why = `${p.to.name} advertises only ${p.prefix.text}, less specific than ${best.prefix.text} over ${best.to.name}`;
    else if (code === 'local-preference' || code === 'as-path' || code === 'med') why = `same prefix ${best.prefix.text}, but ${stepWhy(code, pairName(p), p.bgp!, pairName(best), best.bgp!)}`;
    else if (code === 'ecmp-limit') why = `equal cost with ${pairName(best)}, but AWS uses at most ${ECMP_MAX_PATHS} equal-cost paths at once`;
    else why = `equal cost with ${pairName(best)}: the traffic is shared, and ${pairName(best)} is listed first by name`;
    return { ...toPath(p), code, why };
  });
  const explanation = [
    `${f.site.name} reaches ${t.site.name} over SiteLink: ${best.from.name} and ${best.to.name} both have sitelink: true on ${best.dxgw.name}, and ${best.to.name} advertises ${best.prefix.text}, which holds ${t.address?.text ?? t.name}. The traffic crosses the AWS backbone between ${best.from.carrier.location.name} and ${best.to.carrier.location.name}, not an AWS Region.`,
  ];
  return { chosen: toPath(best), alternatives, rejected: rej.list, explanation };
}

