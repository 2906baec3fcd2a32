import { addVifs, BASE, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'pubvif-prefixes';
const pub = (advertise?: string) =>
  addVifs(BASE, vif('vif-public', {
    type: 'public', connection: 'dx-a', vlan: 102, amazonAddress: '203.0.113.1/30', customerAddress: '203.0.113.2/30',
    ...(advertise === undefined ? {} : { advertise }),
  }));

describe(RULE, () => {
  it('fires on a private prefix, on that advertise item', () => {
    const yaml = pub('[198.51.100.0/24, 10.0.0.0/16]');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 1, 'advertise', 1]);
    expect(d.line).toBe(lineOf(yaml, 'advertise: [198.51.100.0/24, 10.0.0.0/16]'));
    expect(d.message).toBe('public VIF vif-public advertises 10.0.0.0/16, which is private (RFC 1918) space: a public VIF advertises public prefixes you own');
  });

  it.each([
    ['172.16.0.0/12', 'private (RFC 1918)'],
    ['192.168.10.0/24', 'private (RFC 1918)'],
    ['100.64.0.0/16', 'shared address space (RFC 6598)'],
    ['169.254.0.0/24', 'link-local'],
    ['127.0.0.0/8', 'loopback'],
    ['0.0.0.0/8', '"this network" (0.0.0.0/8)'],
    ['239.1.0.0/16', 'multicast or reserved (224.0.0.0/3)'],
    ['240.0.0.0/4', 'multicast or reserved (224.0.0.0/3)'],
  ])('fires on %s', (prefix, label) => {
    const ds = findings(pub(`[${prefix}]`), RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain(`which is ${label} space`);
  });

  it('fires on a prefix that covers non-public space', () => {
    const [d] = findings(pub('[0.0.0.0/0]'), RULE);
    expect(d.path).toEqual(['vifs', 1, 'advertise', 0]);
    expect(d.message).toBe('public VIF vif-public advertises 0.0.0.0/0, which covers 10.0.0.0/8, private (RFC 1918) space: a public VIF advertises public prefixes you own');
  });

  it('fires when a public VIF advertises nothing, on advertise', () => {
    const empty = pub('[]');
    const [d, ...rest] = findings(empty, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 1, 'advertise']);
    expect(d.line).toBe(lineOf(empty, 'advertise: []'));
    expect(d.message).toBe('public VIF vif-public advertises no prefix: AWS needs at least one public prefix you own to route traffic back');
    const [omitted] = findings(pub(), RULE);
    expect(omitted.line).toBe(lineOf(pub(), 'name: vif-public'));
  });

  it('stays quiet on public prefixes, IPv6 included, and on private VIFs', () => {
    expect(findings(pub('[198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32]'), RULE)).toEqual([]);
    expect(findings(BASE, RULE)).toEqual([]); // a private VIF advertising 10.0.0.0/16
  });
});
