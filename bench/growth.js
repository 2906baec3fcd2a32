#!/usr/bin/env node
'use strict';
// How each stage grows with the input, warm and in process (run after `npm run build`):
//
//   node bench/growth.js [--sizes 1000,10000] [--repeat 5]
//
// For each generated topology (bench/out/topo-N.yaml, made by bench/run.js or here), loads the
// model once, then times, `repeat` times each: the fast reader, the model build, the routing
// index with all its tables, every rule's check on its own (on a fresh index whose tables are
// built outside the timing), and 100 route queries; each run after a collection (no pause for
// earlier garbage lands in a stage), keeping the fastest run. Growth is the largest size's median over the smallest's: for 10× the input, ~10× is
// linear, ~13× n log n, ~100× quadratic. Prints a Markdown table; rows over 20× are flagged.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
// Collect garbage before each timed run, so that a pause for earlier garbage lands in none.
if (typeof global.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const SIZES = String(opt('sizes', '1000,10000')).split(',').map(Number);
const REPEAT = Number(opt('repeat', 5));

const { fastParse } = require('../dist/source/fast-yaml');
const { parseSource } = require('../dist/source/document');
const { buildTopology } = require('../dist/model/load');
const { RULES, RULE_IDS } = require('../dist/rules/index');
const routing = require('../dist/routing/index');

const now = () => Number(process.hrtime.bigint()) / 1e6;
// The fastest of the runs: what the machine's other load and the collector add only ever slows one.
const best = (xs) => Math.min(...xs);
function time(fn) {
  const samples = [];
  fn(); // warm-up
  for (let i = 0; i < REPEAT; i++) {
    global.gc();
    const t0 = now();
    fn();
    samples.push(now() - t0);
  }
  return best(samples);
}

function topologyFile(vpcs) {
  const file = join(__dirname, 'out', `topo-${vpcs}.yaml`);
  if (!existsSync(file)) {
    mkdirSync(join(__dirname, 'out'), { recursive: true });
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-topology.mjs'), '--vpcs', String(vpcs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(r.stderr);
    writeFileSync(file, r.stdout);
  }
  return file;
}

const rows = new Map();
const put = (label, vpcs, ms) => {
  if (!rows.has(label)) rows.set(label, {});
  rows.get(label)[vpcs] = ms;
};

for (const vpcs of SIZES) {
  const text = readFileSync(topologyFile(vpcs), 'utf8');
  put('source: fast reader (data)', vpcs, time(() => fastParse(text)));
  put('source: fast reader (data + positions)', vpcs, time(() => fastParse(text, { positions: true })));
  put('source: yaml package path (parseSource, fast off)', vpcs, time(() => parseSource('f', text, { fast: false })));
  const data = parseSource('f', text).source.data;
  put('model: buildTopology', vpcs, time(() => buildTopology(data, RULE_IDS)));
  const topology = buildTopology(data, RULE_IDS).topology;
  // The routing index is memoised per topology object and caches its answers: each run below
  // works on a shallow copy (a new object, the same entities), so nothing carries over.
  const fresh = () => ({ ...topology });
  const tables = (index, t) => {
    for (const site of t.sites) index.siteTable?.(site);
    for (const g of [...t.vgws, ...t.tgws]) index.gatewayTable?.(g);
  };
  put('routing: index and every site and gateway table', vpcs, (() => {
    const samples = [];
    for (let i = -1; i < REPEAT; i++) {
      const t = fresh();
      global.gc();
      const t0 = now();
      tables(routing.buildRoutingIndex(t), t);
      if (i >= 0) samples.push(now() - t0);
    }
    return best(samples);
  })());
  for (const rule of RULES) {
    if (!rule.check) continue;
    // Tables built outside the timing (their cost is the row above); routes are not cached.
    const samples = [];
    for (let i = -1; i < REPEAT; i++) {
      const t = fresh();
      const index = routing.buildRoutingIndex(t);
      tables(index, t);
      const ctx = { topology: t, routing: index, report: () => {} };
      global.gc();
      const t0 = now();
      rule.check(ctx);
      if (i >= 0) samples.push(now() - t0);
    }
    put(`rule ${rule.meta.id}`, vpcs, best(samples));
  }
  if (typeof routing.buildRoutingIndex(fresh()).route === 'function') {
    // 100 first queries on a fresh index whose tables are built (bench/route-driver.js's pairs).
    const sites = topology.sites.length;
    const n = topology.vpcs.length;
    const samples = [];
    let reachable = 0;
    for (let k = -1; k < REPEAT; k++) {
      const t = fresh();
      const index = routing.buildRoutingIndex(t);
      tables(index, t);
      global.gc();
      const t0 = now();
      reachable = 0;
      for (let i = 0; i < 100; i++) {
        const v = Math.floor((i * n) / 100);
        const r = index.route(`site-${Math.floor(v / 10) % sites}-h0`, `vpc-${v}-app`);
        if (r && r.reachable) reachable++;
      }
      if (k >= 0) samples.push(now() - t0);
    }
    put(`route: 100 queries (${reachable} reachable)`, vpcs, best(samples));
  }
  process.stderr.write(`${vpcs} VPCs done\n`);
}

const [a, b] = [SIZES[0], SIZES[SIZES.length - 1]];
const out = [];
out.push(`| Stage (warm, ms, best of ${REPEAT}) | ${SIZES.map((s) => `${s} VPCs`).join(' | ')} | Growth |`);
out.push(`|---|${SIZES.map(() => '---:').join('|')}|---:|`);
let small = 0;
const smallAt = {};
for (const [label, bySize] of rows) {
  const big = Math.max(...SIZES.map((s) => bySize[s] ?? 0));
  if (label.startsWith('rule ') && big < 2) {
    small++;
    for (const s of SIZES) smallAt[s] = (smallAt[s] ?? 0) + (bySize[s] ?? 0);
    continue;
  }
  const g = bySize[a] > 0.05 ? bySize[b] / bySize[a] : NaN;
  const flag = g > 20 ? ' ⚠' : '';
  out.push(`| ${label} | ${SIZES.map((s) => (bySize[s] ?? NaN).toFixed(2)).join(' | ')} | ${Number.isFinite(g) ? `${g.toFixed(1)}×${flag}` : '—'} |`);
}
out.push(`| ${small} other rules, each < 2 ms (sum) | ${SIZES.map((s) => (smallAt[s] ?? 0).toFixed(2)).join(' | ')} | ${smallAt[a] > 0.05 ? `${(smallAt[b] / smallAt[a]).toFixed(1)}×` : '—'} |`);
console.log(out.join('\n'));
