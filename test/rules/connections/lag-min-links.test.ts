import { findings } from '../../helpers';
import { addedIds, conn, LAG_OK, lag, lineOf, topology, vif } from './util';

const RULE = 'lag-min-links';

function lagOf(minimumLinks: number | undefined, n = 2): string {
  const members = Array.from({ length: n }, (_, i) => conn(`m${i + 1}`, { lag: 'lag-a' }));
  return topology({ connections: [conn('dx-z'), ...members], lags: [lag('lag-a', 'EqDC2', minimumLinks)], vifs: [vif('v', 'lag-a'), vif('w', 'dx-z', 1)] });
}

describe(RULE, () => {
  it('fires when minimumLinks exceeds the members, on the minimumLinks value', () => {
    const yaml = lagOf(3);
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['lags', 0, 'minimumLinks']);
    expect(ds[0].line).toBe(lineOf(yaml, 'minimumLinks: 3'));
    expect(ds[0].message).toBe('LAG lag-a has minimumLinks 3 but 2 member connections: it can never be up');
    expect(addedIds(yaml, LAG_OK)).toEqual([RULE]);
  });

  it('says "1 member connection" for a single member', () => {
    expect(findings(lagOf(2, 1), RULE).map((d) => d.message)).toEqual([
      'LAG lag-a has minimumLinks 2 but 1 member connection: it can never be up',
    ]);
  });

  it('stays quiet up to the number of members, and by default (0)', () => {
    expect(findings(lagOf(2), RULE)).toEqual([]);
    expect(findings(lagOf(0), RULE)).toEqual([]);
    expect(findings(lagOf(undefined), RULE)).toEqual([]);
  });

  it('leaves a LAG with no member to lag-empty', () => {
    const yaml = lagOf(1, 0);
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'lag-empty')).toHaveLength(1);
  });
});
