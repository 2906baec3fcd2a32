// A fast reader for the plain YAML most topology files are written in, with exact positions.
//
// The `yaml` package builds a syntax tree and a Document before any data exists, which was most
// of a run's time on a large file. This reader handles a strict subset of YAML 1.2 in one pass
// over the text: block mappings and sequences indented with spaces, `- key: value` items, flow
// collections (`[a, b]`, `{ k: v }`, lines broken after `[`, `{` or a comma), one-line quoted
// scalars without escapes, plain scalars resolved by the core schema, and comments. On request
// it records, for each node, the offset the `yaml` package gives as the node's `range[0]`
// (positions.ts), so that a diagnostic's line and column are the same whichever path read it.
//
// Anything else (anchors, aliases, tags, block scalars, multi-line scalars, flow collections
// broken elsewhere, escapes, tabs, CRs, directives, `---`, duplicate keys, keys that are not
// plain words, deep nesting, any error) makes it return undefined, and the caller parses the
// text with the `yaml` package. So for every text it accepts, the data and the positions are the
// ones the `yaml` path builds: bench/fastpath-check.js compares them on the conformance cases,
// the fixtures, generated topologies and thousands of mutations of them.
import type { PosMap, PosNode, PosSeq } from './positions';

export interface FastParse {
  data: unknown;
  /** Present when asked for (`positions: true`). */
  pos?: PosNode | null;
}

/** Thrown to leave the fast path; caught in fastParse. */
const UNSUPPORTED = Symbol('unsupported');

/** Characters the fast path leaves to the `yaml` package wherever they appear. */
const AWKWARD = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\r]/;
/** Keys the fast path reads: plain words that the core schema resolves to strings. */
const KEY = /^[A-Za-z_$][A-Za-z0-9_$.\-/]*$/;
const NON_STRING_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);
const MAX_DEPTH = 64;
const MAX_KEY = 1000;

const SPACE = 32;
const NL = 10;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const COMMA = 44;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

/**
 * Parses `text` if it is in the subset; undefined when the `yaml` package must read it.
 * Mappings are null-prototype objects (in V8's fast mode: prototype set before any key).
 */
export function fastParse(text: string, options: { positions?: boolean; data?: boolean } = {}): FastParse | undefined {
  if (text.length === 0 || AWKWARD.test(text)) return undefined;
  try {
    // `data: false` (positions only) is for a text already read: it skips building the values.
    const reader = new Reader(text, options.positions === true, options.positions !== true || options.data !== false);
    const data = reader.document();
    return options.positions ? { data, pos: reader.pos } : { data };
  } catch (err) {
    if (err === UNSUPPORTED) return undefined;
    throw err;
  }
}

function unsupported(): never {
  throw UNSUPPORTED;
}

/** A null-prototype object that V8 keeps in fast mode (Object.create(null) makes a dictionary). */
function dict(): Record<string, unknown> {
  const o = {};
  Object.setPrototypeOf(o, null);
  return o as Record<string, unknown>;
}

/** The core schema's resolution of a plain scalar (yaml 1.2 core: null, bool, int, float, str). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Most values start with a letter that no null, boolean or number can start with.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    if (c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return s;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

class Reader {
  private readonly n: number;
  /** Start of the current line (the reader works line by line). */
  private line = 0;
  /** First non-space character of the current content line; its column is `indent` (-1 at the end). */
  private p = 0;
  private indent = -1;
  private depth = 0;
  /** The position of the node read last (when positions are recorded). */
  pos: PosNode | null = null;
  /** Just past the flow node read last. */
  private end = 0;
  /**
   * Items of the collections being read, nested ones above their parents': each collection
   * copies its own into an array of the exact size (an array grown by push keeps spare room).
   */
  private readonly stack: unknown[] = [];
  /** Keys read so far, by a hash of their text: a file repeats a few dozen keys many times. */
  private readonly keys = new Map<number, string>();

  constructor(private readonly text: string, private readonly withPos: boolean, private readonly withData: boolean) {
    this.n = text.length;
  }

  document(): unknown {
    this.nextContent();
    // A topology is a mapping at the left margin; other documents take the `yaml` path.
    if (this.indent !== 0 || this.isSeqIndicator(this.p) || this.startsDocumentMarker()) unsupported();
    const root = this.blockMap(0, this.p);
    // The root mapping ends only at the end of the text (a line at column 0 is its next key).
    if (this.line < this.n) unsupported();
    return root;
  }

  // ---- lines ----

  /** Moves to the next line holding content (skips blank and comment lines); indent -1 at the end. */
  private nextContent(): void {
    const t = this.text;
    let i = this.line;
    for (;;) {
      if (i >= this.n) {
        this.line = this.n;
        this.indent = -1;
        this.p = this.n;
        return;
      }
      let j = i;
      while (t.charCodeAt(j) === SPACE) j++;
      if (j >= this.n) { i = j; continue; }
      const c = t.charCodeAt(j);
      if (c === NL) { i = j + 1; continue; }
      if (c === HASH) {
        const e = t.indexOf('\n', j);
        i = e === -1 ? this.n : e + 1;
        continue;
      }
      this.line = i;
      this.p = j;
      this.indent = j - i;
      return;
    }
  }

  /** After a value ending at `q`: only spaces and a comment may follow on the line. */
  private endLine(q: number): void {
    const t = this.text;
    const start = q;
    while (t.charCodeAt(q) === SPACE) q++;
    if (q < this.n && t.charCodeAt(q) === HASH) {
      if (q === start) unsupported();
      const e = t.indexOf('\n', q);
      q = e === -1 ? this.n : e;
    }
    if (q < this.n && t.charCodeAt(q) !== NL) unsupported();
    this.line = q >= this.n ? this.n : q + 1;
    this.nextContent();
  }

  /** Moves past the rest of a line whose content ended at `q` (only spaces or a comment left). */
  private skipLine(q: number): void {
    const e = this.text.charCodeAt(q) === HASH ? this.text.indexOf('\n', q) : q;
    this.line = e === -1 || e >= this.n ? this.n : e + 1;
    this.nextContent();
  }

  private isSeqIndicator(q: number): boolean {
    if (this.text.charCodeAt(q) !== DASH) return false;
    const c = this.text.charCodeAt(q + 1);
    return c === SPACE || c === NL || q + 1 >= this.n;
  }

  private startsDocumentMarker(): boolean {
    const t = this.text;
    const q = this.p;
    return this.indent === 0 && (t.startsWith('---', q) || t.startsWith('...', q) || t.charCodeAt(q) === 37 /* % */);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) unsupported();
  }

  // ---- block collections ----

  /**
   * A block mapping whose keys sit at column `col`; its first key starts at `first` on the
   * current line (a `- key: value` item's key is not at the line's indentation).
   */
  private blockMap(col: number, first: number): Record<string, unknown> | null {
    this.enter();
    const data = this.withData ? dict() : undefined;
    const stack = this.stack;
    const base = stack.length;
    let q = first;
    for (;;) {
      const colon = this.keyEnd(q);
      if (colon < 0) unsupported();
      const key = this.key(q, this.trimEnd(q, colon));
      const value = this.mapValue(col, colon + 1);
      if (data) {
        if (key in data) unsupported();
        data[key] = value;
      }
      if (this.withPos) stack.push(key, q, this.pos);
      // The current line is now the next content line.
      if (this.indent < col) break;
      if (this.indent > col || this.isSeqIndicator(this.p) || this.startsDocumentMarker()) unsupported();
      q = this.p;
    }
    this.depth--;
    if (this.withPos) this.pos = { o: first, kv: this.take(base) as PosMap['kv'] };
    return data ?? null;
  }

  /** The items pushed since `base`, as an array of their own. */
  private take(base: number): unknown[] {
    const items = this.stack.slice(base);
    this.stack.length = base;
    return items;
  }

  /** A plain key between `q` and `end`, checked (KEY) and shared with its earlier occurrences. */
  private key(q: number, end: number): string {
    const t = this.text;
    const len = end - q;
    const h = (len & 0xff) | ((t.charCodeAt(q) & 0x7f) << 8) | ((t.charCodeAt(q + 1) & 0x7f) << 15) | ((t.charCodeAt(end - 1) & 0x7f) << 22);
    const known = this.keys.get(h);
    if (known !== undefined && known.length === len && t.startsWith(known, q)) return known;
    const key = t.slice(q, end);
    if (len > MAX_KEY || !KEY.test(key) || NON_STRING_KEYS.has(key)) unsupported();
    if (known === undefined && this.keys.size < 512) this.keys.set(h, key);
    return key;
  }

  /** The value after a block mapping's `key:` (at `q`, just after the colon). */
  private mapValue(col: number, q: number): unknown {
    const t = this.text;
    const afterColon = q;
    while (t.charCodeAt(q) === SPACE) q++;
    const c = t.charCodeAt(q);
    if (q >= this.n || c === NL || (c === HASH && q > afterColon)) {
      // Nothing on this line: a nested block, a sequence at the key's column, or empty.
      const emptyAt = q;
      this.skipLine(q);
      if (this.indent > col) return this.nestedBlock();
      if (this.indent === col && this.isSeqIndicator(this.p)) return this.blockSeq(col);
      this.pos = emptyAt;
      return null;
    }
    if (q === afterColon) unsupported();
    return this.inline(q, col);
  }

  /** A block collection on the current line, deeper than its parent. */
  private nestedBlock(): unknown {
    if (this.startsDocumentMarker()) unsupported();
    return this.isSeqIndicator(this.p) ? this.blockSeq(this.indent) : this.blockMap(this.indent, this.p);
  }

  /** A block sequence whose `-` indicators sit at column `col`. */
  private blockSeq(col: number): unknown[] | null {
    this.enter();
    const stack = this.stack;
    const base = stack.length;
    const first = this.p;
    for (;;) {
      const dash = this.p;
      let q = dash + 1;
      while (this.text.charCodeAt(q) === SPACE) q++;
      const c = this.text.charCodeAt(q);
      let item: unknown;
      if (q >= this.n || c === NL || (c === HASH && q > dash + 1)) {
        const emptyAt = q;
        this.skipLine(q);
        if (this.indent > col) item = this.nestedBlock();
        else {
          item = null;
          this.pos = emptyAt;
        }
      } else if (this.isSeqIndicator(q)) {
        unsupported();
      } else if (this.keyEnd(q) >= 0) {
        // `- key: value`: a mapping whose keys line up with this first key.
        item = this.blockMap(q - this.line, q);
      } else {
        item = this.inline(q, col);
      }
      if (this.withData) stack.push(item);
      if (this.withPos) stack.push(this.pos);
      if (this.indent < col) break;
      if (this.indent > col || this.startsDocumentMarker()) unsupported();
      if (!this.isSeqIndicator(this.p)) break;
    }
    this.depth--;
    return this.seqItems(base, first);
  }

  /** A sequence's items pushed since `base` (item, then its position when recorded); sets `pos`. */
  private seqItems(base: number, first: number): unknown[] | null {
    const stack = this.stack;
    if (!this.withPos) return this.take(base);
    if (!this.withData) {
      this.pos = { o: first, items: this.take(base) as (PosNode | null)[] } satisfies PosSeq;
      return null;
    }
    const n = (stack.length - base) / 2;
    const data = new Array<unknown>(n);
    const items = new Array<PosNode | null>(n);
    for (let k = 0; k < n; k++) {
      data[k] = stack[base + 2 * k];
      items[k] = stack[base + 2 * k + 1] as PosNode | null;
    }
    stack.length = base;
    this.pos = { o: first, items } satisfies PosSeq;
    return data;
  }

  /**
   * Where a plain key starting at `q` ends: the index of its `:` (followed by a space or the
   * end of the line), or -1 when the line does not start with a plain key.
   */
  private keyEnd(q: number): number {
    const t = this.text;
    const c = t.charCodeAt(q);
    // Keys start with a letter, `_` or `$` (KEY); anything else is not a key the fast path reads.
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36)) return -1;
    for (let i = q + 1; i < this.n; i++) {
      const d = t.charCodeAt(i);
      if (d === COLON) {
        const e = t.charCodeAt(i + 1);
        if (e === SPACE || e === NL || i + 1 >= this.n) return i;
      } else if (d === NL || d === HASH || d === COMMA || d === LBRACKET || d === RBRACKET || d === LBRACE || d === RBRACE || d === DQUOTE || d === SQUOTE) {
        return -1;
      }
    }
    return -1;
  }

  private trimEnd(from: number, to: number): number {
    while (to > from && this.text.charCodeAt(to - 1) === SPACE) to--;
    return to;
  }

  // ---- values on one line ----

  /**
   * A value that starts at `q` on the current line (a plain, quoted or flow node); then moves
   * to the next content line, which must not be deeper than `col` (that would continue it).
   */
  private inline(q: number, col: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(q);
    let value: unknown;
    if (c === LBRACKET || c === LBRACE) {
      value = this.flow(q, col);
    } else if (c === DQUOTE || c === SQUOTE) {
      value = this.quoted(q);
      this.pos = q;
    } else {
      if (!this.plainStart(q)) unsupported();
      // Up to a comment (` #`) or the end of the line.
      let e = q + 1;
      for (; e < this.n; e++) {
        const d = t.charCodeAt(e);
        if (d === NL) break;
        if (d === HASH && t.charCodeAt(e - 1) === SPACE) break;
        if (d === COLON) {
          const f = t.charCodeAt(e + 1);
          if (f === SPACE || f === NL || e + 1 >= this.n) unsupported();
        }
      }
      this.end = this.trimEnd(q, e);
      value = this.withData ? resolvePlain(t.slice(q, this.end)) : null;
      this.pos = q;
    }
    const pos = this.pos;
    this.endLine(this.end);
    if (this.indent > col) unsupported();
    this.pos = pos;
    return value;
  }

  /** Whether a plain scalar may start at `q` (no indicator that starts another kind of node). */
  private plainStart(q: number): boolean {
    const t = this.text;
    if (q >= this.n) return false;
    switch (t.charCodeAt(q)) {
      case DASH: {
        const d = t.charCodeAt(q + 1);
        return !(d === SPACE || d === NL || d === COMMA || d === LBRACKET || d === RBRACKET || d === LBRACE || d === RBRACE || q + 1 >= this.n);
      }
      case NL:
      case SPACE:
      case 63: // ?
      case COLON:
      case COMMA:
      case LBRACKET: case RBRACKET: case LBRACE: case RBRACE:
      case HASH:
      case 38: // &
      case 42: // *
      case 33: // !
      case 124: // |
      case 62: // >
      case DQUOTE: case SQUOTE:
      case 37: // %
      case 64: // @
      case 96: // `
        return false;
      default:
        return true;
    }
  }

  /** A one-line quoted scalar at `q`; sets `end` just past the closing quote. */
  private quoted(q: number): string {
    const t = this.text;
    const quote = t.charCodeAt(q);
    if (quote === DQUOTE) {
      for (let i = q + 1; i < this.n; i++) {
        const d = t.charCodeAt(i);
        if (d === DQUOTE) {
          this.end = i + 1;
          return t.slice(q + 1, i);
        }
        if (d === 92 /* \ */ || d === NL) unsupported();
      }
      unsupported();
    }
    let value = '';
    let from = q + 1;
    for (let i = q + 1; i < this.n; i++) {
      const d = t.charCodeAt(i);
      if (d === NL) unsupported();
      if (d === SQUOTE) {
        if (t.charCodeAt(i + 1) === SQUOTE) {
          value += t.slice(from, i + 1);
          from = i + 2;
          i++;
          continue;
        }
        this.end = i + 1;
        return value + t.slice(from, i);
      }
    }
    unsupported();
  }

  /**
   * A flow collection at `q`; sets `end` just past its closing bracket. It may break lines after
   * `[`, `{` or a comma, onto lines indented deeper than `col` (its block parent's column).
   */
  private flow(q: number, col: number): unknown {
    this.enter();
    const t = this.text;
    const isMap = t.charCodeAt(q) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const map = isMap && this.withData ? dict() : undefined;
    const stack = this.stack;
    const base = stack.length;
    const withPos = this.withPos;
    let i = this.skipFlowSpace(q + 1, col);
    if (t.charCodeAt(i) !== close) {
      for (;;) {
        if (isMap) {
          const k = i;
          const colon = this.flowKeyEnd(k);
          const key = this.key(k, this.trimEnd(k, colon));
          const value = this.flowValue(this.skipSpaces(colon + 1), col);
          if (map) {
            if (key in map) unsupported();
            map[key] = value;
          }
          if (withPos) stack.push(key, k, this.pos);
        } else {
          const value = this.flowValue(i, col);
          if (this.withData) stack.push(value);
          if (withPos) stack.push(this.pos);
        }
        i = this.skipSpaces(this.end);
        const c = t.charCodeAt(i);
        if (c === close) break;
        if (c !== COMMA) unsupported();
        i = this.skipFlowSpace(i + 1, col);
        // No trailing comma, no empty entry.
        const d = t.charCodeAt(i);
        if (d === close || d === COMMA) unsupported();
      }
    }
    this.depth--;
    this.end = i + 1;
    if (!isMap) return this.seqItems(base, q);
    if (withPos) this.pos = { o: q, kv: this.take(base) as PosMap['kv'] };
    return map ?? null;
  }

  private skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** Spaces, and at most one line break onto a line indented deeper than `col`. */
  private skipFlowSpace(i: number, col: number): number {
    const t = this.text;
    i = this.skipSpaces(i);
    if (t.charCodeAt(i) !== NL) return i;
    const start = i + 1;
    const j = this.skipSpaces(start);
    if (j - start <= col || j >= this.n) unsupported();
    const c = t.charCodeAt(j);
    if (c === NL || c === HASH) unsupported();
    return j;
  }

  /** A flow mapping's plain key at `k`: the index of its `:`, which a space must follow. */
  private flowKeyEnd(k: number): number {
    const t = this.text;
    const c = t.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36)) unsupported();
    for (let i = k + 1; i < this.n; i++) {
      const d = t.charCodeAt(i);
      if (d === COLON) {
        if (t.charCodeAt(i + 1) !== SPACE) unsupported();
        return i;
      }
      if (d === NL || d === HASH || d === COMMA || d === LBRACKET || d === RBRACKET || d === LBRACE || d === RBRACE || d === DQUOTE || d === SQUOTE) unsupported();
    }
    unsupported();
  }

  /** A value inside a flow collection at `i` (a nested collection, or a one-line scalar); sets `end`. */
  private flowValue(i: number, col: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) return this.flow(i, col);
    this.pos = i;
    if (c === DQUOTE || c === SQUOTE) return this.quoted(i);
    if (!this.plainStart(i)) unsupported();
    let e = i + 1;
    for (; e < this.n; e++) {
      const d = t.charCodeAt(e);
      if (d === COMMA || d === RBRACKET || d === RBRACE) break;
      if (d === COLON) {
        // Inside a plain scalar (an IPv6 prefix: `[10.0.0.0/16, 2001:db8::/32]`) unless it would
        // end an implicit key: followed by a space, the end of the line or a flow indicator.
        const f = t.charCodeAt(e + 1);
        if (f === SPACE || f === NL || f === COMMA || f === LBRACKET || f === RBRACKET || f === LBRACE || f === RBRACE) unsupported();
        continue;
      }
      if (d === NL || d === LBRACKET || d === LBRACE || d === DQUOTE || d === SQUOTE) unsupported();
      if (d === HASH && t.charCodeAt(e - 1) === SPACE) unsupported();
    }
    if (e >= this.n) unsupported();
    this.end = this.trimEnd(i, e);
    return this.withData ? resolvePlain(t.slice(i, this.end)) : null;
  }
}
