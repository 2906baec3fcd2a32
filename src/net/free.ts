// Free address space: the first aligned blocks of one size inside a pool that overlap nothing in
// use. The range arithmetic is ip-num's (RangedSet differences, CIDR ranges and their
// successors); it runs once per suggestion, so its parsing cost does not matter here, unlike in
// the rules' hot paths, which keep to prefix.ts. It is loaded on first use: ip-num parses IPv6
// ranges when it loads, a third of `dxplan validate`'s start-up, and validate never needs it.
import type { AbstractIPNum, IPv4CidrRange, IPv6CidrRange, RangedSet } from 'ip-num';
import { bitsOf, broadcast, comparePrefixes, parsePrefix, prefixOf, type Family, type Prefix } from './prefix';

let loaded: typeof import('ip-num') | undefined;
const ipNum = (): typeof import('ip-num') => (loaded ??= require('ip-num') as typeof import('ip-num'));

type Range = RangedSet<AbstractIPNum>;
type CidrRange = IPv4CidrRange | IPv6CidrRange;

function constants(texts: readonly string[]): Prefix[] {
  return texts.map((t) => {
    const r = parsePrefix(t);
    if (!r.ok) throw new Error(`bad built-in prefix: ${r.error}`);
    return r.value;
  });
}

/** RFC 1918 private IPv4 space: the default pool for a new VPC or site block. */
export const RFC1918_POOL: readonly Prefix[] = constants(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']);

/** Where AWS takes private and transit VIF peer addresses from (and where the customer may pick them). */
export const LINK_LOCAL_POOL: readonly Prefix[] = constants(['169.254.0.0/16']);

function ipOf(family: Family, value: bigint): AbstractIPNum {
  return family === 4 ? ipNum().IPv4.fromNumber(value) : ipNum().IPv6.fromBigInt(value);
}

// Built from the values of an already validated Prefix, never from text: ip-num's fromCidr takes
// host bits silently (architecture.md, "Pitfalls").
function cidrRange(family: Family, network: bigint, length: number): CidrRange {
  return family === 4
    ? new (ipNum().IPv4CidrRange)(ipNum().IPv4.fromNumber(network), ipNum().IPv4Prefix.fromNumber(BigInt(length)))
    : new (ipNum().IPv6CidrRange)(ipNum().IPv6.fromBigInt(network), ipNum().IPv6Prefix.fromNumber(BigInt(length)));
}

function rangeOf(p: Prefix): Range {
  return new (ipNum().RangedSet)<AbstractIPNum>(ipOf(p.family, p.network), ipOf(p.family, broadcast(p)));
}

/** `free` minus everything of `used` (sorted, same family), as ascending disjoint ranges. */
function subtract(free: Range, used: readonly Prefix[]): Range[] {
  const out: Range[] = [];
  let rest: Range | undefined = free;
  for (const u of used) {
    if (!rest) break;
    const taken = rangeOf(u);
    if (!rest.isOverlapping(taken)) continue;
    if (taken.contains(rest)) {
      rest = undefined;
      break;
    }
    // The part of `rest` that `u` covers, cut out; what lies before it is final (used is sorted).
    const first = rest.getFirst().value > taken.getFirst().value ? rest.getFirst() : taken.getFirst();
    const last = rest.getLast().value < taken.getLast().value ? rest.getLast() : taken.getLast();
    const pieces = rest.difference(new (ipNum().RangedSet)<AbstractIPNum>(first, last));
    rest = undefined;
    for (const piece of pieces) {
      if (piece.getLast().value < first.value) out.push(piece);
      else rest = piece;
    }
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * The first `count` blocks of `length` bits, in pool order then address order, that lie inside
 * one of `pool` and overlap none of `used`. Prefixes of the other family are ignored.
 */
export function freeBlocks(pool: readonly Prefix[], used: readonly Prefix[], length: number, count: number): Prefix[] {
  const found: Prefix[] = [];
  for (const p of pool) {
    if (found.length >= count) break;
    if (length < p.length || length > bitsOf(p.family)) continue;
    const taken = used.filter((u) => u.family === p.family).sort(comparePrefixes);
    const size = 1n << BigInt(bitsOf(p.family) - length);
    for (const range of subtract(rangeOf(p), taken)) {
      // The first block boundary at or after the start of the free range.
      const start = range.getFirst().value;
      const aligned = ((start + size - 1n) / size) * size;
      if (aligned > range.getLast().value) continue;
      let block: CidrRange | undefined = cidrRange(p.family, aligned, length);
      while (block && found.length < count && block.toRangeSet().inside(range)) {
        found.push(prefixOf(p.family, block.getFirst().value, length));
        block = block.hasNextRange() ? block.nextRange() : undefined;
      }
      if (found.length >= count) break;
    }
  }
  return found;
}
