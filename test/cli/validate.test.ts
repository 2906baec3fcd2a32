import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE } from '../helpers';
import { cli, tempDir } from './run';

const ANSI = /\u001b\[/;

function topo(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('dxplan validate', () => {
  test('the spec example is clean: exit 0 and a success line', async () => {
    const r = await cli(['validate', 'fixtures/spec-example.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('no problems');
    expect(r.code).toBe(0);
  });

  test('an error exits 1 and names file:line:column, rule, message and fix', async () => {
    const r = await cli(['validate', 'fixtures/bad/ref-unknown.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fixtures\/bad\/ref-unknown\.yaml:\d+:\d+/);
    expect(r.stdout).toContain('ref-unknown');
    expect(r.stdout).toContain('hq-rt1');
    expect(r.stdout).toContain('did you mean hq-r1?');
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('json output has the documented shape', async () => {
    const r = await cli(['validate', 'fixtures/bad/cidr-invalid.yaml', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ errors: 1, warnings: expect.any(Number), infos: 0, files: 1 });
    const d = out.diagnostics.find((x: { rule: string }) => x.rule === 'cidr-invalid');
    expect(d).toMatchObject({ severity: 'error', file: 'fixtures/bad/cidr-invalid.yaml', path: ['vifs', 0, 'advertise', 0] });
    expect(d.line).toBeGreaterThan(1);
  });

  test('a file that does not parse is still reported in the chosen format, exit 2', async () => {
    for (const format of ['json', 'sarif', 'junit', 'github', 'stylish']) {
      const r = await cli(['validate', 'fixtures/bad/yaml-syntax.yaml', '--format', format]);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('yaml-syntax');
    }
  });

  test('a missing file or a folder is one line on stderr, exit 2', async () => {
    const missing = await cli(['validate', 'no-such.yaml']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'dxplan: cannot read no-such.yaml: no such file\n' });
    const folder = await cli(['validate', 'fixtures']);
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim().split('\n')).toHaveLength(1);
    expect(folder.stderr).toContain('folder');
  });

  test('an unknown option or format is a usage error, exit 2', async () => {
    expect((await cli(['validate', 'x.yaml', '--format', 'xml'])).code).toBe(2);
    expect((await cli(['validate', '--bogus'])).code).toBe(2);
  });

  test('--fail-on warning and --max-warnings turn warnings into a failure', async () => {
    const dir = tempDir();
    // One connection: res-single-connection is a warning once routing rules exist; vif-bgp-auth is one now.
    const file = topo(dir, 'w.yaml', BASE.replace('bgpAuthKey: true', 'bgpAuthKey: false'));
    expect((await cli(['validate', file])).code).toBe(0);
    expect((await cli(['validate', file, '--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(['validate', file, '--max-warnings', '0'])).code).toBe(1);
    expect((await cli(['validate', file, '--max-warnings', '50'])).code).toBe(0);
    expect((await cli(['validate', file, '--max-warnings', 'x'])).code).toBe(2);
  });

  test('several files: each is checked, the worst outcome wins, order does not matter', async () => {
    const a = await cli(['validate', 'fixtures/spec-example.yaml', 'fixtures/bad/yaml-syntax.yaml', '--format', 'json']);
    const b = await cli(['validate', 'fixtures/bad/yaml-syntax.yaml', 'fixtures/spec-example.yaml', '--format', 'json']);
    expect(a.code).toBe(2);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).summary.files).toBe(2);
  });

  test('colour: on for a TTY, off with NO_COLOR or --no-color, on with FORCE_COLOR', async () => {
    const file = 'fixtures/bad/ref-unknown.yaml';
    expect((await cli(['validate', file], { tty: true })).stdout).toMatch(ANSI);
    expect((await cli(['validate', file], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await cli(['validate', file, '--no-color'], { tty: true })).stdout).not.toMatch(ANSI);
    expect((await cli(['validate', file], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await cli(['validate', file, '--format', 'json'], { tty: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  test('without a file, ./dxplan.yaml is used, else a usage error', async () => {
    const dir = tempDir();
    expect((await cli(['validate'], { cwd: dir })).code).toBe(2);
    topo(dir, 'dxplan.yaml', BASE);
    const r = await cli(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).diagnostics.every((d: { file: string }) => d.file === 'dxplan.yaml')).toBe(true);
  });

  test('suppressed findings are counted and listed in json', async () => {
    const yaml = BASE.replace('bgpAuthKey: true', 'bgpAuthKey: false\n    ignore: [{ rule: vif-bgp-auth, reason: "lab router" }]');
    const file = topo(tempDir(), 's.yaml', yaml);
    const out = JSON.parse((await cli(['validate', file, '--format', 'json'])).stdout);
    expect(out.diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('vif-bgp-auth');
    expect(out.suppressed).toEqual([expect.objectContaining({ rule: 'vif-bgp-auth', reason: 'lab router' })]);
  });

  test('policy.rules raises a warning to an error, or turns it off', async () => {
    const dir = tempDir();
    const raised = topo(dir, 'r.yaml', `${BASE.replace('bgpAuthKey: true', 'bgpAuthKey: false')}policy:\n  rules:\n    vif-bgp-auth: error\n`);
    const off = topo(dir, 'o.yaml', `${BASE.replace('bgpAuthKey: true', 'bgpAuthKey: false')}policy:\n  rules:\n    vif-bgp-auth: off\n`);
    const r1 = JSON.parse((await cli(['validate', raised, '--format', 'json'])).stdout);
    expect(r1.diagnostics.find((d: { rule: string }) => d.rule === 'vif-bgp-auth').severity).toBe('error');
    const r2 = JSON.parse((await cli(['validate', off, '--format', 'json'])).stdout);
    expect(r2.diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('vif-bgp-auth');
  });

  test('output is byte-identical across runs', async () => {
    const a = await cli(['validate', 'fixtures/spec-example.yaml', 'fixtures/bad/ref-unknown.yaml', '--format', 'sarif']);
    const b = await cli(['validate', 'fixtures/spec-example.yaml', 'fixtures/bad/ref-unknown.yaml', '--format', 'sarif']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('dxplan validate: one file named twice', () => {
  test('is checked once, whatever the spelling', async () => {
    const r = await cli(['validate', 'fixtures/spec-example.yaml', './fixtures/spec-example.yaml', '--format', 'json']);
    expect(JSON.parse(r.stdout).summary.files).toBe(1);
  });
});

describe('dxplan validate FILE... with no option (the path that skips commander, for start-up)', () => {
  const cases: [string, string[]][] = [
    ['a clean file', ['fixtures/spec-example.yaml']],
    ['a file with an error', ['fixtures/bad/vif-vlan-range.yaml']],
    ['a file that is not YAML', ['fixtures/bad/yaml-syntax.yaml']],
    ['two files', ['fixtures/spec-example.yaml', 'fixtures/bad/vif-vlan-range.yaml']],
    ['a missing file', ['fixtures/no-such-file.yaml']],
  ];
  test.each(cases)('%s: the same output and exit code as with the options spelled out', async (_, files) => {
    for (const tty of [false, true]) {
      const plain = await cli(['validate', ...files], { tty });
      const spelled = await cli(['validate', ...files, '--format', 'stylish', '--fail-on', 'error'], { tty });
      expect(plain).toEqual(spelled);
    }
  });

  test('no file: ./dxplan.yaml, or the usage error that says how to name one', async () => {
    const dir = tempDir();
    expect(await cli(['validate'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'dxplan: no topology file: pass one with -f FILE, or create ./dxplan.yaml (`dxplan init`)\n' });
    topo(dir, 'dxplan.yaml', BASE);
    const r = await cli(['validate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^dxplan\.yaml\n/);
  });

  test('an option anywhere goes through commander: an unknown one is a usage error', async () => {
    const r = await cli(['validate', 'fixtures/spec-example.yaml', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
  });
});
