// Reading the inputs of the commands that answer questions about a topology (route, cost,
// graph, whatif, resilience, diff). A usage error or an unreadable file is one line on
// stderr; a file that is not a topology is still reported in the chosen format (cli.md).
import { BUILTIN_PRICES, type PriceTable } from '../cost/prices';
import { applyPricingFile } from '../cost/pricing-file';
import { fileTooLarge } from '../engine/load';
import { validateBytes, type FileReport } from '../engine/validate';
import { formatValidate } from '../formatters/index';
import type { ValidateReport } from '../formatters/types';
import type { Topology } from '../model/types';
import { decodeUtf8 } from '../source/document';
import { defaultTopologyFile, readTopologyFile, UsageError, useColor, type Io } from './io';
import { dxplanVersion } from './main';

export interface OutputChoice {
  format: string;
  color?: boolean;
}

/** What stopped the command, as `validate` reports it: JSON on stdout, or stylish on stderr. Exit 2. */
export function reportUnreadable(io: Io, files: FileReport[], output: OutputChoice): number {
  const diagnostics = files.flatMap((f) => f.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const report: ValidateReport = {
    files,
    summary: { errors, warnings, infos: diagnostics.length - errors - warnings, files: files.length, suppressed: 0 },
    rules: [],
    toolVersion: dxplanVersion(),
  };
  if (output.format === 'json') io.stdout(formatValidate('json', report, { color: false }));
  else io.stderr(formatValidate('stylish', report, { color: useColor(io, output.color) }));
  return 2;
}

/** Reads and validates one topology file; a file that cannot be read as a topology becomes its report. */
export function readTopology(io: Io, file: string): { file: string; topology: Topology; errors: number } | { fatal: FileReport } {
  const read = readTopologyFile(io, file);
  if (!read.ok) return { fatal: { file, diagnostics: [fileTooLarge(file, read.tooLarge)], suppressed: [], fatal: true } };
  const report = validateBytes(file, read.bytes);
  if (!report.topology || report.fatal) return { fatal: report };
  return { file, topology: report.topology, errors: report.diagnostics.filter((d) => d.severity === 'error').length };
}

/**
 * The topology a question command works on (the given file, else ./dxplan.yaml). It runs on
 * any file that parses, noting on stderr how many errors the file has.
 */
export function loadTopologyInput(io: Io, given: string | undefined, output: OutputChoice): { file: string; topology: Topology } | { exit: number } {
  const loaded = readTopology(io, defaultTopologyFile(io, given));
  if ('fatal' in loaded) return { exit: reportUnreadable(io, [loaded.fatal], output) };
  if (loaded.errors > 0) {
    const n = loaded.errors;
    const left = loaded.topology.leftOut;
    const part = left === 0 ? '' : `; ${left} entr${left === 1 ? 'y' : 'ies'} they left out take${left === 1 ? 's' : ''} no part`;
    io.stderr(`dxplan: note: ${loaded.file} has ${n} error${n === 1 ? '' : 's'} (run \`dxplan validate ${loaded.file}\`)${part}.\n`);
  }
  return loaded;
}

export interface Pricing {
  prices: PriceTable;
  asOf: string;
}

/** The built-in prices, or a `--pricing` file applied to them (its problems reported like validate's). */
export function loadPricing(io: Io, file: string | undefined): Pricing | { fatal: FileReport } {
  if (file === undefined) return { prices: BUILTIN_PRICES, asOf: BUILTIN_PRICES.asOf };
  const read = readTopologyFile(io, file);
  if (!read.ok) return { fatal: { file, diagnostics: [fileTooLarge(file, read.tooLarge)], suppressed: [], fatal: true } };
  const text = decodeUtf8(read.bytes);
  if (!text.ok) throw new UsageError(`cannot read ${file}: it is not UTF-8 text (invalid byte at offset ${text.offset})`);
  const applied = applyPricingFile(BUILTIN_PRICES, file, text.text);
  if (!applied.ok) return { fatal: { file, diagnostics: applied.diagnostics, suppressed: [], fatal: true } };
  return { prices: applied.prices, asOf: applied.asOf };
}
