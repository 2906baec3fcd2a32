// What the vendor renderers share: the header of placeholders and notes, masks, policy names.
// Pure; the renderers only spell out a RouterConfigPlan.
import type { Prefix } from '../../net/prefix';
import type { AdvertiseGroup, Placeholder, RouterConfigPlan, Session } from '../../planning/router-config';

/** 24 → 255.255.255.0. */
export function ipv4Mask(length: number): string {
  const m = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
  return [24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.');
}

/** The first address of a prefix text ("10.0.0.0/16" → "10.0.0.0"). */
export function networkOf(prefixText: string): string {
  return prefixText.slice(0, prefixText.indexOf('/'));
}

export const PREFIX_LENGTH = '<PREFIX-LENGTH>';

/** "169.254.10.2/30", or the address with a length placeholder when the design gives no mask. */
export function withLength(s: Session): string {
  return `${s.customerAddress}/${s.prefixLength ?? PREFIX_LENGTH}`;
}

/** True when a session's announcements carry attributes, so a route map (not a plain filter) is needed. */
export function hasAttributes(s: Session): boolean {
  return s.groups.some((g) => g.asPathPrepend > 0 || g.med > 0 || g.communities.length > 0);
}

export function hasCommunities(s: Session): boolean {
  return s.groups.some((g) => g.communities.length > 0);
}

/** The outbound policy of a session, and of each of its groups: DX-VIF-PROD-OUT, DX-VIF-PROD-V6-G2. */
export function policyNames(plan: RouterConfigPlan, s: Session): { out: string; group: (i: number) => string } {
  const base = s.family === 4 ? plan.policyName : `${plan.policyName}-V6`;
  return { out: `${base}-OUT`, group: (i) => `${base}-G${i + 1}` };
}

/** The customer ASN `times` times: what AS-path prepending adds. */
export function prependList(plan: RouterConfigPlan, g: AdvertiseGroup): string {
  return Array.from({ length: g.asPathPrepend }, () => String(plan.localAsn)).join(' ');
}

/**
 * The header every vendor's file starts with: what the file is for, the values to replace
 * (placeholders), and what dxplan noted about the design. `comment` is the vendor's comment mark.
 */
export function header(plan: RouterConfigPlan, vendor: string, comment: string, iface: { name: string; placeholder: boolean }, extra: string[] = []): string[] {
  const port = `${plan.carrier.kind === 'lag' ? 'LAG' : 'connection'} ${plan.carrier.name}`;
  const placeholders: Placeholder[] = [
    ...(iface.placeholder ? [{ token: iface.name, meaning: `the interface facing ${port}${plan.carrier.kind === 'lag' ? ' (its port channel)' : ''} (--interface)` }] : []),
    ...plan.placeholders,
  ];
  const lines = [
    `dxplan config ${plan.vif} (${vendor}): ${plan.type} VIF, VLAN ${plan.vlan} on ${port}, router ${plan.routers.join(', ') || '(none)'}`,
    `customer AS ${plan.localAsn}, Amazon AS ${plan.remoteAsn} (${plan.remoteAsnFrom})`,
  ];
  if (placeholders.length > 0) {
    const width = Math.max(...placeholders.map((p) => p.token.length));
    lines.push('Replace before use:', ...placeholders.map((p) => `  ${p.token.padEnd(width)}  ${p.meaning}`));
  }
  lines.push(...plan.notes.map((n) => `Note: ${n}`), ...extra);
  return lines.map((l) => `${comment} ${l}`);
}

/**
 * The outbound policy in the Cisco-style syntax IOS, NX-OS and EOS share: a prefix list of what
 * the session announces, or, when prefixes carry attributes, one prefix list per group and a
 * route map with a clause per group (its implicit deny drops everything else).
 */
export function ciscoStylePolicy(plan: RouterConfigPlan, s: Session, indent: string, prefixList: (name: string, prefixes: Prefix[]) => string[]): string[] {
  const names = policyNames(plan, s);
  if (!hasAttributes(s)) return prefixList(names.out, s.groups.flatMap((g) => g.prefixes));
  const out: string[] = [];
  s.groups.forEach((g, i) => out.push(...prefixList(names.group(i), g.prefixes)));
  s.groups.forEach((g, i) => {
    out.push(`route-map ${names.out} permit ${(i + 1) * 10}`, `${indent}match ${s.family === 4 ? 'ip' : 'ipv6'} address prefix-list ${names.group(i)}`);
    if (g.asPathPrepend > 0) out.push(`${indent}set as-path prepend ${prependList(plan, g)}`);
    if (g.med > 0) out.push(`${indent}set metric ${g.med}`);
    if (g.communities.length > 0) out.push(`${indent}set community ${g.communities.join(' ')}`);
  });
  return out;
}

/** `ip prefix-list NAME seq 5 permit P` lines (IOS and NX-OS write both families this way). */
export function prefixListLines(s: Session, step: number): (name: string, prefixes: Prefix[]) => string[] {
  const list = s.family === 4 ? 'ip prefix-list' : 'ipv6 prefix-list';
  return (name, prefixes) => prefixes.map((p, i) => `${list} ${name} seq ${(i + 1) * step} permit ${p.text}`);
}
