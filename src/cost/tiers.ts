// Internet transfer-out tiers: piecewise-linear cost of a month's GB from one region.

export interface TierSlice {
  /** 0-based tier index. */
  tier: number;
  /** GB already counted before this tier starts. */
  startGb: number;
  /** Tier size in GB (Infinity for the last). */
  sizeGb: number;
  /** GB of this month's volume that fall in the tier. */
  gb: number;
  rate: number;
}

/** Cumulative tier boundaries: [10240, 40960, 102400] → [10240, 51200, 153600]. */
export function tierBoundaries(sizes: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const s of sizes) out.push((sum += s));
  return out;
}

/** How `gb` falls into the tiers; slices with no GB are left out. */
export function tierSlices(gb: number, sizes: readonly number[], rates: readonly number[]): TierSlice[] {
  const slices: TierSlice[] = [];
  let start = 0;
  for (let tier = 0; tier < rates.length; tier++) {
    const size = tier < sizes.length && tier < rates.length - 1 ? sizes[tier] : Infinity;
    const inTier = Math.min(Math.max(gb - start, 0), size);
    if (inTier > 0) slices.push({ tier, startGb: start, sizeGb: size, gb: inTier, rate: rates[tier] });
    start += size;
    if (start >= gb) break;
  }
  return slices;
}

/** USD for `gb` over the tiers. */
export function tieredCost(gb: number, sizes: readonly number[], rates: readonly number[]): number {
  let usd = 0;
  for (const s of tierSlices(gb, sizes, rates)) usd += s.gb * s.rate;
  return usd;
}
