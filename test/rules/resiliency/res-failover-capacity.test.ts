import { findings } from '../../helpers';
import { edit, lineOf, REDUNDANT } from '../routing/util';

const RULE = 'res-failover-capacity';

const flow = (from: string, to: string, gb: number, name = 'sync') => `traffic:\n  - name: ${name}\n    from: ${from}\n    to: ${to}\n    gbPerMonth: ${gb}\n`;

/** REDUNDANT with dx-b a 1 Gbps port and vif-a preferred (7224:7300): dx-a carries the traffic, dx-b is the backup. */
const SMALL_BACKUP = edit(
  edit(REDUNDANT, '    bandwidth: 10Gbps\n    location: CSVA1', '    bandwidth: 1Gbps\n    location: CSVA1'),
  '    gateway: dxgw-main\n    advertise: [10.0.0.0/16]\n  - name: vif-b',
  '    gateway: dxgw-main\n    advertise: [10.0.0.0/16]\n    communities: ["7224:7300"]\n  - name: vif-b',
);

/** hq's only Direct Connect path is LAG lag-a: two 10 Gbps members, minimumLinks 1. */
const LAG_ONLY = `version: 1
name: lag-only
defaultRegion: us-east-1
sites:
  - name: hq
    asn: 65010
    cidrs: [10.0.0.0/16]
    routers: [{ name: hq-r1 }]
locations:
  - { name: EqDC2, region: us-east-1 }
connections:
  - { name: dx-a1, type: dedicated, bandwidth: 10Gbps, location: EqDC2, router: hq-r1, lag: lag-a }
  - { name: dx-a2, type: dedicated, bandwidth: 10Gbps, location: EqDC2, router: hq-r1, lag: lag-a }
lags:
  - { name: lag-a, location: EqDC2, minimumLinks: 1 }
vifs:
  - { name: vif-a, type: private, connection: lag-a, vlan: 101, bgpAuthKey: true, gateway: vgw-prod, advertise: [10.0.0.0/16] }
vgws:
  - { name: vgw-prod, region: us-east-1, vpc: prod }
vpcs:
  - { name: prod, region: us-east-1, cidrs: [10.1.0.0/16], resources: [{ name: orders-db, ip: 10.1.2.5 }] }
`;

const vpn = (name: string, router: string, gateway: string) => `  - { name: ${name}, router: ${router}, gateway: ${gateway}, advertise: [10.0.0.0/16] }\n`;

describe(RULE, () => {
  it('fires on the site when the backup connection is too slow for the flow', () => {
    const yaml = SMALL_BACKUP + flow('orders-db', 'hq', 1_000_000);
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].severity).toBe('warning');
    expect(ds[0].path).toEqual(['sites', 0]);
    expect(ds[0].line).toBe(lineOf(yaml, '- name: hq'));
    expect(ds[0].message).toBe(
      'flow sync (orders-db → hq, 1,000,000 GB a month) does not fit what is left after a single failure: ' +
        'losing location EqDC2, AWS device EqDC2-1abc or connection dx-a moves it to private VIF vif-b on dx-b, ' +
        'which carries 328,500 GB a month (1 Gbps)',
    );
    expect(ds[0].hint).toBe('give the path left after losing location EqDC2 room for 1,000,000 GB a month: a faster port than 1Gbps for dx-b, or another connection');
  });

  it('fires when a LAG that loses a member (and stays up) cannot carry the flow', () => {
    const ds = findings(LAG_ONLY + flow('app1', 'prod', 0).replace('app1', '10.0.1.10').replace('gbPerMonth: 0', 'gbPerMonth: 5000000'), RULE);
    expect(ds.map((d) => d.message)).toEqual([
      'flow sync (10.0.1.10 → prod, 5,000,000 GB a month) does not fit what is left after a single failure: ' +
        'losing connection dx-a1 or connection dx-a2 leaves it on lag-a with 1 of 2 links up, which carries 3,285,000 GB a month (10 Gbps)',
    ]);
  });

  it('fires when the VPN left after a failure is too small, and vpn-backup-capacity stays quiet', () => {
    // Two VPNs (one to another VGW): vpn-backup-capacity counts 821,250 GB; the one reaching prod carries 410,625.
    const yaml = edit(REDUNDANT, 'vgws:\n', 'vgws:\n  - { name: vgw-other, region: us-east-1, vpc: other }\n')
      .replace('vpcs:\n', 'vpcs:\n  - { name: other, region: us-east-1, cidrs: [10.9.0.0/16] }\n')
      .replace(/  - name: vif-b\n[\s\S]*?(?=dxgws:)/, '')
      + `vpns:\n${vpn('vpn-1', 'hq-r2', 'vgw-prod')}${vpn('vpn-2', 'hq-r2', 'vgw-other')}` + flow('orders-db', 'hq', 600_000);
    expect(findings(yaml, 'vpn-backup-capacity')).toEqual([]);
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      'flow sync (orders-db → hq, 600,000 GB a month) does not fit what is left after a single failure: ' +
        'losing location EqDC2, AWS device EqDC2-1abc or connection dx-a moves it to VPN vpn-1, which carries 410,625 GB a month (1.25 Gbps)',
    ]);
  });

  it('leaves a VPN that cannot carry the site\'s traffic to vpn-backup-capacity', () => {
    const single = REDUNDANT.replace(/  - name: vif-b\n[\s\S]*?(?=dxgws:)/, '');
    const yaml = `${single}vpns:\n${vpn('vpn-1', 'hq-r2', 'vgw-prod')}${flow('orders-db', 'hq', 600_000)}`;
    expect(findings(yaml, 'vpn-backup-capacity')).toHaveLength(1);
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet when the surviving path carries the flow', () => {
    expect(findings(SMALL_BACKUP + flow('orders-db', 'hq', 300_000), RULE)).toEqual([]);
    expect(findings(REDUNDANT + flow('orders-db', 'hq', 3_000_000), RULE)).toEqual([]);
    // 410,625 GB fits a VPN exactly.
    const single = REDUNDANT.replace(/  - name: vif-b\n[\s\S]*?(?=dxgws:)/, '');
    expect(findings(`${single}vpns:\n${vpn('vpn-1', 'hq-r2', 'vgw-prod')}${flow('orders-db', 'hq', 410_625)}`, RULE)).toEqual([]);
  });

  it('stays quiet when a failure leaves no path (the other res-* rules)', () => {
    const single = REDUNDANT.replace(/  - name: vif-b\n[\s\S]*?(?=dxgws:)/, '');
    expect(findings(single + flow('orders-db', 'hq', 3_000_000), RULE)).toEqual([]);
  });

  it('fires whether or not the flow fits before the failure (rules.md, clarified)', () => {
    // More than the ports carry with everything up is traffic-exceeds-capacity's; the failover is a second problem.
    const over = SMALL_BACKUP + flow('orders-db', 'hq', 4_000_000);
    expect(findings(over, 'traffic-exceeds-capacity')).toHaveLength(1);
    expect(findings(over, RULE).map((d) => d.message)).toEqual([
      expect.stringContaining('moves it to private VIF vif-b on dx-b, which carries 328,500 GB a month (1 Gbps)'),
    ]);
  });

  it('stays quiet over the internet, on flows with no path, and on routers and VIFs (not in its list)', () => {
    expect(findings(`${REDUNDANT}${flow('hq', 'internet', 9_000_000)}`, RULE)).toEqual([]);
    expect(findings(`${REDUNDANT}${flow('hq', '10.7.0.1', 9_000_000)}`, RULE)).toEqual([]);
    // dx-a and dx-b end on one router: losing hq-r1 would overload dx-b's 1 Gbps, but a router is not a location, device, connection or LAG.
    const oneRouter = SMALL_BACKUP.replace('    router: hq-r2\n', '    router: hq-r1\n');
    const ds = findings(oneRouter + flow('orders-db', 'hq', 1_000_000), RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).not.toContain('router');
    expect(ds[0].message).not.toContain('VIF vif-a');
  });

  it('names each outcome with the failures that lead to it', () => {
    // vif-a on a 2-member LAG (minimumLinks 1), preferred over vif-b on a 1 Gbps dx-b: two outcomes.
    const yaml = LAG_ONLY
      .replace('locations:\n', 'locations:\n  - { name: CSVA1, region: us-east-1 }\n')
      .replace('connections:\n', 'connections:\n  - { name: dx-b, type: dedicated, bandwidth: 1Gbps, location: CSVA1, router: hq-r1 }\n')
      .replace('vifs:\n', 'vifs:\n  - { name: vif-b, type: private, connection: dx-b, vlan: 102, bgpAuthKey: true, gateway: vgw-prod, advertise: [10.0.0.0/16], communities: ["7224:7100"] }\n')
      + flow('orders-db', 'hq', 5_000_000);
    const [d] = findings(yaml, RULE);
    expect(d.message).toContain('losing connection dx-a1 or connection dx-a2 leaves it on lag-a with 1 of 2 links up, which carries 3,285,000 GB a month (10 Gbps)');
    expect(d.message).toContain('losing location EqDC2 or LAG lag-a moves it to private VIF vif-b on dx-b, which carries 328,500 GB a month (1 Gbps)');
  });
});
