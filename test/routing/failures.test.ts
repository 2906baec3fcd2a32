// What-if scenarios: the same index answers with some objects failed (code `down`).
import { alts, index, PROD, rejection, rejects, route, SITES, vif } from './util';

const lagged = `${SITES.replace('awsDevice: EqDC2-1 }', 'awsDevice: EqDC2-1, lag: lag-a }')
  .replace('connections:\n', 'connections:\n  - { name: dx-a2, type: dedicated, bandwidth: 10Gbps, location: EqDC2, router: hq-r1, awsDevice: EqDC2-1, lag: lag-a }\n')}lags:
  - { name: lag-a, location: EqDC2, minimumLinks: 2 }
${PROD}dxgws:
  - { name: dxgw-main, asn: 64513, associations: [{ gateway: vgw-prod }] }
vifs:
${vif('vif-a', 'lag-a', 'dxgw-main')}${vif('vif-b', 'dx-b', 'dxgw-main')}vpns:
  - { name: vpn-1, router: hq-r2, gateway: vgw-prod, advertise: [10.0.0.0/16] }
`;

describe('failure scenarios', () => {
  it('with nothing failed, both VIFs share the traffic', () => {
    expect(alts(route(lagged, 'app1', 'orders-db'))).toEqual(['vif-b [equal-cost]', 'vpn-1 [vpn-less-preferred]']);
  });

  it('a failed connection moves the traffic to the other path', () => {
    const r = route(lagged, 'app1', 'orders-db', ['dx-b']);
    expect(r.via).toBe('vif-a');
    expect(rejection(r, 'vif-b')).toEqual({ via: 'vif-b', code: 'down', why: 'vif-b is down in this scenario: dx-b failed' });
  });

  it('a LAG falls below minimumLinks when one of two members fails', () => {
    const r = route(lagged, 'app1', 'orders-db', ['dx-a2']);
    expect(r.via).toBe('vif-b');
    expect(rejection(r, 'vif-a').why).toBe('vif-a is down in this scenario: lag-a: 1 of 2 links up after dx-a2 failed, below its minimum of 2');
  });

  it('a LAG with minimumLinks 0 stays up while one member is up', () => {
    const r = route(lagged.replace('minimumLinks: 2', 'minimumLinks: 0'), 'app1', 'orders-db', ['dx-a2']);
    expect(r.via).toBe('vif-a');
  });

  it('locations, AWS devices and routers take down what sits on them', () => {
    expect(route(lagged, 'app1', 'orders-db', ['EqDC2']).via).toBe('vif-b');
    expect(route(lagged, 'app1', 'orders-db', ['EqDC2-1']).via).toBe('vif-b');
    const r = route(lagged, 'app1', 'orders-db', ['hq-r1', 'CSVA1']);
    expect(r.via).toBe('vpn-1');
    expect(route(lagged, 'app1', 'orders-db', ['hq-r1', 'hq-r2']).reachable).toBe(false);
  });

  it('gateways and VPNs can fail too, in both directions', () => {
    expect(route(lagged, 'app1', 'orders-db', ['dxgw-main']).via).toBe('vpn-1');
    const back = route(lagged, 'orders-db', 'app1', ['vif-a', 'vif-b', 'vpn-1']);
    expect(back.reachable).toBe(false);
    expect(rejects(back).filter((x) => x.endsWith('[down]'))).toEqual(['vif-a [down]', 'vif-b [down]', 'vpn-1 [down]']);
  });

  it('one index serves every scenario; the plain answer is unchanged', () => {
    const idx = index(lagged);
    const down = idx.failures(['dx-b']);
    if ('error' in down) throw new Error(down.error);
    const a = idx.route('app1', 'orders-db', { down });
    const b = idx.route('app1', 'orders-db');
    expect(!('error' in a) && a.via).toBe('vif-a');
    expect(!('error' in b) && b.alternatives.map((x) => x.via)).toEqual(['vif-b', 'vpn-1']);
  });

  it('rejects names that cannot fail', () => {
    const idx = index(lagged);
    expect(idx.failures(['dx-c'])).toEqual({ error: 'dx-c names no location, AWS device, connection, LAG, VIF, router, VPN or gateway; did you mean dx-a?' });
    expect(idx.failures(['prod'])).toEqual({ error: expect.stringMatching(/^prod is a vpc/) });
  });
});

describe('failed names in the query', () => {
  it('are accepted as a plain list, and an unknown one is an error', () => {
    const idx = index(lagged);
    const r = idx.route('app1', 'orders-db', { down: ['dx-b'] });
    expect(!('error' in r) && r.via).toBe('vif-a');
    expect(idx.route('app1', 'orders-db', { down: ['nope'] })).toEqual({ error: expect.stringMatching(/^nope names no location/) });
  });
});

describe('paths-only answers (what failure analysis reads)', () => {
  const strip = (p: { path: string; via?: string; hops: unknown[]; prefix?: string }) => ({ path: p.path, via: p.via, hops: p.hops, prefix: p.prefix });

  it.each([[[]], [['dx-b']], [['EqDC2']], [['dx-a2']]])('with %j down: the same chosen and equal-cost paths as the full answer, without the words or the return', (down) => {
    const idx = index(lagged);
    const fs = idx.failures(down);
    if ('error' in fs) throw new Error(fs.error);
    const full = idx.routeDetail('app1', 'orders-db', { down: fs });
    const lean = idx.routeDetail('app1', 'orders-db', { down: fs, pathsOnly: true });
    if ('error' in full || 'error' in lean) throw new Error('no route');
    expect(lean.equalCost.map(strip)).toEqual(full.equalCost.map(strip));
    expect(lean.forward.via).toBe(full.forward.via);
    expect(lean.forward.reachable).toBe(full.forward.reachable);
    if (down.length > 0) {
      expect(full.returnPath).toBeDefined();
      expect(lean.returnPath).toBeUndefined();
      expect(lean.forward.explanation).toEqual([]);
    }
  });

  it('a full answer asked first also serves a later paths-only question; a paths-only answer never serves a full one', () => {
    const idx = index(lagged);
    const lean = idx.routeDetail('app1', 'orders-db', { pathsOnly: true });
    const full = idx.routeDetail('app1', 'orders-db');
    if ('error' in full || 'error' in lean) throw new Error('no route');
    expect(full.forward.explanation.length).toBeGreaterThan(0);
    expect(full.returnPath).toBeDefined();
    expect(idx.routeDetail('app1', 'orders-db', { pathsOnly: true })).toBe(full);
  });
});
