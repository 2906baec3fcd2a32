// Which VGWs learn what the customer advertises over private VIFs and VPNs, computed from
// the model alone: a private VIF on a VGW reaches that VGW; one on a Direct Connect gateway
// reaches every VGW associated with it (the gateway passes on-premise routes to each
// association; allowed prefixes filter only the other direction).
import type { Prefix } from '../../net/prefix';
import type { Topology, Vgw, Vif, Vpn } from '../../model/types';
import { hasSessionFor } from '../../model/vif';

/** The VGWs a private VIF's advertised prefixes reach; none for a VIF naming several gateways. */
export function vgwsReachedBy(vif: Vif): Vgw[] {
  if (vif.type !== 'private' || vif.gateways.length !== 1) return [];
  const g = vif.gateways[0];
  if (g.kind === 'vgw') return [g];
  if (g.kind !== 'dxgw') return [];
  const out: Vgw[] = [];
  for (const assoc of g.associations) if (assoc.gateway.kind === 'vgw' && !out.includes(assoc.gateway)) out.push(assoc.gateway);
  return out;
}

/** One on-premise prefix a VGW learns, with what it learns it from. */
export interface LearnedPrefix {
  prefix: Prefix;
  from: Vif | Vpn;
}

/**
 * What each VGW learns from on-premise, in file order of the VIFs then the VPNs: the prefixes
 * of private VIFs that reach it (of the families they have a session for) and of VPNs that end on it (BGP: advertised; static: the
 * static routes). A VGW learning nothing is absent.
 */
export function prefixesLearnedByVgw(topology: Topology): Map<Vgw, LearnedPrefix[]> {
  const out = new Map<Vgw, LearnedPrefix[]>();
  const add = (vgw: Vgw, prefixes: readonly Prefix[], from: Vif | Vpn): void => {
    let list = out.get(vgw);
    if (!list) out.set(vgw, (list = []));
    for (const prefix of prefixes) list.push({ prefix, from });
  };
  for (const vif of topology.vifs) {
    const reached = vgwsReachedBy(vif);
    if (reached.length === 0) continue;
    // A prefix of a family the VIF has no session for is never advertised (vif-family).
    const sent = vif.advertise.filter((p) => hasSessionFor(vif, p.family));
    for (const vgw of reached) add(vgw, sent, vif);
  }
  for (const vpn of topology.vpns) {
    if (vpn.gateway.kind === 'vgw') add(vpn.gateway, vpn.routing === 'static' ? vpn.staticRoutes : vpn.advertise, vpn);
  }
  return out;
}
