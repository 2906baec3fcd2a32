// The JSON Schema ships as schema/topology.schema.json (editors load it from the package).
// It must be exactly what `dxplan schema` prints; after a change to the format or the rule
// catalog, regenerate it with `npm run schema:update`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { starterTopology } from '../../src/init/starter';
import { topologyJsonSchema } from '../../src/model/json-schema';
import { RULES } from '../../src/rules/index';
import { validateJsonSchema } from './mini-json-schema';

const root = join(__dirname, '..', '..');
const shippedText = readFileSync(join(root, 'schema', 'topology.schema.json'), 'utf8');
const shipped = JSON.parse(shippedText) as Record<string, unknown>;
const current = topologyJsonSchema(RULES.map((r) => r.meta.id));

describe('schema/topology.schema.json', () => {
  test('equals the output of `dxplan schema` (if not: npm run schema:update)', () => {
    expect(shipped).toEqual(current);
    // Byte for byte, as the schema command prints it.
    expect(shippedText).toBe(`${JSON.stringify(current, null, 2)}\n`);
  });

  test('lets policy.rules name every rule in the catalog', () => {
    const policy = (shipped.properties as Record<string, { properties: Record<string, { propertyNames: { enum: string[] } }> }>).policy;
    expect(policy.properties.rules.propertyNames.enum).toEqual(RULES.map((r) => r.meta.id));
  });

  test('accepts the spec example', () => {
    const example = parse(readFileSync(join(root, 'fixtures', 'spec-example.yaml'), 'utf8')) as unknown;
    expect(validateJsonSchema(shipped, example)).toEqual([]);
  });

  test('accepts the starter topology of `dxplan init`', () => {
    expect(validateJsonSchema(shipped, parse(starterTopology('yaml-language-server: $schema=./schema/topology.schema.json')))).toEqual([]);
  });

  test('rejects what the loader rejects: an unknown key, a wrong type, a missing required key', () => {
    const example = parse(readFileSync(join(root, 'fixtures', 'spec-example.yaml'), 'utf8')) as Record<string, unknown[]>;
    const bad = structuredClone(example) as Record<string, Record<string, unknown>[]>;
    bad.vifs[0].vlna = 101; // typo
    bad.connections[0].bandwidth = '10G';
    delete bad.vpcs[0].cidrs;
    bad.vifs[1].vlan = 'one hundred';
    const errors = validateJsonSchema(shipped, bad).map((e) => `${e.path}: ${e.message}`);
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^vifs\[0\]: unknown key "vlna"/),
      expect.stringMatching(/^connections\[0\]\.bandwidth: "10G" does not match/),
      expect.stringMatching(/^vpcs\[0\]: missing required "cidrs"/),
      expect.stringMatching(/^vifs\[1\]\.vlan: expected integer, got string/),
    ]));
    expect(validateJsonSchema(shipped, { ...example, version: 2 })).toEqual([{ path: 'version', message: 'expected 1' }]);
    expect(validateJsonSchema(shipped, { ...example, 'x-owner': 'netops' })).toEqual([]);
  });

  test('gives every field a description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const s = node as Record<string, unknown>;
      if (s.properties) {
        for (const [key, field] of Object.entries(s.properties as Record<string, Record<string, unknown>>)) {
          if (typeof field.description !== 'string' || field.description === '') missing.push(`${path}.${key}`);
          walk(field, `${path}.${key}`);
        }
      }
      if (s.items) walk(s.items, `${path}[]`);
    };
    walk(shipped, '$');
    expect(missing).toEqual([]);
  });
});
