// `--pricing FILE`: overrides any figure; checked like a topology (located diagnostics).
import { applyPricingFile } from '../../src/cost/pricing-file';
import { BUILTIN_PRICES } from '../../src/cost/prices';
import { dxTransferRate, internetRates, portHourly, vpnHourly } from '../../src/cost/rates';

const apply = (text: string) => applyPricingFile(BUILTIN_PRICES, 'prices.yaml', text);

describe('pricing file: good', () => {
  it('overrides single figures and keeps the rest', () => {
    const r = apply(`asOf: '2026-11-15'
sources: [negotiated 2026 contract]
ports:
  dedicated:
    10Gbps: 1.80
directConnectTransfer:
  rates:
    us:
      us: 0.015
`);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.asOf).toBe('2026-11-15');
    expect(portHourly(r.prices, 'dedicated', 10_000, 'us-east-1')).toBe(1.8);
    expect(portHourly(r.prices, 'dedicated', 1_000, 'us-east-1')).toBe(0.3);
    expect(dxTransferRate(r.prices, 'us-east-1', 'us-east-1').rate).toBe(0.015);
    expect(dxTransferRate(r.prices, 'us-east-1', 'eu-west-1').rate).toBe(0.02);
    // The built-in table is untouched.
    expect(portHourly(BUILTIN_PRICES, 'dedicated', 10_000, 'us-east-1')).toBe(2.25);
  });

  it('adds a region the table lacks', () => {
    const r = apply(`directConnectTransfer:
  regionGroups:
    me-south-1: europe
internetTransfer:
  regions:
    me-south-1: [0.117, 0.1105, 0.091, 0.065]
vpn:
  connectionHour:
    regions:
      me-south-1: 0.055
`);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.asOf).toBe(BUILTIN_PRICES.asOf);
    expect(dxTransferRate(r.prices, 'me-south-1', 'us-east-1').rate).toBe(0.0282);
    expect(internetRates(r.prices, 'me-south-1')).toEqual([0.117, 0.1105, 0.091, 0.065]);
    expect(vpnHourly(r.prices, 'me-south-1')).toBe(0.055);
    expect(vpnHourly(r.prices, 'ap-northeast-1')).toBe(0.048);
  });

  it('accepts an empty file, x- keys and a free tier of 0', () => {
    expect(apply('').ok).toBe(true);
    const r = apply('x-note: from the 2026 deal\ninternetTransfer:\n  freeGb: 0\n');
    expect(r.ok && r.prices.internetTransfer.freeGb).toBe(0);
  });
});

describe('pricing file: bad', () => {
  const diags = (text: string) => {
    const r = apply(text);
    if (r.ok) throw new Error('expected diagnostics');
    return r.diagnostics;
  };

  it('reports an unknown key at its line and column, with a suggestion', () => {
    const ds = diags('ports:\n  dedicatd:\n    10Gbps: 1.8\n');
    expect(ds).toEqual([expect.objectContaining({
      rule: 'schema-unknown-key', severity: 'error', file: 'prices.yaml', line: 2, column: 3, path: ['ports', 'dedicatd'],
      message: 'unknown key `dedicatd` in ports', hint: 'did you mean `dedicated`?',
    })]);
  });

  it('reports a wrong type on the value', () => {
    const ds = diags('vpn:\n  connectionHour:\n    default: cheap\n');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ rule: 'schema-type', line: 3, column: 14, path: ['vpn', 'connectionHour', 'default'] });
    expect(ds[0].message).toBe('vpn.connectionHour.default must be a number of 0 or more (USD), not the text "cheap"');
  });

  it('reports negative prices, wrong tier lists, bad bandwidths and unknown regions', () => {
    const ds = diags(`ports:
  hosted:
    3Gigs: 1.0
    1Gbps: -1
internetTransfer:
  regions:
    us-east-1: [0.09, 0.085]
    us-est-1: [0.09, 0.085, 0.07, 0.05]
`);
    expect(ds.map((d) => [d.rule, d.line])).toEqual([
      ['schema-type', 3], ['schema-type', 4], ['schema-type', 7], ['region-unknown', 8],
    ]);
    expect(ds[3].hint).toBe('did you mean us-east-1?');
    expect(ds[2].message).toMatch(/must be a list of 4 numbers/);
  });

  it('reports YAML that does not parse, and a file that is not a mapping', () => {
    expect(diags('ports: [\n')[0].rule).toBe('yaml-syntax');
    expect(diags('- 1\n- 2\n')[0]).toMatchObject({ rule: 'schema-type', message: 'the pricing file must be a mapping, not a list' });
    expect(diags('ports:\n  dedicated:\n    10Gbps: 1\n    10Gbps: 2\n')[0]).toMatchObject({ rule: 'yaml-syntax', line: 4 });
  });
});
