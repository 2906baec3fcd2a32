// `cost --format json`: the cli.md shape (pricingAsOf, gbPerMonth, options[{option, monthlyUsd,
// lines}], cheapest, breakEvenGbPerMonth) plus a few extra fields. Money is rounded to cents
// here, at output, and nowhere before.
import type { CostLine } from '../cost/model';
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
  /** `cost --bill`: every fixed charge of the design. */
  bill?: { monthlyUsd: number; lines: CostJson['options'][number]['lines'] };
}

function jsonLines(lines: readonly CostLine[]): CostJson['options'][number]['lines'] {
  return lines.map((l) => ({ item: l.item, quantity: round(l.quantity, 4), unit: l.unit, unitUsd: l.unitUsd, usd: round(l.usd, 2) }));
}

export function costJson(report: CostReport): CostJson {
  return {
    pricingAsOf: report.pricingAsOf,
    gbPerMonth: round(report.gbPerMonth, 4),
    inboundGbPerMonth: round(report.inboundGbPerMonth, 4),
    freeTier: report.freeTier,
    ...(report.whatIf ? { whatIf: report.whatIf } : {}),
    options: report.options.map((o) => ({ option: o.option, monthlyUsd: round(o.monthlyUsd, 2), lines: jsonLines(o.lines) })),
    cheapest: report.cheapest,
    breakEvenGbPerMonth: report.breakEvenGbPerMonth === null ? null : round(report.breakEvenGbPerMonth, 2),
    notes: report.notes,
    ...(report.unpriced.length > 0 ? { unpricedFlows: report.unpriced } : {}),
    ...(report.bill ? { bill: { monthlyUsd: round(report.bill.monthlyUsd, 2), lines: jsonLines(report.bill.lines) } } : {}),
  };
}

export function formatCostJson(report: CostReport): string {
  return `${JSON.stringify(costJson(report), null, 2)}\n`;
}
