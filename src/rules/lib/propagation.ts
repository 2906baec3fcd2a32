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

/**
 * What each VGW learns on-premise prefixes from, in file order of the VIFs then the VPNs:
 * the private VIFs that reach it and the VPNs that end on it. A VGW learning nothing is absent.
 */
export function sourcesByVgw(topology: Topology): Map<Vgw, (Vif | Vpn)[]> {
  const out = new Map<Vgw, (Vif | Vpn)[]>();
  const add = (vgw: Vgw, from: Vif | Vpn): void => {
    const list = out.get(vgw);
    if (list) list.push(from);
    else out.set(vgw, [from]);
  };
  for (const vif of topology.vifs) for (const vgw of vgwsReachedBy(vif)) add(vgw, vif);
  for (const vpn of topology.vpns) if (vpn.gateway.kind === 'vgw') add(vpn.gateway, vpn);
  return out;
}

/**
 * The prefixes a VIF or VPN sends its gateway: a VIF's of the families it has a session for
 * (vif-family reports the others, which are never advertised); a VPN's advertised prefixes,
 * or its static routes with static routing.
 */
export function prefixesSentBy(source: Vif | Vpn): readonly Prefix[] {
  if (source.kind === 'vpn') return source.routing === 'static' ? source.staticRoutes : source.advertise;
  const sent = (p: Prefix): boolean => hasSessionFor(source, p.family);
  return source.advertise.every(sent) ? source.advertise : source.advertise.filter(sent);
}
