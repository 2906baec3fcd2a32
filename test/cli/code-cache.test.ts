// bin/dxplan.js's V8 code cache (start-up time): written once per build, command and Node
// version in the user's own folder under TMPDIR, read on later starts, harmless when broken, and
// pruned to the builds written last so that two installs used in turn keep theirs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../shared-dir';

const BIN = join(REPO_ROOT, 'bin', 'dxplan.js');
const SPEC = join(REPO_ROOT, 'fixtures', 'spec-example.yaml');
const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';

function validate(tmp: string) {
  return spawnSync(process.execPath, [BIN, 'validate', SPEC], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' } });
}

function setUp(): { tmp: string; dir: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'dxplan-cache-test-'));
  return { tmp, dir: join(tmp, `dxplan-compile-cache-${uid}`) };
}

describe('the code cache', () => {
  test('the first run writes one file for the command; a later run reads it and writes nothing', () => {
    const { tmp, dir } = setUp();
    const first = validate(tmp);
    expect(first.status).toBe(0);
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(new RegExp(`-${process.version}-${process.arch}-validate\\.cache$`))]);
    const written = statSync(join(dir, files[0])).mtimeMs;
    const second = validate(tmp);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(join(dir, files[0])).mtimeMs).toBe(written);
  });

  test('a broken cache changes nothing the user sees, and is replaced', () => {
    const { tmp, dir } = setUp();
    const clean = validate(tmp);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file), 'not a code cache');
    const again = validate(tmp);
    expect([again.status, again.stdout, again.stderr]).toEqual([clean.status, clean.stdout, clean.stderr]);
    expect(readFileSync(join(dir, file)).length).toBeGreaterThan(1000);
  });

  test('the caches of the four builds written last stay (two installs used in turn keep theirs); older ones go', () => {
    const { tmp, dir } = setUp();
    mkdirSync(dir, { mode: 0o700 });
    const hour = 3600;
    const now = Date.now() / 1000;
    // Five other builds, the newest written an hour ago, the oldest five hours ago.
    for (let i = 1; i <= 5; i++) {
      const name = join(dir, `0.0.${i}-${'ab'.repeat(4)}${i}-${process.version}-${process.arch}-validate.cache`);
      writeFileSync(name, 'x');
      utimesSync(name, now - i * hour, now - i * hour);
    }
    expect(validate(tmp).status).toBe(0);
    const kept = readdirSync(dir).map((n) => n.split('-')[0]).sort();
    // This build, and the three other builds written last.
    expect(kept).toEqual(['0.0.1', '0.0.2', '0.0.3', JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version].sort());
  });
});
