import { formatGraph, type GraphFormat } from '../../formatters/graph';
import { buildDiagram } from '../../graph/diagram';
import { buildRoutingIndex } from '../../routing/index';
import { UsageError, type Io } from '../io';
import { loadForCommand } from '../load-topology';

interface GraphOptions {
  file?: string;
  format: GraphFormat;
  route?: string[];
}

export function graphCommand(io: Io, options: GraphOptions): number {
  const topology = loadForCommand(io, options.file);
  let hops;
  if (options.route) {
    if (options.route.length !== 2) throw new UsageError('--route takes two endpoints: --route <from> <to>');
    const [from, to] = options.route;
    const result = buildRoutingIndex(topology).route(from, to);
    if ('error' in result) throw new UsageError(result.error);
    if (!result.reachable) io.stderr(`dxplan: note: ${from} → ${to} is unreachable; nothing is highlighted\n`);
    hops = result.hops;
  }
  io.stdout(formatGraph(options.format, buildDiagram(topology, hops)));
  return 0;
}
