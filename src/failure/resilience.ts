// `dxplan resilience`: for every declared flow and intent, and every site × VPC (or service
// behind an interface endpoint) a site reaches, the single failures of objects on its current
// paths (and with depth 2 the pairs: a first failure, then one on the path that carries the
// traffic after it) that break it, move it or lower its capacity; the surviving path of each;
// and whether a flow still fits it.
//
// Failures with the same outcome are grouped; pairs read as "one of these with one of those"
// or "any two of these", and a pair is listed only when its outcome differs from what each of
// its two objects does alone.
import type { RoutingIndex } from '../routing/index';
import { compare, FailureAnalysis, STATUS_ORDER, type Outcome, type RowState } from './analysis';
import { NO_FAILURE } from './internal';
import { candidatesOf, compareCandidates, type Candidate, type PathState } from './paths';
import { declaredRows, siteRows, compareRows, type Row } from './rows';

/** Which objects fail: one of `oneOf`; one of `oneOf` with one of `andOneOf`; or two of `twoOf`. */
export type Failed = { oneOf: string[]; andOneOf?: string[] } | { twoOf: string[] };

export interface FailureGroup {
  failed: Failed;
  /** How many scenarios the group stands for. */
  scenarios: number;
  /** 1 for single failures, 2 for pairs. */
  depth: 1 | 2;
  outcome: Outcome;
}

export interface ResilienceRow {
  row: Row;
  error?: string;
  now: RowState;
  /** The failure candidates: the objects on the row's current paths. */
  candidates: Candidate[];
  /** Failures that break, move or degrade the row; singles first, worst first. */
  groups: FailureGroup[];
  /** Scenarios tried: every candidate and, with depth 2, every pair whose second failure is on the path after the first. */
  scenarios: number;
}

export interface ResilienceSummary {
  rows: number;
  /** Rows some single failure leaves with no path (or breaks the intent of). */
  singlePointsOfFailure: number;
  /** Depth 2: rows no single failure breaks but some pair does. */
  rowsBrokenByPairs: number;
  /** Depth 2: pairs of failures that break a row (a pair counts once per row it breaks). */
  breakingPairs: number;
  /** Flows some failure leaves on a path that cannot carry them. */
  flowsThatDoNotFit: number;
  /** Routing queries run under a failure (the rest came from the per-site cache). */
  queries: number;
  scenarios: number;
}

export interface ResilienceReport {
  depth: 1 | 2;
  rows: ResilienceRow[];
  summary: ResilienceSummary;
}

export interface ResilienceOptions {
  depth?: 1 | 2;
  /** Leave out the site × VPC and site × service rows (declared flows and intents only). */
  declaredOnly?: boolean;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A row under every single failure of its candidates and, with depth 2, every pair whose second
 * failure is on the path that carries the traffic after the first: in an active/standby design
 * the standby location is on no current path, yet "both locations down" is the first double
 * failure a review asks about. A first failure that already breaks the row needs no second.
 */
export function analyseRow(analysis: FailureAnalysis, row: Row, depth: 1 | 2, candidates?: Candidate[]): ResilienceRow {
  const t = analysis.index.topology;
  const base = analysis.baseline(row);
  if ('error' in base) {
    const none = analysis.verdicts(row, { path: 'none', legs: [] }, NO_FAILURE);
    return { row, error: base.error, now: none, candidates: [], groups: [], scenarios: 0 };
  }
  const now = analysis.state(row, NO_FAILURE);
  const cands = candidates ?? candidatesOf(t, now.path);
  let scenarios = 0;
  // Scenarios that leave the same paths (analysis.paths returns one object per set of site VIFs
  // and VPNs down) have the same outcome unless a LAG on them lost members: computed once.
  const samePaths = new Map<PathState, Outcome>();
  const outcomeOf = (names: string[]): Outcome => {
    scenarios++;
    const fs = analysis.failureSet(names);
    if ('error' in fs) throw new Error(fs.error);
    const path = analysis.paths(row, fs);
    if (path.legs.some((l) => l.connectionKind === 'lag')) return compare(now, analysis.verdicts(row, path, fs));
    let o = samePaths.get(path);
    if (!o) samePaths.set(path, (o = compare(now, analysis.verdicts(row, path, fs))));
    return o;
  };
  const single = new Map(cands.map((c) => [c.name, outcomeOf([c.name])]));
  const groups: FailureGroup[] = [];

  // Singles: grouped by outcome.
  const singleGroups = new Map<string, { names: string[]; outcome: Outcome }>();
  for (const c of cands) {
    const o = single.get(c.name) as Outcome;
    if (o.status === 'unchanged') continue;
    const g = singleGroups.get(o.key);
    if (g) g.names.push(c.name);
    else singleGroups.set(o.key, { names: [c.name], outcome: o });
  }
  for (const g of singleGroups.values()) groups.push({ failed: { oneOf: g.names }, scenarios: g.names.length, depth: 1, outcome: g.outcome });

  if (depth === 2) {
    // An object on no current path changes nothing alone.
    const unchanged = compare(now, now).key;
    const byOutcome = new Map<string, { outcome: Outcome; pairs: [Candidate, Candidate][] }>();
    const tried = new Set<string>();
    for (const first of cands) {
      const after = single.get(first.name) as Outcome;
      if (after.path.path === 'none') continue;
      for (const second of candidatesOf(t, after.path)) {
        if (second.name === first.name) continue;
        const [a, b] = compareCandidates(first, second) < 0 ? [first, second] : [second, first];
        const key = `${a.name}\u0000${b.name}`;
        if (tried.has(key)) continue;
        tried.add(key);
        const o = outcomeOf([a.name, b.name]);
        if (o.status === 'unchanged' || o.key === (single.get(a.name)?.key ?? unchanged) || o.key === (single.get(b.name)?.key ?? unchanged)) continue;
        const entry = byOutcome.get(o.key);
        if (entry) entry.pairs.push([a, b]);
        else byOutcome.set(o.key, { outcome: o, pairs: [[a, b]] });
      }
    }
    for (const { outcome, pairs } of byOutcome.values()) {
      for (const failed of pairGroups(pairs)) {
        const n = 'twoOf' in failed ? (failed.twoOf.length * (failed.twoOf.length - 1)) / 2 : failed.oneOf.length * (failed.andOneOf as string[]).length;
        groups.push({ failed, scenarios: n, depth: 2, outcome });
      }
    }
  }
  groups.sort(groupOrder(cands));
  return { row, now, candidates: cands, groups, scenarios };
}

/**
 * Pairs with one outcome, written compactly: objects whose partners (and themselves) are the same
 * set are "any two of" that set; then objects with the same partners are "one of these with one
 * of those". Every pair is covered exactly once.
 */
function pairGroups(pairs: [Candidate, Candidate][]): Failed[] {
  const byName = new Map<string, Candidate>();
  for (const [a, b] of pairs) { byName.set(a.name, a); byName.set(b.name, b); }
  const nodes = [...byName.values()].sort(compareCandidates).map((c) => c.name);
  const at = new Map(nodes.map((n, i) => [n, i]));
  const n = nodes.length;
  // paired[i * n + j]: the pair i, j has this outcome and is not yet written.
  const paired = new Uint8Array(n * n);
  for (const [a, b] of pairs) {
    const [i, j] = [at.get(a.name) as number, at.get(b.name) as number];
    paired[i * n + j] = paired[j * n + i] = 1;
  }
  const partnersKey = (i: number, self: boolean): string => {
    let k = '';
    for (let j = 0; j < n; j++) k += paired[i * n + j] || (self && i === j) ? '1' : '0';
    return k;
  };
  const classes = (self: boolean): number[][] => {
    const by = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const k = partnersKey(i, self);
      const c = by.get(k);
      if (c) c.push(i);
      else by.set(k, [i]);
    }
    return [...by.values()];
  };
  const done = (i: number, j: number): void => { paired[i * n + j] = paired[j * n + i] = 0; };
  const out: Failed[] = [];
  // "Any two of": the same partners, counting themselves.
  for (const members of classes(true)) {
    if (members.length < 2) continue;
    const names = members.map((i) => nodes[i]);
    out.push(members.length === 2 ? { oneOf: [names[0]], andOneOf: [names[1]] } : { twoOf: names });
    for (const i of members) for (const j of members) done(i, j);
  }
  // "One of these with one of those": the same partners; only pairs not yet written.
  for (const members of classes(false)) {
    const withs: number[] = [];
    for (let j = 0; j < n; j++) if (paired[members[0] * n + j]) withs.push(j);
    if (withs.length === 0) continue;
    out.push({ oneOf: members.map((i) => nodes[i]), andOneOf: withs.map((j) => nodes[j]) });
    for (const i of members) for (const j of withs) done(i, j);
  }
  return out;
}

function names(f: Failed): string[] {
  return 'twoOf' in f ? f.twoOf : [...f.oneOf, ...(f.andOneOf ?? [])];
}

/** Singles before pairs; worst status first; then in candidate order (locations, devices, ...). */
function groupOrder(cands: Candidate[]): (a: FailureGroup, b: FailureGroup) => number {
  const rank = new Map(cands.map((c, i) => [c.name, i]));
  const pos = (g: FailureGroup): number[] => names(g.failed).map((n) => rank.get(n) ?? 0);
  return (a, b) => {
    const d = a.depth - b.depth || STATUS_ORDER[a.outcome.status] - STATUS_ORDER[b.outcome.status]
      || STATUS_ORDER[a.outcome.change] - STATUS_ORDER[b.outcome.change];
    if (d !== 0) return d;
    const [pa, pb] = [pos(a), pos(b)];
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
    return pa.length - pb.length || cmp(a.outcome.key, b.outcome.key);
  };
}

/** Whether an outcome leaves the row with no path or breaks its intent. */
export function breaks(o: Outcome): boolean {
  return o.status === 'broken' || o.status === 'intent-broken';
}

export function resilience(index: RoutingIndex, options: ResilienceOptions = {}): ResilienceReport {
  const depth = options.depth ?? 1;
  const analysis = new FailureAnalysis(index);
  const rows = [...declaredRows(index.topology), ...(options.declaredOnly ? [] : siteRows(index))].sort(compareRows);
  const out: ResilienceRow[] = [];
  let scenarios = 0;
  let spof = 0;
  let brokenByPairs = 0;
  let breakingPairs = 0;
  let noFit = 0;
  for (const row of rows) {
    const r = analyseRow(analysis, row, depth);
    analysis.forget(row);
    scenarios += r.scenarios;
    out.push(r);
    const breaking = r.groups.filter((g) => breaks(g.outcome));
    if (breaking.some((g) => g.depth === 1)) spof++;
    else if (breaking.length > 0) brokenByPairs++;
    for (const g of breaking) if (g.depth === 2) breakingPairs += g.scenarios;
    if (row.kind === 'traffic' && r.now.fits !== false && r.groups.some((g) => g.outcome.fits === false)) noFit++;
  }
  return {
    depth,
    rows: out,
    summary: {
      rows: out.length, singlePointsOfFailure: spof, rowsBrokenByPairs: brokenByPairs, breakingPairs, flowsThatDoNotFit: noFit, queries: analysis.queries, scenarios,
    },
  };
}
