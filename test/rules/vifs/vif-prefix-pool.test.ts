import { addSections, addVifs, BASE, edit, findings, lineOf, vif, withGateways } from './vif-test-utils';

const RULE = 'vif-prefix-pool';

/** `n` private VIFs on dx-a to dxgw-main, each allocating `allocation` (written as given). */
function allocated(n: number, allocation: string, from = 200): string[] {
  return Array.from({ length: n }, (_, i) => vif(`vif-${i + 1}`, { type: 'private', connection: 'dx-a', vlan: from + i, gateway: 'dxgw-main', prefixAllocation: allocation }));
}

describe(RULE, () => {
  it('fires when raised allocations pass the 5,000 pool of a 10 Gbps connection, on the first raised one', () => {
    // BASE's vif-prod (100) + 5 × 1,000 = 5,100.
    const yaml = withGateways(addVifs(BASE, ...allocated(5, '{ ipv4: 1000 }')));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 1, 'prefixAllocation', 'ipv4']);
    expect(d.line).toBe(lineOf(yaml, 'prefixAllocation: { ipv4: 1000 }'));
    expect(d.message).toBe('the VIFs on dx-a are allocated 5,100 IPv4 prefixes, over the pool of 5,000 per family of a 10 Gbps connection; raised: vif-1 (1000), vif-2 (1000), vif-3 (1000) and 2 more');
  });

  it('has a pool per family, and counts only the families a VIF has a session for', () => {
    // IPv6 allocations on IPv4-only VIFs take nothing from the IPv6 pool.
    expect(findings(withGateways(addVifs(BASE, ...allocated(6, '{ ipv6: 1000 }'))), RULE)).toEqual([]);
    const dual = Array.from({ length: 6 }, (_, i) => vif(`vif-${i + 1}`, {
      type: 'private', connection: 'dx-a', vlan: 200 + i, gateway: 'dxgw-main', addressFamily: 'dual', prefixAllocation: '{ ipv6: 1000 }',
    }));
    expect(findings(withGateways(addVifs(BASE, ...dual)), RULE).map((d) => d.message.split(',')[0])).toEqual(['the VIFs on dx-a are allocated 6']);
  });

  it('is larger on faster ports: 30,000 at 100 Gbps', () => {
    const fast = edit(BASE, 'bandwidth: 10Gbps', 'bandwidth: 100Gbps');
    expect(findings(withGateways(addVifs(fast, ...allocated(20, '{ ipv4: 1000 }'))), RULE)).toEqual([]);
  });

  it('counts a LAG by its members\' speed', () => {
    let yaml = edit(BASE, '    bandwidth: 10Gbps\n', '    bandwidth: 1Gbps\n    lag: lag-a\n');
    yaml = edit(yaml, '    connection: dx-a\n', '    connection: lag-a\n');
    yaml = addSections(withGateways(addVifs(yaml, ...allocated(5, '{ ipv4: 1000 }').map((v) => v.replace('connection: dx-a', 'connection: lag-a')))), 'lags:\n  - name: lag-a\n    location: EqDC2\n');
    expect(findings(yaml, RULE).map((d) => d.message.split(';')[0])).toEqual([
      'the VIFs on LAG lag-a are allocated 5,100 IPv4 prefixes, over the pool of 5,000 per family of a 1 Gbps LAG',
    ]);
  });

  it('stays quiet when every VIF keeps the default, even 51 of them (the VIF quotas govern those)', () => {
    const defaults = Array.from({ length: 50 }, (_, i) => vif(`vif-${i + 1}`, { type: 'private', connection: 'dx-a', vlan: 200 + i, gateway: 'dxgw-main' }));
    expect(findings(withGateways(addVifs(BASE, ...defaults)), RULE)).toEqual([]);
  });

  it('stays quiet within the pool, and leaves public VIFs out', () => {
    expect(findings(withGateways(addVifs(BASE, ...allocated(4, '{ ipv4: 1000 }'))), RULE)).toEqual([]);
    expect(findings(BASE, RULE)).toEqual([]);
  });
});
