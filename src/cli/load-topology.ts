// Loading a topology for the commands that answer questions about it (route, cost, graph):
// they run on any file that parses, noting on stderr how many errors it has.
import { FATAL_RULES, fileTooLarge } from '../engine/load';
import { validateBytes } from '../engine/validate';
import type { Topology } from '../model/types';
import { defaultTopologyFile, readTopologyFile, UsageError, type Io } from './io';

export function loadForCommand(io: Io, given: string | undefined): Topology {
  const file = defaultTopologyFile(io, given);
  const read = readTopologyFile(io, file);
  if (!read.ok) {
    const d = fileTooLarge(file, read.tooLarge);
    throw new UsageError(`${d.file}: ${d.message}`);
  }
  const report = validateBytes(file, read.bytes);
  if (!report.topology) {
    const d = report.diagnostics.find((x) => FATAL_RULES.has(x.rule)) ?? report.diagnostics[0];
    throw new UsageError(`${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`);
  }
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`dxplan: note: ${file} has ${errors} error${errors === 1 ? '' : 's'} (run \`dxplan validate ${file}\`); entities they dropped take no part.\n`);
  }
  return report.topology;
}
