// Where each node of a parsed document starts, kept apart from the data so that the parser's
// own tree (the `yaml` package's Document, ten times the size of the data) can be dropped as
// soon as the data is built. `locate` answers from this index exactly as it would from the
// Document: the same offsets (each node's `range[0]`) and the same walk (see offsetAt).
// No `yaml` import here: the fast path (fast-yaml.ts) builds the index without that package.
import type { Path } from '../model/types';

/** A node: a scalar is its start offset; a mapping or a sequence is an object. */
export type PosNode = number | PosMap | PosSeq;

export interface PosMap {
  /** Start offset of the mapping (its first key, or `{`). */
  o: number;
  /**
   * The pairs in document order, three slots each: the key as `locate` compares it
   * (`String(key.value)`), the key's start offset, and the value (null when the pair has none).
   * One flat array keeps the index small: a large file has hundreds of thousands of pairs.
   */
  kv: (string | number | PosNode | null)[];
  /** Built on the first lookup in a large mapping: key → slot of the first pair with it. */
  index?: Map<string, number>;
}

export interface PosSeq {
  /** Start offset of the sequence (its first `-`, or `[`). */
  o: number;
  items: (PosNode | null)[];
}

const isMapPos = (n: PosNode): n is PosMap => typeof n === 'object' && (n as PosMap).kv !== undefined;
const isSeqPos = (n: PosNode): n is PosSeq => typeof n === 'object' && (n as PosSeq).items !== undefined;

/** The slot of the first pair whose key is `key`, or -1. */
function findKey(map: PosMap, key: string): number {
  const kv = map.kv;
  if (kv.length <= 48) {
    for (let i = 0; i < kv.length; i += 3) if (kv[i] === key) return i;
    return -1;
  }
  if (!map.index) {
    map.index = new Map();
    for (let i = 0; i < kv.length; i += 3) if (!map.index.has(kv[i] as string)) map.index.set(kv[i] as string, i);
  }
  return map.index.get(key) ?? -1;
}

/**
 * The offset `locate` reports for a path: the value's start, or the key's when `onKey` is set
 * (and the path is complete) or the value is empty; a path that runs past the document falls
 * back to its nearest ancestor. Undefined when there is nothing to point at.
 */
export function offsetAt(root: PosNode | null, path: Path, onKey: boolean): number | undefined {
  let node: PosNode | null | undefined = root;
  let keyOffset: number | undefined;
  let depth = 0;
  for (const seg of path) {
    if (node === null || node === undefined) break;
    if (isMapPos(node)) {
      const i = findKey(node, String(seg));
      if (i < 0) break;
      keyOffset = node.kv[i + 1] as number;
      node = node.kv[i + 2] as PosNode | null;
    } else if (isSeqPos(node) && typeof seg === 'number' && seg < node.items.length) {
      keyOffset = undefined;
      node = node.items[seg];
    } else {
      break;
    }
    depth++;
  }
  if (depth === path.length && onKey && keyOffset !== undefined) return keyOffset;
  if (node !== null && node !== undefined) return typeof node === 'number' ? node : node.o;
  return keyOffset;
}

/** Line starts of a text, for offset → line and column (1-based, as the `yaml` LineCounter). */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The same answer as `yaml`'s LineCounter.linePos over every newline of the text. */
  linePos(offset: number): { line: number; col: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1] + 1 };
  }

  /** The offset where a zero-based line starts; undefined past the last line. */
  lineStart(line: number): number | undefined {
    return (this.starts ??= lineStarts(this.text))[line];
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
