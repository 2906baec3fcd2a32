// Paths that stay inside AWS (routing.md, "VPC to VPC through one DXGW" and "Inside AWS"):
// two VPCs on one transit gateway, two VPCs behind one DXGW with a covering supernet (the
// traffic turns at the Direct Connect location), a VPC's own endpoint, a VPC's internet access.
// What dxplan does not model (peering, an internet access left unsaid) is `not-modelled`, never
// "unreachable".
import { contains, type Address } from '../net/prefix';
import type { Dxgw, Endpoint, Tgw, Vgw, Vif, Vpc } from '../model/types';
import { attributesFor, bgpRank, compareContenders, rankCodes, stepWhy, ECMP_MAX_PATHS, type Contender } from './bgp';
import { vpcTailHops, type VpcEndpoint } from './endpoints';
import { joinList } from './explain';
import type { FailureSet } from './failures';
import type { Graph } from './graph';
import { overSessions, sendingRegion, type Tables } from './tables';
import type { Alternative, Hop, ReasonCode, RoutePath } from './types';
import { cmp, downWhy, rejections, type Outcome, type Rejections } from './vpc-routes';

/** A transit gateway passes traffic between VPCs with jumbo frames (8500 bytes). */
const TGW_MTU = 8500;
/** Internet traffic leaves a VPC with standard frames. */
const INTERNET_MTU = 1500;

/** Hops standing for a VPC endpoint as the source: resource, then VPC. */
function sourceHops(e: VpcEndpoint): Hop[] {
  return [...vpcTailHops(e.vpc, e.resource)].reverse();
}

interface Supernet extends Contender {
  vif: Vif;
  dxgw: Dxgw;
  from: Vgw;
  to: Vgw;
  prefix: { text: string; length: number };
}

/** The shared TGWs that attach both VPCs, by name. */
function sharedTgws(graph: Graph, a: Vpc, b: Vpc): Tgw[] {
  return graph.tgwsOf(a).filter((t) => graph.attachedTo(t).has(a) && graph.attachedTo(t).has(b)).sort((x, y) => cmp(x.name, y.name));
}

/**
 * VIFs on a DXGW shared by both VPCs' VGWs that advertise a prefix covering both addresses: AWS
 * then turns the traffic at the VIF's Direct Connect endpoint (since November 2021).
 */
function supernets(graph: Graph, f: VpcEndpoint, t: VpcEndpoint, src: Address, dst: Address, down: FailureSet, rej: Rejections): Supernet[] {
  const out: Supernet[] = [];
  const theirs = new Map<Dxgw, Vgw>();
  for (const vgw of graph.vgwsOf(t.vpc)) for (const a of graph.associationsOf(vgw)) theirs.set(a.dxgw, vgw);
  for (const vgw of graph.vgwsOf(f.vpc)) {
    for (const assoc of graph.associationsOf(vgw)) {
      const to = theirs.get(assoc.dxgw);
      if (!to) continue;
      let found = false;
      for (const vif of graph.privateVifsOf(assoc.dxgw)) {
        let prefix: { text: string; length: number } | undefined;
        for (const p of overSessions(vif, vif.advertise)) {
          if (contains(p, src) && contains(p, dst) && (!prefix || p.length > prefix.length)) prefix = p;
        }
        if (!prefix) continue;
        found = true;
        const cause = down.vifCause(vif) ?? down.nameCause(assoc.dxgw.name, vgw.name, to.name);
        if (cause) {
          rej.add(vif.name, 'down', downWhy(vif.name, cause));
          continue;
        }
        const bgp = bgpRank(vif, attributesFor(vif, dst), sendingRegion(vgw));
        out.push({ vif, dxgw: assoc.dxgw, from: vgw, to, prefix, prefixLength: prefix.length, priority: 0, bgp });
      }
      if (!found) {
        rej.add(assoc.dxgw.name, 'dxgw-no-transit',
          `${f.vpc.name} (through ${vgw.name}) and ${t.vpc.name} (through ${to.name}) are both behind ${assoc.dxgw.name}, but a Direct Connect gateway does not route between two VPCs unless a VIF on it advertises a prefix covering both (the supernet exception); none does`);
      }
    }
  }
  // Through transit gateways a DXGW never turns traffic between two VPCs.
  const dxgwsOfT = new Set<Dxgw>(theirs.keys());
  for (const tgw of graph.tgwsOf(t.vpc)) for (const a of graph.associationsOf(tgw)) dxgwsOfT.add(a.dxgw);
  for (const tgw of graph.tgwsOf(f.vpc)) {
    for (const a of graph.associationsOf(tgw)) {
      if (dxgwsOfT.has(a.dxgw)) {
        rej.add(a.dxgw.name, 'dxgw-no-transit', `${f.vpc.name} (through ${tgw.name}) and ${t.vpc.name} are both behind ${a.dxgw.name}, but a Direct Connect gateway does not route between two VPCs`);
      }
    }
  }
  return out.sort((a, b) => compareContenders(a, b) || cmp(a.vif.name, b.vif.name) || cmp(a.dxgw.name, b.dxgw.name));
}

export function vpcToVpc(graph: Graph, tables: Tables, f: VpcEndpoint, t: VpcEndpoint, down: FailureSet): Outcome {
  const rej = rejections();
  const head = sourceHops(f);
  const tail = vpcTailHops(t.vpc, t.resource);
  if (f.vpc === t.vpc) {
    return notModelled(rej, f.vpc.name, `${f.name} and ${t.name} are both in ${f.vpc.name}: its local route carries the traffic, which dxplan does not model`);
  }
  const src = f.address;
  const dst = t.address;
  if (!src || !dst) return { alternatives: [], rejected: [], explanation: [`${(src ? t : f).vpc.name} has no valid CIDR, so there is no address to route between.`] };
  const paths: { path: RoutePath; length: number; story: string }[] = [];
  const tgws = sharedTgws(graph, f.vpc, t.vpc).filter((tgw) => {
    const cause = down.nameCause(tgw.name);
    if (cause) rej.add(tgw.name, 'down', downWhy(tgw.name, cause));
    return !cause;
  });
  const cidr = t.vpc.cidrs.find((c) => contains(c, dst));
  if (tgws.length > 0) {
    const tgw = tgws[0];
    paths.push({
      path: { path: 'transit-gateway', hops: [...head, { kind: 'tgw', name: tgw.name }, ...tail], prefix: cidr?.text, via: tgw.name, mtu: TGW_MTU },
      length: cidr?.length ?? 0,
      story: `${f.vpc.name} and ${t.vpc.name} are both attached to ${tgw.name}: with AWS's default route table association and propagation, ${tgw.name} routes between them.${tgws.length > 1 ? ` ${joinList(tgws.slice(1).map((x) => x.name))} attach both too; dxplan assumes the VPC route table points at the first by name.` : ''}`,
    });
  }
  const supers = supernets(graph, f, t, src, dst, down, rej);
  const codes = rankCodes(supers);
  supers.forEach((s, i) => {
    const hops: Hop[] = [
      ...head, { kind: 'vgw', name: s.from.name }, { kind: 'dxgw', name: s.dxgw.name }, { kind: 'vif', name: s.vif.name },
      { kind: 'location', name: s.vif.carrier.location.name }, { kind: 'vif', name: s.vif.name }, { kind: 'dxgw', name: s.dxgw.name },
      { kind: 'vgw', name: s.to.name }, ...tail,
    ];
    const code = i === 0 ? undefined : codes[i - 1];
    paths.push({
      path: { path: 'direct-connect-private', hops, prefix: s.prefix.text, via: s.vif.name, mtu: tables.mtu(s.vif, s.from) },
      length: s.prefixLength,
      story: i === 0
        ? `${s.vif.name} advertises ${s.prefix.text} to ${s.dxgw.name}, covering both ${f.vpc.name} and ${t.vpc.name}: since November 2021 AWS lets VPCs behind one Direct Connect gateway reach each other through such a supernet, turning the traffic at ${s.vif.carrier.location.name} (dxgw-supernet).`
        : code === 'local-preference' || code === 'as-path' || code === 'med'
          ? stepWhy(code, s.vif.name, s.bgp!, supers[0].vif.name, supers[0].bgp!)
          : code === 'ecmp-limit' ? `AWS uses at most ${ECMP_MAX_PATHS} equal-cost paths at once` : `equal cost with ${supers[0].vif.name}`,
    });
  });
  if (paths.length === 0) {
    return notModelled(rej, f.vpc.name, `no transit gateway attaches both ${f.vpc.name} and ${t.vpc.name}, and no supernet joins them through a Direct Connect gateway; VPC peering and transit gateway peering are not modelled by dxplan`);
  }
  // The VPC route table: the longest prefix, then a static route to the transit gateway over the propagated supernet.
  const order = paths.map((p, i) => ({ p, i })).sort((a, b) => b.p.length - a.p.length || a.i - b.i).map(({ p }) => p);
  const best = order[0];
  const alternatives: Alternative[] = order.slice(1).map((p): Alternative => {
    let code: ReasonCode;
    let why: string;
    if (p.length < best.length) {
      code = 'less-specific-prefix';
      why = `${p.path.via} offers only ${p.path.prefix}, less specific than ${best.path.prefix} over ${best.path.via}: the VPC route table follows the longest prefix match`;
    } else if (best.path.path === 'transit-gateway' && p.path.path !== 'transit-gateway') {
      code = 'route-priority';
      why = `same prefix ${best.path.prefix}, but the route table's static route to ${best.path.via} beats the route ${p.path.via}'s supernet propagates`;
    } else {
      const si = supers.findIndex((s) => s.vif.name === p.path.via);
      code = si > 0 ? codes[si - 1] as ReasonCode : 'equal-cost';
      why = p.story;
    }
    return { ...p.path, code, why };
  });
  return { chosen: best.path, alternatives, rejected: rej.list, explanation: [best.story] };
}

function notModelled(rej: Rejections, via: string, why: string): Outcome {
  rej.add(via, 'not-modelled', why);
  return { alternatives: [], rejected: rej.list, explanation: [`${why.charAt(0).toUpperCase()}${why.slice(1)}.`], notModelled: true };
}

/** A VPC's own internet access (vpcs[].internet): a path, no path, or not said. */
function viaVpcInternet(f: VpcEndpoint, tail: Hop[], label: string, rej: Rejections): Outcome {
  const vpc = f.vpc;
  if (vpc.internet === true) {
    return {
      chosen: { path: 'vpc-internet', hops: [...sourceHops(f), { kind: 'internet', name: 'internet' }, ...tail], via: 'internet', mtu: INTERNET_MTU },
      alternatives: [], rejected: rej.list,
      explanation: [`${vpc.name} has an internet gateway or NAT (internet: true), so ${label} is reached over the internet from ${vpc.region}.`],
    };
  }
  if (vpc.internet === false) {
    rej.add('internet', 'no-internet', `${vpc.name} has no internet gateway or NAT (internet: false)`);
    return { alternatives: [], rejected: rej.list, explanation: [`Nothing from ${vpc.name} reaches ${label}: it has no internet access and no endpoint for it.`] };
  }
  return notModelled(rej, vpc.name, `whether ${vpc.name} has an internet gateway or NAT is not said (set vpcs[].internet), so dxplan does not model its way to ${label}`);
}

/** A VPC (or its resource) → an AWS service: the VPC's own endpoint, else its internet access. */
export function vpcToService(graph: Graph, f: VpcEndpoint, service: string, region: string): Outcome {
  const rej = rejections();
  const label = `${service}@${region}`;
  const svc: Hop = { kind: 'service', name: label };
  const mine: Endpoint[] = [];
  for (const ep of graph.endpointsIn(new Set([f.vpc]), service)) {
    if (ep.vpc.region !== region) rej.add(ep.name, 'endpoint-other-region', `${ep.name} serves ${service} in ${ep.vpc.region}, not in ${region}: endpoints are regional`);
    else mine.push(ep);
  }
  if (mine.length === 0) return viaVpcInternet(f, [svc], label, rej);
  const path = (ep: Endpoint): RoutePath => ({ path: 'vpc-endpoint', hops: [...sourceHops(f), { kind: 'endpoint', name: ep.name }, svc], via: ep.name });
  const [ep, ...others] = mine;
  return {
    chosen: path(ep),
    alternatives: others.map((o) => ({ ...path(o), code: 'other-endpoint', why: `another endpoint for ${label} in ${f.vpc.name}; dxplan assumes the first by name, ${ep.name}` })),
    rejected: rej.list,
    explanation: [`${f.vpc.name} reaches ${label} through its own ${ep.type} endpoint ${ep.name}${ep.type === 'gateway' ? ' (a route-table entry for the service\'s prefixes)' : ' (private DNS resolves the service to it)'}.`],
  };
}

/** A VPC (or its resource) → the internet or another resource's public IP. */
export function vpcToInternet(f: VpcEndpoint, tail: Hop[], label: string): Outcome {
  return viaVpcInternet(f, tail, label, rejections());
}
