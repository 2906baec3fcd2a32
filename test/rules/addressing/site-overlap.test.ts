import { BASE, findings } from '../../helpers';
import { addedIds, edit, lineOf } from '../../helpers';

const RULE = 'site-overlap';

function withBranch(cidrs: string, extra = ''): string {
  return edit(BASE, 'locations:\n', `  - name: branch\n    cidrs: ${cidrs}\n${extra}locations:\n`);
}

describe(RULE, () => {
  it("fires on the later site's overlapping CIDR and names the earlier one", () => {
    const yaml = withBranch('[192.168.0.0/24, 10.0.128.0/17]');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['sites', 1, 'cidrs', 1]);
    expect(ds[0].line).toBe(lineOf(yaml, '10.0.128.0/17'));
    expect(ds[0].message).toBe('10.0.128.0/17 of site branch overlaps 10.0.0.0/16 of site hq');
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('fires when the later site holds a supernet, and on identical CIDRs', () => {
    expect(findings(withBranch('[10.0.0.0/8]'), RULE).map((d) => d.message)).toEqual([
      '10.0.0.0/8 of site branch overlaps 10.0.0.0/16 of site hq',
    ]);
    expect(findings(withBranch('[10.0.0.0/16]'), RULE)).toHaveLength(1);
  });

  it('reports a CIDR once, naming every earlier site it overlaps', () => {
    const yaml = withBranch('[10.0.1.0/24]', '  - name: dc\n    cidrs: [10.0.0.0/8]\n');
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['sites', 1, 'cidrs', 0], ['sites', 2, 'cidrs', 0]]);
    expect(ds[1].message).toBe('10.0.0.0/8 of site dc overlaps 10.0.0.0/16 of site hq, 10.0.1.0/24 of site branch');
  });

  it('stays quiet on disjoint and adjacent site CIDRs', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(withBranch('[10.1.0.0/16, 10.2.0.0/16]'), RULE)).toEqual([]);
  });

  it('stays quiet on overlapping CIDRs within one site', () => {
    expect(findings(edit(BASE, 'cidrs: [10.0.0.0/16]', 'cidrs: [10.0.0.0/16, 10.0.1.0/24]'), RULE)).toEqual([]);
  });

  it('does not compare site CIDRs with VPC CIDRs (onprem-vpc-overlap does)', () => {
    expect(findings(withBranch('[10.1.0.0/16]'), RULE)).toEqual([]);
  });

  it('does not compare families', () => {
    expect(findings(withBranch('["2001:db8::/32"]'), RULE)).toEqual([]);
  });
});
