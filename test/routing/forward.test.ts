// On-premise → VPC address: each candidate kind (routing.md 1–5), the choice among them, and
// each rejection a VPC destination can give.
import { alts, detail, hopNames, PROD, rejection, rejects, route, SITES, vif } from './util';

describe('candidate 1: private VIF → VGW → VPC', () => {
  const yaml = `${SITES}${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}`;

  it('follows the VIF straight to the VGW and learns the VPC CIDR', () => {
    const r = route(yaml, 'app1', 'orders-db');
    expect(r.reachable).toBe(true);
    expect(r.path).toBe('direct-connect-private');
    expect(hopNames(r)).toEqual(['app1', 'hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-prod', 'vgw-prod', 'prod', 'orders-db']);
    expect(r.hops.map((h) => h.kind)).toEqual(['host', 'site', 'router', 'connection', 'location', 'vif', 'vgw', 'vpc', 'resource']);
    expect(r.prefix).toBe('10.1.0.0/16');
    expect(r.via).toBe('vif-prod');
    expect(r.explanation[0]).toBe('hq learns one route toward orders-db (10.1.2.5 in prod): vif-prod (10.1.0.0/16, Direct Connect).');
  });

  it('routes to a VPC (its first CIDR), a site, and a bare IP inside a VPC', () => {
    expect(hopNames(route(yaml, 'hq', 'prod'))).toEqual(['hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-prod', 'vgw-prod', 'prod']);
    const ip = route(yaml, '10.0.9.9', '10.1.200.1');
    expect(ip.path).toBe('direct-connect-private');
    expect(hopNames(ip)).toEqual(['hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-prod', 'vgw-prod', 'prod']);
    expect(hopNames(route(yaml, 'app1', '10.1.2.5')).pop()).toBe('orders-db');
  });

  it('rejects a VIF attached directly to a VGW outside its location region (vgw-other-region)', () => {
    const y = `${SITES}${PROD.replace('region: us-east-1, vpc: prod', 'region: us-west-2, vpc: prod').replace('region: us-east-1\n', 'region: us-west-2\n')}vifs:\n${vif('vif-west', 'dx-a', 'vgw-prod')}`;
    const r = route(y, 'app1', 'orders-db');
    expect(r.reachable).toBe(false);
    expect(r.path).toBe('none');
    expect(r.hops).toEqual([]);
    const x = rejection(r, 'vif-west');
    expect(x.code).toBe('vgw-other-region');
    expect(x.why).toContain('vgw-prod in us-west-2');
    expect(x.why).toContain('EqDC2 is in us-east-1');
  });

  it('a VGW in another region than its VPC stays a hop (vgw-vpc-region is validate’s)', () => {
    const y = `${SITES}${PROD.replace('    region: us-east-1\n', '    region: us-west-2\n')}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}`;
    expect(route(y, 'app1', 'orders-db').path).toBe('direct-connect-private');
  });

  it('rejects VIFs of another site (no-connection-from-site)', () => {
    const y = `${SITES}${PROD}vifs:\n${vif('vif-br', 'dx-br', 'vgw-prod')}`;
    const r = route(y, 'app1', 'orders-db');
    expect(r.reachable).toBe(false);
    const x = rejection(r, 'vif-br');
    expect(x.code).toBe('no-connection-from-site');
    expect(x.why).toBe('vif-br leads to prod, but its connection dx-br ends at branch, not at hq');
    expect(route(y, 'pos1', 'orders-db').via).toBe('vif-br');
  });

  it('never reaches a private address over a public VIF or the internet', () => {
    const y = `${SITES}${PROD}vifs:\n  - { name: vif-pub, type: public, connection: dx-a, vlan: 300, advertise: [198.51.100.0/24] }\n`;
    const r = route(y, 'app1', 'orders-db');
    expect(r.reachable).toBe(false);
    expect(rejects(r)).toEqual(['vgw-prod [not-attached]', 'vif-pub [private-address-over-public]', 'internet [private-address-over-public]']);
    expect(rejection(r, 'vgw-prod').why).toBe('vgw-prod is attached to prod, but no VIF, VPN or Direct Connect gateway association uses it');
  });

  it('a VIF naming a LAG member sits on the LAG', () => {
    const y = `${SITES.replace('awsDevice: EqDC2-1 }', 'awsDevice: EqDC2-1, lag: lag-a }')}lags:\n  - { name: lag-a, location: EqDC2 }\n${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}`;
    const r = route(y, 'app1', 'orders-db');
    expect(r.hops.slice(2, 5)).toEqual([{ kind: 'router', name: 'hq-r1' }, { kind: 'lag', name: 'lag-a' }, { kind: 'location', name: 'EqDC2' }]);
  });
});

describe('candidate 2: private VIF → DXGW → VGW → VPC', () => {
  const west = `vgws:
  - { name: vgw-west, region: us-west-2, vpc: west }
vpcs:
  - { name: west, region: us-west-2, cidrs: [10.1.0.0/16], resources: [{ name: west-db, ip: 10.1.2.5 }] }
`;
  const dxgw = (allowed = '') => `dxgws:\n  - name: dxgw-main\n    asn: 64513\n    associations:\n      - { gateway: vgw-west${allowed ? `, allowedPrefixes: [${allowed}]` : ''} }\n`;

  it('reaches a VGW in any region; AWS advertises the VPC CIDRs by default', () => {
    const r = route(`${SITES}${west}${dxgw()}vifs:\n${vif('vif-a', 'dx-a', 'dxgw-main')}`, 'app1', 'west-db');
    expect(r.path).toBe('direct-connect-private');
    expect(hopNames(r)).toEqual(['app1', 'hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-a', 'dxgw-main', 'vgw-west', 'west', 'west-db']);
    expect(r.prefix).toBe('10.1.0.0/16');
  });

  it('allowedPrefixes filter the VPC CIDRs: a wider allowed prefix still advertises the VPC CIDR', () => {
    const r = route(`${SITES}${west}${dxgw('10.0.0.0/8')}vifs:\n${vif('vif-a', 'dx-a', 'dxgw-main')}`, 'app1', 'west-db');
    expect(r.prefix).toBe('10.1.0.0/16');
  });

  it('rejects the VIF when no allowed prefix covers the VPC CIDR (prefix-not-allowed)', () => {
    const r = route(`${SITES}${west}${dxgw('10.9.0.0/16')}vifs:\n${vif('vif-a', 'dx-a', 'dxgw-main')}`, 'app1', 'west-db');
    expect(r.reachable).toBe(false);
    const x = rejection(r, 'vif-a');
    expect(x.code).toBe('prefix-not-allowed');
    expect(x.why).toContain("dxgw-main's association with vgw-west allows only 10.9.0.0/16");
    expect(x.why).toContain('add 10.1.0.0/16 to allowedPrefixes');
  });

  it('an allowed prefix narrower than the VPC CIDR filters it out', () => {
    const r = route(`${SITES}${west}${dxgw('10.1.2.0/24')}vifs:\n${vif('vif-a', 'dx-a', 'dxgw-main')}`, 'app1', 'west-db');
    expect(rejection(r, 'vif-a').code).toBe('prefix-not-allowed');
    expect(rejection(r, 'vif-a').why).toContain('narrower than');
  });

  it('never reaches a China region through a DXGW (china-region)', () => {
    const cn = west.replace(/us-west-2/g, 'cn-north-1');
    const r = route(`${SITES}${cn}${dxgw()}vifs:\n${vif('vif-a', 'dx-a', 'dxgw-main')}`, 'app1', 'west-db');
    expect(r.reachable).toBe(false);
    expect(rejection(r, 'vif-a').code).toBe('china-region');
  });

  it('explains a DXGW association that no VIF uses (not-attached)', () => {
    const r = route(`${SITES}${west}${dxgw()}`, 'app1', 'west-db');
    expect(rejects(r)).toContain('dxgw-main [not-attached]');
  });
});

describe('candidate 3: transit VIF → DXGW → TGW → VPC', () => {
  const transit = (allowed: string) => `tgws:
  - { name: tgw-east, region: us-east-1, asn: 64514, attachments: [prod, dev] }
dxgws:
  - name: dxgw-t
    asn: 64513
    associations:
      - { gateway: tgw-east, allowedPrefixes: [${allowed}] }
vpcs:
  - { name: prod, region: us-east-1, cidrs: [10.1.0.0/16], resources: [{ name: orders-db, ip: 10.1.2.5 }] }
  - { name: dev, region: us-east-1, cidrs: [10.2.0.0/16], resources: [{ name: dev-db, ip: 10.2.3.4 }] }
vifs:
  - { name: vif-t, type: transit, connection: dx-a, vlan: 200, gateway: dxgw-t, advertise: [10.0.0.0/16] }
`;

  it('learns exactly the allowed prefixes (a summary) and reaches the attached VPC', () => {
    const r = route(`${SITES}${transit('10.0.0.0/14')}`, 'app1', 'dev-db');
    expect(r.path).toBe('direct-connect-transit');
    expect(hopNames(r)).toEqual(['app1', 'hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-t', 'dxgw-t', 'tgw-east', 'dev', 'dev-db']);
    expect(r.prefix).toBe('10.0.0.0/14');
  });

  it('rejects an attached VPC outside the allowed prefixes (prefix-not-allowed)', () => {
    const r = route(`${SITES}${transit('10.1.0.0/16')}`, 'app1', 'dev-db');
    expect(r.reachable).toBe(false);
    expect(rejection(r, 'vif-t').code).toBe('prefix-not-allowed');
    expect(rejection(r, 'vif-t').why).toContain('add 10.2.0.0/16 to allowedPrefixes');
  });

  it('an allowed prefix alone is not a path: the address must be inside an attached VPC', () => {
    const y = `${SITES}${transit('10.0.0.0/8')}`.replace('  - { name: dev, region', '  - { name: loose, region: us-east-1, cidrs: [10.9.0.0/16] }\n  - { name: dev, region');
    const r = route(y, 'app1', 'loose');
    expect(r.reachable).toBe(false);
    expect(rejects(r)).toEqual(['loose [not-attached]', 'internet [private-address-over-public]']);
  });

  it('a TGW with no DXGW association and no VPN reaches nothing (not-attached)', () => {
    const y = `${SITES}tgws:\n  - { name: tgw-east, region: us-east-1, attachments: [shared] }\nvpcs:\n  - { name: shared, region: us-east-1, cidrs: [10.2.0.0/16] }\n`;
    const r = route(y, 'app1', 'shared');
    expect(r.reachable).toBe(false);
    expect(rejection(r, 'tgw-east')).toEqual({
      via: 'tgw-east', code: 'not-attached',
      why: 'tgw-east attaches shared but has no Direct Connect gateway association and no VPN: nothing advertises shared to on-premise',
    });
  });

  it('a TGW cannot attach a VPC of another region (not-attached)', () => {
    const y = `${SITES}${transit('10.0.0.0/8')}`.replace('{ name: dev, region: us-east-1', '{ name: dev, region: us-west-2');
    const r = route(y, 'app1', 'dev-db');
    expect(r.reachable).toBe(false);
    expect(rejection(r, 'tgw-east').why).toContain('a transit gateway attaches VPCs of its own region only');
  });
});

describe('candidate 4: VPN → VGW or TGW', () => {
  it('a VPN to the VGW carries the VPC CIDRs', () => {
    const y = `${SITES}${PROD}vpns:\n  - { name: vpn-1, router: hq-r2, gateway: vgw-prod, routing: bgp, advertise: [10.0.0.0/16] }\n`;
    const r = route(y, 'app1', 'orders-db');
    expect(r.path).toBe('vpn');
    expect(hopNames(r)).toEqual(['app1', 'hq', 'hq-r2', 'vpn-1', 'vgw-prod', 'prod', 'orders-db']);
    expect(r.hops.map((h) => h.kind)).toEqual(['host', 'site', 'router', 'vpn', 'vgw', 'vpc', 'resource']);
    expect(r.prefix).toBe('10.1.0.0/16');
  });

  it('a VPN to a TGW carries the CIDRs of every VPC attached to it', () => {
    const y = `${SITES}tgws:\n  - { name: tgw-east, region: us-east-1, attachments: [prod, dev] }\nvpcs:\n  - { name: prod, region: us-east-1, cidrs: [10.1.0.0/16] }\n  - { name: dev, region: us-east-1, cidrs: [10.2.0.0/16] }\nvpns:\n  - { name: vpn-t, router: hq-r2, gateway: tgw-east, routing: static, staticRoutes: [10.0.0.0/16] }\n`;
    const r = route(y, 'app1', 'dev');
    expect(r.path).toBe('vpn');
    expect(hopNames(r)).toEqual(['app1', 'hq', 'hq-r2', 'vpn-t', 'tgw-east', 'dev']);
    expect(r.prefix).toBe('10.2.0.0/16');
  });

  it("a VPN of another site is not a path from this one", () => {
    const y = `${SITES}${PROD}vpns:\n  - { name: vpn-br, router: br-r1, gateway: vgw-prod }\n`;
    expect(rejection(route(y, 'app1', 'orders-db'), 'vpn-br').why).toBe(
      'vpn-br leads to prod, but its customer gateway br-r1 is at branch, not at hq',
    );
  });
});

describe('choosing among candidates (forward)', () => {
  it('longest prefix first: a VPN offering the VPC /16 beats a /15 summary over a transit VIF', () => {
    const y = `${SITES}tgws:
  - { name: tgw-east, region: us-east-1, asn: 64514, attachments: [prod] }
dxgws:
  - { name: dxgw-t, asn: 64513, associations: [{ gateway: tgw-east, allowedPrefixes: [10.0.0.0/15] }] }
vpcs:
  - { name: prod, region: us-east-1, cidrs: [10.1.0.0/16] }
vifs:
  - { name: vif-t, type: transit, connection: dx-a, vlan: 200, gateway: dxgw-t, advertise: [10.0.0.0/16] }
vpns:
  - { name: vpn-t, router: hq-r2, gateway: tgw-east, advertise: [10.0.0.0/16] }
`;
    const r = route(y, 'app1', 'prod');
    expect(r.path).toBe('vpn');
    expect(r.prefix).toBe('10.1.0.0/16');
    expect(alts(r)).toEqual(['vif-t [less-specific-prefix]']);
    expect(r.alternatives[0].prefix).toBe('10.0.0.0/15');
    expect(r.alternatives[0].why).toBe('vif-t offers only 10.0.0.0/15, less specific than 10.1.0.0/16 over vpn-t: on-premise follows the longest prefix match');
    expect(r.explanation[1]).toBe('The longest prefix match picks 10.1.0.0/16.');
  });

  it('same prefix: Direct Connect over VPN (vpn-less-preferred)', () => {
    const y = `${SITES}${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}vpns:\n  - { name: vpn-1, router: hq-r2, gateway: vgw-prod, advertise: [10.0.0.0/16] }\n`;
    const r = route(y, 'app1', 'orders-db');
    expect(r.via).toBe('vif-prod');
    expect(alts(r)).toEqual(['vpn-1 [vpn-less-preferred]']);
    expect(hopNames(r.alternatives[0])).toEqual(['app1', 'hq', 'hq-r2', 'vpn-1', 'vgw-prod', 'prod', 'orders-db']);
  });

  const twoVifs = (a = '', b = '') => `${SITES}${PROD}dxgws:
  - { name: dxgw-main, asn: 64513, associations: [{ gateway: vgw-prod }] }
vifs:
${vif('vif-a', 'dx-a', 'dxgw-main', a)}${vif('vif-b', 'dx-b', 'dxgw-main', b)}`;

  it('equal cost: both paths reported, the first by VIF name shown', () => {
    const d = detail(twoVifs(), 'app1', 'orders-db');
    expect(d.forward.via).toBe('vif-a');
    expect(alts(d.forward)).toEqual(['vif-b [equal-cost]']);
    expect(d.equalCost.map((p) => p.via)).toEqual(['vif-a', 'vif-b']);
    expect(d.equalCost[1].hops.map((h) => h.name)).toContain('dx-b');
    expect(d.forward.explanation[1]).toBe('With everything else equal, vif-a and vif-b share the traffic as equal-cost paths, and vif-a is shown first by name.');
  });

  it('local preference decides before the name: 7224:7300 beats untagged', () => {
    const r = route(twoVifs('', 'communities: ["7224:7300"]'), 'app1', 'orders-db');
    expect(r.via).toBe('vif-b');
    expect(alts(r)).toEqual(['vif-a [local-preference]']);
    expect(r.alternatives[0].why).toContain("vif-a's local preference is medium (untagged, at EqDC2 in us-east-1, the sending region) and vif-b's is high (7224:7300)");
  });

  it('7224:7100 (low) loses to an untagged VIF (medium)', () => {
    const r = route(twoVifs('communities: ["7224:7100"]'), 'app1', 'orders-db');
    expect(r.via).toBe('vif-b');
    expect(alts(r)).toEqual(['vif-a [local-preference]']);
  });

  it('7224:7200 is medium, the same as untagged', () => {
    expect(alts(route(twoVifs('communities: ["7224:7200"]'), 'app1', 'orders-db'))).toEqual(['vif-b [equal-cost]']);
  });

  it('an alternative keeps only its longest prefix', () => {
    const y = `${SITES}${PROD}dxgws:
  - { name: dxgw-main, asn: 64513, associations: [{ gateway: vgw-prod, allowedPrefixes: [10.0.0.0/8, 10.1.0.0/16] }] }
vifs:
${vif('vif-a', 'dx-a', 'dxgw-main')}`;
    const r = route(y, 'app1', 'orders-db');
    expect(r.prefix).toBe('10.1.0.0/16');
    expect(r.alternatives).toEqual([]);
  });
});

describe('on-premise to on-premise and VPC to VPC', () => {
  it('a DXGW does not pass traffic between two VIFs without SiteLink (dxgw-no-transit); the answer is not modelled', () => {
    const y = `${SITES}${PROD}dxgws:\n  - { name: dxgw-main, associations: [{ gateway: vgw-prod }] }\nvifs:\n${vif('vif-hq', 'dx-a', 'dxgw-main')}${vif('vif-br', 'dx-br', 'dxgw-main')}`;
    const r = route(y, 'app1', 'pos1');
    expect(r.reachable).toBeNull();
    expect(r.path).toBe('not-modelled');
    expect(rejection(r, 'vif-hq').code).toBe('dxgw-no-transit');
    expect(rejection(r, 'vif-hq').why).toBe('vif-hq and vif-br (at branch) both reach dxgw-main, but a Direct Connect gateway passes traffic between two VIFs only with SiteLink, which neither has');
    expect(r.return).toBeUndefined();
  });

  it('nor between a VIF and a VPN on a VGW associated with it', () => {
    const y = `${SITES}${PROD}dxgws:\n  - { name: dxgw-main, associations: [{ gateway: vgw-prod }] }\nvifs:\n${vif('vif-hq', 'dx-a', 'dxgw-main')}vpns:\n  - { name: vpn-br, router: br-r1, gateway: vgw-prod }\n`;
    expect(rejection(route(y, 'pos1', 'app1'), 'vpn-br').code).toBe('dxgw-no-transit');
  });

  it('a DXGW does not route between two VPCs (dxgw-no-transit)', () => {
    const y = `${SITES}vgws:
  - { name: vgw-a, region: us-east-1, vpc: a }
  - { name: vgw-b, region: us-east-1, vpc: b }
dxgws:
  - { name: dxgw-main, associations: [{ gateway: vgw-a }, { gateway: vgw-b }] }
vpcs:
  - { name: a, region: us-east-1, cidrs: [10.1.0.0/16] }
  - { name: b, region: us-east-1, cidrs: [10.2.0.0/16] }
`;
    const r = route(y, 'a', 'b');
    expect(r.reachable).toBeNull();
    expect(rejects(r)).toEqual(['dxgw-main [dxgw-no-transit]', 'a [not-modelled]']);
  });
});
