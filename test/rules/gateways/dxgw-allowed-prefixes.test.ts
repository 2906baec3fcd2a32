import { findings } from '../../helpers';
import { TGW_MODE, VGW_MODE, lineOf } from './gw-topology';

const RULE = 'dxgw-allowed-prefixes';

describe(RULE, () => {
  it('fires on a TGW association without allowedPrefixes, on the association', () => {
    const yaml = TGW_MODE.replace('        allowedPrefixes: [10.1.0.0/16, 10.2.0.0/16]\n', '');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 0]);
    expect(d.line).toBe(lineOf(yaml, '- gateway: tgw-east'));
    expect(d.message).toBe('the association of dxgw-transit with transit gateway tgw-east has no allowedPrefixes: on-premise learns no route to the VPCs behind tgw-east');
    expect(d.hint).toBe('add allowedPrefixes: [10.1.0.0/16, 10.2.0.0/16]');
  });

  it('fires on more than 200 allowed prefixes, on the list', () => {
    const many = Array.from({ length: 201 }, (_, i) => `10.${100 + (i >> 8)}.${i & 255}.0/24`);
    const yaml = TGW_MODE.replace('[10.1.0.0/16, 10.2.0.0/16]', `[10.1.0.0/16, 10.2.0.0/16, ${many.join(', ')}]`);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 0, 'allowedPrefixes']);
    expect(d.message).toContain('has 203 allowed prefixes, over the quota of 200');
  });

  it('stays quiet at 200 allowed prefixes', () => {
    const many = Array.from({ length: 198 }, (_, i) => `10.${100 + (i >> 8)}.${i & 255}.0/24`);
    const yaml = TGW_MODE.replace('[10.1.0.0/16, 10.2.0.0/16]', `[10.1.0.0/16, 10.2.0.0/16, ${many.join(', ')}]`);
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on a VGW association without allowedPrefixes (the VPC CIDRs are the default)', () => {
    const yaml = VGW_MODE.replace('        allowedPrefixes: [10.1.0.0/16]\n', '');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on a TGW association with allowedPrefixes', () => {
    expect(findings(TGW_MODE, RULE)).toEqual([]);
  });

  it('stays quiet on an explicit empty list (dxgw-prefix-not-advertised reports what is not learned)', () => {
    const yaml = TGW_MODE.replace('[10.1.0.0/16, 10.2.0.0/16]', '[]');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'dxgw-prefix-not-advertised')).toHaveLength(2);
  });
});
