// `dxplan diff`: what a change to a topology does. Both versions are validated, routed and
// priced; the answer is plain data for the formatters (src/formatters/diff-*.ts), sorted so
// the output is the same on every run.
import type { OptionName } from '../cost/flow';
import { BUILTIN_PRICES, type PriceTable } from '../cost/prices';
import type { Diagnostic } from '../engine/load';
import { validateBytes, type FileReport } from '../engine/validate';
import type { Topology } from '../model/types';
import { buildRoutingIndex } from '../routing/index';
import { decodeUtf8, parseSource } from '../source/document';
import { diffCost, trafficChanges, type CostDiff, type FlowVolume, type OptionDelta } from './cost';
import { diffDiagnostics, type DiagnosticsDiff } from './diagnostics';
import { changeSentence, entityChanges, type EntityChange } from './entities';
import { diffRoutes, type RouteChange } from './routes';

export type { CostDiff, FlowVolume, OptionDelta } from './cost';
export type { DiagnosticsDiff } from './diagnostics';
export type { EntityChange, FieldChange, FieldValue } from './entities';
export { changeSentence, KIND_LABEL, valueText } from './entities';
export type { Declared, RouteChange, RouteError, RouteField, RouteState } from './routes';
export { isRouteError } from './routes';

export interface SideCounts {
  file: string;
  errors: number;
  warnings: number;
  infos: number;
}

export interface DiffSummary {
  /** Entities added, changed and removed (matched by awsId, then name). */
  entitiesAdded: number;
  entitiesChanged: number;
  entitiesRemoved: number;
  newErrors: number;
  newWarnings: number;
  newInfos: number;
  /** Diagnostics of the old version gone in the new one. */
  fixed: number;
  unchangedDiagnostics: number;
  routesChanged: number;
  routesAdded: number;
  routesRemoved: number;
  routesUnchanged: number;
  /** The change adds diagnostics at severity error: `dxplan diff` exits 1. */
  addsErrors: boolean;
  /** One line, e.g. "2 new errors, 1 fixed; 1 route changed; direct-connect +$300.00/month". */
  text: string;
}

export interface DiffReport {
  before: SideCounts;
  after: SideCounts;
  summary: DiffSummary;
  /** What a reviewer reads first: entities added, changed (with their fields) and removed. */
  entities: EntityChange[];
  diagnostics: DiagnosticsDiff;
  /** Every intent and flow of either version, sorted by from, then to (unchanged ones too). */
  routes: RouteChange[];
  /** Declared flows whose volume changed, or that were added or removed. */
  traffic: FlowVolume[];
  cost: CostDiff;
}

/** Either version could not be read as a topology: report these like `validate` (exit 2). */
export interface DiffFatal {
  fatal: FileReport[];
}

export interface DiffInput {
  file: string;
  bytes: Uint8Array;
}

function counts(file: string, diagnostics: readonly Diagnostic[]): SideCounts {
  const c: SideCounts = { file, errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

/** The parsed document, for matching diagnostics by path. Already known to parse. */
function documentData(input: DiffInput): unknown {
  const text = decodeUtf8(input.bytes);
  if (!text.ok) return undefined;
  const parsed = parseSource(input.file, text.text);
  return parsed.ok ? parsed.source.data : undefined;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** $1,442.50 */
export function usd(x: number): string {
  const v = Math.round(x * 100) / 100;
  return `${v < 0 ? '-' : ''}$${Math.abs(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** +$300.00, -$1,442.50 */
export function signedUsd(x: number): string {
  const v = Math.round(x * 100) / 100;
  return v < 0 ? usd(v) : `+${usd(v)}`;
}

function summaryText(s: Omit<DiffSummary, 'text'>, cost: CostDiff, entities: EntityChange[]): string {
  const structure = entities.length === 0 ? 'no entity changed'
    : entities.length <= 3 ? entities.map(changeSentence).join('; ')
      : [
        ...(s.entitiesAdded > 0 ? [`${s.entitiesAdded} ${s.entitiesAdded === 1 ? 'entity' : 'entities'} added`] : []),
        ...(s.entitiesChanged > 0 ? [`${s.entitiesChanged} changed`] : []),
        ...(s.entitiesRemoved > 0 ? [`${s.entitiesRemoved} removed`] : []),
      ].join(', ');
  const diag = [
    ...(s.newErrors > 0 ? [plural(s.newErrors, 'new error')] : []),
    ...(s.newWarnings > 0 ? [plural(s.newWarnings, 'new warning')] : []),
    ...(s.newInfos > 0 ? [`${s.newInfos} new info${s.newInfos === 1 ? '' : 's'}`] : []),
    ...(s.fixed > 0 ? [`${s.fixed} fixed`] : []),
  ];
  const routes = [
    ...(s.routesChanged > 0 ? [`${plural(s.routesChanged, 'route')} changed`] : []),
    ...(s.routesAdded > 0 ? [`${s.routesAdded} added`] : []),
    ...(s.routesRemoved > 0 ? [`${s.routesRemoved} removed`] : []),
  ];
  const parts = [
    structure,
    diag.length > 0 ? diag.join(', ') : 'no new findings',
    routes.length > 0 ? routes.join(', ') : 'routes unchanged',
    costSummary(cost),
  ];
  return parts.join('; ');
}

/**
 * The cost in a few words: the change of the option the new version is built for (what its
 * owner pays, e.g. direct-connect), or the move from one option to another; a new cheapest.
 */
function costSummary(cost: CostDiff): string {
  if (!cost.priced) return 'cost not compared';
  const of = (option: OptionName) => cost.options.find((o) => o.option === option) as OptionDelta;
  const { before, after } = cost.designed;
  let text: string;
  if (before !== after) text = `${before} ${usd(of(before).beforeUsd)} → ${after} ${usd(of(after).afterUsd)}/month`;
  else if (cost.options.every((o) => o.deltaUsd === 0)) text = 'cost unchanged';
  else text = of(after).deltaUsd === 0 ? `${after} cost unchanged` : `${after} ${signedUsd(of(after).deltaUsd)}/month`;
  return cost.cheapest.before === cost.cheapest.after ? text : `${text} (cheapest: ${cost.cheapest.before} → ${cost.cheapest.after})`;
}

/** Prices for the cost comparison: the built-in table unless a pricing file overrides it. */
export interface DiffPricing {
  prices: PriceTable;
  asOf: string;
}

export function diffReports(
  before: { file: string; report: FileReport & { topology: Topology }; data: unknown },
  after: { file: string; report: FileReport & { topology: Topology }; data: unknown },
  pricing: DiffPricing = { prices: BUILTIN_PRICES, asOf: BUILTIN_PRICES.asOf },
): DiffReport {
  const diagnostics = diffDiagnostics(before.report.diagnostics, after.report.diagnostics, before.data, after.data);
  const b = { file: before.file, topology: before.report.topology, routing: buildRoutingIndex(before.report.topology) };
  const a = { file: after.file, topology: after.report.topology, routing: buildRoutingIndex(after.report.topology) };
  const routes = diffRoutes(b, a);
  const cost = diffCost(b, a, pricing.prices, pricing.asOf);
  const count = (status: RouteChange['status']) => routes.filter((r) => r.status === status).length;
  const entities = entityChanges(before.report.topology, after.report.topology);
  const entityCount = (change: EntityChange['change']) => entities.filter((e) => e.change === change).length;
  const s = {
    entitiesAdded: entityCount('added'),
    entitiesChanged: entityCount('changed'),
    entitiesRemoved: entityCount('removed'),
    newErrors: diagnostics.added.filter((d) => d.severity === 'error').length,
    newWarnings: diagnostics.added.filter((d) => d.severity === 'warning').length,
    newInfos: diagnostics.added.filter((d) => d.severity === 'info').length,
    fixed: diagnostics.removed.length,
    unchangedDiagnostics: diagnostics.unchanged,
    routesChanged: count('changed'),
    routesAdded: count('added'),
    routesRemoved: count('removed'),
    routesUnchanged: count('unchanged'),
    addsErrors: diagnostics.added.some((d) => d.severity === 'error'),
  };
  return {
    before: counts(before.file, before.report.diagnostics),
    after: counts(after.file, after.report.diagnostics),
    summary: { ...s, text: summaryText(s, cost, entities) },
    entities,
    diagnostics,
    routes,
    traffic: trafficChanges(b.topology, a.topology),
    cost,
  };
}

/** Validates, routes and prices both versions; the fatal reports when either is not a topology. */
export function diffFiles(before: DiffInput, after: DiffInput, pricing?: DiffPricing): DiffReport | DiffFatal {
  const rb = validateBytes(before.file, before.bytes);
  const ra = validateBytes(after.file, after.bytes);
  // The same file on both sides is reported once.
  const fatal = [rb, ra].filter((r, i) => (r.fatal || !r.topology) && !(i === 1 && before.file === after.file));
  if (fatal.length > 0) return { fatal };
  return diffReports(
    { file: before.file, report: rb as FileReport & { topology: Topology }, data: documentData(before) },
    { file: after.file, report: ra as FileReport & { topology: Topology }, data: documentData(after) },
    pricing,
  );
}
