// Packaging: `npm pack` on a copy of the working tree (so the shared dist/ is not touched)
// builds through `prepare` and gives a tarball holding only the built code, the schema and
// the price data. The packed CLI then runs from the package layout in an empty folder.
// Slow (a full tsc build); skipped with a message when npm is not on PATH.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npmVersion = spawnSync(NPM, ['--version'], { encoding: 'utf8' });
const HAVE_NPM = npmVersion.status === 0;
if (!HAVE_NPM) {
  // eslint-disable-next-line no-console
  console.warn(`test/package/pack.test.ts skipped: \`npm --version\` failed (${npmVersion.error?.message ?? npmVersion.stderr}); npm pack is unavailable`);
}
const maybe = HAVE_NPM ? describe : describe.skip;

/**
 * Packed size budget: the package stays small (built code, schema, price data). 517 KB with
 * the commands before import aws and drift (about 21 KB more), about 580 KB with BGP routing,
 * SiteLink and Inside AWS; the CLI bundle is most of it.
 */
const MAX_TARBALL_BYTES = 600 * 1024;

interface Entry {
  path: string;
  data: Buffer;
}

/** Reads a .tgz (ustar, with pax `path` records) without tar(1). */
function readTarball(file: string): Entry[] {
  const buf = gunzipSync(readFileSync(file));
  const entries: Entry[] = [];
  let paxPath: string | undefined;
  for (let off = 0; off + 512 <= buf.length;) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const str = (start: number, len: number) => header.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(str(124, 12).trim() || '0', 8);
    const type = str(156, 1);
    const prefix = str(345, 155);
    const name = prefix ? `${prefix}/${str(0, 100)}` : str(0, 100);
    const data = buf.subarray(off + 512, off + 512 + size);
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      paxPath = m ? m[1] : undefined;
    } else if (type === '0' || type === '') {
      entries.push({ path: paxPath ?? name, data: Buffer.from(data) });
      paxPath = undefined;
    } else {
      paxPath = undefined;
    }
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** The working tree without node_modules, dist and VCS data; test/, fixtures/, docs/ stay in, to prove they are left out. */
function copyTree(to: string): void {
  const skip = new Set(['node_modules', 'dist', '.git', 'coverage']);
  cpSync(ROOT, to, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src);
      return rel === '' || !skip.has(rel.split(sep)[0]) && !basename(src).endsWith('.tgz');
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

function run(cmd: string, args: string[], cwd: string) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
}

maybe('npm pack', () => {
  let work = '';
  let tarball = '';
  let entries: Entry[] = [];
  let packError = '';

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dxplan-pack-'));
    const tree = join(work, 'tree');
    const out = join(work, 'out');
    mkdirSync(out);
    copyTree(tree);
    const r = run(NPM, ['pack', '--pack-destination', out], tree);
    const made = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.tgz')) : [];
    if (r.status !== 0 || made.length !== 1) {
      packError = `npm pack failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`;
      return;
    }
    tarball = join(out, made[0]);
    entries = readTarball(tarball);
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const files = () => {
    if (packError) throw new Error(packError);
    return entries.map((e) => e.path.replace(/^package\//, '')).sort();
  };

  test('the tarball is named after the package and small', () => {
    files();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(basename(tarball)).toBe(`${pkg.name}-${pkg.version}.tgz`);
    expect(statSync(tarball).size).toBeLessThan(MAX_TARBALL_BYTES);
  });

  test('only bin/, dist/, schema/, README, LICENSE and package.json are shipped', () => {
    const list = files();
    const allowed = (f: string) => /^(bin|dist|schema)\//.test(f) || /^(README|LICENSE|LICENCE)(\.(md|txt))?$/i.test(f) || f === 'package.json';
    expect(list.filter((f) => !allowed(f))).toEqual([]);
    for (const banned of ['src/', 'test/', 'fixtures/', 'bench/', 'docs/', 'scripts/', 'node_modules/']) {
      expect(list.filter((f) => f.startsWith(banned))).toEqual([]);
    }
    expect(list).not.toContain('docs/HELPERS.md');
    expect(list.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  test('the CLI, the built code, the price data and the schema are in it', () => {
    const list = files();
    for (const f of ['package.json', 'README.md', 'bin/dxplan.js', 'dist/cli/dxplan.js', 'dist/cli/main.js', 'dist/cli/commands/validate.js', 'dist/cli/commands/cost.js', 'dist/cost/prices.js', 'schema/topology.schema.json']) {
      expect(list).toContain(f);
    }
    const prices = (entries.find((e) => e.path === 'package/dist/cost/prices.js') as Entry).data.toString('utf8');
    expect(prices).toContain('asOf');
    const schema = JSON.parse((entries.find((e) => e.path === 'package/schema/topology.schema.json') as Entry).data.toString('utf8'));
    expect(schema).toHaveProperty('$schema');
  });

  test('the packed package.json: bin entry shipped, no install-time build, runtime dependencies only', () => {
    files();
    const pkg = JSON.parse((entries.find((e) => e.path === 'package/package.json') as Entry).data.toString('utf8'));
    expect(files()).toContain(pkg.bin.dxplan.replace(/^\.\//, ''));
    // Scripts that would run on `npm install <tarball>` must not need devDependencies (tsc).
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts?.[hook]).toBeUndefined();
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('typescript');
  });

  // `require('dxplan')` is the programmatic API (src/engine/index.ts).
  test('`main` and `types` name files that are in the tarball', () => {
    const pkg = JSON.parse((entries.find((e) => e.path === 'package/package.json') as Entry).data.toString('utf8'));
    for (const field of ['main', 'types']) {
      if (pkg[field] !== undefined) expect(files()).toContain(String(pkg[field]).replace(/^\.\//, ''));
    }
  });

  test('the packed CLI runs from the package layout in an empty folder: init, validate, cost', () => {
    files();
    const pkgDir = join(work, 'installed', 'node_modules', 'dxplan');
    for (const e of entries) {
      const target = join(pkgDir, e.path.replace(/^package\//, ''));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, e.data);
    }
    // Dependencies from the repository's node_modules (the real install fetches them from the registry).
    symlinkSync(join(ROOT, 'node_modules'), join(pkgDir, 'node_modules'), 'dir');
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const bin = join(pkgDir, 'bin', 'dxplan.js');
    const version = run(process.execPath, [bin, '--version'], empty);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const init = run(process.execPath, [bin, 'init'], empty);
    expect(init.status).toBe(0);
    expect(existsSync(join(empty, 'dxplan.yaml'))).toBe(true);
    const validate = run(process.execPath, [bin, 'validate', 'dxplan.yaml', '--no-color'], empty);
    expect({ status: validate.status, stderr: validate.stderr }).toEqual({ status: 0, stderr: '' });
    const cost = run(process.execPath, [bin, 'cost', '--format', 'json'], empty);
    expect(cost.status).toBe(0);
    expect(JSON.parse(cost.stdout)).toHaveProperty('cheapest');
    const schema = run(process.execPath, [bin, 'schema'], empty);
    // (That the shipped schema file equals `dxplan schema` is test/schema's business.)
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout)).toHaveProperty('$schema');
  }, 60_000);
});
