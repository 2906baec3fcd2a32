import { findings } from '../../helpers';
import { addedIds, conn, LAG_OK, lag, lineOf, topology, vif, type ConnSpec } from './util';

const RULE = 'lag-max-members';

function lagOf(n: number, spec: ConnSpec = {}, extra: string[] = []): string {
  const members = Array.from({ length: n }, (_, i) => conn(`m${i + 1}`, { ...spec, lag: 'lag-a' }));
  return topology({ connections: [...members, ...extra], lags: [lag('lag-a', 'EqDC2', 1)], vifs: [vif('v', 'lag-a')] });
}

describe(RULE, () => {
  it('fires on a fifth member below 100 Gbps, once, on the first member over the limit', () => {
    const yaml = lagOf(6);
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['connections', 4, 'lag']);
    expect(ds[0].line).toBe(lineOf(yaml, 'lag: lag-a', 4));
    expect(ds[0].message).toBe('LAG lag-a has 6 member connections; a LAG takes at most 4 (m5 is the 5th)');
    expect(addedIds(yaml, LAG_OK)).toEqual([RULE]);
  });

  it('fires on a third member at 100 or 400 Gbps', () => {
    for (const bw of ['100Gbps', '400Gbps', '100000Mbps']) {
      const ds = findings(lagOf(3, { bandwidth: bw }), RULE);
      expect(ds.map((d) => d.path)).toEqual([['connections', 2, 'lag']]);
      expect(ds[0].message).toContain(`3 member connections at ${bw}`);
      expect(ds[0].message).toContain('at most 2 (m3 is the 3rd)');
    }
  });

  it('stays quiet at the limits', () => {
    expect(findings(lagOf(4), RULE)).toEqual([]);
    expect(findings(lagOf(4, { bandwidth: '1Gbps' }), RULE)).toEqual([]);
    expect(findings(lagOf(2, { bandwidth: '100Gbps' }), RULE)).toEqual([]);
    expect(findings(lagOf(2, { bandwidth: '400Gbps' }), RULE)).toEqual([]);
  });

  it('does not count hosted members (lag-dedicated-only owns them)', () => {
    const yaml = lagOf(4, {}, [conn('hc-x', { type: 'hosted', bandwidth: '1Gbps', lag: 'lag-a' })]);
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'lag-dedicated-only')).toHaveLength(1);
  });

  it("takes the LAG's speed from its first member", () => {
    // 100G first: limit 2; the 10G member is lag-same-bandwidth's.
    const fast = topology({
      connections: [conn('a', { lag: 'lag-a', bandwidth: '100Gbps' }), conn('b', { lag: 'lag-a', bandwidth: '100Gbps' }), conn('c', { lag: 'lag-a', bandwidth: '100Gbps' }), conn('d', { lag: 'lag-a' })],
      lags: [lag('lag-a')],
      vifs: [vif('v', 'lag-a')],
    });
    expect(findings(fast, RULE).map((d) => d.path)).toEqual([['connections', 2, 'lag']]);
    const slow = topology({
      connections: [conn('a', { lag: 'lag-a' }), conn('b', { lag: 'lag-a', bandwidth: '100Gbps' }), conn('c', { lag: 'lag-a', bandwidth: '100Gbps' })],
      lags: [lag('lag-a')],
      vifs: [vif('v', 'lag-a')],
    });
    expect(findings(slow, RULE)).toEqual([]);
    expect(findings(slow, 'lag-same-bandwidth')).toHaveLength(2);
  });
});
