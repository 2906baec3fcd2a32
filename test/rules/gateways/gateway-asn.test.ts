import { BASE, findings } from '../../helpers';
import { TGW_MODE, lineOf, topo, vif } from './gw-topology';

const RULE = 'gateway-asn';

describe(RULE, () => {
  it('fires on a VGW ASN outside the private ranges, on its asn value', () => {
    const yaml = BASE.replace('    asn: 64512\n', '    asn: 7225\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['vgws', 0, 'asn']);
    expect(d.line).toBe(lineOf(yaml, 'asn: 7225'));
    expect(d.message).toContain('VGW vgw-prod has ASN 7225');
    expect(d.severity).toBe('error');
  });

  it('fires on a DXGW and a TGW ASN just outside each range', () => {
    const yaml = TGW_MODE.replace('    asn: 64513\n', '    asn: 65535\n').replace('    asn: 64514\n', '    asn: 4294967295\n');
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['dxgws', 0, 'asn'], ['tgws', 0, 'asn']]);
    expect(ds[0].message).toContain('Direct Connect gateway dxgw-transit has ASN 65535');
    expect(ds[1].message).toContain('transit gateway tgw-east has ASN 4294967295');
    expect(ds[1].line).toBe(lineOf(yaml, 'asn: 4294967295'));
  });

  it('fires on 64511 and 4199999999', () => {
    expect(findings(BASE.replace('    asn: 64512\n', '    asn: 64511\n'), RULE)).toHaveLength(1);
    expect(findings(BASE.replace('    asn: 64512\n', '    asn: 4199999999\n'), RULE)).toHaveLength(1);
  });

  it('stays quiet on the range bounds and on the default', () => {
    for (const asn of [64512, 65534, 4200000000, 4294967294]) {
      expect(findings(BASE.replace('    asn: 64512\n', `    asn: ${asn}\n`), RULE)).toEqual([]);
    }
    // Omitted everywhere: 64512 on the VGW, the DXGW and the TGW.
    const yaml = topo({
      vifs: vif('vif-t', 'transit', 'dxgw-t', 1),
      dxgws: '  - name: dxgw-t\n',
      tgws: '  - name: tgw-a\n    region: us-east-1\n',
      vgws: '  - name: vgw-a\n    region: us-east-1\n',
    });
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('accepts the legacy default ASN of a pre-2018 VGW in its own region only', () => {
    const vgwIn = (region: string, asn: number) => topo({ vgws: `  - name: vgw-old\n    region: ${region}\n    asn: ${asn}\n` });
    for (const [region, asn] of [['us-east-1', 7224], ['us-west-2', 7224], ['eu-west-1', 9059], ['ap-northeast-1', 10124], ['ap-southeast-1', 17943]] as const) {
      expect(findings(vgwIn(region, asn), RULE)).toEqual([]);
    }
    // Another region's legacy ASN, or 7224 where the region had its own, is no default there.
    expect(findings(vgwIn('us-east-1', 9059), RULE)).toHaveLength(1);
    expect(findings(vgwIn('eu-west-1', 7224), RULE)).toHaveLength(1);
    // Only VGWs had legacy defaults: a DXGW or TGW with 7224 still fires.
    const dxgw = TGW_MODE.replace('    asn: 64513\n', '    asn: 7224\n');
    expect(findings(dxgw, RULE).map((d) => d.path)).toEqual([['dxgws', 0, 'asn']]);
  });

  it('stays quiet on a wrongly typed asn (schema-type owns it, the default applies)', () => {
    const yaml = BASE.replace('    asn: 64512\n', '    asn: lots\n');
    expect(findings(yaml, 'schema-type')).toHaveLength(1);
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
