// "Did you mean ...?" for names: the closest candidate by optimal-string-alignment distance
// (Levenshtein plus adjacent transpositions, the commonest typo). Deterministic and cheap,
// since it runs for every unresolved reference in a topology.

// DP rows reused across candidates: allocation, not arithmetic, dominated the cost.
let prev2: number[] = [];
let prev: number[] = [];
let cur: number[] = [];

/** Optimal string alignment distance, or `limit + 1` as soon as it must exceed `limit`. */
export function osaDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Shared leading and trailing characters never change the distance; names typically share
  // long prefixes ("router-", "us-east-"), so this leaves a tiny table.
  let start = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (start < aEnd && start < bEnd && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (aEnd > start && bEnd > start && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  const m = aEnd - start;
  const n = bEnd - start;
  if (m === 0 || n === 0) return Math.min(m + n, limit + 1);
  for (let j = 0; j <= n; j++) {
    prev[j] = j;
    prev2[j] = 0;
  }
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(start + i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(start + j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      // Adjacent transposition ("wset" for "west"), looking two rows back.
      if (i > 1 && j > 1 && ai === b.charCodeAt(start + j - 2) && a.charCodeAt(start + i - 2) === bj) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Row minima never decrease, so once every cell is past the limit the answer is too.
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n], limit + 1);
}

/**
 * The candidate nearest to `word` (case-insensitive) when it is within
 * max(1, floor(word.length / 3)) edits, or when it merely extends the word
 * ("allowedPrefix" -> "allowedPrefixes"; words of 3+ characters only, so "a" suggests nothing),
 * or when the word extends a candidate at least half its length.
 * Ties go to the alphabetically first candidate; an exact case-insensitive match wins outright.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length === 0) return undefined;
  const w = word.toLowerCase();
  const threshold = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    let d: number;
    if (w.length >= 3 && c.startsWith(w)) {
      d = c.length - w.length;
    } else if (c.length >= Math.max(3, w.length / 2) && w.startsWith(c)) {
      // The word extends the candidate ("vif-bgp-authentication" -> "vif-bgp-auth").
      d = w.length - c.length;
    } else {
      // Nothing worse than the current best can win, so it bounds the work too.
      const limit = Math.min(threshold, bestDistance);
      d = osaDistance(w, c, limit);
      if (d > limit) continue;
    }
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
