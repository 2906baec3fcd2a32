// The conformance suite, run by its own runner against the built CLI (bin/ → dist/): the
// repository's copies (scripts/conformance.mjs over fixtures/conformance/), so a lone clone runs
// it too; test/conformance/copies.test.ts keeps the copies equal to ../shared.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CONFORMANCE_COPY, REPO_ROOT } from '../shared-dir';

test('every case of the conformance suite passes', () => {
  const runner = join(REPO_ROOT, 'scripts', 'conformance.mjs');
  const r = spawnSync(process.execPath, [runner, '--bin', `${process.execPath} bin/dxplan.js`, CONFORMANCE_COPY], {
    cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000,
  });
  const failures = r.stdout.split('\n').filter((l) => l.startsWith('FAIL') || l.startsWith('     '));
  expect(failures).toEqual([]);
  expect(r.stdout.trim().split('\n').pop()).toMatch(/^\d+ passed, 0 failed$/);
  expect(r.status).toBe(0);
}, 150_000);
