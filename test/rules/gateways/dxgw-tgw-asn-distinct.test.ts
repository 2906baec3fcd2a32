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
    expect(d.hint).toBe('set a different private asn on tgw-east or on dxgw-transit: 64512 is unused in the topology');
    // Taking the suggestion clears the finding without drawing another ASN finding.
    const fixed = yaml.replace('    asn: 64513\n', '    asn: 64512\n');
    expect(findings(fixed, RULE)).toEqual([]);
    expect(findings(fixed, 'gateway-asn')).toEqual([]);
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

  it('suggests an ASN nothing in the topology uses, a different one per finding', () => {
    // Both omitted: DXGW and TGW are 64512; the VGW-less fixture uses 64513 and 64514 nowhere else.
    const yaml = TGW_MODE.replace('    asn: 64513\n', '').replace('    asn: 64514\n', '')
      .replace('vpcs:\n', '  - name: tgw-west\n    region: us-east-1\n    asn: 64512\nvpcs:\n')
      .replace('      - gateway: tgw-east\n', '      - gateway: tgw-east\n      - gateway: tgw-west\n');
    const hints = findings(yaml, RULE).map((d) => d.hint.replace(/.*: /, ''));
    expect(hints).toEqual(['64513 is unused in the topology', '64514 is unused in the topology']);
  });
});
