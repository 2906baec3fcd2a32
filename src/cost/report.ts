// The answer of `dxplan cost`, as plain data for the formatters: each option's lines and
// total at the declared volume, the cheapest, the break-even, and the cost curves for charts.
import { breakEvenGbPerMonth } from './break-even';
import type { Bill } from './bill';
import type { CostInput, OptionName } from './flow';
import { buildCostModel, natNotPriced, optionBreakpoints, optionLines, optionTotal, type CostLine, type CostModel } from './model';
import type { PriceTable } from './prices';

export interface OptionReport {
  option: OptionName;
  /** Unrounded; formatters round to cents. */
  monthlyUsd: number;
  lines: CostLine[];
}

export interface CurveSeries {
  option: OptionName;
  /** [GB a month out of AWS, USD a month]; the cost is a straight line between points. */
  points: [number, number][];
}

export interface CostReport {
  pricingAsOf: string;
  /** GB a month out of AWS at the declared (or what-if) volume. */
  gbPerMonth: number;
  /** GB a month into AWS (free, but TGW and endpoint processing apply). */
  inboundGbPerMonth: number;
  freeTier: boolean;
  /** Set for `--gb N`: the what-if flow that replaced the declared traffic. */
  whatIf?: { gbPerMonth: number; from: string; to: string; over?: string };
  /** Number of flows priced, site-to-site flows over SiteLink included. */
  flows: number;
  /** GB a month between sites over SiteLink (neither out of nor into AWS). */
  siteToSiteGbPerMonth: number;
  /** Declared flows left out (named in the notes with the reason): the totals do not include them. */
  unpriced: string[];
  options: OptionReport[];
  cheapest: OptionName;
  breakEvenGbPerMonth: number | null;
  /** Assumptions and flows left out, in sentences. */
  notes: string[];
  /** `cost --bill`: every fixed charge of the design, used by a flow or not. */
  bill?: Bill;
  curves: { xMaxGb: number; series: CurveSeries[] };
}

/** Options that win a tie in cents: the one needing the least equipment first. */
const TIE_ORDER: readonly OptionName[] = ['internet', 'vpn', 'direct-connect'];

export const cents = (usd: number): number => Math.round(usd * 100) / 100;

export function cheapestOption(options: readonly OptionReport[]): OptionName {
  const sorted = [...options].sort((a, b) => cents(a.monthlyUsd) - cents(b.monthlyUsd) || TIE_ORDER.indexOf(a.option) - TIE_ORDER.indexOf(b.option));
  return sorted[0].option;
}

/** A round axis end at or above `x`: 1, 2, 2.5 or 5 × a power of ten. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x - 1e-9 * p) return m * p;
  return 10 * p;
}

/** The chart's volume range: past both the declared volume and the break-even. */
export function chartRange(outGb: number, breakEven: number | null): number {
  const m = Math.max(outGb, breakEven ?? 0);
  return m > 0 ? niceCeil(m * 1.5) : 10_000;
}

export function costCurves(model: CostModel, xMaxGb: number): CurveSeries[] {
  const xs = new Set<number>([0, xMaxGb]);
  if (model.outGb > 0) {
    for (const o of model.options) for (const s of optionBreakpoints(o)) {
      const x = s * model.outGb;
      if (x > 0 && x < xMaxGb) xs.add(x);
    }
  }
  const sorted = [...xs].sort((a, b) => a - b);
  return model.options.map((o) => ({
    option: o.option,
    points: sorted.map((x): [number, number] => [x, optionTotal(o, model.outGb > 0 ? x / model.outGb : 1)]),
  }));
}

export interface ReportMeta {
  pricingAsOf: string;
  whatIf?: CostReport['whatIf'];
  notes?: string[];
  unpriced?: string[];
}

const money = (usd: number): string => `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** What the internet option says about NAT gateway processing for flows between private addresses. */
function natNotes(input: CostInput, prices: PriceTable): string[] {
  const viaNat = input.flows.filter((f) => f.viaNat).map((f) => f.name);
  if (viaNat.length === 0) return [];
  const left = natNotPriced(input, prices);
  if (left) {
    return [`the internet option reaches ${left.flows.join(', ')} (private addresses at both ends) only through a NAT gateway: ` +
      `its processing, ${left.gb.toLocaleString('en-US', { maximumFractionDigits: 0 })} GB for ${money(left.usd)} a month, is not in that total (cost --bill includes it)`];
  }
  return [`the internet option includes NAT gateway processing for ${viaNat.join(', ')}: a private VPC address is reached over the internet ` +
    'only through a NAT gateway (its hours are not priced: an existing NAT gateway is assumed)'];
}

/** Prices the input three ways. Throws PricingError when a needed price is missing. */
export function costReport(input: CostInput, prices: PriceTable, meta: ReportMeta): CostReport {
  const model = buildCostModel(input, prices);
  const options = model.options.map((o): OptionReport => ({ option: o.option, monthlyUsd: optionTotal(o), lines: optionLines(o) }));
  const breakEven = breakEvenGbPerMonth(model);
  const xMaxGb = chartRange(model.outGb, breakEven);
  return {
    pricingAsOf: meta.pricingAsOf,
    gbPerMonth: model.outGb,
    inboundGbPerMonth: model.inGb,
    freeTier: input.freeTier,
    whatIf: meta.whatIf,
    flows: input.flows.length + (input.sitelinkFlows?.length ?? 0),
    siteToSiteGbPerMonth: (input.sitelinkFlows ?? []).reduce((gb, f) => gb + f.gb, 0),
    unpriced: meta.unpriced ?? [],
    options,
    cheapest: cheapestOption(options),
    breakEvenGbPerMonth: breakEven,
    notes: [...(meta.notes ?? []), ...natNotes(input, prices)],
    curves: { xMaxGb, series: costCurves(model, xMaxGb) },
  };
}
