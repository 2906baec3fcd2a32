// `dxplan whatif --down <name>[,<name>...] [-f file] [--format table|json] [--no-color]`:
// every intent and traffic flow before and after the named objects fail. Exit 1 when an
// intent that held breaks, 2 on a usage error (an unknown name, with a did-you-mean).
import { fileTooLarge, loadTopology, type Diagnostic } from '../../engine/load';
import { whatIf } from '../../failure/index';
import { formatValidate } from '../../formatters/index';
import type { ValidateReport } from '../../formatters/types';
import { formatWhatIfJson, formatWhatIfTable } from '../../formatters/whatif';
import type { Topology } from '../../model/types';
import { buildRoutingIndex } from '../../routing/index';
import { defaultTopologyFile, readTopologyFile, UsageError, useColor, type Io } from '../io';
import { dxplanVersion } from '../main';

export interface WhatIfOptions {
  file?: string;
  /** Each --down as given: comma-separated names. */
  down?: string[];
  format: 'table' | 'json';
  color?: boolean;
}

/**
 * Loads the topology for whatif and resilience: a file that is not a topology is reported in
 * the chosen format (exit 2); errors that left entities out are noted on stderr.
 */
export function loadForFailures(io: Io, given: string | undefined, format: string, color: boolean | undefined): Topology | { exit: number } {
  const file = defaultTopologyFile(io, given);
  const read = readTopologyFile(io, file);
  const fatal = (diagnostics: Diagnostic[]): { exit: number } => {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const report: ValidateReport = {
      files: [{ file, diagnostics, suppressed: [], fatal: true }],
      summary: { errors, warnings: diagnostics.length - errors, infos: 0, files: 1, suppressed: 0 },
      rules: [],
      toolVersion: dxplanVersion(),
    };
    if (format === 'json') io.stdout(formatValidate('json', report, { color: false }));
    else io.stderr(formatValidate('stylish', report, { color: useColor(io, color) }));
    return { exit: 2 };
  };
  if (!read.ok) return fatal([fileTooLarge(file, read.tooLarge)]);
  const loaded = loadTopology(file, read.bytes);
  if (!loaded.topology) return fatal(loaded.diagnostics);
  const dropped = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (dropped > 0) {
    io.stderr(`dxplan: note: ${file} has ${dropped} error${dropped === 1 ? '' : 's'} (run \`dxplan validate ${file}\`); entities they dropped take no part.\n`);
  }
  return loaded.topology;
}

/** `--down a,b --down c` → [a, b, c]. */
export function parseDown(values: string[] | undefined): string[] {
  const names = (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) {
    throw new UsageError('whatif needs --down <name>[,<name>...]: a location, AWS device, connection, LAG (or LAG member), VIF, router or VPN');
  }
  return [...new Set(names)];
}

export function whatifCommand(io: Io, options: WhatIfOptions): number {
  const names = parseDown(options.down);
  const topology = loadForFailures(io, options.file, options.format, options.color);
  if ('exit' in topology) return topology.exit;
  const report = whatIf(buildRoutingIndex(topology), names);
  if ('error' in report) throw new UsageError(report.error);
  io.stdout(options.format === 'json'
    ? formatWhatIfJson(report)
    : formatWhatIfTable(report, topology, { color: useColor(io, options.color) }));
  return report.summary.intentsBroken > 0 ? 1 : 0;
}
