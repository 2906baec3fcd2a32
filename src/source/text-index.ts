// Where things are in a text being edited, in both directions: the path under an offset (what
// an editor points at) and the span of a path (what it should highlight or replace). Built on
// the same position index the diagnostics use (positions.ts); spans end where the token does.
import type { Document, Node as YamlNode } from 'yaml';
import type { Path } from '../model/types';
import { fastParse } from './fast-yaml';
import { LineIndex, type PosMap, type PosNode, type PosSeq } from './positions';
import { isAlias, isMap, isScalar, isSeq, parseDocument } from './yaml-lazy';

export interface TextIndex {
  /** The text with CRLF read as LF: every line and column is the same as in the original. */
  text: string;
  /** The document as plain data; undefined when the YAML does not parse. */
  data: unknown;
  root: PosNode | null;
  lines: LineIndex;
}

export interface Span {
  start: number;
  end: number;
}

/** What an offset points at: a key, a value, or the empty value of a key (`gateway: |`). */
export interface Hit extends Span {
  path: Path;
  onKey: boolean;
  /** The key has no value yet: start and end are the offset itself. */
  empty?: boolean;
}

const isMapPos = (n: PosNode): n is PosMap => typeof n === 'object' && (n as PosMap).kv !== undefined;
const isSeqPos = (n: PosNode): n is PosSeq => typeof n === 'object' && (n as PosSeq).items !== undefined;

/** Indexes a text; a text that does not parse keeps whatever the `yaml` package recovered. */
export function indexText(original: string): TextIndex {
  const text = original.includes('\r\n') ? original.replace(/\r\n/g, '\n') : original;
  const lines = new LineIndex(text);
  const fast = fastParse(text, { positions: true, data: true });
  if (fast) return { text, data: fast.data, root: fast.pos ?? null, lines };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
  } catch {
    return { text, data: undefined, root: null, lines };
  }
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {
      data = undefined;
    }
  }
  return { text, data, root: positionsOf(doc.contents), lines };
}

/** The start offsets of a `yaml` node tree, as positions.ts records them (error-tolerant). */
function positionsOf(node: YamlNode | null | undefined | unknown): PosNode | null {
  if (isMap(node)) {
    const kv: PosMap['kv'] = [];
    for (const pair of node.items) {
      const key = pair.key as YamlNode | null;
      const start = key && (key as { range?: number[] }).range ? (key as { range: number[] }).range[0] : undefined;
      if (start === undefined || !isScalar(key)) continue;
      kv.push(String(key.value ?? ''), start, positionsOf(pair.value));
    }
    return { o: node.range?.[0] ?? 0, kv };
  }
  if (isSeq(node)) return { o: node.range?.[0] ?? 0, items: node.items.map((item) => positionsOf(item)) };
  if ((isScalar(node) || isAlias(node)) && node.range) return node.range[0];
  return null;
}

const NL = 10;
const SPACE = 32;

/** Where the scalar (or plain key) starting at `start` ends. */
function scalarEnd(text: string, start: number, flow: boolean): number {
  const n = text.length;
  const c = text[start];
  if (c === '"') {
    for (let i = start + 1; i < n; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return i + 1;
    }
    return n;
  }
  if (c === "'") {
    for (let i = start + 1; i < n; i++) {
      if (text[i] === "'" && text[i + 1] === "'") i++;
      else if (text[i] === "'") return i + 1;
    }
    return n;
  }
  // An empty value (`key:` then a comment or the line's end) is where the parser puts its null.
  if (c === '#' || c === '\n' || c === undefined) return start;
  let i = start;
  for (; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NL) break;
    const next = text[i + 1];
    if (text[i] === ':' && (next === undefined || next === ' ' || next === '\n' || (flow && /[,\]}]/.test(next)))) break;
    if (ch === SPACE && next === '#') break;
    if (flow && /[,\]}]/.test(text[i])) break;
  }
  while (i > start && text.charCodeAt(i - 1) === SPACE) i--;
  return i;
}

const isFlow = (text: string, node: PosMap | PosSeq): boolean => text[node.o] === '{' || text[node.o] === '[';

/** The end of a node: its last token, and the closing bracket of a flow collection. */
function nodeEnd(text: string, node: PosNode, flow: boolean): number {
  if (typeof node === 'number') return scalarEnd(text, node, flow);
  const own = isFlow(text, node);
  const inner = flow || own;
  let end = node.o + 1;
  if (isMapPos(node) && node.kv.length > 0) {
    const last = node.kv.length - 3;
    const value = node.kv[last + 2] as PosNode | null;
    end = value === null ? keyEnd(text, node.kv[last + 1] as number, inner) : nodeEnd(text, value, inner);
  } else if (isSeqPos(node) && node.items.length > 0) {
    const value = node.items[node.items.length - 1];
    if (value !== null) end = nodeEnd(text, value, inner);
  }
  if (!own) return end;
  const close = text[node.o] === '{' ? '}' : ']';
  const at = text.indexOf(close, end);
  return at < 0 ? text.length : at + 1;
}

/** A key's end, its colon included, so a key with no value still has a span. */
function keyEnd(text: string, start: number, flow: boolean): number {
  const end = scalarEnd(text, start, flow);
  return text[end] === ':' ? end + 1 : end;
}

/** The span of the node at `path` (its key's span when `onKey`); undefined when it is not there. */
export function spanOf(index: TextIndex, path: Path, onKey = false): Span | undefined {
  const text = index.text;
  let node: PosNode | null = index.root;
  let flow = false;
  let key: number | undefined;
  for (const seg of path) {
    if (node === null || typeof node === 'number') return undefined;
    const inner: boolean = flow || isFlow(text, node);
    if (isMapPos(node)) {
      const slot = findKey(node, String(seg));
      if (slot < 0) return undefined;
      key = node.kv[slot + 1] as number;
      node = node.kv[slot + 2] as PosNode | null;
    } else if (typeof seg === 'number' && seg < node.items.length) {
      key = undefined;
      node = node.items[seg];
    } else {
      return undefined;
    }
    flow = inner;
  }
  if (onKey || node === null) {
    if (key === undefined) return undefined;
    return { start: key, end: scalarEnd(text, key, flow) };
  }
  const start = typeof node === 'number' ? node : node.o;
  return { start, end: nodeEnd(text, node, flow) };
}

function findKey(map: PosMap, key: string): number {
  for (let i = 0; i < map.kv.length; i += 3) if (map.kv[i] === key) return i;
  return -1;
}

/** What the offset points at: the deepest key or scalar around it, or a key's missing value. */
export function hitAt(index: TextIndex, offset: number): Hit | undefined {
  const text = index.text;
  const walk = (node: PosNode | null, path: Path, flow: boolean): Hit | undefined => {
    if (node === null) return undefined;
    if (typeof node === 'number') {
      const end = scalarEnd(text, node, flow);
      if (offset >= node && offset <= end) return { path, onKey: false, start: node, end };
      // An empty item (`- |`): the parser puts its null after the dash, before the cursor.
      return end === node && offset > node && !text.slice(node, offset).includes('\n') ? { path, onKey: false, start: offset, end: offset, empty: true } : undefined;
    }
    const inner = flow || isFlow(text, node);
    if (isMapPos(node)) {
      let slot = -1;
      for (let i = 0; i < node.kv.length; i += 3) if ((node.kv[i + 1] as number) <= offset) slot = i;
      if (slot < 0) return undefined;
      const key = node.kv[slot] as string;
      const keyStart = node.kv[slot + 1] as number;
      const end = scalarEnd(text, keyStart, inner);
      if (offset <= end) return { path: [...path, key], onKey: true, start: keyStart, end };
      const value = node.kv[slot + 2] as PosNode | null;
      const valueStart = value === null ? undefined : typeof value === 'number' ? value : value.o;
      // `gateway: |` with nothing typed yet: the cursor is on the key's line, after the colon.
      if (valueStart === undefined || valueStart > offset || scalarEnd(text, valueStart, inner) === valueStart) {
        return !text.slice(end, offset).includes('\n') ? { path: [...path, key], onKey: false, start: offset, end: offset, empty: true } : undefined;
      }
      return walk(value, [...path, key], inner);
    }
    let item = -1;
    node.items.forEach((v, i) => {
      const at = v === null ? undefined : typeof v === 'number' ? v : v.o;
      if (at !== undefined && at <= offset) item = i;
    });
    const found = item < 0 ? undefined : walk(node.items[item], [...path, item], inner);
    if (found || text[node.o] !== '[') return found;
    // `[a, |]`: a new item of a flow list, after a comma and before the closing bracket.
    const last = item < 0 ? node.o + 1 : nodeEnd(text, node.items[item]!, true);
    const between = text.slice(last, offset);
    const opens = item < 0 || between.includes(',');
    return opens && offset < nodeEnd(text, node, flow) && !/[\]}]/.test(between)
      ? { path: [...path, node.items.length], onKey: false, start: offset, end: offset, empty: true } : undefined;
  };
  return walk(index.root, [], false);
}

/** An offset as a zero-based line and character (LSP positions; UTF-16 units, as JS strings count). */
export function lineCharOf(index: TextIndex, offset: number): { line: number; character: number } {
  const { line, col } = index.lines.linePos(offset);
  return { line: Math.max(0, line - 1), character: Math.max(0, col - 1) };
}

/** A zero-based line and character as an offset into the index's text. */
export function offsetOfLineChar(index: TextIndex, line: number, character: number): number {
  const start = index.lines.lineStart(line);
  if (start === undefined) return index.text.length;
  const eol = index.text.indexOf('\n', start);
  return Math.min(start + character, eol < 0 ? index.text.length : eol);
}
