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
    expect(dx[1].item).toBe("DX transfer out nightly-backup: us-east-1 → EqDC2 (us → us)");
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

describe('cost model: the free allowance', () => {
  const flowFrom = (name: string, region: string, gb: number, dx = true): Flow =>
    flow(gb, { name, region, directConnect: dx ? [dxPath()] : [], vpn: [] });
  const input = (flows: Flow[], freeTier = true): CostInput => ({ ports: [], vpns: [], flows, freeTier });
  const internet = (i: CostInput) => buildCostModel(i, BUILTIN_PRICES).options[2];

  it('is taken once, from the region with the most internet GB', () => {
    const m = internet(input([flowFrom('a', 'us-east-1', 5_000), flowFrom('b', 'ap-northeast-1', 8_000)]));
    expect(m.freeRegion).toBe('ap-northeast-1');
    expect(optionTotal(m)).toBeCloseTo(5_000 * 0.09 + 7_900 * 0.114, 9);
    expect(optionLines(m).filter((l) => /free allowance/.test(l.item)).map((l) => l.quantity)).toEqual([100]);
  });

  it('goes to the first region by name on a tie', () => {
    const m = internet(input([flowFrom('a', 'us-east-1', 1_000), flowFrom('b', 'ap-northeast-1', 1_000)]));
    expect(m.freeRegion).toBe('ap-northeast-1');
    expect(optionTotal(m)).toBeCloseTo(900 * 0.114 + 1_000 * 0.09, 9);
  });

  it('sums a region\'s flows before choosing', () => {
    const m = internet(input([flowFrom('a', 'us-east-1', 600), flowFrom('b', 'us-east-1', 600), flowFrom('c', 'eu-west-1', 1_000)]));
    expect(m.freeRegion).toBe('us-east-1');
  });

  it('never makes a region negative', () => {
    const m = internet(input([flowFrom('a', 'us-east-1', 60)]));
    expect(optionTotal(m)).toBe(0);
    expect(optionLines(m)).toEqual([expect.objectContaining({ quantity: 60, usd: 0 })]);
  });

  it('is chosen per option: the direct-connect option takes it off the flows it cannot carry', () => {
    const model = buildCostModel(input([flowFrom('dx', 'us-east-1', 50_000), flowFrom('web', 'eu-west-1', 2_000, false)]), BUILTIN_PRICES);
    expect(model.options[0].freeRegion).toBe('eu-west-1');
    expect(model.options[2].freeRegion).toBe('us-east-1');
    const lines = optionLines(model.options[0]);
    expect(lines.map((l) => l.item)).toContain('internet transfer out eu-west-1: first 10,240 GB (no Direct Connect path: web)');
    expect(optionTotal(model.options[0])).toBeCloseTo(50_000 * 0.02 + 1_900 * 0.09, 9);
  });

  it('is off with --no-free-tier', () => {
    const m = buildCostModel(workedExample(20_000, { freeTier: false }), BUILTIN_PRICES);
    expect(totals(m).internet).toBe(1_751.2);
    expect(optionLines(m.options[2]).some((l) => /free allowance/.test(l.item))).toBe(false);
  });
});

describe('cost model: paths', () => {
  it('splits a flow evenly over equal-cost paths, one line per location', () => {
    const f = flow(20_000, { directConnect: [dxPath('EqDC2', 'us-east-1', { share: 0.5 }), dxPath('EqLD5', 'eu-west-2', { share: 0.5 })] });
    f.directConnect[1].carrier!.name = 'dx-b';
    const m = buildCostModel(workedExample(20_000, { flows: [f] }), BUILTIN_PRICES);
    const dto = optionLines(m.options[0]).filter((l) => l.item.startsWith('DX transfer out'));
    expect(dto.map((l) => [l.quantity, l.unitUsd])).toEqual([[10_000, 0.02], [10_000, 0.02]]);
    expect(dto[1].item).toBe('DX transfer out nightly-backup over dx-b: us-east-1 → EqLD5 (us → europe)');
  });

  it('uses the source region and the location geography for DX transfer', () => {
    const f = flow(1_000, { region: 'ap-northeast-1', directConnect: [dxPath('EqSG2', 'ap-southeast-1')] });
    const m = buildCostModel(workedExample(1_000, { flows: [f] }), BUILTIN_PRICES);
    expect(optionLines(m.options[0]).find((l) => l.item.startsWith('DX transfer'))).toMatchObject({ unitUsd: 0.041, usd: 41 });
  });

  it('bills a TGW attachment once per (TGW, attachment) and processing per flow', () => {
    const tgw = { tgw: 'tgw-east', region: 'us-east-1', attachments: ['dxgw-main', 'prod'] };
    const a = flow(1_000, { name: 'a', directConnect: [dxPath('EqDC2', 'us-east-1', { tgws: [tgw] })] });
    const b = flow(2_000, { name: 'b', direction: 'in', directConnect: [dxPath('EqDC2', 'us-east-1', { tgws: [tgw] })] });
    const m = buildCostModel(workedExample(0, { flows: [a, b] }), BUILTIN_PRICES);
    const lines = optionLines(m.options[0]);
    expect(lines.filter((l) => l.unit === 'hour' && l.item.startsWith('TGW')).map((l) => [l.item, l.usd])).toEqual([
      ['TGW tgw-east attachment dxgw-main (us-east-1)', 36.5],
      ['TGW tgw-east attachment prod (us-east-1)', 36.5],
    ]);
    expect(lines.filter((l) => l.item.includes('processing')).map((l) => [l.item, l.usd])).toEqual([
      ['TGW tgw-east processing: a', 20],
      ['TGW tgw-east processing: b', 40],
    ]);
    // Inbound: no transfer charge, but listed.
    expect(lines.find((l) => l.item === 'DX transfer in (free): b')).toMatchObject({ quantity: 2_000, usd: 0 });
  });

  it('uses the Tokyo TGW attachment rate', () => {
    const tgw = { tgw: 'tgw-tokyo', region: 'ap-northeast-1', attachments: ['app'] };
    const f = flow(0, { region: 'ap-northeast-1', directConnect: [dxPath('EqTY2', 'ap-northeast-1', { tgws: [tgw] })] });
    const m = buildCostModel(workedExample(0, { ports: [], flows: [f] }), BUILTIN_PRICES);
    expect(optionTotal(m.options[0])).toBeCloseTo(0.07 * 730, 9);
  });

  it('bills an interface endpoint\'s AZ-hours once and its processing per flow', () => {
    const endpoint = { name: 'prod/s3-interface', region: 'us-east-1', azs: 3 };
    const a = flow(1_000, { name: 'a', directConnect: [dxPath('EqDC2', 'us-east-1', { endpoint })], vpn: [{ share: 1, tgws: [], endpoint }] });
    const b = flow(500, { name: 'b', directConnect: [dxPath('EqDC2', 'us-east-1', { endpoint })], vpn: [] });
    const m = buildCostModel(workedExample(0, { flows: [a, b] }), BUILTIN_PRICES);
    const dx = optionLines(m.options[0]);
    expect(dx.filter((l) => l.unit === 'AZ-hour')).toEqual([
      { item: 'interface endpoint prod/s3-interface, 3 AZs (us-east-1)', quantity: 2_190, unit: 'AZ-hour', unitUsd: 0.01, usd: expect.closeTo(21.9, 9) },
    ]);
    expect(dx.filter((l) => l.item.startsWith('endpoint')).map((l) => l.usd)).toEqual([10, 5]);
    // The vpn option pays the endpoint only for the flow whose VPN path uses it.
    const vpn = optionLines(m.options[1]);
    expect(vpn.filter((l) => l.item.startsWith('endpoint')).map((l) => l.usd)).toEqual([10]);
    expect(optionLines(m.options[2]).some((l) => l.item.includes('endpoint'))).toBe(false);
  });

  it('prices a flow with no Direct Connect path at internet rates in the direct-connect option, saying so', () => {
    const m = buildCostModel(workedExample(20_000, { flows: [flow(20_000, { directConnect: [] })] }), BUILTIN_PRICES);
    expect(totals(m)['direct-connect']).toBe(1_642.5 + 1_742.7);
    expect(optionLines(m.options[0]).filter((l) => l.unit === 'GB').every((l) => /no Direct Connect path: nightly-backup/.test(l.item))).toBe(true);
  });

  it('lists cross-connect fees and Japan port rates', () => {
    const m = buildCostModel({
      ports: [
        { name: 'dx-t', type: 'dedicated', mbps: 10_000, location: 'EqTY2', locationRegion: 'ap-northeast-1', crossConnectMonthlyFee: 250 },
        { name: 'hc-o', type: 'hosted', mbps: 500, location: 'KDDIOS2', locationRegion: 'ap-northeast-3' },
      ],
      vpns: [], flows: [], freeTier: true,
    }, BUILTIN_PRICES);
    expect(optionLines(m.options[0]).map((l) => [l.item, l.usd])).toEqual([
      ['port dx-t 10Gbps dedicated at EqTY2, Japan rate', 2.142 * 730],
      ['cross-connect dx-t at EqTY2 (facility fee)', 250],
      ['port hc-o 500Mbps hosted at KDDIOS2, Japan rate', 0.19 * 730],
    ]);
  });

  it('prices assumed and Tokyo VPN hours', () => {
    const m = buildCostModel(workedExample(0, { vpns: [{ name: 'assumed-vpn-hq', region: 'ap-northeast-1', assumedForSite: 'hq' }] }), BUILTIN_PRICES);
    expect(optionLines(m.options[1])[0]).toMatchObject({ item: 'VPN for site hq, assumed (ap-northeast-1)', unitUsd: 0.048 });
  });
});
