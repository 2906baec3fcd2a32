// Message helpers shared by the addressing rules (not a rule module).
import type { Prefix } from '../../net/prefix';
import { PrefixTrie } from '../../net/trie';

/** "10.0.0.0/16, 10.2.0.0/16 and 3 more": prefixes for a message, capped so it stays one line. */
export function prefixList(prefixes: readonly Prefix[], max = 3): string {
  const shown = prefixes.slice(0, max).map((p) => p.text).join(', ');
  return prefixes.length > max ? `${shown} and ${prefixes.length - max} more` : shown;
}

/** A trie over a list of prefixes: containment tests cost O(address bits), not O(prefixes). */
export function trieOf(prefixes: readonly Prefix[]): PrefixTrie<true> {
  const trie = new PrefixTrie<true>();
  for (const p of prefixes) trie.insert(p, true);
  return trie;
}
