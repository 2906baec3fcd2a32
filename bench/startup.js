#!/usr/bin/env node
'use strict';
// Start-up (issue 11): `dxplan validate fixtures/spec-example.yaml` against a bare `node -e 0`,
// run alternately (so both see the same load on a shared machine), medians of wall time.
// Also, for comparison, the same command through the unbundled modules tsc writes
// (dist/cli/main.js: the CLI before the bundle) and the bundle without its code cache.
// Runs alone after `npm run build`: node bench/startup.js [--runs N] [--before DIR]
// (default 30 runs per variant; --before adds the same command from another built checkout,
// e.g. the tree before this work).

const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const i = process.argv.indexOf('--runs');
const RUNS = i > 0 ? Number(process.argv[i + 1]) : 30;
if (!existsSync(join(ROOT, 'dist', 'cli', 'dxplan.js'))) {
  console.error('bench/startup.js: no dist/cli/dxplan.js — run `npm run build` first');
  process.exit(2);
}
const EXAMPLE = join('fixtures', 'spec-example.yaml');
// A temporary directory that does not exist for the variant without a cache: bin/dxplan.js
// then finds no cache folder and neither reads nor writes one.
const noCache = join(tmpdir(), `dxplan-startup-nocache-${process.pid}`, 'missing');

const VARIANTS = [
  { id: 'node', label: '`node -e 0`', args: ['-e', '0'] },
  { id: 'validate', label: '`dxplan validate fixtures/spec-example.yaml` (bundle + code cache)', args: [join('bin', 'dxplan.js'), 'validate', EXAMPLE] },
  { id: 'nocache', label: 'the same, bundle without a code cache', args: [join('bin', 'dxplan.js'), 'validate', EXAMPLE], env: { TMPDIR: noCache } },
  { id: 'modules', label: 'the same through tsc\'s modules (dist/cli/main.js, before the bundle)', args: ['-e', `require('./dist/cli/main').main(['validate', ${JSON.stringify(EXAMPLE)}]).then((c) => { process.exitCode = c; })`] },
];

// CPU time (user + system) from /usr/bin/time where there is one: steadier than wall time
// when other work shares the machine.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const b = process.argv.indexOf('--before');
if (b > 0) {
  const dir = resolve(process.argv[b + 1]);
  VARIANTS.push({ id: 'before', label: `the same from ${dir} (bin/dxplan.js there)`, args: [join(dir, 'bin', 'dxplan.js'), 'validate', EXAMPLE] });
}

function once(v) {
  const [cmd, args] = TIME ? [TIME, ['-f', '@@cpu %U %S', process.execPath, ...v.args]] : [process.execPath, v.args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...v.env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${v.label} exited ${r.status}: ${r.stderr}`);
  const cpu = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

for (const v of VARIANTS) once(v); // warms the page cache and writes the code cache
const wall = Object.fromEntries(VARIANTS.map((v) => [v.id, []]));
const cpu = Object.fromEntries(VARIANTS.map((v) => [v.id, []]));
for (let round = 0; round < RUNS; round++) {
  // Rotate the order each round, so no variant always runs first.
  for (let k = 0; k < VARIANTS.length; k++) {
    const v = VARIANTS[(k + round) % VARIANTS.length];
    const r = once(v);
    wall[v.id].push(r.ms);
    cpu[v.id].push(r.cpuMs);
  }
}
const os = require('node:os');
console.log(`${os.cpus()[0].model.trim()}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the end; Node ${process.version}; ${RUNS} runs of each, alternating; medians.\n`);
console.log('| Command | Wall | × `node -e 0` | CPU (user + sys) | × `node -e 0` |');
console.log('|---|---:|---:|---:|---:|');
const fmt = (xs, base) => (Number.isNaN(median(xs)) ? '— | —' : `${median(xs).toFixed(1)} ms | ${(median(xs) / median(base)).toFixed(2)}×`);
for (const v of VARIANTS) console.log(`| ${v.label} | ${fmt(wall[v.id], wall.node)} | ${fmt(cpu[v.id], cpu.node)} |`);
