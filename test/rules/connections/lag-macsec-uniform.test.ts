import { findings } from '../../helpers';
import { conn, lag, lineOf, topology, vif } from './util';

const RULE = 'lag-macsec-uniform';

function lagOf(...members: string[]): string {
  return topology({ connections: members, lags: [lag('lag-a', 'EqDC2', 1)], vifs: [vif('v', 'lag-a')] });
}

describe(RULE, () => {
  it('fires on the first member that differs from the first, naming both sides', () => {
    const yaml = lagOf(conn('dx-a', { lag: 'lag-a' }), conn('dx-b', { lag: 'lag-a', macsec: true }), conn('dx-c', { lag: 'lag-a' }));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['connections', 1, 'macsec']);
    expect(d.line).toBe(lineOf(yaml, 'macsec: true'));
    expect(d.message).toBe('the members of LAG lag-a differ in MACsec: on for dx-b, off for dx-a, dx-c; MACsec applies to the whole LAG with one key');
  });

  it('stays quiet when every member agrees, either way', () => {
    expect(findings(lagOf(conn('dx-a', { lag: 'lag-a', macsec: true }), conn('dx-b', { lag: 'lag-a', macsec: true })), RULE)).toEqual([]);
    expect(findings(lagOf(conn('dx-a', { lag: 'lag-a' }), conn('dx-b', { lag: 'lag-a', macsec: false })), RULE)).toEqual([]);
  });
});
