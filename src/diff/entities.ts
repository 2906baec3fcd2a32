// Entity by entity, what differs between two topologies: `diff` (old → new) and `drift`
// (design → AWS estate) share it. Entities are matched by `awsId`, then by name; a reference
// (a VIF's connection, an association's gateway) is compared through that matching, so a
// renamed gateway is not a changed VIF.
import type { NamedEntity, Topology } from '../model/types';

export type CompareKind =
  | 'site' | 'router' | 'host' | 'location' | 'connection' | 'lag' | 'vif' | 'vgw' | 'dxgw'
  | 'association' | 'tgw' | 'vpc' | 'endpoint' | 'resource' | 'vpn';

export type FieldValue = string | number | boolean | string[] | null;

export interface EntityRecord {
  kind: CompareKind;
  /** As the file names it; an association is `dxgw → gateway`, an endpoint `vpc/service-type`. */
  name: string;
  awsId?: string;
  /** The document path of the entity. */
  path: readonly (string | number)[];
  fields: Record<string, FieldValue>;
  /** Fields that hold names of other entities (compared through the matching). */
  refs: readonly string[];
  /** Names the identity is made of (an association's DXGW and gateway, an endpoint's VPC). */
  parts?: readonly string[];
}

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

export interface EntityChange {
  kind: CompareKind;
  /** The name in the first topology, or in the second for an entity only there. */
  name: string;
  awsId?: string;
  change: 'added' | 'removed' | 'changed';
  /** What changed (changed only), in field order. */
  fields: FieldChange[];
}

/** How each kind reads in a sentence. */
export const KIND_LABEL: Readonly<Record<CompareKind, string>> = {
  site: 'site', router: 'router', host: 'host', location: 'location', connection: 'connection', lag: 'LAG',
  vif: 'VIF', vgw: 'VGW', dxgw: 'DXGW', association: 'association', tgw: 'TGW', vpc: 'VPC', endpoint: 'endpoint',
  resource: 'resource', vpn: 'VPN',
};

const sorted = (xs: readonly { text: string }[]): string[] => xs.map((x) => x.text).sort();
const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
/** `1000Mbps` and `1Gbps` are one speed. */
const speed = (mbps: number): string => (mbps >= 1000 && mbps % 1000 === 0 ? `${mbps / 1000}Gbps` : `${mbps}Mbps`);

function named(e: NamedEntity, fields: Record<string, FieldValue>, refs: string[] = []): EntityRecord {
  return { kind: e.kind as CompareKind, name: e.name, awsId: e.awsId, path: e.path, fields, refs };
}

/** Every entity of a topology with the fields a reviewer compares, in file order by section. */
export function entityRecords(t: Topology): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const s of t.sites) out.push(named(s, { asn: opt(s.asn), cidrs: sorted(s.cidrs), internet: s.internet }));
  for (const r of t.routers) out.push(named(r, { site: r.site.name }, ['site']));
  for (const h of t.hosts) out.push(named(h, { site: h.site.name, ip: h.ip.text }, ['site']));
  for (const l of t.locations) out.push(named(l, { region: l.region }));
  for (const c of t.connections) {
    out.push(named(c, {
      type: c.type, bandwidth: speed(c.bandwidthMbps), location: c.location.name, router: c.router.name,
      awsDevice: opt(c.awsDevice), macsec: c.macsec, lag: opt(c.lag?.name),
    }, ['location', 'router', 'lag']));
  }
  for (const l of t.lags) out.push(named(l, { location: l.location.name, minimumLinks: l.minimumLinks }, ['location']));
  for (const v of t.vifs) {
    out.push(named(v, {
      type: v.type, connection: v.connection.name, vlan: v.vlan, asn: opt(v.asn), addressFamily: v.addressFamily,
      amazonAddress: opt(v.amazonAddress?.text), customerAddress: opt(v.customerAddress?.text), mtu: v.mtu,
      bgpAuthKey: opt(v.bgpAuthKey), gateway: v.gateways.map((g) => g.name).sort(), advertise: sorted(v.advertise),
      communities: [...v.communities].sort(), acceptScope: v.acceptScope, sitelink: v.sitelink,
      asPathPrepend: v.asPathPrepend, med: v.med,
    }, ['connection', 'gateway']));
  }
  for (const g of t.vgws) out.push(named(g, { region: g.region, vpc: opt(g.vpc?.name), asn: g.asn }, ['vpc']));
  for (const d of t.dxgws) {
    out.push(named(d, { asn: d.asn }));
    for (const a of d.associations) {
      out.push({
        kind: 'association', name: `${d.name} → ${a.gateway.name}`, path: a.path, refs: [], parts: [d.name, a.gateway.name],
        fields: { allowedPrefixes: a.allowedPrefixes ? sorted(a.allowedPrefixes) : null },
      });
    }
  }
  for (const g of t.tgws) out.push(named(g, { region: g.region, asn: g.asn, attachments: g.attachments.map((v) => v.name).sort() }, ['attachments']));
  for (const v of t.vpcs) {
    out.push(named(v, { region: v.region, cidrs: sorted(v.cidrs), internet: opt(v.internet) }));
    for (const e of v.endpoints) {
      out.push({
        kind: 'endpoint', name: e.name, awsId: e.awsId, path: e.path, refs: [], parts: [v.name],
        fields: { azs: e.type === 'interface' ? e.azs : null, onPremDns: e.onPremDns },
      });
    }
  }
  for (const r of t.resources) out.push(named(r, { vpc: r.vpc.name, ip: r.ip.text, publicIp: opt(r.publicIp?.text), kind: opt(r.workload) }, ['vpc']));
  for (const v of t.vpns) {
    out.push(named(v, {
      router: v.router.name, gateway: v.gateway.name, routing: v.routing, staticRoutes: sorted(v.staticRoutes), advertise: sorted(v.advertise),
    }, ['router', 'gateway']));
  }
  return out;
}

export interface Matching {
  pairs: [EntityRecord, EntityRecord][];
  onlyFirst: EntityRecord[];
  onlySecond: EntityRecord[];
  /** A name in the second topology → the name of the entity it matched in the first. */
  rename: (name: string) => string;
}

/** Matches entities of one kind by awsId, then by name (composite ones by their translated parts). */
export function matchEntities(first: EntityRecord[], second: EntityRecord[]): Matching {
  const pairs: [EntityRecord, EntityRecord][] = [];
  const names = new Map<string, string>();
  const rename = (name: string) => names.get(name) ?? name;
  const identity = (r: EntityRecord, translate: boolean): string => {
    if (!r.parts) return r.name;
    const parts = translate ? r.parts.map(rename) : r.parts;
    return r.kind === 'association' ? `${parts[0]} → ${parts[1]}` : `${parts[0]}/${r.name.slice(r.name.indexOf('/') + 1)}`;
  };
  const used = new Set<EntityRecord>();
  // Plain entities first: composite identities are made of their names.
  for (const composite of [false, true]) {
    const a = first.filter((r) => Boolean(r.parts) === composite);
    const b = second.filter((r) => Boolean(r.parts) === composite);
    const byId = new Map<string, EntityRecord>();
    for (const r of a) if (r.awsId !== undefined && !byId.has(`${r.kind}:${r.awsId}`)) byId.set(`${r.kind}:${r.awsId}`, r);
    const pending: EntityRecord[] = [];
    for (const r of b) {
      const m = r.awsId !== undefined ? byId.get(`${r.kind}:${r.awsId}`) : undefined;
      if (m && !used.has(m)) {
        used.add(m);
        pairs.push([m, r]);
        if (!composite) names.set(r.name, m.name);
      } else {
        pending.push(r);
      }
    }
    const byName = new Map<string, EntityRecord>();
    for (const r of a) if (!used.has(r)) byName.set(`${r.kind}:${identity(r, false)}`, r);
    for (const r of pending) {
      const m = byName.get(`${r.kind}:${identity(r, true)}`);
      // An entity with an awsId matches by name only one that has none (or the same).
      if (m && !used.has(m) && (m.awsId === undefined || r.awsId === undefined)) {
        used.add(m);
        pairs.push([m, r]);
        if (!composite) names.set(r.name, m.name);
      }
    }
  }
  const matchedSecond = new Set(pairs.map(([, b]) => b));
  return {
    pairs,
    onlyFirst: first.filter((r) => !used.has(r)),
    onlySecond: second.filter((r) => !matchedSecond.has(r)),
    rename,
  };
}

function same(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export interface CompareOptions {
  /** Whether a field of a matched pair is compared (default: all). */
  compare?: (kind: CompareKind, field: string, first: EntityRecord, second: EntityRecord) => boolean;
}

/** The field changes of one matched pair; names of the second are translated into the first's. */
export function fieldChanges(a: EntityRecord, b: EntityRecord, rename: (name: string) => string, options: CompareOptions = {}): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(a.fields)) {
    if (options.compare && !options.compare(a.kind, field, a, b)) continue;
    let after = b.fields[field] ?? null;
    if (b.refs.includes(field)) {
      if (Array.isArray(after)) after = after.map(rename).sort();
      else if (typeof after === 'string') after = rename(after);
    }
    const before = a.fields[field] ?? null;
    if (!same(before, after)) changes.push({ field, before, after });
  }
  return changes;
}

/** The structural changes from one topology to another (`diff`), sorted by kind order, then name. */
export function entityChanges(before: Topology, after: Topology): EntityChange[] {
  const m = matchEntities(entityRecords(before), entityRecords(after));
  const out: EntityChange[] = [];
  for (const [a, b] of m.pairs) {
    const fields = fieldChanges(a, b, m.rename);
    if (a.name !== b.name && !a.parts) fields.unshift({ field: 'name', before: a.name, after: b.name });
    if (fields.length > 0) out.push({ kind: a.kind, name: a.name, awsId: a.awsId ?? b.awsId, change: 'changed', fields });
  }
  for (const r of m.onlySecond) out.push({ kind: r.kind, name: r.name, awsId: r.awsId, change: 'added', fields: [] });
  for (const r of m.onlyFirst) out.push({ kind: r.kind, name: r.name, awsId: r.awsId, change: 'removed', fields: [] });
  return sortChanges(out);
}

const KIND_ORDER = Object.keys(KIND_LABEL);
const CHANGE_ORDER = ['added', 'changed', 'removed'];

/** Section order of the kinds, then name: the order a reader finds them in the file. */
export function byKindAndName(x: { kind: CompareKind; name: string }, y: { kind: CompareKind; name: string }): number {
  return KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
}

function sortChanges(changes: EntityChange[]): EntityChange[] {
  return changes.sort((x, y) => byKindAndName(x, y) || CHANGE_ORDER.indexOf(x.change) - CHANGE_ORDER.indexOf(y.change));
}

/** A value in words: a list comma-separated, nothing as `(none)`. */
export function valueText(v: FieldValue): string {
  if (v === null) return '(none)';
  if (Array.isArray(v)) return v.length === 0 ? '[]' : v.join(', ');
  return String(v);
}

/** One change in a sentence: "VIF pubvif-csva1 added", "allowedPrefixes of dxgw-transit → tgw-use1 changed". */
export function changeSentence(c: EntityChange): string {
  const what = `${KIND_LABEL[c.kind]} ${c.name}`;
  if (c.change !== 'changed') return `${what} ${c.change}`;
  const fields = c.fields.map((f) => f.field);
  const list = fields.length <= 3 ? fields.join(', ') : `${fields.slice(0, 3).join(', ')} and ${fields.length - 3} more`;
  return `${list} of ${c.kind === 'association' ? c.name : what} changed`;
}
