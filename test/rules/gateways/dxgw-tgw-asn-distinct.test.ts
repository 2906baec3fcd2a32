import { findings } from '../../helpers';
import { TGW_MODE, lineOf } from './gw-topology';

const RULE = 'dxgw-tgw-asn-distinct';

describe(RULE, () => {
  it('fires when both ASNs are omitted (both default to 64512), on the association', () => {
    const yaml = TGW_MODE.replace('    asn: 64513\n', '').replace('    asn: 64514\n', '');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 0, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, '- gateway: tgw-east'));
    expect(d.message).toBe('transit gateway tgw-east and dxgw-transit both have ASN 64512 (the default when asn is omitted): the association needs distinct ASNs');
    expect(findings(yaml, 'gateway-asn')).toEqual([]);
  });

  it('fires on equal explicit ASNs', () => {
    const yaml = TGW_MODE.replace('    asn: 64514\n', '    asn: 64513\n');
    const [d] = findings(yaml, RULE);
    expect(d.message).toBe('transit gateway tgw-east and dxgw-transit both have ASN 64513: the association needs distinct ASNs');
    expect(d.hint).toBe('set a different private asn on tgw-east or on dxgw-transit');
  });

  it('stays quiet on distinct ASNs', () => {
    expect(findings(TGW_MODE, RULE)).toEqual([]);
    // Only one side omitted: 64512 against 64514.
    expect(findings(TGW_MODE.replace('    asn: 64513\n', ''), RULE)).toEqual([]);
  });

  it('stays quiet on a TGW that shares the ASN of a DXGW it is not associated with', () => {
    const yaml = TGW_MODE.replace('vpcs:\n', '  - name: tgw-other\n    region: us-east-1\n    asn: 64513\nvpcs:\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on a VGW association with an equal ASN (a VGW has no such constraint)', () => {
    const yaml = TGW_MODE
      .replace('      - gateway: tgw-east\n', '      - gateway: vgw-x\n      - gateway: tgw-east\n')
      .replace('dxgws:\n', 'vgws:\n  - name: vgw-x\n    region: us-east-1\n    asn: 64513\ndxgws:\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
