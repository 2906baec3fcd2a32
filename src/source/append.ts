// Adds one entity to a top-level list of a topology file, as text: every byte already in the
// file stays where it is, comments and alignment included. The yaml package's Document API
// finds where the list is and how it is written; only the new item's lines are inserted.
import type { Document as YamlDocument, Node as YamlNode } from 'yaml';
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from './yaml-lazy';

export type AppendResult = { ok: true; text: string } | { ok: false; error: string };

/** The new item as a block sequence entry ("- name: x\n  cidrs: [10.3.0.0/16]\n"), lists of scalars in flow style. */
function itemText(entity: Record<string, unknown>, flow: boolean): string {
  const doc: YamlDocument = new Document(flow ? entity : [entity]);
  visit(doc, {
    Seq(_key, node, path) {
      // The outer list stays block; inner lists of scalars read best inline, as the spec writes them.
      if (path.length > (flow ? 0 : 1) && node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map(_key, node) {
      if (flow) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** `block` indented by `indent` spaces on every line, with the file's line ending. */
function indented(block: string, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  return block.trimEnd().split('\n').map((l) => `${pad}${l}${eol}`).join('');
}

/**
 * Where the last item of a block list really ends (after its last line of content): blank and
 * comment lines after it, which the parser counts in the item, belong to what follows.
 */
function endOfContent(text: string, itemStart: number, listEnd: number): number {
  let end = itemStart;
  for (let at = itemStart; at < listEnd; ) {
    const next = lineEnd(text, at);
    const line = text.slice(at, next).trim();
    if (line !== '' && !line.startsWith('#')) end = next;
    at = next;
  }
  return end;
}

/**
 * The text with `entity` appended to the top-level list `section` (created when missing). The
 * result is checked: it must read as the old document plus exactly the new item.
 */
export function appendToList(text: string, section: string, entity: Record<string, unknown>): AppendResult {
  const edited = insertItem(text, section, entity);
  if (!edited.ok) return edited;
  const before = parseDocument(text).toJS() as Record<string, unknown>;
  const after = parseDocument(edited.text);
  const expected = { ...before, [section]: [...((before[section] as unknown[] | null) ?? []), entity] };
  if (after.errors.length > 0 || JSON.stringify(after.toJS()) !== JSON.stringify(expected)) {
    return { ok: false, error: `cannot add to \`${section}\` without changing what the file says; add it by hand` };
  }
  return edited;
}

function insertItem(text: string, section: string, entity: Record<string, unknown>): AppendResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { ok: false, error: `the file does not parse: ${doc.errors[0].message}` };
  const root = doc.contents as YamlNode | null;
  if (!isMap(root)) return { ok: false, error: 'the document is not a mapping' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === section);
  if (!pair) {
    const head = text.length === 0 || text.endsWith('\n') ? text : `${text}${eol}`;
    return { ok: true, text: `${head}${section}:${eol}${indented(itemText(entity, false), 2, eol)}` };
  }
  const key = pair.key as YamlNode;
  const value = pair.value as YamlNode | null;
  const keyColumn = key.range![0] - lineStart(text, key.range![0]);
  const empty = value === null || (isScalar(value) && value.value === null) || (isSeq(value) && value.items.length === 0);
  if (empty) {
    // `vpcs:` or `vpcs: []`: the (empty) value goes, the items follow the key's line.
    let before = text;
    if (value && isSeq(value)) before = text.slice(0, value.range![0]) + text.slice(value.range![1]).replace(/^ (?=\S)/, '');
    const at = lineEnd(before, key.range![0]);
    const sep = at === before.length && !before.endsWith('\n') ? eol : '';
    return { ok: true, text: before.slice(0, at) + sep + indented(itemText(entity, false), keyColumn + 2, eol) + before.slice(at) };
  }
  if (!isSeq(value)) return { ok: false, error: `\`${section}\` is not a list` };
  if (value.flow) {
    const close = text.lastIndexOf(']', value.range![1] - 1);
    if (close < value.range![0]) return { ok: false, error: `cannot find the end of the \`${section}\` list` };
    return { ok: true, text: `${text.slice(0, close)}, ${itemText(entity, true).trim()}${text.slice(close)}` };
  }
  const first = value.range![0];
  const column = first - lineStart(text, first);
  const last = value.items[value.items.length - 1] as YamlNode;
  const end = endOfContent(text, last.range![0], value.range![2]);
  const sep = end === text.length && !text.endsWith('\n') ? eol : '';
  return { ok: true, text: text.slice(0, end) + sep + indented(itemText(entity, false), column, eol) + text.slice(end) };
}
