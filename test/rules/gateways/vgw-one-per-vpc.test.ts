import { BASE, findings } from '../../helpers';
import { lineOf } from './gw-topology';

const RULE = 'vgw-one-per-vpc';

const SECOND = '  - name: vgw-second\n    region: us-east-1\n    vpc: prod\n    asn: 64520\n';

describe(RULE, () => {
  it('fires on the second VGW attached to a VPC, on its vpc value', () => {
    const yaml = BASE.replace('vpcs:\n', `${SECOND}vpcs:\n`);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['vgws', 1, 'vpc']);
    expect(d.line).toBe(lineOf(yaml, 'vpc: prod', 1));
    expect(d.message).toBe('VGW vgw-second is attached to VPC prod, which already has VGW vgw-prod: a VPC takes one VGW');
    expect(d.hint).toBe('use vgw-prod instead of vgw-second');
  });

  it('fires once for each extra VGW, naming the first', () => {
    const third = SECOND.replace('vgw-second', 'vgw-third');
    const yaml = BASE.replace('vpcs:\n', `${SECOND}${third}vpcs:\n`);
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['vgws', 1, 'vpc'], ['vgws', 2, 'vpc']]);
    expect(ds[1].message).toContain('already has VGW vgw-prod');
  });

  it('stays quiet on one VGW per VPC and on VGWs with no VPC', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    const yaml = BASE.replace('vpcs:\n', '  - name: vgw-spare\n    region: us-east-1\n  - name: vgw-spare2\n    region: us-east-1\nvpcs:\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on two VGWs on two different VPCs', () => {
    const yaml = BASE.replace('vpcs:\n', `${SECOND.replace('vpc: prod', 'vpc: dev')}vpcs:\n`)
      + '  - name: dev\n    region: us-east-1\n    cidrs: [10.2.0.0/16]\n';
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
