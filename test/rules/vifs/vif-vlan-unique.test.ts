import { addSections, addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'vif-vlan-unique';
const dev = (fields: Record<string, string | number>) =>
  vif('vif-dev', { type: 'private', connection: 'dx-a', vlan: 101, gateway: 'vgw-prod', ...fields });

describe(RULE, () => {
  it('fires on the later VIF reusing a VLAN on one connection, naming the earlier', () => {
    const yaml = addVifs(BASE, dev({}));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 1, 'vlan']);
    expect(d.line).toBe(lineOf(yaml, 'vlan: 101', 1));
    expect(d.message).toBe('VLAN 101 is already used by vif-prod on dx-a');
    expect(d.hint).toBe('pick a VLAN id unused on dx-a: 102 is free');
  });

  it('reports every later reuse against the first VIF of that VLAN', () => {
    const yaml = addVifs(BASE, dev({}), vif('vif-test', { type: 'private', connection: 'dx-a', vlan: 101, gateway: 'vgw-prod' }));
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['vifs', 1, 'vlan'], ['vifs', 2, 'vlan']]);
    expect(ds.every((d) => d.message.includes('vif-prod'))).toBe(true);
  });

  it('counts a VIF written on a LAG member on its LAG', () => {
    let yaml = edit(BASE, '    router: hq-r1\n', '    router: hq-r1\n    lag: lag-a\n');
    yaml = edit(yaml, BASE_VIF.connection, '    connection: lag-a\n');
    yaml = addSections(addVifs(yaml, dev({})), 'lags:\n  - name: lag-a\n    location: EqDC2\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 1, 'vlan']);
    expect(d.message).toBe('VLAN 101 is already used by vif-prod on LAG lag-a');
  });

  it('stays quiet for the same VLAN on different connections', () => {
    const yaml = addVifs(
      edit(BASE, 'connections:\n', 'connections:\n  - name: dx-b\n    type: dedicated\n    bandwidth: 10Gbps\n    location: EqDC2\n    router: hq-r2\n'),
      dev({ connection: 'dx-b' }),
    );
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet for different VLANs on one connection', () => {
    expect(findings(addVifs(BASE, dev({ vlan: 102 })), RULE)).toEqual([]);
  });

  it('leaves out-of-range VLANs to vif-vlan-range', () => {
    const yaml = addVifs(edit(BASE, BASE_VIF.vlan, '    vlan: 5000\n'), dev({ vlan: 5000 }));
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'vif-vlan-range')).toHaveLength(2);
  });

  it('suggests a VLAN free on that port, and a different one for each clash', () => {
    const yaml = addVifs(BASE, dev({}), vif('vif-test', { type: 'private', connection: 'dx-a', vlan: 101, gateway: 'vgw-prod' }), vif('vif-x', { type: 'private', connection: 'dx-a', vlan: 102, gateway: 'vgw-prod' }));
    expect(findings(yaml, RULE).map((d) => d.hint)).toEqual(['pick a VLAN id unused on dx-a: 103 is free', 'pick a VLAN id unused on dx-a: 104 is free']);
  });
});
