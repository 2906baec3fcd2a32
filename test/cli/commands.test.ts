import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBytes } from '../../src/engine/validate';
import { RULES } from '../../src/rules/index';
import { cli, tempDir } from './run';

describe('dxplan (no command), --help and --version', () => {
  test('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });

  test('--help lists the commands and exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['validate', 'route', 'rules', 'schema', 'init', 'graph']) expect(r.stdout).toContain(c);
    expect(r.stdout).toContain('Exit codes');
  });

  test('each command has help', async () => {
    for (const c of ['validate', 'route', 'rules', 'schema', 'init', 'graph']) {
      const r = await cli([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`dxplan ${c}`);
    }
  });

  test('an unknown command is a usage error with a suggestion', async () => {
    const r = await cli(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('validate');
  });
});

describe('dxplan rules', () => {
  test('lists every rule', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toContain(rule.meta.id);
  });

  test('explains one rule: what, why, fix, source', async () => {
    const r = await cli(['rules', 'cidr-invalid']);
    expect(r.stdout).toMatch(/What: .*host bits/);
    expect(r.stdout).toMatch(/Why: /);
    expect(r.stdout).toMatch(/Fix: /);
    expect(r.stdout).toMatch(/Source: https:\/\//);
  });

  test('an unknown id suggests the nearest, exit 2', async () => {
    const r = await cli(['rules', 'cidr-invalidd']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean cidr-invalid?');
  });

  test('json lists metadata', async () => {
    const out = JSON.parse((await cli(['rules', '--format', 'json'])).stdout);
    expect(out.map((m: { id: string }) => m.id)).toEqual(RULES.map((r) => r.meta.id));
  });
});

describe('dxplan schema', () => {
  test('prints a JSON Schema that requires version and knows every section', async () => {
    const schema = JSON.parse((await cli(['schema'])).stdout);
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.required).toEqual(['version']);
    for (const k of ['sites', 'locations', 'connections', 'lags', 'vifs', 'vgws', 'dxgws', 'tgws', 'vpcs', 'vpns', 'traffic', 'intents', 'policy']) {
      expect(schema.properties[k]).toBeDefined();
    }
    expect(schema.properties.vifs.items.required).toEqual(['name', 'type', 'connection', 'vlan']);
    expect(schema.properties.policy.properties.rules.propertyNames.enum).toContain('vif-vlan-unique');
  });
});

describe('dxplan init', () => {
  test('writes a starter that validates with no finding', async () => {
    const dir = tempDir();
    const r = await cli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    const file = join(dir, 'dxplan.yaml');
    const report = validateBytes(file, readFileSync(file));
    expect(report.diagnostics).toEqual([]);
  });

  test('refuses to overwrite an existing file, unless --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dxplan.yaml'), 'mine');
    const r = await cli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'dxplan.yaml'), 'utf8')).toBe('mine');
    expect((await cli(['init', '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'dxplan.yaml'), 'utf8')).toContain('version: 1');
  });

  test('writes to another name when given one, leaving no temporary file', async () => {
    const dir = tempDir();
    await cli(['init', 'net.yaml'], { cwd: dir });
    expect(existsSync(join(dir, 'net.yaml'))).toBe(true);
    expect(require('node:fs').readdirSync(dir)).toEqual(['net.yaml']);
  });
});

describe('dxplan schema for editors', () => {
  test('every field has a description and an example', async () => {
    const schema = JSON.parse((await cli(['schema'])).stdout);
    const bare: string[] = [];
    const walk = (node: Record<string, unknown>, at: string): void => {
      for (const [key, value] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        const container = value.properties !== undefined || (value.items as Record<string, unknown> | undefined)?.properties !== undefined;
        if (!container && (typeof value.description !== 'string' || !Array.isArray(value.examples))) bare.push(`${at}.${key}`);
        walk(value, `${at}.${key}`);
        if (value.items) walk(value.items as Record<string, unknown>, `${at}.${key}[]`);
      }
    };
    walk(schema, '');
    expect(bare).toEqual([]);
  });
});
