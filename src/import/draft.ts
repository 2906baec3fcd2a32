// The topology an import builds: plain values plus the comments, TODO placeholders and
// unknown values attached to paths in it, written out with the `yaml` Document API so the
// comments sit next to the keys they explain.
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { formatPath } from '../model/finding';
import { TOPOLOGY, type ValueType } from '../model/schema';

/** The value written where the user must fill something in. */
export const TODO = 'TODO';

export type Path = (string | number)[];
export type Out = Record<string, unknown>;

export interface Note {
  /** Where, as `vifs[1].amazonAddress`. */
  path: string;
  text: string;
}

type Located<T> = T & { at: Path };

const key = (path: Path): string => JSON.stringify(path);

export class Draft {
  readonly root: Out = { version: 1 };
  /** Every TODO: placeholders (`key: TODO`) and notes about keys to add. */
  readonly todos: Located<Note & { placeholder: boolean }>[] = [];
  /** Values Terraform knows only after apply, with the Terraform attribute. */
  readonly unknowns: Located<Note>[] = [];
  /** Resources left out, for stderr. */
  readonly warnings: string[] = [];
  readonly counts = { stub: 0, todo: 0 };
  private readonly trailing = new Map<string, { path: Path; lines: string[] }>();
  private readonly leading = new Map<string, { path: Path; lines: string[] }>();

  /** A comment after the value at `path`, on its line. */
  comment(path: Path, text: string): void {
    const entry = this.trailing.get(key(path)) ?? { path, lines: [] };
    entry.lines.push(text);
    this.trailing.set(key(path), entry);
  }

  /** A comment on the lines before the node at `path` (a list item, or a top-level key). */
  before(path: Path, text: string): void {
    const entry = this.leading.get(key(path)) ?? { path, lines: [] };
    entry.lines.push(...text.split('\n'));
    this.leading.set(key(path), entry);
  }

  /** A TODO about something to add that has no key yet (before the item at `path`). */
  note(path: Path, text: string): void {
    this.before(path, `TODO: ${text}`);
    this.todos.push({ path: formatPath(path), text, placeholder: false, at: path });
  }

  /** Writes `key: TODO` at `path` (in `out`) with a comment saying what belongs there. */
  todo(path: Path, out: Out, field: string, reason: string, unknownAttribute?: string): void {
    out[field] = TODO;
    this.comment(path, `TODO: ${reason}`);
    this.todos.push({ path: formatPath(path), text: reason, placeholder: true, at: path });
    if (unknownAttribute) this.unknown(path, unknownAttribute);
  }

  /** Replaces the `TODO` at `path` (in `out`) with a value learnt later, and says where from. */
  settle(path: Path, out: Out, field: string, value: unknown, why: string): void {
    out[field] = value;
    const at = key(path);
    this.trailing.delete(at);
    const kept = this.todos.filter((t) => key(t.at) !== at);
    this.todos.splice(0, this.todos.length, ...kept);
    this.comment(path, why);
  }

  unknown(path: Path, attribute: string): void {
    this.unknowns.push({ path: formatPath(path), text: `(known after apply) ${attribute}`, at: path });
  }

  warn(text: string): void {
    this.warnings.push(text);
  }

  count(what: 'stub' | 'todo'): void {
    this.counts[what]++;
  }

  /** The number of `TODO` markers in the output. */
  get todoCount(): number {
    return this.todos.length + this.counts.stub + this.counts.todo;
  }

  toYaml(header: string[]): string {
    const doc = new Document(ordered(this.root, { t: 'object', schema: TOPOLOGY }));
    // Lists of plain values in flow style, as the spec writes them: `cidrs: [10.1.0.0/16]`.
    visit(doc, {
      Seq(_, node) {
        if (node.items.every((item) => isScalar(item))) node.flow = true;
      },
    });
    const docLines = [...header];
    for (const { path, lines } of this.leading.values()) {
      const target = path.length === 1 ? topLevelKey(doc, path[0] as string) : nodeAt(doc, path);
      if (target) target.commentBefore = join(target.commentBefore, lines);
      else docLines.push(...lines);
    }
    for (const { path, lines } of this.trailing.values()) {
      const target = nodeAt(doc, path);
      if (target) target.comment = ` ${lines.join('; ')}`;
    }
    doc.commentBefore = docLines.map((l) => ` ${l}`).join('\n');
    const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    this.sortByPosition(text);
    return text;
  }

  /** Lists TODOs and unknown values in the order they appear in the written file. */
  private sortByPosition(text: string): void {
    const written = parseDocument(text);
    const offset = (path: Path): number => {
      for (let n = path.length; n > 0; n--) {
        const node = written.getIn(path.slice(0, n), true) as Node | undefined;
        if (node?.range) return node.range[0];
      }
      return 0;
    };
    const byPosition = <T extends { at: Path }>(list: T[]) => {
      const keyed = list.map((item, i) => ({ item, i, pos: offset(item.at) }));
      keyed.sort((a, b) => a.pos - b.pos || a.i - b.i);
      list.splice(0, list.length, ...keyed.map((k) => k.item));
    };
    byPosition(this.todos);
    byPosition(this.unknowns);
  }
}

function join(existing: string | null | undefined, lines: string[]): string {
  const added = lines.map((l) => ` ${l}`).join('\n');
  return existing ? `${existing}\n${added}` : added;
}

function nodeAt(doc: Document, path: Path): Node | undefined {
  const node = doc.getIn(path, true);
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
}

function topLevelKey(doc: Document, name: string): Node | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === name);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** Orders keys as the format's schema lists them, so every entity reads the same way. */
function ordered(value: unknown, type: ValueType | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, type?.t === 'list' ? type.of : undefined));
  if (typeof value !== 'object' || value === null) return value;
  const fields = type?.t === 'object' ? type.schema.fields : {};
  const record = value as Out;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  const schemaOrder = Object.keys(fields).filter((k) => keys.includes(k));
  const out: Out = {};
  for (const k of [...schemaOrder, ...keys.filter((k) => !(k in fields))]) out[k] = ordered(record[k], fields[k]?.type);
  return out;
}

// --- what both importers draft the same way -----------------------------------------------

export type Kind = 'location' | 'site' | 'router' | 'connection' | 'lag' | 'vif' | 'vgw' | 'dxgw' | 'tgw' | 'vpc' | 'vpn';

export const WHAT: Readonly<Record<Kind, string>> = {
  location: 'Direct Connect location', site: 'on-premise site', router: 'customer gateway', connection: 'Direct Connect connection',
  lag: 'LAG', vif: 'virtual interface', vgw: 'virtual private gateway', dxgw: 'Direct Connect gateway',
  tgw: 'transit gateway', vpc: 'VPC', vpn: 'VPN connection',
};

/** The kind of AWS object an id names, from its prefix. */
export function kindOfId(id: string): Kind | undefined {
  if (/^vpc-[0-9a-f]+$/.test(id)) return 'vpc';
  if (/^vgw-[0-9a-f]+$/.test(id)) return 'vgw';
  if (/^tgw-[0-9a-f]+$/.test(id)) return 'tgw';
  if (/^dxcon-[0-9a-z]+$/.test(id)) return 'connection';
  if (/^dxlag-[0-9a-z]+$/.test(id)) return 'lag';
  if (/^cgw-[0-9a-f]+$/.test(id)) return 'router';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return 'dxgw';
  return undefined;
}

/** A dxplan name from free text: `prod_b` → `prod-b`, `dx["a"]` → `dx-a`. */
export function sanitizeName(text: string): string {
  const clean = text
    .replace(/_/g, '-')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return (clean === '' ? 'unnamed' : clean).slice(0, 100);
}

/**
 * An object that something names but the input does not describe: a `TODO` for every key
 * the format needs that `out` does not hold yet, and a comment saying what to complete.
 */
export function draftStub(draft: Draft, kind: Kind, path: Path, out: Out, id: string, why: string): void {
  draft.comment([...path, 'name'], `TODO: ${WHAT[kind]} ${id} ${why}: complete it`);
  draft.count('stub');
  const todo = (key: string, what: string) => {
    if (out[key] === undefined) draft.todo([...path, key], out, key, what);
  };
  switch (kind) {
    case 'vpc':
      todo('region', `the region of ${id}`);
      todo('cidrs', `the CIDR blocks of ${id}, e.g. [10.9.0.0/16]`);
      break;
    case 'vgw':
    case 'tgw':
      todo('region', `the region of ${id}`);
      break;
    case 'dxgw':
      todo('asn', `the Amazon-side ASN of ${id}`);
      break;
    case 'connection':
      todo('type', 'dedicated or hosted');
      todo('bandwidth', `the port speed of ${id}, e.g. 10Gbps`);
      todo('location', `the location of ${id} (a name under locations)`);
      todo('router', `the customer router that terminates ${id} (a name under sites[].routers)`);
      break;
    case 'lag':
      todo('location', `the location of ${id} (a name under locations)`);
      break;
    default:
      break;
  }
}

/** `com.amazonaws.us-east-1.s3` → the service code and its region; undefined for other names. */
export function parseServiceName(serviceName: string): { region: string; service: string } | undefined {
  const parsed = /^com\.amazonaws\.([a-z]{2}(?:-gov)?-[a-z]+-[0-9]+)\.([a-z0-9][a-z0-9.-]*)$/.exec(serviceName);
  return parsed ? { region: parsed[1], service: parsed[2] } : undefined;
}

/**
 * The endpoint's `service` as the format writes it: the bare code in the VPC's own region,
 * `code@region` elsewhere; a name that is not an AWS service name is kept with a TODO.
 */
export function writeEndpointService(draft: Draft, path: Path, out: Out, vpcRegion: unknown, serviceName: string | undefined, source: string): void {
  const parsed = serviceName ? parseServiceName(serviceName) : undefined;
  if (parsed) {
    out.service = typeof vpcRegion === 'string' && vpcRegion !== parsed.region ? `${parsed.service}@${parsed.region}` : parsed.service;
    draft.comment([...path, 'service'], `${source} (${serviceName})`);
  } else if (serviceName) {
    out.service = serviceName;
    draft.comment([...path, 'service'], `${source}: TODO: not an AWS service name (com.amazonaws.REGION.SERVICE); check the service code`);
    draft.count('todo');
  } else {
    draft.todo([...path, 'service'], out, 'service', `the service code of ${source}, e.g. s3`);
  }
}

/** The note an interface endpoint gets: dxplan cannot see on-premise DNS. */
export const ON_PREM_DNS_NOTE = 'onPremDns: false unless on-premise DNS resolves this service to the endpoint (a Route 53 Resolver inbound endpoint)';
