// A small JSON Schema (draft 2020-12) checker for the keywords dxplan's schema uses, so tests
// can check documents against the shipped schema without another dependency. Unknown
// keywords fail loudly: a schema change that needs more must extend this on purpose.

type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', '$id', 'title', 'description', 'default', 'examples',
  'type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'propertyNames',
  'items', 'minItems', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'oneOf',
]);

export interface SchemaError {
  path: string;
  message: string;
}

export function validateJsonSchema(schema: Schema, value: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  check(schema, value, '', errors);
  return errors;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function check(schema: Schema, value: unknown, path: string, errors: SchemaError[]): void {
  const fail = (message: string) => errors.push({ path: path || '(root)', message });
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN.has(keyword)) throw new Error(`mini-json-schema does not support "${keyword}" (at ${path || 'root'})`);
  }
  if (schema.type !== undefined) {
    const actual = typeOf(value);
    const ok = schema.type === actual || (schema.type === 'number' && actual === 'integer');
    if (!ok) {
      fail(`expected ${String(schema.type)}, got ${actual}`);
      return;
    }
  }
  if ('const' in schema && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) fail(`expected one of ${JSON.stringify(schema.enum)}, got ${JSON.stringify(value)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) fail(`shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) fail(`longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`"${value}" does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
  if (typeof value === 'number' && typeof schema.maximum === 'number' && value > schema.maximum) fail(`above ${schema.maximum}`);
  if (Array.isArray(schema.oneOf)) {
    const passing = schema.oneOf.filter((s) => validateJsonSchema(s as Schema, value).length === 0).length;
    if (passing !== 1) fail(`matches ${passing} of the oneOf alternatives, not exactly one`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail(`fewer than ${schema.minItems} items`);
    if (schema.items && typeof schema.items === 'object') value.forEach((v, i) => check(schema.items as Schema, v, `${path}[${i}]`, errors));
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const patterns = Object.entries((schema.patternProperties ?? {}) as Record<string, Schema>);
    for (const req of (schema.required ?? []) as string[]) if (!(req in record)) fail(`missing required "${req}"`);
    for (const [key, v] of Object.entries(record)) {
      const where = path ? `${path}.${key}` : key;
      if (schema.propertyNames) check(schema.propertyNames as Schema, key, `${where} (name)`, errors);
      let matched = false;
      if (key in properties) {
        matched = true;
        check(properties[key], v, where, errors);
      }
      for (const [pattern, s] of patterns) {
        if (new RegExp(pattern, 'u').test(key)) {
          matched = true;
          check(s, v, where, errors);
        }
      }
      if (!matched) {
        if (schema.additionalProperties === false) fail(`unknown key "${key}"`);
        else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') check(schema.additionalProperties as Schema, v, where, errors);
      }
    }
  }
}
