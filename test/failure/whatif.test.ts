// whatif: each kind of failure object, LAG minimumLinks, capacity, and the spec example.
import { whatIf } from '../../src/failure/index';
import { after, index, LAGGED, rowOf, scenario, SPEC_EXAMPLE } from './util';

const FLOW = 'sync';
const INTENT = 'app1 → orders-db';

describe('whatif: each kind of failure object', () => {
  it('with nothing relevant failed, both VIFs share the traffic (a VPN off the path changes nothing)', () => {
    const r = scenario(LAGGED, ['vpn-1']);
    expect(after(r, INTENT)).toBe('unchanged: vif-a, vif-b');
    expect(r.effects).toEqual({ connections: [], lags: [], vifs: [], vpns: ['vpn-1'] });
    expect(r.summary).toEqual({ rows: 2, byStatus: { unchanged: 2 }, intentsBroken: 0 });
  });

  it('a location takes down what sits there', () => {
    const r = scenario(LAGGED, ['EqDC2']);
    expect(after(r, INTENT)).toBe('moved: vif-b');
    expect(r.down).toEqual([{ name: 'EqDC2', kind: 'location' }]);
    expect(r.effects.connections).toEqual(['dx-a1', 'dx-a2']);
    expect(r.effects.lags).toEqual([{ name: 'lag-a', up: 0, of: 2, minimum: 2, down: true }]);
    expect(r.effects.vifs).toEqual(['vif-a']);
  });

  it('an AWS device id takes down the connections on it', () => {
    const r = scenario(LAGGED, ['EqDC2-1']);
    expect(r.down).toEqual([{ name: 'EqDC2-1', kind: 'aws-device' }]);
    expect(after(r, INTENT)).toBe('moved: vif-b');
  });

  it('a connection, a LAG and a VIF', () => {
    expect(after(scenario(LAGGED, ['dx-b']), INTENT)).toBe('moved: vif-a');
    expect(after(scenario(LAGGED, ['lag-a']), INTENT)).toBe('moved: vif-b');
    expect(after(scenario(LAGGED, ['vif-b']), INTENT)).toBe('moved: vif-a');
  });

  it('a router takes down its connections and its VPNs', () => {
    const r = scenario(LAGGED, ['hq-r2']);
    expect(after(r, INTENT)).toBe('moved: vif-a');
    expect(r.effects).toEqual({ connections: ['dx-b'], lags: [], vifs: ['vif-b'], vpns: ['vpn-1'] });
  });

  it('a VPN on the path: losing both locations moves to the VPN, losing the VPN too breaks it', () => {
    const vpn = scenario(LAGGED, ['EqDC2', 'CSVA1']);
    expect(after(vpn, INTENT)).toBe('intent-broken: vpn-1');
    expect(rowOf(vpn, INTENT).after.change).toBe('moved-to-vpn');
    expect(after(vpn, FLOW)).toBe('moved-to-vpn: vpn-1');
    expect(vpn.summary.intentsBroken).toBe(1);
    const none = scenario(LAGGED, ['EqDC2', 'CSVA1', 'vpn-1']);
    expect(after(none, FLOW)).toBe('broken: none');
    expect(after(none, INTENT)).toBe('intent-broken: none');
  });

  it('gateways can fail too (routing accepts them)', () => {
    expect(after(scenario(LAGGED, ['dxgw-main']), INTENT)).toBe('intent-broken: vpn-1');
  });

  it('an unknown name is an error with a did-you-mean; a name that cannot fail says what it is', () => {
    expect(whatIf(index(LAGGED), ['dx-c'])).toEqual({ error: expect.stringMatching(/^dx-c names no location.*did you mean dx-b\?$/) });
    expect(whatIf(index(LAGGED), ['prod'])).toEqual({ error: expect.stringMatching(/^prod is a vpc/) });
  });
});

describe('whatif: LAG members and minimumLinks', () => {
  it('below minimumLinks the LAG goes down', () => {
    const r = scenario(LAGGED, ['dx-a1']);
    expect(r.down).toEqual([{ name: 'dx-a1', kind: 'connection' }]);
    expect(r.effects.lags).toEqual([{ name: 'lag-a', up: 1, of: 2, minimum: 2, down: true }]);
    expect(after(r, INTENT)).toBe('moved: vif-b');
  });

  it('at or above minimumLinks the LAG stays up with less capacity', () => {
    const yaml = LAGGED.replace('minimumLinks: 2', 'minimumLinks: 1');
    const r = scenario(yaml, ['dx-a1']);
    expect(r.effects.lags).toEqual([{ name: 'lag-a', up: 1, of: 2, minimum: 1, down: false }]);
    expect(after(r, INTENT)).toBe('degraded: vif-a, vif-b');
    const leg = rowOf(r, FLOW).after.capacity.legs.find((l) => l.via === 'vif-a');
    expect(leg).toEqual({ via: 'vif-a', carrier: 'lag-a', mbps: 10_000, links: { up: 1, of: 2 } });
    // Both members down: below max(1, minimumLinks) = 1.
    expect(after(scenario(yaml, ['dx-a1', 'dx-a2']), INTENT)).toBe('moved: vif-b');
  });

  it('minimumLinks 0 still needs one member up', () => {
    const yaml = LAGGED.replace('minimumLinks: 2', 'minimumLinks: 0');
    expect(after(scenario(yaml, ['dx-a1']), INTENT)).toBe('degraded: vif-a, vif-b');
    expect(scenario(yaml, ['dx-a1', 'dx-a2']).effects.lags).toEqual([{ name: 'lag-a', up: 0, of: 2, minimum: 1, down: true }]);
  });
});

describe('whatif: capacity of the surviving path', () => {
  it('splits a flow over equal-cost paths and checks what is left (bandwidth × 730 h)', () => {
    const before = rowOf(scenario(LAGGED, ['vpn-1']), FLOW).before;
    // Even split: each path takes half; the 10 Gbps dx-b limits the pair to 2 × 3,285,000 GB.
    expect(before.capacity.gbPerMonth).toBe(6_570_000);
    expect(before.fits).toBe(true);
    const r = rowOf(scenario(LAGGED, ['EqDC2']), FLOW).after;
    expect(r.capacity.gbPerMonth).toBe(3_285_000);
    expect(r.fits).toBe(false);
  });

  it('a VPN carries 1.25 Gbps: 410,625 GB a month', () => {
    const r = rowOf(scenario(LAGGED, ['EqDC2', 'CSVA1']), FLOW).after;
    expect(r.capacity).toEqual({ legs: [{ via: 'vpn-1', carrier: 'vpn-1', mbps: 1250 }], mbps: 1250, gbPerMonth: 410_625 });
    expect(r.fits).toBe(false);
    const small = rowOf(scenario(LAGGED.replace('gbPerMonth: 5000000', 'gbPerMonth: 400000'), ['EqDC2', 'CSVA1']), FLOW).after;
    expect(small.fits).toBe(true);
  });
});

describe('whatif on the spec example (topology.md)', () => {
  it('failing EqDC2 moves traffic to dx-b at CSVA1', () => {
    const r = scenario(SPEC_EXAMPLE, ['EqDC2']);
    for (const key of ['app1 → orders-db', 'hq → s3', 'nightly-backup']) {
      const w = rowOf(r, key);
      expect(w.after.status).toBe('moved');
      expect(w.after.path.legs).toEqual([{ via: 'vif-prod-b', kind: 'vif', router: 'hq-r2', connection: 'dx-b', connectionKind: 'connection', location: 'CSVA1' }]);
    }
    expect(rowOf(r, 'hq → shared-svc').after.status).toBe('unchanged');
    expect(r.summary.intentsBroken).toBe(0);
  });

  it('failing EqDC2 and CSVA1 moves app1 → orders-db to the VPN and breaks its direct-connect intent', () => {
    const r = scenario(SPEC_EXAMPLE, ['EqDC2', 'CSVA1']);
    const w = rowOf(r, 'app1 → orders-db');
    expect(w.after.status).toBe('intent-broken');
    expect(w.after.change).toBe('moved-to-vpn');
    expect(w.after.path).toEqual({ path: 'vpn', legs: [{ via: 'vpn-backup', kind: 'vpn', router: 'hq-r2' }] });
    expect(w.before.holds).toBe(true);
    expect(w.after.holds).toBe(false);
    // via: private still holds over the VPN.
    expect(rowOf(r, 'hq → s3').after.status).toBe('moved-to-vpn');
    expect(rowOf(r, 'nightly-backup').after.fits).toBe(true);
    expect(r.summary.intentsBroken).toBe(1);
  });
});
