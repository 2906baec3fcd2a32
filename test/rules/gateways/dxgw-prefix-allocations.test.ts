import { addVifs, BASE, edit, findings, lineOf, vif, withGateways } from '../vifs/vif-test-utils';

const RULE = 'dxgw-prefix-allocations';
/** A 100 Gbps port, whose pool of 30,000 leaves the gateway's total as the only limit. */
const FAST = edit(BASE, 'bandwidth: 10Gbps', 'bandwidth: 100Gbps');

function onDxgw(n: number, fields: Record<string, string>): string[] {
  return Array.from({ length: n }, (_, i) => vif(`vif-${i + 1}`, { type: 'private', connection: 'dx-a', vlan: 200 + i, gateway: 'dxgw-main', ...fields }));
}

describe(RULE, () => {
  it('fires when the VIFs on one gateway are allocated more than 10,000, on the gateway', () => {
    const yaml = withGateways(addVifs(FAST, ...onDxgw(11, { prefixAllocation: '{ ipv4: 1000 }' })));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['dxgws', 0]);
    expect(d.line).toBe(lineOf(yaml, '- name: dxgw-main'));
    expect(d.message).toBe('the VIFs on dxgw-main are allocated 11,000 prefixes (IPv4 and IPv6 together); a Direct Connect gateway takes at most 10,000 (vif-11 goes past it)');
  });

  it('adds both families of dual-stack VIFs', () => {
    const yaml = withGateways(addVifs(FAST, ...onDxgw(6, { addressFamily: 'dual', prefixAllocation: '{ ipv4: 1000, ipv6: 1000 }' })));
    expect(findings(yaml, RULE).map((d) => d.message.split(';')[0])).toEqual(['the VIFs on dxgw-main are allocated 12,000 prefixes (IPv4 and IPv6 together)']);
  });

  it('stays quiet at 10,000, and counts an IPv6 allocation only where there is an IPv6 session', () => {
    expect(findings(withGateways(addVifs(FAST, ...onDxgw(10, { prefixAllocation: '{ ipv4: 1000 }' }))), RULE)).toEqual([]);
    expect(findings(withGateways(addVifs(FAST, ...onDxgw(6, { prefixAllocation: '{ ipv4: 1000, ipv6: 1000 }' }))), RULE)).toEqual([]);
    expect(findings(withGateways(BASE), RULE)).toEqual([]);
  });
});
