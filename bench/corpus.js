'use strict';
// Texts to compare parsers and builds on: the conformance cases, the fixtures, small generated
// topologies, and deterministic mutations of all of them (each one to three edits that a
// person or a bad merge could make: a line lost or doubled, an indent off by one, a stray
// indicator, a value replaced by an odd scalar, a key by an odd key).
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join, relative, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');

function yamlFiles(dir) {
  const out = [];
  let entries;
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries.sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** The seed texts: { name, text }. */
function seeds() {
  // fixtures/ holds the conformance cases too (fixtures/conformance/).
  const files = yamlFiles(join(ROOT, 'fixtures'));
  const out = files.map((f) => ({ name: relative(ROOT, f), text: readFileSync(f, 'utf8') }));
  out.push(...TRICKY.map((text, i) => ({ name: `tricky-${i}`, text })));
  const gen = join(ROOT, 'scripts', 'gen-topology.mjs');
  for (const vpcs of [3, 25]) {
    const r = spawnSync(process.execPath, [gen, '--vpcs', String(vpcs)], { encoding: 'utf8' });
    if (r.status === 0) out.push({ name: `gen-topology --vpcs ${vpcs}`, text: r.stdout });
  }
  return out;
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [' ', ':', ': ', '- ', '-', '#', ' #x', '[', ']', '{', '}', ',', '"', "'", '&a ', '*a', '!!str ', '|', '>', '?', '\t',
  '\r', '~', 'null', 'true', '0x1F', '1e3', '.5', '---\n', '...\n', '%YAML 1.2\n', '\\', '"a\\"b"', "'it''s'", ' - x', 'key: v',
  '@', '`', '\u00a0', 'é', '\ufeff', '\n', '\n\n', '  ', '\u2028', 'a: b', '{ a: 1 }'];
const VALUES = ['', '~', 'null', 'Null', 'NULL', 'TRUE', 'false', 'True', '0o17', '0x1f', '0X1F', '+12', '-0', '007', '1.50', '1e5', '1E-2',
  '.inf', '-.Inf', '.nan', '.NaN', 'a:b', 'a: b', 'a #b', 'a#b', 'a  #b', '[a, b]', '[a,b]', '[ ]', '[]', '{}', '{ a: 1, b: [2, 3] }',
  '{a: 1}', '{a:1}', '{ a: }', '[a, ]', '[a, , b]', '"x"', "'y'", "'it''s'", '"a b" # c', '""', "''", '- a', '-1', '-a', '?x', ':x',
  'x,y', 'x]', 'x}', '__proto__', 'constructor', '12345678901234567890', '1_000', '0b101', '1:30', '2001-12-14', '!!int 3',
  '&x 3', '*x', '"\\u0041"', 'a b c', 'a   b', '[a b, c]', '[{ x: 1 }, [2]]', '{ x: [1, { y: 2 }] }', '[a, [b, [c]]]', 'yes', 'no',
  'on', 'off', 'x:', 'http://a.b/c', 'a,b', '10.0.0.0/8', '[10.0.0.0/8, 10.1.0.0/16]', '"10.0.0.0/8"', '[1, 2.5, -3, .5, 6.]',
  '{ name: a, ip: 10.0.0.1 }', '-.5', '+.5', '0.', '1e', 'e1', '0o8', '0xg', '+0x1', '.', '..', '...x', '--x', '- - a', '-- a'];
const KEYS = ['__proto__', 'constructor', 'toString', 'true', 'null', '1', '01', 'a b', 'x-y', '"q"', "'q'", '<<', '? k', 'k k', 'x.y',
  'a/b', '$ref', '_x', 'X', 'ignore', 'name', 'version', '~', '[a]', '{a: 1}', '-k', 'k#', 'é'];

/** Hand-written corners of the fast reader's subset (and just outside it). */
const TRICKY = [
  'a:\nb:   \nc:   # c\nd: # c\ne:\n  # deeper comment\nf: 1\n',
  'a:\n  # comment first\n  b: 1\n  c:\n    - x\n    -\n    - # c\n    -   \n      y: 2\n',
  'list:\n- a\n- b: 1\n  c: 2\n-\n  d: 3\nnext: 1\n',
  'x: [ a , b ]\ny: { }\nz: [ ]\nw: {a: 1,b: 2}\nv: [a b, c  d]\nu: [[], {}, [[a]]]\n',
  'a: x,y\nb: x]\nc: x}\nd: a:b\ne: a#b\nf: a #b\ng: "q" # c\nh: \'it\'\'s\'\ni: "" \nj: \'\'\n',
  'n1: 0o17\nn2: 0x1F\nn3: +12\nn4: -0\nn5: 007\nn6: 1.50\nn7: 1e5\nn8: .inf\nn9: -.Inf\nn10: .nan\nn11: 6.\nn12: -.5\nn13: 12345678901234567890\nn14: ~\nn15: Null\nn16: FALSE\n',
  'a: 1\n\n   \n# top comment\n  # indented comment\nb:\n    - 1\n    - 2\nc: 3',
  'a:\n  b:\n    c:\n      d: [1, {e: [2, {f: 3}]}]\n  g: h\n',
  'k: v\n---\nk2: v\n',
  'k: v\n...\n',
  '__proto__: 1\nconstructor: 2\ntoString: [3]\n',
  'a: 1\nb:\n  - {name: x, ip: 10.0.0.1}\n  - { name: y, ip: "10.0.0.2" }\n  - [a, \'b\', "c"]\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: |\n  text\n',
  'a: "multi\n  line"\n',
  'a: plain\n  continued\n',
  'a:\n- 1\n- 2\nb:\n  - 3\n',
  '- a\n- b\n',
  'scalar',
  '',
  '# only a comment\n',
  'a: 1 # c\n#c\nb: 2 #c\n',
  'a: [1, 2] # c\nb: {x: 1} # c\n',
  'key with space: 1\n',
  'a: b: c\n',
  'a:\n  - b\n  c: 1\n',
  'a:\n    b: 1\n  c: 2\n',
  'a: 1\na: 2\n',
  'a: {x: 1, x: 2}\n',
  'x-a: 1\n_b: 2\n$c: 3\nd.e: 4\nf/g: 5\n',
  'a: [x,\ny]\nb: [x,\n y]\n',
  'a:\n  - { k: 1,\n    j: 2 }\n  - { k: 1,\n   j: [2,\n   3] }\n',
  'a:\n  - { k: 1,\n  j: 2 }\n',
  'a:\n  - k: [1,\n    2]\n  - k: [1,\n     2]\n',
  'a: [\n  1, 2\n]\n',
  'a: {\n  b: 1,\n  c: [\n   2] }\n',
  'a: [1,\n\n  2]\n',
  'a: [1,\n  # c\n  2]\n',
  'a: [1,   \n  2]   # c\nb: 1\n',
];

function mutate(text, r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  let lines = text.split('\n');
  const line = () => Math.floor(r() * lines.length);
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) {
    const i = line();
    switch (Math.floor(r() * 9)) {
      case 0: lines.splice(i, 1); break;
      case 1: lines.splice(i, 0, lines[i] ?? ''); break;
      case 2: lines[i] = r() < 0.5 ? ` ${lines[i] ?? ''}` : (lines[i] ?? '').replace(/^ {1,2}/, ''); break;
      case 3: {
        const s = lines[i] ?? '';
        const at = Math.floor(r() * (s.length + 1));
        lines[i] = s.slice(0, at) + pick(SNIPPETS) + s.slice(at);
        lines = lines.join('\n').split('\n');
        break;
      }
      case 4: {
        const s = lines[i] ?? '';
        const at = Math.floor(r() * s.length);
        lines[i] = s.slice(0, at) + s.slice(at + 1);
        break;
      }
      case 5: {
        const s = lines[i] ?? '';
        const m = /^(\s*(?:- )?[^:#\s][^:#]*:)\s*(.*)$/.exec(s);
        if (m) lines[i] = `${m[1]} ${pick(VALUES)}`;
        else lines[i] = s.replace(/(\[|\{ |, )[^,\]}]+/, (_, a) => a + pick(VALUES));
        lines = lines.join('\n').split('\n');
        break;
      }
      case 6: {
        const s = lines[i] ?? '';
        lines[i] = s.replace(/^(\s*(?:- )?)[A-Za-z_$][\w$.\/-]*(?=:)/, (_, a) => a + pick(KEYS));
        break;
      }
      case 7: if (i + 1 < lines.length) lines.splice(i, 2, `${lines[i]} ${lines[i + 1].trim()}`); break;
      default: {
        const s = lines[i] ?? '';
        const m = /^( *)([\s\S]*)$/.exec(s);
        lines[i] = `${m[1]}${m[2].replace(/, /, `,\n${m[1]}  `)}`;
        lines = lines.join('\n').split('\n');
      }
    }
  }
  let out = lines.join('\n');
  if (r() < 0.1) out = out.trimEnd();
  return out;
}

/** Seeds and `perSeed` mutations of each, deterministic for a given seed. */
function corpus(perSeed = 40, seed = 6) {
  const out = [];
  const r = rng(seed);
  for (const s of seeds()) {
    out.push(s);
    for (let k = 0; k < perSeed; k++) out.push({ name: `${s.name} ~${k}`, text: mutate(s.text, r) });
  }
  return out;
}

module.exports = { corpus, seeds, mutate, rng };
