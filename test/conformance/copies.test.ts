// The repository's copies of the shared suite and tools stay byte-for-byte what ../shared holds,
// so the tests that run on the copies check what the specification asks. Skipped without ../shared.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_COPY, describeWithShared, REPO_ROOT, sharedPath } from '../shared-dir';

const same = (ours: string, theirs: string) => expect([ours, readFileSync(ours, 'utf8') === readFileSync(theirs, 'utf8')]).toEqual([ours, true]);

describeWithShared([['conformance'], ['tools']], 'copies of the shared suite and tools', () => {
  test('every case of the shared conformance suite is in fixtures/conformance, unchanged', () => {
    const theirs = readdirSync(sharedPath('conformance')!).filter((d) => /^\d\d-/.test(d)).sort();
    expect(readdirSync(CONFORMANCE_COPY).filter((d) => /^\d\d-/.test(d)).sort()).toEqual(expect.arrayContaining(theirs));
    for (const d of theirs) for (const f of ['topology.yaml', 'expect.json']) same(join(CONFORMANCE_COPY, d, f), join(sharedPath('conformance')!, d, f));
  });

  test('every copied case is a case of ../shared (conformance or conformance-bgp), unchanged', () => {
    for (const d of readdirSync(CONFORMANCE_COPY).filter((x) => /^\d\d-/.test(x))) {
      const theirs = sharedPath('conformance', d) ?? sharedPath('conformance-bgp', d);
      expect([d, theirs !== undefined]).toEqual([d, true]);
      for (const f of ['topology.yaml', 'expect.json']) same(join(CONFORMANCE_COPY, d, f), join(theirs!, f));
    }
  });

  test('scripts/conformance.mjs and scripts/gen-topology.mjs are the shared tools', () => {
    for (const f of ['conformance.mjs', 'gen-topology.mjs']) same(join(REPO_ROOT, 'scripts', f), sharedPath('tools', f)!);
  });
});
