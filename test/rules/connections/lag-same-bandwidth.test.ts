import { findings } from '../../helpers';
import { addedIds, conn, LAG_OK, lag, lineOf, topology, vif } from './util';

const RULE = 'lag-same-bandwidth';

function lagOf(...members: string[]): string {
  return topology({ connections: members, lags: [lag('lag-a', 'EqDC2', 1)], vifs: [vif('v', 'lag-a')] });
}

describe(RULE, () => {
  it("fires on the later member's bandwidth and names the first member", () => {
    const yaml = lagOf(conn('dx-a', { lag: 'lag-a' }), conn('dx-b', { lag: 'lag-a', bandwidth: '1Gbps' }));
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['connections', 1, 'bandwidth']);
    expect(ds[0].line).toBe(lineOf(yaml, 'bandwidth: 1Gbps'));
    expect(ds[0].message).toBe('LAG member dx-b is 1Gbps but dx-a, the first member of lag-a, is 10Gbps; all members of a LAG have one bandwidth');
    expect(addedIds(yaml, LAG_OK)).toEqual([RULE]);
  });

  it('reports every member that differs from the first', () => {
    const yaml = lagOf(
      conn('dx-a', { lag: 'lag-a', bandwidth: '1Gbps' }),
      conn('dx-b', { lag: 'lag-a' }),
      conn('dx-c', { lag: 'lag-a', bandwidth: '1000Mbps' }),
      conn('dx-d', { lag: 'lag-a' }),
    );
    expect(findings(yaml, RULE).map((d) => d.path)).toEqual([['connections', 1, 'bandwidth'], ['connections', 3, 'bandwidth']]);
  });

  it('treats 1000Mbps as 1Gbps', () => {
    expect(findings(lagOf(conn('dx-a', { lag: 'lag-a', bandwidth: '1Gbps' }), conn('dx-b', { lag: 'lag-a', bandwidth: '1000Mbps' })), RULE)).toEqual([]);
  });

  it('stays quiet on a uniform LAG', () => {
    expect(findings(LAG_OK, RULE)).toEqual([]);
  });

  it('leaves hosted members to lag-dedicated-only and invalid speeds to conn-dedicated-speed', () => {
    const hosted = lagOf(conn('dx-a', { lag: 'lag-a' }), conn('hc-b', { lag: 'lag-a', type: 'hosted', bandwidth: '500Mbps' }));
    expect(findings(hosted, RULE)).toEqual([]);
    expect(findings(hosted, 'lag-dedicated-only')).toHaveLength(1);
    // An invalid first member does not become the reference either.
    const invalid = lagOf(conn('dx-a', { lag: 'lag-a', bandwidth: '5Gbps' }), conn('dx-b', { lag: 'lag-a' }), conn('dx-c', { lag: 'lag-a' }));
    expect(findings(invalid, RULE)).toEqual([]);
    expect(findings(invalid, 'conn-dedicated-speed')).toHaveLength(1);
  });
});
