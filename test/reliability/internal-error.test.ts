// A rule that throws: validate reports internal-error naming the rule, the other rules still
// report, and the CLI exits 2 asking the user to report it. No rule is registered for this:
// one of the catalog's own rules is made to throw with jest.spyOn.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateBytes } from '../../src/engine/validate';
import { RULES } from '../../src/rules/index';
import type { Rule } from '../../src/rules/types';
import { BASE } from '../helpers';
import { cli } from '../cli/run';

const bytes = Buffer.from(BASE);
let dir: string;
/** What BASE reports with every rule working. */
let healthy: { rule: string; message: string }[];
/** A rule with a check that does not fire on BASE (so the finding it loses changes nothing else). */
let victim: Rule;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dxplan-internal-'));
  writeFileSync(join(dir, 'base.yaml'), BASE);
  healthy = validateBytes('base.yaml', bytes).diagnostics.map((d) => ({ rule: d.rule, message: d.message }));
  const firing = new Set(healthy.map((d) => d.rule));
  victim = RULES.find((r) => r.check && !firing.has(r.meta.id))!;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

function breakRule(rule: Rule, thrown: unknown): void {
  jest.spyOn(rule, 'check').mockImplementation(() => {
    throw thrown;
  });
}

describe('a rule that throws', () => {
  it('the catalog has rules with checks, and BASE makes at least one of them report', () => {
    expect(victim).toBeDefined();
    expect(healthy.length).toBeGreaterThan(0);
  });

  it('becomes an internal-error naming the rule; the other rules still report', () => {
    breakRule(victim, new TypeError("Cannot read properties of undefined (reading 'vlan')"));
    const report = validateBytes('base.yaml', bytes);
    const internal = report.diagnostics.filter((d) => d.rule === 'internal-error');
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ severity: 'error', file: 'base.yaml', line: 1, column: 1, path: [] });
    expect(internal[0].message).toContain(`rule ${victim.meta.id} failed`);
    expect(internal[0].message).toContain("Cannot read properties of undefined (reading 'vlan')");
    expect(internal[0].message).toMatch(/please report/i);
    expect(report.fatal).toBe(true);
    // Every finding of the healthy run is still there.
    const rest = report.diagnostics.filter((d) => d.rule !== 'internal-error').map((d) => ({ rule: d.rule, message: d.message }));
    expect(rest).toEqual(healthy);
  });

  it('a rule that throws something that is not an Error (a string, undefined) is reported the same way', () => {
    for (const thrown of ['plain string', undefined, null, 42, { odd: true }]) {
      breakRule(victim, thrown);
      const internal = validateBytes('base.yaml', bytes).diagnostics.filter((d) => d.rule === 'internal-error');
      expect(internal).toHaveLength(1);
      expect(internal[0].message).toContain(`rule ${victim.meta.id} failed`);
      jest.restoreAllMocks();
    }
  });

  it('a rule that reports and then throws, and a stack overflow in another: both named, the rest still report', () => {
    const firing = RULES.find((r) => r.check && r.meta.id === healthy[0].rule)!;
    const original = firing.check!.bind(firing);
    jest.spyOn(firing, 'check').mockImplementation((ctx) => {
      original(ctx);
      throw new Error('after reporting');
    });
    const recurse = (n: number): number => recurse(n + 1) + 1;
    jest.spyOn(victim, 'check').mockImplementation(() => { recurse(0); });
    const report = validateBytes('base.yaml', bytes);
    const internal = report.diagnostics.filter((d) => d.rule === 'internal-error').map((d) => d.message);
    expect(internal).toHaveLength(2);
    expect(internal.join('\n')).toContain(`rule ${firing.meta.id} failed: after reporting`);
    expect(internal.join('\n')).toContain(`rule ${victim.meta.id} failed: Maximum call stack size exceeded`);
    expect(report.diagnostics.some((d) => d.rule === firing.meta.id)).toBe(true);
  });

  it.each(['stylish', 'json', 'sarif', 'github', 'junit'])('the CLI exits 2 and asks the user to report it (--format %s)', async (format) => {
    breakRule(victim, new Error('boom'));
    const r = await cli(['validate', 'base.yaml', '--format', format], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('internal-error');
    expect(r.stdout).toContain(victim.meta.id);
    expect(r.stdout).toMatch(/please report/i);
    expect(r.stdout).toContain(healthy[0].rule);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s{4}at /m);
  });

  it('--fail-on never does not hide an internal error', async () => {
    breakRule(victim, new Error('boom'));
    const r = await cli(['validate', 'base.yaml', '--fail-on', 'never'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(2);
  });

  it('policy cannot turn internal-error off or suppress it', async () => {
    breakRule(victim, new Error('boom'));
    const text = BASE.replace('name: test\n', 'name: test\npolicy:\n  rules:\n    internal-error: off\n')
      .replace('  - name: hq\n', '  - name: hq\n    ignore:\n      - { rule: internal-error, reason: hide it }\n');
    const report = validateBytes('base.yaml', Buffer.from(text));
    expect(report.diagnostics.filter((d) => d.rule === 'internal-error')).toHaveLength(1);
    expect(report.fatal).toBe(true);
  });

  it('route, graph and cost still answer when a rule throws (the rules do not stop them)', async () => {
    breakRule(victim, new Error('boom'));
    for (const argv of [['route', 'app1', 'orders-db', '-f', 'base.yaml'], ['graph', '-f', 'base.yaml'], ['cost', '-f', 'base.yaml']]) {
      const r = await cli(argv, { cwd: dir, env: { NO_COLOR: '1' } });
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(/^\s{4}at /m);
    }
  });
});
