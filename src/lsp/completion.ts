// Completion from the schema: at a reference key the names of the kinds it accepts (a VIF's
// `gateway` offers VGWs and Direct Connect gateways), enum values, regions, rule ids, and the
// keys an object may still take.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { kindLabel, type WrittenEntity } from '../model/load';
import { typeAt } from '../model/references';
import { TOPOLOGY, type ObjectSchema, type ValueType } from '../model/schema';
import type { Path } from '../model/types';
import { REGIONS } from '../net/regions';
import { RULES } from '../rules/index';
import { hitAt, lineCharOf } from '../source/text-index';
import { valueAt, type Analysis } from './analysis';

interface Context {
  a: Analysis;
  /** The last version that parsed, for names and paths while the current text does not. */
  lastGood: Analysis;
  offset: number;
}

export function completion(a: Analysis, lastGood: Analysis, position: { line: number; character: number }): CompletionItem[] {
  const ctx: Context = { a, lastGood, offset: a.offsetAt(position) };
  const text = a.index.text;
  const lineStart = text.lastIndexOf('\n', ctx.offset - 1) + 1;
  const before = text.slice(lineStart, ctx.offset);
  // Nothing to offer inside a comment.
  if (/(^|\s)#/.test(before.replace(/"[^"]*"|'[^']*'/g, '""'))) return [];
  const partial = /[^\s\[\]{},:]*$/.exec(before)?.[0] ?? '';
  const from = ctx.offset - partial.length;
  const edit = (label: string, newText = label) => ({
    range: { start: lineCharOf(a.index, from), end: lineCharOf(a.index, ctx.offset) }, newText,
  });
  const keyLine = /^(\s*)(-\s+)?[^\s:#]*$/.exec(before);
  if (keyLine) {
    const owner = ownerOfNewKey(ctx, lineStart, keyLine[1].length, keyLine[1].length + (keyLine[2]?.length ?? 0), keyLine[2] !== undefined);
    if (!owner) return [];
    // `- ` in a list of names (a TGW's attachments) starts a value, not a mapping.
    if (keyLine[2] !== undefined && !schemaOf(owner)) return valueItems(ctx, owner).map((item) => ({ ...item, textEdit: edit(item.label) }));
    return keyItems(ctx, owner).map((item) => ({ ...item, textEdit: edit(item.label, `${item.label}: `) }));
  }
  const path = valuePath(ctx, from);
  if (!path) return [];
  // Right after the colon (`gateway:|`, completion triggered by `:`), YAML needs a space first.
  const space = text[from - 1] === ':' ? ' ' : '';
  return valueItems(ctx, path).map((item) => ({ ...item, textEdit: edit(item.label, `${space}${item.label}`) }));
}

/** The path of the value being typed at `from`: the current parse first, else the last good one. */
function valuePath(ctx: Context, from: number): Path | undefined {
  for (const a of [ctx.a, ctx.lastGood]) {
    const hit = hitAt(a.index, from) ?? hitAt(a.index, Math.max(0, from - 1));
    if (hit && !hit.onKey) return hit.path;
  }
  return undefined;
}

/**
 * The mapping a key typed on this line belongs to: a sibling key above at the same column, or
 * the key above that opens the block. With `- ` it is a new item of a list (index -1: no keys yet).
 */
function ownerOfNewKey(ctx: Context, lineStart: number, dashColumn: number, keyColumn: number, newItem: boolean): Path | undefined {
  const text = ctx.a.index.text;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const m = /^( *)(- +)?([A-Za-z_$][\w$.\-/]*):( |$)/.exec(line);
    if (!m) continue;
    const lineDash = m[1].length;
    const lineKey = lineDash + (m[2]?.length ?? 0);
    const keyPath = pathOfKey(ctx, start + lineKey);
    if (!keyPath) return undefined;
    if (!newItem) {
      if (lineKey === keyColumn) return keyPath.slice(0, -1);
      if (lineKey < keyColumn) return keyPath;
    } else {
      if (m[2] !== undefined && lineDash === dashColumn) return [...keyPath.slice(0, -2), -1];
      if (lineKey < dashColumn || (m[2] === undefined && lineKey === dashColumn)) return [...keyPath, -1];
    }
  }
  return keyColumn === 0 && !newItem ? [] : undefined;
}

function pathOfKey(ctx: Context, offset: number): Path | undefined {
  for (const a of [ctx.a, ctx.lastGood]) {
    const hit = hitAt(a.index, offset);
    if (hit?.onKey && hit.start === offset) return hit.path;
  }
  return undefined;
}

function schemaOf(path: Path): ObjectSchema | undefined {
  if (path.length === 0) return TOPOLOGY;
  const type = typeAt(path);
  return type && 'schema' in type ? type.schema : undefined;
}

function keyItems(ctx: Context, owner: Path): CompletionItem[] {
  if (owner.length === 2 && owner[0] === 'policy' && owner[1] === 'rules') {
    return RULES.map((r) => ({ label: r.meta.id, kind: CompletionItemKind.Property, detail: r.meta.description }));
  }
  const schema = schemaOf(owner);
  if (!schema) return [];
  const present = valueAt(ctx.a.index.data ?? ctx.lastGood.index.data, owner);
  const has = (key: string): boolean => present !== null && typeof present === 'object' && !Array.isArray(present) && key in present;
  const keys = Object.keys(schema.fields).concat(schema.ignorable ? ['ignore'] : []);
  return keys.filter((k) => !has(k)).map((k) => ({
    label: k, kind: CompletionItemKind.Property,
    detail: k === 'ignore' ? 'Suppress rules on this entity' : schema.fields[k].description,
  }));
}

function valueItems(ctx: Context, path: Path): CompletionItem[] {
  if (path[path.length - 1] === 'rule' && path[path.length - 3] === 'ignore') {
    return RULES.map((r) => ({ label: r.meta.id, kind: CompletionItemKind.EnumMember, detail: r.meta.description }));
  }
  if (path.length === 3 && path[0] === 'policy' && path[1] === 'rules') return enumItems(['error', 'warning', 'info', 'off']);
  const type = typeAt(path);
  return type ? itemsFor(ctx, type) : [];
}

function itemsFor(ctx: Context, type: ValueType): CompletionItem[] {
  switch (type.t) {
    case 'ref':
    case 'gatewayRef':
    case 'endpoint': {
      const names = entityItems(ctx, type.kinds);
      return type.t === 'endpoint' ? [...names, { label: 'internet', kind: CompletionItemKind.Constant, detail: 'the public internet' }] : names;
    }
    case 'list':
      return itemsFor(ctx, type.of);
    case 'enum':
      return enumItems(type.values);
    case 'bool':
      return enumItems(['true', 'false']);
    case 'region':
      return enumItems([...REGIONS].sort());
    default:
      return [];
  }
}

function enumItems(values: readonly string[]): CompletionItem[] {
  return values.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
}

function entityItems(ctx: Context, kinds: readonly string[]): CompletionItem[] {
  const source = ctx.a.index.data === undefined ? ctx.lastGood : ctx.a;
  const out: CompletionItem[] = [];
  const add = (list: WrittenEntity[]): void => {
    for (const e of list) {
      if (kinds.includes(e.kind)) out.push({ label: e.name, kind: CompletionItemKind.Reference, detail: kindLabel(e.kind) });
      add(e.children);
    }
  };
  add(source.entities);
  return out;
}
