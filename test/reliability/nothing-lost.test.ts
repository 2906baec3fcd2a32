// Nothing lost: dxplan never modifies a user's file. Reading commands leave their inputs and the
// folder untouched; `init` refuses to overwrite without --force; outputs are written atomically
// and never over a file the same run reads.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE } from '../helpers';
import { cli } from '../cli/run';

const env = { NO_COLOR: '1' };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dxplan-lost-'));
  writeFileSync(join(dir, 'topo.yaml'), BASE);
  writeFileSync(join(dir, 'broken.yaml'), `${BASE}vifs: [\n`);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    out[name] = `${statSync(p).mtimeMs}:${readFileSync(p, 'utf8')}`;
  }
  return out;
}

describe('nothing lost', () => {
  it('reading commands leave every file and the folder as they were', async () => {
    const before = snapshot();
    const commands = [
      ...['stylish', 'json', 'sarif', 'github', 'junit'].map((f) => ['validate', 'topo.yaml', 'broken.yaml', '--format', f]),
      ['route', 'app1', 'orders-db', '-f', 'topo.yaml'], ['graph', '-f', 'topo.yaml'], ['cost', '-f', 'topo.yaml'],
      ['whatif', '-f', 'topo.yaml', '--down', 'dx-a'], ['resilience', '-f', 'topo.yaml'], ['diff', 'topo.yaml', 'broken.yaml'],
      ['route', 'app1', 'orders-db', '-f', 'broken.yaml'], ['schema'], ['rules'],
    ];
    for (const argv of commands) {
      const r = await cli(argv, { cwd: dir, env });
      expect([0, 1, 2]).toContain(r.code);
    }
    expect(snapshot()).toEqual(before);
  });

  it('init refuses to overwrite an existing file without --force, and leaves it intact', async () => {
    const before = snapshot();
    const r = await cli(['init', 'topo.yaml'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/topo\.yaml already exists; not overwriting it \(use --force/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(snapshot()).toEqual(before);
  });

  it('init --force replaces the file in one step and leaves no temporary file behind', async () => {
    const r = await cli(['init', 'topo.yaml', '--force'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'topo.yaml'), 'utf8')).not.toBe(BASE);
    expect(readdirSync(dir).sort()).toEqual(['broken.yaml', 'topo.yaml']);
    const v = await cli(['validate', 'topo.yaml'], { cwd: dir, env });
    expect(v.code).toBe(0);
  });

  it('a write that fails (no such folder) leaves nothing behind and says why in one line', async () => {
    const r = await cli(['init', 'no/such/dir/topo.yaml'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write no\/such\/dir\/topo\.yaml/);
    expect(readdirSync(dir).sort()).toEqual(['broken.yaml', 'topo.yaml']);
  });

  it('cost --chart never writes over the topology it reads (directly, or through a symlink)', async () => {
    symlinkSync(join(dir, 'topo.yaml'), join(dir, 'link.svg'));
    for (const chart of ['topo.yaml', './topo.yaml', join(dir, 'topo.yaml'), 'link.svg']) {
      const r = await cli(['cost', '-f', 'topo.yaml', '--chart', chart], { cwd: dir, env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('this command reads it as input');
      expect(r.stderr).not.toMatch(/^\s{4}at /m);
      expect(readFileSync(join(dir, 'topo.yaml'), 'utf8')).toBe(BASE);
    }
  });

  it('cost --chart writes a new file atomically', async () => {
    const r = await cli(['cost', '-f', 'topo.yaml', '--chart', 'chart.svg'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toMatch(/^<\?xml|^<svg/);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'topo.yaml'))).toBe(true);
  });
});
