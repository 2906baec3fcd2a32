import fc from 'fast-check';
import { freeBlocks, LINK_LOCAL_POOL, RFC1918_POOL } from '../../src/net/free';
import { overlaps, parsePrefix, prefixOf, type Prefix } from '../../src/net/prefix';

const P = (s: string): Prefix => {
  const r = parsePrefix(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const texts = (ps: Prefix[]) => ps.map((p) => p.text);

describe('freeBlocks', () => {
  it('skips the blocks in use, in address order', () => {
    const used = ['10.0.0.0/16', '10.1.0.0/16', '10.3.0.0/16'].map(P);
    expect(texts(freeBlocks(RFC1918_POOL, used, 16, 3))).toEqual(['10.2.0.0/16', '10.4.0.0/16', '10.5.0.0/16']);
  });

  it('moves on to the next pool when one is full, and never returns a block that overlaps a used prefix', () => {
    const used = ['10.0.0.0/8', '172.16.0.0/13', '172.24.5.0/24'].map(P);
    const got = freeBlocks(RFC1918_POOL, used, 16, 3);
    expect(texts(got)).toEqual(['172.25.0.0/16', '172.26.0.0/16', '172.27.0.0/16']);
    for (const b of got) for (const u of used) expect(overlaps(b, u)).toBe(false);
  });

  it('aligns blocks after a used prefix that is smaller than the request', () => {
    const used = ['10.0.0.0/22', '10.0.4.1/32'].map(P);
    expect(texts(freeBlocks(RFC1918_POOL, used, 22, 2))).toEqual(['10.0.8.0/22', '10.0.12.0/22']);
  });

  it('finds /30 peer blocks in link-local space around used peers', () => {
    const used = ['169.254.0.0/30', '169.254.0.8/30'].map(P);
    expect(texts(freeBlocks(LINK_LOCAL_POOL, used, 30, 3))).toEqual(['169.254.0.4/30', '169.254.0.12/30', '169.254.0.16/30']);
  });

  it('works on IPv6 pools and ignores prefixes of the other family', () => {
    const used = ['2001:db8::/48', '10.0.0.0/8'].map(P);
    expect(texts(freeBlocks([P('2001:db8::/32')], used, 48, 2))).toEqual(['2001:db8:1::/48', '2001:db8:2::/48']);
  });

  it('returns what there is when the pool runs out, and nothing for a block larger than the pool', () => {
    const used = ['192.168.0.0/17', '192.168.128.0/18'].map(P);
    expect(texts(freeBlocks([P('192.168.0.0/16')], used, 18, 5))).toEqual(['192.168.192.0/18']);
    expect(freeBlocks([P('192.168.0.0/16')], [], 8, 1)).toEqual([]);
  });

  it('a used supernet of the pool leaves nothing', () => {
    expect(freeBlocks([P('10.0.0.0/8')], [P('8.0.0.0/5')], 24, 1)).toEqual([]);
  });

  it('agrees with a brute-force scan of every aligned block (random used prefixes in a small pool)', () => {
    const pool = P('10.0.0.0/20');
    const usedArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 0x1fff }), fc.integer({ min: 18, max: 32 })), { maxLength: 12 })
      .map((xs) => xs.map(([off, len]) => prefixOf(4, pool.network + BigInt(off), len)));
    fc.assert(
      fc.property(usedArb, fc.integer({ min: 20, max: 29 }), fc.integer({ min: 1, max: 6 }), (used, length, count) => {
        const expected: string[] = [];
        const size = 1n << BigInt(32 - length);
        for (let n = pool.network; n < pool.network + (1n << 12n) && expected.length < count; n += size) {
          const block = prefixOf(4, n, length);
          if (!used.some((u) => overlaps(u, block))) expected.push(block.text);
        }
        expect(texts(freeBlocks([pool], used, length, count))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
