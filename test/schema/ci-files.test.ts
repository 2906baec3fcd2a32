// The CI integration files users copy or reference: action.yml, .pre-commit-hooks.yaml and the
// examples in docs/ci.md must parse and agree with each other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Step { name?: string; id?: string; if?: string; run?: string; uses?: string; shell?: string; with?: Record<string, string>; env?: Record<string, string> }
const action = parse(read('action.yml')) as {
  name: string; description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};
const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string; files: string }[];
const docs = read('docs/ci.md');
const yamlBlocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('action.yml', () => {
  test('is a composite action with the documented inputs and defaults', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.inputs.files.default).toBe('dxplan.yaml');
    expect(action.inputs['fail-on'].default).toBe('error');
    expect(action.inputs.version.default).toBe('');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
    for (const step of action.runs.steps) if (step.run) expect(step.shell).toBe('bash');
  });

  test('installs dxplan from its own folder and runs its bin', () => {
    const install = action.runs.steps.find((s) => s.id === 'install')?.run ?? '';
    expect(install).toContain('npm ci --prefix "$GITHUB_ACTION_PATH"');
    expect(install).toContain('bin="$GITHUB_ACTION_PATH/bin/dxplan.js"');
  });

  test('writes SARIF, prints annotations and keeps the validate exit code', () => {
    const validate = action.runs.steps.find((s) => s.id === 'validate')?.run ?? '';
    expect(validate).toMatch(/validate "\$\{files\[@\]\}" "\$\{limits\[@\]\}" --format sarif > "\$DXPLAN_SARIF"/);
    expect(validate).toMatch(/validate "\$\{files\[@\]\}" "\$\{limits\[@\]\}" --format github\n\s*code=\$\?/);
    expect(validate).toMatch(/exit "\$code"\s*$/);
    expect(validate).toContain('--fail-on "$DXPLAN_FAIL_ON"');
    expect(validate).toContain('--max-warnings "$DXPLAN_MAX_WARNINGS"');
  });

  test('uploads the SARIF report even when the check failed', () => {
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.uses).toBe('github/codeql-action/upload-sarif@v3');
    expect(upload?.if).toMatch(/^always\(\) && /);
    expect(upload?.with?.sarif_file).toBe('${{ steps.validate.outputs.sarif-file }}');
  });

  test('never expands an input inside a script (no shell injection)', () => {
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toContain('${{');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  test('declares dxplan-validate as a node hook', () => {
    expect(hooks).toEqual([expect.objectContaining({ id: 'dxplan-validate', language: 'node', entry: 'dxplan validate' })]);
  });

  test('matches dxplan.yaml, dxplan.yml and *.dxplan.yaml anywhere, and nothing else', () => {
    const files = new RegExp(hooks[0].files);
    for (const f of ['dxplan.yaml', 'dxplan.yml', 'net/dxplan.yaml', 'net/eu.dxplan.yaml', 'lab.dxplan.yml']) expect(files.test(f)).toBe(true);
    for (const f of ['mydxplan.yaml', 'dxplan.yaml.bak', 'dxplan.json', 'net/topo.yaml', '.dxplan.schema.json']) expect(files.test(f)).toBe(false);
  });
});

describe('docs/ci.md', () => {
  test('every YAML example parses', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(4);
    for (const block of yamlBlocks) {
      // A lone step (`- run: ...`) is indented as inside a workflow.
      const text = block.startsWith('      ') ? block.replace(/^ {6}/gm, '') : block;
      expect(() => parse(text)).not.toThrow();
    }
  });

  test('the workflow examples use only inputs the action has', () => {
    const workflows = yamlBlocks.filter((b) => !b.startsWith(' ')).map((b) => parse(b) as { jobs?: Record<string, { steps: Step[] }> }).filter((w) => w?.jobs);
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    for (const w of workflows) {
      const step = Object.values(w.jobs ?? {}).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('OWNER/dxplan@'));
      expect(step).toBeDefined();
      for (const key of Object.keys(step?.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    }
    for (const input of Object.keys(action.inputs)) expect(docs).toContain(`\`${input}\``);
  });

  test('the pre-commit examples name the hook', () => {
    const configs = yamlBlocks.map((b) => parse(b) as { repos?: { hooks: { id: string }[] }[] }).filter((c) => c?.repos);
    expect(configs.length).toBeGreaterThanOrEqual(1);
    for (const c of configs) expect(c.repos?.[0].hooks[0].id).toBe(hooks[0].id);
  });
});
