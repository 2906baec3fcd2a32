// `dxplan diff <old> <new> [--format table|markdown|json] [--pricing FILE] [--no-color]`: what a change does —
// diagnostics added and fixed, routes moved, monthly cost before → after. Exit 1 when the
// change adds errors; 2 for a usage error or a file that is not a topology (reported like
// `validate`, in the chosen format).
import { BUILTIN_PRICES } from '../../cost/prices';
import { applyPricingFile } from '../../cost/pricing-file';
import { diffFiles, type DiffInput, type DiffPricing } from '../../diff/index';
import { fileTooLarge } from '../../engine/load';
import type { FileReport } from '../../engine/validate';
import { formatDiffJson } from '../../formatters/diff-json';
import { formatDiffFatalMarkdown, formatDiffMarkdown } from '../../formatters/diff-markdown';
import { formatDiffTable } from '../../formatters/diff-table';
import { formatValidate } from '../../formatters/index';
import type { ValidateReport } from '../../formatters/types';
import { decodeUtf8 } from '../../source/document';
import { readTopologyFile, UsageError, useColor, type Io } from '../io';
import { dxplanVersion } from '../main';

interface DiffOptions {
  format: 'table' | 'markdown' | 'json';
  /** A YAML file overriding built-in prices, as for `dxplan cost --pricing`. */
  pricing?: string;
  color?: boolean;
}

/** The files that are not topologies, as `validate` reports them; Markdown gets a short comment. */
function reportFatal(io: Io, options: DiffOptions, files: FileReport[]): number {
  const diagnostics = files.flatMap((f) => f.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const report: ValidateReport = {
    files,
    summary: { errors, warnings, infos: diagnostics.length - errors - warnings, files: files.length, suppressed: 0 },
    rules: [],
    toolVersion: dxplanVersion(),
  };
  if (options.format === 'json') io.stdout(formatValidate('json', report, { color: false }));
  else if (options.format === 'markdown') io.stdout(formatDiffFatalMarkdown(files));
  else io.stdout(formatValidate('stylish', report, { color: useColor(io, options.color) }));
  return 2;
}

/** The prices to compare with: built in, or overridden by --pricing (whose problems are reported like validate). */
function loadPricing(io: Io, file: string | undefined): DiffPricing | { fatal: FileReport } {
  if (file === undefined) return { prices: BUILTIN_PRICES, asOf: BUILTIN_PRICES.asOf };
  const read = readTopologyFile(io, file);
  if (!read.ok) return { fatal: { file, diagnostics: [fileTooLarge(file, read.tooLarge)], suppressed: [], fatal: true } };
  const text = decodeUtf8(read.bytes);
  if (!text.ok) throw new UsageError(`cannot read ${file}: it is not UTF-8 text (invalid byte at offset ${text.offset})`);
  const applied = applyPricingFile(BUILTIN_PRICES, file, text.text);
  if (!applied.ok) return { fatal: { file, diagnostics: applied.diagnostics, suppressed: [], fatal: true } };
  return { prices: applied.prices, asOf: applied.asOf };
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
  else io.stdout(formatDiffTable(result, { color: useColor(io, options.color) }));
  return result.summary.addsErrors ? 1 : 0;
}
