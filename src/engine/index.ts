// dxplan's programmatic API (the package's `main`): the same engine the CLI runs.
export { validateBytes, validateText, runRules, type FileReport } from './validate';
export { loadTopology, loadTopologyText, FATAL_RULES, type Diagnostic, type LoadedTopology } from './load';
export { costOfTopology, type CostOptions } from './cost';
export { buildRoutingIndex, type RoutingIndex } from '../routing/index';
export type { Hop, PathKind, RouteResult } from '../routing/types';
export type { CostReport } from '../cost/report';
export { BUILTIN_PRICES } from '../cost/prices';
export { RULES } from '../rules/index';
export type { RuleMeta } from '../rules/types';
export type { Topology } from '../model/types';
