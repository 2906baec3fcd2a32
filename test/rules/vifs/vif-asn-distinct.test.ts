import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif, withGateways } from './vif-test-utils';

const RULE = 'vif-asn-distinct';

describe(RULE, () => {
  it('fires when a VIF on a VGW inherits the VGW\'s ASN from its site, on the gateway', () => {
    const yaml = edit(BASE, '    asn: 65010\n', '    asn: 64512\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, 'gateway: vgw-prod'));
    expect(d.message).toBe('customer ASN 64512 of vif-prod (from site hq) equals the Amazon-side ASN of VGW vgw-prod');
  });

  it('fires on the VIF\'s own asn when it sets one equal to its DXGW\'s', () => {
    let yaml = edit(BASE, BASE_VIF.gateway, '    gateway: dxgw-main\n    asn: 64600\n');
    yaml = withGateways(yaml);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'asn']);
    expect(d.line).toBe(lineOf(yaml, 'asn: 64600', 0));
    expect(d.message).toBe('customer ASN 64600 of vif-prod equals the Amazon-side ASN of Direct Connect gateway dxgw-main');
  });

  it('compares a transit VIF with its DXGW', () => {
    const yaml = withGateways(addVifs(BASE, vif('vif-transit', { type: 'transit', connection: 'dx-a', vlan: 102, asn: 64601, gateway: 'dxgw-transit' })));
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['vifs', 1, 'asn']]);
  });

  it('uses the default 64512 of a VGW without asn', () => {
    const yaml = edit(edit(BASE, '    asn: 65010\n', '    asn: 64512\n'), '    vpc: prod\n    asn: 64512\n', '    vpc: prod\n');
    expect(findings(yaml, RULE)).toHaveLength(1);
  });

  it('stays quiet when the ASNs differ', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(withGateways(edit(BASE, BASE_VIF.gateway, '    gateway: dxgw-main\n')), RULE)).toEqual([]);
  });

  it('stays quiet on a gateway of the wrong kind (vif-gateway) or a list of gateways (pvif-one-gateway)', () => {
    const base = edit(BASE, '    asn: 65010\n', '    asn: 64602\n');
    const wrongKind = withGateways(edit(base, BASE_VIF.gateway, '    gateway: tgw-east\n'));
    expect(findings(wrongKind, RULE)).toEqual([]);
    expect(findings(wrongKind, 'vif-gateway')).toHaveLength(1);
    const list = withGateways(edit(edit(BASE, '    asn: 65010\n', '    asn: 64512\n'), BASE_VIF.gateway, '    gateway: [vgw-prod, dxgw-main]\n'));
    expect(findings(list, RULE)).toEqual([]);
  });

  it('stays quiet on public VIFs (7224 is vif-customer-asn\'s)', () => {
    const yaml = addVifs(BASE, vif('vif-public', { type: 'public', connection: 'dx-a', vlan: 102, asn: 64512, advertise: '[198.51.100.0/24]' }));
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
