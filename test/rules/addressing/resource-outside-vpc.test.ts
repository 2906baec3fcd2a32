import { BASE, findings, ruleIds } from '../../helpers';
import { addedIds, edit, lineOf } from '../../helpers';

const RULE = 'resource-outside-vpc';

describe(RULE, () => {
  it("fires on a resource address outside its VPC's CIDRs, on the ip value", () => {
    const yaml = edit(BASE, 'ip: 10.1.2.5', 'ip: 10.2.2.5');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['vpcs', 0, 'resources', 0, 'ip']);
    expect(ds[0].line).toBe(lineOf(yaml, 'ip: 10.2.2.5'));
    expect(ds[0].severity).toBe('error');
    expect(ds[0].message).toContain('orders-db');
    expect(ds[0].message).toContain('10.2.2.5');
    expect(ds[0].message).toContain('VPC prod');
    expect(ds[0].message).toContain('10.1.0.0/16');
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('fires on an address in the site space rather than the VPC (a common copy-paste slip)', () => {
    const yaml = edit(BASE, 'ip: 10.1.2.5', 'ip: 10.0.2.5');
    expect(findings(yaml, RULE)).toHaveLength(1);
  });

  it('stays quiet on the valid base topology', () => {
    expect(findings(BASE, RULE)).toEqual([]);
  });

  it('stays quiet for an address in a secondary CIDR', () => {
    const yaml = edit(edit(BASE, 'cidrs: [10.1.0.0/16]', 'cidrs: [10.1.0.0/16, 100.64.0.0/16]'), 'ip: 10.1.2.5', 'ip: 100.64.3.3');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet for the first and the last address of a CIDR', () => {
    expect(findings(edit(BASE, 'ip: 10.1.2.5', 'ip: 10.1.0.0'), RULE)).toEqual([]);
    expect(findings(edit(BASE, 'ip: 10.1.2.5', 'ip: 10.1.255.255'), RULE)).toEqual([]);
  });

  it('leaves a VPC whose only CIDR is unparseable to cidr-invalid', () => {
    const yaml = edit(BASE, 'cidrs: [10.1.0.0/16]', 'cidrs: [10.1.0.1/16]');
    expect(ruleIds(yaml)).toContain('cidr-invalid');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
