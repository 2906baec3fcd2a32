// `dxplan whatif --down <name>[,<name>...] [-f file] [--format table|json] [--no-color]`:
// every intent and traffic flow before and after the named objects fail. Exit 1 when an
// intent that held breaks, 2 on a usage error (an unknown name, with a did-you-mean).
import { whatIf } from '../../failure/index';
import { formatWhatIfJson, formatWhatIfTable } from '../../formatters/whatif';
import { buildRoutingIndex } from '../../routing/index';
import { loadTopologyInput } from '../inputs';
import { UsageError, terminalWidth, useColor, type Io } from '../io';

export interface WhatIfOptions {
  file?: string;
  /** Each --down as given: comma-separated names. */
  down?: string[];
  format: 'table' | 'json';
  color?: boolean;
}

export function parseDown(values: string[] | undefined): string[] {
  const names = (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) {
    throw new UsageError('whatif needs --down <name>[,<name>...]: a location, AWS device, connection, LAG (or LAG member), VIF, router or VPN');
  }
  return [...new Set(names)];
}

export function whatifCommand(io: Io, options: WhatIfOptions): number {
  const names = parseDown(options.down);
  const input = loadTopologyInput(io, options.file, options);
  if ('exit' in input) return input.exit;
  const topology = input.topology;
  const report = whatIf(buildRoutingIndex(topology), names);
  if ('error' in report) throw new UsageError(report.error);
  io.stdout(options.format === 'json'
    ? formatWhatIfJson(report)
    : formatWhatIfTable(report, topology, { color: useColor(io, options.color), width: terminalWidth(io) }));
  return report.summary.intentsBroken > 0 ? 1 : 0;
}
