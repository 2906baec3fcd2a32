// The topology format, declared once. The loader checks documents against it and
// `dxplan schema` turns it into JSON Schema, so the two can never disagree.
import type { EntityKind } from './types';

export type ValueType =
  | { t: 'string'; example?: string; maxLength?: number }
  | { t: 'name' }
  | { t: 'int'; min?: number; max?: number }
  /** `max` bounds values no real design reaches; `maxReason` says where the bound comes from. */
  | { t: 'number'; max?: number; maxReason?: string }
  | { t: 'bool' }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'bandwidth' }
  | { t: 'prefix' }
  | { t: 'address'; publicOnly?: boolean }
  | { t: 'ifaddr' }
  | { t: 'region' }
  | { t: 'community' }
  /** A route endpoint: a name of one of `kinds`, or an address, a service or `internet`. */
  | { t: 'endpoint'; kinds: readonly EntityKind[] }
  | { t: 'ref'; kinds: readonly EntityKind[] }
  /**
   * A private VIF's `gateway`: one name, or a list that pvif-one-gateway reports. The loader
   * resolves it against any kind so that vif-gateway can say which kind the VIF's type needs;
   * `kinds` are the ones some VIF type accepts (editors offer those).
   */
  | { t: 'gatewayRef'; kinds: readonly EntityKind[] }
  /** An `advertise` entry: a bare prefix, or a mapping with `prefix` and its own attributes. */
  | { t: 'advertisement'; schema: ObjectSchema }
  | { t: 'list'; of: ValueType }
  | { t: 'object'; schema: ObjectSchema }
  | { t: 'ruleMap' };

export interface FieldSpec {
  type: ValueType;
  required?: boolean;
  description: string;
  default?: unknown;
  examples?: readonly unknown[];
}

export interface ObjectSchema {
  /** What one item is called in messages ("VIF", "site"). */
  title: string;
  description: string;
  fields: Readonly<Record<string, FieldSpec>>;
  /** Lists of these carry an `ignore` key (every entity may). */
  ignorable?: boolean;
}

const str = (example?: string): ValueType => ({ t: 'string', example });
const name: ValueType = { t: 'name' };
const int: ValueType = { t: 'int' };
const intRange = (min: number, max: number): ValueType => ({ t: 'int', min, max });
const num: ValueType = { t: 'number' };
const bool: ValueType = { t: 'bool' };
const oneOf = (...values: string[]): ValueType => ({ t: 'enum', values });
const ref = (...kinds: EntityKind[]): ValueType => ({ t: 'ref', kinds });
const list = (of: ValueType): ValueType => ({ t: 'list', of });
const obj = (schema: ObjectSchema): ValueType => ({ t: 'object', schema });
const prefixes = list({ t: 'prefix' });
const endpoint: ValueType = { t: 'endpoint', kinds: ['host', 'site', 'vpc', 'resource'] };

/**
 * The most a month can carry over one path: the largest LAG AWS sells (2 × 400 Gbps: at most two
 * members at 100 or 400 Gbps, see lag-max-members) busy for a 31-day month, in GB of 10⁹ bytes:
 * 800e9 / 8 B/s × 2,678,400 s = 267,840,000 GB. A larger volume is a typo, not a plan.
 */
export const MAX_GB_PER_MONTH = 267_840_000;

const nameField: FieldSpec = {
  type: name, required: true,
  description: 'Unique name across the whole file (1–128 characters, no whitespace, control or invisible formatting characters).',
  examples: ['hq'],
};

/** `awsId`, on every entity: the AWS id that `import aws` writes and `drift` matches by. */
const awsIdField: FieldSpec = {
  type: { t: 'string', maxLength: 128 },
  description: 'The AWS id of this object (dxcon-…, dxvif-…, vpc-…), for `import aws` and `drift`; free text of 1–128 characters, unique when given.',
  examples: ['dxvif-fgy8orxu'],
};

export const IGNORE_SCHEMA: ObjectSchema = {
  title: 'ignore entry',
  description: 'Suppresses one rule on this entity and everything inside it.',
  fields: {
    rule: { type: str('res-single-connection'), required: true, description: 'The rule id to suppress.' },
    reason: { type: str('lab only'), required: true, description: 'Why the finding does not apply; required.' },
  },
};

const ROUTER: ObjectSchema = {
  title: 'router', description: 'A customer router that terminates connections or VPNs.', ignorable: true,
  fields: { name: { ...nameField, examples: ['hq-r1'] }, awsId: awsIdField },
};

const HOST: ObjectSchema = {
  title: 'host', description: 'An on-premise host, usable as a route or traffic endpoint.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['app1'] },
    ip: { type: { t: 'address' }, required: true, description: 'Its address; must fall inside one of the site\'s cidrs.', examples: ['10.0.1.10'] },
    awsId: awsIdField,
  },
};

const SITE: ObjectSchema = {
  title: 'site', description: 'An on-premise site.', ignorable: true,
  fields: {
    name: nameField,
    asn: { type: int, description: 'Customer BGP ASN, the default for VIFs on this site\'s connections.', examples: [65010] },
    cidrs: { type: prefixes, description: 'On-premise address space.', examples: [['10.0.0.0/16']] },
    internet: { type: bool, default: true, description: 'The site has internet egress.' },
    routers: { type: list(obj(ROUTER)), description: 'Customer routers.' },
    hosts: { type: list(obj(HOST)), description: 'Hosts, for routes and traffic.' },
    awsId: awsIdField,
  },
};

const LOCATION: ObjectSchema = {
  title: 'location', description: 'A Direct Connect location (colocation facility).', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['EqDC2'] },
    region: { type: { t: 'region' }, required: true, description: 'The AWS region the location is associated with.', examples: ['us-east-1'] },
    awsId: awsIdField,
  },
};

const CROSS_CONNECT: ObjectSchema = {
  title: 'cross-connect', description: 'The cross-connect ordered at the facility.',
  fields: {
    loa: { type: str('LOA-2026-001'), description: 'LOA-CFA reference.' },
    monthlyFee: { type: num, description: 'USD a month charged by the facility; used by `cost`.', examples: [300] },
  },
};

const CONNECTION: ObjectSchema = {
  title: 'connection', description: 'A physical Direct Connect connection.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['dx-a'] },
    type: { type: oneOf('dedicated', 'hosted'), required: true, description: 'Dedicated port, or hosted by a partner.' },
    bandwidth: { type: { t: 'bandwidth' }, required: true, description: 'Port speed, `50Mbps` … `400Gbps`.', examples: ['10Gbps'] },
    location: { type: ref('location'), required: true, description: 'The Direct Connect location.' },
    router: { type: ref('router'), required: true, description: 'The customer router that terminates it.' },
    awsDevice: { type: str('EqDC2-1abc'), description: 'AWS device id, for resiliency checks.' },
    macsec: { type: bool, default: false, description: 'MACsec is enabled.' },
    crossConnect: { type: obj(CROSS_CONNECT), description: 'The cross-connect at the facility.' },
    lag: { type: ref('lag'), description: 'The LAG this connection is a member of.' },
    awsId: awsIdField,
  },
};

const LAG: ObjectSchema = {
  title: 'LAG', description: 'A link aggregation group of dedicated connections.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['lag-a'] },
    location: { type: ref('location'), required: true, description: 'The location of every member.' },
    minimumLinks: { type: int, default: 0, description: 'Members that must be up for the LAG to be up.' },
    awsId: awsIdField,
  },
};

const communities = list({ t: 'community' });
const asPathPrepend = intRange(0, 10);
/** MED is a 32-bit BGP attribute. */
const med = intRange(0, 4294967295);

const ADVERTISEMENT: ObjectSchema = {
  title: 'advertised prefix', description: 'A prefix the VIF advertises, with its own BGP attributes.',
  fields: {
    prefix: { type: { t: 'prefix' }, required: true, description: 'The advertised prefix.', examples: ['10.9.0.0/16'] },
    asPathPrepend: { type: asPathPrepend, description: 'Times the customer ASN is prepended on this prefix (0–10); defaults to the VIF\'s.', examples: [2] },
    med: { type: med, description: 'MED on this prefix; defaults to the VIF\'s.', examples: [50] },
    communities: { type: communities, description: 'BGP communities on this prefix; they replace the VIF\'s.', examples: [['7224:7100']] },
  },
};

const PREFIX_ALLOCATION: ObjectSchema = {
  title: 'prefix allocation', description: 'How many prefixes of each family AWS accepts on the VIF (default 100 each).',
  fields: {
    ipv4: { type: intRange(1, 1_000_000), default: 100, description: 'IPv4 prefixes accepted (at most 1,000; dedicated connections and LAGs only).', examples: [100] },
    ipv6: { type: intRange(1, 1_000_000), default: 100, description: 'IPv6 prefixes accepted (at most 1,000; dedicated connections and LAGs only).', examples: [100] },
  },
};

const VIF: ObjectSchema = {
  title: 'VIF', description: 'A virtual interface on a connection or LAG.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['vif-prod'] },
    type: { type: oneOf('private', 'public', 'transit'), required: true, description: 'Private (VPCs), public (AWS public services) or transit (transit gateways).' },
    connection: { type: ref('connection', 'lag'), required: true, description: 'The connection or LAG it sits on.' },
    vlan: { type: int, required: true, description: '802.1Q VLAN id, 1–4094.', examples: [101] },
    asn: { type: int, description: 'Customer BGP ASN; defaults to the site\'s asn.', examples: [65010] },
    addressFamily: { type: oneOf('ipv4', 'ipv6', 'dual'), default: 'ipv4', description: 'BGP sessions on the VIF: ipv4, ipv6, or dual (one IPv4 and one IPv6 session).' },
    amazonAddress: { type: { t: 'ifaddr' }, description: 'Amazon\'s BGP peer address with its mask.', examples: ['169.254.10.1/30'] },
    customerAddress: { type: { t: 'ifaddr' }, description: 'The customer\'s BGP peer address with its mask.', examples: ['169.254.10.2/30'] },
    mtu: { type: int, default: 1500, description: 'MTU: private 1500/8500/9001, transit 1500/8500, public 1500.' },
    bgpAuthKey: { type: bool, description: 'An MD5 key is configured (never the key itself); omitted means unknown.' },
    gateway: { type: { t: 'gatewayRef', kinds: ['vgw', 'dxgw'] }, description: 'Private: a VGW or a Direct Connect gateway; transit: a Direct Connect gateway; public: none.', examples: ['dxgw-main'] },
    advertise: {
      type: list({ t: 'advertisement', schema: ADVERTISEMENT }), default: [],
      description: 'Prefixes the customer advertises to AWS over this VIF: a bare prefix takes the VIF\'s asPathPrepend, med and communities; a mapping gives the prefix its own.',
      examples: [['10.0.0.0/16', { prefix: '10.9.0.0/16', asPathPrepend: 2, med: 50, communities: ['7224:7100'] }]],
    },
    communities: { type: communities, default: [], description: 'BGP communities on what the customer advertises ("ASN:value").', examples: [['7224:7300']] },
    acceptScope: { type: oneOf('region', 'continent', 'global'), default: 'global', description: 'Public VIF: which AWS prefixes the customer accepts.' },
    asPathPrepend: { type: asPathPrepend, default: 0, description: 'Times the customer ASN is prepended on what this VIF advertises (0–10).', examples: [1] },
    med: { type: med, default: 0, description: 'MED on what this VIF advertises (lower is preferred).', examples: [0] },
    sitelink: { type: bool, default: false, description: 'SiteLink is enabled: site to site over the AWS backbone (private or transit VIF on a Direct Connect gateway).' },
    prefixAllocation: { type: obj(PREFIX_ALLOCATION), description: 'Inbound prefix controls: how many prefixes of each family AWS accepts on this VIF.' },
    awsId: awsIdField,
  },
};

const VGW: ObjectSchema = {
  title: 'VGW', description: 'A virtual private gateway.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['vgw-prod'] },
    region: { type: { t: 'region' }, required: true, description: 'Its AWS region.' },
    vpc: { type: ref('vpc'), description: 'The VPC it is attached to (at most one).' },
    asn: { type: int, default: 64512, description: 'Amazon-side ASN.' },
    awsId: awsIdField,
  },
};

const ASSOCIATION: ObjectSchema = {
  title: 'association', description: 'A VGW or transit gateway associated with the Direct Connect gateway.', ignorable: true,
  fields: {
    gateway: { type: ref('vgw', 'tgw'), required: true, description: 'A VGW or a transit gateway.' },
    allowedPrefixes: { type: prefixes, description: 'Prefixes advertised to on-premise; required for a transit gateway, defaults to the VPC\'s CIDRs for a VGW.' },
  },
};

const DXGW: ObjectSchema = {
  title: 'DXGW', description: 'A Direct Connect gateway (a global object).', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['dxgw-main'] },
    asn: { type: int, default: 64512, description: 'Amazon-side ASN.' },
    associations: { type: list(obj(ASSOCIATION)), description: 'Associated VGWs or transit gateways.' },
    awsId: awsIdField,
  },
};

const TGW: ObjectSchema = {
  title: 'TGW', description: 'A transit gateway.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['tgw-east'] },
    region: { type: { t: 'region' }, required: true, description: 'Its AWS region.' },
    asn: { type: int, default: 64512, description: 'Amazon-side ASN.' },
    attachments: { type: list(ref('vpc')), description: 'Attached VPCs, by name.' },
    awsId: awsIdField,
  },
};

const ENDPOINT: ObjectSchema = {
  title: 'endpoint', description: 'A VPC endpoint.', ignorable: true,
  fields: {
    service: { type: str('s3'), required: true, description: 'The AWS service code.' },
    type: { type: oneOf('interface', 'gateway'), required: true, description: 'Interface (PrivateLink) or gateway (S3, DynamoDB only).' },
    azs: { type: int, default: 2, description: 'Interface endpoints: the AZs it has an ENI in (cost).' },
    onPremDns: { type: bool, default: true, description: 'On-premise DNS resolves the service to this endpoint.' },
    awsId: awsIdField,
  },
};

const RESOURCE: ObjectSchema = {
  title: 'resource', description: 'A resource inside a VPC.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['orders-db'] },
    ip: { type: { t: 'address' }, required: true, description: 'Its private address inside the VPC.', examples: ['10.1.2.5'] },
    publicIp: { type: { t: 'address', publicOnly: true }, description: 'An Elastic/public IP, reachable over a public VIF or the internet.', examples: ['54.210.10.20'] },
    kind: { type: str('rds'), description: 'Free text: ec2, rds, lambda, ...' },
    awsId: awsIdField,
  },
};

const VPC: ObjectSchema = {
  title: 'VPC', description: 'A VPC.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['prod'] },
    region: { type: { t: 'region' }, required: true, description: 'Its AWS region.' },
    cidrs: { type: prefixes, required: true, description: 'Its CIDR blocks, IPv4 and the IPv6 blocks AWS assigns (/56).', examples: [['10.1.0.0/16', '2600:1f18:1234:5600::/56']] },
    internet: { type: bool, description: 'The VPC has an internet gateway or NAT for its resources (true) or none (false); omitted, dxplan does not guess.' },
    endpoints: { type: list(obj(ENDPOINT)), description: 'VPC endpoints.' },
    resources: { type: list(obj(RESOURCE)), description: 'Resources, for routes and traffic.' },
    awsId: awsIdField,
  },
};

const VPN: ObjectSchema = {
  title: 'VPN', description: 'A Site-to-Site VPN connection.', ignorable: true,
  fields: {
    name: { ...nameField, examples: ['vpn-backup'] },
    router: { type: ref('router'), required: true, description: 'The customer gateway router.' },
    gateway: { type: ref('vgw', 'tgw'), required: true, description: 'A VGW or a transit gateway.' },
    routing: { type: oneOf('bgp', 'static'), default: 'bgp', description: 'Dynamic (BGP) or static routing.' },
    staticRoutes: { type: prefixes, default: [], description: 'With static routing: the on-premise prefixes AWS routes to it.' },
    advertise: { type: prefixes, default: [], description: 'With BGP: the prefixes the customer advertises.' },
    awsId: awsIdField,
  },
};

const TRAFFIC: ObjectSchema = {
  title: 'traffic flow', description: 'What flows, for `cost` and capacity checks.', ignorable: true,
  fields: {
    name: { type: name, description: 'Optional name.', examples: ['nightly-backup'] },
    from: { type: endpoint, required: true, description: 'A host, site, VPC, resource, IP, service (`s3`, `s3@eu-west-1`) or `internet`.' },
    to: { type: endpoint, required: true, description: 'As `from`.' },
    gbPerMonth: {
      type: { t: 'number', max: MAX_GB_PER_MONTH, maxReason: 'what the largest LAG, 2 × 400 Gbps, carries in a 31-day month' },
      required: true, description: 'GB a month in this direction (GB = 10⁹ bytes).', examples: [20000],
    },
  },
};

const INTENT: ObjectSchema = {
  title: 'intent', description: 'Something that must hold; a broken intent is a diagnostic.', ignorable: true,
  fields: {
    name: { type: name, description: 'Optional name.', examples: ['app-to-db'] },
    from: { type: endpoint, required: true, description: 'As a traffic endpoint.' },
    to: { type: endpoint, required: true, description: 'As a traffic endpoint.' },
    via: { type: oneOf('direct-connect', 'vpn', 'internet', 'private', 'any'), default: 'any', description: 'The kind of path required.' },
    expect: { type: oneOf('reachable', 'unreachable'), default: 'reachable', description: 'Whether a path must exist or must not.' },
  },
};

const POLICY: ObjectSchema = {
  title: 'policy', description: 'Resiliency target and per-rule severities.',
  fields: {
    resiliency: { type: oneOf('maximum', 'high', 'development', 'none'), default: 'none', description: 'The resiliency model checked (res-model).' },
    rules: { type: { t: 'ruleMap' }, description: 'Rule id → error | warning | info | off.', examples: [{ 'vif-bgp-auth': 'off' }] },
  },
};

/** The top-level sections that hold named lists, with their item schema. */
export const SECTIONS = {
  sites: SITE,
  locations: LOCATION,
  connections: CONNECTION,
  lags: LAG,
  vifs: VIF,
  vgws: VGW,
  dxgws: DXGW,
  tgws: TGW,
  vpcs: VPC,
  vpns: VPN,
  traffic: TRAFFIC,
  intents: INTENT,
} as const;

export type SectionName = keyof typeof SECTIONS;

export const TOPOLOGY: ObjectSchema = {
  title: 'topology',
  description: 'A dxplan topology: one hybrid network (format version 1).',
  fields: {
    version: { type: int, required: true, description: 'Format version; only 1 exists.', examples: [1] },
    name: { type: str('acme-hybrid'), description: 'The network\'s name.' },
    defaultRegion: { type: { t: 'region' }, description: 'Region used for a bare service name such as `s3`.', examples: ['us-east-1'] },
    sites: { type: list(obj(SITE)), description: 'On-premise sites.' },
    locations: { type: list(obj(LOCATION)), description: 'Direct Connect locations.' },
    connections: { type: list(obj(CONNECTION)), description: 'Physical Direct Connect connections.' },
    lags: { type: list(obj(LAG)), description: 'Link aggregation groups.' },
    vifs: { type: list(obj(VIF)), description: 'Virtual interfaces.' },
    vgws: { type: list(obj(VGW)), description: 'Virtual private gateways.' },
    dxgws: { type: list(obj(DXGW)), description: 'Direct Connect gateways.' },
    tgws: { type: list(obj(TGW)), description: 'Transit gateways.' },
    vpcs: { type: list(obj(VPC)), description: 'VPCs.' },
    vpns: { type: list(obj(VPN)), description: 'Site-to-Site VPN connections.' },
    traffic: { type: list(obj(TRAFFIC)), description: 'Traffic flows.' },
    intents: { type: list(obj(INTENT)), description: 'Intents that must hold.' },
    policy: { type: obj(POLICY), description: 'Resiliency target and rule severities.' },
  },
};

/** The longest free-text value accepted (names have their own limit of 128). */
export const MAX_TEXT = 1024;

export const BANDWIDTH_PATTERN = /^([0-9]+)(Mbps|Gbps)$/;
/**
 * 1–128 characters, no whitespace, no control characters — bidirectional and zero-width
 * format characters (Cf) included, so a name reads in a review as it resolves ("Trojan Source").
 */
export const NAME_PATTERN = /^[^\s\p{Cc}\p{Cf}]{1,128}$/u;
export const COMMUNITY_PATTERN = /^([0-9]{1,10}):([0-9]{1,10})$/;
