import { findings } from '../../helpers';
import { TGW_MODE, VGW_MODE, lineOf } from './gw-topology';

const RULE = 'dxgw-prefix-not-advertised';

describe(RULE, () => {
  it('fires on a TGW-attached VPC that no allowed prefix covers, on allowedPrefixes', () => {
    const yaml = TGW_MODE.replace('[10.1.0.0/16, 10.2.0.0/16]', '[10.1.0.0/16]');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.path).toEqual(['dxgws', 0, 'associations', 0, 'allowedPrefixes']);
    expect(d.line).toBe(lineOf(yaml, 'allowedPrefixes: [10.1.0.0/16]'));
    expect(d.message).toBe("CIDR 10.2.0.0/16 of VPC dev (attached to transit gateway tgw-east) is covered by no allowed prefix of dxgw-transit's association: on-premise never learns it");
    expect(d.hint).toBe('add 10.2.0.0/16 (or a supernet) to allowedPrefixes');
  });

  it('fires on a VGW association whose allowed prefix is narrower than the VPC CIDR', () => {
    const yaml = VGW_MODE.replace('allowedPrefixes: [10.1.0.0/16]', 'allowedPrefixes: [10.1.0.0/17]');
    const [d] = findings(yaml, RULE);
    expect(d.message).toContain('CIDR 10.1.0.0/16 of VPC prod (behind VGW vgw-prod)');
  });

  it('names every uncovered CIDR of a VPC in one finding', () => {
    const yaml = VGW_MODE.replace('cidrs: [10.1.0.0/16]', 'cidrs: [10.1.0.0/16, 10.7.0.0/16, 10.8.0.0/16]');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain('CIDRs 10.7.0.0/16, 10.8.0.0/16 of VPC prod');
    expect(ds[0].message).toContain('are covered by no allowed prefix');
  });

  it('stays quiet when an allowed prefix equals or contains every VPC CIDR', () => {
    expect(findings(VGW_MODE, RULE)).toEqual([]);
    expect(findings(TGW_MODE, RULE)).toEqual([]);
    expect(findings(TGW_MODE.replace('[10.1.0.0/16, 10.2.0.0/16]', '[10.0.0.0/8]'), RULE)).toEqual([]);
  });

  it('stays quiet on a VGW association without allowedPrefixes (the default advertises the VPC)', () => {
    const yaml = VGW_MODE.replace('        allowedPrefixes: [10.1.0.0/16]\n', '');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on a TGW association without allowedPrefixes (dxgw-allowed-prefixes owns it)', () => {
    const yaml = TGW_MODE.replace('        allowedPrefixes: [10.1.0.0/16, 10.2.0.0/16]\n', '');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'dxgw-allowed-prefixes')).toHaveLength(1);
  });
});
