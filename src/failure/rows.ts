// What failure analysis looks at: the declared intents and traffic flows, and (for resilience)
// every site × VPC it reaches and every site × service it reaches through an interface endpoint.
import type { Intent, Topology, Traffic, Via } from '../model/types';
import type { RoutingIndex } from '../routing/index';
import { viaHolds } from '../routing/capacity';
import type { PathState } from './paths';

export type RowKind = 'intent' | 'traffic' | 'site-vpc' | 'site-service';

export interface Row {
  kind: RowKind;
  from: string;
  to: string;
  /** A traffic flow's or intent's `name`, when given. */
  name?: string;
  /** Intents: what must hold. */
  via?: Via;
  expect?: 'reachable' | 'unreachable';
  /** Traffic: GB a month in this direction. */
  gbPerMonth?: number;
}

export function intentRow(i: Intent): Row {
  return { kind: 'intent', from: i.from, to: i.to, ...(i.name !== undefined ? { name: i.name } : {}), via: i.via, expect: i.expect };
}

export function trafficRow(t: Traffic): Row {
  return { kind: 'traffic', from: t.from, to: t.to, ...(t.name !== undefined ? { name: t.name } : {}), gbPerMonth: t.gbPerMonth };
}

/** Every intent and traffic flow, sorted (compareRows). */
export function declaredRows(topology: Topology): Row[] {
  return [...topology.intents.map(intentRow), ...topology.traffic.map(trafficRow)].sort(compareRows);
}

const PATHS_ONLY = { pathsOnly: true };

/**
 * One row per site × VPC the site reaches, and per site × service (`s3@us-east-1`) the site
 * reaches through an interface endpoint. Only VPCs with a candidate path from the site are
 * routed (the site table's byVpc), so this costs one query per reachable pair, not sites × VPCs.
 */
export function siteRows(index: RoutingIndex): Row[] {
  const t = index.topology;
  const services = new Set<string>();
  for (const ep of t.endpoints) if (ep.type === 'interface') services.add(`${ep.service}@${ep.vpc.region}`);
  const rows: Row[] = [];
  for (const site of t.sites) {
    for (const vpc of index.siteTable(site).byVpc.keys()) {
      const r = index.route(site.name, vpc.name, PATHS_ONLY);
      if (!('error' in r) && r.reachable) rows.push({ kind: 'site-vpc', from: site.name, to: vpc.name });
    }
    for (const svc of services) {
      const r = index.route(site.name, svc, PATHS_ONLY);
      if (!('error' in r) && r.reachable && r.hops.some((h) => h.kind === 'endpoint')) rows.push({ kind: 'site-service', from: site.name, to: svc });
    }
  }
  return rows.sort(compareRows);
}

const KIND_ORDER: Record<RowKind, number> = { intent: 0, traffic: 1, 'site-vpc': 2, 'site-service': 3 };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Intents, then traffic, then site × VPC, then site × service; each by from, to, name. */
export function compareRows(a: Row, b: Row): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.name ?? '', b.name ?? '')
    || cmp(a.via ?? '', b.via ?? '') || cmp(a.expect ?? '', b.expect ?? '') || (a.gbPerMonth ?? 0) - (b.gbPerMonth ?? 0);
}

/** Whether an intent holds on a state (topology.md, intents); undefined for other rows, and where dxplan does not model the path. */
export function holds(row: Row, state: PathState): boolean | undefined {
  if (row.kind !== 'intent' || state.path === 'not-modelled') return undefined;
  const ok = state.path !== 'none' && viaHolds(row.via ?? 'any', state.path);
  return row.expect === 'unreachable' ? !ok : ok;
}

/** "intent app1 → orders-db (via direct-connect)", "flow nightly-backup: orders-db → hq (20,000 GB a month)", "hq → prod". */
export function rowWords(row: Row): string {
  const pair = `${row.from} → ${row.to}`;
  switch (row.kind) {
    case 'intent': {
      const what = row.expect === 'unreachable'
        ? `expect unreachable${row.via && row.via !== 'any' ? ` via ${row.via}` : ''}`
        : `via ${row.via ?? 'any'}`;
      return `intent ${row.name ? `${row.name}: ` : ''}${pair} (${what})`;
    }
    case 'traffic':
      return `flow ${row.name ? `${row.name}: ` : ''}${pair} (${(row.gbPerMonth ?? 0).toLocaleString('en-US', { maximumFractionDigits: 3 })} GB a month)`;
    default:
      return pair;
  }
}
