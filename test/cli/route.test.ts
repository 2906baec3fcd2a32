import { cli } from './run';

const SPEC = ['-f', 'fixtures/spec-example.yaml'];
const ANSI = /\u001b\[/;

describe('dxplan route', () => {
  test('explains a private path: hops in order, why, replies, alternatives and rejections', async () => {
    const r = await cli(['route', 'app1', 'orders-db', ...SPEC]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('app1 → orders-db: reachable over Direct Connect, private VIF (prefix 10.1.0.0/16, MTU 9001)');
    const order = ['app1', 'hq-r1', 'lag-a', 'EqDC2', 'vif-prod', 'dxgw-main', 'vgw-prod', 'orders-db'].map((h) => r.stdout.indexOf(`│ ${h} `));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(r.stdout).toMatch(/Why this path:\n  hq learns 3 routes/);
    expect(r.stdout).toContain('Replies:');
    expect(r.stdout).toContain('[equal-cost]');
    expect(r.stdout).toContain('[vpn-less-preferred]');
    expect(r.stdout).toContain('✗ vif-public [private-address-over-public]');
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('no path: exit 1, path none, and why nothing reaches it', async () => {
    const r = await cli(['route', 'app1', 'shared-svc', ...SPEC]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unreachable');
    expect(r.stdout).toContain('Why nothing reaches it:');
    expect(r.stdout).toContain('tgw-east [not-attached]');
    const json = JSON.parse((await cli(['route', 'app1', 'shared-svc', ...SPEC, '--format', 'json'])).stdout);
    expect(json).toMatchObject({ reachable: false, path: 'none' });
  });

  test('json has the cli.md shape', async () => {
    const json = JSON.parse((await cli(['route', 'hq', 's3', ...SPEC, '--format', 'json'])).stdout);
    expect(json).toMatchObject({ from: 'hq', to: 's3@us-east-1', reachable: true, path: 'direct-connect-private', prefix: '10.1.0.0/16' });
    expect(json.hops).toContainEqual({ kind: 'endpoint', name: 'prod/s3-interface' });
    expect(json.hops[json.hops.length - 1]).toEqual({ kind: 'service', name: 's3@us-east-1' });
    for (const a of json.alternatives) expect(a).toEqual(expect.objectContaining({ path: expect.any(String), code: expect.any(String), why: expect.any(String) }));
    for (const x of json.rejected) expect(x).toEqual(expect.objectContaining({ via: expect.any(String), code: expect.any(String), why: expect.any(String) }));
  });

  test('an unknown endpoint is a usage error with a suggestion', async () => {
    const r = await cli(['route', 'app1', 'orders-dbb', ...SPEC]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('orders-db');
  });

  test('a file with errors still routes, noting how many on stderr', async () => {
    const r = await cli(['route', 'app1', 'orders-db', '-f', 'fixtures/bad/vif-vlan-unique.yaml']);
    expect(r.stderr).toMatch(/has \d+ errors?/);
  });

  test('a file that does not parse is reported like validate, in the chosen format, exit 2', async () => {
    const r = await cli(['route', 'a', 'b', '-f', 'fixtures/bad/yaml-syntax.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/yaml-syntax\.yaml:\d+:\d+ +error .*yaml-syntax/);
    const j = await cli(['route', 'a', 'b', '-f', 'fixtures/bad/yaml-syntax.yaml', '--format', 'json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['yaml-syntax']);
  });
});

describe('dxplan graph', () => {
  test('mermaid by default, dot on request, a route highlighted', async () => {
    expect((await cli(['graph', ...SPEC])).stdout.startsWith('flowchart LR')).toBe(true);
    expect((await cli(['graph', ...SPEC, '--format', 'dot'])).stdout.startsWith('digraph dxplan {')).toBe(true);
    const r = await cli(['graph', ...SPEC, '--route', 'app1', 'orders-db']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('linkStyle');
  });

  test('--route needs two endpoints', async () => {
    expect((await cli(['graph', ...SPEC, '--route', 'app1'])).code).toBe(2);
  });
});
