import { findings } from '../../helpers';
import { TGW_MODE, VGW_MODE, lineOf } from './gw-topology';

const RULE = 'dxgw-region';

describe(RULE, () => {
  it('fires on an association with a VGW in a China region', () => {
    const yaml = VGW_MODE.replace(/region: us-east-1\n    vpc: prod/, 'region: cn-north-1\n    vpc: prod');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 0, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, '- gateway: vgw-prod'));
    expect(d.message).toBe('dxgw-main is associated with VGW vgw-prod in cn-north-1: Direct Connect gateways do not reach the China regions');
  });

  it('fires on an association with a TGW in cn-northwest-1', () => {
    const yaml = TGW_MODE.replace(/region: us-east-1\n    asn: 64514/, 'region: cn-northwest-1\n    asn: 64514');
    const [d] = findings(yaml, RULE);
    expect(d.message).toContain('transit gateway tgw-east in cn-northwest-1');
  });

  it('stays quiet on commercial and GovCloud regions', () => {
    expect(findings(VGW_MODE, RULE)).toEqual([]);
    const yaml = VGW_MODE.replace(/region: us-east-1\n    vpc: prod/, 'region: us-gov-west-1\n    vpc: prod');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on an unknown cn-* code (region-unknown owns it)', () => {
    const yaml = VGW_MODE.replace(/region: us-east-1\n    vpc: prod/, 'region: cn-nowhere-9\n    vpc: prod');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on a China-region VGW that no DXGW uses', () => {
    const yaml = VGW_MODE.replace('      - gateway: vgw-prod\n        allowedPrefixes: [10.1.0.0/16]\n', '')
      .replace(/region: us-east-1\n    vpc: prod/, 'region: cn-north-1\n    vpc: prod');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
