import { findings } from '../../helpers';
import { edit, lineOf, REDUNDANT, TGW_VPN_TRAP } from './util';

const RULE = 'vpn-preempts-dx';

const TRANSIT = edit(
  edit(
    edit(REDUNDANT, '    gateway: dxgw-main\n    advertise: [10.0.0.0/16]\n  - name: vif-b', '    gateway: dxgw-main\n    advertise: [10.0.0.0/16]\n  - name: vif-t\n    type: transit\n    connection: dx-a\n    vlan: 200\n    amazonAddress: 169.254.40.1/30\n    customerAddress: 169.254.40.2/30\n    mtu: 8500\n    bgpAuthKey: true\n    gateway: dxgw-t\n    advertise: [10.0.0.0/16]\n  - name: vif-b'),
    'vgws:\n',
    '  - name: dxgw-t\n    asn: 64530\n    associations:\n      - gateway: tgw-east\n        allowedPrefixes: [10.2.0.0/16]\ntgws:\n  - name: tgw-east\n    region: us-east-1\n    asn: 64514\n    attachments: [shared]\nvgws:\n',
  ),
  'vpcs:\n',
  'vpcs:\n  - name: shared\n    region: us-east-1\n    cidrs: [10.2.0.0/16]\n',
);

describe(RULE, () => {
  it('fires on a VPN prefix more specific than what a VIF of the same site advertises', () => {
    const yaml = `${REDUNDANT}vpns:\n  - name: vpn-backup\n    router: hq-r2\n    gateway: vgw-prod\n    advertise: [10.0.0.0/16, 10.0.1.0/24]\n`;
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['vpns', 0, 'advertise', 1]);
    expect(ds[0].line).toBe(lineOf(yaml, '10.0.1.0/24'));
    expect(ds[0].message).toBe(
      'vpn-backup advertises 10.0.1.0/24, more specific than 10.0.0.0/16 advertised over vif-a: AWS matches the longest prefix first, so traffic from vgw-prod to 10.0.1.0/24 takes the VPN instead of Direct Connect',
    );
    expect(ds[0].hint).toBe('advertise 10.0.0.0/16 over vpn-backup instead, or 10.0.1.0/24 over vif-a as well');
  });

  it('fires on a static route of a VPN on a VGW too', () => {
    const yaml = `${REDUNDANT}vpns:\n  - name: vpn-s\n    router: hq-r2\n    gateway: vgw-prod\n    routing: static\n    staticRoutes: [10.0.128.0/17]\n`;
    expect(findings(yaml, RULE).map((d) => d.path)).toEqual([['vpns', 0, 'staticRoutes', 0]]);
  });

  it('fires on a static VPN route on a TGW that duplicates a Direct Connect prefix', () => {
    const yaml = `${TRANSIT}vpns:\n  - name: vpn-t\n    router: hq-r2\n    gateway: tgw-east\n    routing: static\n    staticRoutes: [10.0.0.0/16]\n`;
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['vpns', 0, 'staticRoutes', 0]]);
    expect(ds[0].message).toBe(
      "vpn-t's static route 10.0.0.0/16 on tgw-east duplicates 10.0.0.0/16 advertised over vif-t: a transit gateway prefers static routes over routes from a Direct Connect gateway, so traffic for 10.0.0.0/16 takes the VPN instead of Direct Connect",
    );
  });

  it('stays quiet on the same prefix over a VGW or over BGP on a TGW (Direct Connect wins there)', () => {
    expect(findings(`${REDUNDANT}vpns:\n  - name: vpn-backup\n    router: hq-r2\n    gateway: vgw-prod\n    advertise: [10.0.0.0/16]\n`, RULE)).toEqual([]);
    expect(findings(`${REDUNDANT}vpns:\n  - name: vpn-s\n    router: hq-r2\n    gateway: vgw-prod\n    routing: static\n    staticRoutes: [10.0.0.0/16]\n`, RULE)).toEqual([]);
    expect(findings(`${TRANSIT}vpns:\n  - name: vpn-t\n    router: hq-r2\n    gateway: tgw-east\n    advertise: [10.0.0.0/16]\n`, RULE)).toEqual([]);
  });

  it('stays quiet when the covering VIF prefixes reach another gateway than the VPN', () => {
    // vif-a and vif-b advertise 10.0.0.0/16 toward vgw-prod; the VPN ends on tgw-east, where only vif-t competes.
    const yaml = `${TRANSIT.replace(/gateway: dxgw-t\n    advertise: \[10\.0\.0\.0\/16\]/, 'gateway: dxgw-t\n    advertise: [192.168.0.0/24]')}vpns:\n  - name: vpn-t\n    router: hq-r2\n    gateway: tgw-east\n    routing: static\n    staticRoutes: [10.0.5.0/24]\n`;
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet when the VPN belongs to another site than the VIFs', () => {
    const yaml = edit(
      `${REDUNDANT}vpns:\n  - name: vpn-br\n    router: br-r1\n    gateway: vgw-prod\n    advertise: [10.0.1.0/24]\n`,
      'locations:\n',
      '  - name: branch\n    asn: 65020\n    cidrs: [10.50.0.0/16]\n    routers:\n      - name: br-r1\nlocations:\n',
    );
    expect(findings(yaml, RULE)).toEqual([]);
  });
});

describe(`${RULE}: VPC CIDRs over a TGW VPN, summaries over Direct Connect`, () => {
  it('fires on the VPN, naming the VPC CIDRs to list in the association\'s allowedPrefixes', () => {
    const [d, ...rest] = findings(TGW_VPN_TRAP, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['vpns', 0, 'gateway']);
    expect(d.message).toBe(
      'tgw-use1 advertises 10.10.0.0/16 and 10.11.0.0/16 (payments and analytics) to dc-east over vpn-east, more specific than 10.10.0.0/15 that dxgw-core advertises over tvif-east-1: ' +
        'on-premise matches the longest prefix first, so traffic from dc-east to payments and analytics takes the VPN instead of Direct Connect',
    );
    expect(d.hint).toBe(
      'list the VPC CIDRs in allowedPrefixes of the dxgw-core association with tgw-use1 (add 10.10.0.0/16 and 10.11.0.0/16), ' +
        'or filter the routes learned over vpn-east on-premise (accept 10.10.0.0/15 only, or lower their local preference)',
    );
  });

  it('stays quiet once the allowed prefixes list the VPC CIDRs, and for a static VPN', () => {
    expect(findings(TGW_VPN_TRAP.replace('allowedPrefixes: [10.10.0.0/15]', 'allowedPrefixes: [10.10.0.0/16, 10.11.0.0/16]'), RULE)).toEqual([]);
    // A static VPN: on-premise routes are the customer's own (its static route is the other case's finding).
    const statics = findings(TGW_VPN_TRAP.replace('routing: bgp, advertise: [10.100.0.0/16]', 'routing: static, staticRoutes: [10.100.0.0/16]'), RULE);
    expect(statics.map((d) => d.path)).toEqual([['vpns', 0, 'staticRoutes', 0]]);
  });
});
