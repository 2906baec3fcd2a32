// `dxplan resilience [-f file] [--depth 1|2] [--format table|markdown|json] [--no-color]`:
// for every flow, intent, site × VPC and site × service, the failures of objects on its
// current paths that break, move or degrade it, and whether a flow fits what survives.
import { resilience } from '../../failure/index';
import { formatResilienceJson, formatResilienceMarkdown, formatResilienceTable } from '../../formatters/resilience';
import { buildRoutingIndex } from '../../routing/index';
import { terminalWidth, useColor, type Io } from '../io';
import { loadTopologyInput } from '../inputs';

export interface ResilienceOptions {
  file?: string;
  depth: '1' | '2';
  format: 'table' | 'markdown' | 'json';
  color?: boolean;
}

export function resilienceCommand(io: Io, options: ResilienceOptions): number {
  const input = loadTopologyInput(io, options.file, options);
  if ('exit' in input) return input.exit;
  const topology = input.topology;
  const report = resilience(buildRoutingIndex(topology), { depth: options.depth === '2' ? 2 : 1 });
  if (options.format === 'json') for (const piece of formatResilienceJson(report)) io.stdout(piece);
  else if (options.format === 'markdown') io.stdout(formatResilienceMarkdown(report, topology));
  else io.stdout(formatResilienceTable(report, topology, { color: useColor(io, options.color), width: terminalWidth(io) }));
  return 0;
}
