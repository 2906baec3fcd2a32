import { BASE, BASE_VIF, edit, findings, lineOf } from './vif-test-utils';

const RULE = 'vif-family';
const advertising = (advertise: string, keys = '') => edit(BASE, BASE_VIF.advertise, `${advertise}${keys}`);

describe(RULE, () => {
  it('fires on an IPv6 prefix advertised by an IPv4-only VIF, on the list item', () => {
    const yaml = advertising('    advertise: [10.0.0.0/16, 2001:db8:1000::/48]\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'advertise', 1]);
    expect(d.line).toBe(lineOf(yaml, '2001:db8:1000::/48'));
    expect(d.message).toBe('vif-prod advertises the IPv6 prefix 2001:db8:1000::/48 but has only an IPv4 BGP session (addressFamily: ipv4)');
  });

  it('fires on an IPv4 prefix of an IPv6-only VIF, written as an entry with its own attributes', () => {
    const yaml = advertising('    advertise:\n      - 2001:db8:1000::/48\n      - prefix: 10.0.0.0/16\n        med: 5\n', '    addressFamily: ipv6\n');
    expect(findings(yaml, RULE).map((d) => [d.path, d.message])).toEqual([
      [['vifs', 0, 'advertise', 1], 'vif-prod advertises the IPv4 prefix 10.0.0.0/16 but has only an IPv6 BGP session (addressFamily: ipv6)'],
    ]);
  });

  it('stays quiet on a dual VIF advertising both families, and on BASE', () => {
    expect(findings(advertising('    advertise: [10.0.0.0/16, 2001:db8:1000::/48]\n', '    addressFamily: dual\n'), RULE)).toEqual([]);
    expect(findings(BASE, RULE)).toEqual([]);
  });
});
