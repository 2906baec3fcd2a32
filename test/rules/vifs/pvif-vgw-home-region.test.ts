import { addSections, BASE, BASE_VIF, edit, findings, lineOf } from './vif-test-utils';

const RULE = 'pvif-vgw-home-region';
const vgwIn = (region: string) => edit(BASE, '  - name: vgw-prod\n    region: us-east-1\n', `  - name: vgw-prod\n    region: ${region}\n`);

describe(RULE, () => {
  it('fires on a private VIF directly on a VGW of another region, on the gateway', () => {
    const yaml = vgwIn('us-west-2');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, 'gateway: vgw-prod'));
    expect(d.message).toBe('vif-prod at EqDC2 (us-east-1) is attached directly to VGW vgw-prod in us-west-2: a private VIF on a VGW reaches only its location\'s region');
    expect(d.hint).toBe('attach vif-prod to a Direct Connect gateway associated with vgw-prod, or use a VGW in us-east-1');
  });

  it('takes the location of the LAG for a VIF on a LAG (or on one of its members)', () => {
    // The LAG sits at LAX1 (us-west-2); its member dx-a was written at EqDC2 (us-east-1), like the VGW.
    let yaml = edit(BASE, '    router: hq-r1\n', '    router: hq-r1\n    lag: lag-a\n');
    yaml = edit(yaml, 'locations:\n', 'locations:\n  - name: LAX1\n    region: us-west-2\n');
    yaml = addSections(yaml, 'lags:\n  - name: lag-a\n    location: LAX1\n');
    const onMember = findings(yaml, RULE);
    expect(onMember.map((d) => d.message)).toEqual([
      'vif-prod at LAX1 (us-west-2) is attached directly to VGW vgw-prod in us-east-1: a private VIF on a VGW reaches only its location\'s region',
    ]);
    expect(findings(edit(yaml, BASE_VIF.connection, '    connection: lag-a\n'), RULE)).toHaveLength(1);
  });

  it('stays quiet when the regions match, or the VIF reaches the VGW through a DXGW', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    const viaDxgw = addSections(edit(vgwIn('us-west-2'), BASE_VIF.gateway, '    gateway: dxgw-main\n'),
      'dxgws:\n  - name: dxgw-main\n    asn: 64600\n    associations:\n      - gateway: vgw-prod\n');
    expect(findings(viaDxgw, RULE)).toEqual([]);
  });

  it('stays quiet when a region is unknown (region-unknown\'s)', () => {
    const yaml = vgwIn('us-wset-2');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(edit(BASE, '  - name: EqDC2\n    region: us-east-1\n', '  - name: EqDC2\n    region: us-esat-1\n'), RULE)).toEqual([]);
  });

  it('stays quiet on a list of gateways (pvif-one-gateway\'s)', () => {
    const yaml = edit(vgwIn('us-west-2'), BASE_VIF.gateway, '    gateway: [vgw-prod, vgw-prod]\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
