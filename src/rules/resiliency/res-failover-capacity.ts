import {
  candidatesOf, compare, FailureAnalysis, failureWords, gbWords, NO_FAILURE, speedWords, trafficRow,
  type FailureKind, type Outcome, type PathState,
} from '../../failure/index';
import type { Site, Topology, Traffic } from '../../model/types';
import { rule as vpnBackupCapacity } from '../routing/vpn-backup-capacity';
import type { Rule, RuleContext } from '../types';

/** rules.md: "after a single failure (a location, device, connection or LAG)". LAG members count as connections. */
const FAILURES: ReadonlySet<FailureKind> = new Set<FailureKind>(['location', 'aws-device', 'connection', 'lag']);

const KIND: Record<string, string> = {
  'direct-connect-private': 'private VIF', 'direct-connect-transit': 'transit VIF', 'direct-connect-public': 'public VIF',
};

/** "VPN vpn-backup", "private VIF vif-b on dx-b", "private VIFs vif-a on LAG lag-a and vif-b on dx-b". */
function pathWords(p: PathState): string {
  if (p.path === 'vpn') return p.legs.length === 1 ? `VPN ${p.legs[0].via}` : `VPNs ${p.legs.map((l) => l.via).join(' and ')}`;
  const legs = p.legs.map((l) => `${l.via}${l.connection ? ` on ${l.connectionKind === 'lag' ? 'LAG ' : ''}${l.connection}` : ''}`);
  const kind = KIND[p.path] ?? p.path;
  return legs.length === 1 ? `${kind} ${legs[0]}` : `${kind}s ${legs.slice(0, -1).join(', ')} and ${legs[legs.length - 1]} (equal-cost)`;
}

function outcomeWords(topology: Topology, names: string[], o: Outcome): string {
  const lost = names.map((n) => failureWords(topology, n));
  const who = lost.length === 1 ? lost[0] : `${lost.slice(0, -1).join(', ')} or ${lost[lost.length - 1]}`;
  const lags = o.capacity.legs.filter((l) => l.links && l.links.up < l.links.of).map((l) => `${l.carrier} with ${l.links!.up} of ${l.links!.of} links up`);
  const where = o.change === 'degraded' ? `leaves it on ${lags.join(', ') || pathWords(o.path)}` : `moves it to ${pathWords(o.path)}${lags.length > 0 ? ` (${lags.join(', ')})` : ''}`;
  return `losing ${who} ${where}, which carries ${gbWords(o.capacity.gbPerMonth ?? 0)} GB a month (${speedWords(o.capacity.mbps ?? 0)})`;
}

/** What would make room on the surviving path. */
function fixWords(topology: Topology, o: Outcome): string {
  if (o.path.path === 'vpn') return 'more VPN connections (ECMP on a transit gateway) or another Direct Connect connection';
  const carriers = [...new Set(o.path.legs.map((l) => l.connection).filter((c): c is string => c !== undefined))];
  const words = carriers.map((name) => {
    const c = topology.byName.get(name);
    if (c?.kind === 'lag') return `more members in LAG ${name}`;
    if (c?.kind === 'connection') return `a faster port than ${c.bandwidth} for ${name}`;
    return name;
  });
  return `${words.join(', ')}, or another connection`;
}

/**
 * The sites vpn-backup-capacity reports: when a single failure leaves a flow on the site's VPN
 * and the VPN is too small, that rule already says so for the site (one problem, one diagnostic).
 */
function sitesWithSmallVpns(ctx: RuleContext): Set<Site> {
  const reported = new Set<string>();
  vpnBackupCapacity.check?.({ topology: ctx.topology, routing: ctx.routing, report: (f) => reported.add(f.path.join('\u0000')) });
  const sites = new Set<Site>();
  for (const vpn of ctx.topology.vpns) if (reported.has([...vpn.path, 'name'].join('\u0000'))) sites.add(vpn.router.site);
  return sites;
}

function flowWords(t: Traffic): string {
  const gb = `${gbWords(t.gbPerMonth)} GB a month`;
  return t.name !== undefined ? `flow ${t.name} (${t.from} → ${t.to}, ${gb})` : `flow ${t.from} → ${t.to} (${gb})`;
}

export const rule: Rule = {
  meta: {
    id: 'res-failover-capacity',
    severity: 'warning',
    area: 'resiliency',
    description: 'After a single failure (a location, device, connection or LAG), a traffic flow still has a path but it cannot carry the flow.',
    why:
      'AWS advises sizing redundant connections so that losing one path does not overload the rest: a backup that is ' +
      'smaller than the traffic (a 1.25 Gbps VPN behind 10 Gbps of Direct Connect, a slower second port, a LAG that ' +
      'loses members) turns a failure into congestion and dropped traffic instead of a failover.',
    hint: 'give the surviving path room for the flow: a faster port, more LAG members, another connection, or more VPN connections',
    source: 'https://aws.amazon.com/directconnect/resiliency-recommendation/',
  },
  check(ctx) {
    const t = ctx.topology;
    if (t.traffic.length === 0) return;
    const analysis = new FailureAnalysis(ctx.routing);
    let smallVpns: Set<Site> | undefined;
    for (const traffic of t.traffic) {
      if (!(traffic.gbPerMonth > 0)) continue;
      const row = trafficRow(traffic);
      if ('error' in analysis.baseline(row)) continue;
      const now = analysis.state(row, NO_FAILURE);
      const site = analysis.site(row);
      // No path, or the internet (no declared capacity): not this rule's. A flow that is already too big
      // with everything up (traffic-exceeds-capacity) still gets this warning: the failover is a second problem.
      if (now.fits === undefined) continue;
      const bad = new Map<string, { names: string[]; outcome: Outcome }>();
      for (const c of candidatesOf(t, now.path, FAILURES)) {
        const down = analysis.failureSet([c.name]);
        if ('error' in down) continue;
        const o = compare(now, analysis.state(row, down));
        // A flow left with no path is the other res-* rules' concern.
        if (o.path.path === 'none' || o.fits !== false) continue;
        if (o.path.path === 'vpn' && site && (smallVpns ??= sitesWithSmallVpns(ctx)).has(site)) continue;
        const g = bad.get(o.key);
        if (g) g.names.push(c.name);
        else bad.set(o.key, { names: [c.name], outcome: o });
      }
      if (bad.size === 0) continue;
      const groups = [...bad.values()];
      const shown = groups.slice(0, 2).map((g) => outcomeWords(t, g.names, g.outcome));
      const more = groups.length > 2 ? `; and ${groups.length - 2} other failure${groups.length === 3 ? '' : 's'} (dxplan resilience)` : '';
      const first = groups[0];
      ctx.report({
        path: site ? site.path : traffic.path,
        message: `${flowWords(traffic)} does not fit what is left after a single failure: ${shown.join('; ')}${more}`,
        hint: `give the path left after losing ${failureWords(t, first.names[0])} room for ${gbWords(traffic.gbPerMonth)} GB a month: ${fixWords(t, first.outcome)}`,
      });
    }
  },
};
