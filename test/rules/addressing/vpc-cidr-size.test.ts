import { BASE, findings } from '../../helpers';
import { addedIds, edit, lineOf } from '../../helpers';

const RULE = 'vpc-cidr-size';

describe(RULE, () => {
  it('fires on a VPC CIDR larger than /16, on the CIDR item', () => {
    const yaml = edit(BASE, 'cidrs: [10.1.0.0/16]', 'cidrs:\n      - 10.0.0.0/8');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['vpcs', 0, 'cidrs', 0]);
    expect(ds[0].line).toBe(lineOf(yaml, '- 10.0.0.0/8'));
    expect(ds[0].message).toContain('10.0.0.0/8');
    expect(ds[0].message).toContain('prod');
    expect(ds[0].message).toContain('larger than /16');
  });

  it('fires on a VPC CIDR smaller than /28, on the right item of several', () => {
    const yaml = edit(BASE, 'cidrs: [10.1.0.0/16]', 'cidrs: [10.1.0.0/16, 10.9.0.0/29]');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['vpcs', 0, 'cidrs', 1]);
    expect(ds[0].message).toContain('10.9.0.0/29');
    expect(ds[0].message).toContain('smaller than /28');
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('fires on /15 and /32', () => {
    expect(findings(edit(BASE, 'cidrs: [10.1.0.0/16]', 'cidrs: [10.0.0.0/15]'), RULE)).toHaveLength(1);
    expect(findings(edit(BASE, 'cidrs: [10.1.0.0/16]', 'cidrs: [10.1.0.0/16, 10.9.0.1/32]'), RULE)).toHaveLength(1);
  });

  it('stays quiet at the bounds /16 and /28', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(edit(BASE, 'cidrs: [10.1.0.0/16]', 'cidrs: [10.1.0.0/16, 10.9.0.0/28]'), RULE)).toEqual([]);
  });

  it('ignores IPv6 VPC CIDRs', () => {
    const yaml = edit(BASE, 'cidrs: [10.1.0.0/16]', 'cidrs: [10.1.0.0/16, "2001:db8::/56", "2001:db8:1::/44"]');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('does not apply to site CIDRs', () => {
    expect(findings(edit(BASE, 'cidrs: [10.0.0.0/16]', 'cidrs: [10.0.0.0/8]'), RULE)).toEqual([]);
  });
});
