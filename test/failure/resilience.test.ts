// resilience: rows, candidates, grouped single failures and pairs, capacity, the spec example,
// and the per-site scenario cache giving exactly what routing answers.
import {
  analyseRow, candidatesOf, FailureAnalysis, resilience, stateOf, trafficRow, type Failed, type ResilienceReport, type ResilienceRow,
} from '../../src/failure/index';
import { readFileSync } from 'node:fs';
import { conformanceTopology } from '../shared-dir';
import { index, LAGGED, scenario, SPEC_EXAMPLE } from './util';

function rowOf(r: ResilienceReport, label: string): ResilienceRow {
  const row = r.rows.find((x) => x.row.name === label || `${x.row.kind} ${x.row.from} → ${x.row.to}` === label);
  if (!row) throw new Error(`no row ${label}: ${r.rows.map((x) => `${x.row.kind} ${x.row.from} → ${x.row.to}`).join(', ')}`);
  return row;
}

const failedWords = (f: Failed): string => ('twoOf' in f ? `2 of ${f.twoOf.join('|')}` : f.andOneOf ? `${f.oneOf.join('|')} + ${f.andOneOf.join('|')}` : f.oneOf.join('|'));

/** "failed => status: vias" for each group. */
const groups = (x: ResilienceRow): string[] =>
  x.groups.map((g) => `${failedWords(g.failed)} => ${g.outcome.status}: ${g.outcome.path.legs.map((l) => l.via).join(', ') || 'none'}`);

describe('resilience rows', () => {
  it('one row per intent, flow, site × VPC and site × interface-endpoint service, sorted', () => {
    const r = resilience(index(SPEC_EXAMPLE));
    expect(r.rows.map((x) => `${x.row.kind} ${x.row.from} → ${x.row.to}`)).toEqual([
      'intent app1 → orders-db', 'intent hq → s3', 'intent hq → shared-svc', 'traffic orders-db → hq', 'site-vpc hq → prod', 'site-service hq → s3@us-east-1',
    ]);
  });

  it('candidates are the objects on the current paths: locations, devices, LAGs and members, connections, routers, VIFs, VPNs', () => {
    const idx = index(LAGGED);
    const a = new FailureAnalysis(idx);
    const base = a.baseline(trafficRow(idx.topology.traffic[0]));
    if ('error' in base) throw new Error(base.error);
    expect(candidatesOf(idx.topology, stateOf(base)).map((c) => `${c.kind} ${c.name}`)).toEqual([
      'location CSVA1', 'location EqDC2', 'aws-device CSVA1-1', 'aws-device EqDC2-1', 'lag lag-a', 'connection dx-a1', 'connection dx-a2',
      'connection dx-b', 'router hq-r1', 'router hq-r2', 'vif vif-a', 'vif vif-b',
    ]);
  });
});

describe('resilience: single failures', () => {
  it('groups the failures with the same outcome and says whether the flow still fits', () => {
    const x = rowOf(resilience(index(LAGGED)), 'sync');
    expect(groups(x)).toEqual([
      'CSVA1|CSVA1-1|dx-b|hq-r2|vif-b => moved: vif-a',
      'EqDC2|EqDC2-1|lag-a|dx-a1|dx-a2|hq-r1|vif-a => moved: vif-b',
    ]);
    // lag-a keeps 20 Gbps when dx-b fails; dx-b alone carries 3,285,000 GB.
    expect(x.groups.map((g) => [g.outcome.capacity.gbPerMonth, g.outcome.fits])).toEqual([[6_570_000, true], [3_285_000, false]]);
    expect(x.now.fits).toBe(true);
  });

  it('lists a LAG member that only lowers capacity as degraded', () => {
    const x = rowOf(resilience(index(LAGGED.replace('minimumLinks: 2', 'minimumLinks: 1'))), 'sync');
    expect(groups(x)).toContain('dx-a1|dx-a2 => degraded: vif-a, vif-b');
  });

  it('a row with a single point of failure, and the summary', () => {
    const single = LAGGED.replace(/  - \{ name: vif-b.*\n/, '');
    const r = resilience(index(single));
    expect(groups(rowOf(r, 'intent app1 → orders-db'))).toEqual([
      'EqDC2|EqDC2-1|lag-a|dx-a1|dx-a2|hq-r1|vif-a => intent-broken: vpn-1',
    ]);
    expect(rowOf(r, 'sync').groups[0].outcome.fits).toBe(false);
    expect(r.summary).toMatchObject({ rows: 3, singlePointsOfFailure: 1, flowsThatDoNotFit: 1 });
  });
});

describe('resilience: pairs (--depth 2)', () => {
  it('lists a pair only when it does something neither failure does alone', () => {
    const x = rowOf(resilience(index(LAGGED), { depth: 2 }), 'sync');
    expect(groups(x)).toEqual([
      'CSVA1|CSVA1-1|dx-b|hq-r2|vif-b => moved: vif-a',
      'EqDC2|EqDC2-1|lag-a|dx-a1|dx-a2|hq-r1|vif-a => moved: vif-b',
      'EqDC2|EqDC2-1|lag-a|dx-a1|dx-a2|hq-r1|vif-a + hq-r2 => broken: none',
      'CSVA1|CSVA1-1|dx-b|vif-b + EqDC2|EqDC2-1|lag-a|dx-a1|dx-a2|hq-r1|vif-a => moved-to-vpn: vpn-1',
    ]);
    const vpn = x.groups[3];
    expect(vpn.scenarios).toBe(4 * 7);
    expect(vpn.outcome.fits).toBe(false);
  });

  it('two members of one LAG: a pair that neither member breaks alone', () => {
    const yaml = LAGGED.replace('minimumLinks: 2', 'minimumLinks: 1');
    const x = rowOf(resilience(index(yaml), { depth: 2 }), 'intent app1 → orders-db');
    expect(x.groups.find((g) => g.depth === 2 && g.outcome.status === 'moved' && g.scenarios === 1)).toMatchObject({ failed: { oneOf: ['dx-a1'], andOneOf: ['dx-a2'] } });
  });

  it('three members of a LAG that needs two: "any two of" them', () => {
    // Without AWS device ids, so that only the members themselves pair up.
    const yaml = LAGGED.replace(/, awsDevice: EqDC2-1, lag: lag-a/g, ', lag: lag-a')
      .replace('  - { name: dx-b,', '  - { name: dx-a3, type: dedicated, bandwidth: 10Gbps, location: EqDC2, router: hq-r1, lag: lag-a }\n  - { name: dx-b,');
    const x = rowOf(resilience(index(yaml), { depth: 2 }), 'intent app1 → orders-db');
    expect(x.groups.find((g) => 'twoOf' in g.failed)).toMatchObject({ failed: { twoOf: ['dx-a1', 'dx-a2', 'dx-a3'] }, scenarios: 3, outcome: { status: 'moved' } });
  });

  it('active/standby: the second failure comes from the path after the first, so "both locations down" is evaluated', () => {
    // Case 27: vif-b at CSVA1 carries the traffic (local preference); vif-a at EqDC2 is on standby, on no current path.
    const r = resilience(index(readFileSync(conformanceTopology('27-local-preference-community'), 'utf8')), { depth: 2 });
    const x = rowOf(r, 'intent app1 → orders-db');
    expect(x.candidates.map((c) => c.name)).not.toContain('EqDC2');
    const both = x.groups.find((g) => g.depth === 2 && 'oneOf' in g.failed && [...g.failed.oneOf, ...(g.failed.andOneOf ?? [])].includes('EqDC2'));
    expect(both).toMatchObject({ outcome: { status: 'intent-broken' } });
    expect(failedWords(both!.failed)).toBe('CSVA1|CSVA1-2xyz|dx-b|hq-r2|vif-b + EqDC2|EqDC2-1abc|dx-a|hq-r1|vif-a');
    expect(both!.scenarios).toBe(25);
    // No single failure breaks a row, yet pairs do: the summary says so.
    expect(r.summary).toMatchObject({ singlePointsOfFailure: 0, rowsBrokenByPairs: r.rows.length });
    expect(r.summary.breakingPairs).toBe(25 * r.rows.length);
  });

  it('the per-site cache gives what routing answers for every single failure and pair', () => {
    for (const yaml of [LAGGED, SPEC_EXAMPLE, LAGGED.replace('minimumLinks: 2', 'minimumLinks: 1')]) {
      const idx = index(yaml);
      const a = new FailureAnalysis(idx);
      for (const x of resilience(idx, { depth: 2 }).rows) {
        const names = x.candidates.map((c) => c.name);
        const sets = [...names.map((n) => [n]), ...names.flatMap((n, i) => names.slice(i + 1).map((m) => [n, m]))];
        for (const s of sets) {
          const fs = a.failureSet(s);
          if ('error' in fs) throw new Error(fs.error);
          const direct = idx.routeDetail(x.row.from, x.row.to, { down: fs });
          if ('error' in direct) throw new Error(direct.error);
          expect(a.paths(x.row, fs)).toEqual(stateOf(direct));
        }
      }
      expect(a.queries).toBeLessThan(100);
    }
  });

  it('analyses one row on its own, with given candidates', () => {
    const idx = index(LAGGED);
    const a = new FailureAnalysis(idx);
    const x = analyseRow(a, trafficRow(idx.topology.traffic[0]), 1, [{ name: 'vpn-1', kind: 'vpn' }]);
    expect(x.groups).toEqual([]);
    expect(x.scenarios).toBe(1);
  });
});

describe('resilience on the spec example', () => {
  it('lists EqDC2 moving app1 → orders-db to vif-prod-b, and EqDC2 with CSVA1 moving it to the VPN and breaking the intent', () => {
    const r = resilience(index(SPEC_EXAMPLE), { depth: 2 });
    const x = rowOf(r, 'intent app1 → orders-db');
    expect(groups(x)).toEqual([
      'CSVA1|CSVA1-2xyz|dx-b|hq-r2|vif-prod-b => moved: vif-prod',
      'EqDC2|EqDC2-1abc|lag-a|dx-a|hq-r1|vif-prod => moved: vif-prod-b',
      'EqDC2|EqDC2-1abc|lag-a|dx-a|hq-r1|vif-prod + hq-r2 => intent-broken: none',
      'CSVA1|CSVA1-2xyz|dx-b|vif-prod-b + EqDC2|EqDC2-1abc|lag-a|dx-a|hq-r1|vif-prod => intent-broken: vpn-backup',
    ]);
    expect(x.groups[3].outcome.change).toBe('moved-to-vpn');
    expect(r.summary.singlePointsOfFailure).toBe(0);
    // The flow still fits the VPN: 20,000 GB against 410,625.
    expect(rowOf(r, 'nightly-backup').groups.find((g) => g.outcome.path.path === 'vpn')?.outcome.fits).toBe(true);
  });
});

describe('an intent dxplan does not model', () => {
  // orders-db → the internet: prod's internet access is not said, so the path is not modelled.
  const yaml = SPEC_EXAMPLE.replace('    expect: unreachable          # reachable (default) | unreachable\n',
    '    expect: unreachable          # reachable (default) | unreachable\n  - from: orders-db\n    to: internet\n');

  it('is "not modelled" in resilience and whatif, never "no path", and neither holds nor breaks', () => {
    const r = resilience(index(yaml), { depth: 2 });
    const x = rowOf(r, 'intent orders-db → internet');
    expect(x.now.path.path).toBe('not-modelled');
    expect(x.now.holds).toBeUndefined();
    expect(x.groups).toEqual([]);
    const w = scenario(yaml, ['EqDC2']);
    const row = w.rows.find((y) => y.row.to === 'internet');
    expect(row?.before.path.path).toBe('not-modelled');
    expect(row?.after.status).toBe('unchanged');
    expect(w.summary.intentsBroken).toBe(0);
  });
});
