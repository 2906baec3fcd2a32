import { BASE, findings } from '../../helpers';
import { lineOf } from './gw-topology';

const RULE = 'vgw-vpc-region';

const VGW_REGION = '    region: us-east-1\n    vpc: prod\n';

describe(RULE, () => {
  it('fires on the VGW region when it differs from its VPC\'s', () => {
    const yaml = BASE.replace(VGW_REGION, '    region: us-west-2\n    vpc: prod\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['vgws', 0, 'region']);
    expect(d.line).toBe(lineOf(yaml, 'region: us-west-2'));
    expect(d.message).toBe('VGW vgw-prod is in us-west-2 but its VPC prod is in us-east-1: a VGW attaches only to a VPC of its own region');
    expect(d.hint).toBe('create vgw-prod in us-east-1');
  });

  it('stays quiet when the regions match', () => {
    expect(findings(BASE, RULE)).toEqual([]);
  });

  it('stays quiet when either region is unknown (region-unknown owns it)', () => {
    const badVgw = BASE.replace(VGW_REGION, '    region: us-esat-1\n    vpc: prod\n');
    expect(findings(badVgw, 'region-unknown')).toHaveLength(1);
    expect(findings(badVgw, RULE)).toEqual([]);
    const badVpc = BASE.replace('    region: us-east-1\n    cidrs: [10.1.0.0/16]', '    region: mars-1\n    cidrs: [10.1.0.0/16]');
    expect(findings(badVpc, RULE)).toEqual([]);
  });

  it('stays quiet on a VGW with no VPC', () => {
    const yaml = BASE.replace(VGW_REGION, '    region: us-west-2\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
