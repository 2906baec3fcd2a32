// The one way a test reaches the shared workspace (`../shared` beside the clone: spec,
// conformance suite, tools). The repository stands alone: a test that needs ../shared asks
// here and skips when it is absent; what the suite checks is covered without it by the
// repository's own copies (fixtures/conformance/, scripts/conformance.mjs,
// scripts/gen-topology.mjs), and test/conformance/copies.test.ts checks those copies against
// ../shared when it is there.
//
// DXPLAN_SHARED_DIR overrides the location. CI sets it to a folder that does not exist and
// runs the tests that import this file (scripts/test-without-shared.js), proving they skip
// cleanly on a lone clone without running the whole suite twice.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..');

const override = process.env.DXPLAN_SHARED_DIR;
const candidate = override ? resolve(override) : join(REPO_ROOT, '..', 'shared');

/** The shared folder, or undefined when it is not there. */
export const SHARED_DIR: string | undefined = existsSync(candidate) ? candidate : undefined;

/** A path inside the shared folder, or undefined when the folder or that path is missing. */
export function sharedPath(...parts: string[]): string | undefined {
  if (!SHARED_DIR) return undefined;
  const p = join(SHARED_DIR, ...parts);
  return existsSync(p) ? p : undefined;
}

/** `describe` when every named shared path exists, else `describe.skip` (the reason is in the title). */
export function describeWithShared(parts: string[][], title: string, body: () => void): void {
  const ok = parts.every((p) => sharedPath(...p) !== undefined);
  (ok ? describe : describe.skip)(ok ? title : `${title} (skipped: no ${join('..', 'shared', ...parts[0])})`, body);
}

/** The repository's copy of the conformance cases (same layout as ../shared/conformance). */
export const CONFORMANCE_COPY = join(REPO_ROOT, 'fixtures', 'conformance');

/** A conformance case's topology in the repository's copy. */
export const conformanceTopology = (name: string): string => join(CONFORMANCE_COPY, name, 'topology.yaml');
