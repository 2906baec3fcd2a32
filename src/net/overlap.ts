// All overlapping pairs among a list of prefixes without comparing every pair: CIDR prefixes
// either nest or are disjoint, so after sorting, the prefixes that contain the current one are
// exactly those on a stack of still-open supernets. O(n log n + k) for k reported pairs.
import { Prefix, comparePrefixes, contains } from './prefix';

export interface OverlapItem<T> {
  prefix: Prefix;
  value: T;
}

/**
 * Every pair of items whose prefixes overlap (identical prefixes included), each pair once as
 * [earlier in input, later in input], ordered by the later item's position, then the earlier's.
 * The returned pairs hold the caller's item objects.
 */
export function findOverlaps<T>(items: readonly OverlapItem<T>[]): [OverlapItem<T>, OverlapItem<T>][] {
  const n = items.length;
  const order = Array.from({ length: n }, (_, i) => i);
  // Input position breaks ties so identical prefixes are handled deterministically.
  order.sort((a, b) => comparePrefixes(items[a].prefix, items[b].prefix) || a - b);

  // Pairs bucketed by their earlier index, so the final pass can emit them in order in O(n + k).
  const byEarlier: number[][] = Array.from({ length: n }, () => []);
  const open: number[] = [];
  for (const i of order) {
    const p = items[i].prefix;
    // Whatever does not contain p ends before p starts, so it cannot meet any later prefix either.
    while (open.length > 0 && !contains(items[open[open.length - 1]].prefix, p)) open.pop();
    for (const j of open) {
      if (j < i) byEarlier[j].push(i);
      else byEarlier[i].push(j);
    }
    open.push(i);
  }

  // Stable bucket pass by the later index: within a bucket the earlier indexes arrive ascending.
  const byLater: number[][] = Array.from({ length: n }, () => []);
  for (let earlier = 0; earlier < n; earlier++) {
    for (const later of byEarlier[earlier]) byLater[later].push(earlier);
  }
  const pairs: [OverlapItem<T>, OverlapItem<T>][] = [];
  for (let later = 0; later < n; later++) {
    for (const earlier of byLater[later]) pairs.push([items[earlier], items[later]]);
  }
  return pairs;
}
