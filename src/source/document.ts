// Parses a topology file once and answers "where is this path?" for every diagnostic.
// This is the only module that knows about lines and columns.
import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { Path } from '../model/types';

export const LIMITS = {
  /** Largest file read, in bytes. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Alias expansions allowed when resolving the document (the yaml package's guard). */
  maxAliasCount: 100,
  /** Deepest nesting of mappings and sequences. */
  maxDepth: 256,
} as const;

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
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data (no prototypes: mappings are null-prototype objects). */
  data: unknown;
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

function positionOf(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function lineCounterFor(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

const YAML_HINT = 'fix the YAML syntax at this position';

/** Parses text into a SourceFile, or the problems that stop it from being a topology. */
export function parseSource(file: string, text: string): ParseResult {
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
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  } catch (err) {
    return { ok: false, text, problems: [internalParseProblem(err)] };
  }
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e): SourceProblem => ({
      rule: 'yaml-syntax',
      message: yamlMessage(e.code, e.message, /^[^:\n]*/.exec(text.slice(e.pos[0], e.pos[0] + 200))?.[0] ?? ''),
      hint: e.code === 'DUPLICATE_KEY' ? 'remove or rename one of the repeated keys'
        : e.code === 'MULTIPLE_DOCS' ? 'keep one document per file (remove the `---` separator)' : YAML_HINT,
      position: positionOf(lineCounter, e.pos[0]),
      path: [],
    }));
    return { ok: false, text, problems: dedupeProblems(problems) };
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
    return { ok: false, text, problems: [internalParseProblem(err)] };
  }
  return { ok: true, source: { file, text, doc, lineCounter, data: nullPrototype(data) } };
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

function nodeAt(doc: Document.Parsed, path: Path): { node: YamlNode | null | undefined; pair?: Pair; depth: number } {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const found = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === String(seg));
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
  const { node, pair, depth } = nodeAt(source.doc, path);
  const complete = depth === path.length;
  const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
  let offset: number | undefined;
  if (complete && onKey && keyNode?.range) offset = keyNode.range[0];
  else if (node && (node as { range?: [number, number, number] }).range) offset = (node as { range: [number, number, number] }).range[0];
  else if (keyNode?.range) offset = keyNode.range[0];
  if (offset === undefined) return { line: 1, column: 1 };
  // A block scalar's range may start on the indicator line's end; clamp to the text.
  return positionOf(source.lineCounter, Math.min(offset, Math.max(0, source.text.length - 1)));
}
