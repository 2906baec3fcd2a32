import { findings } from '../../helpers';
import { addedIds, conn, LAG_OK, lag, lineOf, topology, vif } from './util';

const RULE = 'lag-dedicated-only';

describe(RULE, () => {
  it("fires on a hosted LAG member, on its lag value, and nothing else piles on", () => {
    const yaml = topology({
      connections: [conn('dx-a', { lag: 'lag-a' }), conn('hc-b', { lag: 'lag-a', type: 'hosted', bandwidth: '500Mbps', location: 'CSVA1' })],
      lags: [lag('lag-a', 'EqDC2', 1)],
      vifs: [vif('v', 'lag-a')],
    });
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['connections', 1, 'lag']);
    expect(ds[0].line).toBe(lineOf(yaml, 'lag: lag-a', 1));
    expect(ds[0].message).toBe('hosted connection hc-b cannot be a member of LAG lag-a: a LAG bundles dedicated connections only');
    // Its bandwidth (a valid hosted capacity) and location are not separate problems.
    expect(addedIds(yaml, LAG_OK)).toEqual([RULE]);
  });

  it('fires alongside conn-hosted-speed when the hosted capacity is itself invalid', () => {
    const yaml = topology({
      connections: [conn('dx-a', { lag: 'lag-a' }), conn('hc-b', { lag: 'lag-a', type: 'hosted', bandwidth: '3Gbps' })],
      lags: [lag('lag-a')],
      vifs: [vif('v', 'lag-a')],
    });
    expect(findings(yaml, RULE)).toHaveLength(1);
    expect(findings(yaml, 'conn-hosted-speed')).toHaveLength(1);
    expect(findings(yaml, 'conn-dedicated-speed')).toEqual([]);
  });

  it('stays quiet on dedicated members and on standalone hosted connections', () => {
    expect(findings(LAG_OK, RULE)).toEqual([]);
    const yaml = topology({ connections: [conn('hc-a', { type: 'hosted', bandwidth: '1Gbps' })], vifs: [vif('v', 'hc-a')] });
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
