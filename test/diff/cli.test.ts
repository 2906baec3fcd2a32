// `dxplan diff` end to end on the fixtures (two versions of the spec example): each section,
// the exit codes, the Markdown a reviewer reads, the JSON shape and determinism.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';

const DIR = join(__dirname, '..', '..', 'fixtures', 'diff');
const BEFORE = join(DIR, 'before.yaml');
const AFTER = join(DIR, 'after.yaml');
const BEFORE_TEXT = readFileSync(BEFORE, 'utf8');
const AFTER_TEXT = readFileSync(AFTER, 'utf8');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

function write(dir: string, name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`${from} not found`);
  return text.replace(from, to);
}

/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

async function json(args: string[], opts: Parameters<typeof cli>[1] = {}) {
  const r = await cli(['diff', ...args, '--format', 'json'], opts);
  return { ...r, out: JSON.parse(r.stdout) };
}

describe('dxplan diff on the fixtures (--format json)', () => {
  test('diagnostics added: the new errors and warning, at the new file\'s positions; exit 1', async () => {
    const r = await json([BEFORE, AFTER]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const added = r.out.diagnostics.added;
    expect(added.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`)).toEqual([
      'res-model:error', 'res-single-connection:warning', 'vif-vlan-unique:error',
    ]);
    const vlan = added.find((d: { rule: string }) => d.rule === 'vif-vlan-unique');
    expect(vlan.file).toBe(AFTER);
    expect(vlan.line).toBe(lineOf(AFTER_TEXT, 'vlan: 101\n    amazonAddress: 203.0.113.1'));
    expect(vlan.message).toContain('vif-prod');
    expect(Object.keys(vlan)).toEqual(['rule', 'severity', 'message', 'hint', 'file', 'line', 'column', 'path']);
    expect(r.out.diagnostics.removed).toEqual([]);
    expect(r.out.summary).toMatchObject({ newErrors: 2, newWarnings: 1, fixed: 0, addsErrors: true });
    expect(r.out.before).toEqual({ file: BEFORE, errors: 0, warnings: 0, infos: 0 });
    expect(r.out.after).toEqual({ file: AFTER, errors: 2, warnings: 1, infos: 0 });
  });

  test('the reverse change fixes them: removed at the old file\'s positions, exit 0', async () => {
    const r = await json([AFTER, BEFORE]);
    expect(r.code).toBe(0);
    expect(r.out.diagnostics.added).toEqual([]);
    expect(r.out.diagnostics.removed.map((d: { rule: string; file: string }) => [d.rule, d.file])).toEqual([
      ['res-model', AFTER], ['res-single-connection', AFTER], ['vif-vlan-unique', AFTER],
    ]);
    expect(r.out.summary.text).toMatch(/^connection dx-b added; VIF vif-prod-b added; vlan of VIF vif-public changed; 3 fixed; /);
  });

  test('routes: every intent and flow of either file, keyed by from → to, sorted', async () => {
    const { out } = await json([BEFORE, AFTER]);
    const routes = out.routes.map((x: { key: string; status: string; changes: string[] }) => [x.key, x.status, x.changes]);
    expect(routes).toEqual([
      ['app1 → orders-db', 'changed', ['equalCost']],
      ['hq → s3', 'changed', ['equalCost']],
      ['hq → shared-svc', 'unchanged', []],
      ['hq → web1', 'added', []],
      ['orders-db → hq', 'changed', ['equalCost']],
    ]);
    const app = out.routes[0];
    expect(app.before).toMatchObject({ reachable: true, path: 'direct-connect-private', via: 'vif-prod', equalCost: ['vif-prod-b'], prefix: '10.1.0.0/16' });
    expect(app.after).toMatchObject({ reachable: true, path: 'direct-connect-private', via: 'vif-prod', equalCost: [], prefix: '10.1.0.0/16' });
    expect(app.declared.after.intents).toEqual([{ via: 'direct-connect', expect: 'reachable' }]);
    const web = out.routes[3];
    expect(web.before).toBeUndefined();
    expect(web.after).toMatchObject({ reachable: true, via: 'vif-prod' });
    expect(web.declared.after.traffic).toEqual([{ name: 'web-uploads', gbPerMonth: 2000 }]);
    expect(out.summary).toMatchObject({ routesChanged: 3, routesAdded: 1, routesRemoved: 0, routesUnchanged: 1 });

    const reverse = (await json([AFTER, BEFORE])).out;
    const gone = reverse.routes.find((x: { key: string }) => x.key === 'hq → web1');
    expect(gone.status).toBe('removed');
    expect(gone.after).toBeUndefined();
    expect(gone.before).toMatchObject({ reachable: true, via: 'vif-prod' });
  });

  test('cost: each option before → after with the delta, the cheapest, and the traffic that changed', async () => {
    const { out } = await json([BEFORE, AFTER]);
    expect(out.cost.priced).toBe(true);
    expect(out.cost.options).toEqual([
      { option: 'direct-connect', beforeUsd: 3985, afterUsd: 2542.5, deltaUsd: -1442.5 },
      { option: 'vpn', beforeUsd: 1779.2, afterUsd: 2629.2, deltaUsd: 850 },
      { option: 'internet', beforeUsd: 1742.7, afterUsd: 2592.7, deltaUsd: 850 },
    ]);
    expect(out.cost.cheapest).toEqual({ before: 'internet', after: 'direct-connect' });
    expect(out.cost.designed).toEqual({ before: 'direct-connect', after: 'direct-connect' });
    expect(out.cost.gbPerMonth).toEqual({ before: 20000, after: 30000 });
    expect(out.traffic).toEqual([
      { key: 'hq → web1', names: ['web-uploads'], beforeGb: null, afterGb: 2000 },
      { key: 'orders-db → hq', names: ['nightly-backup'], beforeGb: 20000, afterGb: 30000 },
    ]);
    expect(out.summary.text).toBe(
      'connection dx-b removed; VIF vif-prod-b removed; vlan of VIF vif-public changed; 2 new errors, 1 new warning; 3 routes changed, 1 added; direct-connect -$1,442.50/month (cheapest: internet → direct-connect)',
    );
  });

  test('a file that cannot be priced skips the cost with the reason; the rest still compares', async () => {
    const dir = tempDir();
    const after = write(dir, 'after.yaml', edit(AFTER_TEXT, '  - name: web-uploads\n', '  - name: tel-aviv\n    from: s3@il-central-1\n    to: hq\n    gbPerMonth: 10\n  - name: web-uploads\n'));
    const r = await json([BEFORE, after]);
    expect(r.code).toBe(1);
    expect(r.out.cost.priced).toBe(false);
    expect(r.out.cost.reason).toContain(after);
    expect(r.out.cost.reason).toContain('il-central-1');
    expect(r.out.summary.text).toMatch(/; cost not compared$/);
    expect(r.out.routes.some((x: { key: string }) => x.key === 's3@il-central-1 → hq')).toBe(true);
    const md = await cli(['diff', BEFORE, after, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^⚠️ Cost not compared: cannot price .*il-central-1/m);
    const table = await cli(['diff', BEFORE, after]);
    expect(table.stdout).toMatch(/not compared: cannot price/);
  });

  test('--pricing supplies what the table lacks, as for cost; a bad pricing file is exit 2', async () => {
    const dir = tempDir();
    const after = write(dir, 'after.yaml', edit(AFTER_TEXT, '  - name: web-uploads\n', '  - name: tel-aviv\n    from: s3@il-central-1\n    to: hq\n    gbPerMonth: 10\n  - name: web-uploads\n'));
    const prices = write(dir, 'prices.yaml', "asOf: '2026-11-01'\ninternetTransfer:\n  regions:\n    il-central-1: [0.11, 0.09, 0.085, 0.08]\ndirectConnectTransfer:\n  regionGroups:\n    il-central-1: europe\n");
    const r = await json([BEFORE, after, '--pricing', prices]);
    expect(r.out.cost).toMatchObject({ priced: true, pricingAsOf: '2026-11-01' });
    const bad = write(dir, 'bad.yaml', 'asOf: tomorrow\n');
    const b = await json([BEFORE, after, '--pricing', bad]);
    expect(b.code).toBe(2);
    expect(b.out.diagnostics[0].file).toBe(bad);
  });

  test('an unchanged file: nothing added or removed, exit 0, even with errors in both', async () => {
    const r = await json([AFTER, AFTER]);
    expect(r.code).toBe(0);
    expect(r.out.diagnostics).toEqual({ added: [], removed: [], unchanged: 3 });
    expect(r.out.routes.every((x: { status: string }) => x.status === 'unchanged')).toBe(true);
    expect(r.out.cost.options.every((o: { deltaUsd: number }) => o.deltaUsd === 0)).toBe(true);
    expect(r.out.summary.text).toBe('no entity changed; no new findings; routes unchanged; cost unchanged');
    expect(r.out.entities).toEqual([]);
  });
});

describe('a route that moves from Direct Connect to a VPN', () => {
  const DX = `version: 1
defaultRegion: us-east-1
sites:
  - name: hq
    asn: 65010
    cidrs: [10.0.0.0/16]
    routers: [{ name: r1 }]
locations: [{ name: EqDC2, region: us-east-1 }]
connections:
  - { name: dx-a, type: dedicated, bandwidth: 1Gbps, location: EqDC2, router: r1 }
vifs:
  - name: vif-a
    type: private
    connection: dx-a
    vlan: 101
    amazonAddress: 169.254.10.1/30
    customerAddress: 169.254.10.2/30
    bgpAuthKey: true
    gateway: vgw-prod
    advertise: [10.0.0.0/16]
vgws: [{ name: vgw-prod, region: us-east-1, vpc: prod }]
vpcs: [{ name: prod, region: us-east-1, cidrs: [10.1.0.0/16] }]
traffic: [{ name: sync, from: prod, to: hq, gbPerMonth: 1000 }]
policy: { resiliency: none }
`;
  const VPN = DX.replace(/connections:[\s\S]*?(?=vgws:)/, 'vpns:\n  - { name: vpn-1, router: r1, gateway: vgw-prod, routing: bgp, advertise: [10.0.0.0/16] }\n');

  test('path, via and hops change; the summary names the move between options', async () => {
    const dir = tempDir();
    const r = await json([write(dir, 'dx.yaml', DX), write(dir, 'vpn.yaml', VPN)]);
    const route = r.out.routes.find((x: { key: string }) => x.key === 'prod → hq');
    expect(route.status).toBe('changed');
    expect(route.changes).toEqual(expect.arrayContaining(['path', 'via', 'hops']));
    expect(route.before).toMatchObject({ path: 'direct-connect-private', via: 'vif-a' });
    expect(route.after).toMatchObject({ path: 'vpn', via: 'vpn-1' });
    expect(r.out.cost.designed).toEqual({ before: 'direct-connect', after: 'vpn' });
    expect(r.out.summary.text).toMatch(/; direct-connect \$[0-9,.]+ → vpn \$[0-9,.]+\/month/);
    const md = await cli(['diff', join(dir, 'dx.yaml'), join(dir, 'vpn.yaml'), '--format', 'markdown']);
    expect(md.stdout).toContain('| ⚠️ changed | `prod → hq` | flow sync | DX private VIF → **VPN** | vif-a → **vpn-1** |');
    expect(md.stdout).toContain('<details><summary>Hops of the routes that moved</summary>');
    expect(md.stdout).toMatch(/^- before: prod → vgw-prod → vif-a → .*hq$/m);
  });
});

describe('matching diagnostics by rule, path and message, not by line', () => {
  test('lines shifted and a VIF inserted above the faulty one: the VLAN clash is the same finding', async () => {
    const dir = tempDir();
    const shifted = edit(
      edit(AFTER_TEXT, 'version: 1', '# a longer header\n# that moves every line down\n\nversion: 1'),
      '  - name: vif-public\n',
      '  - name: vif-dev\n    type: private\n    connection: lag-a\n    vlan: 110\n    amazonAddress: 169.254.30.1/30\n' +
        '    customerAddress: 169.254.30.2/30\n    mtu: 9001\n    bgpAuthKey: true\n    gateway: vgw-prod\n    advertise: [10.0.0.0/16]\n  - name: vif-public\n',
    );
    const r = await json([AFTER, write(dir, 'shifted.yaml', shifted)]);
    expect(r.out.diagnostics.removed).toEqual([]);
    expect(r.out.diagnostics.added.map((d: { rule: string }) => d.rule)).not.toContain('vif-vlan-unique');
    expect(r.out.diagnostics.unchanged).toBeGreaterThanOrEqual(3);
  });

  test('a warning turned into an error by policy is a new error', async () => {
    const dir = tempDir();
    const stricter = write(dir, 'strict.yaml', edit(AFTER_TEXT, '    vif-bgp-auth: off\n', '    vif-bgp-auth: off\n    res-single-connection: error\n'));
    const r = await json([AFTER, stricter]);
    expect(r.code).toBe(1);
    expect(r.out.diagnostics.added.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`)).toEqual(['res-single-connection:error']);
    expect(r.out.diagnostics.removed.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`)).toEqual(['res-single-connection:warning']);
  });
});

describe('dxplan diff --format markdown (a pull-request comment)', () => {
  test('a one-line verdict, then diagnostics, routes and cost as tables', async () => {
    const r = await cli(['diff', BEFORE, AFTER, '--format', 'markdown']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('<!-- dxplan-diff -->');
    expect(lines[1]).toBe(`## dxplan diff: \`${BEFORE}\` → \`${AFTER}\``);
    expect(lines[3]).toBe('❌ **connection dx-b removed; VIF vif-prod-b removed; vlan of VIF vif-public changed; 2 new errors, 1 new warning; 3 routes changed, 1 added; direct-connect -$1,442.50/month (cheapest: internet → direct-connect)**');
    const headings = lines.filter((l) => l.startsWith('#'));
    expect(headings).toEqual([lines[1], '### Changes', '### Diagnostics', '### Routes', '### Monthly cost', '### Traffic']);
    expect(r.stdout).toContain('| ➖ removed | connection `dx-b` | | | |');
    expect(r.stdout).toContain('| ✏️ changed | VIF `vif-public` | `vlan` | `102` | `101` |');
    expect(r.stdout).toMatch(/^\| ❌ new \| error \| `res-model` \| `.*after\.yaml:\d+:\d+` \| policy\.resiliency high needs .*<br>fix: /m);
    expect(r.stdout).toMatch(/^\| ⚠️ new \| warning \| `res-single-connection` \|/m);
    expect(r.stdout).toMatch(/^\| ❌ new \| error \| `vif-vlan-unique` \|/m);
    expect(r.stdout).toContain('| ⚠️ changed | `app1 → orders-db` | intent (via direct-connect) | DX private VIF | vif-prod + vif-prod-b → **vif-prod** | 10.1.0.0/16 |');
    expect(r.stdout).toContain('| ➕ added | `hq → web1` | flow web-uploads | DX private VIF | vif-prod | 10.1.0.0/16 |');
    expect(r.stdout).toContain('1 other route unchanged: `hq → shared-svc`.');
    expect(r.stdout).toContain('| **Direct Connect** (cheapest) | $3,985.00 | $2,542.50 | -$1,442.50 |');
    expect(r.stdout).toContain('| Site-to-Site VPN | $1,779.20 | $2,629.20 | +$850.00 |');
    expect(r.stdout).toContain('Cheapest: Internet → **Direct Connect**.');
    expect(r.stdout).toContain('| `orders-db → hq` (nightly-backup) | 20,000 GB | 30,000 GB |');
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('every table row has as many cells as its header', async () => {
    const r = await cli(['diff', BEFORE, AFTER, '--format', 'markdown']);
    const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;
    let header = 0;
    for (const line of r.stdout.split('\n')) {
      if (!line.startsWith('|')) { header = 0; continue; }
      if (header === 0) header = cells(line);
      else expect(cells(line)).toBe(header);
    }
  });

  test('text from the topology cannot break a table or inject HTML', async () => {
    const dir = tempDir();
    const after = write(dir, 'after.yaml', edit(AFTER_TEXT, '  - name: web-uploads\n', "  - name: 'a|b <img src=x> **bold**'\n"));
    const r = await cli(['diff', BEFORE, after, '--format', 'markdown']);
    expect(r.stdout).not.toContain('<img');
    expect(r.stdout).toContain('a\\|b &lt;img src=x&gt; \\*\\*bold\\*\\*');
    const row = r.stdout.split('\n').find((l) => l.startsWith('| ➕ added')) as string;
    expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(6);
  });

  test('a route lost is marked ❌ and the intent that breaks is a new error', async () => {
    const dir = tempDir();
    // No VIF to the VPCs and no VPN any more: app1 cannot reach orders-db.
    let t = BEFORE_TEXT;
    t = edit(t, '    gateway: dxgw-main           # private', '    gateway: vgw-none           # private');
    t = t.replace(/vpns:[\s\S]*?(?=traffic:)/, '');
    t = t.replace(/  - name: vif-prod-b[\s\S]*?(?=  - name: vif-public)/, '');
    const r = await cli(['diff', BEFORE, write(dir, 'after.yaml', t), '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\| ❌ lost \| `app1 → orders-db` \| .* \| DX private VIF → \*\*unreachable\*\* \|/m);
    expect(r.stdout).toMatch(/^\| ❌ new \| error \| `intent-unmet` \|/m);
    expect(r.stdout).toContain('; 3 routes changed; direct-connect +$');
  });

  test('no change at all reads as such', async () => {
    const r = await cli(['diff', BEFORE, BEFORE, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✅ **no entity changed; no new findings; routes unchanged; cost unchanged**');
    expect(r.stdout).toContain('No entity added, changed or removed.');
    expect(r.stdout).toContain('No diagnostic added or removed.');
    expect(r.stdout).toContain('No route changed (4 checked');
  });
});

describe('dxplan diff (table)', () => {
  test('the verdict, then each section', async () => {
    const r = await cli(['diff', BEFORE, AFTER]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ connection dx-b removed; VIF vif-prod-b removed; vlan of VIF vif-public changed; 2 new errors, 1 new warning; 3 routes changed, 1 added;');
    // The structure first: what a reviewer reads before diagnostics and routes.
    expect(r.stdout).toMatch(/^Changes: 0 added, 1 changed, 2 removed\n {2}- connection dx-b removed\n {2}- VIF vif-prod-b removed\n {2}~ vlan of VIF vif-public changed\n {6}vlan {2}102 → 101\n\nDiagnostics: errors 0 → 2, warnings 0 → 1$/m);
    expect(r.stdout).toMatch(/^ {2}\+ .*after\.yaml:\d+:\d+ +error +VLAN 101 is already used by vif-prod/m);
    expect(r.stdout).toMatch(/^Routes: 3 changed, 1 added, 1 unchanged$/m);
    expect(r.stdout).toMatch(/^ {2}~ app1 → orders-db {2}intent \(via direct-connect\)\n {6}via {2}vif-prod \+ vif-prod-b → vif-prod$/m);
    expect(r.stdout).toMatch(/Direct Connect \(cheapest\) │ \$3,985\.00 │ \$2,542\.50 │ -\$1,442\.50/);
    expect(r.stdout).toContain('cheapest: Internet → Direct Connect');
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('colour: on for a TTY or FORCE_COLOR, off with --no-color or NO_COLOR; never in markdown or json', async () => {
    expect((await cli(['diff', BEFORE, AFTER], { tty: true })).stdout).toMatch(ANSI);
    expect((await cli(['diff', BEFORE, AFTER], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await cli(['diff', BEFORE, AFTER, '--no-color'], { tty: true })).stdout).not.toMatch(ANSI);
    expect((await cli(['diff', BEFORE, AFTER], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    for (const format of ['markdown', 'json']) {
      expect((await cli(['diff', BEFORE, AFTER, '--format', format], { tty: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    }
  });
});

describe('determinism', () => {
  test('the same output on every run, in every format', async () => {
    for (const format of ['table', 'markdown', 'json']) {
      const a = await cli(['diff', BEFORE, AFTER, '--format', format]);
      const b = await cli(['diff', BEFORE, AFTER, '--format', format]);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  test('the order of intents and flows in the file does not change the output', async () => {
    const dir = tempDir();
    const swapped = edit(
      AFTER_TEXT,
      '  - from: app1\n    to: orders-db\n    via: direct-connect          # direct-connect | vpn | internet | private | any\n  - from: hq\n    to: s3\n    via: private                 # private = not over the public internet\n',
      '  - from: hq\n    to: s3\n    via: private\n  - from: app1\n    to: orders-db\n    via: direct-connect\n',
    );
    const a = await json([BEFORE, AFTER]);
    const b = await json([BEFORE, write(dir, 'after.yaml', swapped)]);
    expect(b.out.routes).toEqual(a.out.routes);
  });
});

describe('exit 2: usage errors and files that are not topologies', () => {
  test('a missing file is one line on stderr', async () => {
    const r = await cli(['diff', BEFORE, 'no-such.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('dxplan: cannot read no-such.yaml: no such file\n');
  });

  test('a missing argument or an unknown format is a usage error', async () => {
    expect((await cli(['diff', BEFORE])).code).toBe(2);
    expect((await cli(['diff', BEFORE, AFTER, '--format', 'html'])).code).toBe(2);
  });

  test('YAML that does not parse is reported like validate, in the chosen format', async () => {
    const dir = tempDir();
    const broken = write(dir, 'broken.yaml', 'version: 1\nsites: [\n');
    const table = await cli(['diff', BEFORE, broken]);
    expect(table.code).toBe(2);
    expect(table.stderr).toMatch(/broken\.yaml:\d+:\d+ +error .*yaml-syntax/);
    const j = await json([broken, AFTER]);
    expect(j.code).toBe(2);
    expect(j.out.diagnostics.map((d: { rule: string; file: string }) => [d.rule, d.file])).toEqual([['yaml-syntax', broken]]);
    expect(j.out.summary).toMatchObject({ errors: 1, files: 1 });
    const md = await cli(['diff', BEFORE, broken, '--format', 'markdown']);
    expect(md.code).toBe(2);
    expect(md.stdout).toContain('❌ **Cannot compare: a version is not a readable topology.**');
    expect(md.stdout).toMatch(/^- `.*broken\.yaml:\d+:\d+` `yaml-syntax`: /m);
  });

  test('a file that is not a topology (no version) on either side', async () => {
    const dir = tempDir();
    const a = write(dir, 'a.yaml', 'name: x\n');
    const b = write(dir, 'b.yaml', 'version: 2\n');
    const j = await json([a, b]);
    expect(j.code).toBe(2);
    expect(j.out.diagnostics.map((d: { rule: string; file: string }) => [d.rule, d.file])).toEqual([['topology-version', a], ['topology-version', b]]);
  });
});

test('dxplan diff --help', async () => {
  const r = await cli(['diff', '--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('dxplan diff [options] <old> <new>');
  expect(r.stdout).toContain('markdown');
});
