#!/usr/bin/env node
'use strict';
// dxplan's benchmark (issue 6). Plain Node, no dependencies; run it after `npm run build`:
//
//   node bench/run.js [--runs N] [--sizes 1000,10000] [--only validate,route,cost,version]
//                     [--no-write] [--profile]
//
// 1. Generates topologies with scripts/gen-topology.mjs into bench/out/ (gitignored).
// 2. For each size, N times, runs in rotating order, each as its own child process:
//      floor      node bench/floor.js FILE  (read, yaml parseDocument + LineCounter, toJS)
//      validate   node bin/dxplan.js validate FILE --format json
//      route      node bench/route-driver.js FILE 100   (load once, 100 route queries)
//      cost       node bin/dxplan.js cost -f FILE --format json   (when the command exists)
//    and, 4N times alternately, `node -e 0` and `node bin/dxplan.js --version`.
// 3. Reports medians, the ratio of each median to the floor's, peak RSS (from
//    /usr/bin/time -v, else process.resourceUsage() via bench/maxrss.js) and its ratio, and
//    the 1k→10k growth; then, in process, where the time goes (bench/phases.js).
// 4. Writes the tables with the machine's description between the markers in
//    bench/RESULTS.md (the rest of that file is prose kept as is). `--profile` also writes
//    one `node --cpu-prof` profile per command and size to bench/out/prof/.
// Nothing here is a timed test: the numbers are reported, never asserted.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join, relative, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const OUT = join(__dirname, 'out');
// The repository's copy of ../shared/tools/gen-topology.mjs, so the benchmark runs on a lone clone.
const GEN = join(ROOT, 'scripts', 'gen-topology.mjs');
const RESULTS = join(__dirname, 'RESULTS.md');
const BEGIN = '<!-- bench:begin (written by bench/run.js; edit outside the markers) -->';
const END = '<!-- bench:end -->';

// ---- options ----
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
};
const RUNS = Number(opt('runs', process.env.BENCH_RUNS ?? 5));
const SIZES = String(opt('sizes', '1000,10000')).split(',').map(Number);
const ONLY = new Set(String(opt('only', 'validate,route,cost,version')).split(','));
if (!Number.isInteger(RUNS) || RUNS < 1 || SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: node bench/run.js [--runs N] [--sizes 1000,10000] [--only validate,route,cost,version] [--no-write] [--profile]');
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: no dist/ — run `npm run build` first');
  process.exit(2);
}

// ---- running one child ----
const TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0 ? '/usr/bin/time' : null;
const NODE = process.execPath;

/** Runs `node ARGS` once: wall time in ms (hrtime around the child), CPU time (user + system) in ms, peak RSS in KB. */
function run(args, { check = true } = {}) {
  const cmd = TIME ? TIME : NODE;
  const full = TIME ? ['-v', NODE, ...args] : ['--require', join(__dirname, 'maxrss.js'), ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, full, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let stderr = r.stderr ?? '';
  let rssKb = NaN;
  let cpuMs = NaN;
  if (TIME) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (m) rssKb = Number(m[1]);
    const u = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const k = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    if (u && k) cpuMs = (Number(u[1]) + Number(k[1])) * 1000;
    stderr = stderr.replace(/\tCommand being timed:[\s\S]*$/, '').replace(/Command exited with non-zero status \d+\n?/, '');
  } else {
    const m = /@@maxrss (\d+) (\d+)/.exec(stderr);
    if (m) { rssKb = Number(m[1]); cpuMs = Number(m[2]); }
    stderr = stderr.replace(/\n@@maxrss \d+ \d+\n/, '');
  }
  const code = TIME ? exitOf(r) : r.status;
  if (check && code !== 0 && code !== 1) {
    throw new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`);
  }
  return { ms, cpuMs, rssKb, code, stdout: r.stdout ?? '', stderr };
}

function exitOf(r) {
  // /usr/bin/time exits with the command's status.
  return r.status;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- topologies ----
mkdirSync(OUT, { recursive: true });
function topology(vpcs) {
  const file = join(OUT, `topo-${vpcs}.yaml`);
  const r = spawnSync(NODE, [GEN, '--vpcs', String(vpcs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`gen-topology failed: ${r.stderr}`);
  // Rewritten only when the generator's output changed, so the file keeps its page cache.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== r.stdout) writeFileSync(file, r.stdout);
  return relative(ROOT, file);
}

const hasCost = existsSync(join(ROOT, 'dist', 'cli', 'commands', 'cost.js'));
const COMMANDS = [
  { id: 'floor', label: 'floor (node + yaml parseDocument + LineCounter + toJS)', args: (f) => [join('bench', 'floor.js'), f] },
  { id: 'validate', label: '`validate FILE --format json`', args: (f) => [join('bin', 'dxplan.js'), 'validate', f, '--format', 'json'] },
  { id: 'route', label: '`route` ×100 (bench/route-driver.js)', args: (f) => [join('bench', 'route-driver.js'), f, '100'] },
  { id: 'cost', label: '`cost -f FILE --format json`', args: (f) => [join('bin', 'dxplan.js'), 'cost', '-f', f, '--format', 'json'], skip: hasCost ? null : 'pending (no cost command in dist/)' },
].filter((c) => c.id === 'floor' || ONLY.has(c.id));

// ---- measuring ----
const results = {};
const notes = [];
const log = (s) => process.stderr.write(`${s}\n`);

for (const vpcs of SIZES) {
  const file = topology(vpcs);
  const bytes = statSync(join(ROOT, file)).size;
  results[vpcs] = { file, bytes, cmds: {} };
  const active = [];
  for (const c of COMMANDS) {
    if (c.skip) { results[vpcs].cmds[c.id] = { pending: c.skip }; continue; }
    // A first run outside the timings: checks the command works and warms the page cache.
    const first = run(c.args(file), { check: false });
    const entry = { ms: [], cpu: [], rss: [], code: first.code, info: first.stdout };
    if (c.id === 'route') {
      let info = null;
      try { info = JSON.parse(first.stdout); } catch { /* reported below */ }
      if (!info || first.code !== 0) { entry.pending = `route driver failed (exit ${first.code}): ${(first.stderr || first.stdout).trim().split('\n').slice(-3).join(' ')}`; results[vpcs].cmds[c.id] = entry; continue; }
      if (info.pending) { entry.pending = 'pending (src/routing/index.ts has no route() yet)'; results[vpcs].cmds[c.id] = entry; continue; }
      entry.driver = [];
    } else if (c.id === 'validate') {
      try {
        const j = JSON.parse(first.stdout);
        entry.diagnostics = j.diagnostics.length;
        entry.byRule = {};
        for (const d of j.diagnostics) entry.byRule[d.rule] = (entry.byRule[d.rule] ?? 0) + 1;
      } catch { entry.diagnostics = `unparsable output (exit ${first.code})`; }
    } else if (first.code !== 0 && first.code !== 1) {
      entry.pending = `failed (exit ${first.code}): ${first.stderr.trim().split('\n').slice(-2).join(' ')}`;
      results[vpcs].cmds[c.id] = entry;
      continue;
    }
    results[vpcs].cmds[c.id] = entry;
    active.push(c);
  }
  for (let i = 0; i < RUNS; i++) {
    // Rotate the order each round so that no command always runs first (or after the floor).
    const order = active.map((_, k) => active[(k + i) % active.length]);
    for (const c of order) {
      const r = run(c.args(file));
      const e = results[vpcs].cmds[c.id];
      e.ms.push(r.ms);
      e.cpu.push(r.cpuMs);
      e.rss.push(r.rssKb);
      if (c.id === 'route') { try { e.driver.push(JSON.parse(r.stdout)); } catch { /* kept out */ } }
    }
    log(`${vpcs} VPCs: round ${i + 1}/${RUNS} ${active.map((c) => `${c.id} ${Math.round(results[vpcs].cmds[c.id].ms[i])} ms`).join(', ')}`);
  }
}

let version = null;
if (ONLY.has('version')) {
  const bare = { ms: [], cpu: [], rss: [] };
  const ver = { ms: [], cpu: [], rss: [] };
  run(['-e', '0']);
  run([join('bin', 'dxplan.js'), '--version']);
  for (let i = 0; i < RUNS * 4; i++) {
    for (const [e, args] of i % 2 ? [[bare, ['-e', '0']], [ver, [join('bin', 'dxplan.js'), '--version']]] : [[ver, [join('bin', 'dxplan.js'), '--version']], [bare, ['-e', '0']]]) {
      const r = run(args);
      e.ms.push(r.ms);
      e.cpu.push(r.cpuMs);
      e.rss.push(r.rssKb);
    }
  }
  version = { bare, ver };
  log(`--version: ${median(ver.ms).toFixed(1)} ms, node -e 0: ${median(bare.ms).toFixed(1)} ms`);
}

// Where the time goes, in process (bench/phases.js), medians over the runs.
const phases = {};
for (const vpcs of SIZES) {
  if (!ONLY.has('validate')) break;
  const samples = [];
  for (let i = 0; i < Math.max(3, RUNS); i++) {
    const r = run([join('bench', 'phases.js'), results[vpcs].file]);
    try { samples.push(JSON.parse(r.stdout)); } catch { /* skipped */ }
  }
  const keys = [...new Set(samples.flatMap((s) => Object.keys(s)))];
  phases[vpcs] = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))]));
}

if (flag('profile')) {
  const dir = join(OUT, 'prof');
  mkdirSync(dir, { recursive: true });
  for (const vpcs of SIZES) {
    for (const c of COMMANDS) {
      if (c.skip || results[vpcs].cmds[c.id]?.pending) continue;
      run(['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', `${c.id}-${vpcs}.cpuprofile`, ...c.args(results[vpcs].file)]);
    }
  }
  notes.push(`CPU profiles: ${relative(ROOT, dir)}/<command>-<vpcs>.cpuprofile (open in Chrome DevTools → Performance).`);
}

// ---- report ----
const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`) : '—');
const fmtMb = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

const lines = [];
const cpus = os.cpus();
lines.push(`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, ${os.type()} ${os.release()} (${os.arch()}), Node ${process.version}.`);
lines.push(`Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Command: \`${['node bench/run.js', ...argv].join(' ')}\` — ${RUNS} runs per command, medians; peak RSS from ${TIME ? '`/usr/bin/time -v`' : 'process.resourceUsage().maxRSS'}.`);
lines.push('');
lines.push('| Topology | Command | Wall (median) | × floor | CPU user+sys | CPU × floor | Peak RSS | RSS × floor | Notes |');
lines.push('|---|---|---:|---:|---:|---:|---:|---:|---|');
for (const vpcs of SIZES) {
  const r = results[vpcs];
  const floor = r.cmds.floor;
  const fMs = median(floor.ms);
  const fCpu = median(floor.cpu);
  const fRss = median(floor.rss);
  for (const c of COMMANDS) {
    const e = r.cmds[c.id];
    const name = `${vpcs.toLocaleString('en-US')} VPCs (${(r.bytes / 1024).toFixed(0)} KB)`;
    if (e.pending) { lines.push(`| ${name} | ${c.label} | — | — | — | — | — | — | ${e.pending} |`); continue; }
    const ms = median(e.ms);
    const cpu = median(e.cpu);
    const rss = median(e.rss);
    let note = '';
    if (c.id === 'validate') note = `exit ${e.code}, ${e.diagnostics} diagnostics${e.byRule && Object.keys(e.byRule).length ? ` (${Object.entries(e.byRule).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`;
    if (c.id === 'route' && e.driver.length) {
      note = `in process: load ${fmtMs(median(e.driver.map((d) => d.loadMs)))}, index ${fmtMs(median(e.driver.map((d) => d.indexMs)))}, 100 queries ${fmtMs(median(e.driver.map((d) => d.queryMs)))} (median query ${median(e.driver.map((d) => d.medianQueryMs)).toFixed(2)} ms); ${e.driver[0].reachable} reachable, ${e.driver[0].errors} errors`;
    }
    if (c.id === 'cost') note = `exit ${e.code}`;
    const one = (a, b) => (c.id === 'floor' ? '1.00×' : ratio(a, b));
    lines.push(`| ${name} | ${c.label} | ${fmtMs(ms)} | ${one(ms, fMs)} | ${fmtMs(cpu)} | ${one(cpu, fCpu)} | ${fmtMb(rss)} | ${one(rss, fRss)} | ${note} |`);
  }
}
if (version) {
  const b = median(version.bare.ms);
  const v = median(version.ver.ms);
  const bc = median(version.bare.cpu);
  const vc = median(version.ver.cpu);
  lines.push(`| — | \`node -e 0\` | ${fmtMs(b)} | | ${fmtMs(bc)} | | ${fmtMb(median(version.bare.rss))} | | ${RUNS * 4} runs, alternating |`);
  lines.push(`| — | \`dxplan --version\` | ${fmtMs(v)} | ${ratio(v, b)} of \`node -e 0\` | ${fmtMs(vc)} | ${ratio(vc, bc)} | ${fmtMb(median(version.ver.rss))} | ${ratio(median(version.ver.rss), median(version.bare.rss))} | goal ≤ 1.5× |`);
}
if (SIZES.length >= 2) {
  const [a, b] = [SIZES[0], SIZES[SIZES.length - 1]];
  lines.push('');
  // A command's own work: its CPU time less a bare node's start-up (`node -e 0`), when measured.
  const bare = version ? median(version.bare.cpu) : 0;
  const baseLabel = version ? 'CPU − `node -e 0`' : 'CPU';
  lines.push(`Growth ${a.toLocaleString('en-US')} → ${b.toLocaleString('en-US')} VPCs (input ×${(results[b].bytes / results[a].bytes).toFixed(1)}): the ${b}-VPC median over the ${a}-VPC one. "Work" is the CPU time less a bare node's start-up, so that a fixed cost does not hide how the rest grows; below 10× (linear), start-up and the JIT's warm-up still weigh on the smaller run.`);
  lines.push('');
  lines.push(`| Command | Wall growth | CPU growth | Work (${baseLabel}), ${a} | Work, ${b} | Work growth |`);
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const c of COMMANDS) {
    const ea = results[a].cmds[c.id];
    const eb = results[b].cmds[c.id];
    if (!ea || !eb || ea.pending || eb.pending) { lines.push(`| ${c.id} | — | — | — | — | — |`); continue; }
    const ca = median(ea.cpu);
    const cb = median(eb.cpu);
    const wa = ca - bare;
    const wb = cb - bare;
    lines.push(`| ${c.id} | ${(median(eb.ms) / median(ea.ms)).toFixed(1)}× | ${(cb / ca).toFixed(1)}× | ${fmtMs(wa)} | ${fmtMs(wb)} | ${wa > 0 ? `${(wb / wa).toFixed(1)}×` : '—'} |`);
  }
}
if (Object.keys(phases).length) {
  lines.push('');
  lines.push('Where the time goes, in process (`node bench/phases.js FILE`: the validate command with its stages timed; self CPU time, ms, medians):');
  lines.push('');
  const keys = [...new Set(Object.values(phases).flatMap((p) => Object.keys(p)))].filter((k) => k !== 'exit' && k !== 'outputBytes');
  const sizes = Object.keys(phases).map(Number);
  const head = `| Stage | ${sizes.map((s) => `${s} VPCs`).join(' | ')} |${sizes.length >= 2 ? ' Growth |' : ''}`;
  lines.push(head);
  lines.push(`|---|${sizes.map(() => '---:').join('|')}|${sizes.length >= 2 ? '---:|' : ''}`);
  const big = (k) => Math.max(...sizes.map((s) => phases[s][k] ?? 0));
  const rows = keys.filter((k) => !k.startsWith('rule ') || big(k) >= 1);
  const small = keys.filter((k) => k.startsWith('rule ') && big(k) < 1);
  for (const k of rows) {
    const vals = sizes.map((s) => phases[s][k]);
    const g = sizes.length >= 2 && vals[0] >= 0.5 ? `${(vals[vals.length - 1] / vals[0]).toFixed(1)}×` : '';
    lines.push(`| ${k} | ${vals.map((v) => (Number.isFinite(v) ? v.toFixed(1) : '—')).join(' | ')} |${sizes.length >= 2 ? ` ${g} |` : ''}`);
  }
  if (small.length) lines.push(`| ${small.length} other rules, each < 1 ms | ${sizes.map((s) => small.reduce((a, k) => a + (phases[s][k] ?? 0), 0).toFixed(1)).join(' | ')} |${sizes.length >= 2 ? ' |' : ''}`);
}
for (const n of notes) lines.push('', n);

const block = lines.join('\n');
process.stdout.write(`${block}\n`);
if (!flag('no-write')) {
  const prior = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : `# dxplan benchmark results\n\n${BEGIN}\n${END}\n`;
  const i = prior.indexOf(BEGIN);
  const j = prior.indexOf(END);
  const next = i >= 0 && j > i
    ? `${prior.slice(0, i + BEGIN.length)}\n${block}\n${prior.slice(j)}`
    : `${prior.trimEnd()}\n\n${BEGIN}\n${block}\n${END}\n`;
  writeFileSync(RESULTS, next);
  log(`bench: wrote ${relative(ROOT, RESULTS)}`);
}
