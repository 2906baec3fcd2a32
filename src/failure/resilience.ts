// `dxplan resilience`: for every declared flow and intent, and every site × VPC (or service
// behind an interface endpoint) a site reaches, the single failures (or pairs, depth 2) of
// objects on its current paths that break it, move it or lower its capacity; the surviving
// path of each; and whether a flow still fits it.
//
// Failures with the same outcome are grouped. With depth 2 the candidates fall into classes
// of interchangeable objects (same outcome alone, same outcome paired with any other object),
// so the pairs read as "one of these with one of those"; a pair is listed only when its outcome
// differs from what each of its two objects does alone.
import type { RoutingIndex } from '../routing/index';
import { compare, FailureAnalysis, STATUS_ORDER, type Outcome, type RowState } from './analysis';
import { NO_FAILURE } from './internal';
import { candidatesOf, type Candidate } from './paths';
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
  /** Scenarios tried: every candidate, and every pair of them with depth 2. */
  scenarios: number;
}

export interface ResilienceSummary {
  rows: number;
  /** Rows some single failure leaves with no path (or breaks the intent of). */
  singlePointsOfFailure: number;
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

/** A row under every single failure of its candidates (and every pair, depth 2). */
export function analyseRow(analysis: FailureAnalysis, row: Row, depth: 1 | 2, candidates?: Candidate[]): ResilienceRow {
  const t = analysis.index.topology;
  const base = analysis.baseline(row);
  if ('error' in base) {
    const none = analysis.verdicts(row, { path: 'none', legs: [] }, NO_FAILURE);
    return { row, error: base.error, now: none, candidates: [], groups: [], scenarios: 0 };
  }
  const now = analysis.state(row, NO_FAILURE);
  const cands = candidates ?? candidatesOf(t, now.path);
  const k = cands.length;
  let scenarios = 0;
  const outcomeOf = (names: string[]): Outcome => {
    scenarios++;
    const fs = analysis.failureSet(names);
    if ('error' in fs) throw new Error(fs.error);
    return compare(now, analysis.state(row, fs));
  };
  const single = cands.map((c) => outcomeOf([c.name]));
  const groups: FailureGroup[] = [];

  // Singles: grouped by outcome.
  const singleGroups = new Map<string, { names: string[]; outcome: Outcome }>();
  single.forEach((o, i) => {
    if (o.status === 'unchanged') return;
    const g = singleGroups.get(o.key);
    if (g) g.names.push(cands[i].name);
    else singleGroups.set(o.key, { names: [cands[i].name], outcome: o });
  });
  for (const g of singleGroups.values()) groups.push({ failed: { oneOf: g.names }, scenarios: g.names.length, depth: 1, outcome: g.outcome });

  if (depth === 2 && k >= 2) {
    const pair: Outcome[][] = cands.map(() => new Array<Outcome>(k));
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) pair[i][j] = pair[j][i] = outcomeOf([cands[i].name, cands[j].name]);
    }
    // Classes of interchangeable candidates (an equivalence: see the header).
    const same = (a: number, b: number): boolean => {
      if (single[a].key !== single[b].key) return false;
      for (let d = 0; d < k; d++) if (d !== a && d !== b && pair[a][d].key !== pair[b][d].key) return false;
      return true;
    };
    const classes: number[][] = [];
    for (let i = 0; i < k; i++) {
      const cls = classes.find((c) => same(c[0], i));
      if (cls) cls.push(i);
      else classes.push([i]);
    }
    // Pairs of classes (and pairs inside a class) whose outcome is new, by outcome.
    const byOutcome = new Map<string, { sides: number[][]; within: boolean; outcome: Outcome }[]>();
    for (let x = 0; x < classes.length; x++) {
      for (let y = x; y < classes.length; y++) {
        const A = classes[x];
        if (x === y && A.length < 2) continue;
        const a = A[0];
        const b = x === y ? A[1] : classes[y][0];
        const o = pair[a][b];
        if (o.status === 'unchanged' || o.key === single[a].key || o.key === single[b].key) continue;
        const list = byOutcome.get(o.key) ?? [];
        list.push({ sides: x === y ? [A] : [A, classes[y]], within: x === y, outcome: o });
        byOutcome.set(o.key, list);
      }
    }
    const named = (idx: number[]): string[] => [...idx].sort((p, q) => p - q).map((i) => cands[i].name);
    for (const list of byOutcome.values()) {
      // "A with B" and "A with C" read better as "A with one of B, C".
      const cross = list.filter((g) => !g.within);
      for (let merged = true; merged;) {
        merged = false;
        for (let i = 0; i < cross.length && !merged; i++) {
          for (let j = i + 1; j < cross.length && !merged; j++) {
            const [p, q] = [cross[i].sides, cross[j].sides];
            for (const [si, sj] of [[0, 0], [0, 1], [1, 0], [1, 1]]) {
              if (p[si] !== q[sj]) continue;
              p[1 - si] = [...p[1 - si], ...q[1 - sj]];
              cross.splice(j, 1);
              merged = true;
              break;
            }
          }
        }
      }
      for (const g of cross) {
        groups.push({ failed: { oneOf: named(g.sides[0]), andOneOf: named(g.sides[1]) }, scenarios: g.sides[0].length * g.sides[1].length, depth: 2, outcome: g.outcome });
      }
      for (const g of list.filter((x) => x.within)) {
        const n = g.sides[0].length;
        groups.push({ failed: { twoOf: named(g.sides[0]) }, scenarios: (n * (n - 1)) / 2, depth: 2, outcome: g.outcome });
      }
    }
  }
  groups.sort(groupOrder(cands));
  return { row, now, candidates: cands, groups, scenarios };
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

export function resilience(index: RoutingIndex, options: ResilienceOptions = {}): ResilienceReport {
  const depth = options.depth ?? 1;
  const analysis = new FailureAnalysis(index);
  const rows = [...declaredRows(index.topology), ...(options.declaredOnly ? [] : siteRows(index))].sort(compareRows);
  const out: ResilienceRow[] = [];
  let scenarios = 0;
  let spof = 0;
  let noFit = 0;
  for (const row of rows) {
    const r = analyseRow(analysis, row, depth);
    scenarios += r.scenarios;
    out.push(r);
    if (r.groups.some((g) => g.depth === 1 && (g.outcome.status === 'broken' || g.outcome.status === 'intent-broken'))) spof++;
    if (row.kind === 'traffic' && r.now.fits !== false && r.groups.some((g) => g.outcome.fits === false)) noFit++;
  }
  return {
    depth,
    rows: out,
    summary: { rows: out.length, singlePointsOfFailure: spof, flowsThatDoNotFit: noFit, queries: analysis.queries, scenarios },
  };
}
