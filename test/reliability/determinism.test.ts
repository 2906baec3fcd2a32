// Determinism: the same input gives byte-identical output in every format, whatever the order
// of the files on the command line; diagnostics come sorted by file, line, column, rule.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULE_IDS } from '../../src/rules/index';
import { BASE } from '../helpers';
import { cli } from '../cli/run';
import { mutatedText, validText } from './arbitraries';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
const env = { NO_COLOR: '1' };
let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dxplan-determinism-'));
  mkdirSync(join(dir, 'sub'));
  const ids = [...RULE_IDS].sort();
  // A fixed sample: two generated valid topologies, three mutated ones, BASE, and a broken file.
  const valid = fc.sample(validText(ids), { seed: 7, numRuns: 2 }).map((v) => v.text);
  const mutated = fc.sample(mutatedText(ids), { seed: 11, numRuns: 3 }).map((v) => v.text);
  const texts = [...valid, ...mutated, BASE, `${BASE}vifs2: [\n`];
  files = texts.map((_, i) => (i % 3 === 2 ? `sub/t${i}.yaml` : `t${i}.yaml`));
  texts.forEach((t, i) => writeFileSync(join(dir, files[i]), t));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A few orders of the same files: as written, reversed, and rotated. */
function orders(xs: string[]): string[][] {
  return [xs, [...xs].reverse(), [...xs.slice(3), ...xs.slice(0, 3)], [...xs.slice(1), xs[0], xs[2]]];
}

describe('determinism', () => {
  it.each(FORMATS)('validate --format %s: byte-identical across runs and file orders', async (format) => {
    const outputs = new Set<string>();
    const codes = new Set<number>();
    for (const order of orders(files)) {
      for (let run = 0; run < 2; run++) {
        const r = await cli(['validate', ...order, '--format', format], { cwd: dir, env });
        outputs.add(r.stdout);
        codes.add(r.code);
        expect(r.stderr).not.toMatch(/^\s{4}at /m);
      }
    }
    expect(codes.size).toBe(1);
    expect(outputs.size).toBe(1);
    // No colour codes in any format with NO_COLOR.
    expect([...outputs][0]).not.toMatch(/\u001b\[/);
  });

  it('a file named twice is reported once', async () => {
    const once = await cli(['validate', files[0], '--format', 'json'], { cwd: dir, env });
    const twice = await cli(['validate', files[0], files[0], '-f', files[0], '--format', 'json'], { cwd: dir, env });
    expect(twice.stdout).toBe(once.stdout);
  });

  it('diagnostics are sorted by file, line, column, then rule', async () => {
    const r = await cli(['validate', ...[...files].reverse(), '--format', 'json'], { cwd: dir, env });
    const diags = (JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; rule: string }[] }).diagnostics;
    expect(diags.length).toBeGreaterThan(5);
    expect(new Set(diags.map((d) => d.file)).size).toBeGreaterThan(2);
    const key = (d: (typeof diags)[number]) => [d.file, d.line, d.column, d.rule] as const;
    const cmp = (a: (typeof diags)[number], b: (typeof diags)[number]) => {
      const [fa, la, ca, ra] = key(a);
      const [fb, lb, cb, rb] = key(b);
      return (fa < fb ? -1 : fa > fb ? 1 : 0) || la - lb || ca - cb || (ra < rb ? -1 : ra > rb ? 1 : 0);
    };
    for (let i = 1; i < diags.length; i++) expect(cmp(diags[i - 1], diags[i])).toBeLessThanOrEqual(0);
  });

  it('route, graph, cost and report print the same twice', async () => {
    const base = 'base.yaml';
    writeFileSync(join(dir, base), BASE);
    const commands = [
      ['route', 'app1', 'orders-db', '-f', base], ['route', 'app1', 'orders-db', '-f', base, '--format', 'json'],
      ['graph', '-f', base], ['graph', '-f', base, '--format', 'dot'], ['graph', '-f', base, '--format', 'svg'], ['report', '-f', base], ['cost', '-f', base], ['cost', '-f', base, '--format', 'json'],
    ];
    for (const argv of commands) {
      const a = await cli(argv, { cwd: dir, env });
      const b = await cli(argv, { cwd: dir, env });
      expect(b).toEqual(a);
      expect(a.stderr).not.toMatch(/^\s{4}at /m);
    }
  });
});
