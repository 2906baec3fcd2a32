// `dxplan drift`: where the design and the estate AWS reports disagree. The estate is imported
// as `import aws` would write it and loaded like any topology, then compared entity by entity
// with the comparison `diff` uses (src/diff/entities.ts), limited to what AWS reports: the
// fields AWS knows, and "only in the design" only for the kinds some file described.
import { byKindAndName, entityRecords, fieldChanges, matchEntities, type CompareKind, type EntityRecord, type FieldValue } from '../diff/entities';
import { validateBytes, type FileReport } from '../engine/validate';
import { importEstate } from '../import/aws/index';
import type { AwsImportOptions } from '../import/aws/map';
import type { AwsKind, Estate } from '../import/aws/read';
import type { Topology } from '../model/types';

export interface DriftRow {
  /** The design's name, or the estate's for an object only in AWS. */
  entity: string;
  kind: CompareKind;
  awsId?: string;
  change: 'changed' | 'only-in-aws' | 'only-in-design';
  field?: string;
  design?: FieldValue;
  aws?: FieldValue;
}

export interface DriftReport {
  drift: DriftRow[];
  summary: { changed: number; onlyInAws: number; onlyInDesign: number };
  /** Entities found on both sides. */
  matched: number;
}

/** The kinds each describe call tells about completely (a design object absent there is missing). */
const DESCRIBES: Readonly<Partial<Record<AwsKind, CompareKind[]>>> = {
  connection: ['connection'], lag: ['lag', 'connection'], vif: ['vif'], dxgw: ['dxgw'], association: ['association'],
  vpc: ['vpc'], vgw: ['vgw'], tgw: ['tgw'], vpn: ['vpn'], endpoint: ['endpoint'],
};

/** The fields AWS reports, by kind (import-aws.md, Output). */
const AWS_FIELDS: Readonly<Partial<Record<CompareKind, readonly string[]>>> = {
  location: ['region'],
  connection: ['type', 'bandwidth', 'location', 'awsDevice', 'macsec', 'lag'],
  lag: ['location', 'minimumLinks'],
  vif: ['type', 'connection', 'vlan', 'asn', 'addressFamily', 'amazonAddress', 'customerAddress', 'mtu', 'bgpAuthKey', 'gateway', 'advertise', 'sitelink'],
  vgw: ['region', 'vpc', 'asn'],
  dxgw: ['asn'],
  association: ['allowedPrefixes'],
  tgw: ['region', 'asn', 'attachments'],
  vpc: ['region', 'cidrs'],
  endpoint: ['azs'],
  vpn: ['router', 'gateway', 'routing', 'staticRoutes'],
  router: [],
};

/**
 * Design keys that, left out, say nothing (no default AWS could disagree with): an omitted
 * `awsDevice`, `bgpAuthKey`, peer address or `allowedPrefixes` is not drift.
 */
const UNSTATED_IS_SILENT: ReadonlySet<string> = new Set(['awsDevice', 'bgpAuthKey', 'amazonAddress', 'customerAddress', 'asn', 'allowedPrefixes']);

export type DriftResult = DriftReport | { fatal: FileReport[] };

export function drift(design: Topology, estate: Estate, options: AwsImportOptions = {}): DriftResult {
  const imported = importEstate(estate, options);
  const loaded = validateBytes('(AWS estate)', new TextEncoder().encode(imported.yaml));
  if (!loaded.topology || loaded.fatal) return { fatal: [loaded] };
  const todo = new Set(imported.todoPaths.map((p) => JSON.stringify(p)));
  const described = new Set([...estate.described].flatMap((k) => DESCRIBES[k] ?? []));
  const attachmentsDescribed = estate.described.has('tgwAttachment');

  // What AWS shows: no drafted on-premise side, only routers that are customer gateways.
  const aws = entityRecords(loaded.topology).filter((r) => r.kind in AWS_FIELDS && (r.kind !== 'router' || r.awsId !== undefined));
  const mine = entityRecords(design);
  const m = matchEntities(mine, aws);
  const rows: DriftRow[] = [];
  const compare = (kind: CompareKind, field: string, a: EntityRecord, b: EntityRecord): boolean => {
    if (!(AWS_FIELDS[kind] ?? []).includes(field)) return false;
    if (todo.has(JSON.stringify([...b.path, field]))) return false;
    if (field === 'attachments' && !attachmentsDescribed) return false;
    if (field === 'advertise' && a.fields.type !== 'public') return false;
    return !(UNSTATED_IS_SILENT.has(field) && a.fields[field] === null);
  };
  for (const [a, b] of m.pairs) {
    for (const f of fieldChanges(a, b, m.rename, { compare })) {
      rows.push({ entity: a.name, kind: a.kind, awsId: a.awsId ?? b.awsId, change: 'changed', field: f.field, design: f.before, aws: f.after });
    }
  }
  for (const r of m.onlySecond) rows.push({ entity: r.name, kind: r.kind, awsId: r.awsId, change: 'only-in-aws' });
  for (const r of m.onlyFirst) {
    if (described.has(r.kind)) rows.push({ entity: r.name, kind: r.kind, awsId: r.awsId, change: 'only-in-design' });
  }
  const order = ['changed', 'only-in-aws', 'only-in-design'];
  rows.sort((x, y) => byKindAndName({ kind: x.kind, name: x.entity }, { kind: y.kind, name: y.entity }) || order.indexOf(x.change) - order.indexOf(y.change));
  return {
    drift: rows,
    summary: {
      changed: rows.filter((r) => r.change === 'changed').length,
      onlyInAws: rows.filter((r) => r.change === 'only-in-aws').length,
      onlyInDesign: rows.filter((r) => r.change === 'only-in-design').length,
    },
    matched: m.pairs.length,
  };
}
