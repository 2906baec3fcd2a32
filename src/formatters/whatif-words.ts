// Words and JSON shapes shared by the whatif and resilience formatters. Pure.
import type { Topology } from '../model/types';
import type { Capacity, Leg, PathState, Row, RowState } from '../failure/index';
import { failureKind, gbWords, kindWords, speedWords } from '../failure/index';
import type { PathKind } from '../routing/types';
import { terminalSafe } from './util';

const PATH_WORDS: Record<PathKind, string> = {
  'direct-connect-private': 'private VIF',
  'direct-connect-transit': 'transit VIF',
  'direct-connect-public': 'public VIF',
  vpn: 'VPN',
  'direct-connect-sitelink': 'SiteLink',
  'transit-gateway': 'transit gateway',
  'vpc-endpoint': 'VPC endpoint',
  'vpc-internet': 'VPC internet access',
  internet: 'internet',
  'not-modelled': 'not modelled',
  none: 'no path',
};

function legWords(leg: Leg): string {
  if (leg.kind === 'internet') return 'internet';
  if (leg.kind === 'vpn') return `${leg.via}${leg.router ? ` (${leg.router})` : ''}`;
  const where = [leg.connection && (leg.connectionKind === 'lag' ? `LAG ${leg.connection}` : leg.connection), leg.location].filter(Boolean);
  return `${leg.via}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
}

/** "private VIF vif-prod (LAG lag-a, EqDC2)", with the equal-cost paths after it, one a line. */
export function pathLines(p: PathState): string[] {
  if (p.path === 'none') return ['no path'];
  if (p.path === 'not-modelled') return ['not modelled'];
  if (p.path === 'internet') return ['internet'];
  const [first, ...rest] = p.legs.map(legWords);
  return [`${PATH_WORDS[p.path]} ${first}`, ...rest.map((l) => `+ ${l}`)];
}

export function pathText(p: PathState, sep = '\n'): string {
  return terminalSafe(pathLines(p).join(sep));
}

function lagNote(c: Capacity): string {
  const lags = c.legs.filter((l) => l.links && l.links.up < l.links.of).map((l) => `${l.carrier} ${l.links!.up} of ${l.links!.of} links`);
  return lags.length > 0 ? `; ${lags.join(', ')}` : '';
}

/** "fits: 3,285,000 GB a month (10 Gbps)", "does not fit: ...", "10 Gbps", or "—". */
export function capacityText(row: Row, s: RowState): string {
  if (s.path.path === 'none' || s.path.path === 'not-modelled') return '—';
  const c = s.capacity;
  if (c.mbps === undefined) return row.kind === 'traffic' ? 'unknown (internet)' : '—';
  const cap = `${gbWords(c.gbPerMonth as number)} GB a month (${speedWords(c.mbps)}${lagNote(c)})`;
  if (row.kind !== 'traffic') return `${speedWords(c.mbps)}${lagNote(c)}`;
  return s.fits === false ? `does not fit: ${cap}` : `fits: ${cap}`;
}

/** "location EqDC2". */
export function failedWords(topology: Topology, name: string): string {
  return terminalSafe(`${kindWords(failureKind(topology, name))} ${name}`);
}

/** "a, b or c". */
export function orList(items: string[], word = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

// ---- JSON shapes (stable key order) ----

export function legJson(leg: Leg, s: RowState, i: number): Record<string, unknown> {
  const cap = s.capacity.legs[i];
  return {
    via: leg.via,
    kind: leg.kind,
    ...(leg.connection !== undefined ? { connection: leg.connection, connectionKind: leg.connectionKind } : {}),
    ...(leg.location !== undefined ? { location: leg.location } : {}),
    ...(leg.router !== undefined ? { router: leg.router } : {}),
    ...(cap?.mbps !== undefined ? { gbps: cap.mbps / 1000 } : {}),
    ...(cap?.links ? { linksUp: cap.links.up, links: cap.links.of } : {}),
  };
}

export function stateJson(s: RowState): Record<string, unknown> {
  return {
    path: s.path.path,
    via: s.path.legs.map((l) => l.via),
    paths: s.path.legs.map((l, i) => legJson(l, s, i)),
    ...(s.capacity.mbps !== undefined ? { capacityGbps: s.capacity.mbps / 1000, capacityGbPerMonth: s.capacity.gbPerMonth } : {}),
    ...(s.fits !== undefined ? { fits: s.fits } : {}),
    ...(s.holds !== undefined ? { holds: s.holds } : {}),
  };
}

export function rowJson(row: Row): Record<string, unknown> {
  return {
    kind: row.kind,
    ...(row.name !== undefined ? { name: row.name } : {}),
    from: row.from,
    to: row.to,
    ...(row.via !== undefined ? { via: row.via } : {}),
    ...(row.expect !== undefined ? { expect: row.expect } : {}),
    ...(row.gbPerMonth !== undefined ? { gbPerMonth: row.gbPerMonth } : {}),
  };
}
