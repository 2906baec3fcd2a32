import type { Carrier, Topology, Traffic } from '../../model/types';
import { monthlyGb } from '../../routing/capacity';
import type { RoutePath, RoutingIndex } from '../../routing/index';
import type { Rule } from '../types';

export type Direction = 'toward AWS' | 'toward on-premise';

/** A declared flow with the paths sharing it (the chosen one and its equal-cost ones). */
export interface RoutedFlow {
  traffic: Traffic;
  label: string;
  gb: number;
  direction: Direction;
  paths: RoutePath[];
}

const ONPREM_HOPS = new Set(['host', 'site', 'router']);

/** The declared traffic with a path, routed once; flows with no path or no volume are left out. */
export function routedFlows(topology: Topology, routing: RoutingIndex): RoutedFlow[] {
  const out: RoutedFlow[] = [];
  for (const traffic of topology.traffic) {
    const gb = traffic.gbPerMonth;
    if (typeof gb !== 'number' || !(gb > 0)) continue;
    const d = routing.routeDetail(traffic.from, traffic.to);
    if ('error' in d || d.equalCost.length === 0) continue;
    const first = d.equalCost[0].hops[0];
    out.push({
      traffic,
      label: traffic.name ?? `${traffic.from} → ${traffic.to}`,
      gb,
      direction: first && ONPREM_HOPS.has(first.kind) ? 'toward AWS' : 'toward on-premise',
      paths: d.equalCost,
    });
  }
  return out;
}

export const fmtGb = (gb: number): string => gb.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** "a 3,000,000 GB, b 500,000 GB and 2 more", largest first. */
export function flowList(shares: Map<string, number>): string {
  const sorted = [...shares].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = sorted.slice(0, 3).map(([name, gb]) => `${name} ${fmtGb(gb)} GB`);
  return sorted.length > 3 ? `${shown.join(', ')} and ${sorted.length - 3} more` : shown.join(', ');
}

function capacityMbps(c: Carrier): number {
  return c.kind === 'lag' ? c.members.reduce((sum, m) => sum + m.bandwidthMbps, 0) : c.bandwidthMbps;
}

interface Load {
  carrier: Carrier;
  byDirection: Map<Direction, { gb: number; flows: Map<string, number> }>;
}

export const rule: Rule = {
  meta: {
    id: 'traffic-exceeds-capacity',
    severity: 'error',
    area: 'routing',
    description: 'The flows over one connection or LAG, summed per direction, exceed what it carries in a month (bandwidth × 730 h).',
    why:
      'A port carries at most its bandwidth: 10 Gbps moves 3,285,000 GB in a 730-hour month (GB = 10⁹ bytes), and a hosted ' +
      'connection is policed at its capacity. Traffic above that is dropped or queued, so the plan cannot work even with every link up.',
    hint: 'add capacity (a faster port, or more LAG members), or spread the flows over more connections',
    source: 'https://aws.amazon.com/directconnect/resiliency-recommendation/',
  },
  check(ctx) {
    const t = ctx.topology;
    const loads = new Map<Carrier, Load>();
    for (const f of routedFlows(t, ctx.routing)) {
      const share = f.gb / f.paths.length;
      for (const p of f.paths) {
        // A SiteLink path crosses two carriers: toward AWS at the source site, toward on-premise at the other.
        p.hops.filter((h) => h.kind === 'connection' || h.kind === 'lag').forEach((hop, i) => {
          const carrier = t.byName.get(hop.name);
          if (!carrier || (carrier.kind !== 'connection' && carrier.kind !== 'lag')) return;
          const direction: Direction = i === 0 ? f.direction : f.direction === 'toward AWS' ? 'toward on-premise' : 'toward AWS';
          let load = loads.get(carrier);
          if (!load) loads.set(carrier, (load = { carrier, byDirection: new Map() }));
          let dir = load.byDirection.get(direction);
          if (!dir) load.byDirection.set(direction, (dir = { gb: 0, flows: new Map() }));
          dir.gb += share;
          dir.flows.set(f.label, (dir.flows.get(f.label) ?? 0) + share);
        });
      }
    }
    // File order: connections, then LAGs.
    const carriers: Carrier[] = [...t.connections, ...t.lags].filter((c) => loads.has(c));
    for (const carrier of carriers) {
      const load = loads.get(carrier) as Load;
      const mbps = capacityMbps(carrier);
      if (!(mbps > 0)) continue;
      const cap = monthlyGb(mbps);
      const over = (['toward AWS', 'toward on-premise'] as Direction[])
        .map((d) => ({ d, l: load.byDirection.get(d) }))
        .filter((x) => x.l !== undefined && x.l.gb > cap + 1e-6);
      if (over.length === 0) continue;
      const what = carrier.kind === 'lag'
        ? `LAG ${carrier.name} (${carrier.members.length} member${carrier.members.length === 1 ? '' : 's'}, ${fmtGb(mbps / 1000)} Gbps in all)`
        : `${carrier.name} (${carrier.bandwidth})`;
      const parts = over.map(({ d, l }) => `${fmtGb(l!.gb)} GB a month ${d} (${flowList(l!.flows)})`);
      ctx.report({
        path: carrier.kind === 'connection' ? [...carrier.path, 'bandwidth'] : [...carrier.path, 'name'],
        message: `the flows over ${what} total ${parts.join(' and ')}, more than it carries in a month (${fmtGb(cap)} GB per direction)`,
        hint: carrier.kind === 'connection'
          ? `use a faster port than ${carrier.bandwidth}, or spread the flows over more connections`
          : `add members to ${carrier.name}, or spread the flows over more connections`,
      });
    }
  },
};
