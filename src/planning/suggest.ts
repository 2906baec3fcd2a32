// `dxplan suggest`: what is free in a topology, as typed answers the CLI renders or applies.
import { freeAsn, freeCidrs, freePeerBlock, freeVlan, peerPair } from '../model/allocate';
import { siteOfCarrier } from '../model/load';
import type { Carrier, Topology, VifType } from '../model/types';
import { RFC1918_POOL } from '../net/free';
import type { Prefix } from '../net/prefix';

export interface CidrSuggestion {
  suggest: 'cidr';
  size: number;
  pool: string[];
  /** The first free blocks, in pool order then address order; fewer than asked when the pool runs out. */
  blocks: string[];
}

export interface VifSuggestion {
  suggest: 'vif';
  /** The connection or LAG as given, and where the VIF would sit (a LAG member's VIFs sit on its LAG). */
  on: string;
  carrier: string;
  type: VifType;
  vlan?: number;
  amazonAddress?: string;
  customerAddress?: string;
  asn?: number;
  /** Where the ASN comes from: the port's site, or a free private ASN for a site that has none. */
  asnFrom?: 'site' | 'free';
  notes: string[];
}

export type AsnTarget = 'dxgw' | 'vgw' | 'tgw' | 'site';

export interface AsnSuggestion {
  suggest: 'asn';
  for: AsnTarget;
  asn?: number;
}

export type Suggestion = CidrSuggestion | VifSuggestion | AsnSuggestion;

export function suggestCidr(t: Topology, size: number, pool: readonly Prefix[] | undefined, count: number): CidrSuggestion {
  const blocks = freeCidrs(t, size, { pool, count });
  return {
    suggest: 'cidr',
    size,
    pool: (pool ?? RFC1918_POOL).map((p) => p.text),
    blocks: blocks.map((b) => b.text),
  };
}

export function suggestVif(t: Topology, on: Carrier, type: VifType): VifSuggestion {
  const carrier = on.kind === 'connection' && on.lag ? on.lag : on;
  const notes: string[] = [];
  if (carrier !== on) notes.push(`${on.name} is a member of LAG ${carrier.name}: the VIF goes on the LAG`);
  const vlan = freeVlan(t, carrier);
  if (vlan === undefined) notes.push(`every VLAN 2–4094 is in use on ${carrier.name}`);
  const out: VifSuggestion = { suggest: 'vif', on: on.name, carrier: carrier.name, type, vlan, notes };
  if (type === 'public') {
    notes.push('a public VIF peers on public addresses you own (or that AWS assigns): none is suggested');
  } else {
    const block = freePeerBlock(t);
    if (block) {
      const pair = peerPair(block);
      out.amazonAddress = pair.amazon;
      out.customerAddress = pair.customer;
    } else {
      notes.push('no /30 of 169.254.0.0/16 is free');
    }
  }
  const site = siteOfCarrier(carrier);
  if (site?.asn !== undefined) {
    out.asn = site.asn;
    out.asnFrom = 'site';
  } else {
    out.asn = freeAsn(t);
    out.asnFrom = 'free';
    notes.push(site ? `site ${site.name} has no asn: a free private ASN is suggested` : `${carrier.name} ends on no site: a free private ASN is suggested`);
  }
  return out;
}

export function suggestAsn(t: Topology, target: AsnTarget): AsnSuggestion {
  return { suggest: 'asn', for: target, asn: freeAsn(t) };
}
