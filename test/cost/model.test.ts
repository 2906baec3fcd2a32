// The cost model on hand-built flows: the worked example of cost.md, the free allowance,
// equal-cost splits, TGW and endpoint charges, and the break-even solver.
import { breakEvenGbPerMonth } from '../../src/cost/break-even';
import type { CostInput, Flow, FlowPath } from '../../src/cost/flow';
import { buildCostModel, optionLines, optionTotal, type CostModel } from '../../src/cost/model';
import { BUILTIN_PRICES } from '../../src/cost/prices';

const dxPath = (location = 'EqDC2', locationRegion = 'us-east-1', extra: Partial<FlowPath> = {}): FlowPath => ({
  share: 1, carrier: { name: 'dx-a', location, locationRegion }, tgws: [], ...extra,
});

function flow(gb: number, extra: Partial<Flow> = {}): Flow {
  return { name: 'nightly-backup', gb, direction: 'out', region: 'us-east-1', directConnect: [dxPath()], vpn: [{ share: 1, vpn: 'vpn-backup', tgws: [] }], ...extra };
}

function workedExample(gb = 20_000, extra: Partial<CostInput> = {}): CostInput {
  return {
    ports: [{ name: 'dx-a', type: 'dedicated', mbps: 10_000, location: 'EqDC2', locationRegion: 'us-east-1' }],
    vpns: [{ name: 'vpn-backup', region: 'us-east-1' }],
    flows: [flow(gb)],
    freeTier: true,
    ...extra,
  };
}

const totals = (m: CostModel): Record<string, number> =>
  Object.fromEntries(m.options.map((o) => [o.option, Math.round(optionTotal(o) * 100) / 100]));

describe('cost model: the worked example of cost.md', () => {
  const model = buildCostModel(workedExample(), BUILTIN_PRICES);

  it('prices each option to the cent', () => {
    expect(totals(model)).toEqual({ 'direct-connect': 2042.5, vpn: 1779.2, internet: 1742.7 });
  });

  it('lists auditable lines', () => {
    const dx = optionLines(model.options[0]);
    expect(dx.map((l) => [l.quantity, l.unit, l.unitUsd])).toEqual([[730, 'hour', 2.25], [20_000, 'GB', 0.02]]);
    expect(dx[0].item).toBe('port dx-a 10Gbps dedicated at EqDC2');
    expect(dx[1].item).toBe('DX transfer out nightly-backup: us-east-1 → EqDC2 (us → us)');
    const inet = optionLines(model.options[2]);
    expect(inet.map((l) => [l.quantity, l.unitUsd])).toEqual([[100, 0], [10_240, 0.09], [9_660, 0.085]]);
    expect(inet[0].item).toMatch(/free allowance/);
    expect(inet[1].item).toMatch(/first 10,240 GB/);
    expect(inet[2].item).toMatch(/next 40,960 GB/);
    const vpn = optionLines(model.options[1]);
    expect(vpn[0]).toMatchObject({ item: 'VPN vpn-backup (us-east-1)', quantity: 730, unitUsd: 0.05 });
  });

  it('breaks even at about 24,612 GB a month', () => {
    expect(breakEvenGbPerMonth(model)).toBeCloseTo(1599.8 / 0.065 + 0, 6);
    expect(Math.round(breakEvenGbPerMonth(model) as number)).toBe(24_612);
  });

  it('the break-even volume prices both options the same', () => {
    const x = breakEvenGbPerMonth(model) as number;
    const at = buildCostModel(workedExample(x), BUILTIN_PRICES);
    const t = at.options.map((o) => optionTotal(o));
    expect(t[0]).toBeCloseTo(t[2], 6);
  });
});
