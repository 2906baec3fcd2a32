import fc from 'fast-check';
import { isIP } from 'net';
import { broadcast, contains, formatAddress, overlaps, parseAddress, parsePrefix, prefixOf } from '../../src/net/prefix';

const v4 = fc.bigInt({ min: 0n, max: (1n << 32n) - 1n });
const v6 = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n });

describe('prefix properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:./% x-'.split('')) }), (s) => {
        parsePrefix(s);
        parseAddress(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('formatted addresses round-trip and agree with node:net on validity', () => {
    fc.assert(
      fc.property(v4, (v) => {
        const text = formatAddress(4, v);
        const r = parseAddress(text);
        return r.ok && r.value.value === v && r.value.text === text && isIP(text) === 4;
      }),
    );
    fc.assert(
      fc.property(v6, (v) => {
        const text = formatAddress(6, v);
        const r = parseAddress(text);
        return r.ok && r.value.value === v && r.value.text === text && isIP(text) === 6 && !text.includes(':::');
      }),
    );
  });

  it('sparse IPv6 values (many zero groups) round-trip through compression', () => {
    const sparse = fc
      .array(fc.constantFrom(0, 0, 0, 1, 0xffff, 0xdb8), { minLength: 8, maxLength: 8 })
      .map((gs) => gs.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n));
    fc.assert(
      fc.property(sparse, (v) => {
        const text = formatAddress(6, v);
        const r = parseAddress(text);
        return r.ok && r.value.value === v && r.value.text === text;
      }),
    );
  });

  it('prefixOf text parses back to the same prefix, which contains its first and last address', () => {
    fc.assert(
      fc.property(fc.oneof(v4.map((v) => [4, v] as const), v6.map((v) => [6, v] as const)), fc.nat(128), ([family, v], n) => {
        const length = n % (family === 4 ? 33 : 129);
        const p = prefixOf(family, v, length);
        const r = parsePrefix(p.text);
        if (!r.ok || r.value.network !== p.network || r.value.length !== length) return false;
        const first = { family, value: p.network, text: '' };
        const last = { family, value: broadcast(p), text: '' };
        const after = { family, value: broadcast(p) + 1n, text: '' };
        return contains(p, first) && contains(p, last) && !contains(p, after) && contains(p, { family, value: v, text: '' });
      }),
    );
  });

  it('overlap agrees with interval intersection', () => {
    const pfx = fc.tuple(v4, fc.nat(32)).map(([v, l]) => prefixOf(4, v, l));
    fc.assert(
      fc.property(pfx, pfx, (a, b) => {
        const intervals = a.network <= broadcast(b) && b.network <= broadcast(a);
        return overlaps(a, b) === intervals && overlaps(b, a) === intervals;
      }),
    );
  });
});
