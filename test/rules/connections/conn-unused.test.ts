import { BASE, findings } from '../../helpers';
import { addedIds, conn, edit, LAG_OK, lag, lineOf, topology, vif } from './util';

const RULE = 'conn-unused';

describe(RULE, () => {
  it('warns on a standalone connection with no VIF, on its name', () => {
    const yaml = edit(BASE, 'vifs:\n', `${conn('dx-spare', { location: 'EqDC2' })}vifs:\n`);
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].severity).toBe('warning');
    expect(ds[0].path).toEqual(['connections', 1, 'name']);
    expect(ds[0].line).toBe(lineOf(yaml, 'name: dx-spare'));
    expect(ds[0].message).toBe('connection dx-spare carries no VIF: its port-hours bill for nothing');
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('warns on a LAG with members but no VIF, not on its members', () => {
    const yaml = topology({
      connections: [conn('dx-a'), conn('m1', { lag: 'lag-a' }), conn('m2', { lag: 'lag-a' })],
      lags: [lag('lag-a')],
      vifs: [vif('v', 'dx-a')],
    });
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['lags', 0, 'name']]);
    expect(ds[0].message).toContain('LAG lag-a carries no VIF');
  });

  it('warns on an unused hosted connection too', () => {
    const yaml = edit(BASE, 'vifs:\n', `${conn('hc-1', { type: 'hosted', bandwidth: '500Mbps' })}vifs:\n`);
    expect(findings(yaml, RULE).map((d) => d.path)).toEqual([['connections', 1, 'name']]);
  });

  it('stays quiet on used connections and LAGs', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(LAG_OK, RULE)).toEqual([]);
  });

  it('counts a VIF that names a LAG member on the LAG (vif-on-lag-member owns the mistake)', () => {
    const yaml = topology({
      connections: [conn('dx-a', { lag: 'lag-a' }), conn('dx-b', { lag: 'lag-a' })],
      lags: [lag('lag-a', 'EqDC2', 1)],
      vifs: [vif('v', 'dx-b')],
    });
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('leaves an empty LAG to lag-empty', () => {
    const yaml = topology({ connections: [conn('dx-a')], lags: [lag('lag-a')], vifs: [vif('v', 'dx-a')] });
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'lag-empty')).toHaveLength(1);
  });
});

describe('conn-unused next to a VIF that could not be built', () => {
  test('stays quiet: the broken VIF is already reported and still names the connection', () => {
    const yaml = BASE.replace('    gateway: vgw-prod\n', '    gateway: vgw-nope\n');
    expect(findings(yaml, 'ref-unknown')).toHaveLength(1);
    expect(findings(yaml, 'conn-unused')).toEqual([]);
  });
});
