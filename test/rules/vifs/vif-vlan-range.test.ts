import { BASE, BASE_VIF, edit, findings, lineOf } from './vif-test-utils';

const RULE = 'vif-vlan-range';

describe(RULE, () => {
  it.each([0, 4095, -1, 5000])('fires on VLAN %d, on the vlan value', (vlan) => {
    const yaml = edit(BASE, BASE_VIF.vlan, `    vlan: ${vlan}\n`);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.severity).toBe('error');
    expect(d.path).toEqual(['vifs', 0, 'vlan']);
    expect(d.line).toBe(lineOf(yaml, `vlan: ${vlan}`));
    expect(d.message).toBe(`VLAN ${vlan} of vif-prod is outside 1–4094`);
  });

  it.each([1, 101, 4094])('stays quiet on VLAN %d', (vlan) => {
    expect(findings(edit(BASE, BASE_VIF.vlan, `    vlan: ${vlan}\n`), RULE)).toEqual([]);
  });

  it('leaves a VLAN that is not a number to schema-type', () => {
    const yaml = edit(BASE, BASE_VIF.vlan, '    vlan: "one"\n');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'schema-type')).toHaveLength(1);
  });
});
