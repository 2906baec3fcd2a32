// The shared conformance suite, run by its own runner against the built CLI (bin/ → dist/).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const shared = join(root, '..', 'shared');
const runner = join(shared, 'tools', 'conformance.mjs');
const haveSuite = existsSync(runner) && existsSync(join(shared, 'conformance'));

(haveSuite ? test : test.skip)('every case of ../shared/conformance passes', () => {
  const r = spawnSync(process.execPath, [runner, '--bin', `${process.execPath} bin/dxplan.js`, join(shared, 'conformance')], {
    cwd: root, encoding: 'utf8', timeout: 120_000,
  });
  const failures = r.stdout.split('\n').filter((l) => l.startsWith('FAIL') || l.startsWith('     '));
  expect(failures).toEqual([]);
  expect(r.stdout.trim().split('\n').pop()).toMatch(/^\d+ passed, 0 failed$/);
  expect(r.status).toBe(0);
}, 150_000);
