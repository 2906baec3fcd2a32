// The topology as a graph of boxes and lines, on-premise to AWS: sites → routers →
// connections/LAGs at locations → VIFs → gateways → VPCs, with endpoints and VPNs.
// Renderers (src/formatters/graph-*.ts) turn it into Mermaid or Graphviz text.
import type { Topology } from '../model/types';
import type { Hop } from '../routing/types';

export type NodeKind = 'site' | 'router' | 'location' | 'connection' | 'lag' | 'vif' | 'vpn' | 'dxgw' | 'vgw' | 'tgw' | 'vpc' | 'endpoint';

export interface DiagramNode {
  /** A short, syntax-safe id (n0, n1, ...). */
  id: string;
  name: string;
  kind: NodeKind;
  /** A second line under the name (a bandwidth, a region, a CIDR). */
  detail?: string;
  /** The id of the group box it sits in: its site, location or VPC. */
  group?: string;
  highlighted: boolean;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
  highlighted: boolean;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Group boxes: sites hold routers, locations hold connections and LAGs. */
  groups: { id: string; label: string }[];
}

export function buildDiagram(t: Topology, route?: Hop[]): Diagram {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const groups: Diagram['groups'] = [];
  const idOf = new Map<string, string>();
  const onRoute = new Set((route ?? []).map((h) => h.name));
  const add = (name: string, kind: NodeKind, detail?: string, group?: string): string => {
    const id = `n${nodes.length}`;
    idOf.set(name, id);
    nodes.push({ id, name, kind, detail, group, highlighted: onRoute.has(name) });
    return id;
  };
  const link = (from: string, to: string, label?: string): void => {
    const a = idOf.get(from);
    const b = idOf.get(to);
    if (a && b) edges.push({ from: a, to: b, label, highlighted: false });
  };

  for (const s of t.sites) {
    const gid = `g${groups.length}`;
    groups.push({ id: gid, label: `site ${s.name}${s.cidrs.length ? ` ${s.cidrs.map((c) => c.text).join(', ')}` : ''}` });
    for (const r of s.routers) add(r.name, 'router', undefined, gid);
  }
  for (const loc of t.locations) {
    const gid = `g${groups.length}`;
    groups.push({ id: gid, label: `${loc.name} (${loc.region})` });
    for (const lag of t.lags.filter((l) => l.location === loc)) add(lag.name, 'lag', `LAG, ${lag.members.length} member${lag.members.length === 1 ? "" : "s"}`, gid);
    for (const c of t.connections.filter((x) => x.location === loc)) add(c.name, 'connection', `${c.type} ${c.bandwidth}`, gid);
  }
  for (const v of t.vifs) add(v.name, 'vif', `${v.type} VIF, VLAN ${v.vlan}`);
  for (const v of t.vpns) add(v.name, 'vpn', `VPN, ${v.routing}`);
  for (const g of t.dxgws) add(g.name, 'dxgw', `DX gateway, ASN ${g.asn}`);
  for (const g of t.vgws) add(g.name, 'vgw', `VGW, ${g.region}`);
  for (const g of t.tgws) add(g.name, 'tgw', `TGW, ${g.region}`);
  for (const v of t.vpcs) {
    add(v.name, 'vpc', `VPC, ${v.region}, ${v.cidrs.map((c) => c.text).join(', ')}`);
    for (const e of v.endpoints) add(e.name, 'endpoint', `${e.type} endpoint`);
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
  for (const g of t.vgws) if (g.vpc) link(g.name, g.vpc.name);
  for (const g of t.tgws) for (const v of g.attachments) link(g.name, v.name);
  for (const v of t.vpcs) for (const e of v.endpoints) link(v.name, e.name);

  if (route) highlightRoute(nodes, edges, route, idOf);
  return { nodes, edges, groups };
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
  const neighbours = (id: string): string[] => edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : []));
  const ids = route.map((h) => idOf.get(h.name)).filter((id): id is string => id !== undefined);
  for (let i = 1; i < ids.length; i++) {
    const [a, b] = [ids[i - 1], ids[i]];
    const direct = between.get(`${a}>${b}`);
    if (direct) {
      for (const e of direct) e.highlighted = true;
      continue;
    }
    for (const via of neighbours(a)) {
      const second = between.get(`${via}>${b}`);
      if (!second) continue;
      for (const e of [...(between.get(`${a}>${via}`) ?? []), ...second]) e.highlighted = true;
      const node = nodes.find((n) => n.id === via);
      if (node) node.highlighted = true;
    }
  }
}
