// Property-based tests: random valid and mutated topologies through validate and the question
// commands (route, graph, cost, whatif, resilience, diff, where registered). Fixed seed and bounded runs for CI; scripts/fuzz-long.js runs the same properties
// for longer with a random seed. FUZZ_SEED / FUZZ_RUNS override them for a local hunt.
import fc from 'fast-check';
import { BASE } from '../helpers';
import { anyText, EXTRA_ENDPOINTS, endpointNames, failableNames, handWritten, mutatedText, validText } from './arbitraries';
import { sourceApi } from './api';
import { checkCrlfEquivalent, checkFastPathAgrees, checkQuestionCommands, checkValidate, checkValidTopologyLoads, scratch, type Api } from './properties';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const scale = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * scale));

let api: Api;
let ruleIds: string[];
const notes = new Set<string>();

beforeAll(async () => {
  api = await sourceApi();
  ruleIds = [...api.ruleIds].sort();
});

afterAll(() => {
  // Commands the properties could not run yet (not registered, or routing still a placeholder).
  if (notes.size > 0) process.stdout.write(`reliability notes:\n  ${[...notes].join('\n  ')}\n`);
});

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('validateBytes on generated input', () => {
  it('valid topologies load with no schema finding, and every property holds', () => {
    fc.assert(fc.property(validText(ruleIds), ({ text }) => checkValidTopologyLoads(api, bytes(text))), { seed: SEED, numRuns: runs(100) });
  });

  it('mutated topologies: never throws, catalog ids, lines inside the file, sorted, deterministic', () => {
    fc.assert(fc.property(mutatedText(ruleIds), ({ text }) => { checkValidate(api, bytes(text)); }), { seed: SEED, numRuns: runs(250) });
  });

  it('hand-written YAML shapes and random text', () => {
    fc.assert(fc.property(handWritten, ({ text }) => { checkValidate(api, bytes(text)); }), { seed: SEED, numRuns: runs(300) });
  });

  it('the fast reader builds the same data and positions as the yaml package wherever it accepts a text', () => {
    fc.assert(fc.property(anyText(ruleIds), ({ text }) => checkFastPathAgrees(api, text)), { seed: SEED, numRuns: runs(200) });
  });

  it('random bytes (not UTF-8, NUL, control characters)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => { checkValidate(api, b); }), { seed: SEED, numRuns: runs(200) });
  });

  it('any input, written with a BOM and CRLF line endings, gives the same findings as without', () => {
    fc.assert(fc.property(anyText(ruleIds), ({ text }) => checkCrlfEquivalent(api, text)), { seed: SEED, numRuns: runs(100) });
  });
});

describe('question commands (route, graph, cost, whatif, resilience, diff)', () => {
  it('route, graph, cost, whatif, resilience and diff never throw, never print a stack, exit 0, 1 or 2', async () => {
    const dir = scratch();
    const base = dir.write('base.yaml', BASE);
    const codes: number[] = [];
    try {
      const endpoint = fc.oneof(fc.nat(), fc.constantFrom(...EXTRA_ENDPOINTS));
      await fc.assert(fc.asyncProperty(
        validText(ruleIds), fc.array(fc.tuple(endpoint, endpoint), { minLength: 1, maxLength: 3 }), fc.constantFrom(0, 1, 20000, 1e9),
        fc.array(fc.nat(), { maxLength: 3 }),
        async ({ topo, text }, picks, gb, downs) => {
          const names = endpointNames(topo);
          const name = (p: number | string) => (typeof p === 'number' ? names[p % names.length] : p);
          const failable = failableNames(topo);
          const file = dir.write('topo.yaml', text);
          const { notes: skipped, runs } = await checkQuestionCommands(api, dir.dir, file, picks.map(([a, b]) => [name(a), name(b)]), gb, true, {
            down: [...new Set(downs.map((d) => failable[d % failable.length]))], other: base,
          });
          skipped.forEach((n) => notes.add(n));
          codes.push(...runs.map((r) => r.code));
        },
      ), { seed: SEED, numRuns: runs(30) });
    } finally {
      dir.done();
    }
    // The commands really ran on the files (not one usage error after another).
    expect(codes.filter((c) => c !== 2).length).toBeGreaterThan(codes.length / 2);
    expect(codes.filter((c) => c === 0).length).toBeGreaterThan(codes.length / 4);
  });

  it('question commands on mutated topologies: never a crash, never a stack, exit 0, 1 or 2', async () => {
    const dir = scratch();
    try {
      await fc.assert(fc.asyncProperty(mutatedText(ruleIds), async ({ text }) => {
        const file = dir.write('topo.yaml', text);
        (await checkQuestionCommands(api, dir.dir, file, [['site-1', 'vpc-2'], ['internet', 's3']], 100, false, { down: ['dx-4', 'loc-3'], other: dir.write('base.yaml', BASE) })).notes.forEach((n) => notes.add(n));
      }), { seed: SEED, numRuns: runs(30) });
    } finally {
      dir.done();
    }
  });
});
