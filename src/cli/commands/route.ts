import { formatRouteTable } from '../../formatters/route';
import { buildRoutingIndex } from '../../routing/index';
import { loadTopologyInput } from '../inputs';
import { terminalWidth, UsageError, useColor, type Io } from '../io';

interface RouteOptions {
  file?: string;
  format: 'table' | 'json';
  color?: boolean;
}

export function routeCommand(io: Io, from: string, to: string, options: RouteOptions): number {
  const input = loadTopologyInput(io, options.file, options);
  if ('exit' in input) return input.exit;
  const result = buildRoutingIndex(input.topology).route(from, to);
  if ('error' in result) throw new UsageError(result.error);
  io.stdout(options.format === 'json'
    ? `${JSON.stringify(result, null, 2)}\n`
    : formatRouteTable(result, { color: useColor(io, options.color), width: terminalWidth(io) }));
  return result.reachable ? 0 : 1;
}
