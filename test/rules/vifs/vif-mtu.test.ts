import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif, withGateways } from './vif-test-utils';

const RULE = 'vif-mtu';
const privateMtu = (mtu: number) => edit(BASE, BASE_VIF.auth, `${BASE_VIF.auth}    mtu: ${mtu}\n`);
const other = (type: 'public' | 'transit', mtu: number) =>
  withGateways(addVifs(BASE, vif(`vif-${type}`, {
    type, connection: 'dx-a', vlan: 102, mtu,
    ...(type === 'transit' ? { gateway: 'dxgw-transit' } : { advertise: '[198.51.100.0/24]' }),
  })));

describe(RULE, () => {
  it('fires on a private VIF MTU outside 1500/8500/9001, on the mtu value', () => {
    const yaml = privateMtu(9000);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'mtu']);
    expect(d.line).toBe(lineOf(yaml, 'mtu: 9000'));
    expect(d.message).toBe('MTU 9000 of vif-prod is not valid for a private VIF: use 1500, 8500 or 9001');
  });

  it('fires on 9001 on a transit VIF', () => {
    const [d, ...rest] = findings(other('transit', 9001), RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 1, 'mtu']);
    expect(d.message).toBe('MTU 9001 of vif-transit is not valid for a transit VIF: use 1500 or 8500');
  });

  it('fires on jumbo frames on a public VIF, with a specific hint', () => {
    const [d] = findings(other('public', 9001), RULE);
    expect(d.message).toBe('MTU 9001 of vif-public is not valid for a public VIF: use 1500');
    expect(d.hint).toBe('public VIFs have no jumbo frames: set mtu: 1500 or drop the key');
  });

  it.each([1500, 8500, 9001])('stays quiet on a private VIF with MTU %d', (mtu) => {
    expect(findings(privateMtu(mtu), RULE)).toEqual([]);
  });

  it.each([1500, 8500])('stays quiet on a transit VIF with MTU %d', (mtu) => {
    expect(findings(other('transit', mtu), RULE)).toEqual([]);
  });

  it('stays quiet when mtu is omitted (1500) and on a public VIF at 1500', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(other('public', 1500), RULE)).toEqual([]);
  });
});
