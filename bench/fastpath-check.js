#!/usr/bin/env node
'use strict';
// Differential check of the parse paths (run after `npm run build`):
//
//   node bench/fastpath-check.js [--per-seed N] [--seed S] [--verbose]
//
// On every text of bench/corpus.js (conformance cases, fixtures, generated topologies, and N
// mutations of each), compares with a reference that is dxplan's reader before the fast paths
// (yaml parseDocument, toJS, null prototypes, and locate's walk over the Document, keys named as
// the data names them):
//   - the fast reader (src/source/fast-yaml.ts), wherever it accepts the text: the reference must
//     parse it without error, to the same data (same keys in the same order, same values and
//     types), and every located path must give the same offset, line and column;
//   - parseSource with the fast reader off (the yaml path that walks the Document once) and
//     parseSource as the engine calls it (positions from a second, positions-only pass): same
//     acceptance, same data, same positions.
// Exits 1 on any difference, printing the first ones.
const { LineCounter, Pair, parseDocument, isAlias, isMap, isScalar, isSeq, YAMLMap } = require('yaml');
const { corpus } = require('./corpus');
const { fastParse } = require('../dist/source/fast-yaml');
const { parseSource, locate } = require('../dist/source/document');
const { LineIndex, offsetAt } = require('../dist/source/positions');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const verbose = argv.includes('--verbose');

// ---- the reference: dxplan's reader before the fast paths ----
function nullPrototype(value) {
  if (Array.isArray(value)) return value.map(nullPrototype);
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    const out = Object.create(null);
    for (const key of Object.keys(value)) out[key] = nullPrototype(value[key]);
    return out;
  }
  return value;
}

function reference(original) {
  // parseSource reads CRLF files as LF.
  const text = original.includes('\r\n') ? original.replace(/\r\n/g, '\n') : original;
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', logLevel: 'error' });
  } catch {
    return { ok: false };
  }
  if (doc.errors.length > 0) return { ok: false };
  let data;
  try {
    data = nullPrototype(doc.toJS({ maxAliasCount: 100, mapAsMap: false }));
  } catch {
    return { ok: false };
  }
  // A key as the data names it: '' for a null key, a scalar's value as text, a collection key in
  // the yaml package's flow form (as src/source/document.ts's keyText).
  const keyText = (key) => {
    if (isScalar(key)) return key.value === null ? '' : String(key.value);
    if (key === null || key === undefined) return '';
    const one = new YAMLMap(doc.schema);
    one.items.push(new Pair(key, null));
    return Object.keys(one.toJS(doc, { maxAliasCount: 100 }))[0] ?? '';
  };
  const offsetOf = (path, onKey) => {
    let node = doc.contents;
    let pair;
    let depth = 0;
    for (const seg of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const found = node.items.find((p) => keyText(p.key) === String(seg));
        if (!found) break;
        pair = found;
        node = found.value;
      } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
        pair = undefined;
        node = node.items[seg];
      } else break;
      depth++;
    }
    const keyNode = pair && pair.key?.range ? pair.key : undefined;
    if (depth === path.length && onKey && keyNode?.range) return keyNode.range[0];
    if (node && node.range) return node.range[0];
    return keyNode?.range?.[0];
  };
  return { ok: true, data, offsetOf, linePos: (o) => lineCounter.linePos(o) };
}

// ---- comparing ----
function sameData(a, b, at = '$') {
  if (typeof a !== typeof b) return `${at}: ${typeof a} vs ${typeof b}`;
  if (a === null || b === null || typeof a !== 'object') return Object.is(a, b) ? null : `${at}: ${String(a)} vs ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs not`;
  if (!Array.isArray(a) && (Object.getPrototypeOf(a) !== null || Object.getPrototypeOf(b) !== null)) {
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: prototypes differ`;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${at}: keys [${ka}] vs [${kb}]`;
  for (const k of ka) {
    const d = sameData(a[k], b[k], `${at}.${k}`);
    if (d) return d;
  }
  return null;
}

/** Paths to locate: every node, and paths that run past the document. */
function probes(data, limit = 4000) {
  const out = [[], ['zz'], [0]];
  const visit = (v, path) => {
    if (out.length > limit) return;
    out.push(path, [...path, 'zz'], [...path, 0], [...path, 99], [...path, -1]);
    if (Array.isArray(v)) v.forEach((x, i) => { out.push([...path, String(i)]); visit(x, [...path, i]); });
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) visit(v[k], [...path, k]);
  };
  visit(data, []);
  return out;
}

function comparePositions(ref, offsetOf, linePos, data) {
  for (const path of probes(data)) {
    for (const onKey of [false, true]) {
      const want = ref.offsetOf(path, onKey);
      const got = offsetOf(path, onKey);
      if (want !== got) return `offset of ${JSON.stringify(path)}${onKey ? ' (key)' : ''}: ${got} vs ${want}`;
      if (want !== undefined) {
        const a = JSON.stringify(ref.linePos(want));
        const b = JSON.stringify(linePos(want));
        if (a !== b) return `line of offset ${want}: ${b} vs ${a}`;
      }
    }
  }
  return null;
}

const texts = corpus(opt('per-seed', 40), opt('seed', 6));
const stats = { texts: texts.length, referenceOk: 0, fastAccepted: 0, fastAcceptedOfOk: 0, walkedOk: 0 };
const failures = [];
for (const { name, text } of texts) {
  const ref = reference(text);
  if (ref.ok) stats.referenceOk++;
  // 1. The fast reader alone (on the text as parseSource gives it: CRLF read as LF).
  let fast;
  try {
    fast = fastParse(text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text, { positions: true });
  } catch (err) {
    failures.push(`${name}: fastParse threw ${err}`);
    continue;
  }
  if (fast) {
    stats.fastAccepted++;
    if (!ref.ok) failures.push(`${name}: the fast reader accepted a text the yaml package rejects`);
    else {
      stats.fastAcceptedOfOk++;
      const lines = new LineIndex(text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text);
      const d = sameData(fast.data, ref.data) ?? comparePositions(ref, (p, k) => offsetAt(fast.pos, p, k), (o) => lines.linePos(o), ref.data);
      if (d) failures.push(`${name}: fast reader: ${d}`);
    }
  }
  // 2. parseSource, with and without the fast reader.
  for (const fastOn of [false, true]) {
    let parsed;
    try {
      parsed = parseSource('x.yaml', text, { fast: fastOn });
    } catch (err) {
      failures.push(`${name}: parseSource threw ${err}`);
      continue;
    }
    if (parsed.ok !== ref.ok) {
      // The reference fails on some documents parseSource reports as problems, and vice versa
      // only through limits (nesting, aliases) that parseSource checks first.
      if (parsed.ok) failures.push(`${name}: parseSource (fast ${fastOn}) accepted a text the reference rejects`);
      continue;
    }
    if (!parsed.ok) continue;
    if (!fastOn) stats.walkedOk++;
    const src = parsed.source;
    const d = sameData(src.data, ref.data)
      ?? comparePositions(ref, (p, k) => src.where.offsetOf(p, k), (o) => src.where.linePos(o), ref.data);
    if (d) failures.push(`${name}: parseSource (fast ${fastOn}): ${d}`);
    else if (verbose) void locate(src, []);
  }
  if (verbose && fast === undefined && ref.ok) console.log(`slow path: ${name}`);
}

console.log(JSON.stringify(stats));
if (failures.length) {
  console.log(`${failures.length} differences:`);
  for (const f of failures.slice(0, 40)) console.log(`  ${f}`);
  process.exitCode = 1;
} else {
  console.log('no differences');
}
