// The BGP decision process (routing.md, "BGP path selection"): each step that decides has a
// case where it changes the answer, in both directions.
import { PROD, SITES, alts, detail, route } from './util';

/** Two untagged private VIFs on one DXGW: vif-east at EqDC2 (us-east-1), vif-west at EqFR5 (eu-central-1). */
function twoRegions(vpcRegion: string, extra: { east?: string; west?: string } = {}): string {
  return `${SITES.replace('  - { name: dx-br,', `  - { name: dx-fr, type: dedicated, bandwidth: 10Gbps, location: EqFR5, router: hq-r2, awsDevice: EqFR5-1 }
  - { name: dx-br,`)}vifs:
  - { name: vif-east, type: private, connection: dx-a, vlan: 101, gateway: dxgw, advertise: [10.0.0.0/16]${extra.east ? `, ${extra.east}` : ''} }
  - { name: vif-west, type: private, connection: dx-fr, vlan: 102, gateway: dxgw, advertise: [10.0.0.0/16]${extra.west ? `, ${extra.west}` : ''} }
dxgws:
  - { name: dxgw, asn: 64600, associations: [{ gateway: vgw-prod }] }
${PROD.replace(/us-east-1/g, vpcRegion)}`;
}

describe('local preference: the Region default for untagged VIFs', () => {
  it('the VIF at a location in the sending region wins, both ways; the other loses on local-preference, not equal-cost', () => {
    const yaml = twoRegions('us-east-1');
    const back = route(yaml, 'orders-db', 'hq');
    expect(back.via).toBe('vif-east');
    expect(alts(back)).toEqual(['vif-west [local-preference]']);
    expect(back.alternatives[0].why).toContain('the Region default for an untagged VIF outside the sending region (EqFR5 is in eu-central-1, the traffic leaves us-east-1)');
    expect(back.alternatives[0].why).toContain('an assumption: AWS documents only "a lower value"');
    const fwd = route(yaml, 'app1', 'orders-db');
    expect(fwd.via).toBe('vif-east');
    expect(alts(fwd)).toEqual(['vif-west [local-preference]']);
    expect(fwd.alternatives[0].why).toContain('dxplan assumes on-premise mirrors AWS\'s BGP order');
    expect(fwd.explanation.join(' ')).toContain('dxplan assumes it ranks below 7224:7100');
    // Only the chosen path carries the flow: no equal-cost split.
    expect(detail(yaml, 'orders-db', 'hq').equalCost.map((p) => p.via)).toEqual(['vif-east']);
  });

  it('the same VIFs in front of a VPC in eu-central-1 pick the other VIF', () => {
    const r = route(twoRegions('eu-central-1'), 'orders-db', 'hq');
    expect(r.via).toBe('vif-west');
    expect(alts(r)).toEqual(['vif-east [local-preference]']);
  });

  it('a remote VIF tagged 7224:7100 (low) still beats an untagged one, which ranks below low', () => {
    const r = route(twoRegions('eu-central-1', { east: 'communities: ["7224:7100"]' }), 'orders-db', 'hq');
    // vif-west is untagged in the sending region (medium): it wins over low.
    expect(r.via).toBe('vif-west');
    const lowVsRemote = route(twoRegions('us-east-1', { east: 'communities: ["7224:7100"]' }), 'orders-db', 'hq');
    // vif-east is low (7224:7100); vif-west is untagged outside us-east-1: below low.
    expect(lowVsRemote.via).toBe('vif-east');
    expect(alts(lowVsRemote)).toEqual(['vif-west [local-preference]']);
  });

  it('a community overrides the Region default: 7224:7300 on the remote VIF wins', () => {
    const r = route(twoRegions('us-east-1', { west: 'communities: ["7224:7300"]' }), 'orders-db', 'hq');
    expect(r.via).toBe('vif-west');
    expect(r.alternatives[0].why).toContain("vif-west's is high (7224:7300)");
  });
});

describe('equal cost: at most 16 paths', () => {
  const many = (n: number): string => {
    const vifs = Array.from({ length: n }, (_, i) => `  - { name: vif-${String(i).padStart(2, '0')}, type: private, connection: dx-a, vlan: ${200 + i}, gateway: dxgw, advertise: [10.0.0.0/16] }\n`).join('');
    return `${SITES}vifs:\n${vifs}dxgws:\n  - { name: dxgw, asn: 64600, associations: [{ gateway: vgw-prod }] }\n${PROD}`;
  };

  it('the 17th equal path is an alternative with ecmp-limit, not a share of the traffic', () => {
    const d = detail(many(17), 'orders-db', 'hq');
    expect(d.equalCost).toHaveLength(16);
    const r = d.forward;
    expect(r.alternatives.filter((a) => a.code === 'equal-cost')).toHaveLength(15);
    expect(alts(r).slice(-1)).toEqual(['vif-16 [ecmp-limit]']);
    expect(r.alternatives[15].why).toContain('AWS uses at most 16 equal-cost paths at once');
    expect(r.explanation.join(' ')).toContain('(ecmp-limit)');
  });

  it('16 equal paths all share', () => {
    const d = detail(many(16), 'orders-db', 'hq');
    expect(d.equalCost).toHaveLength(16);
    expect(d.forward.alternatives.map((a) => a.code)).not.toContain('ecmp-limit');
  });
});

describe('path MTU', () => {
  const base = (mtuA: number, mtuB: number, advB = '10.0.0.0/16') => `${SITES}vifs:
  - { name: vif-a, type: private, connection: dx-a, vlan: 101, mtu: ${mtuA}, gateway: dxgw, advertise: [10.0.0.0/16] }
  - { name: vif-b, type: private, connection: dx-b, vlan: 102, mtu: ${mtuB}, gateway: dxgw, advertise: [${advB}] }
dxgws:
  - { name: dxgw, asn: 64600, associations: [{ gateway: vgw-prod }] }
${PROD}`;

  it('is the VIF\'s MTU, both ways', () => {
    expect(route(base(9001, 9001), 'app1', 'orders-db').mtu).toBe(9001);
    expect(route(base(9001, 9001), 'orders-db', 'app1').mtu).toBe(9001);
  });

  it('falls to 1500 when two private VIFs advertise the same prefix toward the gateway with different MTUs', () => {
    expect(route(base(9001, 1500), 'app1', 'orders-db').mtu).toBe(1500);
    expect(route(base(9001, 1500), 'orders-db', 'app1').mtu).toBe(1500);
    // Different prefixes: no mismatch, each VIF keeps its own.
    expect(route(base(9001, 1500, '10.9.0.0/16'), 'orders-db', 'app1')).toMatchObject({ via: 'vif-a', mtu: 9001 });
  });

  it('is 1446 over a VPN and 1500 over the internet', () => {
    const vpnOnly = `${SITES}${PROD}vpns:\n  - { name: vpn-1, router: hq-r1, gateway: vgw-prod, advertise: [10.0.0.0/16] }\n`;
    expect(route(vpnOnly, 'app1', 'orders-db')).toMatchObject({ path: 'vpn', mtu: 1446 });
    expect(route(vpnOnly, 'app1', 's3')).toMatchObject({ path: 'internet', mtu: 1500 });
  });
});

describe('AS_PATH and MED', () => {
  const pair = (a: string, b: string): string => `${SITES}vifs:
  - { name: vif-a, type: private, connection: dx-a, vlan: 101, gateway: dxgw, advertise: [10.0.0.0/16]${a ? `, ${a}` : ''} }
  - { name: vif-b, type: private, connection: dx-b, vlan: 102, gateway: dxgw, advertise: [10.0.0.0/16]${b ? `, ${b}` : ''} }
dxgws:
  - { name: dxgw, asn: 64600, associations: [{ gateway: vgw-prod }] }
${PROD}`;

  it('a prepend moves the traffic to the other VIF (as-path)', () => {
    expect(route(pair('', ''), 'orders-db', 'hq').via).toBe('vif-a');
    const r = route(pair('asPathPrepend: 1', ''), 'orders-db', 'hq');
    expect(r.via).toBe('vif-b');
    expect(alts(r)).toEqual(['vif-a [as-path]']);
  });

  it('local preference decides before AS_PATH', () => {
    const r = route(pair('asPathPrepend: 3, communities: ["7224:7300"]', ''), 'orders-db', 'hq');
    expect(r.via).toBe('vif-a');
    expect(alts(r)).toEqual(['vif-b [local-preference]']);
  });

  it('the lower MED wins when local preference and AS_PATH tie (med)', () => {
    const r = route(pair('med: 50', 'med: 10'), 'orders-db', 'hq');
    expect(r.via).toBe('vif-b');
    expect(alts(r)).toEqual(['vif-a [med]']);
    expect(r.alternatives[0].why).toContain("vif-a's MED is 50 and vif-b's 10");
    // AS_PATH decides before MED.
    expect(route(pair('med: 50', 'med: 10, asPathPrepend: 1'), 'orders-db', 'hq').via).toBe('vif-a');
  });

  it('an advertised entry\'s own attributes count for its prefix; forward, the entry covering the source address', () => {
    const yaml = pair('advertise: [10.0.0.0/16, { prefix: 10.0.1.0/24, asPathPrepend: 2 }]', 'advertise: [10.0.0.0/16, 10.0.1.0/24]')
      .replace(', advertise: [10.0.0.0/16], advertise:', ', advertise:').replace(', advertise: [10.0.0.0/16], advertise:', ', advertise:');
    expect(route(yaml, 'orders-db', 'app1')).toMatchObject({ via: 'vif-b', prefix: '10.0.1.0/24' });
    expect(route(yaml, 'orders-db', 'hq')).toMatchObject({ via: 'vif-a', prefix: '10.0.0.0/16' });
    // app1 (10.0.1.10) sends from the prepended /24: on-premise mirrors AWS and prefers vif-b.
    expect(route(yaml, 'app1', 'orders-db').via).toBe('vif-b');
    expect(route(yaml, 'hq', 'orders-db').via).toBe('vif-a');
  });

  it('Direct Connect beats a VPN for the same prefix whatever its AS_PATH', () => {
    const yaml = `${pair('asPathPrepend: 10', '').replace(/  - \{ name: vif-b.*\n/, '')}vpns:\n  - { name: vpn-1, router: hq-r2, gateway: vgw-prod, advertise: [10.0.0.0/16] }\n`;
    const r = route(yaml, 'orders-db', 'hq');
    expect(r.via).toBe('vif-a');
    expect(alts(r)).toEqual(['vpn-1 [route-priority]']);
  });
});

describe('the 100 propagated routes of a VPC route table', () => {
  it('route says when the VGW learns more than 100 prefixes, since it does not apply the cap', () => {
    const many = Array.from({ length: 101 }, (_, i) => `10.0.${i}.0/24`).join(', ');
    const yaml = `${SITES}vifs:\n  - { name: vif-a, type: private, connection: dx-a, vlan: 101, gateway: vgw-prod, advertise: [${many}] }\n${PROD}`;
    expect(route(yaml, 'orders-db', 'app1').explanation.join(' ')).toContain(
      'vgw-prod learns 101 on-premise prefixes, more than the 100 propagated routes a VPC route table keeps (vpc-propagated-routes)',
    );
    const fewer = yaml.replace(', 10.0.100.0/24', '');
    expect(route(fewer, 'orders-db', 'app1').explanation.join(' ')).not.toContain('propagated routes');
  });
});
