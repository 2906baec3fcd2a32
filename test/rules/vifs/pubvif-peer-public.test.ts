import { addVifs, BASE, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'pubvif-peer-public';
const pub = (amazon: string, customer: string, type = 'public') =>
  addVifs(BASE, vif('vif-public', { type, connection: 'dx-a', vlan: 102, amazonAddress: amazon, customerAddress: customer, advertise: '[198.51.100.0/24]' }));

describe(RULE, () => {
  it('fires on each private peer address of a public VIF, on that address', () => {
    const yaml = pub('169.254.20.1/30', '169.254.20.2/30');
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['vifs', 1, 'amazonAddress'], ['vifs', 1, 'customerAddress']]);
    expect(ds[0].line).toBe(lineOf(yaml, 'amazonAddress: 169.254.20.1/30'));
    expect(ds[0].message).toBe('amazonAddress 169.254.20.1/30 of public VIF vif-public is link-local (169.254.0.0/16): a public VIF peers on public addresses');
  });

  it.each([
    ['10.1.1.1/30', 'private (RFC 1918)'],
    ['172.20.0.1/30', 'private (RFC 1918)'],
    ['192.168.5.1/30', 'private (RFC 1918)'],
    ['100.64.0.1/30', 'shared address space (100.64.0.0/10, RFC 6598)'],
  ])('names the range of %s', (addr, label) => {
    const ds = findings(pub(addr, '203.0.113.2/30'), RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['vifs', 1, 'amazonAddress']);
    expect(ds[0].message).toContain(`is ${label}:`);
  });

  it('stays quiet on public peer addresses', () => {
    expect(findings(pub('203.0.113.1/30', '203.0.113.2/30'), RULE)).toEqual([]);
  });

  it('stays quiet on private VIFs and on omitted addresses', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(addVifs(BASE, vif('vif-public', { type: 'public', connection: 'dx-a', vlan: 102, advertise: '[198.51.100.0/24]' })), RULE)).toEqual([]);
  });
});
