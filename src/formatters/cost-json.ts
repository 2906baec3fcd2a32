// `cost --format json`: the cli.md shape (pricingAsOf, gbPerMonth, options[{option, monthlyUsd,
// lines}], cheapest, breakEvenGbPerMonth) plus a few extra fields. Money is rounded to cents
// here, at output, and nowhere before.
import type { CostReport } from '../cost/report';

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

export interface CostJson {
  pricingAsOf: string;
  gbPerMonth: number;
  inboundGbPerMonth: number;
  freeTier: boolean;
  whatIf?: CostReport['whatIf'];
  options: { option: string; monthlyUsd: number; lines: { item: string; quantity: number; unit: string; unitUsd: number; usd: number }[] }[];
  cheapest: string;
  breakEvenGbPerMonth: number | null;
  notes: string[];
  /** Present when declared flows were left out: the totals do not include them. */
  unpricedFlows?: string[];
}

export function costJson(report: CostReport): CostJson {
  return {
    pricingAsOf: report.pricingAsOf,
    gbPerMonth: round(report.gbPerMonth, 4),
    inboundGbPerMonth: round(report.inboundGbPerMonth, 4),
    freeTier: report.freeTier,
    ...(report.whatIf ? { whatIf: report.whatIf } : {}),
    options: report.options.map((o) => ({
      option: o.option,
      monthlyUsd: round(o.monthlyUsd, 2),
      lines: o.lines.map((l) => ({ item: l.item, quantity: round(l.quantity, 4), unit: l.unit, unitUsd: l.unitUsd, usd: round(l.usd, 2) })),
    })),
    cheapest: report.cheapest,
    breakEvenGbPerMonth: report.breakEvenGbPerMonth === null ? null : round(report.breakEvenGbPerMonth, 2),
    notes: report.notes,
    ...(report.unpriced.length > 0 ? { unpricedFlows: report.unpriced } : {}),
  };
}

export function formatCostJson(report: CostReport): string {
  return `${JSON.stringify(costJson(report), null, 2)}\n`;
}
