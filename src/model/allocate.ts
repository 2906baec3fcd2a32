// What a topology already uses, and the first free value of each kind: address blocks, VLANs on
// a port, link-local /30 peer pairs, private ASNs. Pure and shared: `dxplan suggest` answers
// with it, and the rules whose fix is a value name one with it.
import { freeBlocks, LINK_LOCAL_POOL, RFC1918_POOL } from '../net/free';
import { contains, formatAddress, prefixOf, type InterfaceAddress, type Prefix } from '../net/prefix';
import type { Carrier, Topology } from './types';

export const MIN_VLAN = 1;
export const MAX_VLAN = 4094;

/** The private ASN ranges (RFC 6996) AWS accepts on the Amazon side of a VGW, DXGW or TGW. */
export const PRIVATE_ASN_RANGES: readonly (readonly [number, number])[] = [
  [64512, 65534],
  [4200000000, 4294967294],
];

export function isPrivateAsn(asn: number): boolean {
  return PRIVATE_ASN_RANGES.some(([lo, hi]) => asn >= lo && asn <= hi);
}

/** The block a peer address sits in (169.254.10.1/30 takes 169.254.10.0/30). */
function peerBlock(a: InterfaceAddress | undefined): Prefix[] {
  return a ? [a.network] : [];
}

/**
 * Every prefix the topology uses: site and VPC CIDRs, advertised and allowed prefixes, VPN
 * routes, peer-address subnets, and host and resource addresses. A default route (/0) claims no
 * space: it says where unknown traffic goes, so it would otherwise leave nothing free.
 */
export function usedPrefixes(t: Topology): Prefix[] {
  const used: Prefix[] = [];
  for (const s of t.sites) used.push(...s.cidrs);
  for (const v of t.vpcs) used.push(...v.cidrs);
  for (const vif of t.vifs) used.push(...vif.advertise, ...peerBlock(vif.amazonAddress), ...peerBlock(vif.customerAddress));
  for (const d of t.dxgws) for (const a of d.associations) used.push(...(a.allowedPrefixes ?? []));
  for (const vpn of t.vpns) used.push(...vpn.staticRoutes, ...vpn.advertise);
  for (const h of [...t.hosts, ...t.resources]) used.push(prefixOf(h.ip.family, h.ip.value, h.ip.family === 4 ? 32 : 128));
  return used.filter((p) => p.length > 0);
}

/**
 * The pool a block like `like` is best renumbered from: the RFC 1918 range it already sits in
 * first, then the other RFC 1918 ranges (so a 10.x VPC stays in 10/8 when there is room).
 */
export function poolFor(like: Prefix): Prefix[] {
  const home = RFC1918_POOL.filter((p) => contains(p, like));
  return [...home, ...RFC1918_POOL.filter((p) => !home.includes(p))];
}

/** The first `count` free blocks of `length` bits in `pool` (default RFC 1918), overlapping nothing the topology uses. */
export function freeCidrs(t: Topology, length: number, options: { pool?: readonly Prefix[]; count?: number; used?: readonly Prefix[] } = {}): Prefix[] {
  return freeBlocks(options.pool ?? RFC1918_POOL, options.used ?? usedPrefixes(t), length, options.count ?? 1);
}

/** The first link-local /30 no peer address (or any other prefix) of the topology touches. */
export function freePeerBlock(t: Topology): Prefix | undefined {
  return freeBlocks(LINK_LOCAL_POOL, usedPrefixes(t), 30, 1)[0];
}

/** The addresses of a /30 peer pair: Amazon takes the first usable, the customer the second (as AWS allocates them). */
export function peerPair(block: Prefix): { amazon: string; customer: string } {
  const host = (n: bigint) => `${formatAddress(block.family, block.network + n)}/${block.length}`;
  return { amazon: host(1n), customer: host(2n) };
}

/** VLANs in use on a port: a LAG's VIFs and those written on its members count together. */
export function usedVlans(t: Topology, carrier: Carrier): Set<number> {
  return new Set(t.vifs.filter((v) => v.carrier === carrier).map((v) => v.vlan));
}

/**
 * A free VLAN on the port: the first after the highest in use (101, 102 → 103), else the lowest
 * free one. VLAN 1 is never offered: most switches use it as the untagged native VLAN.
 */
export function freeVlan(t: Topology, carrier: Carrier, also: Iterable<number> = []): number | undefined {
  const used = usedVlans(t, carrier);
  for (const v of also) used.add(v);
  const inRange = [...used].filter((v) => v >= MIN_VLAN && v <= MAX_VLAN);
  const after = inRange.length > 0 ? Math.max(...inRange) + 1 : MIN_VLAN + 1;
  for (let v = after; v <= MAX_VLAN; v++) if (!used.has(v)) return v;
  for (let v = MIN_VLAN + 1; v < after; v++) if (!used.has(v)) return v;
  return undefined;
}

/** Every ASN the topology uses: customer ASNs of sites and VIFs, and the Amazon side of every gateway. */
export function usedAsns(t: Topology): Set<number> {
  const used = new Set<number>();
  for (const s of t.sites) if (s.asn !== undefined) used.add(s.asn);
  for (const v of t.vifs) if (v.asn !== undefined) used.add(v.asn);
  for (const g of [...t.vgws, ...t.dxgws, ...t.tgws]) used.add(g.asn);
  return used;
}

/**
 * The first private ASN (64512–65534, then 4200000000–4294967294) the topology does not use.
 * The same ranges are legal for a site and for the Amazon side of a VGW, DXGW or TGW, and an
 * unused ASN differs from every gateway a new one could peer or associate with.
 */
export function freeAsn(t: Topology, also: Iterable<number> = []): number | undefined {
  const used = usedAsns(t);
  for (const a of also) used.add(a);
  for (const [lo, hi] of PRIVATE_ASN_RANGES) {
    for (let asn = lo; asn <= hi; asn++) if (!used.has(asn)) return asn;
  }
  return undefined;
}

/**
 * Hands out free values one after another, each counted as used once handed out: the fixes a
 * rule suggests for several findings of one run never collide with each other.
 */
export class Allocator {
  private used?: Prefix[];
  private readonly asns: number[] = [];
  private readonly vlans = new Map<Carrier, number[]>();

  constructor(private readonly t: Topology) {}

  /** A free IPv4 block the size of `like`, from the RFC 1918 range it sits in first; none for IPv6 (AWS assigns those). */
  cidrLike(like: Prefix): Prefix | undefined {
    if (like.family !== 4) return undefined;
    this.used ??= usedPrefixes(this.t);
    const block = freeCidrs(this.t, like.length, { pool: poolFor(like), used: this.used })[0];
    if (block) this.used.push(block);
    return block;
  }

  vlan(carrier: Carrier): number | undefined {
    const given = this.vlans.get(carrier) ?? [];
    const vlan = freeVlan(this.t, carrier, given);
    if (vlan !== undefined) this.vlans.set(carrier, [...given, vlan]);
    return vlan;
  }

  asn(): number | undefined {
    const asn = freeAsn(this.t, this.asns);
    if (asn !== undefined) this.asns.push(asn);
    return asn;
  }
}
