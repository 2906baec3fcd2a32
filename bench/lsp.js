#!/usr/bin/env node
'use strict';
// How soon `dxplan lsp` publishes diagnostics after an edit, against the time `dxplan validate`
// takes on the same file (issue 17). Run after `npm run build`:
//
//   node bench/lsp.js [--vpcs 1000] [--runs 9] [--no-write]
//
// 1. Generates the topology with ../shared/tools/gen-topology.mjs into bench/out/.
// 2. `validate`: `node bin/dxplan.js validate FILE --format json`, N times, wall time around the child.
// 3. `lsp`: one server (`node bin/dxplan.js lsp --stdio`) driven over stdio by vscode-jsonrpc, as an
//    editor does: the file is opened, then N edits alternate between putting the first VIF's VLAN out
//    of range (one vif-vlan-range error) and back (none). Each figure is the time from sending the
//    didChange to receiving that version's diagnostics, the server's debounce included.
// 4. Prints the medians and writes them between the lsp markers in bench/RESULTS.md.
// Nothing here is a timed test: the numbers are reported, never asserted.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const ROOT = resolve(__dirname, '..');
const OUT = join(__dirname, 'out');
const GEN = resolve(ROOT, '..', 'shared', 'tools', 'gen-topology.mjs');
const RESULTS = join(__dirname, 'RESULTS.md');
const BEGIN = '<!-- lsp:begin (written by bench/lsp.js; edit outside the markers) -->';
const END = '<!-- lsp:end -->';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
};
const VPCS = Number(opt('vpcs', 1000));
const RUNS = Number(opt('runs', 9));
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: no dist/ — run `npm run build` first');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (ns) => Number(ns) / 1e6;

function generate() {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `lsp-${VPCS}.yaml`);
  const r = spawnSync(process.execPath, [GEN, '--vpcs', String(VPCS)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`gen-topology failed: ${r.stderr}`);
  writeFileSync(file, r.stdout);
  return file;
}

function timeValidate(file) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dxplan.js'), 'validate', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(ms(process.hrtime.bigint() - start));
    if (r.status !== 0 && r.status !== 1) throw new Error(`validate exited ${r.status}: ${r.stderr}`);
  }
  return times;
}

async function timeLsp(file) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'dxplan.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  const counts = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    counts.set(p.version, p.diagnostics.length);
    waiting.get(p.version)?.(process.hrtime.bigint());
  });
  connection.listen();
  const published = (version) => new Promise((res) => waiting.set(version, res));
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  let start = process.hrtime.bigint();
  const opened = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const openMs = ms((await opened) - start);
  const at = text.indexOf('vlan: ') + 'vlan: '.length;
  const original = /^\d+/.exec(text.slice(at))[0];
  const before = text.slice(0, at).split('\n');
  const range = { start: { line: before.length - 1, character: before[before.length - 1].length }, end: { line: before.length - 1, character: before[before.length - 1].length + original.length } };
  const times = [];
  let current = original;
  for (let version = 2; version < RUNS + 2; version++) {
    const next = current === original ? '5000' : original;
    const edit = { ...range, end: { line: range.end.line, character: range.start.character + current.length } };
    const done = published(version);
    start = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: edit, text: next }] });
    times.push(ms((await done) - start));
    if ((counts.get(version) > counts.get(1)) !== (next === '5000')) throw new Error(`version ${version}: unexpected diagnostics`);
    current = next;
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return { openMs, times };
}

async function main() {
  const file = generate();
  const validate = timeValidate(file);
  const lsp = await timeLsp(file);
  const size = (readFileSync(file).length / 1024).toFixed(0);
  const lines = [
    `${VPCS} VPCs (${size} KB), ${RUNS} runs each, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z`,
    '',
    '| measure | median | min | max |',
    '|---|---:|---:|---:|',
    `| \`dxplan validate FILE --format json\` (a process: start-up, read, validate) | ${median(validate).toFixed(0)} ms | ${Math.min(...validate).toFixed(0)} ms | ${Math.max(...validate).toFixed(0)} ms |`,
    `| \`dxplan lsp\`: didChange → publishDiagnostics (100 ms debounce included) | ${median(lsp.times).toFixed(0)} ms | ${Math.min(...lsp.times).toFixed(0)} ms | ${Math.max(...lsp.times).toFixed(0)} ms |`,
    `| \`dxplan lsp\`: didOpen → publishDiagnostics (first analysis, cold) | ${lsp.openMs.toFixed(0)} ms | | |`,
    '',
    `After an edit the diagnostics arrive in ${(median(lsp.times) / median(validate)).toFixed(2)}× the time \`validate\` takes on the file.`,
  ];
  console.log(lines.join('\n'));
  if (argv.includes('--no-write')) return;
  const block = `${BEGIN}\n${lines.join('\n')}\n${END}`;
  const old = readFileSync(RESULTS, 'utf8');
  const i = old.indexOf(BEGIN);
  const j = old.indexOf(END);
  const updated = i >= 0 && j > i ? old.slice(0, i) + block + old.slice(j + END.length)
    : `${old.trimEnd()}\n\n## Language server (bench/lsp.js)\n\n${block}\n`;
  writeFileSync(RESULTS, updated);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
