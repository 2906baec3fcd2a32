// What a VIF's BGP sessions accept, derived from the keys of topology.md "Additions to
// format version 1": the families it has a session for and the prefixes AWS takes per family.
import type { Family } from '../net/prefix';
import type { AddressFamily, NamedEntity, Vif } from './types';

/** Prefixes AWS accepts per family on a VIF when `prefixAllocation` leaves it unsaid. */
export const DEFAULT_PREFIX_ALLOCATION = 100;
/** The most a VIF's allocation may be, per family (dedicated connections and LAGs only). */
export const MAX_PREFIX_ALLOCATION = 1000;

const FAMILIES: Record<Vif['addressFamily'], readonly Family[]> = { ipv4: [4], ipv6: [6], dual: [4, 6] };

/** The families the VIF has a BGP session for: one, or both when `addressFamily: dual`. */
export function sessionFamilies(vif: Vif): readonly Family[] {
  return FAMILIES[vif.addressFamily];
}

export function hasSessionFor(vif: Vif, family: Family): boolean {
  return FAMILIES[vif.addressFamily].includes(family);
}

/** `4` → `ipv4`: the key a family has in `prefixAllocation` and `addressFamily`. */
export function familyKey(family: Family): AddressFamily {
  return family === 4 ? 'ipv4' : 'ipv6';
}

/** How many prefixes of `family` AWS accepts on the VIF: its allocation, else the default. */
export function prefixAllocationOf(vif: Vif, family: Family): number {
  return vif.prefixAllocation?.[familyKey(family)] ?? DEFAULT_PREFIX_ALLOCATION;
}

/** Amazon's own ASN: the remote AS of every public VIF. */
export const AMAZON_ASN = 7224;

/** The one gateway the VIF names (scalar or a one-item list); undefined for none or several. */
export function soleGateway(vif: Vif): NamedEntity | undefined {
  return vif.gateways.length === 1 ? vif.gateways[0] : undefined;
}
