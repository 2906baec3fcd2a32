import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'vif-prefix-limit';
const v4 = (n: number, start = 0) => Array.from({ length: n }, (_, i) => `10.${(start + i) >> 8}.${(start + i) & 255}.0/24`);
const v6 = (n: number) => Array.from({ length: n }, (_, i) => `2001:db8:${i.toString(16)}::/48`);
const advertising = (prefixes: string[], keys = '') => edit(BASE, BASE_VIF.advertise, `    advertise: [${prefixes.join(', ')}]\n${keys}`);

describe(RULE, () => {
  it('fires on a private VIF advertising 101 IPv4 prefixes, on the advertise list', () => {
    const yaml = advertising(v4(101));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'advertise']);
    expect(d.line).toBe(lineOf(yaml, 'advertise:'));
    expect(d.message).toBe('vif-prod advertises 101 IPv4 prefixes; its prefix allocation accepts 100, so AWS puts the IPv4 session in Idle');
  });

  it('counts per address family on a dual-stack VIF', () => {
    const dual = '    addressFamily: dual\n';
    expect(findings(advertising([...v4(100), ...v6(100)], dual), RULE)).toEqual([]);
    const ds = findings(advertising([...v4(100), ...v6(101)], dual), RULE);
    expect(ds.map((d) => d.message)).toEqual(['vif-prod advertises 101 IPv6 prefixes; its prefix allocation accepts 100, so AWS puts the IPv6 session in Idle']);
  });

  it('leaves prefixes of a family without a session to vif-family', () => {
    const yaml = advertising([...v4(1), ...v6(101)]);
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'vif-family')).toHaveLength(101);
  });

  it('a raised prefixAllocation lets the VIF advertise more, per family', () => {
    const raised = '    prefixAllocation: { ipv4: 500 }\n';
    expect(findings(advertising(v4(500), raised), RULE)).toEqual([]);
    expect(findings(advertising(v4(501), raised), RULE).map((d) => d.message)).toEqual([
      'vif-prod advertises 501 IPv4 prefixes; its prefix allocation accepts 500, so AWS puts the IPv4 session in Idle',
    ]);
  });

  it('an allocation AWS would refuse leaves the default of 100 in force', () => {
    // Above 1,000 (vif-prefix-allocation's finding): the session still takes only 100.
    const yaml = advertising(v4(150), '    prefixAllocation: { ipv4: 5000 }\n');
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      'vif-prod advertises 150 IPv4 prefixes; its prefix allocation accepts 100, so AWS puts the IPv4 session in Idle',
    ]);
    const hosted = edit(advertising(v4(150), '    prefixAllocation: { ipv4: 200 }\n'), '    type: dedicated\n', '    type: hosted\n');
    expect(findings(hosted, RULE)).toHaveLength(1);
  });

  it('counts a prefix written twice once', () => {
    expect(findings(advertising([...v4(100), '10.0.0.0/24']), RULE)).toEqual([]);
  });

  it('allows a public VIF 1000 prefixes per family and fires beyond', () => {
    const pub = (n: number) => addVifs(BASE, vif('vif-public', {
      type: 'public', connection: 'dx-a', vlan: 102,
      advertise: `[${Array.from({ length: n }, (_, i) => `198.${51 + (i >> 8)}.${i & 255}.0/24`).join(', ')}]`,
    }));
    expect(findings(pub(1000), RULE)).toEqual([]);
    const ds = findings(pub(1001), RULE);
    expect(ds.map((d) => [d.path, d.message])).toEqual([
      [['vifs', 1, 'advertise'], 'vif-public advertises 1001 IPv4 prefixes; a public VIF accepts at most 1000 per address family'],
    ]);
  });

  it('stays quiet at 100 prefixes', () => {
    expect(findings(advertising(v4(100)), RULE)).toEqual([]);
    expect(findings(BASE, RULE)).toEqual([]);
  });
});
