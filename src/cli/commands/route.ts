import { formatRouteTable } from '../../formatters/route';
import { buildRoutingIndex } from '../../routing/index';
import { loadForCommand } from '../load-topology';
import { UsageError, useColor, type Io } from '../io';

interface RouteOptions {
  file?: string;
  format: 'table' | 'json';
  color?: boolean;
}

export function routeCommand(io: Io, from: string, to: string, options: RouteOptions): number {
  const topology = loadForCommand(io, options.file);
  const result = buildRoutingIndex(topology).route(from, to);
  if ('error' in result) throw new UsageError(result.error);
  io.stdout(options.format === 'json'
    ? `${JSON.stringify(result, null, 2)}\n`
    : formatRouteTable(result, { color: useColor(io, options.color) }));
  return result.reachable ? 0 : 1;
}
