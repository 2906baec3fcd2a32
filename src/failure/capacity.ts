// What a route's surviving paths can carry in a month, the way traffic-exceeds-capacity and
// vpn-backup-capacity count it: bandwidth × 730 h (GB = 10⁹ bytes), a LAG as the sum of its
// members that are up, a Site-to-Site VPN connection as 1.25 Gbps, the internet as unknown.
// A flow splits evenly over its equal-cost paths, so the paths together carry as much as the
// most loaded one allows.
import type { Topology } from '../model/types';
import type { FailureSet } from '../routing/index';
import { monthlyGb, VPN_MBPS, vpnMbps } from '../routing/capacity';
import type { Leg, PathState } from './paths';

export { monthlyGb, VPN_MBPS };

export interface LegCapacity {
  via: string;
  /** What limits it: the connection or LAG, or the VPN. */
  carrier?: string;
  /** Undefined over the internet (no declared capacity). */
  mbps?: number;
  /** For a LAG: members up, and members in all. */
  links?: { up: number; of: number };
}

export interface Capacity {
  legs: LegCapacity[];
  /** What the paths carry together with the traffic split evenly over them; undefined over the internet or with no path. */
  mbps?: number;
  gbPerMonth?: number;
}

function legCapacity(topology: Topology, leg: Leg, down: FailureSet): LegCapacity {
  if (leg.kind === 'vpn') {
    const vpn = topology.byName.get(leg.via);
    return { via: leg.via, carrier: leg.via, mbps: vpn?.kind === 'vpn' ? vpnMbps(vpn) : VPN_MBPS };
  }
  if (leg.kind === 'internet' || leg.connection === undefined) return { via: leg.via };
  const c = topology.byName.get(leg.connection);
  if (c?.kind === 'connection') return { via: leg.via, carrier: c.name, mbps: c.bandwidthMbps };
  if (c?.kind === 'lag') {
    const up = c.members.filter((m) => down.connectionCause(m) === undefined);
    return { via: leg.via, carrier: c.name, mbps: up.reduce((s, m) => s + m.bandwidthMbps, 0), links: { up: up.length, of: c.members.length } };
  }
  return { via: leg.via };
}

export function capacityOf(topology: Topology, state: PathState, down: FailureSet): Capacity {
  const legs = state.legs.map((l) => legCapacity(topology, l, down));
  if (legs.length === 0 || legs.some((l) => l.mbps === undefined)) return { legs };
  // Each carrier takes (its paths / all paths) of the flow: the flow fits while every carrier's share does.
  const shares = new Map<string, { mbps: number; paths: number }>();
  for (const l of legs) {
    const key = l.carrier ?? l.via;
    const s = shares.get(key);
    if (s) s.paths++;
    else shares.set(key, { mbps: l.mbps as number, paths: 1 });
  }
  let mbps = Infinity;
  for (const s of shares.values()) mbps = Math.min(mbps, (s.mbps * legs.length) / s.paths);
  return { legs, mbps, gbPerMonth: monthlyGb(mbps) };
}

/** Whether `gb` a month fits the capacity; undefined when the capacity is unknown (the internet). */
export function fits(capacity: Capacity, gb: number): boolean | undefined {
  if (capacity.gbPerMonth === undefined) return undefined;
  return gb <= capacity.gbPerMonth + 1e-6;
}

/** "10 Gbps", "1.25 Gbps", "500 Mbps". */
export function speedWords(mbps: number): string {
  if (mbps >= 1000) return `${Number((mbps / 1000).toFixed(3))} Gbps`;
  return `${Number(mbps.toFixed(3))} Mbps`;
}

export const gbWords = (gb: number): string => gb.toLocaleString('en-US', { maximumFractionDigits: 0 });
