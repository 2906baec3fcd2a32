import { BASE, BASE_VIF, edit, findings, lineOf } from './vif-test-utils';

const RULE = 'vif-ipv6-peer-address';

describe(RULE, () => {
  it('fires on each IPv6 peer address, and vif-peer-addresses leaves them alone', () => {
    let yaml = edit(BASE, BASE_VIF.amazon, '    addressFamily: ipv6\n    amazonAddress: 2001:db8:ffff::1/125\n');
    yaml = edit(yaml, BASE_VIF.customer, '    customerAddress: 2001:db8:ffff::2/126\n');
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['vifs', 0, 'amazonAddress'], ['vifs', 0, 'customerAddress']]);
    expect(ds[0].line).toBe(lineOf(yaml, 'amazonAddress: 2001:db8:ffff::1/125'));
    expect(ds[0].message).toBe('amazonAddress 2001:db8:ffff::1/125 of vif-prod is IPv6; AWS assigns the /125 addresses of an IPv6 BGP session itself');
    // The masks differ, but an IPv6 pair is not the customer's to choose at all: one finding each, no second rule.
    expect(findings(yaml, 'vif-peer-addresses')).toEqual([]);
  });

  it('fires when only one of the pair is IPv6', () => {
    const yaml = edit(BASE, BASE_VIF.customer, '    customerAddress: 2001:db8:ffff::2/125\n');
    expect(findings(yaml, RULE).map((d) => d.path)).toEqual([['vifs', 0, 'customerAddress']]);
  });

  it('stays quiet on a dual VIF with its IPv4 pair, and on no addresses at all', () => {
    expect(findings(edit(BASE, BASE_VIF.vlan, `${BASE_VIF.vlan}    addressFamily: dual\n`), RULE)).toEqual([]);
    expect(findings(edit(edit(BASE, BASE_VIF.amazon, ''), BASE_VIF.customer, ''), RULE)).toEqual([]);
  });
});
