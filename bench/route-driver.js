#!/usr/bin/env node
'use strict';
// Loads a generated topology once through the built engine (as `dxplan route` does), builds the
// routing index once, then answers 100 route queries between generated endpoints: a site's
// first host to a VPC's `app` resource, the VPCs spread over the whole file.
// Usage: node bench/route-driver.js FILE [QUERIES]
// Prints one JSON line: { pending } when src/routing has no route() yet, else timings in ms.
const { readFileSync } = require('node:fs');
const { validateBytes } = require('../dist/engine/validate');
const routing = require('../dist/routing/index');

const file = process.argv[2];
const queries = Number(process.argv[3] ?? 100);
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

let t0 = process.hrtime.bigint();
const report = validateBytes(file, readFileSync(file));
const loadMs = ms(t0);
if (!report.topology) {
  console.log(JSON.stringify({ error: 'the file did not load', diagnostics: report.diagnostics.slice(0, 3) }));
  process.exit(2);
}
const topology = report.topology;
t0 = process.hrtime.bigint();
const index = routing.buildRoutingIndex(topology);
const indexMs = ms(t0);
if (typeof index.route !== 'function') {
  console.log(JSON.stringify({ pending: true, loadMs, indexMs }));
  process.exit(0);
}

// The generator's layout (../shared/tools/gen-topology.mjs): VPC v belongs to gateway
// floor(v / 10), and gateway g to site g % sites.
const vpcs = topology.vpcs.length;
const sites = topology.sites.length;
const pairs = [];
for (let i = 0; i < queries; i++) {
  const v = Math.floor((i * vpcs) / queries);
  const s = Math.floor(v / 10) % sites;
  pairs.push([`site-${s}-h0`, `vpc-${v}-app`]);
}
const perQuery = [];
let reachable = 0;
let errors = 0;
t0 = process.hrtime.bigint();
for (const [from, to] of pairs) {
  const q0 = process.hrtime.bigint();
  const r = index.route(from, to);
  perQuery.push(ms(q0));
  if (r && 'error' in r) errors++;
  else if (r && r.reachable) reachable++;
}
const queryMs = ms(t0);
perQuery.sort((a, b) => a - b);
console.log(JSON.stringify({
  pending: false, loadMs, indexMs, queries, queryMs, reachable, errors,
  medianQueryMs: perQuery[perQuery.length >> 1], maxQueryMs: perQuery[perQuery.length - 1],
}));
