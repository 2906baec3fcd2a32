// The topology as a graph of boxes and lines, on-premise to AWS: sites → routers →
// connections/LAGs at locations → VIFs → gateways → VPCs, with endpoints and VPNs.
// Renderers (src/formatters/graph.ts) turn it into Mermaid or Graphviz text.
import type { Topology } from '../model/types';
import type { Hop } from '../routing/types';

export type NodeKind = 'site' | 'router' | 'location' | 'connection' | 'lag' | 'vif' | 'vpn' | 'dxgw' | 'vgw' | 'tgw' | 'vpc' | 'endpoint';

/** Something a review points at on an object: a finding, or a failure that breaks a route on its own. */
export interface DiagramMark {
  kind: 'error' | 'warning' | 'info' | 'single-failure';
  text: string;
}

export interface DiagramNode {
  /** A short, syntax-safe id (n0, n1, ...). */
  id: string;
  name: string;
  kind: NodeKind;
  /** Lines under the name (a bandwidth, an AWS device, a region, a CIDR). */
  details: string[];
  /** The id of the group box it sits in: its site or location. */
  group?: string;
  highlighted: boolean;
  marks: DiagramMark[];
}

export interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
  highlighted: boolean;
}

export interface DiagramGroup {
  /** A short, syntax-safe id (g0, g1, ...). */
  id: string;
  kind: 'site' | 'location';
  name: string;
  label: string;
  marks: DiagramMark[];
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Group boxes: sites hold routers, locations hold connections and LAGs. */
  groups: DiagramGroup[];
  /** VPCs were folded into one node per gateway (see FOLD_ABOVE_VPCS). */
  folded: boolean;
  /** Entity name → the id of the node or group box that shows it (a folded VPC: its gateway's fold node). */
  ids: ReadonlyMap<string, string>;
}

/** Above this many VPCs, VPCs (and the VGWs behind a DX gateway) fold into one node per gateway. */
export const FOLD_ABOVE_VPCS = 60;

export interface DiagramOptions {
  /** Paths to highlight: a route and its equal-cost alternatives. */
  routes?: Hop[][];
  /** Marks by entity name (a site, location, connection, VIF, gateway, VPC...). */
  marks?: ReadonlyMap<string, DiagramMark[]>;
  /** Fold VPCs into their gateways; by default only above FOLD_ABOVE_VPCS VPCs. */
  fold?: boolean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function buildDiagram(t: Topology, options: DiagramOptions = {}): Diagram {
  const folded = options.fold ?? t.vpcs.length > FOLD_ABOVE_VPCS;
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const groups: DiagramGroup[] = [];
  /** Entity name → the node or group that shows it (a folded VPC shows as its gateway's fold node). */
  const idOf = new Map<string, string>();
  const marksOf = (name: string): DiagramMark[] => [...(options.marks?.get(name) ?? [])];
  const add = (name: string, kind: NodeKind, details: string[], group?: string): string => {
    const id = `n${nodes.length}`;
    idOf.set(name, id);
    nodes.push({ id, name, kind, details, group, highlighted: false, marks: marksOf(name) });
    return id;
  };
  const edgeKeys = new Set<string>();
  const linkIds = (a: string | undefined, b: string | undefined, label?: string): void => {
    // a === b: a VGW folded into its DX gateway's box.
    if (!a || !b || a === b || edgeKeys.has(`${a}>${b}`)) return;
    edgeKeys.add(`${a}>${b}`);
    edges.push({ from: a, to: b, label, highlighted: false });
  };
  const link = (from: string, to: string, label?: string): void => linkIds(idOf.get(from), idOf.get(to), label);

  for (const s of t.sites) {
    const gid = `g${groups.length}`;
    idOf.set(s.name, gid);
    groups.push({ id: gid, kind: 'site', name: s.name, label: `site ${s.name}${s.cidrs.length ? ` ${s.cidrs.map((c) => c.text).join(', ')}` : ''}`, marks: marksOf(s.name) });
    for (const r of s.routers) add(r.name, 'router', [], gid);
  }
  for (const loc of t.locations) {
    const gid = `g${groups.length}`;
    idOf.set(loc.name, gid);
    groups.push({ id: gid, kind: 'location', name: loc.name, label: `${loc.name} (${loc.region})`, marks: marksOf(loc.name) });
    for (const lag of t.lags.filter((l) => l.location === loc)) {
      add(lag.name, 'lag', [`LAG, ${plural(lag.members.length, 'member')}, minimum ${lag.minimumLinks}`], gid);
    }
    for (const c of t.connections.filter((x) => x.location === loc)) {
      // What a resiliency review checks: which AWS device terminates it, and whether it is encrypted.
      const device = c.awsDevice !== undefined ? `AWS device ${c.awsDevice}` : 'AWS device not given';
      add(c.name, 'connection', [`${c.type} ${c.bandwidth}${c.macsec ? ', MACsec' : ''}`, device], gid);
    }
  }
  for (const v of t.vifs) add(v.name, 'vif', [`${v.type} VIF, VLAN ${v.vlan}`]);
  for (const v of t.vpns) add(v.name, 'vpn', [`VPN, ${v.routing}`]);
  for (const g of t.dxgws) add(g.name, 'dxgw', [`DX gateway, ASN ${g.asn}`]);
  const hiddenVgws = new Set(folded ? t.dxgws.flatMap((g) => g.associations.map((a) => a.gateway)).filter((g) => g.kind === 'vgw') : []);
  for (const g of t.vgws) if (!hiddenVgws.has(g)) add(g.name, 'vgw', [`VGW, ${g.region}`]);
  for (const g of t.tgws) add(g.name, 'tgw', [`TGW, ${g.region}`]);
  if (folded) foldVpcs(t, hiddenVgws, nodes, idOf, linkIds);
  else {
    for (const v of t.vpcs) {
      add(v.name, 'vpc', [`VPC, ${v.region}`, v.cidrs.map((c) => c.text).join(', ')]);
      for (const e of v.endpoints) add(e.name, 'endpoint', [`${e.type} endpoint`]);
    }
  }

  for (const c of t.connections) {
    link(c.router.name, c.name);
    if (c.lag) link(c.name, c.lag.name, 'member');
  }
  for (const v of t.vifs) {
    link(v.carrier.name, v.name);
    for (const g of v.gateways) link(v.name, g.name);
  }
  for (const v of t.vpns) {
    link(v.router.name, v.name);
    link(v.name, v.gateway.name);
  }
  for (const g of t.dxgws) {
    for (const a of g.associations) link(g.name, a.gateway.name, a.allowedPrefixes?.map((p) => p.text).join(', '));
  }
  if (!folded) {
    for (const g of t.vgws) if (g.vpc) link(g.name, g.vpc.name);
    for (const g of t.tgws) for (const v of g.attachments) link(g.name, v.name);
    for (const v of t.vpcs) for (const e of v.endpoints) link(v.name, e.name);
  }

  for (const route of options.routes ?? []) highlightRoute(nodes, edges, route, idOf);
  // Marks on entities drawn inside another node (a folded VPC, an endpoint) go on that node.
  if (options.marks) {
    const shown = new Set([...nodes.map((n) => n.name), ...groups.map((g) => g.name)]);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const [name, marks] of options.marks) {
      if (shown.has(name)) continue;
      const node = byId.get(idOf.get(name) ?? '');
      if (node) node.marks.push(...marks);
    }
  }
  return { nodes, edges, groups, folded, ids: idOf };
}

/**
 * One node per gateway for the VPCs behind it: a DX gateway's VGWs and their VPCs, a transit
 * gateway's attachments, a VGW's VPC; VPCs behind no gateway share one node. Names of what is
 * folded map to the fold node, so routes and marks still land on the picture.
 */
function foldVpcs(
  t: Topology,
  hiddenVgws: ReadonlySet<unknown>,
  nodes: DiagramNode[],
  idOf: Map<string, string>,
  linkIds: (a: string | undefined, b: string | undefined) => void,
): void {
  const placed = new Set<string>();
  const fold = (owner: string | undefined, vpcs: Topology['vpcs'], where: string): void => {
    if (vpcs.length === 0) return;
    const id = `n${nodes.length}`;
    const regions = [...new Set(vpcs.map((v) => v.region))].sort().join(', ');
    nodes.push({ id, name: plural(vpcs.length, 'VPC'), kind: 'vpc', details: [where, regions], highlighted: false, marks: [] });
    for (const v of vpcs) {
      if (!idOf.has(v.name)) idOf.set(v.name, id);
      for (const e of v.endpoints) if (!idOf.has(e.name)) idOf.set(e.name, id);
      placed.add(v.name);
    }
    if (owner !== undefined) linkIds(idOf.get(owner), id);
  };
  for (const g of t.dxgws) {
    const vgws = g.associations.map((a) => a.gateway).filter((x) => x.kind === 'vgw');
    for (const v of vgws) idOf.set(v.name, idOf.get(g.name) as string);
    fold(g.name, vgws.flatMap((v) => (v.vpc ? [v.vpc] : [])), `behind ${plural(vgws.length, 'VGW')}`);
  }
  for (const g of t.vgws) if (!hiddenVgws.has(g) && g.vpc) fold(g.name, [g.vpc], `on ${g.name}`);
  for (const g of t.tgws) fold(g.name, g.attachments, `attached to ${g.name}`);
  fold(undefined, t.vpcs.filter((v) => !placed.has(v.name)), 'behind no gateway');
}

/**
 * Marks the lines between consecutive hops of a route (in either direction). A route names a
 * LAG, not the member connection the diagram draws between router and LAG: where two hops have
 * no line of their own, the lines through one node between them are marked.
 */
function highlightRoute(nodes: DiagramNode[], edges: DiagramEdge[], route: Hop[], idOf: Map<string, string>): void {
  const between = new Map<string, DiagramEdge[]>();
  for (const e of edges) {
    for (const key of [`${e.from}>${e.to}`, `${e.to}>${e.from}`]) {
      const list = between.get(key);
      if (list) list.push(e);
      else between.set(key, [e]);
    }
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = (id: string): string[] => edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : []));
  const ids = route.map((h) => idOf.get(h.name)).filter((id): id is string => id !== undefined && byId.has(id));
  for (const id of ids) (byId.get(id) as DiagramNode).highlighted = true;
  for (let i = 1; i < ids.length; i++) {
    const [a, b] = [ids[i - 1], ids[i]];
    if (a === b) continue;
    const direct = between.get(`${a}>${b}`);
    if (direct) {
      for (const e of direct) e.highlighted = true;
      continue;
    }
    for (const via of neighbours(a)) {
      const second = between.get(`${via}>${b}`);
      if (!second) continue;
      for (const e of [...(between.get(`${a}>${via}`) ?? []), ...second]) e.highlighted = true;
      const node = byId.get(via);
      if (node) node.highlighted = true;
    }
  }
}
