import fc from 'fast-check';
import { REGIONS } from '../../src/net/regions';
import { osaDistance, suggest } from '../../src/util/suggest';

describe('suggest', () => {
  it('finds the examples from the spec', () => {
    expect(suggest('allowedPrefix', ['allowedPrefixes', 'asn', 'authKey'])).toBe('allowedPrefixes');
    expect(suggest('us-east1', REGIONS)).toBe('us-east-1');
    expect(suggest('hq-rt2', ['hq-r1', 'hq-r2'])).toBe('hq-r2');
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(suggest('eu-wset-1', REGIONS)).toBe('eu-west-1');
    expect(suggest('ab', ['ba'])).toBe('ba');
  });

  it('respects the threshold max(1, floor(len / 3))', () => {
    expect(suggest('abc', ['abd'])).toBe('abd'); // 1 edit, threshold 1
    expect(suggest('abc', ['aed'])).toBeUndefined(); // 2 edits
    expect(suggest('abcdef', ['abxdxf'])).toBe('abxdxf'); // 2 edits, threshold 2
    expect(suggest('abcdef', ['axxdxf'])).toBeUndefined(); // 3 edits
    expect(suggest('x', ['y'])).toBe('y'); // threshold never below 1
    expect(suggest('xy', ['xyzw'])).toBeUndefined(); // length difference 2 > 1, too short for the prefix rule
  });

  it('accepts prefix extensions of any length for words of 3+ characters', () => {
    expect(suggest('ded', ['dedicated'])).toBe('dedicated');
    expect(suggest('de', ['dedicated'])).toBeUndefined();
  });

  it('prefers the smallest distance, then the alphabetically first candidate', () => {
    expect(suggest('hq-r3', ['hq-r2', 'hq-r1'])).toBe('hq-r1');
    expect(suggest('abcd', ['abcdef', 'abce'])).toBe('abce');
    expect(suggest('site', ['sites', 'sine', 'bite'])).toBe('bite');
  });

  it('is case-insensitive but returns the candidate as written', () => {
    expect(suggest('ALLOWEDPREFIXES', ['allowedPrefixes'])).toBe('allowedPrefixes');
    expect(suggest('Us-East-1', REGIONS)).toBe('us-east-1');
  });

  it('returns nothing for nothing', () => {
    expect(suggest('', ['a'])).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
    expect(suggest('zzzzzzzz', REGIONS)).toBeUndefined();
  });

  it('picks the right one among long candidate lists', () => {
    const cands = Array.from({ length: 20_000 }, (_, i) => `router-${i}`);
    expect(suggest('routre-12345', cands)).toBe('router-12345'); // one transposition, unique
    // Deleting any one digit gives a candidate at distance 1: the alphabetically first wins.
    expect(suggest('router-123456', cands)).toBe('router-12345');
    expect(suggest('router-1', cands)).toBe('router-1');
  });
});

// Textbook OSA, no trimming or cut-offs, as the oracle.
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('osaDistance', () => {
  it('known values', () => {
    expect(osaDistance('ca', 'abc', 10)).toBe(3); // OSA, not unrestricted Damerau (which gives 2)
    expect(osaDistance('west', 'wset', 10)).toBe(1);
    expect(osaDistance('kitten', 'sitting', 10)).toBe(3);
    expect(osaDistance('kitten', 'sitting', 2)).toBe(3); // capped at limit + 1
    expect(osaDistance('', 'abc', 10)).toBe(3);
    expect(osaDistance('same', 'same', 0)).toBe(0);
  });

  it('agrees with the textbook algorithm, capped at the limit', () => {
    const s = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(
      fc.property(s, s, fc.nat(9), (a, b, limit) => osaDistance(a, b, limit) === Math.min(reference(a, b), limit + 1)),
      { numRuns: 5000 },
    );
  });
});
