// `dxplan whatif --down a,b`: every intent and traffic flow, before and after the named
// objects fail, on the one routing index (routing.md: candidates crossing a failed object
// are skipped).
import type { RoutingIndex } from '../routing/index';
import { compare, FailureAnalysis, STATUS_ORDER, type Outcome, type RowState, type Status } from './analysis';
import { NO_FAILURE } from './internal';
import { failureKind, type FailureKind } from './paths';
import { declaredRows, type Row } from './rows';

export interface FailedObject {
  name: string;
  kind: FailureKind;
}

/** A LAG the scenario touches: members up, and whether it stays up (max(1, minimumLinks) members). */
export interface LagEffect {
  name: string;
  up: number;
  of: number;
  minimum: number;
  down: boolean;
}

/** What the failed names take down with them. */
export interface Effects {
  connections: string[];
  lags: LagEffect[];
  vifs: string[];
  vpns: string[];
}

export interface WhatIfRow {
  row: Row;
  /** The row names an endpoint that does not resolve (intent-unmet reports it). */
  error?: string;
  before: RowState;
  after: Outcome;
}

export interface WhatIfSummary {
  rows: number;
  byStatus: Partial<Record<Status, number>>;
  /** Intents that held and no longer do: the exit code. */
  intentsBroken: number;
}

export interface WhatIfReport {
  down: FailedObject[];
  effects: Effects;
  rows: WhatIfRow[];
  summary: WhatIfSummary;
}

const byName = <T extends { name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function whatIf(index: RoutingIndex, names: readonly string[]): WhatIfReport | { error: string } {
  const analysis = new FailureAnalysis(index);
  const down = analysis.failureSet(names);
  if ('error' in down) return down;
  const t = index.topology;

  const effects: Effects = {
    connections: t.connections.filter((c) => down.connectionCause(c) !== undefined).map((c) => c.name).sort(),
    lags: [],
    vifs: t.vifs.filter((v) => down.vifCause(v) !== undefined).map((v) => v.name).sort(),
    vpns: t.vpns.filter((v) => down.vpnCause(v) !== undefined).map((v) => v.name).sort(),
  };
  for (const lag of t.lags) {
    const up = lag.members.filter((m) => down.connectionCause(m) === undefined).length;
    const isDown = down.carrierCause(lag) !== undefined;
    if (!isDown && up === lag.members.length) continue;
    effects.lags.push({ name: lag.name, up, of: lag.members.length, minimum: Math.max(1, lag.minimumLinks), down: isDown });
  }
  effects.lags.sort(byName);

  const rows: WhatIfRow[] = [];
  const byStatus: Partial<Record<Status, number>> = {};
  let intentsBroken = 0;
  for (const row of declaredRows(t)) {
    const base = analysis.baseline(row);
    if ('error' in base) {
      const none = analysis.verdicts(row, { path: 'none', legs: [] }, NO_FAILURE);
      rows.push({ row, error: base.error, before: none, after: compare(none, none) });
      continue;
    }
    const before = analysis.state(row, NO_FAILURE);
    const after = compare(before, analysis.state(row, down));
    rows.push({ row, before, after });
    byStatus[after.status] = (byStatus[after.status] ?? 0) + 1;
    if (after.status === 'intent-broken') intentsBroken++;
  }
  const ordered: Partial<Record<Status, number>> = {};
  for (const s of (Object.keys(STATUS_ORDER) as Status[])) if (byStatus[s]) ordered[s] = byStatus[s];
  return {
    down: [...new Set(names)].sort().map((name) => ({ name, kind: failureKind(t, name) })),
    effects,
    rows,
    summary: { rows: rows.length, byStatus: ordered, intentsBroken },
  };
}
