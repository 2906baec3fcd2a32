// Helpers shared by the VIF rules: which gateway a VIF peers with, where its keys sit in the
// document, and whether its customer ASN was written on the VIF or inherited from its site.
import { siteOfCarrier } from '../../../model/load';
import type { Carrier, Path, Site, Vif } from '../../../model/types';
import { AMAZON_ASN } from '../../../model/vif';

export { AMAZON_ASN, soleGateway } from '../../../model/vif';

/** Path of the `gateway` value (or of item `i` when the key was written as a list). */
export function gatewayPath(vif: Vif, i = 0): Path {
  return vif.gatewayIsList ? [...vif.path, 'gateway', i] : [...vif.path, 'gateway'];
}

/**
 * True when the VIF lists several gateways: that is pvif-one-gateway's finding on a private VIF,
 * and the gateway-kind and region rules stay quiet about it. A one-item list is one gateway.
 */
export function listsSeveralGateways(vif: Vif): boolean {
  return vif.gatewayIsList && vif.gateways.length > 1;
}


/** "dx-a", or "LAG lag-a" — how a message names the connection or LAG a VIF sits on. */
export function carrierLabel(carrier: Carrier): string {
  return carrier.kind === 'lag' ? `LAG ${carrier.name}` : carrier.name;
}

/**
 * The site whose `asn` the VIF inherited, if it looks inherited. The model keeps only the
 * resolved ASN, so a VIF that repeats its site's ASN counts as inheriting it: the finding
 * then lands once on the site's `asn` instead of once per VIF.
 */
export function asnSourceSite(vif: Vif): Site | undefined {
  const site = siteOfCarrier(vif.carrier);
  return site?.asn !== undefined && site.asn === vif.asn ? site : undefined;
}

export const MAX_ASN = 4294967294;
/** AS_TRANS (RFC 6793), the 2-byte stand-in for a 4-byte ASN. */
export const AS_TRANS = 23456;

/** Why a customer ASN is invalid, or undefined when it is fine (vif-customer-asn). */
export function customerAsnProblem(asn: number): string | undefined {
  if (asn < 1 || asn > MAX_ASN) return `is outside 1–${MAX_ASN}`;
  if (asn === AS_TRANS) return 'is AS_TRANS (RFC 6793), reserved as the 2-byte stand-in for 4-byte ASNs';
  if (asn === AMAZON_ASN) return 'is 7224, the ASN AWS itself uses';
  return undefined;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
