// `dxplan cost [-f file] [--gb N] [--no-free-tier] [--pricing FILE] [--format table|json]
// [--chart out.svg] [--no-color]`: Direct Connect vs VPN vs internet, per month, line by line.
import { PricingError } from '../../cost/rates';
import { WhatIfError } from '../../cost/from-topology';
import { costOfTopology } from '../../engine/cost';
import { formatCostSvg } from '../../formatters/chart-svg';
import { formatCostJson } from '../../formatters/cost-json';
import { formatCostTable } from '../../formatters/cost-table';
import { loadPricing, loadTopologyInput, reportUnreadable } from '../inputs';
import { terminalWidth, UsageError, useColor, writeFileAtomic, type Io } from '../io';

export interface CostOptions {
  file?: string;
  /** As typed: checked here (a number of GB a month, 0 or more). */
  gb?: string;
  /** `--no-free-tier` sets it false. */
  freeTier?: boolean;
  bill?: boolean;
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

export function costCommand(io: Io, options: CostOptions): number {
  const whatIfGb = options.gb === undefined ? undefined : parseGb(options.gb);
  const pricing = loadPricing(io, options.pricing);
  if ('fatal' in pricing) return reportUnreadable(io, [pricing.fatal], options);
  const input = loadTopologyInput(io, options.file, options);
  if ('exit' in input) return input.exit;

  let report;
  try {
    report = costOfTopology(input.topology, { prices: pricing.prices, pricingAsOf: pricing.asOf, whatIfGb, freeTier: options.freeTier, bill: options.bill });
  } catch (err) {
    if (err instanceof PricingError || err instanceof WhatIfError) throw new UsageError(err.message);
    throw err;
  }

  if (options.chart !== undefined) {
    const title = `${input.topology.name ?? input.file}: monthly cost by traffic volume`;
    writeFileAtomic(io, options.chart, formatCostSvg(report, { title }), { overwrite: true });
  }
  if (options.format === 'json') io.stdout(formatCostJson(report));
  else io.stdout(formatCostTable(report, { color: useColor(io, options.color), file: input.file, width: terminalWidth(io) }));
  if (options.chart !== undefined) io.stderr(`wrote ${options.chart}\n`);
  return 0;
}
