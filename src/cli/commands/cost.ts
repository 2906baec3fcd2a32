// `dxplan cost [-f file] [--gb N] [--no-free-tier] [--pricing FILE] [--format table|json]
// [--chart out.svg] [--no-color]`: Direct Connect vs VPN vs internet, per month, line by line.
import { PricingError } from '../../cost/rates';
import { BUILTIN_PRICES, type PriceTable } from '../../cost/prices';
import { applyPricingFile } from '../../cost/pricing-file';
import { WhatIfError } from '../../cost/from-topology';
import { costOfTopology } from '../../engine/cost';
import { fileTooLarge, loadTopology, type Diagnostic } from '../../engine/load';
import { formatCostSvg } from '../../formatters/chart-svg';
import { formatCostJson } from '../../formatters/cost-json';
import { formatCostTable } from '../../formatters/cost-table';
import { formatValidate } from '../../formatters/index';
import type { ValidateReport } from '../../formatters/types';
import { decodeUtf8 } from '../../source/document';
import { defaultTopologyFile, readTopologyFile, UsageError, useColor, writeFileAtomic, type Io } from '../io';
import { dxplanVersion } from '../main';

export interface CostOptions {
  file?: string;
  /** As typed: checked here (a number of GB a month, 0 or more). */
  gb?: string;
  /** `--no-free-tier` sets it false. */
  freeTier?: boolean;
  pricing?: string;
  format: 'table' | 'json';
  chart?: string;
  color?: boolean;
}

function parseGb(text: string): number {
  const n = /^\s*[0-9]+(\.[0-9]+)?\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n)) throw new UsageError(`--gb takes a number of GB a month (e.g. --gb 5000), not "${text}"`);
  return n;
}

/** Problems that make an input unusable, in the chosen format: JSON on stdout, stylish on stderr. */
function reportFatal(io: Io, options: CostOptions, file: string, diagnostics: Diagnostic[]): number {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const report: ValidateReport = {
    files: [{ file, diagnostics, suppressed: [], fatal: true }],
    summary: { errors, warnings: diagnostics.length - errors, infos: 0, files: 1, suppressed: 0 },
    rules: [],
    toolVersion: dxplanVersion(),
  };
  if (options.format === 'json') io.stdout(formatValidate('json', report, { color: false }));
  else io.stderr(formatValidate('stylish', report, { color: useColor(io, options.color) }));
  return 2;
}

function loadPricing(io: Io, options: CostOptions): { prices: PriceTable; asOf: string } | { exit: number } {
  if (options.pricing === undefined) return { prices: BUILTIN_PRICES, asOf: BUILTIN_PRICES.asOf };
  const read = readTopologyFile(io, options.pricing);
  if (!read.ok) return { exit: reportFatal(io, options, options.pricing, [fileTooLarge(options.pricing, read.tooLarge)]) };
  const text = decodeUtf8(read.bytes);
  if (!text.ok) throw new UsageError(`cannot read ${options.pricing}: it is not UTF-8 text (invalid byte at offset ${text.offset})`);
  const applied = applyPricingFile(BUILTIN_PRICES, options.pricing, text.text);
  if (!applied.ok) return { exit: reportFatal(io, options, options.pricing, applied.diagnostics) };
  return { prices: applied.prices, asOf: applied.asOf };
}

export function costCommand(io: Io, options: CostOptions): number {
  const whatIfGb = options.gb === undefined ? undefined : parseGb(options.gb);
  const file = defaultTopologyFile(io, options.file);
  const pricing = loadPricing(io, options);
  if ('exit' in pricing) return pricing.exit;

  const read = readTopologyFile(io, file);
  if (!read.ok) return reportFatal(io, options, file, [fileTooLarge(file, read.tooLarge)]);
  const loaded = loadTopology(file, read.bytes);
  if (!loaded.topology) return reportFatal(io, options, file, loaded.diagnostics);
  const dropped = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (dropped > 0) {
    io.stderr(`dxplan: ${file} has ${dropped} error${dropped === 1 ? '' : 's'} (\`dxplan validate ${file}\` lists them); the entities they left out take no part in the cost\n`);
  }

  let report;
  try {
    report = costOfTopology(loaded.topology, { prices: pricing.prices, pricingAsOf: pricing.asOf, whatIfGb, freeTier: options.freeTier });
  } catch (err) {
    if (err instanceof PricingError || err instanceof WhatIfError) throw new UsageError(err.message);
    throw err;
  }

  if (options.chart !== undefined) {
    const title = `${loaded.topology.name ?? file}: monthly cost by traffic volume`;
    writeFileAtomic(io, options.chart, formatCostSvg(report, { title }), { overwrite: true });
  }
  if (options.format === 'json') io.stdout(formatCostJson(report));
  else io.stdout(formatCostTable(report, { color: useColor(io, options.color), file }));
  if (options.chart !== undefined) io.stderr(`wrote ${options.chart}\n`);
  return 0;
}
