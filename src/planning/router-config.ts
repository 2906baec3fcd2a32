// `dxplan config`: the customer-router side of one VIF as a vendor-neutral plan, computed from
// the design. The vendor renderers (formatters/router-config/) only spell it out; every
// decision about what the router must hold is made here, once.
import type { Vif, VifType } from '../model/types';
import { AMAZON_ASN, sessionFamilies, soleGateway } from '../model/vif';
import type { Family, Prefix } from '../net/prefix';

/** A value the design leaves open: the user replaces the token before use. */
export interface Placeholder {
  token: string;
  meaning: string;
}

/** Prefixes announced with the same attributes: one clause of the outbound policy. */
export interface AdvertiseGroup {
  prefixes: Prefix[];
  asPathPrepend: number;
  med: number;
  communities: string[];
}

export interface Session {
  family: Family;
  /** The customer's interface address (a placeholder token when AWS assigns it or the design has none). */
  customerAddress: string;
  /** Undefined when the design gives no mask: the renderers write a placeholder. */
  prefixLength?: number;
  /** The BGP neighbor: Amazon's address on the VIF. */
  amazonAddress: string;
  /** What this session announces, and nothing else. */
  groups: AdvertiseGroup[];
}

export interface RouterConfigPlan {
  vif: string;
  type: VifType;
  carrier: { name: string; kind: 'connection' | 'lag' };
  /** The customer routers the port ends on (a LAG's members may name several). */
  routers: string[];
  /** The physical interface as given (`--interface`); undefined means the vendor's placeholder. */
  interface?: string;
  vlan: number;
  /** Set only for jumbo frames (above the 1500 default). */
  mtu?: number;
  localAsn: number | string;
  remoteAsn: number | string;
  /** Where the remote AS comes from, for the header. */
  remoteAsnFrom: string;
  /** MD5 on the session: the key is a placeholder, never invented. */
  md5: boolean;
  /** AWS runs asynchronous BFD on every VIF: 300 ms minimum interval, multiplier 3. */
  bfd: { intervalMs: number; multiplier: number };
  sessions: Session[];
  /** Placeholders the plan itself uses (the interface is the renderer's). */
  placeholders: Placeholder[];
  notes: string[];
  /** A base for policy and list names, safe in every vendor's syntax ("DX-VIF-PROD"). */
  policyName: string;
}

export const BGP_KEY = '<BGP-KEY>';
const BFD = { intervalMs: 300, multiplier: 3 };

function policyNameOf(vif: string): string {
  return `DX-${vif.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`.slice(0, 48);
}

/** Advertisements of one family grouped by identical attributes, in file order of their first prefix. */
function groupsOf(vif: Vif, family: Family): AdvertiseGroup[] {
  const groups = new Map<string, AdvertiseGroup>();
  for (const a of vif.advertisements) {
    if (a.prefix.family !== family) continue;
    const key = `${a.asPathPrepend}|${a.med}|${a.communities.join(' ')}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { prefixes: [], asPathPrepend: a.asPathPrepend, med: a.med, communities: [...a.communities] }));
    g.prefixes.push(a.prefix);
  }
  return [...groups.values()];
}

function remoteAs(vif: Vif): { asn: number | string; from: string; note?: string } {
  if (vif.type === 'public') return { asn: AMAZON_ASN, from: 'Amazon, on every public VIF' };
  const gw = soleGateway(vif);
  if (gw && (gw.kind === 'dxgw' || (gw.kind === 'vgw' && vif.type === 'private'))) {
    return { asn: gw.asn, from: `${gw.kind === 'dxgw' ? 'Direct Connect gateway' : 'VGW'} ${gw.name}` };
  }
  return { asn: '<AMAZON-ASN>', from: 'unknown', note: `${vif.name} names no ${vif.type === 'transit' ? 'Direct Connect gateway' : 'VGW or Direct Connect gateway'}: the remote AS is a placeholder` };
}

export function routerConfigPlan(vif: Vif, options: { interface?: string } = {}): RouterConfigPlan {
  const placeholders: Placeholder[] = [];
  const notes: string[] = [];
  const use = (token: string, meaning: string): string => {
    if (!placeholders.some((p) => p.token === token)) placeholders.push({ token, meaning });
    return token;
  };

  const remote = remoteAs(vif);
  if (remote.note) {
    notes.push(remote.note);
    use(String(remote.asn), "the Amazon-side ASN of the VIF's gateway");
  }
  const localAsn = vif.asn ?? use('<CUSTOMER-ASN>', "your BGP ASN (neither the VIF nor its site has an asn)");

  // AWS always runs MD5 on a VIF and generates a key when none is given, so the session needs one
  // unless the design says there is none (vif-bgp-auth warns about that).
  // https://docs.aws.amazon.com/directconnect/latest/UserGuide/add-peer-to-vif.html
  const md5 = vif.bgpAuthKey !== false;
  if (md5) use(BGP_KEY, `the BGP MD5 key of ${vif.name} (Direct Connect console: the VIF's BGP authentication key); dxplan never holds it`);
  else notes.push(`bgpAuthKey is false: no MD5 key is configured here, but AWS runs MD5 on every session (vif-bgp-auth)`);

  const families = sessionFamilies(vif);
  const sessions: Session[] = families.map((family) => {
    const groups = groupsOf(vif, family);
    if (family === 4) {
      if (vif.customerAddress && vif.amazonAddress && vif.customerAddress.address.family === 4) {
        return { family, customerAddress: vif.customerAddress.address.text, prefixLength: vif.customerAddress.length, amazonAddress: vif.amazonAddress.address.text, groups };
      }
      return {
        family,
        customerAddress: use('<CUSTOMER-IPV4>', `your IPv4 peer address on ${vif.name} (the design gives none: AWS assigns it when you leave it out)`),
        amazonAddress: use('<AMAZON-IPV4>', `Amazon's IPv4 peer address on ${vif.name}`),
        groups,
      };
    }
    // AWS assigns IPv6 peer addresses itself, always a /125 (topology.md, vif-ipv6-peer-address).
    return {
      family,
      customerAddress: use('<CUSTOMER-IPV6>', `your IPv6 peer address on ${vif.name}, assigned by AWS (a /125)`),
      prefixLength: 125,
      amazonAddress: use('<AMAZON-IPV6>', `Amazon's IPv6 peer address on ${vif.name}, assigned by AWS`),
      groups,
    };
  });
  for (const a of vif.advertisements) {
    if (!families.includes(a.prefix.family)) notes.push(`${a.prefix.text} is not announced: ${vif.name} has no IPv${a.prefix.family} session (vif-family)`);
  }
  if (vif.advertisements.length === 0) notes.push(`${vif.name} advertises nothing: the session announces no prefix`);

  const carrier = vif.carrier;
  const routers = carrier.kind === 'connection' ? [carrier.router.name] : [...new Set(carrier.members.map((m) => m.router.name))];
  return {
    vif: vif.name,
    type: vif.type,
    carrier: { name: carrier.name, kind: carrier.kind },
    routers,
    interface: options.interface,
    vlan: vif.vlan,
    mtu: vif.mtu > 1500 ? vif.mtu : undefined,
    localAsn,
    remoteAsn: remote.asn,
    remoteAsnFrom: remote.from,
    md5,
    bfd: BFD,
    sessions,
    placeholders,
    notes,
    policyName: policyNameOf(vif.name),
  };
}
