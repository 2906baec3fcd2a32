import { findings } from '../../helpers';
import { addedIds, conn, LAG_OK, lag, lineOf, topology, vif } from './util';

const RULE = 'lag-same-location';

function lagOf(...members: string[]): string {
  return topology({ connections: members, lags: [lag('lag-a', 'EqDC2', 1)], vifs: [vif('v', 'lag-a')] });
}

describe(RULE, () => {
  it("fires on a member at another location than its LAG, on the member's location", () => {
    const yaml = lagOf(conn('dx-a', { lag: 'lag-a' }), conn('dx-b', { lag: 'lag-a', location: 'CSVA1' }));
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['connections', 1, 'location']);
    expect(ds[0].line).toBe(lineOf(yaml, 'location: CSVA1'));
    expect(ds[0].message).toBe('LAG member dx-b is at CSVA1 but its LAG lag-a is at EqDC2');
    expect(addedIds(yaml, LAG_OK)).toEqual([RULE]);
  });

  it('fires when every member is elsewhere than the LAG', () => {
    const yaml = lagOf(conn('dx-a', { lag: 'lag-a', location: 'CSVA1' }), conn('dx-b', { lag: 'lag-a', location: 'CSVA1' }));
    expect(findings(yaml, RULE).map((d) => d.path)).toEqual([['connections', 0, 'location'], ['connections', 1, 'location']]);
  });

  it("fires on the later member's awsDevice when members name different devices", () => {
    const yaml = lagOf(
      conn('dx-a', { lag: 'lag-a', awsDevice: 'EqDC2-1abc' }),
      conn('dx-b', { lag: 'lag-a' }),
      conn('dx-c', { lag: 'lag-a', awsDevice: 'EqDC2-2def' }),
    );
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['connections', 2, 'awsDevice']);
    expect(ds[0].line).toBe(lineOf(yaml, 'awsDevice: EqDC2-2def'));
    expect(ds[0].message).toContain('dx-c is on AWS device EqDC2-2def');
    expect(ds[0].message).toContain('dx-a');
    expect(ds[0].message).toContain('EqDC2-1abc');
  });

  it('reports a member at the wrong location once, not again for its device', () => {
    const yaml = lagOf(
      conn('dx-a', { lag: 'lag-a', awsDevice: 'EqDC2-1abc' }),
      conn('dx-b', { lag: 'lag-a', location: 'CSVA1', awsDevice: 'CSVA1-9xyz' }),
    );
    expect(findings(yaml, RULE).map((d) => d.path)).toEqual([['connections', 1, 'location']]);
  });

  it('stays quiet when members share a device, or name none', () => {
    expect(findings(LAG_OK, RULE)).toEqual([]);
    expect(findings(lagOf(conn('dx-a', { lag: 'lag-a', awsDevice: 'D1' }), conn('dx-b', { lag: 'lag-a', awsDevice: 'D1' })), RULE)).toEqual([]);
    expect(findings(lagOf(conn('dx-a', { lag: 'lag-a', awsDevice: 'D1' }), conn('dx-b', { lag: 'lag-a' })), RULE)).toEqual([]);
  });

  it('leaves hosted members to lag-dedicated-only', () => {
    const yaml = lagOf(conn('dx-a', { lag: 'lag-a' }), conn('hc-b', { lag: 'lag-a', type: 'hosted', bandwidth: '1Gbps', location: 'CSVA1' }));
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
