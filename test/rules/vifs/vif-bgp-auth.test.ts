import { BASE, BASE_VIF, edit, findings, lineOf } from './vif-test-utils';

const RULE = 'vif-bgp-auth';

describe(RULE, () => {
  it('warns on bgpAuthKey: false, on the value', () => {
    const yaml = edit(BASE, BASE_VIF.auth, '    bgpAuthKey: false\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.severity).toBe('warning');
    expect(d.path).toEqual(['vifs', 0, 'bgpAuthKey']);
    expect(d.line).toBe(lineOf(yaml, 'bgpAuthKey: false'));
    expect(d.message).toBe('vif-prod has no BGP MD5 key configured (bgpAuthKey: false), but AWS always authenticates the session with one');
  });

  it('stays quiet on true and when omitted (unknown)', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(edit(BASE, BASE_VIF.auth, ''), RULE)).toEqual([]);
  });

  it('is silenced by an ignore entry on the VIF', () => {
    const yaml = edit(BASE, BASE_VIF.auth, '    bgpAuthKey: false\n    ignore:\n      - rule: vif-bgp-auth\n        reason: key comes from the pipeline\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
