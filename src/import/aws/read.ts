// Reads the JSON that AWS CLI `describe-*` calls print (or an SDK returns) into one estate:
// each file is recognised by its top-level key, several files of one kind add up (pages,
// regions, accounts) and the same AWS id seen twice is one object, the later file's fields
// winning. Objects in a state that means "gone" are left out with a note.
import { isRegion } from '../../net/regions';

export type Json = Record<string, unknown>;

export class AwsInputError extends Error {}

/** Top-level key → the kind of object its list holds. */
export const INPUT_KEYS = {
  connections: 'connection',
  lags: 'lag',
  virtualInterfaces: 'vif',
  directConnectGateways: 'dxgw',
  directConnectGatewayAssociations: 'association',
  directConnectGatewayAttachments: 'attachment',
  locations: 'location',
  Vpcs: 'vpc',
  VpnGateways: 'vgw',
  TransitGateways: 'tgw',
  TransitGatewayAttachments: 'tgwAttachment',
  TransitGatewayVpcAttachments: 'tgwAttachment',
  VpnConnections: 'vpn',
  CustomerGateways: 'cgw',
  VpcEndpoints: 'endpoint',
} as const;

export type AwsKind = (typeof INPUT_KEYS)[keyof typeof INPUT_KEYS];

/** The id field of each kind; an association or attachment has a composite id. */
const ID: Readonly<Record<AwsKind, (o: Json) => string | undefined>> = {
  connection: (o) => str(o.connectionId),
  lag: (o) => str(o.lagId),
  vif: (o) => str(o.virtualInterfaceId),
  dxgw: (o) => str(o.directConnectGatewayId),
  association: (o) => str(o.associationId) ?? joinIds(str(o.directConnectGatewayId), gatewayOfAssociation(o)),
  attachment: (o) => joinIds(str(o.directConnectGatewayId), str(o.virtualInterfaceId)),
  location: (o) => str(o.locationCode),
  vpc: (o) => str(o.VpcId),
  vgw: (o) => str(o.VpnGatewayId),
  tgw: (o) => str(o.TransitGatewayId),
  tgwAttachment: (o) => str(o.TransitGatewayAttachmentId),
  vpn: (o) => str(o.VpnConnectionId),
  cgw: (o) => str(o.CustomerGatewayId),
  endpoint: (o) => str(o.VpcEndpointId),
};

/** The state field of each kind. */
const STATE: Readonly<Record<AwsKind, string | undefined>> = {
  connection: 'connectionState', lag: 'lagState', vif: 'virtualInterfaceState', dxgw: 'directConnectGatewayState',
  association: 'associationState', attachment: 'attachmentState', location: undefined, vpc: 'State', vgw: 'State',
  tgw: 'State', tgwAttachment: 'State', vpn: 'State', cgw: 'State', endpoint: 'State',
};

/** States of objects that are gone or going: left out (import-aws.md, Input). */
export const GONE_STATES: ReadonlySet<string> = new Set(['deleted', 'deleting', 'rejected', 'disassociating', 'disassociated', 'detached']);

export interface AwsObject {
  kind: AwsKind;
  id: string;
  data: Json;
  /** The file it was read from (the last one, when several describe it). */
  file: string;
  /** The region the file's nearest folder or file name gives, if any. */
  pathRegion?: string;
  /** Its state as AWS reports it (`available`, `down`, ...). */
  state?: string;
}

export interface Estate {
  /** Objects by kind, in the order first seen. */
  objects: Map<AwsKind, Map<string, AwsObject>>;
  /** What was left out or merged, for the output's comments and stderr. */
  notes: string[];
  /** The kinds some file described (drift reports design objects missing only for these). */
  described: Set<AwsKind>;
  files: string[];
}

export interface InputFile {
  /** As the user named it (or as found under a folder they named). */
  file: string;
  text: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const joinIds = (a: string | undefined, b: string | undefined): string | undefined => (a && b ? `${a}/${b}` : undefined);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The gateway a DXGW association names: `associatedGateway.id`, or the older `virtualGatewayId`. */
export function gatewayOfAssociation(o: Json): string | undefined {
  return (isObject(o.associatedGateway) ? str(o.associatedGateway.id) : undefined) ?? str(o.virtualGatewayId);
}

/** The nearest folder or file name that is a region code: `exports/us-east-1/vpcs.json`. */
export function regionFromPath(file: string): string | undefined {
  const parts = file.split(/[\\/]/).filter((p) => p !== '');
  for (let i = parts.length - 1; i >= 0; i--) {
    const stem = i === parts.length - 1 ? parts[i].replace(/\.json$/i, '') : parts[i];
    if (isRegion(stem)) return stem;
    // `vpcs-eu-west-1.json`, `eu-west-1.vpcs.json`
    const inside = /(?:^|[^a-z])([a-z]{2}(?:-gov)?-[a-z]+-[0-9])(?![0-9])/.exec(stem);
    if (inside && isRegion(inside[1])) return inside[1];
  }
  return undefined;
}

const keyList = (): string => Object.keys(INPUT_KEYS).join(', ');

/** Reads every file into one estate; throws AwsInputError for a file that is not such output. */
export function readEstate(files: InputFile[]): Estate {
  const estate: Estate = { objects: new Map(), notes: [], described: new Set(), files: files.map((f) => f.file) };
  for (const { file, text } of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new AwsInputError(`${file} is not JSON (${err instanceof Error ? err.message : String(err)}); dxplan reads the output of AWS CLI describe calls with --output json, holding one of the keys ${keyList()}`);
    }
    const known = isObject(doc) ? Object.keys(doc).filter((k): k is keyof typeof INPUT_KEYS => k in INPUT_KEYS) : [];
    if (known.length === 0) {
      const found = isObject(doc) ? Object.keys(doc).slice(0, 5).join(', ') : Array.isArray(doc) ? 'a list' : typeof doc;
      throw new AwsInputError(`${file} has none of the keys dxplan reads (it holds ${found || 'nothing'}); expected one of ${keyList()}`);
    }
    const pathRegion = regionFromPath(file);
    for (const key of known) {
      const kind = INPUT_KEYS[key];
      const list = (doc as Json)[key];
      if (!Array.isArray(list)) throw new AwsInputError(`${file}: ${key} is not a list`);
      estate.described.add(kind);
      for (const item of list) {
        if (!isObject(item)) continue;
        add(estate, kind, item, file, pathRegion);
        // LAG members listed inside lags[].connections are connections.
        if (kind === 'lag' && Array.isArray(item.connections)) {
          for (const member of item.connections) if (isObject(member)) add(estate, 'connection', { lagId: item.lagId, ...member }, file, pathRegion);
        }
      }
    }
  }
  return estate;
}

function add(estate: Estate, kind: AwsKind, data: Json, file: string, pathRegion: string | undefined): void {
  const id = ID[kind](data);
  if (id === undefined) {
    estate.notes.push(`${file}: a ${kind} without an id is left out`);
    return;
  }
  const stateKey = STATE[kind];
  const state = stateKey ? str(data[stateKey]) : undefined;
  let objects = estate.objects.get(kind);
  if (!objects) {
    objects = new Map();
    estate.objects.set(kind, objects);
  }
  const earlier = objects.get(id);
  if (earlier) {
    // The same object in a LAG's member list and in describe-connections is not news.
    if (earlier.file !== file) estate.notes.push(`${id} is described in ${earlier.file} and in ${file}; the fields of ${file} are used`);
  }
  if (state && GONE_STATES.has(state.toLowerCase())) {
    objects.delete(id);
    estate.notes.push(`${id} is left out: its state is ${state} (${file})`);
    return;
  }
  objects.set(id, { kind, id, data: earlier ? { ...earlier.data, ...data } : data, file, pathRegion: pathRegion ?? earlier?.pathRegion, state });
}
