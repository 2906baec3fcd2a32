import { BASE, findings } from '../../helpers';
import { addedIds, edit, LAG_OK, lineOf } from './util';

const RULE = 'lag-empty';

describe(RULE, () => {
  it('fires on a LAG that no connection names, on its name', () => {
    const yaml = edit(BASE, 'vifs:\n', 'lags:\n  - name: lag-x\n    location: EqDC2\n    minimumLinks: 1\nvifs:\n');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['lags', 0, 'name']);
    expect(ds[0].line).toBe(lineOf(yaml, 'name: lag-x'));
    expect(ds[0].message).toBe('LAG lag-x has no member connection');
    // Not conn-unused (no port to bill), not lag-min-links (nothing to compare with).
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('fires even when a VIF sits on the empty LAG', () => {
    const yaml = edit(edit(BASE, 'vifs:\n', 'lags:\n  - name: lag-x\n    location: EqDC2\nvifs:\n'), 'connection: dx-a', 'connection: lag-x');
    expect(findings(yaml, RULE)).toHaveLength(1);
  });

  it('stays quiet on a LAG with members, even only a hosted one (lag-dedicated-only)', () => {
    expect(findings(LAG_OK, RULE)).toEqual([]);
    const hosted = LAG_OK.replace('type: dedicated', 'type: hosted').replace('bandwidth: 10Gbps', 'bandwidth: 1Gbps');
    expect(findings(hosted, RULE)).toEqual([]);
  });
});

describe('lag-empty next to a member that could not be built', () => {
  test('stays quiet: the member is already reported and still names the LAG', () => {
    const yaml = `${BASE.replace('    router: hq-r1\n', '    router: nowhere\n    lag: lag-x\n')}lags:\n  - name: lag-x\n    location: EqDC2\n`;
    expect(findings(yaml, 'ref-unknown')).toHaveLength(1);
    expect(findings(yaml, 'lag-empty')).toEqual([]);
  });
});
