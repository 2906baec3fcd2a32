#!/usr/bin/env node
'use strict';
// The CLI's output on many inputs, to compare two builds byte for byte (run after `npm run build`):
//
//   node bench/snapshot.js OUT.json [--dir DIR] [--per-seed N] [--seed S]
//
// Writes the texts of bench/corpus.js (conformance cases, fixtures, generated topologies and N
// mutations of each) as files under DIR (default bench/out/corpus), then runs, in process,
// `validate FILE --format json` and `validate FILE --format stylish --no-color` on each, and
// records the exit code and output; and the `route` and `cost` runs that the conformance cases'
// expect.json files name. Two builds are identical when their OUT.json files are:
//   node bench/snapshot.js /tmp/a.json --dir /tmp/corpus   (in one tree)
//   node bench/snapshot.js /tmp/b.json --dir /tmp/corpus   (in the other)
//   cmp /tmp/a.json /tmp/b.json
const { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { corpus } = require('./corpus');
const { main } = require('../dist/cli/main');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const out = argv[0];
if (!out || out.startsWith('--')) {
  console.error('usage: node bench/snapshot.js OUT.json [--dir DIR] [--per-seed N] [--seed S]');
  process.exit(2);
}
const dir = resolve(opt('dir', join(__dirname, 'out', 'corpus')));
mkdirSync(dir, { recursive: true });

async function cli(args, cwd) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The route and cost runs of the conformance cases. */
async function conformanceRuns(results) {
  const cases = resolve(__dirname, '..', 'fixtures', 'conformance');
  if (!existsSync(cases)) return;
  for (const name of readdirSync(cases).sort()) {
    const expect = join(cases, name, 'expect.json');
    if (!existsSync(expect)) continue;
    const exp = JSON.parse(readFileSync(expect, 'utf8'));
    const file = join(cases, name, 'topology.yaml');
    for (const r of exp.route ?? []) {
      results[`${name}: route ${r.from} ${r.to}`] = await cli(['route', r.from, r.to, '-f', file, '--format', 'json'], cases);
    }
    if (exp.cost) results[`${name}: cost`] = await cli(['cost', '-f', file, '--format', 'json', ...(exp.cost.args ?? [])], cases);
  }
}

async function run() {
  const texts = corpus(Number(opt('per-seed', 20)), Number(opt('seed', 6)));
  const results = {};
  let n = 0;
  for (const { name, text } of texts) {
    const file = join(dir, `${String(n++).padStart(5, '0')}.yaml`);
    writeFileSync(file, text);
    const entry = { name };
    for (const format of ['json', 'stylish']) {
      entry[format] = await cli(['validate', file, '--format', format, ...(format === 'stylish' ? ['--no-color'] : [])], dir);
    }
    results[file] = entry;
  }
  await conformanceRuns(results);
  writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
  console.log(`${texts.length} files validated twice, ${Object.keys(results).length - texts.length} route and cost runs → ${out}`);
}
run().catch((err) => {
  console.error(err);
  process.exit(1);
});
