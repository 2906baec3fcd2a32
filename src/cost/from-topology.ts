// From a routed topology to the pricing input: every connection's port, the VPN connections
// billed (declared, or one assumed per site that carries traffic), and each traffic flow with
// the paths the routing engine gives it over Direct Connect and over a VPN (cost.md).
// Only this file knows the routing engine's shapes; the model (model.ts) prices plain data.
import type { Connection, Location, Site, Topology, Vpc } from '../model/types';
import type { Hop, RouteDetail, RoutePath, RoutingIndex } from '../routing/index';
import type { BillInput } from './bill';
import type { CostInput, EndpointUse, Flow, FlowPath, PortSpec, SitelinkFlow, VpnSpec } from './flow';

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

/** Everything `cost --bill` charges for, used by a flow or not. */
export function billInputOf(t: Topology): BillInput {
  return {
    ports: portsOf(t),
    tgwAttachments: t.tgws.flatMap((tgw) => [
      ...tgw.attachments.map((v) => v.name),
      ...t.dxgws.filter((d) => d.associations.some((a) => a.gateway === tgw)).map((d) => d.name),
      ...t.vpns.filter((v) => v.gateway === tgw).map((v) => v.name),
    ].map((attachment) => ({ tgw: tgw.name, region: tgw.region, attachment }))),
    endpoints: t.endpoints.filter((e) => e.type === 'interface').map((e) => ({ name: e.name, region: e.vpc.region, azs: e.azs })),
    vpns: declaredVpns(t),
    sitelinkVifs: sitelinkVifsOf(t),
  };
}

function sitelinkVifsOf(t: Topology): string[] {
  return t.vifs.filter((v) => v.sitelink).map((v) => v.name);
}

function declaredVpns(t: Topology): VpnSpec[] {
  return t.vpns.map((v) => ({ name: v.name, region: v.gateway.region }));
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
      case 'vif': {
        const vif = t.byName.get(hop.name);
        if (vif?.kind === 'vif' && vif.type === 'public') path.publicVif = true;
        break;
      }
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

/** The locations a SiteLink path enters and leaves AWS's backbone at. */
function sitelinkPath(t: Topology, p: RoutePath, share: number): SitelinkFlow['paths'][number] {
  const locs = p.hops.filter((h) => h.kind === 'location').map((h) => t.byName.get(h.name) as Location);
  const at = (l: Location) => ({ location: l.name, locationRegion: l.region });
  return { share, from: at(locs[0]), to: at(locs[locs.length - 1]) };
}

/**
 * The declared traffic, routed and classified; site-to-site flows over SiteLink go to `sitelink`.
 * Flows that do not cross between AWS and on-premise or the internet are noted and left out.
 */
function declaredFlows(t: Topology, routing: RoutingIndex, notes: string[], unpricedNames: string[], sitelink: SitelinkFlow[]): Classified[] {
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
    if (from.kind === 'onprem' && to.kind === 'onprem') {
      const d = routing.routeDetail(tr.from, tr.to);
      const paths = 'error' in d ? [] : d.equalCost.filter((p) => p.path === 'direct-connect-sitelink');
      if (paths.length > 0) sitelink.push({ name, gb: tr.gbPerMonth, paths: paths.map((p) => sitelinkPath(t, p, 1 / paths.length)) });
      else {
        unpriced.push(`${name} (site to site without SiteLink: it runs over your own network)`);
        unpricedNames.push(name);
      }
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
    // A VPC's private address over the internet needs a NAT gateway; a public IP or a service does not.
    if ((src ? from : to).kind === 'vpc') flow.viaNat = true;
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
 * Where no VPN is declared: one per site and AWS gateway that carries traffic. A VPN ends on
 * one VGW or TGW, so a site whose flows reach VPCs behind two gateways (a VGW design with VPCs
 * in two regions) needs one for each. A flow whose VPC has no gateway (a service without an
 * endpoint VPC) shares the site's first VPN. Each VPN is priced in its gateway's region, else in
 * the region of its first flow (docs/cost.md).
 */
function assumeVpns(t: Topology, flows: Classified[]): VpnSpec[] {
  type Group = { site: Site; gateway?: NonNullable<ReturnType<typeof gatewayOfVpc>>; flows: Classified[] };
  const groups: Group[] = [];
  const pending: Classified[] = [];
  for (const c of flows) {
    if (!c.site) continue;
    const gateway = c.vpc ? gatewayOfVpc(t, c.vpc) : undefined;
    if (!gateway) {
      pending.push(c);
      continue;
    }
    const group = groups.find((g) => g.site === c.site && g.gateway?.name === gateway.name);
    if (group) group.flows.push(c);
    else groups.push({ site: c.site, gateway, flows: [c] });
  }
  for (const c of pending) {
    const group = groups.find((g) => g.site === c.site);
    if (group) group.flows.push(c);
    else groups.push({ site: c.site as Site, flows: [c] });
  }
  const vpns: VpnSpec[] = [];
  for (const g of groups) {
    const several = groups.filter((x) => x.site === g.site).length > 1;
    const name = several && g.gateway ? `assumed-vpn-${g.site.name}-${g.gateway.name}` : `assumed-vpn-${g.site.name}`;
    vpns.push({ name, region: g.gateway?.region ?? g.flows[0].flow.region, assumedForSite: g.site.name, gateway: g.gateway?.name });
    for (const c of g.flows) {
      const path: FlowPath = { share: 1, vpn: name, tgws: [] };
      if (g.gateway?.kind === 'tgw') {
        const tgw = t.tgws.find((x) => x.name === g.gateway!.name);
        const attachments = [name, ...(c.vpc && tgw?.attachments.includes(c.vpc) ? [c.vpc.name] : [])].sort();
        path.tgws.push({ tgw: g.gateway.name, region: g.gateway.region, attachments });
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

/**
 * The VPC a what-if flow leaves from: the first in defaultRegion (file order) that reaches the
 * site over Direct Connect, else the first there that reaches it at all, with its route.
 */
function whatIfSource(t: Topology, routing: RoutingIndex, region: string, site: Site): { vpc: Vpc; detail: RouteDetail } | undefined {
  let reachable: { vpc: Vpc; detail: RouteDetail } | undefined;
  for (const vpc of t.vpcs) {
    if (vpc.region !== region) continue;
    const d = routing.routeDetail(vpc.name, site.name);
    if ('error' in d || !d.forward.reachable) continue;
    if (pathsOfKind(d, isDx).length > 0) return { vpc, detail: d };
    reachable ??= { vpc, detail: d };
  }
  return reachable;
}

function whatIf(t: Topology, routing: RoutingIndex, gb: number): PricedTopology {
  const region = t.defaultRegion;
  if (!region) throw new WhatIfError('--gb needs `defaultRegion` in the topology: the what-if flow leaves AWS there');
  const site = t.sites[0];
  if (!site) throw new WhatIfError('--gb needs a site in the topology: the what-if flow goes to the first one');
  const flow: Flow = { name: 'what-if', gb, direction: 'out', region, directConnect: [], vpn: [] };
  const notes: string[] = [];
  const source = whatIfSource(t, routing, region, site);
  let over: string | undefined;
  if (source) {
    // Routed like a declared flow: the chosen Direct Connect path with its TGW and endpoint charges.
    flow.directConnect = toFlowPaths(t, pathsOfKind(source.detail, isDx));
    flow.vpn = toFlowPaths(t, pathsOfKind(source.detail, isVpn));
    flow.viaNat = true;
    over = [...new Set(flow.directConnect.map((p) => p.carrier?.name).filter((n): n is string => n !== undefined))].join(', ') || undefined;
    notes.push(`the what-if flow is routed from VPC ${source.vpc.name} (the first in ${region} that reaches ${site.name}) to ${site.name}` +
      `${over ? ` over ${over}` : ''}, with the transit gateway and endpoint charges of that path`);
  } else {
    const conn = firstConnectionOf(t, site);
    if (conn) {
      flow.directConnect = [{ share: 1, carrier: { name: conn.name, location: conn.location.name, locationRegion: conn.location.region }, tgws: [] }];
      over = conn.name;
    }
    notes.push(`no VPC in ${region} reaches ${site.name}: the what-if flow is priced over ${conn ? `its first connection, ${conn.name},` : 'no connection'} ` +
      'and crosses no transit gateway or endpoint');
  }
  let vpns: VpnSpec[];
  if (t.vpns.length > 0) {
    vpns = declaredVpns(t);
    const own = t.vpns.find((v) => v.router.site === site);
    if (flow.vpn.length === 0 && own) flow.vpn = [{ share: 1, vpn: own.name, tgws: [] }];
  } else {
    vpns = assumeVpns(t, [{ flow, site, vpc: source?.vpc }]);
  }
  if (flow.directConnect.length === 0) notes.push(`site ${site.name} has no Direct Connect path: the direct-connect option prices the what-if at internet rates`);
  return {
    input: { ports: portsOf(t), vpns, flows: [flow], freeTier: true },
    notes,
    unpriced: [],
    whatIf: { gbPerMonth: gb, from: region, to: site.name, over },
  };
}

/** The pricing input of a topology: its declared traffic routed, or the `--gb` what-if. */
export function priceInputOf(t: Topology, routing: RoutingIndex, options: FromTopologyOptions): PricedTopology {
  if (options.whatIfGb !== undefined) {
    const p = whatIf(t, routing, options.whatIfGb);
    p.input.freeTier = options.freeTier;
    return p;
  }
  const notes: string[] = [];
  const unpriced: string[] = [];
  const sitelinkFlows: SitelinkFlow[] = [];
  const classified = declaredFlows(t, routing, notes, unpriced, sitelinkFlows);
  let vpns: VpnSpec[];
  if (t.vpns.length > 0) {
    vpns = declaredVpns(t);
    const without = classified.filter((c) => c.site && c.flow.vpn.length === 0).map((c) => c.flow.name);
    if (without.length > 0) notes.push(`no VPN path for ${without.join(', ')}: the vpn option prices ${without.length === 1 ? 'it' : 'them'} as internet transfer only`);
  } else {
    vpns = assumeVpns(t, classified);
    if (vpns.length > 0) notes.push('no VPN is declared: the vpn option assumes one per site and AWS gateway that carries traffic (docs/cost.md)');
  }
  const noDx = classified.filter((c) => c.flow.directConnect.length === 0).map((c) => c.flow.name);
  if (noDx.length > 0) notes.push(`no Direct Connect path for ${noDx.join(', ')}: the direct-connect option prices ${noDx.length === 1 ? 'it' : 'them'} at internet rates`);
  if (t.traffic.length === 0) notes.push('the topology declares no traffic: only fixed costs are priced; ask a what-if with --gb N');
  const sitelinkVifs = sitelinkVifsOf(t);
  return {
    input: { ports: portsOf(t), vpns, flows: classified.map((c) => c.flow), freeTier: options.freeTier, sitelinkVifs, sitelinkFlows },
    notes,
    unpriced,
  };
}
