import { formatDot, formatGraph, type GraphFormat } from '../../formatters/graph';
import { renderDotSvg } from '../../formatters/graph-svg';
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

export async function graphCommand(io: Io, options: GraphOptions): Promise<number> {
  if (options.route && options.route.length !== 2) throw new UsageError('--route takes two endpoints: --route <from> <to>');
  const input = loadTopologyInput(io, options.file, options);
  if ('exit' in input) return input.exit;
  let routes: Hop[][] | undefined;
  if (options.route) {
    const [from, to] = options.route;
    const detail = buildRoutingIndex(input.topology).routeDetail(from, to);
    if ('error' in detail) throw new UsageError(detail.error);
    if (!detail.forward.reachable) io.stderr(`dxplan: note: ${from} → ${to} is unreachable; nothing is highlighted\n`);
    // Every member of an equal-cost set carries the traffic: all of them are highlighted.
    routes = detail.equalCost.map((p) => p.hops);
  }
  const diagram = buildDiagram(input.topology, { routes });
  io.stdout(options.format === 'svg' ? await renderDotSvg(formatDot(diagram)) : formatGraph(options.format, diagram));
  return 0;
}
