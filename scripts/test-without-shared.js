#!/usr/bin/env node
'use strict';
// Proves the repository stands alone without running the whole suite twice: runs only the tests
// that reach ../shared (through test/shared-dir.ts) with DXPLAN_SHARED_DIR pointing at a folder
// that does not exist; they must skip cleanly, never fail. `npm test` runs this before jest.
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const { tmpdir } = require('node:os');

const ROOT = join(__dirname, '..');
const USES_SHARED = /\b(sharedPath|describeWithShared|SHARED_DIR)\b/;

function testFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return testFiles(p);
    return name.endsWith('.test.ts') ? [p] : [];
  });
}

const files = testFiles(join(ROOT, 'test')).filter((f) => USES_SHARED.test(readFileSync(f, 'utf8')));
if (files.length === 0) {
  console.error('test-without-shared: no test reaches ../shared through test/shared-dir.ts');
  process.exit(1);
}
const missing = join(tmpdir(), `dxplan-no-shared-${process.pid}`);
console.error(`tests that use ../shared, with DXPLAN_SHARED_DIR=${missing} (absent): ${files.map((f) => relative(ROOT, f)).join(', ')}`);
const r = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--silent', ...files.map((f) => relative(ROOT, f).replace(/\\/g, '/'))], {
  cwd: ROOT, stdio: 'inherit', env: { ...process.env, DXPLAN_SHARED_DIR: missing },
});
process.exit(r.status ?? 1);
