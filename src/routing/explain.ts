// Sentences. Every alternative and rejection carries one; they name the objects and values
// involved so a network engineer can check them against the topology file.
import type { Vif, Vpn } from '../model/types';
import { ECMP_MAX_PATHS, stepWhy, type BgpRank } from './bgp';
import { routerOfCarrier } from './graph';
import type { ForwardRoute, ReturnRoute } from './tables';
import type { Hop, ReasonCode } from './types';

type AnyRoute = ForwardRoute | ReturnRoute;

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalize(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

export function isDirectConnect(r: AnyRoute): boolean {
  return r.kind !== 'vpn';
}

export function kindWords(r: AnyRoute): string {
  return r.kind === 'vpn' ? 'VPN' : 'Direct Connect';
}

/** The hops between the on-premise end and the VPC, in the on-premise → AWS order. */
export function middleHops(r: AnyRoute): Hop[] {
  const hops: Hop[] = [];
  if (r.via.kind === 'vpn') {
    const vpn = r.via as Vpn;
    hops.push({ kind: 'router', name: vpn.router.name }, { kind: 'vpn', name: vpn.name });
  } else {
    const vif = r.via as Vif;
    const router = routerOfCarrier(vif.carrier);
    if (router) hops.push({ kind: 'router', name: router.name });
    hops.push(
      { kind: vif.carrier.kind, name: vif.carrier.name },
      { kind: 'location', name: vif.carrier.location.name },
      { kind: 'vif', name: vif.name },
    );
    if (r.dxgw) hops.push({ kind: 'dxgw', name: r.dxgw.name });
  }
  hops.push({ kind: r.gateway.kind, name: r.gateway.name });
  return hops;
}

interface Ranked<R extends AnyRoute> {
  route: R;
  prefix: { text: string };
  bgp?: BgpRank;
}

/** The equal-cost sentence's tail: what the two paths have in common. */
function sameAttributes(c: Ranked<AnyRoute>): string {
  return c.bgp ? `Direct Connect, local preference ${c.bgp.lpWords}, AS_PATH ${c.bgp.asPath}, MED ${c.bgp.med}` : 'both VPNs';
}

export function forwardWhy(code: ReasonCode, alt: Ranked<ForwardRoute>, chosen: Ranked<ForwardRoute>): string {
  const a = alt.route;
  const c = chosen.route;
  switch (code) {
    case 'less-specific-prefix':
      return `${a.via.name} offers only ${alt.prefix.text}, less specific than ${chosen.prefix.text} over ${c.via.name}: on-premise follows the longest prefix match`;
    case 'vpn-less-preferred':
      return `less preferred than Direct Connect for the same prefix ${chosen.prefix.text}: on-premise prefers Direct Connect over a VPN, as AWS itself does on a VGW`;
    case 'local-preference':
    case 'as-path':
    case 'med':
      return `same prefix ${chosen.prefix.text}, but ${stepWhy(code, a.via.name, alt.bgp as BgpRank, c.via.name, chosen.bgp as BgpRank)}: dxplan assumes on-premise mirrors AWS's BGP order, as AWS advises`;
    case 'ecmp-limit':
      return `equal cost with ${c.via.name}, but AWS uses at most ${ECMP_MAX_PATHS} equal-cost paths at once (the first ${ECMP_MAX_PATHS} by name); on-premise is assumed to mirror that`;
    default:
      return `equal cost with ${c.via.name}: same prefix ${chosen.prefix.text}, ${sameAttributes(chosen)}; the traffic is shared, and ${c.via.name} is listed first by name`;
  }
}

export function returnWhy(code: ReasonCode, alt: Ranked<ReturnRoute>, chosen: Ranked<ReturnRoute>, vpcName: string): string {
  const a = alt.route;
  const c = chosen.route;
  switch (code) {
    case 'less-specific-prefix':
      return `${a.via.name} carries only ${alt.prefix.text} toward on-premise, less specific than ${chosen.prefix.text} advertised over ${c.via.name}: AWS follows the longest prefix match`;
    case 'route-priority':
      if (a.gateway !== c.gateway) {
        return `same prefix ${chosen.prefix.text}, but ${vpcName}'s route table sends it to ${c.gateway.name} (a static route) rather than to ${a.gateway.name}'s propagated route`;
      }
      return `same prefix ${chosen.prefix.text}, but ${c.gateway.name} prefers ${c.priorityWords} over ${a.priorityWords}`;
    case 'local-preference':
    case 'as-path':
    case 'med':
      return `same prefix ${chosen.prefix.text} toward on-premise, but ${stepWhy(code, a.via.name, alt.bgp as BgpRank, c.via.name, chosen.bgp as BgpRank)}`;
    case 'ecmp-limit':
      return `equal cost with ${c.via.name} toward on-premise, but AWS uses at most ${ECMP_MAX_PATHS} equal-cost paths at once (the first ${ECMP_MAX_PATHS} by name)`;
    default:
      return `equal cost with ${c.via.name} toward on-premise: same prefix ${chosen.prefix.text}, ${c.priorityWords}${chosen.bgp ? `, ${sameAttributes(chosen).replace('Direct Connect, ', '')}` : ''}; AWS shares the traffic, and ${c.via.name} is listed first by name`;
  }
}
