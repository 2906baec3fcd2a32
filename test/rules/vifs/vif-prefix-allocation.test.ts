import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'vif-prefix-allocation';
const allocating = (allocation: string, yaml = BASE) => edit(yaml, BASE_VIF.vlan, `${BASE_VIF.vlan}    prefixAllocation:\n${allocation}`);

describe(RULE, () => {
  it('fires on an allocation above 1,000, on the family\'s value', () => {
    const yaml = allocating('      ipv4: 100\n      ipv6: 1001\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'prefixAllocation', 'ipv6']);
    expect(d.line).toBe(lineOf(yaml, 'ipv6: 1001'));
    expect(d.message).toBe('vif-prod allocates 1,001 IPv6 prefixes, but at most 1,000 may be allocated to one VIF per family');
  });

  it('fires on anything but the default on a hosted connection', () => {
    const hosted = edit(BASE, '    type: dedicated\n', '    type: hosted\n');
    expect(findings(allocating('      ipv4: 200\n', hosted), RULE).map((d) => d.message)).toEqual([
      'vif-prod allocates 200 IPv4 prefixes, but a VIF on a hosted connection keeps the default of 100',
    ]);
    expect(findings(allocating('      ipv4: 100\n', hosted), RULE)).toEqual([]);
  });

  it('fires on an allocation on a public VIF, whose limit is fixed', () => {
    const yaml = addVifs(BASE, vif('vif-public', { type: 'public', connection: 'dx-a', vlan: 102, advertise: '[198.51.100.0/24]', prefixAllocation: '{ ipv4: 1000 }' }));
    expect(findings(yaml, RULE).map((d) => [d.path, d.message])).toEqual([
      [['vifs', 1, 'prefixAllocation', 'ipv4'], 'vif-public allocates 1,000 IPv4 prefixes, but prefix allocations do not apply to a public VIF'],
    ]);
  });

  it('stays quiet from 1 to 1,000 on a dedicated connection, and when omitted', () => {
    expect(findings(allocating('      ipv4: 1000\n      ipv6: 1\n'), RULE)).toEqual([]);
    expect(findings(BASE, RULE)).toEqual([]);
  });
});
