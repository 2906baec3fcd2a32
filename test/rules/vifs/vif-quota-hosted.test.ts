import { addVifs, BASE, edit, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'vif-quota-hosted';
const hosted = edit(BASE, '    type: dedicated\n    bandwidth: 10Gbps\n', '    type: hosted\n    bandwidth: 500Mbps\n');
const dev = (name: string, vlan: number) => vif(name, { type: 'private', connection: 'dx-a', vlan, gateway: 'vgw-prod' });

describe(RULE, () => {
  it('fires on the second VIF of a hosted connection, naming the first', () => {
    const yaml = addVifs(hosted, dev('vif-dev', 102));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 1, 'connection']);
    expect(d.line).toBe(lineOf(yaml, 'connection: dx-a', 1));
    expect(d.message).toBe('vif-dev is a second VIF on hosted connection dx-a, which already carries vif-prod: a hosted connection takes one VIF');
  });

  it('reports once, with the count, when more VIFs follow', () => {
    const ds = findings(addVifs(hosted, dev('vif-dev', 102), dev('vif-test', 103)), RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toMatch(/takes one VIF \(it has 3\)$/);
  });

  it('stays quiet for one VIF on a hosted connection', () => {
    expect(findings(hosted, RULE)).toEqual([]);
  });

  it('stays quiet for several VIFs on a dedicated connection', () => {
    expect(findings(addVifs(BASE, dev('vif-dev', 102)), RULE)).toEqual([]);
  });
});
