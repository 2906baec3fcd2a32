// IPv4/IPv6 prefixes and addresses as bigint values. Parsing is hand-written (no regexes,
// no exceptions) because topologies are untrusted YAML and the rules parse a lot of them;
// every parse returns a Parsed<T> with a message a user can act on.

export type Family = 4 | 6;

export interface Prefix {
  readonly family: Family;
  readonly network: bigint;
  readonly length: number;
  /** Canonical form: "10.1.0.0/16", "2001:db8::/32" (RFC 5952: lowercase, compressed). */
  readonly text: string;
}

export interface Address {
  readonly family: Family;
  readonly value: bigint;
  readonly text: string;
}

/** An address written with its subnet mask, e.g. a BGP peer "169.254.10.1/30" (host bits allowed). */
export interface InterfaceAddress {
  readonly address: Address;
  readonly length: number;
  readonly network: Prefix;
  readonly text: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function bitsOf(family: Family): 32 | 128 {
  return family === 4 ? 32 : 128;
}

// ---------------------------------------------------------------------------------------
// Low-level parsing: each returns a value or a reason string (not an exception, which
// would be slow and would need try/catch in every caller).

// IPv4 stays a number until the end: bigint arithmetic is the slow part of the hot path.
type Raw = { family: 4; value: number } | { family: 6; value: bigint } | string;

function parseV4(s: string, start: number, end: number): number | string {
  // Returns the address as an unsigned 32-bit number, or a reason.
  let value = 0;
  let octets = 0;
  let i = start;
  while (true) {
    const octetStart = i;
    let octet = 0;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      octet = octet * 10 + (c - 48);
      i++;
      if (i - octetStart > 3) return 'an octet has more than 3 digits';
    }
    const digits = i - octetStart;
    if (digits === 0) {
      return i < end && s[i] !== '.' ? `unexpected character '${s[i]}'` : 'expected 4 dot-separated octets';
    }
    // Leading zeros are ambiguous: some stacks read "010" as octal 8.
    if (digits > 1 && s.charCodeAt(octetStart) === 48) {
      return `octet '${s.slice(octetStart, i)}' has a leading zero`;
    }
    if (octet > 255) return `octet ${octet} is greater than 255`;
    value = value * 256 + octet;
    octets++;
    if (i === end) break;
    if (s.charCodeAt(i) !== 46 /* . */) return `unexpected character '${s[i]}'`;
    if (octets === 4) return 'expected 4 dot-separated octets';
    i++;
  }
  if (octets !== 4) return 'expected 4 dot-separated octets';
  return value;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Parses a run of colon-separated groups (no "::" inside); an embedded IPv4 tail is allowed
// only where `allowV4Tail` says so (it must end the whole address).
function parseGroups(s: string, start: number, end: number, allowV4Tail: boolean, out: number[]): string | undefined {
  if (start === end) return undefined;
  let i = start;
  while (true) {
    const groupStart = i;
    let group = 0;
    while (i < end) {
      const d = hexDigit(s.charCodeAt(i));
      if (d < 0) break;
      group = group * 16 + d;
      i++;
    }
    if (i < end && s.charCodeAt(i) === 46 /* . */) {
      if (!allowV4Tail) return 'an embedded IPv4 address may only end the address';
      const v4 = parseV4(s, groupStart, end);
      if (typeof v4 === 'string') return `embedded IPv4: ${v4}`;
      out.push(Math.floor(v4 / 65536), v4 % 65536);
      return undefined;
    }
    const digits = i - groupStart;
    if (digits === 0) {
      return i < end && s[i] !== ':' ? `unexpected character '${s[i]}'` : 'empty group between colons';
    }
    if (digits > 4) return `group '${s.slice(groupStart, i)}' has more than 4 hex digits`;
    out.push(group);
    if (i === end) return undefined;
    if (s.charCodeAt(i) !== 58 /* : */) return `unexpected character '${s[i]}'`;
    i++;
    if (i === end) return 'address ends with a single colon';
  }
}

function parseV6(s: string, start: number, end: number): bigint | string {
  const dc = s.indexOf('::', start);
  const groups: number[] = [];
  let error: string | undefined;
  if (dc < 0 || dc >= end - 1) {
    error = parseGroups(s, start, end, true, groups);
    if (error) return error;
    if (groups.length !== 8) return `expected 8 groups of hex digits, found ${groups.length}`;
  } else {
    const again = s.indexOf('::', dc + 1);
    if (again >= 0 && again < end - 1) return "'::' may appear only once";
    const head: number[] = [];
    const tail: number[] = [];
    error = parseGroups(s, start, dc, false, head) ?? parseGroups(s, dc + 2, end, true, tail);
    if (error) return error;
    // "::" stands for at least one zero group.
    if (head.length + tail.length > 7) return "too many groups for an address containing '::'";
    groups.push(...head);
    for (let k = head.length + tail.length; k < 8; k++) groups.push(0);
    groups.push(...tail);
  }
  // Assemble 32 bits at a time from numbers: fewer bigint operations than 8 shifts.
  let value = 0n;
  for (let k = 0; k < 8; k += 2) value = (value << 32n) | BigInt(groups[k] * 65536 + groups[k + 1]);
  return value;
}

// A colon decides the family: IPv6 may contain dots (embedded IPv4), IPv4 never has colons.
function isV6(s: string, start: number, end: number): boolean {
  const colon = s.indexOf(':', start);
  return colon >= 0 && colon < end;
}

function parseRaw(s: string, start: number, end: number): Raw {
  if (start === end) return 'empty address';
  if (isV6(s, start, end)) {
    const v6 = parseV6(s, start, end);
    return typeof v6 === 'string' ? v6 : { family: 6, value: v6 };
  }
  const v4 = parseV4(s, start, end);
  return typeof v4 === 'string' ? v4 : { family: 4, value: v4 };
}

// Prefix length: decimal, no sign, no leading zero (so "/08" is not silently 8).
function parseLength(s: string, start: number, max: number): number | string {
  const len = s.length - start;
  if (len === 0) return 'the prefix length after / is empty';
  if (len > 3) return `prefix length '${s.slice(start)}' is out of range 0..${max}`;
  let n = 0;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return `prefix length '${s.slice(start)}' is not a number`;
    n = n * 10 + (c - 48);
  }
  if (len > 1 && s.charCodeAt(start) === 48) return `prefix length '${s.slice(start)}' has a leading zero`;
  if (n > max) return `prefix length ${n} is out of range 0..${max}`;
  return n;
}

// ---------------------------------------------------------------------------------------
// Formatting

function formatV4(v: number): string {
  return `${(v >>> 24) & 255}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

function formatV6(v: bigint): string {
  const groups: number[] = new Array(8);
  for (let k = 6; k >= 0; k -= 2) {
    const word = Number(v & 0xffffffffn);
    groups[k] = word >>> 16;
    groups[k + 1] = word & 0xffff;
    v >>= 32n;
  }
  // RFC 5952 §4.2: compress the longest run (>= 2) of zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLen = 1;
  for (let k = 0; k < 8; ) {
    if (groups[k] !== 0) {
      k++;
      continue;
    }
    let j = k;
    while (j < 8 && groups[j] === 0) j++;
    if (j - k > bestLen) {
      bestStart = k;
      bestLen = j - k;
    }
    k = j;
  }
  if (bestStart < 0) return groups.map((g) => g.toString(16)).join(':');
  const head = groups.slice(0, bestStart).map((g) => g.toString(16)).join(':');
  const tail = groups.slice(bestStart + bestLen).map((g) => g.toString(16)).join(':');
  return `${head}::${tail}`;
}

export function formatAddress(family: Family, value: bigint): string {
  return family === 4 ? formatV4(Number(value)) : formatV6(value);
}

function hostMask(family: Family, length: number): bigint {
  return (1n << BigInt(bitsOf(family) - length)) - 1n;
}

/** The prefix of `length` bits containing `value`; host bits are cleared, never rejected. */
export function prefixOf(family: Family, value: bigint, length: number): Prefix {
  const network = value & ~hostMask(family, length);
  return { family, network, length, text: `${formatAddress(family, network)}/${length}` };
}

// ---------------------------------------------------------------------------------------
// Public parsers

function toAddress(raw: Exclude<Raw, string>): Address {
  return raw.family === 4
    ? { family: 4, value: BigInt(raw.value), text: formatV4(raw.value) }
    : { family: 6, value: raw.value, text: formatV6(raw.value) };
}

function example(s: string): string {
  return s.includes(':') ? '2001:db8::/32' : '10.0.0.0/16';
}

function notString(what: string, x: unknown): Parsed<never> {
  return { ok: false, error: `expected ${what} as a string, got ${x === null ? 'null' : typeof x}` };
}

// Error builders live outside the parsers so the success path allocates no closures.
function notPrefix(text: string, why: string): Parsed<never> {
  return { ok: false, error: `${JSON.stringify(text)} is not a CIDR prefix such as ${example(text)}: ${why}` };
}

function notAddress(text: string, why: string): Parsed<never> {
  const eg = text.includes(':') ? '2001:db8::1' : '192.0.2.1';
  return { ok: false, error: `${JSON.stringify(text)} is not an IP address such as ${eg}: ${why}` };
}

function notInterfaceAddress(text: string, why: string): Parsed<never> {
  const eg = text.includes(':') ? '2001:db8::1/64' : '169.254.10.1/30';
  return { ok: false, error: `${JSON.stringify(text)} is not an address with a prefix length such as ${eg}: ${why}` };
}

export function parsePrefix(text: string): Parsed<Prefix> {
  if (typeof text !== 'string') return notString('a CIDR prefix', text);
  const slash = text.indexOf('/');
  if (slash < 0) return notPrefix(text, 'the /length is missing');
  if (slash === 0) return notPrefix(text, 'empty address');
  if (!isV6(text, 0, slash)) {
    // IPv4 is the bulk of real input: kept free of intermediate objects and bigint math.
    const value = parseV4(text, 0, slash);
    if (typeof value === 'string') return notPrefix(text, value);
    const length = parseLength(text, slash + 1, 32);
    if (typeof length === 'string') return notPrefix(text, length);
    const network = length === 0 ? 0 : (value & (-1 << (32 - length))) >>> 0;
    if (network !== value) {
      return { ok: false, error: `${text} has host bits set: the network is ${formatV4(network)}/${length}` };
    }
    // The strict syntax (no leading zeros, no spaces) means valid IPv4 input is already canonical.
    return { ok: true, value: { family: 4, network: BigInt(network), length, text } };
  }
  const v6 = parseV6(text, 0, slash);
  if (typeof v6 === 'string') return notPrefix(text, v6);
  const length = parseLength(text, slash + 1, 128);
  if (typeof length === 'string') return notPrefix(text, length);
  const p = prefixOf(6, v6, length);
  if (p.network !== v6) {
    return { ok: false, error: `${text} has host bits set: the network is ${p.text}` };
  }
  return { ok: true, value: p };
}

export function parseAddress(text: string): Parsed<Address> {
  if (typeof text !== 'string') return notString('an IP address', text);
  if (text.includes('/')) return notAddress(text, 'an address takes no /length');
  const raw = parseRaw(text, 0, text.length);
  if (typeof raw === 'string') return notAddress(text, raw);
  return { ok: true, value: toAddress(raw) };
}

export function parseInterfaceAddress(text: string): Parsed<InterfaceAddress> {
  if (typeof text !== 'string') return notString('an address with a prefix length', text);
  const slash = text.indexOf('/');
  if (slash < 0) return notInterfaceAddress(text, 'the /length is missing');
  const raw = parseRaw(text, 0, slash);
  if (typeof raw === 'string') return notInterfaceAddress(text, raw);
  const length = parseLength(text, slash + 1, bitsOf(raw.family));
  if (typeof length === 'string') return notInterfaceAddress(text, length);
  const address = toAddress(raw);
  return {
    ok: true,
    value: { address, length, network: prefixOf(raw.family, address.value, length), text: `${address.text}/${length}` },
  };
}

// ---------------------------------------------------------------------------------------
// Set relations

function isPrefix(x: Prefix | Address): x is Prefix {
  return (x as Prefix).length !== undefined && (x as Prefix).network !== undefined;
}

/** True when `inner` (a prefix or a single address) lies inside `outer`; false across families. */
export function contains(outer: Prefix, inner: Prefix | Address): boolean {
  if (outer.family !== inner.family) return false;
  let value: bigint;
  if (isPrefix(inner)) {
    if (inner.length < outer.length) return false;
    value = inner.network;
  } else {
    value = inner.value;
  }
  return (value & ~hostMask(outer.family, outer.length)) === outer.network;
}

/** CIDR prefixes either nest or are disjoint, so overlap is containment one way or the other. */
export function overlaps(a: Prefix, b: Prefix): boolean {
  return a.length <= b.length ? contains(a, b) : contains(b, a);
}

/** The last address of the prefix (the IPv4 broadcast address, hence the name). */
export function broadcast(p: Prefix): bigint {
  return p.network | hostMask(p.family, p.length);
}

/** Total order: family, then network, then length (shorter first, so a supernet precedes its subnets). */
export function comparePrefixes(a: Prefix, b: Prefix): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.length - b.length;
}

function constant(text: string): Prefix {
  const r = parsePrefix(text);
  if (!r.ok) throw new Error(`bad built-in prefix: ${r.error}`);
  return r.value;
}

/** Space that AWS will not accept as a public VIF's advertised prefixes. */
export const NON_PUBLIC_V4: readonly Prefix[] = Object.freeze(
  [
    '10.0.0.0/8',
    '172.16.0.0/12',
    '192.168.0.0/16',
    '100.64.0.0/10',
    '169.254.0.0/16',
    '127.0.0.0/8',
    '0.0.0.0/8',
    '224.0.0.0/3', // multicast and the old class E, up to 255.255.255.255
  ].map(constant),
);

/** Space that cannot be a public VIF's BGP peer address (RFC 1918, CGNAT, link-local). */
export const PRIVATE_PEER_V4: readonly Prefix[] = Object.freeze(
  ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'].map(constant),
);

const GLOBAL_UNICAST_V6 = constant('2000::/3');

/**
 * Whether an address is publicly routable for the purposes of public VIFs. The documentation
 * ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) count as public on
 * purpose: examples and tests use them to stand for someone's real public space.
 */
export function isPublicAddress(a: Address): boolean {
  return a.family === 4 ? !inAny(NON_PUBLIC_V4, a) : contains(GLOBAL_UNICAST_V6, a);
}

/** True when `x` lies inside (or equals) one of `ranges`. */
export function inAny(ranges: readonly Prefix[], x: Prefix | Address): boolean {
  for (const r of ranges) if (contains(r, x)) return true;
  return false;
}

/** True when `x` shares any address with one of `ranges`: 0.0.0.0/0 intersects private space. */
export function intersectsAny(ranges: readonly Prefix[], x: Prefix | Address): boolean {
  for (const r of ranges) if (isPrefix(x) ? overlaps(r, x) : contains(r, x)) return true;
  return false;
}
