// The cost of a topology: route every flow, price it three ways (cost.md).
import { billOf } from '../cost/bill';
import { billInputOf, priceInputOf } from '../cost/from-topology';
import type { PriceTable } from '../cost/prices';
import { costReport, type CostReport } from '../cost/report';
import type { Topology } from '../model/types';
import { buildRoutingIndex, type RoutingIndex } from '../routing/index';

export interface CostOptions {
  prices: PriceTable;
  pricingAsOf: string;
  /** A what-if volume (`--gb`) instead of the declared traffic. */
  whatIfGb?: number;
  /** Take the 100 GB internet free allowance (default true). */
  freeTier?: boolean;
  /**
   * `--bill`: add every fixed charge of the design, used by a flow or not, and put NAT gateway
   * processing in the internet option's total (by default a note gives its amount).
   */
  bill?: boolean;
}

/**
 * Prices a topology's traffic over Direct Connect, VPN and the internet. Throws PricingError
 * for a region the price table lacks and WhatIfError for a what-if it cannot place.
 */
export function costOfTopology(topology: Topology, options: CostOptions, routing: RoutingIndex = buildRoutingIndex(topology)): CostReport {
  const priced = priceInputOf(topology, routing, { whatIfGb: options.whatIfGb, freeTier: options.freeTier !== false });
  if (options.bill) priced.input.natGateway = 'priced';
  const report = costReport(priced.input, options.prices, { pricingAsOf: options.pricingAsOf, whatIf: priced.whatIf, notes: priced.notes, unpriced: priced.unpriced });
  if (options.bill) report.bill = billOf(billInputOf(topology), options.prices);
  return report;
}
