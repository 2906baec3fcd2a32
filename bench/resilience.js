#!/usr/bin/env node
'use strict';
// Pairs of failures at scale (issue 11): `dxplan resilience --depth 2 --format json` on the
// generated 10,000-VPC topology against the floor (bench/floor.js: read the file and parse it
// with the yaml package), run alternately; wall time, CPU time (user + system) and peak RSS,
// medians. Runs alone after `npm run build`:
//   node bench/resilience.js [--runs N] [--vpcs N] [--before DIR]
// (default 3 runs, 10,000 VPCs; --before adds the same command from another built checkout).
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const opt = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(opt('runs', 3));
const VPCS = Number(opt('vpcs', 10000));
if (!existsSync(join(ROOT, 'dist', 'cli', 'dxplan.js'))) {
  console.error('bench/resilience.js: no dist/cli/dxplan.js — run `npm run build` first');
  process.exit(2);
}

// The repository's copy of ../shared/tools/gen-topology.mjs.
const file = join(ROOT, 'bench', 'out', `topo-${VPCS}.yaml`);
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
const gen = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-topology.mjs'), '--vpcs', String(VPCS)], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (gen.status !== 0) throw new Error(gen.stderr);
if (!existsSync(file) || readFileSync(file, 'utf8') !== gen.stdout) writeFileSync(file, gen.stdout);

const VARIANTS = [
  { id: 'floor', label: 'floor (bench/floor.js: read + yaml parseDocument + toJS)', args: [join('bench', 'floor.js'), file] },
  { id: 'resilience', label: '`resilience --depth 2 --format json`', args: [join('bin', 'dxplan.js'), 'resilience', '--depth', '2', '-f', file, '--format', 'json'] },
];
const before = opt('before');
if (before) VARIANTS.push({ id: 'before', label: `the same from ${resolve(before)}`, args: [join(resolve(before), 'bin', 'dxplan.js'), 'resilience', '--depth', '2', '-f', file, '--format', 'json'] });

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function once(v) {
  const [cmd, args] = TIME ? [TIME, ['-f', '@@res %U %S %M', process.execPath, ...v.args]] : [process.execPath, v.args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${v.label} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const m = /@@res ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  return { ms, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, rssMb: m ? Number(m[3]) / 1024 : NaN };
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = Object.fromEntries(VARIANTS.map((v) => [v.id, { ms: [], cpuMs: [], rssMb: [] }]));
for (let round = 0; round < RUNS; round++) {
  for (let k = 0; k < VARIANTS.length; k++) {
    const v = VARIANTS[(k + round) % VARIANTS.length];
    const r = once(v);
    for (const key of ['ms', 'cpuMs', 'rssMb']) results[v.id][key].push(r[key]);
    process.stderr.write(`round ${round + 1}/${RUNS}: ${v.id} ${(r.ms / 1000).toFixed(2)} s, ${Math.round(r.rssMb)} MB\n`);
  }
}
const f = results.floor;
console.log(`${os.cpus()[0].model.trim()}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the end; Node ${process.version}; ${VPCS} VPCs; ${RUNS} runs of each, alternating; medians.\n`);
console.log('| Command | Wall | × floor | CPU (user + sys) | × floor | Peak RSS |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const v of VARIANTS) {
  const x = results[v.id];
  console.log(`| ${v.label} | ${(median(x.ms) / 1000).toFixed(2)} s | ${(median(x.ms) / median(f.ms)).toFixed(2)}× | ${(median(x.cpuMs) / 1000).toFixed(2)} s | ${(median(x.cpuMs) / median(f.cpuMs)).toFixed(2)}× | ${Math.round(median(x.rssMb))} MB |`);
}
