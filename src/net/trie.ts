// A binary (one bit per level) prefix trie, one root per address family. Every lookup walks
// at most 32 or 128 levels, so rules can ask "which site owns this address?" for each of
// thousands of routes without scanning all stored prefixes.
import { Address, Family, Prefix, bitsOf } from './prefix';

export interface TrieEntry<T> {
  prefix: Prefix;
  values: T[];
}

interface Node<T> {
  zero?: Node<T>;
  one?: Node<T>;
  entry?: TrieEntry<T>;
}

// Bits are read from 32-bit number words: a bigint shift per level would dominate lookups.
function wordsOf(family: Family, value: bigint): number[] {
  if (family === 4) return [Number(value)];
  const words = new Array<number>(4);
  for (let k = 3; k >= 0; k--) {
    words[k] = Number(value & 0xffffffffn);
    value >>= 32n;
  }
  return words;
}

function bitAt(words: number[], i: number): number {
  return (words[i >>> 5] >>> (31 - (i & 31))) & 1;
}

// An address behaves like a full-length prefix for every lookup.
function keyOf(x: Address | Prefix): { family: Family; value: bigint; length: number } {
  return 'network' in x
    ? { family: x.family, value: x.network, length: x.length }
    : { family: x.family, value: x.value, length: bitsOf(x.family) };
}

// Callers get copies so they cannot reorder or grow the stored values behind the trie's back.
function copy<T>(e: TrieEntry<T>): TrieEntry<T> {
  return { prefix: e.prefix, values: e.values.slice() };
}

const ALL_V4: Prefix = { family: 4, network: 0n, length: 0, text: '0.0.0.0/0' };
const ALL_V6: Prefix = { family: 6, network: 0n, length: 0, text: '::/0' };

export class PrefixTrie<T> {
  private readonly v4: Node<T> = {};
  private readonly v6: Node<T> = {};
  private count = 0;

  /** Adds a value under `prefix`; values for the same prefix are kept in insertion order. */
  insert(prefix: Prefix, value: T): void {
    const words = wordsOf(prefix.family, prefix.network);
    let node = this.root(prefix.family);
    for (let i = 0; i < prefix.length; i++) {
      if (bitAt(words, i)) node = node.one ??= {};
      else node = node.zero ??= {};
    }
    if (node.entry) {
      node.entry.values.push(value);
    } else {
      node.entry = { prefix, values: [value] };
      this.count++;
    }
  }

  /** The longest stored prefix containing `x` (an address, or a prefix: equal counts). */
  longestMatch(x: Address | Prefix): TrieEntry<T> | undefined {
    let best: TrieEntry<T> | undefined;
    this.walk(x, (e) => {
      best = e;
    });
    return best && copy(best);
  }

  /** Every stored prefix containing `x`, longest first. */
  matches(x: Address | Prefix): TrieEntry<T>[] {
    const found: TrieEntry<T>[] = [];
    this.walk(x, (e) => {
      found.push(copy(e));
    });
    return found.reverse();
  }

  /** Every stored prefix inside `p` (p itself included), in address order, supernets first. */
  within(p: Prefix): TrieEntry<T>[] {
    const words = wordsOf(p.family, p.network);
    let node: Node<T> | undefined = this.root(p.family);
    for (let i = 0; i < p.length && node; i++) node = bitAt(words, i) ? node.one : node.zero;
    const found: TrieEntry<T>[] = [];
    // Iterative pre-order (self, zero, one) is address order and cannot overflow the stack.
    const stack: Node<T>[] = node ? [node] : [];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.entry) found.push(copy(n.entry));
      if (n.one) stack.push(n.one);
      if (n.zero) stack.push(n.zero);
    }
    return found;
  }

  /** Every stored prefix: IPv4 first, each family in address order. */
  entries(): TrieEntry<T>[] {
    return [...this.within(ALL_V4), ...this.within(ALL_V6)];
  }

  /** Number of distinct prefixes stored (not values). */
  get size(): number {
    return this.count;
  }

  private root(family: Family): Node<T> {
    return family === 4 ? this.v4 : this.v6;
  }

  // Visits the entries on the path to `x`, shortest first.
  private walk(x: Address | Prefix, visit: (e: TrieEntry<T>) => void): void {
    const key = keyOf(x);
    const words = wordsOf(key.family, key.value);
    let node: Node<T> | undefined = this.root(key.family);
    for (let i = 0; node; i++) {
      if (node.entry) visit(node.entry);
      if (i === key.length) break;
      node = bitAt(words, i) ? node.one : node.zero;
    }
  }
}
