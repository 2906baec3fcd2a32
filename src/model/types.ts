// The typed topology: plain data built once by the loader. Every entity knows the path
// of its YAML node so rules can report on it without knowing about lines or columns.
import type { Address, InterfaceAddress, Prefix } from '../net/prefix';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export type Severity = 'error' | 'warning' | 'info';

/** An `ignore` entry: suppresses `rule` on the entity at `owner` and everything inside it. */
export interface IgnoreEntry {
  rule: string;
  reason: string;
  owner: Path;
}

interface EntityBase {
  name: string;
  /** Path of the entity's mapping in the document. */
  path: Path;
  /** The AWS id (`dxvif-…`, `vpc-…`) when written: `import aws` writes it, `drift` matches by it. */
  awsId?: string;
}

export interface Site extends EntityBase {
  kind: 'site';
  asn?: number;
  cidrs: Prefix[];
  internet: boolean;
  routers: Router[];
  hosts: Host[];
}

export interface Router extends EntityBase {
  kind: 'router';
  site: Site;
}

export interface Host extends EntityBase {
  kind: 'host';
  site: Site;
  ip: Address;
}

export interface Location extends EntityBase {
  kind: 'location';
  region: string;
}

export interface CrossConnect {
  loa?: string;
  monthlyFee?: number;
}

export interface Connection extends EntityBase {
  kind: 'connection';
  type: 'dedicated' | 'hosted';
  /** As written, e.g. "10Gbps". */
  bandwidth: string;
  bandwidthMbps: number;
  location: Location;
  router: Router;
  awsDevice?: string;
  macsec: boolean;
  crossConnect?: CrossConnect;
  lag?: Lag;
}

export interface Lag extends EntityBase {
  kind: 'lag';
  location: Location;
  minimumLinks: number;
  /** Member connections, in file order (derived from `connections[].lag`). */
  members: Connection[];
}

export type Carrier = Connection | Lag;

export type VifType = 'private' | 'public' | 'transit';
/** The family of one BGP session. */
export type AddressFamily = 'ipv4' | 'ipv6';
/** `dual`: one IPv4 and one IPv6 session on the same VIF. */
export type VifAddressFamily = AddressFamily | 'dual';

/** One prefix a VIF advertises, with the BGP attributes it is advertised with. */
export interface Advertisement {
  prefix: Prefix;
  /** The entry's own value, else the VIF's. */
  asPathPrepend: number;
  /** The entry's own value, else the VIF's. */
  med: number;
  /** The entry's own list, which replaces the VIF's, else the VIF's list itself (the same array). */
  communities: string[];
  /** Path of the `advertise` list item (a bare prefix or a mapping). */
  path: Path;
}

/** `prefixAllocation` as written: omitted families take the default (see prefixAllocationOf). */
export interface PrefixAllocation {
  ipv4?: number;
  ipv6?: number;
  path: Path;
}
export type AcceptScope = 'region' | 'continent' | 'global';

export interface Vif extends EntityBase {
  kind: 'vif';
  type: VifType;
  /** The connection or LAG as written. */
  connection: Carrier;
  /** Where the VIF really sits: the LAG when `connection` names a LAG member. */
  carrier: Carrier;
  vlan: number;
  /** Customer ASN: the VIF's own, else its site's. Undefined when neither is given. */
  asn?: number;
  addressFamily: VifAddressFamily;
  amazonAddress?: InterfaceAddress;
  customerAddress?: InterfaceAddress;
  mtu: number;
  bgpAuthKey?: boolean;
  /** Every entity named by `gateway`, in order, of whatever kind (vif-gateway checks the kind). */
  gateways: NamedEntity[];
  /** True when `gateway` was written as a list (pvif-one-gateway's concern). */
  gatewayIsList: boolean;
  /** Every advertised prefix, in file order (the prefixes of `advertisements`). */
  advertise: Prefix[];
  /** Every advertised prefix with the attributes it carries. */
  advertisements: Advertisement[];
  communities: string[];
  acceptScope: AcceptScope;
  /** Times the customer ASN is prepended on what the VIF advertises (0–10). */
  asPathPrepend: number;
  /** MED on what the VIF advertises (lower is preferred). */
  med: number;
  sitelink: boolean;
  /** Undefined when omitted: every family then has the default allocation. */
  prefixAllocation?: PrefixAllocation;
}

export interface Vgw extends EntityBase {
  kind: 'vgw';
  region: string;
  vpc?: Vpc;
  asn: number;
}

export interface DxgwAssociation {
  dxgw: Dxgw;
  gateway: Vgw | Tgw;
  /** Undefined when the key is omitted (a VGW association then advertises its VPC's CIDRs). */
  allowedPrefixes?: Prefix[];
  path: Path;
}

export interface Dxgw extends EntityBase {
  kind: 'dxgw';
  asn: number;
  associations: DxgwAssociation[];
}

export interface Tgw extends EntityBase {
  kind: 'tgw';
  region: string;
  asn: number;
  attachments: Vpc[];
}

export interface Endpoint {
  kind: 'endpoint';
  /** `<vpc>/<service>-<type>`, e.g. `prod/s3-interface`. */
  name: string;
  vpc: Vpc;
  service: string;
  type: 'interface' | 'gateway';
  azs: number;
  onPremDns: boolean;
  path: Path;
  awsId?: string;
}

export interface Resource extends EntityBase {
  kind: 'resource';
  vpc: Vpc;
  ip: Address;
  publicIp?: Address;
  /** The free-text `kind` key (ec2, rds, ...). */
  workload?: string;
}

export interface Vpc extends EntityBase {
  kind: 'vpc';
  region: string;
  /** IPv4 CIDRs and IPv6 blocks alike. */
  cidrs: Prefix[];
  endpoints: Endpoint[];
  resources: Resource[];
  /** An internet gateway or NAT (true), none (false); undefined when the file does not say. */
  internet?: boolean;
}

export interface Vpn extends EntityBase {
  kind: 'vpn';
  router: Router;
  gateway: Vgw | Tgw;
  routing: 'bgp' | 'static';
  staticRoutes: Prefix[];
  advertise: Prefix[];
}

export interface Traffic {
  kind: 'traffic';
  name?: string;
  from: string;
  to: string;
  gbPerMonth: number;
  path: Path;
}

export type Via = 'direct-connect' | 'vpn' | 'internet' | 'private' | 'any';

export interface Intent {
  kind: 'intent';
  name?: string;
  from: string;
  to: string;
  via: Via;
  expect: 'reachable' | 'unreachable';
  path: Path;
}

export type Resiliency = 'maximum' | 'high' | 'development' | 'none';
export type SeverityOverride = Severity | 'off';

export interface Policy {
  resiliency: Resiliency;
  /** Rule id to override, with the path of the override for diagnostics. */
  rules: Map<string, { severity: SeverityOverride; path: Path }>;
}

export type NamedEntity =
  | Site | Router | Host | Location | Connection | Lag | Vif | Vgw | Dxgw | Tgw | Vpc | Resource | Vpn;

export type EntityKind = NamedEntity['kind'];

export interface Topology {
  name?: string;
  defaultRegion?: string;
  sites: Site[];
  routers: Router[];
  hosts: Host[];
  locations: Location[];
  connections: Connection[];
  lags: Lag[];
  vifs: Vif[];
  vgws: Vgw[];
  dxgws: Dxgw[];
  tgws: Tgw[];
  vpcs: Vpc[];
  endpoints: Endpoint[];
  resources: Resource[];
  vpns: Vpn[];
  traffic: Traffic[];
  intents: Intent[];
  policy: Policy;
  /** Every `ignore` entry in the file, including those on entities that were left out. */
  suppressions: IgnoreEntry[];
  /** Names referred to by entities that were left out of the model (already reported). */
  referencedByUnbuilt: ReadonlySet<string>;
  /**
   * Where a name that is no entity of the model is written as a `name:` in the file (a broken
   * entity, or a block indented under the wrong key), for messages about references to it.
   */
  writtenAt(name: string): Path | undefined;
  /** How many entries written in the file the model leaves out (each already reported): section items, and the named entities inside them. */
  leftOut: number;
  /** Every named entity that made it into the model, by name. */
  byName: Map<string, NamedEntity>;
  /** Every entity (endpoints included) with an `awsId`, by that id; the first one when ids repeat. */
  byAwsId: Map<string, NamedEntity | Endpoint>;
}
