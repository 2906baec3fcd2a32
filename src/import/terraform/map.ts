// Maps Terraform resources to a dxplan topology draft. Everything written comes from the
// plan; what Terraform does not know (the on-premise side, values known only after apply,
// ids of resources outside the plan) becomes a `TODO` placeholder with a comment saying
// what belongs there, never a guess.
import { NAME_PATTERN } from '../../model/schema';
import { isRegion } from '../../net/regions';
import { ReferenceResolver } from './references';
import type { TfInput, TfResource } from './plan';
import { Draft, draftStub, kindOfId, ON_PREM_DNS_NOTE, sanitizeName, WHAT, writeEndpointService, type Kind, type Out, type Path } from '../draft';

export { sanitizeName } from '../draft';

interface Entity {
  kind: Kind;
  name: string;
  path: Path;
  out: Out;
  res?: TfResource;
}

/** Resource types that become a named entity. */
const ENTITY_TYPES: Readonly<Record<string, Kind>> = {
  aws_dx_connection: 'connection',
  aws_dx_lag: 'lag',
  aws_dx_private_virtual_interface: 'vif',
  aws_dx_public_virtual_interface: 'vif',
  aws_dx_transit_virtual_interface: 'vif',
  aws_dx_hosted_private_virtual_interface: 'vif',
  aws_dx_hosted_transit_virtual_interface: 'vif',
  aws_dx_hosted_private_virtual_interface_accepter: 'vif',
  aws_dx_hosted_transit_virtual_interface_accepter: 'vif',
  aws_vpn_gateway: 'vgw',
  aws_dx_gateway: 'dxgw',
  aws_ec2_transit_gateway: 'tgw',
  aws_vpc: 'vpc',
  aws_vpn_connection: 'vpn',
  aws_customer_gateway: 'router',
};

/** Data sources read as the entity they describe (something outside this configuration). */
const DATA_TYPES: ReadonlySet<string> = new Set(['aws_vpc', 'aws_dx_gateway', 'aws_ec2_transit_gateway', 'aws_vpn_gateway', 'aws_dx_connection', 'aws_customer_gateway']);

/** Resource types that add to entities: associations, attachments, endpoints, routes. */
const LINK_TYPES: ReadonlySet<string> = new Set([
  'aws_dx_gateway_association', 'aws_ec2_transit_gateway_vpc_attachment', 'aws_vpc_endpoint',
  'aws_vpc_ipv4_cidr_block_association', 'aws_vpn_gateway_attachment', 'aws_dx_connection_association',
  'aws_vpn_connection_route',
]);

const SECTION: Readonly<Record<Exclude<Kind, 'router' | 'site'>, string>> = {
  location: 'locations', connection: 'connections', lag: 'lags', vif: 'vifs', vgw: 'vgws',
  dxgw: 'dxgws', tgw: 'tgws', vpc: 'vpcs', vpn: 'vpns',
};

/** Which kind gets a contested name, first to last. */
const NAME_PRIORITY: readonly Kind[] = ['location', 'vpc', 'router', 'connection', 'lag', 'dxgw', 'tgw', 'vgw', 'vif', 'vpn'];

/** Suffix that tells entities of different kinds with the same Terraform name apart. */
const KIND_SUFFIX: Readonly<Record<Kind, string>> = {
  location: 'loc', site: 'site', router: 'router', connection: 'dx', lag: 'lag', vif: 'vif', vgw: 'vgw',
  dxgw: 'dxgw', tgw: 'tgw', vpc: 'vpc', vpn: 'vpn',
};

const GENERIC_NAMES: ReadonlySet<string> = new Set(['this', 'main', 'default', 'self', 'these']);

/** Accepters of hosted VIFs: in the VIF owner's account, they add the gateway to the VIF. */
const ACCEPTERS: ReadonlySet<string> = new Set(['aws_dx_hosted_private_virtual_interface_accepter', 'aws_dx_hosted_transit_virtual_interface_accepter']);

/** The name the user gave the object: its `Name` tag, else its `name` argument. */
function givenName(res: TfResource): string | undefined {
  const tags = res.values.tags;
  const tag = typeof tags === 'object' && tags !== null && !res.unknown.has('tags') ? (tags as Record<string, unknown>).Name : undefined;
  for (const candidate of [tag, res.unknown.has('name') ? undefined : res.values.name]) {
    if (typeof candidate === 'string' && NAME_PATTERN.test(candidate)) return candidate;
  }
  return undefined;
}

/** The region in an ARN the state records: `arn:aws:directconnect:eu-west-1:…`. */
function arnRegion(res: TfResource): string | undefined {
  const arn = res.values.arn;
  if (typeof arn !== 'string' || res.unknown.has('arn')) return undefined;
  const m = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]+):/.exec(arn);
  return m && isRegion(m[1]) ? m[1] : undefined;
}

function baseName(res: TfResource): string {
  let stem = res.name;
  if (GENERIC_NAMES.has(stem) && res.moduleAddress !== '') {
    const last = /module\.([A-Za-z0-9_-]+)(?:\[("(?:[^"\\]|\\.)*"|[0-9]+)\])?$/.exec(res.moduleAddress);
    if (last) stem = last[2] === undefined ? last[1] : `${last[1]}-${last[2].startsWith('"') ? (JSON.parse(last[2]) as string) : last[2]}`;
  }
  return sanitizeName(res.index === undefined ? stem : `${stem}-${res.index}`);
}

const asInt = (v: unknown): unknown => (typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : v);
const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);
const isSet = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

interface CopyOptions {
  convert?: (v: unknown) => unknown;
  /** The key is required: a value Terraform leaves unset becomes a TODO saying this. */
  required?: string;
  /** What AWS does when the value is left to it, for the TODO comment. */
  afterApply?: string;
}

type RefResult = { entity: Entity } | { missing: string; unknown: boolean } | undefined;

export class Importer {
  readonly draft = new Draft();
  private readonly resolver: ReferenceResolver;
  private readonly names = new Set<string>();
  private readonly byId = new Map<string, Entity>();
  private readonly byAddress = new Map<string, Entity>();
  private readonly sections = new Map<string, Out[]>();
  /** Entities made from resources, in name-priority order (stubs are not here). */
  private readonly created: Entity[] = [];
  private site: Out | undefined;
  private routers: Out[] = [];
  private readonly regions = new Set<string>();
  /** Addresses of hosted VIFs whose accepter is in the plan too. */
  private accepted = new Set<string>();

  constructor(private readonly input: TfInput) {
    this.resolver = new ReferenceResolver(input);
  }

  run(): void {
    const entities: { kind: Kind; res: TfResource }[] = [];
    const links: TfResource[] = [];
    const managedIds = new Set<string>();
    for (const res of this.input.resources) {
      const kind = ENTITY_TYPES[res.type];
      if (res.mode === 'managed' && kind) {
        entities.push({ kind, res });
        if (typeof res.values.id === 'string') managedIds.add(res.values.id);
      } else if (res.mode === 'managed' && LINK_TYPES.has(res.type)) {
        links.push(res);
      }
    }
    const dataAliases: TfResource[] = [];
    for (const res of this.input.resources) {
      const kind = ENTITY_TYPES[res.type];
      if (res.mode !== 'data' || !kind || !DATA_TYPES.has(res.type)) continue;
      // A data source for something this plan also manages is the same object.
      if (typeof res.values.id === 'string' && managedIds.has(res.values.id)) dataAliases.push(res);
      else entities.push({ kind, res });
    }

    // An accepter of a hosted VIF this plan also creates adds to that VIF; alone, it is the VIF.
    const accepters: TfResource[] = [];
    for (const e of [...entities]) {
      if (!ACCEPTERS.has(e.res.type) || !this.hostedVifOf(e.res, entities)) continue;
      accepters.push(e.res);
      entities.splice(entities.indexOf(e), 1);
    }
    this.accepted = new Set(accepters.map((a) => this.hostedVifOf(a, entities)?.address as string));

    const hasOnPrem = entities.some((e) => ['connection', 'lag', 'vif', 'vpn', 'router'].includes(e.kind));
    if (hasOnPrem) this.createSite();
    this.createLocations(entities);
    for (const kind of NAME_PRIORITY) {
      for (const { res } of entities.filter((e) => e.kind === kind)) this.createEntity(kind, res);
    }
    for (const res of dataAliases) {
      const entity = this.byId.get(res.values.id as string);
      if (entity) this.byAddress.set(res.address, entity);
    }

    for (const entity of this.created) this.fill(entity);
    for (const res of links) this.link(res);
    for (const res of accepters) this.accept(res, entities);
    this.finishSite();
    if (this.regions.size === 1) this.draft.root.defaultRegion = [...this.regions][0];
  }

  // --- entities -------------------------------------------------------------------------

  private section(name: string): Out[] {
    let list = this.sections.get(name);
    if (!list) {
      list = [];
      this.sections.set(name, list);
      this.draft.root[name] = list;
    }
    return list;
  }

  private allocateName(base: string, kind: Kind): string {
    const candidates = [base, `${base}-${KIND_SUFFIX[kind]}`];
    for (const c of candidates) {
      if (!this.names.has(c)) {
        this.names.add(c);
        return c;
      }
    }
    for (let n = 2; ; n++) {
      const c = `${base}-${KIND_SUFFIX[kind]}-${n}`;
      if (!this.names.has(c)) {
        this.names.add(c);
        return c;
      }
    }
  }

  /** Adds an entity to its section (a router to the site) and returns it. */
  private add(kind: Kind, name: string, res?: TfResource): Entity {
    const out: Out = { name };
    let path: Path;
    if (kind === 'router') {
      path = ['sites', 0, 'routers', this.routers.length];
      this.routers.push(out);
    } else {
      const section = SECTION[kind as Exclude<Kind, 'router' | 'site'>];
      const list = this.section(section);
      path = [section, list.length];
      list.push(out);
    }
    const entity: Entity = { kind, name, path, out, res };
    if (res) {
      this.byAddress.set(res.address, entity);
      const id = ACCEPTERS.has(res.type) ? res.values.virtual_interface_id : res.values.id;
      if (typeof id === 'string' && id !== '' && !res.unknown.has(ACCEPTERS.has(res.type) ? 'virtual_interface_id' : 'id')) {
        this.byId.set(id, entity);
        // The AWS id, for `dxplan drift`.
        out.awsId = id;
      }
    }
    return entity;
  }

  private createEntity(kind: Kind, res: TfResource): void {
    // The name the user gave it (`tvif-csva1`), not the Terraform label (`csva1`), when free.
    const given = givenName(res);
    const name = given !== undefined && !this.names.has(given) ? given : this.allocateName(baseName(res), kind);
    this.names.add(name);
    const entity = this.add(kind, name, res);
    this.created.push(entity);
    this.draft.comment([...entity.path, 'name'], provenance(res));
  }

  private createSite(): void {
    // A real name, so references to the site work before it is renamed.
    this.site = { name: this.allocateName('onprem', 'site') };
    this.section('sites').push(this.site);
    this.draft.before(['sites', 0], 'Terraform does not describe the on-premise side: name the site, give its address\n'
      + 'space and the routers that terminate each connection (add sites if you have several).');
    this.draft.comment(['sites', 0, 'name'], 'TODO: the on-premise site\'s name');
    this.draft.count('todo');
  }

  private finishSite(): void {
    if (!this.site) return;
    const asns = new Set<unknown>();
    for (const e of this.byAddress.values()) {
      if ((e.kind === 'router' || e.kind === 'vif') && e.res && !e.res.unknown.has('bgp_asn')) {
        const asn = asInt(e.res.values.bgp_asn);
        if (typeof asn === 'number') asns.add(asn);
      }
    }
    if (asns.size === 1) {
      this.site.asn = [...asns][0];
      this.draft.comment(['sites', 0, 'asn'], 'the BGP ASN of the customer gateways and VIFs in the plan');
    }
    this.draft.todo(['sites', 0, 'cidrs'], this.site, 'cidrs', 'the site\'s address space, e.g. [10.0.0.0/16]');
    if (this.routers.length > 0) this.site.routers = this.routers;
    else this.draft.todo(['sites', 0, 'routers'], this.site, 'routers', 'the customer routers that terminate the connections, e.g. [{name: hq-r1}]');
  }

  private createLocations(entities: { kind: Kind; res: TfResource }[]): void {
    const byCode = new Map<string, TfResource[]>();
    for (const { kind, res } of entities) {
      if ((kind === 'connection' || kind === 'lag') && typeof res.values.location === 'string' && res.values.location !== '') {
        const list = byCode.get(res.values.location) ?? [];
        list.push(res);
        byCode.set(res.values.location, list);
      }
    }
    for (const code of [...byCode.keys()].sort()) {
      const users = byCode.get(code) ?? [];
      const entity = this.add('location', this.allocateName(sanitizeName(code), 'location'));
      this.byAddress.set(`location:${code}`, entity);
      const regions = new Map<string, TfResource>();
      for (const res of users) {
        const region = this.regionOf(res);
        if (region && !regions.has(region)) regions.set(region, res);
      }
      const path = [...entity.path, 'region'];
      if (regions.size === 1) {
        const [[region, res]] = [...regions];
        entity.out.region = region;
        this.regions.add(region);
        this.draft.comment(path, `the region ${res.address} is created in`);
      } else if (regions.size > 1) {
        this.draft.todo(path, entity.out, 'region', `the region ${code} is associated with; the plan creates its connections in ${[...regions.keys()].join(' and ')}`);
      } else {
        this.draft.todo(path, entity.out, 'region', `the AWS region ${code} is associated with (the plan does not say which region its provider uses)`);
      }
    }
  }

  private regionOf(res: TfResource): string | undefined {
    const own = res.values.region;
    if (typeof own === 'string' && own !== '' && !res.unknown.has('region')) return own;
    return arnRegion(res) ?? this.input.providerRegion(res);
  }

  private setRegion(entity: Entity): void {
    const res = entity.res;
    const path = [...entity.path, 'region'];
    const region = res ? this.regionOf(res) : undefined;
    if (region) {
      entity.out.region = region;
      this.regions.add(region);
    } else {
      this.draft.todo(path, entity.out, 'region', res
        ? `the AWS region of ${res.address} (the plan does not say which region its provider uses)`
        : `the AWS region of ${entity.name}`);
    }
  }

  /** Copies a Terraform attribute; a value known only after apply becomes a TODO. */
  private copy(entity: Entity, key: string, attribute: string, options: CopyOptions = {}): void {
    const res = entity.res;
    if (!res) return;
    const { convert = (v: unknown) => v, required, afterApply } = options;
    const path = [...entity.path, key];
    if (res.unknown.has(attribute)) {
      const reason = `known after apply (${res.address}.${attribute})${afterApply ? `; ${afterApply}` : ''}`;
      this.draft.todo(path, entity.out, key, reason, `${res.address}.${attribute}`);
      return;
    }
    const value = res.values[attribute];
    if (isSet(value)) entity.out[key] = convert(value);
    else if (required) this.draft.todo(path, entity.out, key, `${required} (${res.address}.${attribute} is not set)`);
  }

  /** Writes a reference to another entity, or a TODO saying why it is not known. */
  private reference(entity: Entity, key: string, attribute: string, kinds: Kind[], required = true): Entity | undefined {
    const res = entity.res;
    if (!res) return undefined;
    const found = this.resolve(res, attribute, kinds);
    const path = [...entity.path, key];
    if (found && 'entity' in found) {
      entity.out[key] = found.entity.name;
      return found.entity;
    }
    if (found) {
      this.draft.todo(path, entity.out, key, `the ${kinds.map((k) => WHAT[k]).join(' or ')}: ${found.missing}`, found.unknown ? `${res.address}.${attribute}` : undefined);
    } else if (required) {
      this.draft.todo(path, entity.out, key, `the ${kinds.map((k) => WHAT[k]).join(' or ')} (${res.address}.${attribute} is not set)`);
    }
    return undefined;
  }

  /**
   * What `res.attribute` refers to: by id where the plan knows it, else by the one resource
   * its configuration expression names. An id outside the plan gets a stub entity.
   */
  private resolve(res: TfResource, attribute: string, kinds: Kind[]): RefResult {
    const value = res.values[attribute];
    if (typeof value === 'string' && value !== '' && !res.unknown.has(attribute)) return this.byIdRef(value, kinds, res);
    if (!res.unknown.has(attribute)) return undefined;
    const target = this.resolver.resolve(res, attribute);
    if (target && 'address' in target) {
      const entity = this.byAddress.get(target.address);
      if (entity && kinds.includes(entity.kind)) return { entity };
      return { missing: `${res.address}.${attribute} comes from ${target.address}, which is not a ${kinds.map((k) => WHAT[k]).join(' or ')}`, unknown: false };
    }
    if (target) return this.byIdRef(target.id, kinds, res);
    return { missing: `known after apply (${res.address}.${attribute}), and the configuration names no single resource`, unknown: true };
  }

  private byIdRef(id: string, kinds: Kind[], res: TfResource): RefResult {
    const entity = this.byId.get(id);
    if (entity) {
      return kinds.includes(entity.kind) ? { entity } : { missing: `${id} is ${WHAT[entity.kind]} ${entity.name}`, unknown: false };
    }
    const kind = kindOfId(id);
    if (kind && kinds.includes(kind)) return { entity: this.stub(kind, id, res) };
    return { missing: `${id} (${res.address}) is not in this plan`, unknown: false };
  }

  /** An object outside the plan, known by its id: a named placeholder to complete. */
  private stub(kind: Kind, id: string, referrer: TfResource): Entity {
    const entity = this.add(kind, this.allocateName(sanitizeName(id), kind));
    this.byId.set(id, entity);
    entity.out.awsId = id;
    draftStub(this.draft, kind, entity.path, entity.out, id, `is not in this plan (${referrer.address} uses it)`);
    return entity;
  }

  private fill(entity: Entity): void {
    const res = entity.res;
    if (!res) return;
    const v = res.values;
    switch (entity.kind) {
      case 'connection': {
        const bandwidth = typeof v.bandwidth === 'string' ? v.bandwidth : '';
        const hosted = (typeof v.partner_name === 'string' && v.partner_name !== '') || /Mbps$|^(2|5|25)Gbps$/.test(bandwidth);
        entity.out.type = hosted ? 'hosted' : 'dedicated';
        this.copy(entity, 'bandwidth', 'bandwidth', { required: 'the port speed' });
        this.locationOf(entity);
        this.draft.todo([...entity.path, 'router'], entity.out, 'router', `the customer router that terminates ${entity.name} (a name under sites[].routers)`);
        this.copy(entity, 'awsDevice', 'aws_device', { afterApply: 'AWS picks the device; delete the line until then' });
        if (v.request_macsec === true) entity.out.macsec = true;
        break;
      }
      case 'lag':
        this.locationOf(entity);
        if (isSet(v.connection_id) || res.unknown.has('connection_id')) {
          // The LAG names an existing connection to migrate into it.
          const member = this.resolve(res, 'connection_id', ['connection']);
          if (member && 'entity' in member) member.entity.out.lag = entity.name;
        }
        break;
      case 'vif':
        this.fillVif(entity, res);
        break;
      case 'vgw':
        this.setRegion(entity);
        if (isSet(v.vpc_id) || res.unknown.has('vpc_id')) this.reference(entity, 'vpc', 'vpc_id', ['vpc']);
        else if (isSet(v.attached_vpc_id)) this.reference(entity, 'vpc', 'attached_vpc_id', ['vpc']);
        this.copy(entity, 'asn', 'amazon_side_asn', { convert: asInt, afterApply: 'AWS uses 64512 when none is given' });
        break;
      case 'dxgw':
        this.copy(entity, 'asn', 'amazon_side_asn', { convert: asInt });
        break;
      case 'tgw':
        this.setRegion(entity);
        this.copy(entity, 'asn', 'amazon_side_asn', { convert: asInt });
        break;
      case 'vpc': {
        this.setRegion(entity);
        const path = [...entity.path, 'cidrs'];
        if (res.unknown.has('cidr_block')) {
          this.draft.todo(path, entity.out, 'cidrs', `known after apply (${res.address}.cidr_block, e.g. from IPAM)`, `${res.address}.cidr_block`);
        } else {
          const cidrs = [v.cidr_block, v.ipv6_cidr_block].filter((c): c is string => typeof c === 'string' && c !== '');
          // A data source lists every block it has.
          if (Array.isArray(v.cidr_block_associations)) {
            for (const a of v.cidr_block_associations) {
              const c = (a as { cidr_block?: unknown })?.cidr_block;
              if (typeof c === 'string' && c !== '' && !cidrs.includes(c)) cidrs.push(c);
            }
          }
          if (cidrs.length > 0) entity.out.cidrs = cidrs;
          else this.draft.todo(path, entity.out, 'cidrs', `the CIDR blocks of ${res.address} (not set in the plan)`);
        }
        break;
      }
      case 'vpn': {
        this.reference(entity, 'router', 'customer_gateway_id', ['router']);
        const gatewayAttr = isSet(v.transit_gateway_id) || res.unknown.has('transit_gateway_id') ? 'transit_gateway_id' : 'vpn_gateway_id';
        this.reference(entity, 'gateway', gatewayAttr, gatewayAttr === 'transit_gateway_id' ? ['tgw'] : ['vgw']);
        this.copy(entity, 'routing', 'static_routes_only', { convert: (s) => (s === true ? 'static' : 'bgp') });
        if (entity.out.routing === undefined && !res.unknown.has('static_routes_only')) entity.out.routing = 'bgp';
        if (entity.out.routing === 'bgp') this.draft.note(entity.path, 'advertise: the prefixes your router announces over this VPN (Terraform does not know them)');
        break;
      }
      case 'router': {
        const facts = [v.ip_address, isSet(v.bgp_asn) ? `BGP ASN ${String(v.bgp_asn)}` : undefined, v.device_name].filter((x) => isSet(x)).map(String);
        if (facts.length > 0) this.draft.comment([...entity.path, 'name'], facts.join(', '));
        break;
      }
      default:
        break;
    }
  }

  private locationOf(entity: Entity): void {
    const res = entity.res as TfResource;
    const code = res.values.location;
    const location = typeof code === 'string' ? this.byAddress.get(`location:${code}`) : undefined;
    if (location && !res.unknown.has('location')) entity.out.location = location.name;
    else this.copy(entity, 'location', 'location', { required: 'the Direct Connect location code' });
  }

  private fillVif(entity: Entity, res: TfResource): void {
    const v = res.values;
    const type = res.type.replace(/^aws_dx_(hosted_)?|_virtual_interface(_accepter)?$/g, '');
    entity.out.type = type;
    if (ACCEPTERS.has(res.type)) {
      // Only the accepter is here: the VIF itself lives in the account that owns the connection.
      const elsewhere = 'the hosted VIF is created in the account that owns the connection';
      this.draft.todo([...entity.path, 'connection'], entity.out, 'connection', `the connection or LAG of the hosted VIF (${elsewhere})`);
      this.draft.todo([...entity.path, 'vlan'], entity.out, 'vlan', `the VLAN id (${elsewhere})`);
    } else {
      this.reference(entity, 'connection', 'connection_id', ['connection', 'lag']);
      this.copy(entity, 'vlan', 'vlan', { convert: asInt, required: 'the VLAN id' });
      this.copy(entity, 'asn', 'bgp_asn', { convert: asInt });
      this.copy(entity, 'addressFamily', 'address_family');
      const assigned = { afterApply: 'AWS assigns a 169.254.0.0/16 pair when none is given' };
      this.copy(entity, 'amazonAddress', 'amazon_address', type === 'public' ? {} : assigned);
      this.copy(entity, 'customerAddress', 'customer_address', type === 'public' ? {} : assigned);
      if (type !== 'public') this.copy(entity, 'mtu', 'mtu', { convert: asInt });
    }
    // AWS always sets an MD5 key: it generates one when none is given. Never the key itself.
    entity.out.bgpAuthKey = true;
    if (!isSet(v.bgp_auth_key) && !ACCEPTERS.has(res.type)) this.draft.comment([...entity.path, 'bgpAuthKey'], 'AWS generates a key when none is given');
    if (v.sitelink_enabled === true && !res.unknown.has('sitelink_enabled')) entity.out.sitelink = true;
    if (/^aws_dx_hosted_/.test(res.type) && !ACCEPTERS.has(res.type)) {
      if (!this.accepted.has(res.address)) this.draft.note(entity.path, 'gateway: the VGW or DXGW the VIF owner attaches it to when accepting it (aws_dx_hosted_*_accepter, in their account)');
    } else if (type !== 'public') {
      this.vifGateway(entity, res, type);
    }
    if (type === 'public') {
      if (res.unknown.has('route_filter_prefixes')) {
        this.draft.todo([...entity.path, 'advertise'], entity.out, 'advertise', `known after apply (${res.address}.route_filter_prefixes)`, `${res.address}.route_filter_prefixes`);
      } else {
        entity.out.advertise = stringList(v.route_filter_prefixes);
      }
      this.draft.note(entity.path, 'acceptScope: which AWS prefixes your router accepts (region, continent or global; default global)');
    } else {
      this.draft.note(entity.path, 'advertise: the prefixes your router announces over this VIF (Terraform does not know them)');
    }
  }

  /** A private VIF's DXGW or VGW, a transit VIF's DXGW, from `res` (the VIF or its accepter). */
  private vifGateway(entity: Entity, res: TfResource, type: string): void {
    const v = res.values;
    if (type === 'private') {
      const viaDxgw = isSet(v.dx_gateway_id) || res.unknown.has('dx_gateway_id');
      if (viaDxgw) this.reference(entity, 'gateway', 'dx_gateway_id', ['dxgw']);
      else if (isSet(v.vpn_gateway_id) || res.unknown.has('vpn_gateway_id')) this.reference(entity, 'gateway', 'vpn_gateway_id', ['vgw']);
    } else if (type === 'transit') {
      this.reference(entity, 'gateway', 'dx_gateway_id', ['dxgw']);
    }
  }

  /** The hosted VIF in this plan an accepter accepts: by id, or by the one resource it references. */
  private hostedVifOf(accepter: TfResource, entities: { res: TfResource }[]): TfResource | undefined {
    const hosted = entities.map((e) => e.res).filter((r) => /^aws_dx_hosted_(private|transit)_virtual_interface$/.test(r.type));
    const id = accepter.values.virtual_interface_id;
    if (typeof id === 'string' && id !== '' && !accepter.unknown.has('virtual_interface_id')) return hosted.find((r) => r.values.id === id);
    const target = this.resolver.resolve(accepter, 'virtual_interface_id');
    return target && 'address' in target ? hosted.find((r) => r.address === target.address) : undefined;
  }

  /** The accepter's side of a hosted VIF: the gateway the VIF owner attaches it to. */
  private accept(accepter: TfResource, entities: { res: TfResource }[]): void {
    const hosted = this.hostedVifOf(accepter, entities);
    const vif = hosted && this.byAddress.get(hosted.address);
    if (!vif) return;
    this.byAddress.set(accepter.address, vif);
    this.vifGateway({ ...vif, res: accepter }, accepter, accepter.type.includes('transit') ? 'transit' : 'private');
    this.draft.comment([...vif.path, 'gateway'], `accepted by ${accepter.address}`);
  }

  // --- resources that add to entities ----------------------------------------------------

  private link(res: TfResource): void {
    switch (res.type) {
      case 'aws_dx_gateway_association': {
        const dxgw = this.attach(res, 'dx_gateway_id', ['dxgw']);
        if (!dxgw) return;
        const list = (dxgw.out.associations ??= []) as Out[];
        const out: Out = {};
        const path = [...dxgw.path, 'associations', list.length];
        list.push(out);
        const holder: Entity = { kind: 'dxgw', name: dxgw.name, path, out, res };
        const attr = isSet(res.values.associated_gateway_id) || res.unknown.has('associated_gateway_id') ? 'associated_gateway_id' : 'vpn_gateway_id';
        const gateway = this.reference(holder, 'gateway', attr, ['vgw', 'tgw']);
        this.draft.comment([...path, 'gateway'], res.address);
        if (res.unknown.has('allowed_prefixes')) {
          if (gateway?.kind === 'vgw') {
            this.draft.note(path, `allowedPrefixes: known after apply (${res.address}.allowed_prefixes); AWS and dxplan both default to the VPC's CIDRs`);
          } else {
            this.draft.todo([...path, 'allowedPrefixes'], out, 'allowedPrefixes', `known after apply (${res.address}.allowed_prefixes)`, `${res.address}.allowed_prefixes`);
          }
        } else if (Array.isArray(res.values.allowed_prefixes)) {
          out.allowedPrefixes = stringList(res.values.allowed_prefixes);
        }
        break;
      }
      case 'aws_ec2_transit_gateway_vpc_attachment': {
        const tgw = this.attach(res, 'transit_gateway_id', ['tgw']);
        const vpc = tgw && this.attach(res, 'vpc_id', ['vpc'], tgw.path);
        if (tgw && vpc) ((tgw.out.attachments ??= []) as string[]).push(vpc.name);
        break;
      }
      case 'aws_vpn_gateway_attachment': {
        const vgw = this.attach(res, 'vpn_gateway_id', ['vgw']);
        const vpc = vgw && this.attach(res, 'vpc_id', ['vpc'], vgw.path);
        if (vgw && vpc) vgw.out.vpc = vpc.name;
        break;
      }
      case 'aws_dx_connection_association': {
        const connection = this.attach(res, 'connection_id', ['connection']);
        const lag = connection && this.attach(res, 'lag_id', ['lag'], connection.path);
        if (connection && lag) connection.out.lag = lag.name;
        break;
      }
      case 'aws_vpc_ipv4_cidr_block_association': {
        const vpc = this.attach(res, 'vpc_id', ['vpc']);
        if (!vpc) return;
        if (res.unknown.has('cidr_block') || !isSet(res.values.cidr_block)) {
          this.draft.note(vpc.path, `cidrs: one more block from ${res.address}, known after apply`);
          this.draft.unknown([...vpc.path, 'cidrs'], `${res.address}.cidr_block`);
        } else if (Array.isArray(vpc.out.cidrs)) {
          vpc.out.cidrs.push(res.values.cidr_block);
        }
        break;
      }
      case 'aws_vpn_connection_route': {
        const vpn = this.attach(res, 'vpn_connection_id', ['vpn']);
        if (vpn && isSet(res.values.destination_cidr_block)) ((vpn.out.staticRoutes ??= []) as unknown[]).push(res.values.destination_cidr_block);
        break;
      }
      case 'aws_vpc_endpoint':
        this.endpoint(res);
        break;
      default:
        break;
    }
  }

  /** The entity a linking resource adds to; when it cannot be known, a TODO note says so. */
  private attach(res: TfResource, attribute: string, kinds: Kind[], notePath: Path = []): Entity | undefined {
    const found = this.resolve(res, attribute, kinds);
    if (found && 'entity' in found) return found.entity;
    const why = found ? found.missing : `${res.address}.${attribute} is not set`;
    const section = notePath.length > 0 ? notePath : [kinds[0] === 'router' ? 'sites' : SECTION[kinds[0] as Exclude<Kind, 'router' | 'site'>]];
    this.draft.note(section, `${res.address} is left out: its ${kinds.map((k) => WHAT[k]).join(' or ')} is unknown: ${why}`);
    if (found?.unknown) this.draft.unknown(section, `${res.address}.${attribute}`);
    this.draft.warn(`${res.address} is left out: its ${kinds.map((k) => WHAT[k]).join(' or ')} is unknown (${why})`);
    return undefined;
  }

  private endpoint(res: TfResource): void {
    const v = res.values;
    const rawType = typeof v.vpc_endpoint_type === 'string' ? v.vpc_endpoint_type : 'Gateway';
    const type = rawType === 'Interface' ? 'interface' : rawType === 'Gateway' ? 'gateway' : undefined;
    if (!type) {
      this.draft.warn(`${res.address} is left out: dxplan models Interface and Gateway endpoints, not ${rawType}`);
      return;
    }
    const vpc = this.attach(res, 'vpc_id', ['vpc']);
    if (!vpc) return;
    const list = (vpc.out.endpoints ??= []) as Out[];
    const out: Out = {};
    const path = [...vpc.path, 'endpoints', list.length];
    list.push(out);
    const serviceName = typeof v.service_name === 'string' && !res.unknown.has('service_name') ? v.service_name : undefined;
    writeEndpointService(this.draft, path, out, vpc.out.region, serviceName, res.address);
    out.type = type;
    if (type === 'interface') {
      const holder: Entity = { kind: 'vpc', name: vpc.name, path, out, res };
      // An interface endpoint has one subnet, so one ENI, per Availability Zone.
      this.copy(holder, 'azs', 'subnet_ids', { convert: (ids) => (Array.isArray(ids) && ids.length > 0 ? ids.length : undefined) });
      if (out.azs === undefined && !res.unknown.has('subnet_ids')) delete out.azs;
      this.draft.note(path, ON_PREM_DNS_NOTE);
    }
  }
}

function provenance(res: TfResource): string {
  const facts: string[] = [];
  const id = res.values.id;
  if (typeof id === 'string' && id !== '' && !res.unknown.has('id')) facts.push(id);
  if (res.action && res.action !== 'no-op' && res.action !== 'read') facts.push(`to ${res.action}`);
  return facts.length > 0 ? `${res.address} (${facts.join(', ')})` : res.address;
}
