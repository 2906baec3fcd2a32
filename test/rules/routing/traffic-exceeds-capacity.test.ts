import { readFileSync } from 'node:fs';
import { BASE, findings } from '../../helpers';
import { conformanceTopology } from '../../shared-dir';
import { monthlyGb } from '../../../src/routing/capacity';

const RULE = 'traffic-exceeds-capacity';

const lineOf = (yaml: string, needle: string): number => yaml.slice(0, yaml.indexOf(needle)).split('\n').length;

function withTraffic(flows: [string, string, number][], base = BASE): string {
  return `${base}traffic:\n${flows.map(([from, to, gb], i) => `  - name: f${i + 1}\n    from: ${from}\n    to: ${to}\n    gbPerMonth: ${gb}\n`).join('')}`;
}

/** BASE with a second 10Gbps connection and VIF to the same VGW: two equal-cost paths. */
const TWO_PATHS = BASE.replace('vifs:\n', `  - name: dx-b
    type: dedicated
    bandwidth: 10Gbps
    location: EqDC2
    router: hq-r2
vifs:
  - name: vif-prod-b
    type: private
    connection: dx-b
    vlan: 102
    amazonAddress: 169.254.11.1/30
    customerAddress: 169.254.11.2/30
    bgpAuthKey: true
    gateway: vgw-prod
    advertise: [10.0.0.0/16]
`);

/** BASE with dx-a in a two-member LAG carrying the VIF. */
const LAG = BASE
  .replace('    router: hq-r1\nvifs:\n', `    router: hq-r1
    lag: lag-a
  - name: dx-a2
    type: dedicated
    bandwidth: 10Gbps
    location: EqDC2
    router: hq-r1
    lag: lag-a
lags:
  - name: lag-a
    location: EqDC2
vifs:
`)
  .replace('    connection: dx-a\n', '    connection: lag-a\n');

describe(RULE, () => {
  it('computes a month of a link in GB (10⁹ bytes, 730 h)', () => {
    expect(monthlyGb(10_000)).toBe(3_285_000);
    expect(monthlyGb(1_250)).toBe(410_625);
  });

  it('fires on the connection\'s bandwidth when the flows over it exceed a month of 10 Gbps', () => {
    const yaml = withTraffic([['prod', 'hq', 3_000_000], ['orders-db', 'app1', 500_000]]);
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].severity).toBe('error');
    expect(ds[0].path).toEqual(['connections', 0, 'bandwidth']);
    expect(ds[0].line).toBe(lineOf(yaml, 'bandwidth: 10Gbps'));
    expect(ds[0].message).toBe(
      'the flows over dx-a (10Gbps) total 3,500,000 GB a month toward on-premise (f1 3,000,000 GB, f2 500,000 GB), ' +
        'more than it carries in a month (3,285,000 GB per direction)',
    );
    expect(ds[0].hint).toMatch(/faster port than 10Gbps/);
  });

  it('fires toward AWS too, and names both directions in one diagnostic', () => {
    const ds = findings(withTraffic([['app1', 'orders-db', 3_300_000], ['prod', 'hq', 3_400_000]]), RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toMatch(/3,300,000 GB a month toward AWS \(f1 3,300,000 GB\) and 3,400,000 GB a month toward on-premise/);
  });

  it('stays quiet at capacity, and sums each direction on its own', () => {
    expect(findings(withTraffic([['prod', 'hq', 3_285_000]]), RULE)).toEqual([]);
    expect(findings(withTraffic([['prod', 'hq', 3_000_000], ['app1', 'prod', 3_000_000]]), RULE)).toEqual([]);
    expect(findings(BASE, RULE)).toEqual([]);
  });

  it('splits a flow evenly over equal-cost paths', () => {
    expect(findings(withTraffic([['prod', 'hq', 6_000_000]], TWO_PATHS), RULE)).toEqual([]);
    const ds = findings(withTraffic([['prod', 'hq', 7_000_000]], TWO_PATHS), RULE);
    expect(ds.map((d) => d.path)).toEqual([['connections', 0, 'bandwidth'], ['connections', 1, 'bandwidth']]);
    expect(ds[0].message).toMatch(/3,500,000 GB a month toward on-premise \(f1 3,500,000 GB\)/);
  });

  it('counts a LAG as the sum of its members, reported on the LAG', () => {
    expect(findings(withTraffic([['prod', 'hq', 6_000_000]], LAG), RULE)).toEqual([]);
    const ds = findings(withTraffic([['prod', 'hq', 7_000_000]], LAG), RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['lags', 0, 'name']);
    expect(ds[0].message).toMatch(/^the flows over LAG lag-a \(2 members, 20 Gbps in all\) total 7,000,000 GB/);
    expect(ds[0].message).toMatch(/6,570,000 GB per direction/);
  });

  it('stays quiet on flows with no Direct Connect path', () => {
    const vpnOnly = BASE.replace(/vifs:\n[\s\S]*?vgws:\n/, 'vgws:\n') + 'vpns:\n  - name: vpn-a\n    router: hq-r2\n    gateway: vgw-prod\n    advertise: [10.0.0.0/16]\n';
    expect(findings(withTraffic([['prod', 'hq', 9_000_000]], vpnOnly), RULE)).toEqual([]);
  });
  it('counts a SiteLink flow on both sites\' connections: toward AWS at the source, toward on-premise at the destination', () => {
    const yaml = readFileSync(conformanceTopology('30-sitelink-two-sites'), 'utf8').replace('gbPerMonth: 5000', 'gbPerMonth: 400000');
    // dx-london is a 1 Gbps hosted connection (328,500 GB a month): the replication overloads it on the way in.
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      expect.stringContaining('dx-london (1Gbps) total 400,000 GB a month toward on-premise'),
    ]);
  });
});
