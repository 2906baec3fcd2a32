// A design review of one topology file: the answers of validate, route, resilience and cost
// gathered for `dxplan report`. Nothing here decides anything new; it runs the same engine
// the other commands run and keeps what a reviewer reads.
import { PricingError } from '../cost/rates';
import type { CostReport } from '../cost/report';
import { declaredRows, resilience, type ResilienceReport, type Row } from '../failure/index';
import type { Path, Topology } from '../model/types';
import { buildRoutingIndex } from '../routing/index';
import type { RouteDetail } from '../routing/types';
import { decodeUtf8 } from '../source/document';
import { costOfTopology, type CostOptions } from './cost';
import { validateBytes, type FileReport } from './validate';

export interface ReviewRoute {
  row: Row;
  detail: RouteDetail | { error: string };
}

export interface Review {
  file: string;
  /** The file's lines, for the YAML a finding points at. */
  lines: string[];
  topology: Topology;
  validation: FileReport;
  /** Every intent and traffic flow with its route, in resilience's row order. */
  routes: ReviewRoute[];
  resilience: ResilienceReport;
  /** The cost comparison, or why it could not be priced (a region the price table lacks). */
  cost: CostReport | { error: string };
}

export interface ReviewOptions extends CostOptions {
  /** Single failures (1) or pairs too (2). */
  depth?: 1 | 2;
}

/** Reviews one file's bytes; a file that cannot be read as a topology is its validation report. */
export function reviewOf(file: string, bytes: Uint8Array, options: ReviewOptions): Review | { fatal: FileReport } {
  const validation = validateBytes(file, bytes);
  const topology = validation.topology;
  const text = decodeUtf8(bytes);
  if (!topology || validation.fatal || !text.ok) return { fatal: validation };
  const index = buildRoutingIndex(topology);
  const routes = declaredRows(topology).map((row) => ({ row, detail: index.routeDetail(row.from, row.to) }));
  let cost: Review['cost'];
  try {
    cost = costOfTopology(topology, options, index);
  } catch (err) {
    if (!(err instanceof PricingError)) throw err;
    cost = { error: err.message };
  }
  return {
    file,
    lines: text.text.split(/\r?\n/),
    topology,
    validation,
    routes,
    resilience: resilience(index, { depth: options.depth ?? 1 }),
    cost,
  };
}

/**
 * The object a finding's path points into: the innermost named entity (a VIF, a VPC, an
 * endpoint), or the intent or traffic flow. Undefined for document-level findings.
 */
export function subjectOf(t: Topology, path: Path): { kind: 'entity'; name: string } | { kind: 'intent' | 'traffic'; index: number } | undefined {
  if ((path[0] === 'intents' || path[0] === 'traffic') && typeof path[1] === 'number') {
    return { kind: path[0] === 'intents' ? 'intent' : 'traffic', index: path[1] };
  }
  const byPath = entityPaths(t);
  for (let n = path.length; n > 0; n--) {
    const name = byPath.get(path.slice(0, n).join('\u0000'));
    if (name !== undefined) return { kind: 'entity', name };
  }
  return undefined;
}

const entityPathCache = new WeakMap<Topology, Map<string, string>>();

function entityPaths(t: Topology): Map<string, string> {
  let map = entityPathCache.get(t);
  if (!map) {
    map = new Map();
    for (const e of [...t.byName.values(), ...t.endpoints]) map.set(e.path.join('\u0000'), e.name);
    entityPathCache.set(t, map);
  }
  return map;
}
