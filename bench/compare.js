#!/usr/bin/env node
'use strict';
// This build against another built checkout, on the same machine at the same time:
//
//   node bench/compare.js --before DIR [--runs N] [--sizes 1000,10000] [--no-write]
//
// For each size, `validate`, `route` ×100 (each tree's bench/route-driver.js) and `cost` run
// alternately from DIR and from this tree, N times each (default 7), on the same generated file.
// The medians of wall time and peak RSS, and the change, go between the compare markers of
// bench/RESULTS.md. On a shared machine whose speed drifts from hour to hour (the floor of
// bench/run.js moved by 1.7× between two days here), a ratio to the floor measured on another
// day says little; two builds run in turn see the same machine.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
};
const BEFORE = opt('before') && resolve(opt('before'));
const RUNS = Number(opt('runs', 7));
const SIZES = String(opt('sizes', '1000,10000')).split(',').map(Number);
if (!BEFORE || !existsSync(join(BEFORE, 'bin', 'dxplan.js')) || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: node bench/compare.js --before DIR [--runs N] [--sizes 1000,10000] [--no-write]   (DIR: another checkout, built)');
  process.exit(2);
}
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
if (!TIME) {
  console.error('bench/compare.js: needs /usr/bin/time for peak memory');
  process.exit(2);
}

const COMMANDS = [
  { id: 'validate', label: '`validate FILE --format json`', args: (f) => [join('bin', 'dxplan.js'), 'validate', f, '--format', 'json'] },
  { id: 'route', label: '`route` ×100 (bench/route-driver.js)', args: (f) => [join('bench', 'route-driver.js'), f, '100'] },
  { id: 'cost', label: '`cost -f FILE --format json`', args: (f) => [join('bin', 'dxplan.js'), 'cost', '-f', f, '--format', 'json'] },
];

function once(cwd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '@@rss %M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cwd}: node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
  return { ms, rssMb: Number(/@@rss (\d+)/.exec(r.stderr)?.[1]) / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const change = (now, before) => `${now >= before ? '+' : '−'}${Math.abs((now / before - 1) * 100).toFixed(0)} %`;
const secs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const out = join(__dirname, 'out');
mkdirSync(out, { recursive: true });
const rows = [];
for (const vpcs of SIZES) {
  const file = join(out, `compare-${vpcs}.yaml`);
  const gen = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-topology.mjs'), '--vpcs', String(vpcs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (gen.status !== 0) throw new Error(`gen-topology: ${gen.stderr}`);
  writeFileSync(file, gen.stdout);
  for (const c of COMMANDS) {
    const runs = { before: [], now: [] };
    for (const dir of [BEFORE, ROOT]) once(dir, c.args(file)); // warm-up: page cache, code cache
    for (let i = 0; i < RUNS; i++) {
      // Alternate which build goes first, so neither always follows the other.
      const order = i % 2 ? [['now', ROOT], ['before', BEFORE]] : [['before', BEFORE], ['now', ROOT]];
      for (const [key, dir] of order) runs[key].push(once(dir, c.args(file)));
    }
    const m = (key, field) => median(runs[key].map((r) => r[field]));
    rows.push(`| ${vpcs.toLocaleString('en-US')} VPCs | ${c.label} | ${secs(m('before', 'ms'))} | ${secs(m('now', 'ms'))} | ${change(m('now', 'ms'), m('before', 'ms'))} | ${Math.round(m('before', 'rssMb'))} MB | ${Math.round(m('now', 'rssMb'))} MB | ${change(m('now', 'rssMb'), m('before', 'rssMb'))} |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
}

const commit = (dir) => spawnSync('git', ['-C', dir, 'log', '-1', '--format=%h (%cs)'], { encoding: 'utf8' }).stdout.trim() || 'not a git checkout';
const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
const block = [
  `${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${os.loadavg()[0].toFixed(1)} at the end.`,
  `Before: ${commit(BEFORE)}; now: ${commit(ROOT)}${spawnSync('git', ['-C', ROOT, 'status', '--porcelain'], { encoding: 'utf8' }).stdout.trim() ? ' with uncommitted changes' : ''}. ${RUNS} runs of each, alternating, medians.`,
  '',
  '| Topology | Command | Before: wall | Now: wall | Change | Before: peak RSS | Now: peak RSS | Change |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
console.log(block);
if (!argv.includes('--no-write')) {
  const RESULTS = join(__dirname, 'RESULTS.md');
  const BEGIN = '<!-- compare:begin (written by bench/compare.js; edit outside the markers) -->';
  const END = '<!-- compare:end -->';
  const prior = readFileSync(RESULTS, 'utf8');
  const i = prior.indexOf(BEGIN);
  const j = prior.indexOf(END);
  writeFileSync(RESULTS, i >= 0 && j > i ? `${prior.slice(0, i + BEGIN.length)}\n${block}\n${prior.slice(j)}` : `${prior.trimEnd()}\n\n${BEGIN}\n${block}\n${END}\n`);
  process.stderr.write('bench/compare.js: wrote bench/RESULTS.md\n');
}
