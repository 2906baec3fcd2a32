// From a routed topology to the pricing input: every connection's port, the VPN connections
// billed (declared, or one assumed per site that carries traffic), and each traffic flow with
// the paths the routing engine gives it over Direct Connect and over a VPN (cost.md).
// Only this file knows the routing engine's shapes; the model (model.ts) prices plain data.
import type { Connection, Site, Topology, Vpc } from '../model/types';
import type { Hop, RouteDetail, RoutePath, RoutingIndex } from '../routing/index';
import type { CostInput, EndpointUse, Flow, FlowPath, PortSpec, VpnSpec } from './flow';

export interface FromTopologyOptions {
  /** `--gb N`: price N GB a month from defaultRegion to the first site instead of the declared traffic. */
  whatIfGb?: number;
  freeTier: boolean;
}

export interface PricedTopology {
  input: CostInput;
  notes: string[];
  /** Declared flows left out of every option (an end that names nothing, or no crossing to price). */
  unpriced: string[];
  whatIf?: { gbPerMonth: number; from: string; to: string; over?: string };
}

/** A what-if that the topology cannot answer (no defaultRegion, no site): the CLI's usage error. */
export class WhatIfError extends Error {}

const isDx = (p: RoutePath): boolean => p.path.startsWith('direct-connect');
const isVpn = (p: RoutePath): boolean => p.path === 'vpn';

export function portsOf(t: Topology): PortSpec[] {
  return t.connections.map((c) => ({
    name: c.name,
    type: c.type,
    mbps: c.bandwidthMbps,
    location: c.location.name,
    locationRegion: c.location.region,
    crossConnectMonthlyFee: c.crossConnect?.monthlyFee,
  }));
}

/**
 * The paths sharing a flow in one option: the chosen path and its equal-cost ones when the
 * chosen path is of that kind; else the best alternatives of that kind (the first, and those
 * after it learning the same prefix over the same kind of path).
 */
export function pathsOfKind(detail: RouteDetail, accept: (p: RoutePath) => boolean): RoutePath[] {
  if (detail.equalCost.length > 0 && accept(detail.equalCost[0])) return detail.equalCost.filter(accept);
  const alts = detail.forward.alternatives.filter(accept);
  if (alts.length === 0) return [];
  const first = alts[0];
  return alts.filter((a) => a.path === first.path && a.prefix === first.prefix);
}

/** What pricing needs from one path's hops: the carrier, the VPN, the TGWs and the endpoint. */
export function flowPathOf(t: Topology, hops: readonly Hop[], share: number): FlowPath {
  const path: FlowPath = { share, tgws: [] };
  hops.forEach((hop, i) => {
    switch (hop.kind) {
      case 'connection':
      case 'lag': {
        if (path.carrier) break;
        const loc = hops.slice(i + 1).find((h) => h.kind === 'location') ?? hops.slice(0, i).reverse().find((h) => h.kind === 'location');
        const location = loc ? t.byName.get(loc.name) : undefined;
        const carrier = t.byName.get(hop.name);
        const l = location?.kind === 'location' ? location : carrier?.kind === 'connection' || carrier?.kind === 'lag' ? carrier.location : undefined;
        if (l) path.carrier = { name: hop.name, location: l.name, locationRegion: l.region };
        break;
      }
      case 'vpn':
        path.vpn = hop.name;
        break;
      case 'tgw': {
        const tgw = t.byName.get(hop.name);
        if (tgw?.kind !== 'tgw') break;
        const attachments = [hops[i - 1], hops[i + 1]]
          .filter((h): h is Hop => h !== undefined && (h.kind === 'vpc' || h.kind === 'dxgw' || h.kind === 'vpn'))
          .map((h) => h.name)
          .sort();
        path.tgws.push({ tgw: tgw.name, region: tgw.region, attachments });
        break;
      }
      case 'endpoint': {
        const use = endpointUse(t, hop.name);
        if (use) path.endpoint = use;
        break;
      }
      default:
        break;
    }
  });
  return path;
}

function endpointUse(t: Topology, name: string): EndpointUse | undefined {
  const ep = t.endpoints.find((e) => e.name === name);
  if (!ep || ep.type !== 'interface') return undefined;
  return { name: ep.name, region: ep.vpc.region, azs: ep.azs };
}

function toFlowPaths(t: Topology, paths: RoutePath[]): FlowPath[] {
  return paths.map((p) => flowPathOf(t, p.hops, 1 / paths.length));
}

interface Classified {
  flow: Flow;
  /** The on-premise site at the other end; undefined for a flow to or from the internet. */
  site?: Site;
  /** The VPC the flow reaches, where it reaches one (for a service, the VPC of the endpoint it uses). */
  vpc?: Vpc;
  endpoint?: EndpointUse;
}

/** The AWS end of a resolved endpoint: its region and VPC. */
function awsEnd(e: ReturnType<RoutingIndex['resolve']>): { region: string; vpc?: Vpc; service?: string } | undefined {
  if ('error' in e) return undefined;
  if (e.kind === 'vpc') return { region: e.vpc.region, vpc: e.vpc };
  if (e.kind === 'public') return { region: e.region, vpc: e.resource.vpc };
  if (e.kind === 'service') return { region: e.region, service: e.service };
  return undefined;
}

/** The interface endpoint a service flow would use: the one its routes cross, else the first that on-premise DNS resolves to. */
function serviceEndpoint(t: Topology, detail: RouteDetail | undefined, service: string, region: string): { use: EndpointUse; vpc: Vpc } | undefined {
  const paths = detail ? [...detail.equalCost, ...detail.forward.alternatives] : [];
  for (const p of paths) {
    const hop = p.hops.find((h) => h.kind === 'endpoint');
    const ep = hop && t.endpoints.find((e) => e.name === hop.name);
    if (ep && ep.type === 'interface') return { use: { name: ep.name, region: ep.vpc.region, azs: ep.azs }, vpc: ep.vpc };
  }
  const ep = t.endpoints.find((e) => e.type === 'interface' && e.service === service && e.vpc.region === region && e.onPremDns);
  return ep ? { use: { name: ep.name, region: ep.vpc.region, azs: ep.azs }, vpc: ep.vpc } : undefined;
}

function gatewayOfVpc(t: Topology, vpc: Vpc): { kind: 'vgw' | 'tgw'; name: string; region: string } | undefined {
  const vgw = t.vgws.find((g) => g.vpc === vpc);
  if (vgw) return { kind: 'vgw', name: vgw.name, region: vgw.region };
  const tgw = t.tgws.find((g) => g.attachments.includes(vpc));
  return tgw ? { kind: 'tgw', name: tgw.name, region: tgw.region } : undefined;
}

/** The declared traffic, routed and classified. Flows that do not cross between AWS and on-premise or the internet are noted and left out. */
function declaredFlows(t: Topology, routing: RoutingIndex, notes: string[], unpricedNames: string[]): Classified[] {
  const out: Classified[] = [];
  const unpriced: string[] = [];
  for (const tr of t.traffic) {
    const name = tr.name ?? `${tr.from} → ${tr.to}`;
    if (typeof tr.gbPerMonth !== 'number' || !Number.isFinite(tr.gbPerMonth) || tr.gbPerMonth < 0) continue;
    const from = routing.resolve(tr.from);
    const to = routing.resolve(tr.to);
    if ('error' in from || 'error' in to) {
      unpriced.push(`${name} (${'error' in from ? from.error : (to as { error: string }).error})`);
      unpricedNames.push(name);
      continue;
    }
    const src = awsEnd(from);
    const dst = awsEnd(to);
    const aws = src ?? dst;
    const other = src ? to : from;
    if (!aws || (src && dst) || (other.kind !== 'onprem' && other.kind !== 'internet')) {
      unpriced.push(`${name} (it does not cross between AWS and on-premise or the internet)`);
      unpricedNames.push(name);
      continue;
    }
    const direction = src ? 'out' : 'in';
    const flow: Flow = { name, gb: tr.gbPerMonth, direction, region: aws.region, directConnect: [], vpn: [] };
    if (other.kind === 'internet') {
      out.push({ flow });
      continue;
    }
    const detail = routing.routeDetail(tr.from, tr.to);
    const d = 'error' in detail ? undefined : detail;
    if (d) {
      flow.directConnect = toFlowPaths(t, pathsOfKind(d, isDx));
      flow.vpn = toFlowPaths(t, pathsOfKind(d, isVpn));
    }
    const c: Classified = { flow, site: other.site, vpc: aws.vpc };
    if (aws.service) {
      const ep = serviceEndpoint(t, d, aws.service, aws.region);
      if (ep) { c.endpoint = ep.use; c.vpc = ep.vpc; }
    }
    out.push(c);
  }
  if (unpriced.length > 0) notes.push(`not priced: ${unpriced.join('; ')}`);
  return out;
}

/**
 * Where no VPN is declared: one per site that carries traffic, in the region of the site's
 * first flow, ending on the gateway of the VPC of the site's first flow that has one; every
 * flow of the site is priced over it (cost.md).
 */
function assumeVpns(t: Topology, flows: Classified[]): VpnSpec[] {
  const bySite = new Map<Site, Classified[]>();
  for (const c of flows) {
    if (!c.site) continue;
    const list = bySite.get(c.site);
    if (list) list.push(c);
    else bySite.set(c.site, [c]);
  }
  const vpns: VpnSpec[] = [];
  for (const [site, list] of bySite) {
    const name = `assumed-vpn-${site.name}`;
    let gateway: ReturnType<typeof gatewayOfVpc>;
    for (const c of list) {
      if (c.vpc && (gateway = gatewayOfVpc(t, c.vpc))) break;
    }
    vpns.push({ name, region: list[0].flow.region, assumedForSite: site.name });
    for (const c of list) {
      const path: FlowPath = { share: 1, vpn: name, tgws: [] };
      if (gateway?.kind === 'tgw') {
        const tgw = t.tgws.find((g) => g.name === gateway!.name);
        const attachments = [name, ...(c.vpc && tgw?.attachments.includes(c.vpc) ? [c.vpc.name] : [])].sort();
        path.tgws.push({ tgw: gateway.name, region: gateway.region, attachments });
      }
      if (c.endpoint) path.endpoint = c.endpoint;
      c.flow.vpn = [path];
    }
  }
  return vpns;
}

function firstConnectionOf(t: Topology, site: Site): Connection | undefined {
  return t.connections.find((c) => c.router.site === site);
}

function whatIf(t: Topology, gb: number): PricedTopology {
  const region = t.defaultRegion;
  if (!region) throw new WhatIfError('--gb needs `defaultRegion` in the topology: the what-if flow leaves AWS there');
  const site = t.sites[0];
  if (!site) throw new WhatIfError('--gb needs a site in the topology: the what-if flow goes to the first one');
  const conn = firstConnectionOf(t, site);
  const flow: Flow = { name: 'what-if', gb, direction: 'out', region, directConnect: [], vpn: [] };
  if (conn) {
    flow.directConnect = [{ share: 1, carrier: { name: conn.name, location: conn.location.name, locationRegion: conn.location.region }, tgws: [] }];
  }
  const notes = ['the what-if flow crosses no transit gateway or endpoint: it prices ports, cross-connects, VPN hours and transfer'];
  let vpns: VpnSpec[];
  if (t.vpns.length > 0) {
    vpns = t.vpns.map((v) => ({ name: v.name, region: v.gateway.region }));
    const own = t.vpns.find((v) => v.router.site === site);
    if (own) flow.vpn = [{ share: 1, vpn: own.name, tgws: [] }];
  } else {
    const name = `assumed-vpn-${site.name}`;
    vpns = [{ name, region, assumedForSite: site.name }];
    flow.vpn = [{ share: 1, vpn: name, tgws: [] }];
  }
  if (!conn) notes.push(`site ${site.name} has no Direct Connect connection: the direct-connect option prices the what-if at internet rates`);
  return {
    input: { ports: portsOf(t), vpns, flows: [flow], freeTier: true },
    notes,
    unpriced: [],
    whatIf: { gbPerMonth: gb, from: region, to: site.name, over: conn?.name },
  };
}

/** The pricing input of a topology: its declared traffic routed, or the `--gb` what-if. */
export function priceInputOf(t: Topology, routing: RoutingIndex, options: FromTopologyOptions): PricedTopology {
  if (options.whatIfGb !== undefined) {
    const p = whatIf(t, options.whatIfGb);
    p.input.freeTier = options.freeTier;
    return p;
  }
  const notes: string[] = [];
  const unpriced: string[] = [];
  const classified = declaredFlows(t, routing, notes, unpriced);
  let vpns: VpnSpec[];
  if (t.vpns.length > 0) {
    vpns = t.vpns.map((v) => ({ name: v.name, region: v.gateway.region }));
    const without = classified.filter((c) => c.site && c.flow.vpn.length === 0).map((c) => c.flow.name);
    if (without.length > 0) notes.push(`no VPN path for ${without.join(', ')}: the vpn option prices ${without.length === 1 ? 'it' : 'them'} as internet transfer only`);
  } else {
    vpns = assumeVpns(t, classified);
    if (vpns.length > 0) notes.push('no VPN is declared: the vpn option assumes one per site that carries traffic (cost.md)');
  }
  const noDx = classified.filter((c) => c.flow.directConnect.length === 0).map((c) => c.flow.name);
  if (noDx.length > 0) notes.push(`no Direct Connect path for ${noDx.join(', ')}: the direct-connect option prices ${noDx.length === 1 ? 'it' : 'them'} at internet rates`);
  if (t.traffic.length === 0) notes.push('the topology declares no traffic: only fixed costs are priced; ask a what-if with --gb N');
  return { input: { ports: portsOf(t), vpns, flows: classified.map((c) => c.flow), freeTier: options.freeTier }, notes, unpriced };
}
