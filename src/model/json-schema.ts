// The topology format as JSON Schema (draft 2020-12), generated from the loader's schema.
import { IGNORE_SCHEMA, MAX_TEXT, TOPOLOGY, type FieldSpec, type ObjectSchema, type ValueType } from './schema';
import type { EntityKind } from './types';

type Json = Record<string, unknown>;

// NAME_PATTERN without \p{...}, which not every JSON Schema validator supports: the C0/C1
// controls and the Unicode format characters (Cf) spelt out.
const NAME_PATTERN_JSON = '^[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb]{1,128}$';

function valueSchema(type: ValueType, ruleIds: readonly string[]): Json {
  switch (type.t) {
    case 'string': return { type: 'string', minLength: 1, maxLength: type.maxLength ?? MAX_TEXT };
    case 'name': return { type: 'string', pattern: NAME_PATTERN_JSON };
    case 'endpoint': return { type: 'string', minLength: 1, maxLength: MAX_TEXT, description: 'A host, site, VPC, resource, IP address, service (s3, s3@eu-west-1) or `internet`.' };
    case 'region': return { type: 'string', pattern: '^[a-z]{2}(-gov)?-[a-z]+-[0-9]+$' };
    case 'ref': return { type: 'string', minLength: 1, description: `The name of a ${type.kinds.join(' or ')}.` };
    case 'int': return {
      type: 'integer',
      ...(type.min !== undefined ? { minimum: type.min } : {}),
      ...(type.max !== undefined ? { maximum: type.max } : {}),
    };
    case 'number': return type.max === undefined ? { type: 'number', minimum: 0 } : { type: 'number', minimum: 0, maximum: type.max };
    case 'bool': return { type: 'boolean' };
    case 'enum': return { enum: [...type.values] };
    case 'bandwidth': return { type: 'string', pattern: '^[0-9]+(Mbps|Gbps)$' };
    case 'community': return { type: 'string', pattern: '^[0-9]{1,10}:[0-9]{1,10}$' };
    case 'prefix': return { type: 'string', description: 'A CIDR prefix with no host bits set.' };
    case 'address': return { type: 'string', description: type.publicOnly ? 'A public IP address.' : 'An IP address.' };
    case 'ifaddr': return { type: 'string', description: 'An interface address with its mask, e.g. 169.254.10.1/30.' };
    case 'gatewayRef': return { oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string' }, minItems: 1 }] };
    case 'advertisement':
      return { oneOf: [valueSchema({ t: 'prefix' }, ruleIds), objectSchema(type.schema, ruleIds)] };
    case 'list': return { type: 'array', items: valueSchema(type.of, ruleIds) };
    case 'object': return objectSchema(type.schema, ruleIds);
    case 'ruleMap':
      return {
        type: 'object',
        propertyNames: { enum: [...ruleIds] },
        additionalProperties: { enum: ['error', 'warning', 'info', 'off'] },
      };
  }
}

/** A name of each kind, as in the spec's example, for the examples of reference keys. */
const REF_EXAMPLE: Record<EntityKind, string> = {
  site: 'hq', router: 'hq-r1', host: 'app1', location: 'EqDC2', connection: 'dx-a', lag: 'lag-a', vif: 'vif-prod',
  vgw: 'vgw-prod', dxgw: 'dxgw-main', tgw: 'tgw-east', vpc: 'prod', resource: 'orders-db', vpn: 'vpn-backup',
};

/** An example value for a field that declares none, so that editors show one for every key. */
function exampleOf(type: ValueType, fallback: unknown): unknown {
  switch (type.t) {
    case 'string': return type.example;
    case 'enum': return fallback ?? type.values[0];
    case 'bool': return fallback ?? true;
    case 'int':
    case 'number': return fallback;
    case 'region': return 'us-east-1';
    case 'endpoint': return 'app1';
    case 'ref': return REF_EXAMPLE[type.kinds[0]];
    case 'prefix': return '10.0.0.0/16';
    case 'list': {
      const item = exampleOf(type.of, undefined);
      return item === undefined ? undefined : [item];
    }
    default: return undefined;
  }
}

function fieldSchema(spec: FieldSpec, ruleIds: readonly string[]): Json {
  const out: Json = { ...valueSchema(spec.type, ruleIds), description: spec.description };
  if (spec.default !== undefined) out.default = spec.default;
  const example = spec.examples ? undefined : exampleOf(spec.type, spec.default);
  if (spec.examples) out.examples = [...spec.examples];
  else if (example !== undefined) out.examples = [example];
  return out;
}

function objectSchema(schema: ObjectSchema, ruleIds: readonly string[]): Json {
  const properties: Json = {};
  for (const [key, spec] of Object.entries(schema.fields)) properties[key] = fieldSchema(spec, ruleIds);
  if (schema.ignorable) {
    properties.ignore = { type: 'array', description: IGNORE_SCHEMA.description, items: objectSchema(IGNORE_SCHEMA, ruleIds) };
  }
  const required = Object.entries(schema.fields).filter(([, s]) => s.required).map(([k]) => k);
  return {
    type: 'object',
    description: schema.description,
    properties,
    ...(required.length > 0 ? { required } : {}),
    patternProperties: { '^x-': {} },
    additionalProperties: false,
  };
}

/** The JSON Schema of the topology format; `ruleIds` lists what policy.rules may name. */
export function topologyJsonSchema(ruleIds: readonly string[]): Json {
  const root = objectSchema(TOPOLOGY, ruleIds);
  (root.properties as Json).version = { const: 1, description: 'Format version; only 1 exists.', examples: [1] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://dxplan.dev/schema/topology-v1.json',
    title: 'dxplan topology',
    ...root,
  };
}
