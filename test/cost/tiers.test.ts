// Internet transfer-out tiers at each boundary: 10,240 / 51,200 / 153,600 GB.
import { tierBoundaries, tieredCost, tierSlices } from '../../src/cost/tiers';
import { BUILTIN_PRICES } from '../../src/cost/prices';

const SIZES = BUILTIN_PRICES.internetTransfer.tierGb;
const US = BUILTIN_PRICES.internetTransfer.regions['us-east-1'];
const cost = (gb: number) => Math.round(tieredCost(gb, SIZES, US) * 1e6) / 1e6;

describe('internet tiers', () => {
  it('has the boundaries of cost.md', () => {
    expect(tierBoundaries(SIZES)).toEqual([10_240, 51_200, 153_600]);
  });

  it('prices the first tier up to 10,240 GB and the second from the next GB', () => {
    expect(cost(0)).toBe(0);
    expect(cost(10_240)).toBe(921.6);
    expect(cost(10_241)).toBe(921.685);
  });

  it('prices the third tier from 51,200 GB', () => {
    expect(cost(51_200)).toBe(921.6 + 3_481.6);
    expect(cost(51_201)).toBe(4_403.27);
  });

  it('prices the rest from 153,600 GB', () => {
    expect(cost(153_600)).toBe(4_403.2 + 7_168);
    expect(cost(153_601)).toBe(11_571.25);
    expect(cost(1_000_000)).toBe(11_571.2 + 846_400 * 0.05);
  });

  it('slices a volume into the tiers it reaches', () => {
    expect(tierSlices(60_000, SIZES, US).map((s) => [s.tier, s.gb, s.rate])).toEqual([
      [0, 10_240, 0.09], [1, 40_960, 0.085], [2, 8_800, 0.07],
    ]);
    expect(tierSlices(0, SIZES, US)).toEqual([]);
  });

  it('uses each region\'s own rates', () => {
    const tokyo = BUILTIN_PRICES.internetTransfer.regions['ap-northeast-1'];
    expect(tieredCost(20_000, SIZES, tokyo)).toBeCloseTo(10_240 * 0.114 + 9_760 * 0.089, 9);
  });
});
