// The catalog's own health: every rule is documented, tested, and has a bad fixture that fires it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBytes } from '../../src/engine/validate';
import { RULES } from '../../src/rules/index';
import { formatRuleDetail, formatRulesMarkdown } from '../../src/formatters/rules-catalog';

const root = join(__dirname, '..', '..');
/** internal-error is a dxplan bug by definition: no topology should produce it. */
const NO_FIXTURE = new Set(['internal-error']);

describe('rule catalog', () => {
  test('ids are unique, kebab-case and sorted', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test.each(RULES.map((r) => [r.meta.id, r] as const))('%s has complete metadata', (_id, rule) => {
    const m = rule.meta;
    expect(['error', 'warning', 'info']).toContain(m.severity);
    for (const text of [m.description, m.why, m.hint]) expect(text.length).toBeGreaterThan(10);
    // Rules that check the network cite the AWS documentation they encode; the document rules
    // check the file against dxplan's own format (ref-unknown's check resolves flow ends).
    if (rule.check && m.area !== 'document') expect(m.source).toMatch(/^https:\/\/([a-z0-9-]+\.)*(aws\.amazon\.com|amazonaws\.cn|repost\.aws)\//);
  });

  test.each(RULES.filter((r) => r.check).map((r) => [r.meta.id, r.meta.area] as const))('%s has its own test file', (id, area) => {
    expect(existsSync(join(root, 'test', 'rules', area, `${id}.test.ts`))).toBe(true);
  });

  test.each(RULES.filter((r) => !NO_FIXTURE.has(r.meta.id)).map((r) => [r.meta.id] as const))('fixtures/bad/%s.yaml fires it', (id) => {
    const file = join(root, 'fixtures', 'bad', `${id}.yaml`);
    expect(existsSync(file)).toBe(true);
    const report = validateBytes(file, readFileSync(file));
    expect(report.diagnostics.map((d) => d.rule)).toContain(id);
  });

  test('every bad fixture is named after a rule', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const f of readdirSync(join(root, 'fixtures', 'bad'))) expect(ids.has(f.replace(/\.yaml$/, ''))).toBe(true);
  });

  test('docs/rules.md is generated from the catalog and up to date (npm run docs:rules)', () => {
    expect(readFileSync(join(root, 'docs', 'rules.md'), 'utf8')).toBe(formatRulesMarkdown(RULES.map((r) => r.meta)));
  });

  // YAML 1.1 tools (PyYAML, older linters) read a bare `off` as false: what users copy says "off".
  test('the README, docs/ and `dxplan rules <id>` write a rule turned off as "off", quoted', () => {
    const texts = [
      ['README.md', readFileSync(join(root, 'README.md'), 'utf8')],
      ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => [`docs/${f}`, readFileSync(join(root, 'docs', f), 'utf8')]),
      ...RULES.map((r) => [`dxplan rules ${r.meta.id}`, formatRuleDetail(r.meta, { color: false })]),
    ];
    const bare = texts.flatMap(([where, text]) => text.split('\n').filter((l) => /:\s*off\b/.test(l)).map((l) => `${where}: ${l}`));
    expect(bare).toEqual([]);
    expect(formatRuleDetail(RULES[0].meta, { color: false })).toContain(`policy: { rules: { ${RULES[0].meta.id}: "off" } }`);
  });
});

describe('good fixtures', () => {
  const good = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.yaml'));
  test.each(good)('%s validates with no error', (f) => {
    const file = join(root, 'fixtures', f);
    const errors = validateBytes(file, readFileSync(file)).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });
});
