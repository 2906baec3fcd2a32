// Hostile inputs through the real binary: `node bin/dxplan.js validate FILE --format json`.
// Each must end with exit 1 or 2 and a message that says what is wrong (and where), within the
// harness budgets of 10 s and 1 GB, and never print a stack trace.
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateBytes } from '../../src/engine/validate';
import { BASE } from '../helpers';
import { cleanBuild, ensureBuilt, runBinary, type BinaryRun } from './binary';
import { assertPrototypesClean } from './properties';

const BUDGET_MS = 10_000;
const BUDGET_RSS = 1024 * 1024 * 1024;

let dir: string;

interface JsonDiag { rule: string; message: string; line: number; column: number; path: unknown[] }

function diagnostics(run: BinaryRun): JsonDiag[] {
  return (JSON.parse(run.stdout) as { diagnostics: JsonDiag[] }).diagnostics;
}

/** A deterministic byte stream (no Math.random: the same corpus on every run). */
function pseudoRandomBytes(n: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function billionLaughs(): string {
  let text = 'version: 1\nx-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  let prev = 'a';
  for (const n of 'bcdefghi') {
    text += `x-${n}: &${n} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
    prev = n;
  }
  return text;
}

interface Case {
  name: string;
  /** File name given on the command line, relative to the corpus folder. */
  file: string;
  /** Writes the file (absent: the file is not created). */
  make?: (path: string) => void;
  code: 1 | 2;
  /** The output (JSON diagnostics' messages, or stderr) must match this: what is wrong. */
  says: RegExp;
  /** The rule reported first, for JSON output. */
  rule?: string;
  /** Where: the line the first diagnostic names. */
  line?: number;
  /** A usage error: one line on stderr, nothing on stdout. */
  usage?: boolean;
}

const write = (content: string | Buffer) => (path: string) => writeFileSync(path, content);
const baseLines = BASE.split('\n');
const lineOf = (needle: string) => baseLines.findIndex((l) => l.includes(needle)) + 1;

const CASES: Case[] = [
  { name: 'alias bomb (billion laughs)', file: 'lol.yaml', make: write(billionLaughs()), code: 2, rule: 'input-limit', says: /alias.*limit 100/, line: 3 },
  { name: '100,000-deep flow nesting', file: 'flow.yaml', make: write(`version: 1\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`), code: 2, rule: 'input-limit', says: /nesting deeper than the limit of 256 levels/, line: 2 },
  {
    name: '5,000-deep block nesting', file: 'block.yaml', code: 2, rule: 'input-limit', says: /nesting deeper than the limit of 256 levels/,
    make: (p) => writeFileSync(p, `version: 1\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}a:\n`).join('')}`),
  },
  { name: '5,000-deep block sequences', file: 'seqs.yaml', make: write(`version: 1\nx:\n${'- '.repeat(5000)}a\n`), code: 2, rule: 'input-limit', says: /nesting deeper than the limit of 256 levels/, line: 3 },
  { name: 'random binary data', file: 'binary.yaml', make: write(pseudoRandomBytes(64 * 1024)), code: 2, rule: 'yaml-syntax', says: /not UTF-8 text: invalid byte at offset \d+/ },
  { name: 'NUL byte inside a valid file', file: 'nul.yaml', make: write(BASE.replace('name: hq\n', 'name: h\0q\n')), code: 2, rule: 'yaml-syntax', says: /NUL byte/, line: lineOf('name: hq') },
  { name: 'NUL bytes in a comment', file: 'nul-comment.yaml', make: write(`${BASE}# trailing \0\0\n`), code: 2, rule: 'yaml-syntax', says: /NUL byte/, line: baseLines.length },
  { name: 'UTF-16 text (NUL between letters)', file: 'utf16.yaml', make: write(Buffer.from(BASE, 'utf16le')), code: 2, rule: 'yaml-syntax', says: /NUL byte|not UTF-8/ },
  {
    name: 'an 8 MB scalar', file: 'big-scalar.yaml', code: 1, rule: 'schema-type', says: /name of 1–128 characters.*x{40}…/, line: lineOf('name: hq'),
    make: write(BASE.replace('name: hq\n', `name: ${'x'.repeat(8 * 1024 * 1024)}\n`)),
  },
  {
    name: '__proto__ and constructor keys at several levels', file: 'proto.yaml', code: 1, rule: 'schema-unknown-key', says: /unknown key `__proto__`/,
    make: write(protoText()),
  },
  { name: 'a number like 1e999', file: 'inf.yaml', make: write(BASE.replace('vlan: 101', 'vlan: 1e999')), code: 1, rule: 'schema-type', says: /whole number, got a number too large to represent/, line: lineOf('vlan: 101') },
  {
    name: 'non-UTF-8 bytes', file: 'latin1.yaml', code: 2, rule: 'yaml-syntax', says: /not UTF-8 text: invalid byte at offset \d+/, line: lineOf('name: hq'),
    make: write(Buffer.concat([Buffer.from(BASE.slice(0, BASE.indexOf('name: hq') + 7)), Buffer.from([0xe9]), Buffer.from(BASE.slice(BASE.indexOf('name: hq') + 7))])),
  },
  { name: 'several YAML documents', file: 'multi.yaml', make: write(`${BASE}---\nversion: 1\n`), code: 2, rule: 'yaml-syntax', says: /several YAML documents/, line: baseLines.length },
  { name: 'an empty file', file: 'empty.yaml', make: write(''), code: 2, rule: 'topology-version', says: /the file is empty/, line: 1 },
  { name: 'a file of only comments', file: 'comments.yaml', make: write('# dxplan topology\n# to be written\n\n'), code: 2, rule: 'topology-version', says: /only comments/, line: 1 },
  { name: 'a self-referencing alias', file: 'cycle.yaml', make: write('version: 1\nsites: &s [ *s ]\n'), code: 2, rule: 'yaml-syntax', says: /alias \*s refers to the node that contains it/, line: 2 },
  { name: 'a folder', file: 'a-folder', make: (p) => mkdirSync(p), code: 2, usage: true, says: /cannot read a-folder: it is a folder/ },
  { name: 'a missing file', file: 'missing.yaml', code: 2, usage: true, says: /cannot read missing\.yaml: no such file/ },
  {
    name: 'a 65 MB file (sparse)', file: 'huge.yaml', code: 2, rule: 'input-limit', says: /over the limit of 67108864 bytes \(64 MB\)/,
    make: (p) => {
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 65 * 1024 * 1024);
      closeSync(fd);
    },
  },
];

function protoText(): string {
  return BASE.replace('name: test\n', 'name: test\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n')
    .replace('  - name: hq\n', '  - name: hq\n    __proto__: { polluted: yes }\n    constructor: { prototype: { polluted: yes } }\n')
    + 'policy:\n  rules:\n    __proto__: off\n    constructor: error\n    toString: warning\n';
}

beforeAll(() => {
  const note = ensureBuilt();
  if (note) process.stdout.write(`hostile.test: ${note}\n`);
  dir = mkdtempSync(join(tmpdir(), 'dxplan-hostile-'));
  for (const c of CASES) c.make?.(join(dir, c.file));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  cleanBuild();
});

describe('hostile inputs through the built binary', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const run = runBinary(['validate', c.file, '--format', 'json'], dir);
    const context = `${c.name}: exit ${run.code}, ${run.ms.toFixed(0)} ms, ${(run.maxRssBytes / 1048576).toFixed(0)} MB\nstderr: ${run.stderr.slice(0, 500)}\nstdout: ${run.stdout.slice(0, 500)}`;
    expect({ context, code: run.code, signal: run.signal }).toEqual({ context, code: c.code, signal: null });
    // Harness budgets: a hang or a blow-up fails here, not a slow CI machine on normal input.
    expect(run.ms).toBeLessThan(BUDGET_MS);
    expect(run.maxRssBytes).toBeLessThan(BUDGET_RSS);
    expect(run.stderr).not.toMatch(/^\s{4}at /m);
    expect(run.stdout).not.toMatch(/^\s{4}at /m);
    expect(run.stderr).not.toMatch(/internal error/i);
    if (c.usage) {
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(c.says);
      return;
    }
    const diags = diagnostics(run);
    expect(diags.length).toBeGreaterThan(0);
    expect(diags.map((d) => d.message).join('\n')).toMatch(c.says);
    const first = diags.find((d) => d.rule === c.rule);
    expect(first).toBeDefined();
    expect(first!.line).toBeGreaterThanOrEqual(1);
    expect(first!.column).toBeGreaterThanOrEqual(1);
    if (c.line !== undefined) expect(first!.line).toBe(c.line);
    // The stylish output (what a person reads) names the same problem with file:line:column.
    if (c.file !== 'big-scalar.yaml' && c.file !== 'huge.yaml') {
      const human = runBinary(['validate', c.file], dir);
      expect(human.code).toBe(c.code);
      expect(`${human.stdout}${human.stderr}`).toContain(`${c.file}:${first!.line}:${first!.column}`);
      expect(human.stderr).not.toMatch(/^\s{4}at /m);
    }
  });

  it('a BOM with CRLF line endings gives byte-identical output to the plain file', () => {
    const plain = join(dir, 'plain');
    const crlf = join(dir, 'crlf');
    mkdirSync(plain);
    mkdirSync(crlf);
    const text = `${BASE}vpcs2: typo\n`;
    writeFileSync(join(plain, 'topo.yaml'), text);
    writeFileSync(join(crlf, 'topo.yaml'), `\ufeff${text.replace(/\n/g, '\r\n')}`);
    for (const format of ['json', 'stylish', 'sarif', 'github', 'junit']) {
      const a = runBinary(['validate', 'topo.yaml', '--format', format], plain);
      const b = runBinary(['validate', 'topo.yaml', '--format', format], crlf);
      expect(b.code).toBe(a.code);
      expect(b.stdout).toBe(a.stdout);
      expect(b.stderr).toBe(a.stderr);
    }
  });

  it('__proto__ and constructor keys never reach Object.prototype (in process)', () => {
    const report = validateBytes('proto.yaml', Buffer.from(protoText()));
    expect(report.diagnostics.filter((d) => d.rule === 'schema-unknown-key').map((d) => d.message)).toEqual(expect.arrayContaining([
      'unknown key `__proto__` in a topology', 'unknown key `constructor` in a topology',
      'unknown key `__proto__` in a site', 'unknown key `constructor` in a site',
    ]));
    expect(report.diagnostics.filter((d) => d.rule === 'ref-unknown').map((d) => d.message)).toEqual(expect.arrayContaining([
      'no rule has the id __proto__', 'no rule has the id constructor', 'no rule has the id toString',
    ]));
    assertPrototypesClean();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
