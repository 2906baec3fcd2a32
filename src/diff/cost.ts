// Monthly cost before and after a change: each option's total, the cheapest, the volume out
// of AWS, and the declared flows whose volume changed. When either version cannot be priced
// (a region the price table lacks, say), the comparison is skipped with the reason.
import type { OptionName } from '../cost/flow';
import { WhatIfError } from '../cost/from-topology';
import { costOfTopology } from '../engine/cost';
import { BUILTIN_PRICES, type PriceTable } from '../cost/prices';
import { PricingError } from '../cost/rates';
import { cents, type CostReport } from '../cost/report';
import type { Topology } from '../model/types';
import type { RoutingIndex } from '../routing/index';
import { pairKey } from './routes';

export interface OptionDelta {
  option: OptionName;
  /** Rounded to cents. */
  beforeUsd: number;
  afterUsd: number;
  deltaUsd: number;
}

export interface FlowVolume {
  /** `from → to` (the flows of a pair summed). */
  key: string;
  /** The flows' names where they have one, sorted. */
  names: string[];
  /** null: not declared in that version. */
  beforeGb: number | null;
  afterGb: number | null;
}

export type CostDiff =
  | {
      priced: true;
      pricingAsOf: string;
      options: OptionDelta[];
      cheapest: { before: OptionName; after: OptionName };
      /**
       * The option each version is built for, what its owner pays: direct-connect when it
       * declares a connection, else vpn when it declares a VPN, else internet.
       */
      designed: { before: OptionName; after: OptionName };
      gbPerMonth: { before: number; after: number };
      breakEvenGbPerMonth: { before: number | null; after: number | null };
      /** The cost notes of each version (assumptions, flows left out). */
      notes: { before: string[]; after: string[] };
    }
  | { priced: false; reason: string };

type Priced = { ok: true; report: CostReport } | { ok: false; reason: string };

function price(t: Topology, routing: RoutingIndex, prices: PriceTable, pricingAsOf: string): Priced {
  try {
    return { ok: true, report: costOfTopology(t, { prices, pricingAsOf }, routing) };
  } catch (err) {
    if (err instanceof PricingError || err instanceof WhatIfError) return { ok: false, reason: err.message };
    return { ok: false, reason: `pricing failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

const round2 = (x: number): number => {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
};

function volumes(t: Topology): Map<string, { gb: number; names: string[] }> {
  const out = new Map<string, { gb: number; names: string[] }>();
  for (const f of t.traffic) {
    const key = pairKey(f.from, f.to);
    const e = out.get(key) ?? { gb: 0, names: [] };
    if (Number.isFinite(f.gbPerMonth)) e.gb += f.gbPerMonth;
    if (f.name !== undefined) e.names.push(f.name);
    out.set(key, e);
  }
  return out;
}

export function designedOption(t: Topology): OptionName {
  if (t.connections.length > 0) return 'direct-connect';
  return t.vpns.length > 0 ? 'vpn' : 'internet';
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Declared flows whose volume changed, or that were added or removed, sorted by key. */
export function trafficChanges(before: Topology, after: Topology): FlowVolume[] {
  const o = volumes(before);
  const n = volumes(after);
  const out: FlowVolume[] = [];
  for (const key of [...new Set([...o.keys(), ...n.keys()])].sort(byCodeUnits)) {
    const b = o.get(key);
    const a = n.get(key);
    if (b && a && b.gb === a.gb) continue;
    out.push({ key, names: [...new Set([...(b?.names ?? []), ...(a?.names ?? [])])].sort(byCodeUnits), beforeGb: b ? b.gb : null, afterGb: a ? a.gb : null });
  }
  return out;
}

export function diffCost(
  before: { file: string; topology: Topology; routing: RoutingIndex },
  after: { file: string; topology: Topology; routing: RoutingIndex },
  prices: PriceTable = BUILTIN_PRICES,
  pricingAsOf: string = prices.asOf,
): CostDiff {
  const b = price(before.topology, before.routing, prices, pricingAsOf);
  const a = price(after.topology, after.routing, prices, pricingAsOf);
  if (!b.ok || !a.ok) {
    const why = [!b.ok ? `${before.file}: ${b.reason}` : '', !a.ok ? `${after.file}: ${a.reason}` : ''].filter((s) => s !== '');
    return { priced: false, reason: `cannot price ${why.join('; ')}` };
  }
  const options = b.report.options.map((ob): OptionDelta => {
    const oa = a.report.options.find((o) => o.option === ob.option);
    const beforeUsd = cents(ob.monthlyUsd);
    const afterUsd = cents(oa ? oa.monthlyUsd : 0);
    return { option: ob.option, beforeUsd, afterUsd, deltaUsd: round2(afterUsd - beforeUsd) };
  });
  return {
    priced: true,
    pricingAsOf,
    options,
    cheapest: { before: b.report.cheapest, after: a.report.cheapest },
    designed: { before: designedOption(before.topology), after: designedOption(after.topology) },
    gbPerMonth: { before: round2(b.report.gbPerMonth), after: round2(a.report.gbPerMonth) },
    breakEvenGbPerMonth: {
      before: b.report.breakEvenGbPerMonth === null ? null : round2(b.report.breakEvenGbPerMonth),
      after: a.report.breakEvenGbPerMonth === null ? null : round2(a.report.breakEvenGbPerMonth),
    },
    notes: { before: b.report.notes, after: a.report.notes },
  };
}
