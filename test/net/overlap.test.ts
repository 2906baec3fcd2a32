import fc from 'fast-check';
import { Prefix, overlaps, parsePrefix, prefixOf } from '../../src/net/prefix';
import { findOverlaps } from '../../src/net/overlap';

function P(text: string): Prefix {
  const r = parsePrefix(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
const items = (...texts: string[]) => texts.map((t, i) => ({ prefix: P(t), value: i }));
const indexPairs = (pairs: [{ value: number }, { value: number }][]) => pairs.map(([a, b]) => [a.value, b.value]);

describe('findOverlaps', () => {
  it('finds nothing among disjoint or adjacent prefixes', () => {
    expect(findOverlaps(items('10.0.0.0/25', '10.0.0.128/25', '10.0.1.0/24', '2001:db8::/32'))).toEqual([]);
    expect(findOverlaps([])).toEqual([]);
  });

  it('reports nested prefixes with the earlier item first', () => {
    expect(indexPairs(findOverlaps(items('10.1.0.0/16', '10.0.0.0/8')))).toEqual([[0, 1]]);
    expect(indexPairs(findOverlaps(items('10.0.0.0/8', '10.1.0.0/16')))).toEqual([[0, 1]]);
  });

  it('reports identical prefixes', () => {
    expect(indexPairs(findOverlaps(items('10.0.0.0/8', '10.0.0.0/8', '10.0.0.0/8')))).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('reports every pair in a chain, ordered by later then earlier item', () => {
    const r = findOverlaps(items('10.1.2.0/24', '192.168.0.0/16', '10.0.0.0/8', '10.1.0.0/16', '10.2.0.0/16'));
    expect(indexPairs(r)).toEqual([
      [0, 2],
      [0, 3],
      [2, 3],
      [2, 4],
    ]);
    expect(r[0][0].prefix.text).toBe('10.1.2.0/24');
  });

  it('never pairs across families, /0 overlaps everything in its family', () => {
    expect(indexPairs(findOverlaps(items('::/0', '10.0.0.0/8', '0.0.0.0/0', '2001:db8::/32')))).toEqual([
      [1, 2],
      [0, 3],
    ]);
  });

  it('returns the caller’s item objects', () => {
    const xs = items('10.0.0.0/8', '10.0.0.0/9');
    const [[a, b]] = findOverlaps(xs);
    expect(a).toBe(xs[0]);
    expect(b).toBe(xs[1]);
  });

  it('matches the quadratic definition', () => {
    const pfx = fc
      .tuple(fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), fc.integer({ min: 0, max: 12 }), fc.boolean())
      .map(([v, l, six]) => (six ? prefixOf(6, v << 96n, l) : prefixOf(4, v, l + 4)));
    fc.assert(
      fc.property(fc.array(pfx, { maxLength: 60 }), (ps) => {
        const xs = ps.map((prefix, value) => ({ prefix, value }));
        const expected: number[][] = [];
        for (let j = 0; j < xs.length; j++) for (let i = 0; i < j; i++) if (overlaps(xs[i].prefix, xs[j].prefix)) expected.push([i, j]);
        expect(indexPairs(findOverlaps(xs))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('scales to many prefixes', () => {
    // 50k /24s, one every 4096 addresses: exactly 4096 of them fall inside 0.0.0.0/8.
    const xs = Array.from({ length: 50_000 }, (_, i) => ({ prefix: prefixOf(4, BigInt(i) << 12n, 24), value: i }));
    xs.push({ prefix: P('0.0.0.0/8'), value: -1 });
    const r = findOverlaps(xs);
    expect(r).toHaveLength(4096);
    expect(r.every(([a, b]) => b.value === -1 && a.value < 4096)).toBe(true);
  });
});
