import { findings } from '../../helpers';
import { conn, lag, lineOf, topology, vif } from './util';

const RULE = 'conn-quota-per-location';

/** n standalone connections at EqDC2 (each with a VIF), plus `extra` elsewhere. */
function many(n: number, extra: string[] = []): string {
  const names = Array.from({ length: n }, (_, i) => `dx-${i + 1}`);
  return topology({
    connections: [...names.map((name) => conn(name)), ...extra],
    vifs: names.map((name, i) => vif(`vif-${i + 1}`, name, i)),
  });
}

describe(RULE, () => {
  it('warns once per location, on the first connection over 10', () => {
    const yaml = many(12);
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].severity).toBe('warning');
    expect(ds[0].path).toEqual(['connections', 10, 'location']);
    expect(ds[0].line).toBe(lineOf(yaml, 'location: EqDC2', 10));
    expect(ds[0].message).toBe(
      'location EqDC2 has 12 connections (LAG members count), over the quota of 10 per location; dx-11 is the 11th',
    );
  });

  it('counts LAG members', () => {
    const names = Array.from({ length: 9 }, (_, i) => `dx-${i + 1}`);
    const yaml = topology({
      connections: [...names.map((name) => conn(name)), conn('m1', { lag: 'lag-a' }), conn('m2', { lag: 'lag-a' })],
      lags: [lag('lag-a')],
      vifs: [...names.map((name, i) => vif(`vif-${i + 1}`, name, i)), vif('vif-lag', 'lag-a', 20)],
    });
    expect(findings(yaml, RULE).map((d) => d.path)).toEqual([['connections', 10, 'location']]);
  });

  it('stays quiet at exactly 10 per location', () => {
    expect(findings(many(10), RULE)).toEqual([]);
  });

  it('counts each location on its own', () => {
    const yaml = many(10, [conn('dx-far', { location: 'CSVA1' })]);
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
