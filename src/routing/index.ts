// The routing engine: Topology in, RouteResult out (routing.md). Build the index once per
// topology; every query then reads a per-site or per-gateway PrefixTrie for the address and
// walks only the objects that point at the destination, never the whole topology.
import type { Site, Topology } from '../model/types';
import { resolveEndpoint, onPremHops, vpcTailHops, type OnPremEndpoint, type ResolvedEndpoint, type VpcEndpoint } from './endpoints';
import { FailureSet, makeFailureSet, NO_FAILURES } from './failures';
import { Graph, type AwsGateway } from './graph';
import { forwardToPublic, forwardToService } from './public-routes';
import { Tables, type GatewayTable, type SiteTable } from './tables';
import type { Alternative, Hop, ReturnSummary, RouteDetail, RoutePath, RouteResult } from './types';
import { vpcToInternet, vpcToService, vpcToVpc } from './inside-aws';
import { siteToSite } from './sitelink';
import { forwardToVpc, returnToOnPrem, type Ctx, type Outcome } from './vpc-routes';

export type { ResolvedEndpoint } from './endpoints';
export { resolveEndpoint } from './endpoints';
export { FailureSet } from './failures';
export type { ForwardRoute, ReturnRoute, SiteTable, GatewayTable } from './tables';
export type { AwsGateway, Graph } from './graph';
export type { Alternative, Hop, HopKind, PathKind, ReasonCode, Rejected, ReturnSummary, RouteDetail, RoutePath, RouteResult } from './types';

export interface RouteOptions {
  /**
   * A what-if scenario: a FailureSet from `failures()` (build it once, reuse it for many queries),
   * or the failed names themselves. Candidates crossing a failed object are skipped and listed
   * under rejected with code `down`; an unknown name makes the query return an error.
   */
  down?: FailureSet | Iterable<string>;
  /**
   * Only the forward path and its equal-cost set are read (failure analysis asks this hundreds of
   * thousands of times): the return direction is skipped, and so are the words where they cost
   * most (a VPC route's why, explanation and rejections). Read nothing else of such an answer.
   */
  pathsOnly?: boolean;
}

export interface RoutingIndex {
  readonly topology: Topology;
  /** Adjacency maps (which VIFs land on a gateway, a VIF's site, ...), for rules and other features. */
  readonly graph: Graph;
  /** What a name stands for (routing.md, Endpoints), or why it stands for nothing. */
  resolve(name: string): ResolvedEndpoint | { error: string };
  /**
   * The path from `from` to `to`, with alternatives, rejections and (on-premise ↔ VPC) the return path.
   * Answers without failures are cached and shared between callers: treat them as read-only.
   */
  route(from: string, to: string, options?: RouteOptions): RouteResult | { error: string };
  /** `route` plus the equal-cost sets and the full return route, for cost, whatif and the rules. */
  routeDetail(from: string, to: string, options?: RouteOptions): RouteDetail | { error: string };
  /** A what-if scenario: failed locations, AWS devices, connections, LAGs, VIFs, routers, VPNs or gateways. */
  failures(names: Iterable<string>): FailureSet | { error: string };
  /** The site's candidate paths into AWS and the prefixes each makes it learn. */
  siteTable(site: Site): SiteTable;
  /** A VGW's or TGW's routes back to on-premise. */
  gatewayTable(gateway: AwsGateway): GatewayTable;
}

/** One index per topology: the rules build it during validate, and commands reuse it. */
const indexes = new WeakMap<Topology, RoutingIndex>();

export function buildRoutingIndex(topology: Topology): RoutingIndex {
  let index = indexes.get(topology);
  if (!index) indexes.set(topology, (index = new Index(topology)));
  return index;
}

class Index implements RoutingIndex {
  readonly graph: Graph;
  private readonly tables: Tables;
  private readonly ctx: Ctx;
  private readonly pathsCtx: Ctx;
  private readonly cache = new Map<string, RouteDetail | { error: string }>();
  private readonly pathsCache = new Map<string, RouteDetail | { error: string }>();

  constructor(readonly topology: Topology) {
    this.graph = new Graph(topology);
    this.tables = new Tables(this.graph);
    this.ctx = { graph: this.graph, tables: this.tables, explain: true };
    this.pathsCtx = { ...this.ctx, explain: false };
  }

  resolve(name: string): ResolvedEndpoint | { error: string } {
    return resolveEndpoint(this.graph, name);
  }

  failures(names: Iterable<string>): FailureSet | { error: string } {
    return makeFailureSet(this.graph, names);
  }

  siteTable(site: Site): SiteTable {
    return this.tables.site(site);
  }

  gatewayTable(gateway: AwsGateway): GatewayTable {
    return this.tables.gateway(gateway);
  }

  route(from: string, to: string, options?: RouteOptions): RouteResult | { error: string } {
    const d = this.routeDetail(from, to, options);
    return 'error' in d ? d : d.forward;
  }

  routeDetail(from: string, to: string, options?: RouteOptions): RouteDetail | { error: string } {
    let down = NO_FAILURES;
    if (options?.down instanceof FailureSet) down = options.down;
    else if (options?.down !== undefined) {
      const made = this.failures(options.down);
      if ('error' in made) return made;
      down = made;
    }
    // Several rules route the same flows and intents: answers without failures are computed once.
    const pathsOnly = options?.pathsOnly === true;
    if (!down.empty) return this.compute(from, to, down, pathsOnly);
    const key = `${from}\u0000${to}`;
    let d = this.cache.get(key);
    if (d) return d;
    // A full answer also answers a paths-only question; a paths-only answer is kept apart.
    if (pathsOnly) {
      d = this.pathsCache.get(key);
      if (!d) this.pathsCache.set(key, (d = this.compute(from, to, down, true)));
      return d;
    }
    this.cache.set(key, (d = this.compute(from, to, down, false)));
    return d;
  }

  private compute(from: string, to: string, down: FailureSet, pathsOnly: boolean): RouteDetail | { error: string } {
    const f = this.resolve(from);
    if ('error' in f) return f;
    const t = this.resolve(to);
    if ('error' in t) return t;
    // A service is shown with its region (cli.md: `s3` from the command line is `s3@us-east-1`).
    const fromName = f.kind === 'service' ? `${f.service}@${f.region}` : from;
    const toName = t.kind === 'service' ? `${t.service}@${t.region}` : to;
    const ctx = pathsOnly ? this.pathsCtx : this.ctx;
    const forward = result(fromName, toName, this.query(ctx, f, t, down));
    const detail: RouteDetail = { forward, equalCost: equalCostOf(forward) };
    if (!pathsOnly && ((f.kind === 'onprem' && t.kind === 'vpc') || (f.kind === 'vpc' && t.kind === 'onprem'))) {
      const back = result(toName, fromName, this.query(ctx, t, f, down));
      // Symmetric only when the replies cross the same VIF or VPN and reach the same customer router.
      const symmetric = forward.reachable && back.reachable
        ? forward.via === back.via && forward.path === back.path && routerOf(forward.hops) === routerOf(back.hops)
        : forward.reachable === back.reachable;
      forward.return = returnSummary(forward, back, symmetric);
      detail.returnPath = back;
      detail.returnEqualCost = equalCostOf(back);
      detail.symmetric = symmetric;
    }
    return detail;
  }

  /** `returning`: the answer is mirrored for replies from a service or public address (public VIF prefix scopes apply). */
  private query(ctx: Ctx, f: ResolvedEndpoint, t: ResolvedEndpoint, down: FailureSet, returning = false): Outcome {
    if (f.kind === 'onprem') {
      const head = onPremHops(f);
      switch (t.kind) {
        case 'vpc':
          if (!t.address) return nothing(`${t.vpc.name} has no valid CIDR, so there is no address to route to.`);
          return forwardToVpc(ctx, {
            site: f.site, head, address: t.address, vpcs: t.vpcs, tail: (vpc) => vpcTailHops(vpc, t.resource), label: vpcLabel(t),
            source: f.address,
          }, down);
        case 'service':
          return forwardToService(ctx, f.site, head, t.service, t.region, down, f.address, returning);
        case 'public':
          return forwardToPublic(ctx, {
            site: f.site, head, region: t.region, tail: vpcTailHops(t.resource.vpc, t.resource),
            label: `${t.address.text} (${t.resource.name}'s public IP in ${t.resource.vpc.name}, ${t.region})`, returning,
          }, down);
        case 'internet':
          return forwardToPublic(ctx, { site: f.site, head, tail: [], label: t.address ? `${t.address.text} (the internet)` : 'the internet' }, down);
        case 'onprem':
          return siteToSite(ctx.graph, f, t, down);
      }
    }
    if (t.kind === 'onprem') {
      if (f.kind === 'vpc') {
        return returnToOnPrem(ctx, {
          vpc: f.vpc, head: [...vpcTailHops(f.vpc, f.resource)].reverse(), site: t.site, address: t.address,
          tail: [...onPremHops(t)].reverse(), label: onPremLabel(t),
        }, down);
      }
      // A service, a public address or the internet as the source takes the same path as toward it,
      // except that the replies use only public VIFs whose prefixes AWS propagates to its region.
      const o = this.query(ctx, t, f, down, true);
      return mirror(o, f.name);
    }
    if (f.kind === 'vpc') {
      switch (t.kind) {
        case 'vpc':
          return vpcToVpc(ctx.graph, ctx.tables, f, t, down);
        case 'service':
          return vpcToService(ctx.graph, f, t.service, t.region);
        case 'public':
          return vpcToInternet(f, vpcTailHops(t.resource.vpc, t.resource), `${t.address.text} (${t.resource.name}'s public IP)`);
        case 'internet':
          return vpcToInternet(f, [], t.address ? `${t.address.text} (the internet)` : 'the internet');
      }
    }
    if (t.kind === 'vpc' && f.kind === 'service') return mirror(vpcToService(ctx.graph, t, f.service, f.region), f.name);
    return nothing(`dxplan does not model ${f.name} → ${t.name}: it routes between on-premise and AWS, and inside AWS between VPCs, their endpoints and the internet.`, f.name, 'not-modelled');
  }

}

function nothing(sentence: string, via?: string, code?: 'not-modelled'): Outcome {
  return {
    alternatives: [],
    rejected: via && code ? [{ via, code, why: sentence.replace(/\.$/, '') }] : [],
    explanation: [sentence],
    ...(code ? { notModelled: true } : {}),
  };
}

function vpcLabel(e: VpcEndpoint): string {
  const addr = e.address?.text ?? '';
  if (e.resource) return `${e.resource.name} (${addr} in ${e.vpc.name})`;
  if (e.name === e.vpc.name) return `${e.vpc.name} (${e.vpc.cidrs[0]?.text ?? addr})`;
  return `${addr} in ${e.vpcs.map((v) => v.name).join(' or ')}`;
}

function onPremLabel(e: OnPremEndpoint): string {
  const addr = e.address?.text ?? 'no address';
  if (e.host) return `${e.host.name} (${addr} at ${e.site.name})`;
  if (e.name === e.site.name) return `${e.site.name} (${e.site.cidrs[0]?.text ?? addr})`;
  return `${addr} at ${e.site.name}`;
}

function routerOf(hops: readonly Hop[]): string | undefined {
  return hops.find((h) => h.kind === 'router')?.name;
}

function reverseHops(hops: Hop[]): Hop[] {
  return [...hops].reverse();
}

/** The same path in the other direction (routing.md, Services as a source). */
function mirror(o: Outcome, source: string): Outcome {
  return {
    chosen: o.chosen && { ...o.chosen, hops: reverseHops(o.chosen.hops) },
    alternatives: o.alternatives.map((a): Alternative => ({ ...a, hops: reverseHops(a.hops) })),
    rejected: o.rejected,
    ...(o.notModelled ? { notModelled: true } : {}),
    explanation: [`Traffic from ${source} takes the same path as traffic toward it, in reverse.`, ...o.explanation],
  };
}

function result(from: string, to: string, o: Outcome): RouteResult {
  const c = o.chosen;
  return {
    from,
    to,
    reachable: c !== undefined ? true : o.notModelled ? null : false,
    path: c?.path ?? (o.notModelled ? 'not-modelled' : 'none'),
    hops: c?.hops ?? [],
    ...(c?.prefix !== undefined ? { prefix: c.prefix } : {}),
    ...(c?.via !== undefined ? { via: c.via } : {}),
    ...(c?.mtu !== undefined ? { mtu: c.mtu } : {}),
    alternatives: o.alternatives,
    rejected: o.rejected,
    explanation: o.explanation,
  };
}

function equalCostOf(r: RouteResult): RoutePath[] {
  if (!r.reachable || r.path === 'none' || r.path === 'not-modelled') return [];
  const first: RoutePath = { path: r.path, hops: r.hops, prefix: r.prefix, via: r.via, mtu: r.mtu };
  return [first, ...r.alternatives.filter((a) => a.code === 'equal-cost').map(({ path, hops, prefix, via, mtu }) => ({ path, hops, prefix, via, mtu }))];
}

function returnSummary(forward: RouteResult, back: RouteResult, symmetric: boolean): ReturnSummary {
  const s: ReturnSummary = {
    path: back.path,
    hops: back.hops,
    ...(back.prefix !== undefined ? { prefix: back.prefix } : {}),
    ...(back.via !== undefined ? { via: back.via } : {}),
    symmetric,
    why: '',
  };
  const story = back.explanation.join(' ');
  if (!back.reachable) {
    s.why = forward.reachable ? `The replies have no way back: ${story}` : story;
  } else if (!forward.reachable) {
    s.why = `Only the other direction has a path: ${story}`;
  } else if (symmetric) {
    s.why = `The replies come back the same way, over ${back.via}. ${story}`;
  } else {
    s.why = `The replies come back over ${back.via} (${back.path}), not over ${forward.via} (${forward.path}): the path is asymmetric. ${story}`;
  }
  return s;
}
