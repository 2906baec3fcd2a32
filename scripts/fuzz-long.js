#!/usr/bin/env node
// The reliability properties of test/reliability/ for longer, with a random seed, on the
// built code in dist/ (run `npm run build` first). Not part of `npm test`.
//
//   node scripts/fuzz-long.js [--minutes 3] [--seed N] [--batch 200] [--slow-ms 2000] [--src]
//
// --src runs on the TypeScript sources instead of dist/ (to debug a failure without a build).
// Prints the seed at start and, at the end, the runs per property, the seconds and every
// failure with its seed, path and counterexample. Exit code 1 when a property failed.
'use strict';
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const Module = require('node:module');

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const minutes = Number(arg('minutes', 3));
const seed = Number(arg('seed', Math.floor(Math.random() * 0x7fffffff)));
const batch = Number(arg('batch', 200));
const slowMs = Number(arg('slow-ms', 2000));
const fromSource = args.includes('--src');

// TypeScript on the fly (the properties live in test/reliability/*.ts), compiled by @swc/core,
// which jest uses too.
const swc = require('@swc/core');
Module._extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
    filename, module: { type: 'commonjs' }, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function main() {
  const base = fromSource ? join(root, 'src') : join(root, 'dist');
  if (!fromSource) {
    try {
      if (statSync(join(base, 'cli', 'main.js')).mtimeMs < newestMtime(join(root, 'src'))) {
        console.warn('warning: dist/ is older than src/: run `npm run build` to fuzz the current code');
      }
    } catch {
      console.error('dist/ is missing: run `npm run build` first (or pass --src)');
      return 2;
    }
  }
  const fc = require('fast-check');
  const gen = require('../test/reliability/arbitraries.ts');
  const props = require('../test/reliability/properties.ts');
  const { validateBytes } = require(join(base, 'engine', 'validate'));
  const { RULE_IDS } = require(join(base, 'rules', 'index'));
  const { main: cliMain } = require(join(base, 'cli', 'main'));
  const { buildRoutingIndex } = require(join(base, 'routing', 'index'));
  const probe = validateBytes('probe.yaml', Buffer.from('version: 1\n')).topology;
  let routingImplemented = false;
  try {
    routingImplemented = typeof buildRoutingIndex(probe).route === 'function';
  } catch { /* not yet */ }
  const { parseSource } = require(join(base, 'source', 'document'));
  const api = {
    validateBytes, ruleIds: RULE_IDS, main: cliMain, commands: await props.registeredCommands(cliMain), routingImplemented, parseSource,
  };
  const ruleIds = [...RULE_IDS].sort();
  const bytes = (t) => Buffer.from(t, 'utf8');
  const notes = new Set();
  const dir = props.scratch();

  /** A predicate that also fails when one input takes longer than the slow budget. */
  const timed = (check) => (...xs) => {
    const t0 = process.hrtime.bigint();
    const r = check(...xs);
    const after = () => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (ms > slowMs) throw new Error(`slow: one input took ${ms.toFixed(0)} ms (budget ${slowMs} ms)`);
    };
    if (r && typeof r.then === 'function') return r.then(after);
    after();
    return undefined;
  };
  const endpoint = fc.oneof(fc.nat(), fc.constantFrom(...gen.EXTRA_ENDPOINTS));
  const validText2 = gen.validText(ruleIds);
  const properties = [
    ['valid topologies load clean', () => fc.property(gen.validText(ruleIds), timed(({ text }) => props.checkValidTopologyLoads(api, bytes(text))))],
    ['mutated topologies', () => fc.property(gen.mutatedText(ruleIds), timed(({ text }) => { props.checkValidate(api, bytes(text)); }))],
    ['hand-written and random text', () => fc.property(gen.handWritten, timed(({ text }) => { props.checkValidate(api, bytes(text)); }))],
    ['fast reader agrees with yaml', () => fc.property(gen.anyText(ruleIds), timed(({ text }) => props.checkFastPathAgrees(api, text)))],
    ['random bytes', () => fc.property(fc.uint8Array({ maxLength: 2000 }), timed((b) => { props.checkValidate(api, b); }))],
    ['BOM + CRLF same findings', () => fc.property(gen.anyText(ruleIds), timed(({ text }) => props.checkCrlfEquivalent(api, text)))],
    ['question commands on valid', () => fc.asyncProperty(gen.validText(ruleIds), fc.array(fc.tuple(endpoint, endpoint), { minLength: 1, maxLength: 3 }), fc.constantFrom(0, 1, 20000, 1e9),
      fc.array(fc.nat(), { maxLength: 3 }), validText2,
      timed(async ({ topo, text }, picks, gb, downs, other) => {
        const names = gen.endpointNames(topo);
        const name = (p) => (typeof p === 'number' ? names[p % names.length] : p);
        const failable = gen.failableNames(topo);
        const file = dir.write('topo.yaml', text);
        const before = dir.write('before.yaml', other.text);
        const more = { down: [...new Set(downs.map((d) => failable[d % failable.length]))], other: before };
        (await props.checkQuestionCommands(api, dir.dir, file, picks.map(([a, b]) => [name(a), name(b)]), gb, true, more)).notes.forEach((n) => notes.add(n));
      })), true],
    ['question commands on mutated', () => fc.asyncProperty(gen.mutatedText(ruleIds), validText2, timed(async ({ text }, other) => {
      const file = dir.write('topo.yaml', text);
      const before = dir.write('before.yaml', other.text);
      (await props.checkQuestionCommands(api, dir.dir, file, [['site-1', 'vpc-2'], ['internet', 's3']], 100, false, { down: ['dx-4', 'loc-3', 'r-2'], other: before })).notes.forEach((n) => notes.add(n));
    })), true],
  ];

  console.log(`dxplan fuzz-long: seed ${seed}, ${minutes} min, batches of ${batch}, on ${relative(root, base)}/, commands: ${[...api.commands].join(' ')}${routingImplemented ? '' : ' (routing not implemented yet)'}`);
  const started = Date.now();
  const deadline = started + minutes * 60_000;
  const stats = new Map(properties.map(([name]) => [name, { runs: 0, failures: 0 }]));
  const failures = [];
  const seen = new Set();
  let round = 0;
  while (Date.now() < deadline) {
    for (const [name, make, isAsync] of properties) {
      if (Date.now() >= deadline) break;
      const runSeed = (seed + round * 7919 + name.length) | 0;
      const params = { seed: runSeed, numRuns: isAsync ? Math.max(1, Math.round(batch / 10)) : batch, endOnFailure: false };
      const details = isAsync ? await fc.check(make(), params) : fc.check(make(), params);
      const s = stats.get(name);
      s.runs += details.numRuns;
      if (details.failed) {
        s.failures++;
        const message = String(details.errorInstance?.message ?? details.error ?? '').split('\n')[0].slice(0, 300);
        const key = `${name}: ${message.replace(/[0-9]+/g, 'N')}`;
        if (!seen.has(key)) {
          seen.add(key);
          failures.push({ property: name, seed: runSeed, path: details.counterexamplePath, message, counterexample: JSON.stringify(details.counterexample).slice(0, 2000) });
          console.log(`FAIL ${name} (seed ${runSeed}, path ${details.counterexamplePath}): ${message}`);
        }
      }
    }
    round++;
  }
  dir.done();
  const seconds = (Date.now() - started) / 1000;
  const total = [...stats.values()].reduce((a, s) => a + s.runs, 0);
  console.log(`\n${total} runs in ${seconds.toFixed(0)} s (seed ${seed}):`);
  for (const [name, s] of stats) console.log(`  ${String(s.runs).padStart(8)}  ${name}${s.failures ? `  — ${s.failures} failed batch(es)` : ''}`);
  for (const n of notes) console.log(`note: ${n}`);
  if (failures.length === 0) {
    console.log('no failures');
    return 0;
  }
  console.log(`\n${failures.length} distinct failure(s):`);
  for (const f of failures) {
    console.log(`- ${f.property}: ${f.message}\n  replay with fast-check: { seed: ${f.seed}, path: '${f.path}', endOnFailure: true }\n  counterexample: ${f.counterexample}`);
  }
  return 1;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(err);
  process.exitCode = 2;
});
