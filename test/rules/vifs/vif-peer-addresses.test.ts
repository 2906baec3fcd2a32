import { BASE, BASE_VIF, edit, findings, lineOf } from './vif-test-utils';

const RULE = 'vif-peer-addresses';
const peers = (amazon: string, customer: string) =>
  edit(edit(BASE, BASE_VIF.amazon, `    amazonAddress: ${amazon}\n`), BASE_VIF.customer, `    customerAddress: ${customer}\n`);

describe(RULE, () => {
  it('fires on different masks, on customerAddress', () => {
    const yaml = peers('169.254.10.1/30', '169.254.10.2/29');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'customerAddress']);
    expect(d.line).toBe(lineOf(yaml, 'customerAddress:'));
    expect(d.message).toBe('customerAddress 169.254.10.2/29 has mask /29 but amazonAddress 169.254.10.1/30 has /30: the peers of vif-prod need the same mask');
  });

  it('fires on different subnets', () => {
    const [d] = findings(peers('169.254.10.1/30', '169.254.10.6/30'), RULE);
    expect(d.path).toEqual(['vifs', 0, 'customerAddress']);
    expect(d.message).toBe('customerAddress 169.254.10.6/30 is in 169.254.10.4/30 but amazonAddress 169.254.10.1/30 is in 169.254.10.0/30: the peers of vif-prod must share one subnet');
  });

  it('leaves a pair with an IPv6 address to vif-ipv6-peer-address (AWS assigns IPv6 peers)', () => {
    const yaml = peers('169.254.10.1/30', '2001:db8::2/30');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'vif-ipv6-peer-address').map((d) => d.path)).toEqual([['vifs', 0, 'customerAddress']]);
  });

  it('fires on equal addresses', () => {
    const [d, ...rest] = findings(peers('169.254.10.1/30', '169.254.10.1/30'), RULE);
    expect(rest).toHaveLength(0);
    expect(d.message).toBe('amazonAddress and customerAddress of vif-prod are both 169.254.10.1: each peer needs its own address');
  });

  it('fires on the network and on the broadcast address of a /30, each on its own key', () => {
    const yaml = peers('169.254.10.0/30', '169.254.10.3/30');
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['vifs', 0, 'amazonAddress'], ['vifs', 0, 'customerAddress']]);
    expect(ds[0].line).toBe(lineOf(yaml, 'amazonAddress:'));
    expect(ds[0].message).toBe('amazonAddress 169.254.10.0/30 of vif-prod is the network address of 169.254.10.0/30, not a usable peer address');
    expect(ds[1].message).toBe('customerAddress 169.254.10.3/30 of vif-prod is the broadcast address of 169.254.10.0/30, not a usable peer address');
  });

  it('fires on the network address of a shorter subnet too', () => {
    expect(findings(peers('192.168.0.0/29', '192.168.0.1/29'), RULE).map((d) => d.path)).toEqual([['vifs', 0, 'amazonAddress']]);
  });

  it.each([
    ['169.254.10.1/30', '169.254.10.2/30'],
    ['169.254.10.0/31', '169.254.10.1/31'], // a /31 has no network or broadcast address
    ['10.255.0.1/29', '10.255.0.6/29'],
    ['2001:db8::1/126', '2001:db8::2/126'],
    ['2001:db8::/127', '2001:db8::1/127'],
  ])('stays quiet on %s with %s', (a, c) => {
    expect(findings(peers(a, c), RULE)).toEqual([]);
  });

  it('stays quiet when either address is omitted (AWS assigns them)', () => {
    expect(findings(edit(BASE, BASE_VIF.amazon, ''), RULE)).toEqual([]);
    expect(findings(edit(edit(BASE, BASE_VIF.amazon, ''), BASE_VIF.customer, ''), RULE)).toEqual([]);
  });

  it('stays quiet on an unparseable address (cidr-invalid\'s)', () => {
    const yaml = peers('169.254.10.1/30', '169.254.10.300/30');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'cidr-invalid')).toHaveLength(1);
  });
});
