// Builds the typed Topology from the parsed document, reporting every schema problem as a
// finding with a path. A broken entity is left out so the rules can still run on the rest.
import { parseAddress, parseInterfaceAddress, parsePrefix, isPublicAddress } from '../net/prefix';
import type { Address, InterfaceAddress, Prefix } from '../net/prefix';
import { suggest } from '../util/suggest';
import { formatPath, type Finding } from './finding';
import {
  BANDWIDTH_PATTERN, COMMUNITY_PATTERN, IGNORE_SCHEMA, MAX_TEXT, NAME_PATTERN, SECTIONS, TOPOLOGY,
  type ObjectSchema, type SectionName, type ValueType,
} from './schema';
import type {
  Advertisement, Connection, Dxgw, DxgwAssociation, Endpoint, EntityKind, Host, IgnoreEntry, Intent, Lag, Location,
  NamedEntity, Path, Policy, Resource, Router, Site, SeverityOverride, Tgw, Topology, Traffic,
  Vgw, Vif, Vpc, Vpn,
} from './types';

type Dict = Record<string, unknown>;

/** One mapping read against its schema: typed values, with the mapping's path. */
interface Rec {
  path: Path;
  v: Dict;
  /** Its name was claimed first (claimNames): the entity may be built. */
  claimed?: boolean;
}

/** An `advertise` entry written as a mapping: its prefix and its own attributes. */
interface AdvertisementValue {
  prefix: Prefix;
  attributes: Rec;
}

interface GatewayRefValue {
  names: string[];
  isList: boolean;
}

const KIND_LABEL: Record<EntityKind, string> = {
  site: 'site', router: 'router', host: 'host', location: 'location', connection: 'connection',
  lag: 'LAG', vif: 'VIF', vgw: 'VGW', dxgw: 'Direct Connect gateway', tgw: 'transit gateway',
  vpc: 'VPC', resource: 'resource', vpn: 'VPN',
};

export function kindLabel(kind: EntityKind): string {
  return KIND_LABEL[kind];
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a number too large to represent';
  return `${typeof value} ${String(value)}`;
}

/** "an association", "a VIF": titles in capitals are acronyms, read letter by letter as consonants here. */
function withArticle(title: string): string {
  return /^[aeiou]/.test(title) ? `an ${title}` : `a ${title}`;
}

const isDict = (value: unknown): value is Dict => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A null-prototype object that V8 keeps in fast mode (Object.create(null) makes a dictionary). */
function dict(): Dict {
  const o = {};
  Object.setPrototypeOf(o, null);
  return o as Dict;
}

/** A value's path, built only when it is reported or kept. */
const at = (parent: Path, key: string | number): Path => [...parent, key];

const REQUIRED = new WeakMap<ObjectSchema, string[]>();

/** A schema's required keys, in declaration order (computed once per schema). */
function requiredKeys(schema: ObjectSchema): string[] {
  let keys = REQUIRED.get(schema);
  if (!keys) {
    keys = Object.keys(schema.fields).filter((k) => schema.fields[k].required);
    REQUIRED.set(schema, keys);
  }
  return keys;
}

class Reader {
  readonly findings: Finding[] = [];
  readonly suppressions: IgnoreEntry[] = [];

  constructor(private readonly knownRules: ReadonlySet<string>) {}

  report(rule: string, path: Path, message: string, hint?: string, onKey?: boolean): void {
    this.findings.push({ rule, path, message, hint, onKey });
  }

  private typeError(path: Path, expected: string, value: unknown, hint?: string): undefined {
    this.report('schema-type', path, `expected ${expected}, got ${describe(value)}`, hint);
    return undefined;
  }

  /**
   * Reads one value at `parent`'s `key`; undefined when it is malformed (already reported).
   * The value's path is built only when something is reported or kept (a mapping's, a list's).
   */
  value(type: ValueType, value: unknown, parent: Path, key: string | number): unknown {
    switch (type.t) {
      case 'string':
      case 'endpoint':
      case 'region':
        if (typeof value !== 'string' || value === '') return this.typeError(at(parent, key), 'text', value);
      {
        // Free text is a label or a note: a megabyte of it is a mistake, not a description.
        const max = (type.t === 'string' ? type.maxLength : undefined) ?? MAX_TEXT;
        return value.length <= max ? value : this.typeError(at(parent, key), `text of at most ${max} characters`, value);
      }
      case 'name':
        if (typeof value !== 'string') return this.typeError(at(parent, key), 'a name (text)', value);
        return NAME_PATTERN.test(value) ? value
          : this.typeError(at(parent, key), 'a name of 1–128 characters without whitespace, control or invisible formatting characters', value);
      case 'ref':
        return typeof value === 'string' && value !== '' ? value : this.typeError(at(parent, key), 'a name', value);
      case 'int':
        if (!(typeof value === 'number' && Number.isSafeInteger(value))) return this.typeError(at(parent, key), 'a whole number', value);
        if ((type.min !== undefined && value < type.min) || (type.max !== undefined && value > type.max)) {
          return this.typeError(at(parent, key), `a whole number from ${type.min ?? '…'} to ${type.max ?? '…'}`, value);
        }
        return value;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return this.typeError(at(parent, key), 'a number of zero or more', value);
        return type.max === undefined || value <= type.max ? value
          : this.typeError(at(parent, key), `a number from 0 to ${type.max.toLocaleString('en-US')}`, value,
            `${type.max.toLocaleString('en-US')} is ${type.maxReason}; check the unit and the number of zeros`);
      case 'bool':
        return typeof value === 'boolean' ? value : this.typeError(at(parent, key), 'true or false', value);
      case 'enum':
        if (typeof value === 'string' && type.values.includes(value)) return value;
        return this.typeError(at(parent, key), `one of ${type.values.join(', ')}`, value,
          typeof value === 'string' && suggest(value, type.values) ? `did you mean ${suggest(value, type.values)}?` : undefined);
      case 'bandwidth': {
        const m = typeof value === 'string' ? BANDWIDTH_PATTERN.exec(value) : null;
        if (!m) return this.typeError(at(parent, key), 'a bandwidth such as 1Gbps or 500Mbps', value);
        return { text: value as string, mbps: Number(m[1]) * (m[2] === 'Gbps' ? 1000 : 1) };
      }
      case 'community':
        return typeof value === 'string' && COMMUNITY_PATTERN.test(value) ? value
          : this.typeError(at(parent, key), 'a BGP community "ASN:value" such as "7224:7300"', value);
      case 'prefix':
        return this.parsed(parent, key, value, 'a CIDR prefix such as 10.0.0.0/16', parsePrefix);
      case 'ifaddr':
        return this.parsed(parent, key, value, 'an interface address with its mask such as 169.254.10.1/30', parseInterfaceAddress);
      case 'address': {
        const addr = this.parsed(parent, key, value, 'an IP address such as 10.0.1.10', parseAddress) as Address | undefined;
        if (addr && type.publicOnly && !isPublicAddress(addr)) {
          return this.typeError(at(parent, key), 'a public address', value, 'a publicIp is an Elastic IP: use a public address, or drop the key');
        }
        return addr;
      }
      case 'gatewayRef':
        if (typeof value === 'string' && value !== '') return { names: [value], isList: false } satisfies GatewayRefValue;
        if (Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === 'string' && x !== '')) {
          return { names: value as string[], isList: true } satisfies GatewayRefValue;
        }
        return this.typeError(at(parent, key), 'a gateway name', value);
      case 'advertisement':
        if (isDict(value)) {
          const rec = this.object(type.schema, value, at(parent, key));
          return rec && ({ prefix: rec.v.prefix as Prefix, attributes: rec } satisfies AdvertisementValue);
        }
        return this.value({ t: 'prefix' }, value, parent, key);
      case 'list': {
        if (!Array.isArray(value)) return this.typeError(at(parent, key), 'a list', value);
        const path = at(parent, key);
        return value.map((item, i) => this.value(type.of, item, path, i));
      }
      case 'object':
        return this.object(type.schema, value, at(parent, key));
      case 'ruleMap':
        return this.ruleMap(value, at(parent, key));
    }
  }

  private parsed<T>(parent: Path, key: string | number, value: unknown, expected: string, parse: (s: string) => { ok: true; value: T } | { ok: false; error: string }): T | undefined {
    if (typeof value !== 'string') return this.typeError(at(parent, key), expected, value);
    const r = parse(value);
    if (r.ok) return r.value;
    // cidr-invalid's default hint is about prefixes: say what this value should look like.
    this.report('cidr-invalid', at(parent, key), r.error, `write ${expected}`);
    return undefined;
  }

  private ruleMap(value: unknown, path: Path): Policy['rules'] | undefined {
    if (!isDict(value)) return this.typeError(path, 'a mapping of rule id to error, warning, info or off', value);
    const out: Policy['rules'] = new Map();
    for (const id of Object.keys(value)) {
      const sev = value[id];
      if (id.startsWith('x-')) continue; // free, as everywhere in the format
      if (!this.knownRules.has(id)) {
        const near = suggest(id, this.knownRules);
        this.report('ref-unknown', [...path, id], `no rule has the id ${id}`,
          near ? `did you mean ${near}? (\`dxplan rules\` lists them)` : 'run `dxplan rules` for the list of ids', true);
        continue;
      }
      if (sev !== 'error' && sev !== 'warning' && sev !== 'info' && sev !== 'off') {
        this.typeError([...path, id], 'error, warning, info or off', sev);
        continue;
      }
      out.set(id, { severity: sev as SeverityOverride, path: [...path, id] });
    }
    return out;
  }

  /** Reads a mapping; undefined when it cannot be built (not a mapping, or a required key broken). */
  object(schema: ObjectSchema, value: unknown, path: Path): Rec | undefined {
    if (!isDict(value)) return this.typeError(path, `a mapping (${withArticle(schema.title)})`, value);
    const v = dict();
    let broken = false;
    for (const key of Object.keys(value)) {
      // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
      const spec = Object.hasOwn(schema.fields, key) ? schema.fields[key] : undefined;
      if (!spec) {
        if (key.startsWith('x-') || (key === 'ignore' && schema.ignorable)) continue;
        const near = suggest(key, Object.keys(schema.fields).concat(schema.ignorable ? ['ignore'] : []));
        this.report('schema-unknown-key', [...path, key], key === '' ? `an empty (null) key in ${withArticle(schema.title)}` : `unknown key \`${key}\` in ${withArticle(schema.title)}`,
          near ? `did you mean \`${near}\`?` : `valid keys: ${Object.keys(schema.fields).join(', ')}`, true);
        continue;
      }
      const raw = value[key];
      // An explicit null reads as omitted (YAML `key:` with no value).
      if (raw === null || raw === undefined) continue;
      const read = this.value(spec.type, raw, path, key);
      if (read === undefined) {
        // A reference key that cannot be read leaves the entity unbuildable (topology.md).
        if (spec.required || spec.type.t === 'ref' || spec.type.t === 'gatewayRef') broken = true;
        continue;
      }
      v[key] = read;
    }
    for (const key of requiredKeys(schema)) {
      if (value[key] === undefined || value[key] === null) {
        this.report('schema-required', path, `the ${schema.title} has no \`${key}\`, which is required`, `add \`${key}:\``);
        broken = true;
      }
    }
    if (schema.ignorable && value.ignore !== undefined) this.ignoreList(value.ignore, path);
    return broken ? undefined : { path, v };
  }

  /** Records an entity's `ignore` entries, kept even when the entity itself is broken. */
  private ignoreList(value: unknown, owner: Path): void {
    const path = [...owner, 'ignore'];
    if (!Array.isArray(value)) {
      this.typeError(path, 'a list of { rule, reason }', value);
      return;
    }
    value.forEach((item, i) => {
      const rec = this.object(IGNORE_SCHEMA, item, [...path, i]);
      if (!rec) return;
      const rule = rec.v.rule as string;
      if (!this.knownRules.has(rule)) {
        const near = suggest(rule, this.knownRules);
        this.report('ref-unknown', [...path, i, 'rule'], `no rule has the id ${rule}`, near ? `did you mean ${near}?` : 'run `dxplan rules` for the list of ids');
        return;
      }
      this.suppressions.push({ rule, reason: rec.v.reason as string, owner });
    });
  }
}

/** Names across the whole file, first come first served, with what was left out. */
class NameTable {
  private readonly first = new Map<string, { kind: EntityKind; path: Path }>();
  private writtenNames: Set<string> | undefined;
  readonly entities = new Map<string, NamedEntity>();

  constructor(private readonly reader: Reader, private readonly data: Dict) {}

  /** Every name written in the file, built or not (see writtenNames); needed only for a reference that misses. */
  get written(): Set<string> {
    return (this.writtenNames ??= writtenNames(this.data));
  }

  /** Claims a name; false when an earlier entity has it (reported on this one). */
  claim(name: string, kind: EntityKind, path: Path): boolean {
    const prior = this.first.get(name);
    if (prior) {
      this.reader.report('name-duplicate', [...path, 'name'],
        `the name ${name} is already used by the ${kindLabel(prior.kind)} at ${formatPath(prior.path)}`,
        'names are unique across the whole file: rename one of them');
      return false;
    }
    this.first.set(name, { kind, path });
    return true;
  }

  add(entity: NamedEntity): void {
    this.entities.set(entity.name, entity);
  }

  /** Resolves a reference; undefined when it names nothing usable (reported unless the target was dropped). */
  resolve<K extends EntityKind>(name: string, kinds: readonly K[] | 'any', where: Path | (() => Path), what: string): Extract<NamedEntity, { kind: K }> | undefined {
    const found = this.entities.get(name);
    const path = (): Path => (typeof where === 'function' ? where() : where);
    if (!found) {
      if (this.written.has(name)) return undefined;
      const near = suggest(name, this.candidates(kinds));
      this.reader.report('ref-unknown', path(), `${what} names ${name}, which is not defined`,
        near ? `did you mean ${near}?` : `define ${name}, or name an existing ${kinds === 'any' ? 'entity' : kinds.map(kindLabel).join(' or ')}`);
      return undefined;
    }
    if (kinds !== 'any' && !(kinds as readonly EntityKind[]).includes(found.kind)) {
      this.reader.report('ref-unknown', path(),
        `${what} names ${name}, a ${kindLabel(found.kind)}; it must be a ${kinds.map(kindLabel).join(' or ')}`,
        `name a ${kinds.map(kindLabel).join(' or ')}`);
      return undefined;
    }
    return found as Extract<NamedEntity, { kind: K }>;
  }

  private candidates(kinds: readonly EntityKind[] | 'any'): string[] {
    const out: string[] = [];
    for (const [name, e] of this.entities) if (kinds === 'any' || kinds.includes(e.kind)) out.push(name);
    return out;
  }
}

export interface LoadResult {
  topology: Topology;
  findings: Finding[];
}

type SectionRecs = { [K in SectionName]: Rec[] };

/**
 * Builds the model from plain data (the document's `toJS`, version already checked).
 * `knownRules` is the rule catalog, for `policy.rules` and `ignore` entries.
 */
export function buildTopology(data: Dict, knownRules: ReadonlySet<string>): LoadResult {
  const reader = new Reader(knownRules);
  const top = reader.object(TOPOLOGY, data, []);
  const v: Dict = top?.v ?? Object.create(null);
  const names = new NameTable(reader, data);

  const recs = Object.create(null) as SectionRecs;
  for (const section of Object.keys(SECTIONS) as SectionName[]) {
    recs[section] = ((v[section] as (Rec | undefined)[] | undefined) ?? []).filter((r): r is Rec => r !== undefined);
  }
  claimNames(data, recs, names);
  const claimed = (r: Rec): boolean => r.claimed === true;

  const t: Topology = {
    name: v.name as string | undefined,
    defaultRegion: v.defaultRegion as string | undefined,
    sites: [], routers: [], hosts: [], locations: [], connections: [], lags: [], vifs: [], vgws: [],
    dxgws: [], tgws: [], vpcs: [], endpoints: [], resources: [], vpns: [], traffic: [], intents: [],
    policy: readPolicy(v.policy as Rec | undefined),
    suppressions: reader.suppressions,
    referencedByUnbuilt: new Set(),
    writtenAt: () => undefined,
    leftOut: 0,
    byName: names.entities,
    byAwsId: new Map(),
  };

  for (const r of recs.sites) {
    if (!claimed(r)) continue;
    const site: Site = {
      kind: 'site', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined,
      asn: r.v.asn as number | undefined, cidrs: prefixList(r.v.cidrs), internet: (r.v.internet as boolean | undefined) ?? true,
      routers: [], hosts: [],
    };
    names.add(site);
    t.sites.push(site);
    for (const rr of recList(r.v.routers)) {
      if (!claimed(rr)) continue;
      const router: Router = { kind: 'router', name: rr.v.name as string, path: rr.path, awsId: rr.v.awsId as string | undefined, site };
      site.routers.push(router);
      t.routers.push(router);
      names.add(router);
    }
    for (const hr of recList(r.v.hosts)) {
      if (!claimed(hr)) continue;
      const host: Host = {
        kind: 'host', name: hr.v.name as string, path: hr.path, awsId: hr.v.awsId as string | undefined, site, ip: hr.v.ip as Address,
      };
      site.hosts.push(host);
      t.hosts.push(host);
      names.add(host);
    }
  }
  for (const r of recs.locations) {
    if (!claimed(r)) continue;
    const loc: Location = {
      kind: 'location', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined, region: r.v.region as string,
    };
    t.locations.push(loc);
    names.add(loc);
  }
  for (const r of recs.vpcs) {
    if (!claimed(r)) continue;
    const vpc: Vpc = {
      kind: 'vpc', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined, region: r.v.region as string,
      cidrs: prefixList(r.v.cidrs), endpoints: [], resources: [], internet: r.v.internet as boolean | undefined,
    };
    t.vpcs.push(vpc);
    names.add(vpc);
    for (const er of recList(r.v.endpoints)) {
      const service = er.v.service as string;
      const type = er.v.type as Endpoint['type'];
      const ep: Endpoint = {
        kind: 'endpoint', name: `${vpc.name}/${service}-${type}`, vpc, service, type,
        azs: (er.v.azs as number | undefined) ?? 2, onPremDns: (er.v.onPremDns as boolean | undefined) ?? true,
        path: er.path, awsId: er.v.awsId as string | undefined,
      };
      vpc.endpoints.push(ep);
      t.endpoints.push(ep);
    }
    for (const rr of recList(r.v.resources)) {
      if (!claimed(rr)) continue;
      const res: Resource = {
        kind: 'resource', name: rr.v.name as string, path: rr.path, awsId: rr.v.awsId as string | undefined, vpc,
        ip: rr.v.ip as Address, publicIp: rr.v.publicIp as Address | undefined, workload: rr.v.kind as string | undefined,
      };
      vpc.resources.push(res);
      t.resources.push(res);
      names.add(res);
    }
  }
  // Entities with references, in dependency order; one that names nothing usable is left out.
  const refOf = <K extends EntityKind>(r: Rec, key: string, kinds: readonly K[], what: string) =>
    names.resolve(r.v[key] as string, kinds, () => [...r.path, key], what);

  for (const r of recs.lags) {
    if (!claimed(r)) continue;
    const location = refOf(r, 'location', ['location'], 'the LAG\'s location');
    if (!location) continue;
    const lag: Lag = {
      kind: 'lag', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined, location,
      minimumLinks: (r.v.minimumLinks as number | undefined) ?? 0, members: [],
    };
    t.lags.push(lag);
    names.add(lag);
  }
  for (const r of recs.connections) {
    if (!claimed(r)) continue;
    const location = refOf(r, 'location', ['location'], 'the connection\'s location');
    const router = refOf(r, 'router', ['router'], 'the connection\'s router');
    const lag = r.v.lag === undefined ? undefined : refOf(r, 'lag', ['lag'], 'the connection\'s lag');
    if (!location || !router || (r.v.lag !== undefined && !lag)) continue;
    const bw = r.v.bandwidth as { text: string; mbps: number };
    const cc = r.v.crossConnect as Rec | undefined;
    const conn: Connection = {
      kind: 'connection', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined,
      type: r.v.type as Connection['type'], bandwidth: bw.text, bandwidthMbps: bw.mbps, location, router,
      awsDevice: r.v.awsDevice as string | undefined, macsec: (r.v.macsec as boolean | undefined) ?? false,
      crossConnect: cc ? { loa: cc.v.loa as string | undefined, monthlyFee: cc.v.monthlyFee as number | undefined } : undefined,
      lag,
    };
    lag?.members.push(conn);
    t.connections.push(conn);
    names.add(conn);
  }
  for (const r of recs.vgws) {
    if (!claimed(r)) continue;
    const vpc = r.v.vpc === undefined ? undefined : refOf(r, 'vpc', ['vpc'], 'the VGW\'s vpc');
    if (r.v.vpc !== undefined && !vpc) continue;
    const vgw: Vgw = {
      kind: 'vgw', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined, region: r.v.region as string, vpc,
      asn: (r.v.asn as number | undefined) ?? 64512,
    };
    t.vgws.push(vgw);
    names.add(vgw);
  }
  for (const r of recs.tgws) {
    if (!claimed(r)) continue;
    const attachments: Vpc[] = [];
    ((r.v.attachments as (string | undefined)[] | undefined) ?? []).forEach((n, i) => {
      if (n === undefined) return;
      const vpc = names.resolve(n, ['vpc'], [...r.path, 'attachments', i], 'the transit gateway attachment');
      if (vpc) attachments.push(vpc);
    });
    const tgw: Tgw = {
      kind: 'tgw', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined, region: r.v.region as string,
      asn: (r.v.asn as number | undefined) ?? 64512, attachments,
    };
    t.tgws.push(tgw);
    names.add(tgw);
  }
  for (const r of recs.dxgws) {
    if (!claimed(r)) continue;
    const dxgw: Dxgw = {
      kind: 'dxgw', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined,
      asn: (r.v.asn as number | undefined) ?? 64512, associations: [],
    };
    for (const ar of recList(r.v.associations)) {
      const gateway = refOf(ar, 'gateway', ['vgw', 'tgw'], 'the association\'s gateway');
      if (!gateway) continue;
      const assoc: DxgwAssociation = {
        dxgw, gateway, path: ar.path,
        allowedPrefixes: ar.v.allowedPrefixes === undefined ? undefined : prefixList(ar.v.allowedPrefixes),
      };
      dxgw.associations.push(assoc);
    }
    t.dxgws.push(dxgw);
    names.add(dxgw);
  }
  for (const r of recs.vpns) {
    if (!claimed(r)) continue;
    const router = refOf(r, 'router', ['router'], 'the VPN\'s router');
    const gateway = refOf(r, 'gateway', ['vgw', 'tgw'], 'the VPN\'s gateway');
    if (!router || !gateway) continue;
    const vpn: Vpn = {
      kind: 'vpn', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined, router, gateway,
      routing: (r.v.routing as Vpn['routing'] | undefined) ?? 'bgp',
      staticRoutes: prefixList(r.v.staticRoutes), advertise: prefixList(r.v.advertise),
    };
    t.vpns.push(vpn);
    names.add(vpn);
  }
  for (const r of recs.vifs) {
    if (!claimed(r)) continue;
    const connection = refOf(r, 'connection', ['connection', 'lag'], 'the VIF\'s connection');
    const gref = r.v.gateway as GatewayRefValue | undefined;
    const gateways: NamedEntity[] = [];
    let gatewaysOk = true;
    gref?.names.forEach((n, i) => {
      const g = names.resolve(n, 'any', gref.isList ? [...r.path, 'gateway', i] : [...r.path, 'gateway'], 'the VIF\'s gateway');
      if (g) gateways.push(g);
      else gatewaysOk = false;
    });
    if (!connection || !gatewaysOk) continue;
    const carrier = connection.kind === 'connection' && connection.lag ? connection.lag : connection;
    const communities = communityList(r.v.communities);
    const asPathPrepend = (r.v.asPathPrepend as number | undefined) ?? 0;
    const med = (r.v.med as number | undefined) ?? 0;
    const advertisements = advertisementList(r.v.advertise, [...r.path, 'advertise'], { asPathPrepend, med, communities });
    const allocation = r.v.prefixAllocation as Rec | undefined;
    const vif: Vif = {
      kind: 'vif', name: r.v.name as string, path: r.path, awsId: r.v.awsId as string | undefined, type: r.v.type as Vif['type'],
      connection, carrier, vlan: r.v.vlan as number,
      asn: (r.v.asn as number | undefined) ?? siteOfCarrier(carrier)?.asn,
      addressFamily: (r.v.addressFamily as Vif['addressFamily'] | undefined) ?? 'ipv4',
      amazonAddress: r.v.amazonAddress as InterfaceAddress | undefined,
      customerAddress: r.v.customerAddress as InterfaceAddress | undefined,
      mtu: (r.v.mtu as number | undefined) ?? 1500,
      bgpAuthKey: r.v.bgpAuthKey as boolean | undefined,
      gateways, gatewayIsList: gref?.isList ?? false,
      advertise: advertisements.map((a) => a.prefix),
      advertisements,
      communities,
      acceptScope: (r.v.acceptScope as Vif['acceptScope'] | undefined) ?? 'global',
      asPathPrepend, med, sitelink: (r.v.sitelink as boolean | undefined) ?? false,
      prefixAllocation: allocation && {
        ipv4: allocation.v.ipv4 as number | undefined, ipv6: allocation.v.ipv6 as number | undefined, path: allocation.path,
      },
    };
    // A VIF on a LAG with no member has no site to inherit from: lag-empty's finding, not this.
    if (vif.asn === undefined && siteOfCarrier(carrier) !== undefined) {
      reader.report('schema-required', r.path, `the VIF has no \`asn\` and its site has none to inherit`, 'add `asn:` to the VIF or to its site');
      continue;
    }
    t.vifs.push(vif);
    names.add(vif);
  }
  for (const r of recs.traffic) {
    const flow: Traffic = {
      kind: 'traffic', name: r.v.name as string | undefined, from: r.v.from as string, to: r.v.to as string,
      gbPerMonth: r.v.gbPerMonth as number, path: r.path,
    };
    t.traffic.push(flow);
  }
  for (const r of recs.intents) {
    const intent: Intent = {
      kind: 'intent', name: r.v.name as string | undefined, from: r.v.from as string, to: r.v.to as string,
      via: (r.v.via as Intent['via'] | undefined) ?? 'any', expect: (r.v.expect as Intent['expect'] | undefined) ?? 'reachable',
      path: r.path,
    };
    t.intents.push(intent);
  }
  t.referencedByUnbuilt = namesReferencedByUnbuilt(data, names.entities);
  t.leftOut = countLeftOut(data, t);
  t.byAwsId = indexAwsIds(t, data, reader);
  t.writtenAt = writtenAtLookup(data, names.entities, reader.findings.length > 0);
  return { topology: t, findings: reader.findings };

  // --- helpers that need the closure's tables ---
  function readPolicy(rec: Rec | undefined): Policy {
    return {
      resiliency: (rec?.v.resiliency as Policy['resiliency'] | undefined) ?? 'none',
      rules: (rec?.v.rules as Policy['rules'] | undefined) ?? new Map(),
    };
  }
}

const NAMED_SECTIONS: { section: SectionName; kind: EntityKind; nested?: { key: string; kind: EntityKind }[] }[] = [
  { section: 'sites', kind: 'site', nested: [{ key: 'routers', kind: 'router' }, { key: 'hosts', kind: 'host' }] },
  { section: 'locations', kind: 'location' },
  { section: 'connections', kind: 'connection' },
  { section: 'lags', kind: 'lag' },
  { section: 'vifs', kind: 'vif' },
  { section: 'vgws', kind: 'vgw' },
  { section: 'dxgws', kind: 'dxgw' },
  { section: 'tgws', kind: 'tgw' },
  { section: 'vpcs', kind: 'vpc', nested: [{ key: 'resources', kind: 'resource' }] },
  { section: 'vpns', kind: 'vpn' },
];

/** Claims names in document order: the later duplicate is the one reported and left out. */
function claimNames(data: Dict, recs: SectionRecs, names: NameTable): void {
  for (const section of Object.keys(data)) {
    const spec = NAMED_SECTIONS.find((s) => s.section === section);
    if (!spec) continue;
    for (const r of recs[spec.section]) {
      if (!names.claim(r.v.name as string, spec.kind, r.path)) continue;
      r.claimed = true;
      for (const nested of spec.nested ?? []) {
        for (const nr of recList(r.v[nested.key])) {
          if (names.claim(nr.v.name as string, nested.kind, nr.path)) nr.claimed = true;
        }
      }
    }
  }
}

/**
 * Every name written in the file. One that never becomes an entity belongs to an entity
 * that could not be built, and references to it give no second diagnostic.
 */
function writtenNames(data: Dict): Set<string> {
  const written = new Set<string>();
  const add = (entities: WrittenEntity[]): void => {
    for (const e of entities) {
      written.add(e.name);
      add(e.children);
    }
  };
  add(entitiesWritten(data));
  return written;
}

/** An entity as written in the document, whether or not the loader could build it. */
export interface WrittenEntity {
  name: string;
  kind: EntityKind;
  /** Its mapping's path; the name is at `[...path, 'name']`. */
  path: Path;
  /** The entities nested in it (a site's routers and hosts, a VPC's resources). */
  children: WrittenEntity[];
}

/** The named entities written in a document, in section order then document order (editor outlines). */
export function entitiesWritten(data: unknown): WrittenEntity[] {
  const out: WrittenEntity[] = [];
  if (!isDict(data)) return out;
  const visit = (items: unknown, path: Path, kind: EntityKind, into: WrittenEntity[], nested: { key: string; kind: EntityKind }[] = []): void => {
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      if (!isDict(item) || typeof item.name !== 'string') return;
      const entity: WrittenEntity = { name: item.name, kind, path: [...path, i], children: [] };
      into.push(entity);
      for (const n of nested) visit(item[n.key], [...path, i, n.key], n.kind, entity.children);
    });
  };
  for (const spec of NAMED_SECTIONS) visit(data[spec.section], [spec.section], spec.kind, out, spec.nested);
  return out;
}

/**
 * Entries the file writes that the model does not hold: section items, and named entities nested
 * in them. A nested entity is built only at the place it is written, so counting suffices.
 */
function countLeftOut(data: Dict, t: Topology): number {
  let n = 0;
  for (const section of Object.keys(SECTIONS) as SectionName[]) {
    const items = data[section];
    if (Array.isArray(items)) n += Math.max(0, items.length - t[section].length);
  }
  let nestedWritten = 0;
  for (const spec of NAMED_SECTIONS) {
    const items = data[spec.section];
    if (!spec.nested || !Array.isArray(items)) continue;
    for (const item of items) {
      if (!isDict(item) || typeof item.name !== 'string') continue;
      for (const { key } of spec.nested) {
        const children = item[key];
        if (Array.isArray(children)) for (const c of children) if (isDict(c) && typeof c.name === 'string') nestedWritten++;
      }
    }
  }
  return n + nestedWritten - (t.routers.length + t.hosts.length + t.resources.length);
}

/**
 * Where a name that became no entity is written as a `name:` anywhere in the document (a broken
 * entity, or a block indented under the wrong key); traffic and intents excepted. Only a file
 * with loader findings has such names, so only then is the document walked; the lookup keeps
 * the paths, not the document (which would stay alive as long as the model).
 */
function writtenAtLookup(data: Dict, built: ReadonlyMap<string, NamedEntity>, hasFindings: boolean): (name: string) => Path | undefined {
  if (!hasFindings) return () => undefined;
  const found = new Map<string, Path>();
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => { path.push(i); visit(item); path.pop(); });
      return;
    }
    if (!isDict(value)) return;
    const name = value.name;
    if (path.length > 0 && typeof name === 'string' && !built.has(name) && !found.has(name)) found.set(name, [...path]);
    for (const key of Object.keys(value)) {
      if (path.length === 0 && (key === 'traffic' || key === 'intents')) continue;
      path.push(key);
      visit(value[key]);
      path.pop();
    }
  };
  visit(data);
  return (name) => found.get(name);
}

/**
 * Names that entities left out of the model refer to (by a reference key), so that a rule
 * counting uses (an unused connection) does not add a second diagnostic to theirs.
 */
function namesReferencedByUnbuilt(data: Dict, built: ReadonlyMap<string, NamedEntity>): Set<string> {
  const out = new Set<string>();
  for (const section of Object.keys(SECTIONS) as SectionName[]) {
    const items = data[section];
    if (!Array.isArray(items)) continue;
    const fields = Object.entries(SECTIONS[section].fields).filter(([, f]) => f.type.t === 'ref' || f.type.t === 'gatewayRef');
    for (const item of items) {
      if (!isDict(item) || (typeof item.name === 'string' && built.get(item.name)?.path[0] === section)) continue;
      for (const [key] of fields) {
        const v = item[key];
        for (const ref of Array.isArray(v) ? v : [v]) if (typeof ref === 'string') out.add(ref);
      }
    }
  }
  return out;
}

/**
 * The entities with an `awsId`, by id. A repeated id is reported on the later entity in the
 * document (both stay in the model: the id is metadata, nothing references it).
 */
function indexAwsIds(t: Topology, data: Dict, reader: Reader): Map<string, NamedEntity | Endpoint> {
  const withId: (NamedEntity | Endpoint)[] = [];
  for (const e of t.byName.values()) if (e.awsId !== undefined) withId.push(e);
  for (const e of t.endpoints) if (e.awsId !== undefined) withId.push(e);
  const sectionRank = new Map(Object.keys(data).map((k, i) => [k, i]));
  withId.sort((a, b) => compareDocumentPaths(a.path, b.path, sectionRank));
  const out = new Map<string, NamedEntity | Endpoint>();
  for (const e of withId) {
    const id = e.awsId as string;
    const first = out.get(id);
    if (!first) {
      out.set(id, e);
      continue;
    }
    reader.report('name-duplicate', [...e.path, 'awsId'],
      `the awsId ${id} is already given to ${first.name} at ${formatPath(first.path)}`,
      'an AWS id names one object: correct one of the two');
  }
  return out;
}

/** Document order of two paths: top-level sections in the order written, then list indices. */
function compareDocumentPaths(a: Path, b: Path, sectionRank: ReadonlyMap<string, number>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (i === 0) return (sectionRank.get(String(x)) ?? 0) - (sectionRank.get(String(y)) ?? 0);
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function communityList(value: unknown): string[] {
  return ((value as (string | undefined)[] | undefined) ?? []).filter((c): c is string => c !== undefined);
}

/**
 * A VIF's `advertise` entries with the attributes each is advertised with: a mapping's own,
 * else the VIF's (an entry's `communities` replace the VIF's: topology.md, Additions).
 */
function advertisementList(
  value: unknown, listPath: Path, vifAttributes: Pick<Advertisement, 'asPathPrepend' | 'med' | 'communities'>,
): Advertisement[] {
  const out: Advertisement[] = [];
  ((value as (Prefix | AdvertisementValue | undefined)[] | undefined) ?? []).forEach((entry, i) => {
    if (entry === undefined) return;
    const own = 'attributes' in entry ? entry.attributes.v : undefined;
    const prefix = 'attributes' in entry ? entry.prefix : entry;
    documentIndex.set(prefix, i);
    out.push({
      prefix,
      asPathPrepend: (own?.asPathPrepend as number | undefined) ?? vifAttributes.asPathPrepend,
      med: (own?.med as number | undefined) ?? vifAttributes.med,
      communities: own?.communities === undefined ? vifAttributes.communities : communityList(own.communities),
      path: [...listPath, i],
    });
  });
  return out;
}

function recList(value: unknown): Rec[] {
  return ((value as (Rec | undefined)[] | undefined) ?? []).filter((r): r is Rec => r !== undefined);
}

/**
 * Where each prefix of a list stood in the document: invalid items are left out of the
 * model's lists, so a rule reporting on an item must not use its position in the model.
 */
const documentIndex = new WeakMap<Prefix, number>();

/** The index of a prefix in the YAML list it was read from. */
export function indexInDocument(prefix: Prefix): number {
  return documentIndex.get(prefix) ?? 0;
}

function prefixList(value: unknown): Prefix[] {
  const out: Prefix[] = [];
  ((value as (Prefix | undefined)[] | undefined) ?? []).forEach((p, i) => {
    if (p === undefined) return;
    documentIndex.set(p, i);
    out.push(p);
  });
  return out;
}

/** The site a connection or LAG ends on: its router's, or its first member's. */
export function siteOfCarrier(carrier: Connection | Lag): Site | undefined {
  if (carrier.kind === 'connection') return carrier.router.site;
  return carrier.members[0]?.router.site;
}
