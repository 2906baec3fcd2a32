// Pairs of failures on the generated 1,000-VPC topology: one routing index, and each row's
// scenarios answered per distinct set of VIFs/VPNs down at its site (bench/resilience.js times it).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadTopology } from '../../src/engine/load';
import { resilience } from '../../src/failure/index';
import { buildRoutingIndex } from '../../src/routing/index';

// The repository's copy of ../shared/tools/gen-topology.mjs (checked against it by test/conformance/copies.test.ts).
const generator = join(__dirname, '..', '..', 'scripts', 'gen-topology.mjs');

// Time is measured by bench/; this checks that pairs on 1,000 VPCs route few scenarios.
test('resilience --depth 2 on 1,000 VPCs reuses routes across scenarios', () => {
  const yaml = execFileSync(process.execPath, [generator, '--vpcs', '1000'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const loaded = loadTopology('g1k.yaml', Buffer.from(yaml));
  const idx = buildRoutingIndex(loaded.topology!);
  const r = resilience(idx, { depth: 2 });
  expect(r.rows.length).toBeGreaterThan(1000);
  // Every row has two equal-cost Direct Connect paths: no single failure breaks any of them.
  expect(r.summary.singlePointsOfFailure).toBe(0);
  // Each row: 10 objects on its two paths (location, AWS device, connection, router, VIF each),
  // and 5 × 5 pairs: after one object of a path fails, the second comes from the other path.
  expect(r.summary.scenarios).toBe(r.rows.length * (10 + 25));
  // The per-site cache routes a small fraction of the scenarios.
  expect(r.summary.queries).toBeLessThan(r.summary.scenarios / 4);
}, 60_000);
