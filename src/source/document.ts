// Parses a topology file once and answers "where is this path?" for every diagnostic.
// This is the only module that knows about lines and columns.
import type { Alias, Document, Node as YamlNode } from 'yaml';
// The yaml package loads on first use only (yaml-lazy.ts): the fast reader does without it.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Pair, parseDocument, YAMLMap, YAMLSeq } from './yaml-lazy';
import type { Path } from '../model/types';
import { fastParse } from './fast-yaml';
import { firstIndentationSlip } from './indentation';
import { LIMITS } from './limits';
import { LineIndex, offsetAt, type PosMap, type PosNode, type PosSeq } from './positions';

export { LIMITS };

export interface Position {
  line: number;
  column: number;
}

/** A problem that stops the file from being read as a topology at all (exit 2). */
export interface SourceProblem {
  rule: 'yaml-syntax' | 'input-limit' | 'topology-version';
  message: string;
  hint: string;
  position?: Position;
  path: Path;
}

export interface SourceFile {
  file: string;
  text: string;
  /** The document as plain data (no prototypes: mappings are null-prototype objects). */
  data: unknown;
  /** Where the nodes are, for locate(). */
  where: Locator;
}

/** Answers locate(): the offset of a path, and the line and column of an offset. */
export interface Locator {
  offsetOf(path: Path, onKey: boolean): number | undefined;
  linePos(offset: number): { line: number; col: number };
}

export interface ParseOptions {
  /** Try the fast reader for plain YAML first (fast-yaml.ts); default true. */
  fast?: boolean;
}

export type ParseResult = { ok: true; source: SourceFile } | { ok: false; problems: SourceProblem[]; text?: string };

const BOM = 0xfeff;

/** Decodes bytes as strict UTF-8, reporting the offset of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; offset: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === BOM ? text.slice(1) : text };
  } catch {
    return { ok: false, offset: firstInvalidUtf8Offset(bytes) };
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/**
 * Deepest flow/block nesting, measured on the text before parsing: the parser recurses per
 * level, so a 100,000-deep document must be refused before it reaches it.
 */
export function nestingDepth(text: string, stopAt: number): { depth: number; offset: number } {
  let flow = 0;
  let depth = 0;
  let offset = 0;
  const indents: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: measure indentation and count "- " sequence markers as levels.
    let col = 0;
    while (i < n && text.charCodeAt(i) === 32) { i++; col++; }
    let lineLevels = 0;
    if (flow === 0) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13 && c !== 35 && i < n) {
        while (indents.length > 0 && indents[indents.length - 1] >= col) indents.pop();
        indents.push(col);
        while (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) {
          lineLevels++;
          i += 2;
          while (text.charCodeAt(i) === 32) i++;
        }
      }
    }
    const blockDepth = indents.length + lineLevels;
    if (blockDepth > depth) { depth = blockDepth; offset = i; }
    // Rest of the line: flow brackets outside quotes and comments.
    let quote = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) { i++; break; }
      if (quote !== 0) {
        if (c === quote) {
          if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
          else quote = 0;
        } else if (c === 92 && quote === 34) i++;
      } else if (c === 34 || c === 39) {
        const prev = text.charCodeAt(i - 1);
        if (flow > 0 || prev === 32 || prev === 58 || prev === 45 || i === 0) quote = c;
      } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32)) {
        while (i < n && text.charCodeAt(i) !== 10) i++;
        continue;
      } else if (c === 91 || c === 123) {
        flow++;
        if (blockDepth + flow > depth) { depth = blockDepth + flow; offset = i; }
        if (depth > stopAt) return { depth, offset };
      } else if ((c === 93 || c === 125) && flow > 0) {
        flow--;
      }
      i++;
    }
    if (depth > stopAt) return { depth, offset };
  }
  return { depth, offset };
}

function positionOf(lineCounter: Pick<LineCounter, 'linePos'>, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * An offset the parser reports at or past the end of the text ("unexpected end") moved back
 * onto the last line, so that no diagnostic names a line after the file's last one.
 */
function clampOffset(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  if (at === text.length) {
    while (at > 0 && (text.charCodeAt(at - 1) === 10 || text.charCodeAt(at - 1) === 13)) at--;
  }
  // The end of a CRLF line is its CR, so that both line endings give the same column.
  if (at > 0 && text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 13) at--;
  return at;
}

function lineCounterFor(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

const YAML_HINT = 'fix the YAML syntax at this position';

/**
 * Characters YAML text cannot hold anywhere, not even in a comment (YAML 1.2 c-printable):
 * the yaml package lets them through, but they mean a binary, UTF-16 or damaged file.
 */
const NOT_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

function controlCharacterProblem(text: string, offset: number): SourceProblem {
  const code = text.charCodeAt(offset);
  const nul = code === 0;
  return {
    rule: 'yaml-syntax',
    message: nul
      ? 'the file contains a NUL byte, which YAML text cannot hold'
      : `the file contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}, which YAML text cannot hold`,
    hint: nul && text.charCodeAt(offset + 2) === 0
      ? 'the file looks like UTF-16: save it as UTF-8'
      : 'remove it; inside double quotes a value can spell it as an escape such as "\\0"',
    position: positionOf(lineCounterFor(text), offset),
    path: [],
  };
}

/** Parses text into a SourceFile, or the problems that stop it from being a topology. */
export function parseSource(file: string, original: string, options: ParseOptions = {}): ParseResult {
  // CRLF files read as LF: every line and column stays the same (a CR only ends a line), and
  // the parser's error recovery then points at the same places as for the LF file.
  const text = original.includes('\r\n') ? original.replace(/\r\n/g, '\n') : original;
  const control = NOT_PRINTABLE.exec(text);
  if (control) {
    return { ok: false, text, problems: [controlCharacterProblem(text, control.index)] };
  }
  // Plain YAML (most topologies) is read in one pass, without building the yaml package's
  // Document; anything the fast reader does not handle goes the yaml package's way below.
  const fast = options.fast === false ? undefined : fastParse(text);
  if (fast) return { ok: true, source: { file, text, data: fast.data, where: lazyLocator(file, text) } };
  const deep = nestingDepth(text, LIMITS.maxDepth);
  if (deep.depth > LIMITS.maxDepth) {
    return {
      ok: false,
      text,
      problems: [{
        rule: 'input-limit',
        message: `nesting deeper than the limit of ${LIMITS.maxDepth} levels`,
        hint: 'flatten the document: a topology needs only a few levels',
        position: positionOf(lineCounterFor(text), deep.offset),
        path: [],
      }],
    };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // logLevel 'error': the yaml package would otherwise print Node warnings (a collection used as
    // a key) on stderr; such a key reaches the loader as text and is reported there.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', logLevel: 'error' });
  } catch (err) {
    return { ok: false, text, problems: [internalParseProblem(err)] };
  }
  if (doc.errors.length > 0) {
    // One indentation slip makes the parser report a cascade in its own terms: when a slip comes
    // no later than the first error (or on the line after it: a deeper key reads as the previous
    // value's continuation), it is the one diagnostic, in words.
    const slip = firstIndentationSlip(text);
    const firstError = Math.min(...doc.errors.map((e) => e.pos[0]));
    if (slip && slip.line <= lineCounter.linePos(clampOffset(text, firstError)).line + 1) {
      return {
        ok: false,
        text,
        problems: [{ rule: 'yaml-syntax', message: slip.message, hint: slip.hint, position: positionOf(lineCounter, slip.offset), path: [] }],
      };
    }
    const problems = doc.errors.map((e): SourceProblem => ({
      rule: 'yaml-syntax',
      message: yamlMessage(e.code, e.message, /^[^:\n]*/.exec(text.slice(e.pos[0], e.pos[0] + 200))?.[0] ?? ''),
      hint: e.code === 'DUPLICATE_KEY' ? 'remove or rename one of the repeated keys'
        : e.code === 'MULTIPLE_DOCS' ? 'keep one document per file (remove the `---` separator)' : YAML_HINT,
      position: positionOf(lineCounter, clampOffset(text, e.pos[0])),
      path: [],
    }));
    return { ok: false, text, problems: dedupeProblems(problems) };
  }
  // One walk builds the data and the node positions; the Document is then dropped.
  const walked = documentData(doc);
  if (walked) return { ok: true, source: { file, text, data: walked.data, where: posLocator(walked.pos, lineCounter) } };
  // Aliases, tags that build other types, complex keys: the yaml package's own toJS.
  const cycle = cyclicAlias(doc);
  if (cycle) {
    return {
      ok: false,
      text,
      problems: [{
        rule: 'yaml-syntax',
        message: `the alias *${cycle.source} refers to the node that contains it: a topology cannot contain itself`,
        hint: 'write the value out instead of referring to its own anchor',
        position: cycle.range ? positionOf(lineCounter, clampOffset(text, cycle.range[0])) : undefined,
        path: [],
      }],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount, mapAsMap: false });
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      return {
        ok: false,
        text,
        problems: [{
          rule: 'input-limit',
          message: `too many alias expansions (limit ${LIMITS.maxAliasCount}): this looks like an alias bomb`,
          hint: 'write the repeated values out instead of nesting aliases',
          position: firstAliasPosition(doc, lineCounter),
          path: [],
        }],
      };
    }
    if (err instanceof Error && /merge sources/i.test(err.message)) {
      // `<<` merge keys exist under a `%YAML 1.1` directive; their value must be mappings.
      const key = firstMergeKey(doc);
      return {
        ok: false,
        text,
        problems: [{
          rule: 'yaml-syntax',
          message: 'a merge key `<<` must name a mapping or a list of mappings to merge',
          hint: 'merge an anchored mapping (`<<: *base`), or remove the `<<` key',
          position: key?.range ? positionOf(lineCounter, clampOffset(text, key.range[0])) : undefined,
          path: [],
        }],
      };
    }
    return { ok: false, text, problems: [internalParseProblem(err)] };
  }
  return { ok: true, source: { file, text, data: nullPrototype(data), where: docLocator(doc, lineCounter) } };
}

/**
 * Positions for a text the fast reader took, computed on the first locate() only: a clean file
 * never pays for them. The reader is run again, recording positions (same text, same answer).
 */
function lazyLocator(file: string, text: string): Locator {
  let located: Locator | undefined;
  const get = (): Locator => {
    if (located) return located;
    const again = fastParse(text, { positions: true, data: false });
    if (again) return (located = posLocator(again.pos ?? null, new LineIndex(text)));
    const parsed = parseSource(file, text, { fast: false });
    return (located = parsed.ok ? parsed.source.where : { offsetOf: () => undefined, linePos: (o) => ({ line: 1, col: o + 1 }) });
  };
  return { offsetOf: (path, onKey) => get().offsetOf(path, onKey), linePos: (offset) => get().linePos(offset) };
}

function posLocator(root: PosNode | null, lines: Pick<LineCounter, 'linePos'>): Locator {
  return { offsetOf: (path, onKey) => offsetAt(root, path, onKey), linePos: (offset) => lines.linePos(offset) };
}

function docLocator(doc: Document.Parsed, lineCounter: LineCounter): Locator {
  return {
    offsetOf(path, onKey) {
      const { node, pair, depth } = nodeAt(doc, path);
      const complete = depth === path.length;
      // Any key with a place in the text: a scalar, or a collection used as a key (`? [a, b]`).
      const keyNode = pair && (pair.key as { range?: [number, number, number] } | null)?.range ? pair.key as { range: [number, number, number] } : undefined;
      if (complete && onKey && keyNode?.range) return keyNode.range[0];
      if (node && (node as { range?: [number, number, number] }).range) return (node as { range: [number, number, number] }).range[0];
      return keyNode?.range?.[0];
    },
    linePos: (offset) => lineCounter.linePos(offset),
  };
}

/** A null-prototype object that V8 keeps in fast mode (Object.create(null) makes a dictionary). */
function dict(): Record<string, unknown> {
  const o = {};
  Object.setPrototypeOf(o, null);
  return o as Record<string, unknown>;
}

type Primitive = string | number | boolean | null;
const isPrimitive = (v: unknown): v is Primitive => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Leaves documentData for documents it does not build (toJS does). */
const NOT_PLAIN = Symbol('not plain');

/**
 * The document as plain data (what `nullPrototype(doc.toJS())` gives) and each node's start
 * offset (what nodeAt finds), in one walk. Undefined for a document with aliases, anchors' or
 * tags' special types (sets, maps, dates, binary), keys that are not scalars, or merge keys:
 * those take toJS.
 */
function documentData(doc: Document.Parsed): { data: unknown; pos: PosNode | null } | undefined {
  let pos: PosNode | null = null;
  const walk = (node: unknown): unknown => {
    if (isScalar(node)) {
      const value = node.value;
      if (!isPrimitive(value) || !node.range) throw NOT_PLAIN;
      pos = node.range[0];
      return value;
    }
    if (isMap(node)) {
      if (node.constructor !== YAMLMap || !node.range) throw NOT_PLAIN;
      const data = dict();
      const here: PosMap = { o: node.range[0], kv: [] };
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || !isPrimitive(key.value) || key.value === '<<' || !key.range) throw NOT_PLAIN;
        if (pair.value === null || pair.value === undefined) throw NOT_PLAIN;
        // toJS's key: '' for null, else the value as text.
        data[key.value === null ? '' : String(key.value)] = walk(pair.value);
        here.kv.push(key.value === null ? '' : String(key.value), key.range[0], pos);
      }
      pos = here;
      return data;
    }
    if (isSeq(node)) {
      if (node.constructor !== YAMLSeq || !node.range) throw NOT_PLAIN;
      const data: unknown[] = [];
      const here: PosSeq = { o: node.range[0], items: [] };
      for (const item of node.items) {
        data.push(walk(item));
        here.items.push(pos);
      }
      pos = here;
      return data;
    }
    throw NOT_PLAIN;
  };
  if (doc.contents === null) return undefined;
  try {
    const data = walk(doc.contents);
    return { data, pos };
  } catch (err) {
    if (err === NOT_PLAIN) return undefined;
    throw err;
  }
}

function internalParseProblem(err: unknown): SourceProblem {
  const tooDeep = err instanceof RangeError;
  return {
    rule: tooDeep ? 'input-limit' : 'yaml-syntax',
    message: tooDeep ? `nesting deeper than the limit of ${LIMITS.maxDepth} levels` : `the YAML parser failed: ${String(err)}`,
    hint: tooDeep ? 'flatten the document: a topology needs only a few levels' : YAML_HINT,
    path: [],
  };
}

function yamlMessage(code: string, raw: string, token: string): string {
  // The parser appends " at line L, column C:" and a code frame; dxplan prints its own location.
  const first = raw.split(/ at line \d+, column \d+/)[0].trim();
  if (code === 'DUPLICATE_KEY') return `the key \`${token.trim()}\` appears twice in this mapping (keys must be unique)`;
  if (code === 'MULTIPLE_DOCS') return 'the file holds several YAML documents; a topology is one document';
  return first.endsWith('.') ? first.slice(0, -1) : first;
}

function dedupeProblems(problems: SourceProblem[]): SourceProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.position?.line}:${p.position?.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function firstAliasPosition(doc: Document.Parsed, lineCounter: LineCounter): Position | undefined {
  let found: Alias | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (found || depth > LIMITS.maxDepth) return;
    if (isAlias(node)) { found = node; return; }
    if (isMap(node) || isSeq(node)) for (const item of node.items) visit(item, depth + 1);
    else if (isPair(node)) { visit(node.key, depth + 1); visit(node.value, depth + 1); }
  };
  visit(doc.contents, 0);
  return found?.range ? positionOf(lineCounter, found.range[0]) : undefined;
}

/** The first `<<` merge key whose value is not a mapping, an alias of one, or a list of those. */
function firstMergeKey(doc: Document.Parsed): YamlNode | undefined {
  let found: YamlNode | undefined;
  const mergeable = (v: unknown): boolean => {
    const r = isAlias(v) ? v.resolve(doc) : v;
    return isMap(r);
  };
  const visit = (node: unknown, depth: number): void => {
    if (found || depth > LIMITS.maxDepth * 2) return;
    if (isMap(node) || isSeq(node)) for (const item of node.items) visit(item, depth + 1);
    else if (isPair(node)) {
      if (isScalar(node.key) && node.key.source === '<<') {
        const v = node.value;
        if (!(mergeable(v) || (isSeq(v) && v.items.every(mergeable)))) {
          found = node.key;
          return;
        }
      }
      visit(node.value, depth + 1);
    }
  };
  visit(doc.contents, 0);
  return found;
}

/**
 * An alias inside the very node its anchor names (`&a [*a]`): the document is a cycle, which
 * no topology is and which would send every walk over the data round forever.
 */
function cyclicAlias(doc: Document.Parsed): Alias | undefined {
  const open = new Set<unknown>();
  let found: Alias | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (found || depth > LIMITS.maxDepth * 2) return;
    if (isAlias(node)) {
      if (open.has(node.resolve(doc))) found = node;
      return;
    }
    if (isMap(node) || isSeq(node)) {
      open.add(node);
      for (const item of node.items) visit(item, depth + 1);
      open.delete(node);
    } else if (isPair(node)) {
      visit(node.key, depth + 1);
      visit(node.value, depth + 1);
    }
  };
  visit(doc.contents, 0);
  return found;
}

/**
 * Copies mappings into null-prototype objects so that keys such as `__proto__` or
 * `constructor` are plain data, never an object's prototype or method.
 */
function nullPrototype(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullPrototype);
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) out[key] = nullPrototype((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * A key as the data names it (what toJS makes of it): '' for a null key, a scalar's value as
 * text, and a collection or alias key in the yaml package's own flow form (`{ a: 1 }`).
 */
function keyText(doc: Document.Parsed, key: unknown): string {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  if (key === null || key === undefined) return '';
  const one = new YAMLMap(doc.schema);
  one.items.push(new Pair(key, null));
  return Object.keys(one.toJS(doc, { maxAliasCount: LIMITS.maxAliasCount }) as object)[0] ?? '';
}

function nodeAt(doc: Document.Parsed, path: Path): { node: YamlNode | null | undefined; pair?: Pair; depth: number } {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const found = node.items.find((p) => keyText(doc, p.key) === String(seg));
      if (!found) break;
      pair = found as Pair;
      node = found.value;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      pair = undefined;
      node = node.items[seg];
    } else {
      break;
    }
    depth++;
  }
  return { node: node as YamlNode | null | undefined, pair, depth };
}

/**
 * The source position of a path: the value's start, or the key's when `onKey` is set or
 * the value is empty. A path that runs past the document falls back to its nearest ancestor.
 */
export function locate(source: SourceFile, path: Path, onKey = false): Position {
  const offset = source.where.offsetOf(path, onKey);
  if (offset === undefined) return { line: 1, column: 1 };
  // A block scalar's range may start on the indicator line's end; clamp to the text.
  return positionOf(source.where, Math.min(offset, Math.max(0, source.text.length - 1)));
}
