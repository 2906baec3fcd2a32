// src/net/prefix.ts is hand-written for speed (ip-num parses about 19x slower); ip-num is the
// reference it is checked against here, on random and edge-case addresses and prefixes of both
// families. ip-num's CidrRange.fromCidr accepts host bits silently, so every prefix text is put
// through its Validator before any range is built from it.
import fc from 'fast-check';
import { IPv4, IPv4CidrRange, IPv4Prefix, IPv6, IPv6CidrRange, IPv6Prefix, Validator } from 'ip-num';
import { broadcast, contains, formatAddress, overlaps, parseAddress, parsePrefix, prefixOf, type Family, type Prefix } from '../../src/net/prefix';

const MAX4 = (1n << 32n) - 1n;
const MAX6 = (1n << 128n) - 1n;

// Edge values: the ends of the space, single bits, and values next to byte and group boundaries.
function edges(bits: number): bigint[] {
  const max = (1n << BigInt(bits)) - 1n;
  const out = [0n, 1n, max, max - 1n];
  for (let b = 0; b < bits; b += 7) out.push(1n << BigInt(b), (1n << BigInt(b)) - 1n, max ^ (1n << BigInt(b)));
  if (bits === 128) out.push(0xffffn << 32n, (0xffffn << 32n) | 0x0a000001n, 0x20010db8n << 96n, 0xfe80n << 112n);
  return out;
}
const value4 = fc.oneof(fc.bigInt({ min: 0n, max: MAX4 }), fc.constantFrom(...edges(32)));
const value6 = fc.oneof(
  fc.bigInt({ min: 0n, max: MAX6 }),
  fc.constantFrom(...edges(128)),
  // Sparse values: runs of zero groups, where "::" compression has choices to make.
  fc.array(fc.constantFrom(0, 0, 0, 1, 0xdb8, 0xffff), { minLength: 8, maxLength: 8 }).map((gs) => gs.reduce((a, g) => (a << 16n) | BigInt(g), 0n)),
);
const length4 = fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(0, 1, 8, 16, 24, 30, 31, 32));
const length6 = fc.oneof(fc.integer({ min: 0, max: 128 }), fc.constantFrom(0, 1, 32, 48, 56, 64, 96, 125, 127, 128));

const prefix4 = fc.tuple(value4, length4).map(([v, l]) => prefixOf(4, v, l));
const prefix6 = fc.tuple(value6, length6).map(([v, l]) => prefixOf(6, v, l));

// ip-num's validators throw on some malformed input instead of answering false.
function valid(check: (s: string) => [boolean, string[]], s: string): boolean {
  try {
    return check(s)[0];
  } catch {
    return false;
  }
}

/** ip-num's range for a prefix text, validated first (fromCidr would take host bits silently). */
function ipnumRange(text: string): IPv4CidrRange | IPv6CidrRange {
  if (text.includes(':')) {
    if (!valid((s) => Validator.isValidIPv6CidrRange(s), text)) throw new Error(`ip-num rejects ${text}`);
    return IPv6CidrRange.fromCidr(text);
  }
  if (!valid((s) => Validator.isValidIPv4CidrRange(s), text)) throw new Error(`ip-num rejects ${text}`);
  return IPv4CidrRange.fromCidr(text);
}

function ipnumValue(text: string): bigint {
  return text.includes(':') ? IPv6.fromHexadecatet(text).value : IPv4.fromDecimalDottedString(text).value;
}

/** The uncompressed, zero-padded IPv6 form ("2001:0db8:0000:..."), which ip-num also writes. */
function expanded6(v: bigint): string {
  return Array.from({ length: 8 }, (_, k) => ((v >> BigInt(112 - 16 * k)) & 0xffffn).toString(16).padStart(4, '0')).join(':');
}

describe('prefix.ts agrees with ip-num', () => {
  it('IPv4 addresses: same value both ways', () => {
    fc.assert(
      fc.property(value4, (v) => {
        const text = formatAddress(4, v);
        const ours = parseAddress(text);
        expect(ours.ok && ours.value.value).toBe(v);
        expect(ipnumValue(text)).toBe(v);
        expect(IPv4.fromNumber(v).toString()).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('IPv6 addresses: our compressed text and ip-num\'s expanded text name the same value', () => {
    fc.assert(
      fc.property(value6, (v) => {
        const ours = formatAddress(6, v);
        expect(ipnumValue(ours)).toBe(v);
        const theirs = IPv6.fromBigInt(v).toString();
        const back = parseAddress(theirs);
        expect(back.ok && back.value.value).toBe(v);
        const padded = parseAddress(expanded6(v).toUpperCase());
        expect(padded.ok && padded.value.text).toBe(ours);
      }),
      { numRuns: 1000 },
    );
  });

  it('prefixes of both families: same network, last address, size and mask', () => {
    fc.assert(
      fc.property(fc.oneof(prefix4, prefix6), (p) => {
        const parsed = parsePrefix(p.text);
        expect(parsed.ok).toBe(true);
        const range = ipnumRange(p.text);
        expect(range.getFirst().value).toBe(p.network);
        expect(range.getLast().value).toBe(broadcast(p));
        expect(range.getSize()).toBe(1n << BigInt((p.family === 4 ? 32 : 128) - p.length));
        // ip-num writes IPv6 uncompressed; read back, its text is our canonical one.
        const back = parsePrefix(range.toCidrString());
        expect(back.ok && back.value.text).toBe(p.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('host bits: we reject what ip-num\'s Validator rejects, and prefixOf clears the bits its mask clears', () => {
    const withHostBits = (family: Family) => fc.tuple(family === 4 ? value4 : value6, family === 4 ? length4 : length6);
    fc.assert(
      fc.property(fc.oneof(withHostBits(4).map((x) => [4, ...x] as const), withHostBits(6).map((x) => [6, ...x] as const)), ([family, v, length]) => {
        const text = `${formatAddress(family, v)}/${length}`;
        const validator = family === 4 ? (s: string) => Validator.isValidIPv4CidrRange(s) : (s: string) => Validator.isValidIPv6CidrRange(s);
        expect(parsePrefix(text).ok).toBe(valid(validator, text));
        const mask = family === 4 ? IPv4Prefix.fromNumber(BigInt(length)).toMask().value : IPv6Prefix.fromNumber(BigInt(length)).toMask().value;
        expect(prefixOf(family, v, length).network).toBe(v & mask);
      }),
      { numRuns: 1000 },
    );
  });

  it('containment and overlap of random prefix pairs match ip-num\'s ranges', () => {
    // Pairs drawn near each other, so nesting is common, not only disjointness.
    const pair4 = fc.tuple(value4, length4, length4, fc.bigInt({ min: 0n, max: MAX4 })).map(([v, a, b, jitter]) => [prefixOf(4, v, a), prefixOf(4, v ^ (jitter >> BigInt(Math.min(a, b))), b)] as const);
    const pair6 = fc.tuple(value6, length6, length6, fc.bigInt({ min: 0n, max: MAX6 })).map(([v, a, b, jitter]) => [prefixOf(6, v, a), prefixOf(6, v ^ (jitter >> BigInt(Math.min(a, b))), b)] as const);
    fc.assert(
      fc.property(fc.oneof(pair4, pair6), ([a, b]: readonly [Prefix, Prefix]) => {
        const ra = ipnumRange(a.text);
        const rb = ipnumRange(b.text);
        // ip-num's contains and inside take a range of their own family only.
        const theirsContains = (ra as IPv4CidrRange).contains(rb as IPv4CidrRange);
        expect(contains(a, b)).toBe(theirsContains);
        expect(overlaps(a, b)).toBe((ra as IPv4CidrRange).isOverlapping(rb as IPv4CidrRange));
      }),
      { numRuns: 1500 },
    );
  });

  it('an address inside a prefix, and the one just past it, as ip-num sees them', () => {
    fc.assert(
      fc.property(fc.oneof(prefix4, prefix6), fc.bigInt({ min: 0n, max: MAX6 }), (p, offset) => {
        const range = ipnumRange(p.text);
        const inside = p.network + (offset % range.getSize());
        const max = p.family === 4 ? MAX4 : MAX6;
        const ip = (v: bigint) => (p.family === 4 ? IPv4.fromNumber(v) : IPv6.fromBigInt(v));
        expect(contains(p, { family: p.family, value: inside, text: '' })).toBe(true);
        expect((range as IPv4CidrRange).contains(ip(inside) as IPv4)).toBe(true);
        const past = broadcast(p) + 1n;
        if (past <= max) {
          expect(contains(p, { family: p.family, value: past, text: '' })).toBe(false);
          expect((range as IPv4CidrRange).contains(ip(past) as IPv4)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('near-valid strings: whatever we accept ip-num accepts with the same value; we are stricter only on zone ids and zero-padded lengths', () => {
    const token = fc.constantFrom('0', '1', '00', '01', '255', '256', '10', 'ff', 'FFFF', 'db8', '0db8', '12345', '.', ':', '::', '/', '/0', '/32', '/33', '/128', '/08', '%eth0', ' ', 'g', '-', '1.2.3.4');
    const text = fc.array(token, { maxLength: 12 }).map((ts) => ts.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const ipnumAddress = valid((x) => Validator.isValidIPv4String(x), s) || valid((x) => Validator.isValidIPv6String(x), s);
        const address = parseAddress(s);
        if (address.ok) {
          expect(ipnumAddress).toBe(true);
          expect(address.value.value).toBe(ipnumValue(s));
        } else if (ipnumAddress) {
          expect(s).toContain('%'); // a zone id: meaningless in a topology
        }
        const ipnumPrefix = valid((x) => Validator.isValidIPv4CidrRange(x), s) || valid((x) => Validator.isValidIPv6CidrRange(x), s);
        const prefix = parsePrefix(s);
        if (prefix.ok) {
          expect(ipnumPrefix).toBe(true);
          expect(ipnumRange(s).getFirst().value).toBe(prefix.value.network);
        } else if (ipnumPrefix) {
          expect(s).toMatch(/%|\/0[0-9]/); // a zone id, or a length written "/08" that some tools read as octal
        }
      }),
      { numRuns: 10000 },
    );
  });
});
