// What a link carries in a month, and whether a path kind satisfies an intent: shared by
// the capacity rules, cost and failure analysis.
import type { Via, Vpn } from '../model/types';
import type { PathKind } from './types';

/** GB a link of `mbps` carries in a 730-hour month (GB = 10⁹ bytes): 10 Gbps → 3,285,000. */
export function monthlyGb(mbps: number): number {
  return (mbps * 1e6 / 8) * 3600 * 730 / 1e9;
}

/** A Site-to-Site VPN tunnel carries about 1.25 Gbps: 410,625 GB in a 730-hour month. */
export const VPN_MBPS = 1250;

/**
 * What a VPN connection carries: one tunnel's 1.25 Gbps, or both tunnels' on a transit gateway with
 * BGP, where ECMP (on by default) spreads traffic over them; a VGW, or static routing, uses one tunnel
 * (https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html, https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpn-attachments.html).
 */
export function vpnMbps(vpn: Vpn): number {
  return vpn.gateway.kind === 'tgw' && vpn.routing === 'bgp' ? 2 * VPN_MBPS : VPN_MBPS;
}

/** Whether a path kind satisfies an intent's `via` (topology.md). */
export function viaHolds(via: Via, path: PathKind): boolean {
  if (path === 'none') return false;
  switch (via) {
    case 'direct-connect':
      return path.startsWith('direct-connect');
    case 'vpn':
      return path === 'vpn';
    case 'internet':
      return path === 'internet' || path === 'vpc-internet';
    case 'private':
      return path !== 'internet' && path !== 'vpc-internet' && path !== 'not-modelled';
    default:
      return true;
  }
}
