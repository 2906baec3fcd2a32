// `dxplan diff <old> <new> [--format table|markdown|json] [--pricing FILE] [--no-color]`: what a change does —
// diagnostics added and fixed, routes moved, monthly cost before → after. Exit 1 when the
// change adds errors; 2 for a usage error or a file that is not a topology (reported like
// `validate`, in the chosen format).
import { diffFiles, type DiffInput } from '../../diff/index';
import { fileTooLarge } from '../../engine/load';
import type { FileReport } from '../../engine/validate';
import { formatDiffJson } from '../../formatters/diff-json';
import { formatDiffFatalMarkdown, formatDiffMarkdown } from '../../formatters/diff-markdown';
import { formatDiffTable } from '../../formatters/diff-table';
import { loadPricing, reportUnreadable } from '../inputs';
import { readTopologyFile, terminalWidth, useColor, type Io } from '../io';

interface DiffOptions {
  format: 'table' | 'markdown' | 'json';
  /** A YAML file overriding built-in prices, as for `dxplan cost --pricing`. */
  pricing?: string;
  color?: boolean;
}

/** The files that are not topologies, as `validate` reports them; Markdown gets a short comment. */
function reportFatal(io: Io, options: DiffOptions, files: FileReport[]): number {
  if (options.format !== 'markdown') return reportUnreadable(io, files, options);
  // A pull-request comment still gets posted: say in it why there is no diff.
  io.stdout(formatDiffFatalMarkdown(files));
  return 2;
}

export function diffCommand(io: Io, oldFile: string, newFile: string, options: DiffOptions): number {
  const pricing = loadPricing(io, options.pricing);
  if ('fatal' in pricing) return reportFatal(io, options, [pricing.fatal]);
  const inputs: DiffInput[] = [];
  const tooLarge: FileReport[] = [];
  for (const file of [oldFile, newFile]) {
    const read = readTopologyFile(io, file);
    if (read.ok) inputs.push({ file, bytes: read.bytes });
    else tooLarge.push({ file, diagnostics: [fileTooLarge(file, read.tooLarge)], suppressed: [], fatal: true });
  }
  if (tooLarge.length > 0) return reportFatal(io, options, tooLarge);
  const result = diffFiles(inputs[0], inputs[1], pricing);
  if ('fatal' in result) return reportFatal(io, options, result.fatal);
  if (options.format === 'json') io.stdout(formatDiffJson(result));
  else if (options.format === 'markdown') io.stdout(formatDiffMarkdown(result));
  else io.stdout(formatDiffTable(result, { color: useColor(io, options.color), width: terminalWidth(io) }));
  return result.summary.addsErrors ? 1 : 0;
}
