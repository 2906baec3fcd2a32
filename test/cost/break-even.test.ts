// The break-even solver: exact on the piecewise-linear tiers, in each tier, and null when
// Direct Connect never gets cheaper.
import { breakEvenGbPerMonth, firstCrossing } from '../../src/cost/break-even';
import type { CostInput, Flow } from '../../src/cost/flow';
import { buildCostModel, optionTotal } from '../../src/cost/model';
import { BUILTIN_PRICES } from '../../src/cost/prices';

function input(portUsdPerMonth: number, gb: number, extra: Partial<Flow> = {}, freeTier = true): CostInput {
  // A port whose hourly rate gives the monthly fixed cost wanted (via a cross-connect fee on a priced port).
  return {
    ports: [{ name: 'dx-a', type: 'dedicated', mbps: 1_000, location: 'EqDC2', locationRegion: 'us-east-1', crossConnectMonthlyFee: portUsdPerMonth - 219 }],
    vpns: [],
    flows: [{
      name: 'f', gb, direction: 'out', region: 'us-east-1',
      directConnect: [{ share: 1, carrier: { name: 'dx-a', location: 'EqDC2', locationRegion: 'us-east-1' }, tgws: [] }], vpn: [], ...extra,
    }],
    freeTier,
  };
}

const breakEven = (i: CostInput) => breakEvenGbPerMonth(buildCostModel(i, BUILTIN_PRICES));

describe('breakEvenGbPerMonth', () => {
  it('in the first tier: 219 + 0.02x = 0.09(x - 100) → 3,257.14 GB (case 02)', () => {
    expect(breakEven(input(219, 5_000))).toBeCloseTo(228 / 0.07, 9);
  });

  it('in the second tier: 1,642.50 + 0.02x → 24,612.3 GB (the worked example)', () => {
    expect(breakEven(input(1_642.5, 20_000))).toBeCloseTo(1_599.8 / 0.065, 9);
  });

  it('in the third tier: 3,585 + 0.02x → 55,456 GB (the spec example)', () => {
    expect(breakEven(input(3_585, 20_000))).toBeCloseTo(2_772.8 / 0.05, 9);
  });

  it('past 153,600 GB: 16,425 + 0.02x (100G), without the free tier → 417,793 GB', () => {
    // 16,425 + 0.02x = 11,571.20 + 0.05(x - 153,600)
    expect(breakEven(input(16_425, 20_000, {}, false))).toBeCloseTo((16_425 - 11_571.2 + 0.05 * 153_600) / 0.03, 3);
  });

  it('does not depend on the declared volume, only on the mix', () => {
    expect(breakEven(input(1_642.5, 1))).toBeCloseTo(breakEven(input(1_642.5, 900_000)) as number, 6);
  });

  it('prices both options the same at the break-even', () => {
    for (const fixed of [219, 1_642.5, 3_585, 16_425]) {
      const x = breakEven(input(fixed, 10_000)) as number;
      const m = buildCostModel(input(fixed, x), BUILTIN_PRICES);
      expect(optionTotal(m.options[0])).toBeCloseTo(optionTotal(m.options[2]), 6);
    }
  });

  it('is null when Direct Connect transfer costs more than the internet\'s last tier', () => {
    // sa-east-1 to a Japan location: 0.17 $/GB against internet 0.15 … 0.114.
    const i = input(219, 5_000, { region: 'sa-east-1', directConnect: [{ share: 1, carrier: { name: 'dx-a', location: 'EqTY2', locationRegion: 'ap-northeast-1' }, tgws: [] }] });
    expect(breakEven(i)).toBeNull();
  });

  it('is null when no flow leaves AWS, or Direct Connect carries none of it', () => {
    expect(breakEven(input(219, 5_000, { direction: 'in' }))).toBeNull();
    expect(breakEven(input(219, 5_000, { directConnect: [] }))).toBeNull();
  });

  it('counts only traffic out of AWS; inbound flows scale along', () => {
    const i = input(219, 5_000);
    const tgw = { tgw: 't', region: 'us-east-1', attachments: ['vpc'] };
    i.flows.push({ name: 'up', gb: 5_000, direction: 'in', region: 'us-east-1', directConnect: [{ ...i.flows[0].directConnect[0], tgws: [tgw] }], vpn: [] });
    // 219 + 36.50 + 0.02x + 0.02x (the inbound half, scaled along) = 0.09(x - 100)
    expect(breakEven(i)).toBeCloseTo((219 + 36.5 + 9) / 0.05, 6);
  });
});

describe('firstCrossing', () => {
  it('returns 0 when f is already below g, and the first of several crossings', () => {
    expect(firstCrossing((x) => x - 1, (x) => x, [])).toBe(0);
    // f - g = (x - 10)(x - 30) sampled as a polyline through 0, 20, 40: crosses at 10, back at 30.
    const pts: [number, number][] = [[0, 300], [20, -100], [40, 300]];
    const d = (x: number) => {
      for (let i = 1; i < pts.length; i++) if (x <= pts[i][0]) {
        const [x0, y0] = pts[i - 1]; const [x1, y1] = pts[i];
        return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
      }
      return 300 + (x - 40) * 20;
    };
    expect(firstCrossing(d, () => 0, [20, 40])).toBeCloseTo(15, 9);
  });

  it('is null when the curves only touch', () => {
    expect(firstCrossing((x) => Math.abs(x - 5), () => 0, [5])).toBeNull();
  });
});
