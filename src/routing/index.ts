// Placeholder until the routing engine lands (issue 3): routing rules are not registered yet.
import type { Topology } from '../model/types';

export interface RoutingIndex {
  readonly topology: Topology;
}

export function buildRoutingIndex(topology: Topology): RoutingIndex {
  return { topology };
}
