// Where a document names other entities: every value whose key the schema declares a
// reference (`ref`, a VIF's `gateway`, a traffic or intent endpoint), with the kinds it may
// name. Derived from the schema, so a key added there is a reference here too.
import { IGNORE_SCHEMA, TOPOLOGY, type ObjectSchema, type ValueType } from './schema';
import type { EntityKind, Path } from './types';

export interface WrittenReference {
  name: string;
  /** The kinds the key accepts (an endpoint also takes addresses and services). */
  kinds: readonly EntityKind[];
  /** The path of the referring value. */
  path: Path;
}

const isDict = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every reference written in a document (plain data as parsed), in document order. */
export function referencesWritten(data: unknown): WrittenReference[] {
  const out: WrittenReference[] = [];
  const value = (type: ValueType, v: unknown, path: Path): void => {
    if (type.t === 'ref' || type.t === 'gatewayRef' || type.t === 'endpoint') {
      if (typeof v === 'string' && v !== '') out.push({ name: v, kinds: type.kinds, path });
      else if (type.t === 'gatewayRef' && Array.isArray(v)) v.forEach((item, i) => value(type, item, [...path, i]));
    } else if (type.t === 'list') {
      if (Array.isArray(v)) v.forEach((item, i) => value(type.of, item, [...path, i]));
    } else if ('schema' in type && isDict(v)) {
      object(type.schema, v, path);
    }
  };
  const object = (schema: ObjectSchema, v: Record<string, unknown>, path: Path): void => {
    for (const key of Object.keys(v)) {
      const spec = Object.hasOwn(schema.fields, key) ? schema.fields[key] : undefined;
      if (spec) value(spec.type, v[key], [...path, key]);
    }
  };
  if (isDict(data)) object(TOPOLOGY, data, []);
  return out;
}

const IGNORE_LIST: ValueType = { t: 'list', of: { t: 'object', schema: IGNORE_SCHEMA } };

/** The schema of the value at a path (object fields, list items, `ignore` entries), if it declares one. */
export function typeAt(path: Path): ValueType | undefined {
  let type: ValueType = { t: 'object', schema: TOPOLOGY };
  for (const seg of path) {
    if (type.t === 'list' && typeof seg === 'number') type = type.of;
    else if (type.t === 'gatewayRef' && typeof seg === 'number') continue;
    else if (!('schema' in type) || typeof seg !== 'string') return undefined;
    else if (Object.hasOwn(type.schema.fields, seg)) type = type.schema.fields[seg].type;
    else if (seg === 'ignore' && type.schema.ignorable) type = IGNORE_LIST;
    else return undefined;
  }
  return type;
}
