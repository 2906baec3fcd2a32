// Random topologies for the reliability properties: valid ones built on the format
// (src/model/schema.ts), and mutated ones (object-level and text-level damage).
// Depends only on fast-check and yaml, so scripts/fuzz-long.js can run it against dist/.
import fc from 'fast-check';
import { stringify } from 'yaml';

type Json = unknown;
type Dict = Record<string, unknown>;

export const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'sa-east-1', 'cn-north-1', 'us-gov-west-1'];
const BANDWIDTHS = ['50Mbps', '100Mbps', '500Mbps', '1Gbps', '2Gbps', '5Gbps', '10Gbps', '25Gbps', '100Gbps', '400Gbps', '3Gbps', '0Mbps'];
const SERVICES = ['s3', 'dynamodb', 'ec2', 'sqs', 'execute-api'];
const COMMUNITIES = ['7224:7300', '7224:7100', '7224:9300', '7224:8100', '65000:1', '0:0'];

/** Decorations for names that stay valid (no whitespace, no control characters). */
export const NAME_DECORATIONS = ['', '', '', '😀', 'e\u0301', 'ä', '名', '-x_y.z', 'Ω', 'ß'];
/** Name-ish strings that are NOT valid names, or are nasty in other ways. */
export const ODD_STRINGS = [
  '', ' ', 'a b', 'tab\there', 'nul\u0000in', '\u0000', 'line\nbreak', '\u2028', '\u202eevil', '😀😀', 'e\u0301\u0301\u0301', 'bom\ufeff',
  'x'.repeat(129), 'x'.repeat(5000), '\ud800', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 's3', 'internet',
  '10.0.1.10', 's3@us-east-1', '*', '&a', '!tag', '- x', ': y', '#', '"', "'", '\\', '%', '@', '`', '{}', '[]', 'null', '~', 'yes', 'no',
];
export const HUGE_NUMBERS: unknown[] = [1e308, -1e308, 2 ** 53 + 1, 2 ** 53, -(2 ** 53) - 2, -0, NaN, Infinity, -Infinity, 1e-320, 0.5, -1, 4294967296, 1e21];
const WRONG_TYPES: unknown[] = [42, 'text', [], {}, null, true, false, [1, [2]], { a: { b: 1 } }, 1e308, -0, NaN, '', ['x'], { name: 'x' }];
/** Scalars written as YAML text: numbers beyond doubles, tags, and other surprises. */
const YAML_SCALAR_TEXT = [
  '.nan', '.NaN', '.inf', '-.inf', '1e999', '-1e999', '9007199254740993', '-0', '0x1F', '0o17', '~', 'null', '!!binary aGVsbG8=',
  '!!timestamp 2001-12-14', '2001-12-14', '!custom x', '!!str 1', '!!int "x"', '!!float x', '!!map {}', '!!seq []', '"\\0"', '"\\x00\\u202e"',
  '&anc 5', '*nosuch', '? complex', '|\n  block', '>-\n  folded', '[', '{', '"unterminated', '\'\'', '1_000', '+12', '0b101', '1:20',
];

export interface Mutation {
  kind: string;
  detail?: string;
}

export interface TextCase {
  text: string;
  note: string;
}

// ---------------------------------------------------------------------------------------
// Valid topologies

const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 2 });
const region = fc.constantFrom(...REGIONS);
const asn = fc.oneof(fc.constantFrom(65010, 65020, 64512, 7224, 4200000000, 4294967294, 65535, 64496), fc.integer({ min: 1, max: 4294967295 }));
const deco = fc.constantFrom(...NAME_DECORATIONS);

/** An aligned IPv4 prefix, drawn from a small space so that overlaps happen. */
const prefix4 = fc.record({
  first: fc.constantFrom(10, 10, 10, 172, 192, 100, 8),
  second: fc.integer({ min: 0, max: 6 }),
  third: fc.integer({ min: 0, max: 3 }),
  len: fc.constantFrom(8, 12, 16, 16, 16, 20, 24, 24, 28, 32),
}).map(({ first, second, third, len }) => alignedV4([first, second, third, 0], len));
const prefix6 = fc.record({ g: fc.integer({ min: 0, max: 3 }), len: fc.constantFrom(48, 56, 64) })
  .map(({ g, len }) => `2001:db8:${g}::/${len}`);
const prefix = fc.oneof({ weight: 6, arbitrary: prefix4 }, { weight: 1, arbitrary: prefix6 });

function alignedV4(octets: number[], len: number): string {
  const v = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  const net = (v & mask) >>> 0;
  return `${[net >>> 24, (net >>> 16) & 255, (net >>> 8) & 255, net & 255].join('.')}/${len}`;
}

/** An address `offset` past a prefix's network address (may fall outside it: rules report that). */
function addressIn(pfx: string | undefined, offset: number): string {
  if (!pfx || pfx.includes(':')) return pfx ? `${pfx.split('::')[0]}::${(offset % 65535) + 1}` : `10.0.0.${offset % 255}`;
  const [addr] = pfx.split('/');
  const o = addr.split('.').map(Number);
  const v = (((o[0] << 24) >>> 0) + (o[1] << 16) + (o[2] << 8) + o[3] + offset) >>> 0;
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

const plan = fc.record({
  name: opt(fc.constantFrom('acme', 'lab', 'ünï©ødé')),
  defaultRegion: opt(region),
  sites: fc.array(fc.record({
    asn: opt(asn), cidrs: fc.array(prefix, { maxLength: 2 }), internet: opt(fc.boolean()),
    routers: fc.integer({ min: 1, max: 3 }),
    hosts: fc.array(fc.record({ cidr: fc.nat(), offset: fc.integer({ min: 1, max: 300 }) }), { maxLength: 3 }),
  }), { minLength: 1, maxLength: 3 }),
  locations: fc.array(region, { minLength: 1, maxLength: 3 }),
  lags: fc.array(fc.record({ loc: fc.nat(), minimumLinks: opt(fc.integer({ min: 0, max: 5 })) }), { maxLength: 2 }),
  connections: fc.array(fc.record({
    type: fc.constantFrom('dedicated', 'hosted'), bandwidth: fc.constantFrom(...BANDWIDTHS), loc: fc.nat(), router: fc.nat(),
    lag: opt(fc.nat()), macsec: opt(fc.boolean()), awsDevice: opt(fc.constantFrom('EqDC2-1abc', 'EqDC2-2xyz')),
    crossConnect: opt(fc.record({ loa: opt(fc.constantFrom('LOA-1', 'LOA-2')), monthlyFee: opt(fc.constantFrom(0, 300, 1e6, 0.5)) })),
  }), { minLength: 1, maxLength: 4 }),
  vpcs: fc.array(fc.record({
    region, cidrs: fc.array(prefix, { minLength: 1, maxLength: 2 }),
    endpoints: fc.array(fc.record({
      service: fc.constantFrom(...SERVICES), type: fc.constantFrom('interface', 'gateway'),
      azs: opt(fc.integer({ min: 0, max: 6 })), onPremDns: opt(fc.boolean()),
    }), { maxLength: 2 }),
    resources: fc.array(fc.record({
      offset: fc.integer({ min: 1, max: 300 }), publicIp: opt(fc.constantFrom('54.210.10.20', '3.5.0.1', '52.95.0.9')),
      kind: opt(fc.constantFrom('ec2', 'rds', 'lambda')),
    }), { maxLength: 2 }),
  }), { minLength: 1, maxLength: 3 }),
  vgws: fc.array(fc.record({ region, vpc: opt(fc.nat()), asn: opt(asn) }), { maxLength: 3 }),
  tgws: fc.array(fc.record({ region, asn: opt(asn), attachments: fc.array(fc.nat(), { maxLength: 2 }) }), { maxLength: 2 }),
  dxgws: fc.array(fc.record({
    asn: opt(asn),
    associations: fc.array(fc.record({ gw: fc.nat(), allowed: opt(fc.array(prefix, { maxLength: 3 })) }), { maxLength: 3 }),
  }), { maxLength: 2 }),
  vifs: fc.array(fc.record({
    type: fc.constantFrom('private', 'public', 'transit'), carrier: fc.nat(),
    vlan: fc.oneof(fc.constantFrom(100, 101, 102), fc.integer({ min: 0, max: 4100 })), peerMismatch: fc.boolean(),
    asn: opt(asn), family: opt(fc.constantFrom('ipv4', 'ipv6')), peer: opt(fc.integer({ min: 0, max: 255 })),
    publicPeer: fc.boolean(), mtu: opt(fc.constantFrom(1500, 8500, 9001, 9000)), bgpAuthKey: opt(fc.boolean()),
    gateway: opt(fc.array(fc.nat(), { minLength: 1, maxLength: 2 })), advertise: fc.array(prefix, { maxLength: 3 }),
    communities: fc.array(fc.constantFrom(...COMMUNITIES), { maxLength: 2 }), acceptScope: opt(fc.constantFrom('region', 'continent', 'global')),
  }), { maxLength: 5 }),
  vpns: fc.array(fc.record({
    router: fc.nat(), gw: fc.nat(), routing: opt(fc.constantFrom('bgp', 'static')),
    staticRoutes: fc.array(prefix, { maxLength: 2 }), advertise: fc.array(prefix, { maxLength: 2 }),
  }), { maxLength: 2 }),
  traffic: fc.array(fc.record({ name: fc.boolean(), from: fc.nat(), to: fc.nat(), gb: fc.constantFrom(0, 1, 500, 20000, 1e6, 0.25) }), { maxLength: 3 }),
  intents: fc.array(fc.record({
    name: fc.boolean(), from: fc.nat(), to: fc.nat(),
    via: opt(fc.constantFrom('direct-connect', 'vpn', 'internet', 'private', 'any')), expect: opt(fc.constantFrom('reachable', 'unreachable')),
  }), { maxLength: 3 }),
  policy: opt(fc.record({
    resiliency: opt(fc.constantFrom('maximum', 'high', 'development', 'none')),
    rules: fc.array(fc.record({ rule: fc.nat(), sev: fc.constantFrom('error', 'warning', 'info', 'off') }), { maxLength: 3 }),
  })),
  ignores: fc.array(fc.record({ target: fc.nat(), rule: fc.nat(), reason: fc.constantFrom('lab only', 'accepted risk', '理由') }), { maxLength: 3 }),
  decos: fc.array(deco, { minLength: 8, maxLength: 8 }),
});

type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(xs: readonly T[], i: number): T | undefined => (xs.length === 0 ? undefined : xs[i % xs.length]);

/** Removes undefined values so that the serialized text has no `key: null` for omitted keys. */
function clean<T extends Dict>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** Builds a schema-valid topology (rules may still fire) from a plan; names unique by construction. */
function build(p: Plan, ruleIds: readonly string[]): Dict {
  let n = 0;
  const nm = (kind: string): string => `${kind}-${++n}${p.decos[n % p.decos.length]}`;
  const routers: string[] = [];
  /** Routers whose site has an ASN for its VIFs to inherit. */
  const routerHasAsn = new Set<string>();
  const sites = p.sites.map((s) => {
    const name = nm('site');
    const rs = Array.from({ length: s.routers }, () => nm('r'));
    routers.push(...rs);
    if (s.asn !== undefined) rs.forEach((r) => routerHasAsn.add(r));
    return clean({
      name, asn: s.asn, cidrs: s.cidrs.length ? s.cidrs : undefined, internet: s.internet,
      routers: rs.map((r) => ({ name: r })),
      hosts: s.hosts.length ? s.hosts.map((h) => ({ name: nm('host'), ip: addressIn(pick(s.cidrs, h.cidr), h.offset) })) : undefined,
    });
  });
  const locations = p.locations.map((r) => ({ name: nm('loc'), region: r }));
  const locNames = locations.map((l) => l.name);
  const lags = p.lags.map((l) => clean({ name: nm('lag'), location: pick(locNames, l.loc), minimumLinks: l.minimumLinks }));
  const lagNames = lags.map((l) => l.name as string);
  const connections = p.connections.map((c) => clean({
    name: nm('dx'), type: c.type, bandwidth: c.bandwidth, location: pick(locNames, c.loc), router: pick(routers, c.router),
    lag: c.lag === undefined ? undefined : pick(lagNames, c.lag), macsec: c.macsec, awsDevice: c.awsDevice,
    crossConnect: c.crossConnect ? clean({ ...c.crossConnect }) : undefined,
  }));
  const vpcs = p.vpcs.map((v) => {
    const name = nm('vpc');
    return clean({
      name, region: v.region, cidrs: v.cidrs,
      endpoints: v.endpoints.length ? v.endpoints.map((e) => clean({ ...e })) : undefined,
      resources: v.resources.length ? v.resources.map((r) => clean({ name: nm('res'), ip: addressIn(v.cidrs[0], r.offset), publicIp: r.publicIp, kind: r.kind })) : undefined,
    });
  });
  const vpcNames = vpcs.map((v) => v.name as string);
  const vgws = p.vgws.map((g) => clean({ name: nm('vgw'), region: g.region, vpc: g.vpc === undefined ? undefined : pick(vpcNames, g.vpc), asn: g.asn }));
  const tgws = p.tgws.map((g) => clean({
    name: nm('tgw'), region: g.region, asn: g.asn,
    attachments: g.attachments.length ? [...new Set(g.attachments.map((a) => pick(vpcNames, a)))] : undefined,
  }));
  const gwNames = [...vgws, ...tgws].map((g) => g.name as string);
  const dxgws = p.dxgws.map((d) => clean({
    name: nm('dxgw'), asn: d.asn,
    associations: d.associations.length && gwNames.length
      ? d.associations.map((a) => clean({ gateway: pick(gwNames, a.gw), allowedPrefixes: a.allowed })) : undefined,
  }));
  const carriers = [...connections, ...lags].map((c) => c.name as string);
  const vifGateways = [...vgws, ...dxgws, ...tgws].map((g) => g.name as string);
  const vifs = p.vifs.map((v) => {
    const six = v.family === 'ipv6';
    const peer = v.peer;
    const base = v.publicPeer ? `203.0.113.${(peer ?? 0) & 252}` : `169.254.${peer ?? 0}.0`;
    const gws = v.gateway?.map((g) => pick(vifGateways, g)).filter((g): g is string => g !== undefined);
    const carrier = pick(carriers, v.carrier)!;
    // A VIF needs an asn unless it inherits one from its connection's site (a LAG: its first member's).
    // A VIF on a LAG member sits on the LAG (the loader's carrier), whose site is its first member's.
    const direct = connections.find((c) => c.name === carrier);
    const lag = direct?.lag ?? (direct ? undefined : carrier);
    const conn = lag === undefined ? direct : connections.find((c) => c.lag === lag);
    const inherits = conn !== undefined && routerHasAsn.has(conn.router as string);
    return clean({
      name: nm('vif'), type: v.type, connection: carrier, vlan: v.vlan, asn: v.asn ?? (inherits ? undefined : 65000), addressFamily: v.family,
      amazonAddress: peer === undefined ? undefined : six ? `2001:db8:ff:${peer}::1/125` : `${addressIn(`${base}/30`, 1)}/30`,
      customerAddress: peer === undefined ? undefined : six ? `2001:db8:ff:${peer}::2/125`
        : `${addressIn(`${base}/30`, v.peerMismatch && (peer & 3) === 1 ? 5 : 2)}/30`,
      mtu: v.mtu, bgpAuthKey: v.bgpAuthKey,
      gateway: !gws || gws.length === 0 ? undefined : gws.length === 1 ? gws[0] : [...new Set(gws)],
      advertise: v.advertise.length ? v.advertise : undefined,
      communities: v.communities.length ? v.communities : undefined, acceptScope: v.acceptScope,
    });
  });
  const vpns = gwNames.length === 0 ? [] : p.vpns.map((v) => clean({
    name: nm('vpn'), router: pick(routers, v.router), gateway: pick(gwNames, v.gw), routing: v.routing,
    staticRoutes: v.staticRoutes.length ? v.staticRoutes : undefined, advertise: v.advertise.length ? v.advertise : undefined,
  }));
  const endpoints = [
    ...sites.map((s) => s.name as string), ...vpcNames,
    ...sites.flatMap((s) => ((s.hosts as Dict[] | undefined) ?? []).map((h) => h.name as string)),
    ...vpcs.flatMap((v) => ((v.resources as Dict[] | undefined) ?? []).map((r) => r.name as string)),
    's3', 's3@us-east-1', 'dynamodb@eu-west-1', 'internet', '10.0.1.10', '8.8.8.8', '2001:db8::1',
  ];
  // A flow's ends must name something (ref-unknown otherwise): no bare service without
  // defaultRegion, no private address that may belong to nothing.
  const flowEnds = endpoints.filter((e) => (e !== 's3' || p.defaultRegion !== undefined) && e !== '10.0.1.10' && e !== '2001:db8::1');
  const traffic = p.traffic.map((t) => clean({
    name: t.name ? nm('flow') : undefined, from: pick(flowEnds, t.from), to: pick(flowEnds, t.to), gbPerMonth: t.gb,
  }));
  const intents = p.intents.map((t) => clean({
    name: t.name ? nm('intent') : undefined, from: pick(endpoints, t.from), to: pick(endpoints, t.to), via: t.via, expect: t.expect,
  }));
  const policy = p.policy ? clean({
    resiliency: p.policy.resiliency,
    rules: p.policy.rules.length && ruleIds.length ? Object.fromEntries(p.policy.rules.map((r) => [pick(ruleIds, r.rule), r.sev])) : undefined,
  }) : undefined;
  const topo: Dict = clean({
    version: 1, name: p.name, defaultRegion: p.defaultRegion,
    sites, locations, lags: lags.length ? lags : undefined, connections,
    vifs: vifs.length ? vifs : undefined, vgws: vgws.length ? vgws : undefined, dxgws: dxgws.length ? dxgws : undefined,
    tgws: tgws.length ? tgws : undefined, vpcs, vpns: vpns.length ? vpns : undefined,
    traffic: traffic.length ? traffic : undefined, intents: intents.length ? intents : undefined, policy,
  });
  // ignore entries on random entities
  const owners = [...sites, ...locations, ...connections, ...lags, ...vifs, ...vgws, ...dxgws, ...tgws, ...vpcs, ...vpns] as Dict[];
  for (const ig of p.ignores) {
    const owner = pick(owners, ig.target);
    const rule = pick(ruleIds, ig.rule);
    if (!owner || !rule) continue;
    ((owner.ignore as Dict[] | undefined) ?? (owner.ignore = [])) && (owner.ignore as Dict[]).push({ rule, reason: ig.reason });
  }
  return topo;
}

/** Entity names of a built topology, for `route` endpoints. */
export function endpointNames(topo: Dict): string[] {
  const out: string[] = [];
  const list = (v: unknown): Dict[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Dict[]) : []);
  for (const s of list(topo.sites)) {
    out.push(String(s.name));
    for (const h of list(s.hosts)) out.push(String(h.name));
  }
  for (const v of list(topo.vpcs)) {
    out.push(String(v.name));
    for (const r of list(v.resources)) out.push(String(r.name));
  }
  return out;
}

/** Names `whatif --down` can fail: locations, AWS devices, connections, LAGs, VIFs, routers, VPNs. */
export function failableNames(topo: Dict): string[] {
  const list = (v: unknown): Dict[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Dict[]) : []);
  const out: string[] = [];
  for (const key of ['locations', 'connections', 'lags', 'vifs', 'vpns']) for (const e of list(topo[key])) out.push(String(e.name));
  for (const c of list(topo.connections)) if (typeof c.awsDevice === 'string') out.push(c.awsDevice);
  for (const s of list(topo.sites)) for (const r of list(s.routers)) out.push(String(r.name));
  return [...new Set(out)];
}

export const EXTRA_ENDPOINTS = ['s3', 's3@us-east-1', 'dynamodb@eu-west-1', 'internet', '10.0.1.10', '8.8.8.8', '2001:db8::1', 'nope', '', '-x', '0.0.0.0/0', '@', 's3@'];

/** A schema-valid topology as a plain object. */
export function validTopology(ruleIds: readonly string[]): fc.Arbitrary<Dict> {
  return plan.map((p) => build(p, ruleIds));
}

// ---------------------------------------------------------------------------------------
// Object-level mutations

type PathSeg = string | number;

/** Every path to a value in the tree (not the root), in a stable order. */
function allPaths(root: Json): PathSeg[][] {
  const out: PathSeg[][] = [];
  const walk = (v: Json, path: PathSeg[]): void => {
    if (Array.isArray(v)) v.forEach((x, i) => { out.push([...path, i]); walk(x, [...path, i]); });
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) { out.push([...path, k]); walk((v as Dict)[k], [...path, k]); }
  };
  walk(root, []);
  return out;
}

function parentOf(root: Json, path: PathSeg[]): { parent: Dict | unknown[]; key: PathSeg } {
  let v = root as Dict;
  for (const seg of path.slice(0, -1)) v = (v as Dict)[seg as string] as Dict;
  return { parent: v, key: path[path.length - 1] };
}

function setOwn(obj: Dict | unknown[], key: PathSeg, value: unknown): void {
  // defineProperty, so that `__proto__` becomes an own key and never a prototype.
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const REF_KEYS = new Set(['location', 'router', 'lag', 'connection', 'gateway', 'vpc', 'from', 'to', 'attachments']);

const mutation = fc.record({
  kind: fc.constantFrom('drop', 'retype', 'dangle', 'overlap', 'huge', 'unicode', 'duplicate', 'unknown-key', 'share', 'list-to-map', 'version', 'empty-section'),
  at: fc.nat(),
  other: fc.nat(),
  choice: fc.nat(),
});

type MutationPlan = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function applyMutation(root: Dict, m: MutationPlan): Mutation {
  const paths = allPaths(root);
  const at = pick(paths, m.at)!;
  const { parent, key } = parentOf(root, at);
  switch (m.kind) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Dict)[key];
      return { kind: 'drop', detail: at.join('.') };
    case 'retype':
      setOwn(parent, key, structuredClone(pick(WRONG_TYPES, m.choice)));
      return { kind: 'retype', detail: at.join('.') };
    case 'dangle': {
      const refs = paths.filter((p) => p.some((s) => typeof s === 'string' && REF_KEYS.has(s)));
      const target = pick(refs, m.at);
      if (!target) return { kind: 'dangle-none' };
      const t = parentOf(root, target);
      setOwn(t.parent, t.key, pick(['ghost', 'ghost-2', 'dx-1', 'site-1', 'nope@us-east-1', 's3@xx-nowhere-9'], m.choice));
      return { kind: 'dangle', detail: target.join('.') };
    }
    case 'overlap': {
      const prefixPaths = paths.filter((p) => {
        const v = parentOf(root, p);
        const val = (v.parent as Dict)[v.key as string];
        return typeof val === 'string' && /^[0-9a-f.:]+\/\d+$/.test(val);
      });
      const a = pick(prefixPaths, m.at);
      const b = pick(prefixPaths, m.other);
      if (!a || !b) return { kind: 'overlap-none' };
      const pa = parentOf(root, a);
      const pb = parentOf(root, b);
      const src = (pb.parent as Dict)[pb.key as string] as string;
      const widened = src.replace(/\/\d+$/, (x) => `/${Math.max(0, Number(x.slice(1)) - (m.choice % 9))}`);
      setOwn(pa.parent, pa.key, m.choice % 2 ? src : widened);
      return { kind: 'overlap', detail: `${a.join('.')}=${src}` };
    }
    case 'huge': {
      const nums = paths.filter((p) => {
        const v = parentOf(root, p);
        return typeof (v.parent as Dict)[v.key as string] === 'number';
      });
      const target = pick(nums, m.at) ?? at;
      const t = parentOf(root, target);
      setOwn(t.parent, t.key, pick(HUGE_NUMBERS, m.choice));
      return { kind: 'huge', detail: target.join('.') };
    }
    case 'unicode': {
      const names = paths.filter((p) => p[p.length - 1] === 'name' || REF_KEYS.has(String(p[p.length - 1])));
      const target = pick(names, m.at) ?? at;
      const t = parentOf(root, target);
      const odd = pick(ODD_STRINGS, m.choice)!;
      setOwn(t.parent, t.key, m.other % 3 === 0 ? `${String((t.parent as Dict)[t.key as string])}${odd}` : odd);
      return { kind: 'unicode', detail: target.join('.') };
    }
    case 'duplicate': {
      // Copy an entity (same name) into its own list or another list: name-duplicate, refs to both.
      const lists = paths.filter((p) => Array.isArray((parentOf(root, p).parent as Dict)[p[p.length - 1] as string])
        && ((parentOf(root, p).parent as Dict)[p[p.length - 1] as string] as unknown[]).some((x) => x && typeof x === 'object'));
      const from = pick(lists, m.at);
      const to = pick(lists, m.other);
      if (!from || !to) return { kind: 'duplicate-none' };
      const src = (parentOf(root, from).parent as Dict)[from[from.length - 1] as string] as unknown[];
      const dst = (parentOf(root, to).parent as Dict)[to[to.length - 1] as string] as unknown[];
      const item = pick(src.filter((x) => x && typeof x === 'object'), m.choice);
      dst.push(structuredClone(item));
      return { kind: 'duplicate', detail: `${from.join('.')}→${to.join('.')}` };
    }
    case 'unknown-key': {
      const maps = [[], ...paths].filter((p) => {
        const v = p.length === 0 ? root : (parentOf(root, p).parent as Dict)[p[p.length - 1] as string];
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      });
      const target = pick(maps, m.at)!;
      const obj = (target.length === 0 ? root : (parentOf(root, target).parent as Dict)[target[target.length - 1] as string]) as Dict;
      const k = pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'colour', 'x-note', 'nmae', 'ignore', '', ' ', '😀', '<<', '1'], m.choice)!;
      setOwn(obj, k, pick<unknown>([{ polluted: true }, 'yes', 1, [], null, { toString: 'x' }], m.other));
      return { kind: 'unknown-key', detail: `${target.join('.')}.${k}` };
    }
    case 'share': {
      // The same object at two places: the yaml package writes an anchor and an alias.
      const objs = paths.filter((p) => {
        const v = (parentOf(root, p).parent as Dict)[p[p.length - 1] as string];
        return v !== null && typeof v === 'object';
      });
      const a = pick(objs, m.at);
      const b = pick(objs, m.other);
      if (!a || !b || a.join('.').startsWith(b.join('.')) || b.join('.').startsWith(a.join('.'))) return { kind: 'share-none' };
      const pb = parentOf(root, b);
      setOwn(parentOf(root, a).parent, a[a.length - 1], (pb.parent as Dict)[pb.key as string]);
      return { kind: 'share', detail: `${a.join('.')}=*${b.join('.')}` };
    }
    case 'list-to-map': {
      const v = (parent as Dict)[key as string];
      if (Array.isArray(v)) setOwn(parent, key, Object.fromEntries(v.map((x, i) => [String(i), x])));
      else if (v !== null && typeof v === 'object') setOwn(parent, key, Object.values(v as Dict));
      else setOwn(parent, key, [v]);
      return { kind: 'list-to-map', detail: at.join('.') };
    }
    case 'version':
      setOwn(root, 'version', pick(['1', 2, 1.0, null, 0, '1.0', [1], { v: 1 }, -1, 1.5], m.choice));
      return { kind: 'version' };
    case 'empty-section': {
      const sections = Object.keys(root).filter((k) => k !== 'version');
      const s = pick(sections, m.at);
      if (!s) return { kind: 'empty-none' };
      setOwn(root, s, pick([[], {}, null, '', [null], [[]], [{}]], m.choice));
      return { kind: 'empty-section', detail: s };
    }
  }
  return { kind: 'none' };
}

/** A topology with one to four object-level mutations applied. */
export function mutatedTopology(ruleIds: readonly string[]): fc.Arbitrary<{ topo: Dict; mutations: Mutation[] }> {
  return fc.tuple(validTopology(ruleIds), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([generated, ms]) => {
    // A copy: fast-check replays and shrinks its values, which must stay untouched.
    const topo = structuredClone(generated);
    const mutations = ms.map((m) => {
      try {
        return applyMutation(topo, m);
      } catch (err) {
        // A mutation that cannot apply to this shape is skipped (a generator limit, not a finding).
        return { kind: `${m.kind}-skipped`, detail: String(err) };
      }
    });
    return { topo, mutations };
  });
}

// ---------------------------------------------------------------------------------------
// Serialization and text-level mutations

const serializeOptions = fc.record({
  flow: fc.boolean(),
  indent: fc.constantFrom(2, 2, 4),
  lineWidth: fc.constantFrom(0, 80),
  quote: fc.boolean(),
});

export function toYaml(topo: Json, o: { flow: boolean; indent: number; lineWidth: number; quote: boolean }): string {
  return stringify(topo, {
    indent: o.indent, lineWidth: o.lineWidth, defaultStringType: o.quote ? 'QUOTE_DOUBLE' : 'PLAIN',
    collectionStyle: o.flow ? 'flow' : 'any', aliasDuplicateObjects: true,
  });
}

const textMutation = fc.record({
  kind: fc.constantFrom('dup-line', 'drop-line', 'scalar', 'char', 'tab', 'truncate', 'crlf', 'bom', 'directive', 'multi-doc', 'anchor-merge', 'comment', 'swap-lines', 'indent'),
  at: fc.nat(),
  choice: fc.nat(),
  ch: fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('\u0000', '\t', '\r', '\u2028', '\ufeff', ':', '-', '&', '*', '!', '|', '>', '%', '@', '`', '#', '{', '[', '"', '\'')),
});

type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function applyText(text: string, m: TextMutation): { text: string; note: string } {
  const lines = text.split('\n');
  const i = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.kind) {
    case 'dup-line':
      lines.splice(i, 0, lines[i]);
      return { text: lines.join('\n'), note: `dup line ${i + 1}` };
    case 'drop-line':
      lines.splice(i, 1);
      return { text: lines.join('\n'), note: `drop line ${i + 1}` };
    case 'swap-lines': {
      const j = (i + 1 + (m.choice % 3)) % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return { text: lines.join('\n'), note: `swap ${i + 1},${j + 1}` };
    }
    case 'scalar': {
      const s = pick(YAML_SCALAR_TEXT, m.choice)!;
      lines[i] = /:\s/.test(lines[i]) ? lines[i].replace(/(:\s+).*$/, `$1${s}`) : lines[i].replace(/(-\s+).*$/, `$1${s}`);
      return { text: lines.join('\n'), note: `scalar ${s} at ${i + 1}` };
    }
    case 'char': {
      const pos = text.length === 0 ? 0 : m.at % text.length;
      return { text: text.slice(0, pos) + m.ch + text.slice(pos), note: `insert ${JSON.stringify(m.ch)} at ${pos}` };
    }
    case 'tab':
      lines[i] = lines[i].replace(/^ +/, '\t');
      return { text: lines.join('\n'), note: `tab at ${i + 1}` };
    case 'indent':
      lines[i] = ' '.repeat(1 + (m.choice % 3)) + lines[i];
      return { text: lines.join('\n'), note: `indent ${i + 1}` };
    case 'truncate': {
      const pos = text.length === 0 ? 0 : m.at % text.length;
      return { text: text.slice(0, pos), note: `truncate at ${pos}` };
    }
    case 'crlf':
      return { text: text.replace(/\n/g, '\r\n'), note: 'crlf' };
    case 'bom':
      return { text: `\ufeff${text}`, note: 'bom' };
    case 'directive':
      return { text: `${pick(['%YAML 1.1\n---\n', '%YAML 1.2\n---\n', '%TAG !e! tag:example.com,2000:\n---\n', '---\n', '%FOO bar\n---\n'], m.choice)}${text}`, note: 'directive' };
    case 'multi-doc':
      return { text: `${text}\n${pick(['---\nversion: 1\n', '...\n', '---\n', '--- !!str\n'], m.choice)}`, note: 'multi-doc' };
    case 'anchor-merge':
      return { text: `${text}\nx-base: &base { a: 1, b: [1, 2] }\nx-use: { <<: *base, c: *base }\n`, note: 'anchor-merge' };
    case 'comment':
      lines.splice(i, 0, pick(['# comment', '#', '  # indented comment', '# \u202e rtl', '#\u0000'], m.choice)!);
      return { text: lines.join('\n'), note: `comment at ${i + 1}` };
  }
  return { text, note: 'none' };
}

/** Serialized text of a valid topology, in a random style. */
export function validText(ruleIds: readonly string[]): fc.Arbitrary<{ topo: Dict; text: string }> {
  return fc.tuple(validTopology(ruleIds), serializeOptions).map(([topo, o]) => ({ topo, text: toYaml(topo, o) }));
}

/** Text of a mutated topology: object mutations, then sometimes text mutations. */
export function mutatedText(ruleIds: readonly string[]): fc.Arbitrary<TextCase> {
  return fc.tuple(mutatedTopology(ruleIds), serializeOptions, fc.array(textMutation, { maxLength: 3 })).map(([{ topo, mutations }, o, tms]) => {
    let text: string;
    try {
      text = toYaml(topo, o);
    } catch (err) {
      text = `version: 1\n# could not serialize: ${String(err).replace(/\n/g, ' ')}\n`;
    }
    const notes = mutations.map((m) => `${m.kind}${m.detail ? `(${m.detail})` : ''}`);
    for (const tm of tms) {
      const r = applyText(text, tm);
      text = r.text;
      notes.push(r.note);
    }
    return { text, note: notes.join('; ') };
  });
}

/** Hand-written shapes of YAML that the object generator cannot produce. */
export const handWritten: fc.Arbitrary<TextCase> = fc.oneof(
  fc.constantFrom(
    '', '\n', '#', '---', '...', '~', 'null', '[]', '{}', '1', '"version: 1"', 'version: 1', 'version: 1\n', 'version: 1\r\n', '\ufeffversion: 1',
    'version: 1\nsites:\n', 'version: 1\nsites: ~', 'version: 1\nsites: [~]', 'version: 1\nsites: [[]]', 'version: 1\nsites: [{}]',
    'version: 1\nversion: 1', 'version: 1\nsites: &s [ *s ]', 'a: &a [*a]', '&a [*a, *a]', 'version: 1\n? [a]\n: b',
    'version: 1\n{a: 1}: x', 'version: 1\n[1]: x', 'version: 1\n1: x', 'version: 1\nnull: x', 'version: 1\n~: x', 'version: 1\n"": x',
    'version: !!binary AQ==', 'version: !!int 1', 'version: !!str 1', 'version: 0x1', 'version: 1.0', 'version: +1', 'version: 01',
    'version: 1\nsites:\n  - name: "a\\0b"\n    routers: [{name: "\\u202e"}]', 'version: 1\nsites:\n- name: a\n  routers:\n  - name: b\n  - name: b',
    'version: 1\nlocations:\n  - name: l\n    region: us-east-1\n    region: us-east-1', 'version: 1\nsites: !!set {a, b}', 'version: 1\nsites: !!omap [a: 1]',
    'version: 1\nsites:\n  - name: 😀\u200f\n    asn: .nan', 'version: 1\nvifs:\n  - vlan: 1e999\n    asn: -.inf', 'version: 1\npolicy:\n  rules:\n    __proto__: off',
    'version: 1\n__proto__:\n  polluted: yes', 'version: 1\nsites:\n  - __proto__: { name: x }\n    constructor: { prototype: { polluted: 1 } }',
    'version: 1\nx: "\\ud800"', 'version: 1\nx: \'\u0000\'', '\u0000', 'version: 1\0', 'version: 1\n\t- a', 'version:\t1', '- - - - -', '{{{{', ']]]]', '"',
    'version: 1\nsites:\n  - name: a\n    ignore:\n      - rule: nope\n      - {}\n      - reason: x',
    'version: 1\ntraffic:\n  - from: s3\n    to: s3\n    gbPerMonth: 1e308', 'version: 1\nintents:\n  - from: internet\n    to: internet',
  ).map((text) => ({ text, note: 'hand-written' })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ text, note: 'random text' })),
  fc.string({ unit: fc.constantFrom(...'version: 1\n-[]{}&*!|>\'"#%@`,?~ \tabc0'.split('')), maxLength: 300 }).map((text) => ({ text: `version: 1\n${text}`, note: 'yaml-ish noise' })),
);

/** Every kind of input: valid, mutated, hand-written. */
export function anyText(ruleIds: readonly string[]): fc.Arbitrary<TextCase> {
  return fc.oneof(
    { weight: 2, arbitrary: validText(ruleIds).map(({ text }) => ({ text, note: 'valid' })) },
    { weight: 5, arbitrary: mutatedText(ruleIds) },
    { weight: 2, arbitrary: handWritten },
  );
}
