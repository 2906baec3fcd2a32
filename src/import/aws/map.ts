// Maps an estate read from `describe-*` output to a topology draft. Values AWS reports are
// copied, never guessed; what AWS does not know (the on-premise side) is drafted with TODOs:
// one site per distinct customer ASN of the VIFs, one router per connection.
import { NAME_PATTERN } from '../../model/schema';
import { isRegion, legacyVgwAsn } from '../../net/regions';
import { Draft, draftStub, kindOfId, ON_PREM_DNS_NOTE, TODO, writeEndpointService, type Kind, type Out, type Path } from '../draft';
import { gatewayOfAssociation, type AwsKind, type AwsObject, type Estate, type Json } from './read';


interface Entity {
  kind: Kind;
  name: string;
  path: Path;
  out: Out;
  obj?: AwsObject;
}

const SECTION: Readonly<Partial<Record<Kind, string>>> = {
  location: 'locations', site: 'sites', connection: 'connections', lag: 'lags', vif: 'vifs', vgw: 'vgws',
  dxgw: 'dxgws', tgw: 'tgws', vpc: 'vpcs', vpn: 'vpns',
};

/** States that need no comment. */
const SETTLED: ReadonlySet<string> = new Set(['available', 'attached', 'associated']);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)) : []);
const cidrsOf = (v: unknown): string[] => list(v).map((p) => str(p.cidr)).filter((c): c is string => c !== undefined);

/** The `Name` tag: DX objects write `tags[].key`, EC2 objects `Tags[].Key`. */
function nameTag(data: Json): string | undefined {
  for (const t of list(data.tags)) if (t.key === 'Name') return str(t.value);
  for (const t of list(data.Tags)) if (t.Key === 'Name') return str(t.Value);
  return undefined;
}

const OWN_NAME: Partial<Record<AwsKind, string>> = {
  connection: 'connectionName', lag: 'lagName', vif: 'virtualInterfaceName', dxgw: 'directConnectGatewayName',
};

/** The region an ARN names: `arn:aws:ec2:us-east-1:123456789012:transit-gateway/tgw-…`. */
function arnRegion(data: Json): string | undefined {
  for (const [key, value] of Object.entries(data)) {
    if (!key.endsWith('Arn') || typeof value !== 'string') continue;
    const m = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]+):/.exec(value);
    if (m && isRegion(m[1])) return m[1];
  }
  return undefined;
}

export interface AwsImportOptions {
  /** `--region`: the region of EC2 objects nothing else places. */
  region?: string;
  /** The CLI's yaml-language-server line for the first comment (it knows where the schema is installed); none when absent. */
  schemaLine?: string;
}

export class AwsImporter {
  readonly draft = new Draft();
  private readonly names = new Set<string>();
  private readonly byId = new Map<string, Entity>();
  private readonly sections = new Map<string, Out[]>();
  /** Regions DX objects give for gateways they name (`associatedGateway.region`). */
  private readonly regionHints = new Map<string, string>();
  private readonly regions = new Set<string>();
  private readonly sites = new Map<string, Entity>();
  /** How many objects of the input became entities. */
  objects = 0;

  constructor(private readonly estate: Estate, private readonly options: AwsImportOptions = {}) {}

  private all(kind: AwsKind): AwsObject[] {
    return [...(this.estate.objects.get(kind)?.values() ?? [])];
  }

  run(): Draft {
    for (const note of this.estate.notes) this.draft.warn(note);
    this.collectRegionHints();
    const connections = this.all('connection');
    const lags = this.all('lag');
    const vifs = this.all('vif');
    this.locations([...connections, ...lags, ...vifs]);
    this.drafts(vifs, connections, lags);
    for (const o of lags) this.lag(o);
    for (const o of connections) this.connection(o);
    for (const o of this.all('dxgw')) this.create('dxgw', o, (e) => this.dxgw(e));
    // VPCs before the gateways that name them, so none is drafted and then described.
    for (const o of this.all('vpc')) this.create('vpc', o, (e) => this.vpc(e));
    for (const o of this.all('vgw')) this.create('vgw', o, (e) => this.vgw(e));
    for (const o of this.all('tgw')) this.create('tgw', o, (e) => this.tgw(e));
    for (const o of this.all('cgw')) this.customerGateway(o);
    for (const o of vifs) this.create('vif', o, (e) => this.vif(e));
    for (const o of this.all('vpn')) this.create('vpn', o, (e) => this.vpn(e));
    for (const o of this.all('association')) this.association(o);
    for (const o of this.all('attachment')) this.attachment(o);
    for (const o of this.all('tgwAttachment')) this.tgwAttachment(o);
    for (const o of this.all('endpoint')) this.endpoint(o);
    this.finishSites();
    this.vpcRegionsFromGateways();
    if (this.regions.size === 1) this.draft.root.defaultRegion = [...this.regions][0];
    return this.draft;
  }

  // --- names, sections, regions ---------------------------------------------------------------

  private section(name: string): Out[] {
    let out = this.sections.get(name);
    if (!out) {
      out = [];
      this.sections.set(name, out);
      this.draft.root[name] = out;
    }
    return out;
  }

  /** The `Name` tag, else the object's own name, when valid and free; else the AWS id. */
  private nameFor(obj: AwsObject | undefined, id: string): string {
    const ownField = obj ? OWN_NAME[obj.kind] : undefined;
    const candidates = obj ? [nameTag(obj.data), ownField ? str(obj.data[ownField]) : undefined] : [];
    for (const c of [...candidates, id]) {
      if (c !== undefined && NAME_PATTERN.test(c) && !this.names.has(c)) return this.take(c);
    }
    for (let n = 2; ; n++) if (!this.names.has(`${id}-${n}`)) return this.take(`${id}-${n}`);
  }

  private take(name: string): string {
    this.names.add(name);
    return name;
  }

  private add(kind: Kind, name: string, id: string | undefined, obj?: AwsObject, at?: { list: Out[]; path: Path }): Entity {
    const out: Out = { name };
    if (id !== undefined && kind !== 'location') out.awsId = id;
    let path: Path;
    if (at) {
      path = [...at.path, at.list.length];
      at.list.push(out);
    } else {
      const section = SECTION[kind] as string;
      const entries = this.section(section);
      path = [section, entries.length];
      entries.push(out);
    }
    const entity: Entity = { kind, name, path, out, obj };
    if (id !== undefined) this.byId.set(id, entity);
    if (obj) {
      this.objects++;
      const state = obj.state;
      this.draft.comment([...path, 'name'], state && !SETTLED.has(state.toLowerCase()) ? `${obj.id}, state: ${state}` : obj.id);
    }
    return entity;
  }

  private create(kind: Kind, obj: AwsObject, fill: (e: Entity) => void): void {
    fill(this.add(kind, this.nameFor(obj, obj.id), obj.id, obj));
  }

  private collectRegionHints(): void {
    for (const a of this.all('association')) {
      const gateway = gatewayOfAssociation(a.data);
      const region = (typeof a.data.associatedGateway === 'object' && a.data.associatedGateway !== null
        ? str((a.data.associatedGateway as Json).region) : undefined) ?? str(a.data.virtualGatewayRegion);
      if (gateway && region) this.regionHints.set(gateway, region);
    }
  }

  /** ARN, then a DX object that names it, then the file's folder or name, then --region. */
  private setRegion(entity: Entity): void {
    const obj = entity.obj;
    const id = obj?.id ?? String(entity.out.awsId);
    const region = (obj && arnRegion(obj.data)) ?? this.regionHints.get(id) ?? obj?.pathRegion ?? this.options.region;
    if (region) {
      entity.out.region = region;
      this.regions.add(region);
    } else if (entity.out.region === undefined) {
      this.draft.todo([...entity.path, 'region'], entity.out, 'region', `the AWS region of ${id} (EC2 output does not say: put the file in a folder named after the region, or pass --region)`);
    }
  }

  /** An object named by another but described by no file: drafted under its id with TODOs. */
  private ref(id: string, kinds: Kind[], referrer: string, known: Out = {}): Entity | undefined {
    const found = this.byId.get(id);
    if (found) return kinds.includes(found.kind) ? found : undefined;
    const kind = kindOfId(id);
    if (!kind || !kinds.includes(kind)) return undefined;
    if (kind === 'router') return this.router(this.firstSite(), id, undefined);
    const entity = this.add(kind, this.nameFor(undefined, id), id);
    Object.assign(entity.out, known);
    if (kind === 'vgw' || kind === 'tgw') this.setRegion(entity);
    draftStub(this.draft, kind, entity.path, entity.out, id, `is described by none of the files (${referrer} names it)`);
    return entity;
  }

  // --- Direct Connect -----------------------------------------------------------------------

  /** The locations connections, LAGs and VIFs use, with the region describe-locations gives. */
  private locations(users: AwsObject[]): void {
    const described = new Map(this.all('location').map((l) => [l.id, l]));
    const regions = new Map<string, Set<string>>();
    for (const u of users) {
      const code = str(u.data.location);
      if (!code) continue;
      const set = regions.get(code) ?? new Set<string>();
      const region = str(u.data.region);
      if (region) set.add(region);
      regions.set(code, set);
    }
    for (const code of [...regions.keys()].sort()) {
      const obj = described.get(code);
      const entity = this.add('location', this.nameFor(undefined, code), code, obj);
      const region = str(obj?.data.region) ?? (regions.get(code)?.size === 1 ? [...(regions.get(code) as Set<string>)][0] : undefined);
      if (obj && str(obj.data.locationName)) this.draft.comment([...entity.path, 'name'], String(obj.data.locationName));
      if (region) {
        entity.out.region = region;
        this.regions.add(region);
      } else {
        this.draft.todo([...entity.path, 'region'], entity.out, 'region', `the region ${code} is associated with (describe-locations output would say)`);
      }
    }
    const unused = [...described.keys()].filter((code) => !regions.has(code));
    if (unused.length > 0) this.draft.warn(`${unused.length} location${unused.length === 1 ? '' : 's'} that no connection uses ${unused.length === 1 ? 'is' : 'are'} left out (${unused.slice(0, 5).join(', ')}${unused.length > 5 ? ', ...' : ''})`);
  }

  /** Sites by customer ASN, and the connections and LAGs VIFs name that no file describes. */
  private drafts(vifs: AwsObject[], connections: AwsObject[], lags: AwsObject[]): void {
    for (const v of vifs) this.siteFor(this.customerAsn(v.data));
    const described = new Set([...connections, ...lags].map((o) => o.id));
    for (const v of vifs) {
      const carrier = str(v.data.connectionId);
      if (!carrier || described.has(carrier) || this.byId.has(carrier)) continue;
      const location = str(v.data.location);
      const known: Out = location ? { location: this.byId.get(location)?.name ?? location } : {};
      const entity = this.ref(carrier, ['connection', 'lag'], v.id, known);
      if (entity?.kind === 'connection') {
        entity.out.router = this.router(this.siteFor(this.customerAsn(v.data)), undefined, entity.name).name;
      }
    }
  }

  private customerAsn(vif: Json): number | undefined {
    const asn = num(vif.asn);
    // `asn` is 0 when the customer ASN needs four bytes: `asnLong` holds it.
    return asn === 0 || asn === undefined ? num(vif.asnLong) ?? asn : asn;
  }

  private siteFor(asn: number | undefined): Entity {
    const key = asn === undefined ? '' : String(asn);
    const existing = this.sites.get(key);
    if (existing) return existing;
    const name = this.take(this.nameFree(asn === undefined ? 'onprem' : `onprem-as${asn}`));
    const entity = this.add('site', name, undefined);
    if (asn !== undefined) entity.out.asn = asn;
    this.sites.set(key, entity);
    return entity;
  }

  private nameFree(base: string): string {
    if (!this.names.has(base)) return base;
    for (let n = 2; ; n++) if (!this.names.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  private firstSite(): Entity {
    return [...this.sites.values()][0] ?? this.siteFor(undefined);
  }

  private router(site: Entity, id: string | undefined, after: string | undefined, obj?: AwsObject): Entity {
    const routers = (site.out.routers ??= []) as Out[];
    const name = id !== undefined ? this.nameFor(obj, id) : this.take(this.nameFree(`${after}-router`));
    const entity = this.add('router', name, id, obj, { list: routers, path: [...site.path, 'routers'] });
    if (!obj && id === undefined) this.draft.comment([...entity.path, 'name'], `TODO: the customer router that terminates ${after}; rename it`);
    return entity;
  }

  /** The site of a connection: that of the customer ASN of the first VIF on it or its LAG. */
  private siteOfCarrier(ids: string[]): Entity {
    for (const v of this.all('vif')) {
      if (ids.includes(str(v.data.connectionId) ?? '')) return this.siteFor(this.customerAsn(v.data));
    }
    return this.firstSite();
  }

  private lag(obj: AwsObject): void {
    this.create('lag', obj, (e) => {
      const d = obj.data;
      const location = str(d.location);
      if (location) e.out.location = this.byId.get(location)?.name ?? location;
      const min = num(d.minimumLinks);
      if (min !== undefined) e.out.minimumLinks = min;
    });
  }

  private connection(obj: AwsObject): void {
    this.create('connection', obj, (e) => {
      const d = obj.data;
      e.out.type = str(d.partnerName) ? 'hosted' : 'dedicated';
      if (str(d.partnerName)) this.draft.comment([...e.path, 'type'], `from partner ${String(d.partnerName)}`);
      if (str(d.bandwidth)) e.out.bandwidth = d.bandwidth;
      else this.draft.todo([...e.path, 'bandwidth'], e.out, 'bandwidth', `the port speed of ${obj.id}`);
      const location = str(d.location);
      if (location) e.out.location = this.byId.get(location)?.name ?? location;
      const lagId = str(d.lagId);
      if (e.out.router === undefined) e.out.router = this.router(this.siteOfCarrier([obj.id, ...(lagId ? [lagId] : [])]), undefined, e.name).name;
      const device = str(d.awsDeviceV2) ?? str(d.awsDevice);
      if (device) e.out.awsDevice = device;
      const mode = str(d.encryptionMode);
      if (mode === 'must_encrypt' || mode === 'should_encrypt') e.out.macsec = true;
      if (lagId) {
        const lag = this.byId.get(lagId) ?? this.ref(lagId, ['lag'], obj.id, location ? { location: e.out.location } : {});
        if (lag) e.out.lag = lag.name;
      }
    });
  }

  private vif(e: Entity): void {
    const obj = e.obj as AwsObject;
    const d = obj.data;
    const type = str(d.virtualInterfaceType);
    if (type === 'private' || type === 'public' || type === 'transit') e.out.type = type;
    else this.draft.todo([...e.path, 'type'], e.out, 'type', `private, public or transit (AWS reports ${String(d.virtualInterfaceType)})`);
    const carrier = str(d.connectionId);
    const entity = carrier ? this.byId.get(carrier) : undefined;
    if (entity) e.out.connection = entity.name;
    else this.draft.todo([...e.path, 'connection'], e.out, 'connection', `the connection or LAG of ${obj.id}`);
    const vlan = num(d.vlan);
    if (vlan !== undefined) e.out.vlan = vlan;
    const asn = this.customerAsn(d);
    if (asn !== undefined) e.out.asn = asn;
    const peers = list(d.bgpPeers).filter((p) => !['deleted', 'deleting'].includes(String(p.bgpPeerState)));
    const families = new Set(peers.map((p) => str(p.addressFamily)).filter((f): f is string => f !== undefined));
    if (families.size === 0 && str(d.addressFamily)) families.add(String(d.addressFamily));
    if (families.size > 0) e.out.addressFamily = families.has('ipv4') && families.has('ipv6') ? 'dual' : [...families][0];
    // The format keeps IPv4 peer addresses only; AWS assigns the IPv6 /125s.
    const v4 = peers.find((p) => p.addressFamily === 'ipv4') ?? (d.addressFamily === 'ipv4' ? d : undefined);
    if (v4 && str(v4.amazonAddress)) e.out.amazonAddress = v4.amazonAddress;
    if (v4 && str(v4.customerAddress)) e.out.customerAddress = v4.customerAddress;
    const mtu = num(d.mtu);
    if (mtu !== undefined && type !== 'public') e.out.mtu = mtu;
    // Whether a key is set, never the key itself.
    if ([d, ...peers].some((p) => str(p.authKey))) e.out.bgpAuthKey = true;
    if (d.siteLinkEnabled === true) e.out.sitelink = true;
    const amazonAsn = num(d.amazonSideAsn);
    const dxgwId = str(d.directConnectGatewayId);
    const vgwId = str(d.virtualGatewayId);
    const gatewayId = dxgwId ?? vgwId;
    if (gatewayId) {
      const gateway = this.ref(gatewayId, dxgwId ? ['dxgw'] : ['vgw'], obj.id);
      if (gateway) {
        e.out.gateway = gateway.name;
        // A drafted gateway's ASN is the one the VIF peers with, when nothing else gives it.
        if (amazonAsn !== undefined && !gateway.obj && (gateway.out.asn === undefined || gateway.out.asn === TODO)) this.setAsn(gateway, amazonAsn, `the amazonSideAsn ${obj.id} reports`);
      }
    }
    if (type === 'public') {
      e.out.advertise = cidrsOf(d.routeFilterPrefixes);
      this.draft.note(e.path, 'acceptScope: which AWS prefixes your router accepts (region, continent or global; default global)');
    } else {
      this.draft.note(e.path, 'advertise: the prefixes your router announces over this VIF (AWS does not report them)');
    }
  }

  private setAsn(entity: Entity, asn: number, why: string): void {
    this.draft.settle([...entity.path, 'asn'], entity.out, 'asn', asn, why);
  }

  private dxgw(e: Entity): void {
    const asn = num(e.obj?.data.amazonSideAsn);
    if (asn !== undefined) e.out.asn = asn;
    else if (e.out.asn === undefined) this.draft.todo([...e.path, 'asn'], e.out, 'asn', `the Amazon-side ASN of ${String(e.out.awsId)}`);
  }

  private vgw(e: Entity): void {
    const d = (e.obj as AwsObject).data;
    this.setRegion(e);
    const attached = list(d.VpcAttachments).filter((a) => String(a.State).toLowerCase() === 'attached' || String(a.State).toLowerCase() === 'attaching');
    const vpcId = str(attached[0]?.VpcId);
    if (vpcId) {
      const vpc = this.byId.get(vpcId) ?? this.ref(vpcId, ['vpc'], String(e.out.awsId));
      if (vpc) e.out.vpc = vpc.name;
    }
    const asn = num(d.AmazonSideAsn);
    if (asn !== undefined) {
      e.out.asn = asn;
    } else {
      const region = typeof e.out.region === 'string' && e.out.region !== TODO ? e.out.region : undefined;
      const legacy = region ? legacyVgwAsn(region) : undefined;
      this.draft.todo([...e.path, 'asn'], e.out, 'asn', `${String(e.out.awsId)} reports no AmazonSideAsn: it predates mid-2018 and uses its region's legacy default ASN${legacy ? ` (${legacy} in ${region})` : ''}, not 64512`);
    }
  }

  private tgw(e: Entity): void {
    const d = (e.obj as AwsObject).data;
    this.setRegion(e);
    const options = typeof d.Options === 'object' && d.Options !== null ? (d.Options as Json) : {};
    const asn = num(options.AmazonSideAsn);
    if (asn !== undefined) e.out.asn = asn;
  }

  private vpc(e: Entity): void {
    const d = (e.obj as AwsObject).data;
    this.setRegion(e);
    const associated = (set: unknown, key: string, stateKey: string) => list(set)
      .filter((a) => {
        const state = typeof a[stateKey] === 'object' && a[stateKey] !== null ? String((a[stateKey] as Json).State) : 'associated';
        return state === 'associated' || state === 'associating';
      })
      .map((a) => str(a[key]))
      .filter((c): c is string => c !== undefined);
    const cidrs = associated(d.CidrBlockAssociationSet, 'CidrBlock', 'CidrBlockState');
    const primary = str(d.CidrBlock);
    if (primary && !cidrs.includes(primary)) cidrs.unshift(primary);
    cidrs.push(...associated(d.Ipv6CidrBlockAssociationSet, 'Ipv6CidrBlock', 'Ipv6CidrBlockState'));
    if (cidrs.length > 0) e.out.cidrs = cidrs;
  }

  private customerGateway(obj: AwsObject): void {
    const asn = num(obj.data.BgpAsnExtended) ?? num(obj.data.BgpAsn);
    const site = (asn !== undefined ? this.sites.get(String(asn)) : undefined) ?? this.firstSite();
    const entity = this.router(site, obj.id, undefined, obj);
    const facts = [str(obj.data.IpAddress), asn !== undefined ? `BGP ASN ${asn}` : undefined, str(obj.data.DeviceName)].filter((x) => x !== undefined);
    if (facts.length > 0) this.draft.comment([...entity.path, 'name'], facts.join(', '));
  }

  private vpn(e: Entity): void {
    const obj = e.obj as AwsObject;
    const d = obj.data;
    const cgw = str(d.CustomerGatewayId);
    const router = cgw ? this.ref(cgw, ['router'], obj.id) : undefined;
    if (router) e.out.router = router.name;
    else this.draft.todo([...e.path, 'router'], e.out, 'router', `the customer router of ${obj.id}`);
    const gatewayId = str(d.TransitGatewayId) ?? str(d.VpnGatewayId);
    const gateway = gatewayId ? this.ref(gatewayId, ['tgw', 'vgw'], obj.id) : undefined;
    if (gateway) e.out.gateway = gateway.name;
    else this.draft.todo([...e.path, 'gateway'], e.out, 'gateway', `the VGW or transit gateway of ${obj.id}`);
    const options = typeof d.Options === 'object' && d.Options !== null ? (d.Options as Json) : {};
    e.out.routing = options.StaticRoutesOnly === true ? 'static' : 'bgp';
    const routes = list(d.Routes).filter((r) => !['deleted', 'deleting'].includes(String(r.State))).map((r) => str(r.DestinationCidrBlock)).filter((c): c is string => c !== undefined);
    if (routes.length > 0) e.out.staticRoutes = routes;
    if (e.out.routing === 'bgp') this.draft.note(e.path, 'advertise: the prefixes your router announces over this VPN (AWS does not report them)');
  }

  private association(obj: AwsObject): void {
    const d = obj.data;
    const dxgwId = str(d.directConnectGatewayId) as string;
    const dxgw = this.byId.get(dxgwId) ?? this.ref(dxgwId, ['dxgw'], obj.id);
    const gatewayId = gatewayOfAssociation(d);
    const gateway = gatewayId ? this.ref(gatewayId, ['vgw', 'tgw'], obj.id) : undefined;
    if (!dxgw || !gateway) {
      this.draft.warn(`${obj.id} is left out: its gateway ${gatewayId ?? '(none)'} is not a VGW or transit gateway`);
      return;
    }
    const associations = (dxgw.out.associations ??= []) as Out[];
    const out: Out = { gateway: gateway.name };
    const path = [...dxgw.path, 'associations', associations.length];
    associations.push(out);
    const prefixes = cidrsOf(d.allowedPrefixesToDirectConnectGateway);
    if (Array.isArray(d.allowedPrefixesToDirectConnectGateway)) out.allowedPrefixes = prefixes;
    const state = str(d.associationState);
    this.draft.comment([...path, 'gateway'], state && !SETTLED.has(state) ? `${obj.id}, state: ${state}` : String(str(d.associationId) ?? obj.id));
  }

  /** A VIF's DXGW, from describe-direct-connect-gateway-attachments when the VIF does not say. */
  private attachment(obj: AwsObject): void {
    const vif = this.byId.get(str(obj.data.virtualInterfaceId) ?? '');
    const dxgw = this.byId.get(str(obj.data.directConnectGatewayId) ?? '') ?? this.ref(str(obj.data.directConnectGatewayId) ?? '', ['dxgw'], obj.id);
    if (vif && dxgw && vif.out.gateway === undefined) vif.out.gateway = dxgw.name;
  }

  private tgwAttachment(obj: AwsObject): void {
    const d = obj.data;
    const vpcId = str(d.VpcId) ?? (d.ResourceType === 'vpc' ? str(d.ResourceId) : undefined);
    const tgwId = str(d.TransitGatewayId);
    if (!vpcId || !tgwId) return; // VPN and DXGW attachments are described by their own objects
    const tgw = this.byId.get(tgwId) ?? this.ref(tgwId, ['tgw'], obj.id);
    const vpc = this.byId.get(vpcId) ?? this.ref(vpcId, ['vpc'], obj.id);
    if (!tgw || !vpc) return;
    const attachments = (tgw.out.attachments ??= []) as string[];
    if (!attachments.includes(vpc.name)) attachments.push(vpc.name);
  }

  private endpoint(obj: AwsObject): void {
    const d = obj.data;
    const rawType = str(d.VpcEndpointType) ?? 'Gateway';
    const type = rawType === 'Interface' ? 'interface' : rawType === 'Gateway' ? 'gateway' : undefined;
    if (!type) {
      this.draft.warn(`${obj.id} is left out: dxplan models Interface and Gateway endpoints, not ${rawType}`);
      return;
    }
    const vpcId = str(d.VpcId);
    const vpc = vpcId ? this.byId.get(vpcId) ?? this.ref(vpcId, ['vpc'], obj.id) : undefined;
    if (!vpc) {
      this.draft.warn(`${obj.id} is left out: it names no VPC`);
      return;
    }
    const endpoints = (vpc.out.endpoints ??= []) as Out[];
    const out: Out = { awsId: obj.id };
    const path = [...vpc.path, 'endpoints', endpoints.length];
    endpoints.push(out);
    this.objects++;
    writeEndpointService(this.draft, path, out, vpc.out.region, str(d.ServiceName), obj.id);
    out.type = type;
    if (type === 'interface') {
      const subnets = list(d.SubnetIds).length || (Array.isArray(d.SubnetIds) ? d.SubnetIds.length : 0);
      // An interface endpoint has one subnet, so one ENI, per Availability Zone.
      if (subnets > 0) out.azs = subnets;
      this.draft.note(path, ON_PREM_DNS_NOTE);
    }
  }

  // --- finishing -----------------------------------------------------------------------------

  private finishSites(): void {
    const several = this.sites.size > 1;
    for (const site of this.sites.values()) {
      const asn = site.out.asn;
      this.draft.comment([...site.path, 'name'], `TODO: name this site (drafted for the VIFs${asn === undefined ? '' : ` with customer ASN ${String(asn)}`})`);
      this.draft.count('todo');
      if (asn === undefined) this.draft.todo([...site.path, 'asn'], site.out, 'asn', 'the customer BGP ASN');
      this.draft.todo([...site.path, 'cidrs'], site.out, 'cidrs', 'the site\'s address space, e.g. [10.0.0.0/16]');
      if (site.out.routers === undefined) this.draft.todo([...site.path, 'routers'], site.out, 'routers', 'the customer routers, e.g. [{name: hq-r1}]');
    }
    if (this.sites.size > 0) {
      this.draft.before(['sites', 0], `AWS does not describe the on-premise side: ${several ? 'one site per customer ASN of the VIFs' : 'one site'}, one router per\n`
        + 'connection, named after it. Rename them, merge routers that are one device, give each site its address space.');
    }
  }

  /** A VGW and the VPC it is attached to are in one region; so are a TGW and its VPCs. */
  private vpcRegionsFromGateways(): void {
    const vpcs = new Map([...this.byId.values()].filter((e) => e.kind === 'vpc').map((e) => [e.name, e]));
    for (const g of this.byId.values()) {
      if ((g.kind !== 'vgw' && g.kind !== 'tgw') || typeof g.out.region !== 'string' || g.out.region === TODO) continue;
      const attached = g.kind === 'vgw' ? [g.out.vpc] : (g.out.attachments as unknown[] | undefined) ?? [];
      for (const name of attached) {
        const vpc = typeof name === 'string' ? vpcs.get(name) : undefined;
        if (vpc && vpc.out.region === TODO) {
          this.draft.settle([...vpc.path, 'region'], vpc.out, 'region', g.out.region, `the region of ${g.name}, which it is attached to`);
        }
      }
    }
  }
}

