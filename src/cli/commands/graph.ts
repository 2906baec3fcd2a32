import { formatGraph, type GraphFormat } from '../../formatters/graph';
import { buildDiagram } from '../../graph/diagram';
import { buildRoutingIndex } from '../../routing/index';
import type { Hop } from '../../routing/types';
import { loadTopologyInput } from '../inputs';
import { UsageError, type Io } from '../io';

interface GraphOptions {
  file?: string;
  format: GraphFormat;
  route?: string[];
}

export function graphCommand(io: Io, options: GraphOptions): number {
  if (options.route && options.route.length !== 2) throw new UsageError('--route takes two endpoints: --route <from> <to>');
  const input = loadTopologyInput(io, options.file, options);
  if ('exit' in input) return input.exit;
  let hops: Hop[] | undefined;
  if (options.route) {
    const [from, to] = options.route;
    const result = buildRoutingIndex(input.topology).route(from, to);
    if ('error' in result) throw new UsageError(result.error);
    if (!result.reachable) io.stderr(`dxplan: note: ${from} → ${to} is unreachable; nothing is highlighted\n`);
    hops = result.hops;
  }
  io.stdout(formatGraph(options.format, buildDiagram(input.topology, hops)));
  return 0;
}
