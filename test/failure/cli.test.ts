// `dxplan whatif` and `dxplan resilience` end to end (in memory).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';
import { conformanceTopology } from '../shared-dir';
import { LAGGED } from './util';

const SPEC = 'fixtures/spec-example.yaml';

describe('dxplan whatif', () => {
  test('failing EqDC2 on the spec example: traffic moves to dx-b at CSVA1, exit 0', async () => {
    const r = await cli(['whatif', '--down', 'EqDC2', '-f', SPEC]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('What if location EqDC2 fails?');
    expect(r.stdout).toContain('LAG lag-a (0 of 1 link up, needs 1: down)');
    expect(r.stdout).toContain('private VIF vif-prod-b (dx-b, CSVA1)');
    expect(r.stdout).toContain('Every intent that held still holds.');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  test('failing both locations breaks the direct-connect intent: exit 1', async () => {
    const r = await cli(['whatif', '--down', 'EqDC2,CSVA1', '-f', SPEC]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('What if location CSVA1 and location EqDC2 fail?');
    expect(r.stdout).toMatch(/intent app1 → orders-db[\s\S]*VPN vpn-backup \(hq-r2\)[\s\S]*intent now broken/);
    // The verdict is the line under the question, before the list of what fell and the table.
    expect(r.stdout.split('\n')[1]).toMatch(/^1 intent no longer holds\. 3 intents and 1 flow: /);
    // --down may repeat.
    const again = await cli(['whatif', '--down', 'EqDC2', '--down', 'CSVA1', '-f', SPEC, '--format', 'json']);
    expect(again.code).toBe(1);
  });

  test('JSON is stable: sorted rows, fixed keys, the same bytes every run', async () => {
    const a = await cli(['whatif', '--down', 'CSVA1,EqDC2', '-f', SPEC, '--format', 'json']);
    const b = await cli(['whatif', '--down', 'EqDC2,CSVA1', '-f', SPEC, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(Object.keys(j)).toEqual(['down', 'effects', 'rows', 'summary']);
    expect(j.down).toEqual([{ name: 'CSVA1', kind: 'location' }, { name: 'EqDC2', kind: 'location' }]);
    expect(j.rows.map((x: { kind: string; from: string; to: string }) => `${x.kind} ${x.from} → ${x.to}`)).toEqual([
      'intent app1 → orders-db', 'intent hq → s3', 'intent hq → shared-svc', 'traffic orders-db → hq',
    ]);
    expect(j.rows[0]).toMatchObject({
      status: 'intent-broken',
      change: 'moved-to-vpn',
      before: { path: 'direct-connect-private', via: ['vif-prod', 'vif-prod-b'], holds: true },
      after: { path: 'vpn', via: ['vpn-backup'], paths: [{ via: 'vpn-backup', kind: 'vpn', router: 'hq-r2', gbps: 1.25 }], holds: false },
    });
    expect(j.rows[3].after).toMatchObject({ capacityGbPerMonth: 410625, fits: true });
    expect(j.summary).toEqual({ rows: 4, 'intent-broken': 1, 'moved-to-vpn': 2, unchanged: 1, intentsBroken: 1 });
  });

  test('a LAG member: the LAG falls below minimumLinks', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'topo.yaml'), LAGGED);
    const r = await cli(['whatif', '--down', 'dx-a2', '-f', 'topo.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).effects.lags).toEqual([{ name: 'lag-a', linksUp: 1, links: 2, minimumLinks: 2, down: true }]);
  });

  test('an unknown name is a usage error with a did-you-mean (exit 2); so is a missing --down', async () => {
    const r = await cli(['whatif', '--down', 'EqDC3', '-f', SPEC]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('dxplan: EqDC3 names no location, AWS device, connection, LAG, VIF, router, VPN or gateway; did you mean EqDC2?\n');
    const none = await cli(['whatif', '-f', SPEC]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^dxplan: whatif needs --down/);
    const empty = await cli(['whatif', '--down', ' , ', '-f', SPEC]);
    expect(empty.code).toBe(2);
  });

  test('a file that is not a topology is reported in the chosen format, exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\nsites: [\n');
    const r = await cli(['whatif', '--down', 'x', '-f', 'bad.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).diagnostics[0].rule).toBe('yaml-syntax');
  });

  test('colour only when asked for', async () => {
    const r = await cli(['whatif', '--down', 'EqDC2', '-f', SPEC], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\u001b\[/);
    const plain = await cli(['whatif', '--down', 'EqDC2', '-f', SPEC, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('dxplan resilience', () => {
  test('--depth 2: the headline counts the pairs that break rows (active/standby: both locations down)', async () => {
    const topo = conformanceTopology('27-local-preference-community');
    const two = await cli(['resilience', '-f', topo, '--depth', '2']);
    expect(two.stdout).toContain('no single failure leaves any of them without a path, but 3 break under a pair of failures (75 pairs in all).');
    expect(two.stdout).toMatch(/location EqDC2/);
    const one = await cli(['resilience', '-f', topo]);
    expect(one.stdout).toContain('no single failure leaves any of them without a path.');
    const json = JSON.parse((await cli(['resilience', '-f', topo, '--depth', '2', '--format', 'json'])).stdout);
    expect(json.summary).toMatchObject({ singlePointsOfFailure: 0, rowsBrokenByPairs: 3, breakingPairs: 75 });
  });

  test('an internet path is not called resilient: the site\'s egress can fail and is not modelled', async () => {
    const dir = tempDir();
    const f = join(dir, 'internet.yaml');
    writeFileSync(f, 'version: 1\nname: i\ndefaultRegion: us-east-1\nsites:\n  - name: hq\n    asn: 65010\n    cidrs: [10.0.0.0/16]\n    routers: [{ name: r1 }]\nintents:\n  - { from: hq, to: s3 }\n');
    const r = await cli(['resilience', '-f', f, '--format', 'markdown']);
    expect(r.stdout).toContain('over the internet: the site\'s internet egress can fail, and dxplan does not model it');
    expect(r.stdout).toContain('not assessed');
    expect(r.stdout).not.toMatch(/\| resilient \|/);
  });

  test('the table lists, for the spec example, EqDC2 moving to vif-prod-b and the pair moving to the VPN', async () => {
    const one = await cli(['resilience', '-f', SPEC]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Resilience: single failures');
    expect(one.stdout).toContain('location EqDC2, AWS device EqDC2-1abc, LAG lag-a,');
    expect(one.stdout).toContain('private VIF vif-prod-b (dx-b, CSVA1)');
    expect(one.stdout).toContain('no single failure leaves any of them without a path');
    expect(one.stdout).not.toContain('vpn-backup');
    const two = await cli(['resilience', '-f', SPEC, '--depth', '2']);
    expect(two.stdout).toContain('Resilience: single failures and pairs');
    expect(two.stdout).toContain('VPN vpn-backup (hq-r2)');
    expect(two.stdout).toContain('intent now');
  });

  test('markdown pastes into a design review', async () => {
    const r = await cli(['resilience', '-f', SPEC, '--depth', '2', '--format', 'markdown']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('## Resilience: single failures and pairs');
    expect(lines[2]).toBe('| route / flow / intent | path now | if this fails | surviving path | status | capacity |');
    expect(r.stdout).toContain('| intent app1 → orders-db (via direct-connect) | private VIF vif-prod (LAG lag-a, EqDC2)<br>+ vif-prod-b (dx-b, CSVA1) |');
    expect(r.stdout).toMatch(/together with one of location EqDC2, AWS device EqDC2-1abc, LAG lag-a, connection dx-a, router hq-r1 or VIF vif-prod \| VPN vpn-backup \(hq-r2\) \| intent now broken \|/);
    // Every table line has the same number of cells.
    for (const l of lines.filter((x) => x.startsWith('|'))) expect(l.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });

  test('JSON: rows with their candidates and failure groups, stable', async () => {
    const a = await cli(['resilience', '-f', SPEC, '--depth', '2', '--format', 'json']);
    const b = await cli(['resilience', '-f', SPEC, '--depth', '2', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(j.depth).toBe(2);
    const flow = j.rows.find((x: { kind: string }) => x.kind === 'traffic');
    expect(flow).toMatchObject({ name: 'nightly-backup', from: 'orders-db', to: 'hq', gbPerMonth: 20000, now: { fits: true } });
    expect(flow.failures[0]).toEqual({
      depth: 1,
      failed: { oneOf: ['CSVA1', 'CSVA1-2xyz', 'dx-b', 'hq-r2', 'vif-prod-b'] },
      scenarios: 5,
      status: 'moved',
      change: 'moved',
      after: {
        path: 'direct-connect-private',
        via: ['vif-prod'],
        paths: [{ via: 'vif-prod', kind: 'vif', connection: 'lag-a', connectionKind: 'lag', location: 'EqDC2', router: 'hq-r1', gbps: 10, linksUp: 1, links: 1 }],
        capacityGbps: 10,
        capacityGbPerMonth: 3285000,
        fits: true,
      },
    });
    expect(j.summary).toMatchObject({ rows: 6, singlePointsOfFailure: 0, flowsThatDoNotFit: 0 });
  });

  test('a flow that does not fit its surviving path', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'topo.yaml'), LAGGED);
    const r = await cli(['resilience', '-f', 'topo.yaml', '--no-color'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('does not fit: 3,285,000 GB a month (10');
    expect(r.stdout).toContain('1 flow would not fit its surviving path');
  });

  test('--depth takes 1 or 2 only', async () => {
    const r = await cli(['resilience', '-f', SPEC, '--depth', '3']);
    expect(r.code).toBe(2);
  });
});
