// Routes between an on-premise site and a private VPC address, in both directions
// (routing.md: candidates, choosing among them, return direction). Each query reads the
// site's (or the VPC gateways') PrefixTrie for the address and walks only the objects that
// point at the destination VPC to explain what cannot be used.
import { inAny, type Address, type Prefix } from '../net/prefix';
import type { DxgwAssociation, Site, Vif, Vpc, Vpn } from '../model/types';
import {
  attributesFor, bgpRank, compareContenders, ECMP_MAX_PATHS, rankCodes, STEP_WORDS, type BgpRank, type BgpStep, type Contender,
} from './bgp';
import { capitalize, forwardWhy, joinList, kindWords, middleHops, returnWhy } from './explain';
import type { FailureSet } from './failures';
import { isChinaRegion, type AwsGateway, type Graph } from './graph';
import {
  directVifProblem, gatewaysOfVpc, PROPAGATED_ROUTES_MAX, sendingRegion, vgwAssociationPrefixes, type ForwardRoute, type ReturnRoute, type Tables,
} from './tables';
import type { Alternative, Hop, ReasonCode, Rejected, RoutePath } from './types';

export interface Ctx {
  graph: Graph;
  tables: Tables;
  /** False when only the paths are read (RouteOptions.pathsOnly): no why, explanation or rejections. */
  explain: boolean;
}

/** What a query found: the chosen path (if any), the alternatives, the rejections, and the story. */
export interface Outcome {
  chosen?: RoutePath;
  alternatives: Alternative[];
  rejected: Rejected[];
  explanation: string[];
  /** Nothing chosen because dxplan does not model the pair, not because nothing reaches (`reachable: null`). */
  notModelled?: boolean;
}

export interface Rejections {
  list: Rejected[];
  add(via: string, code: Rejected['code'], why: string): void;
}

export function rejections(): Rejections {
  const seen = new Set<string>();
  const list: Rejected[] = [];
  return {
    list,
    add(via, code, why) {
      const key = `${via}\u0000${code}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push({ via, code, why });
    },
  };
}

/** Why a route is down in the scenario, or undefined. */
export function downCause(r: ForwardRoute | ReturnRoute, down: FailureSet): string | undefined {
  if (down.empty) return undefined;
  const via = r.via.kind === 'vif' ? down.vifCause(r.via) : down.vpnCause(r.via);
  return via ?? down.nameCause(r.dxgw?.name, r.gateway.name);
}

export function downWhy(name: string, cause: string): string {
  return cause === name ? `${name} is down in this scenario` : `${name} is down in this scenario: ${cause.includes(':') ? cause : `${cause} failed`}`;
}

/** The site's public VIFs and its internet egress cannot carry a private VPC address. */
export function privateOverPublic(graph: Graph, site: Site, label: string, rej: Rejections): void {
  for (const vif of graph.vifsOf(site)) {
    if (vif.type !== 'public') continue;
    rej.add(vif.name, 'private-address-over-public',
      `${vif.name} is a public VIF: it reaches AWS public addresses only, never a private address such as ${label}`);
  }
  rej.add('internet', 'private-address-over-public', `the internet never reaches a private address such as ${label}`);
}

interface FwdCand extends Contender {
  route: ForwardRoute;
  prefix: Prefix;
  vpc: Vpc;
}

/** Ties left after the BGP steps are listed by VIF (then gateway) name. */
function byNames(a: FwdCand | RetCand, b: FwdCand | RetCand): number {
  return cmp(a.route.via.name, b.route.via.name)
    || cmp(a.route.dxgw?.name ?? '', b.route.dxgw?.name ?? '')
    || cmp(a.route.gateway.name, b.route.gateway.name);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ForwardQuery {
  site: Site;
  /** Hops standing for the source (host, site). */
  head: Hop[];
  address: Address;
  /** The VPCs the address may belong to (one, unless VPC CIDRs overlap). */
  vpcs: readonly Vpc[];
  /** Hops after the VPC (a resource), per VPC. */
  tail: (vpc: Vpc) => Hop[];
  /** "orders-db (10.1.2.5)". */
  label: string;
  /** The on-premise address the traffic comes from: it picks the advertised entry whose attributes on-premise mirrors. */
  source?: Address;
}

/** On-premise → VPC address (routing.md, candidates 1–5 and the forward choice). */
export function forwardToVpc(ctx: Ctx, q: ForwardQuery, down: FailureSet): Outcome {
  const { graph, tables } = ctx;
  const table = tables.site(q.site);
  const rej = rejections();
  const cands: FwdCand[] = [];
  const seen = new Set<ForwardRoute>();
  for (const entry of table.trie.matches(q.address)) {
    for (const r of entry.values) {
      if (seen.has(r)) continue;
      const vpc = deliversTo(graph, r, q.vpcs);
      if (!vpc) continue;
      seen.add(r);
      const cause = downCause(r, down);
      if (cause) {
        if (ctx.explain) rej.add(r.via.name, 'down', downWhy(r.via.name, cause));
      } else {
        // On-premise is assumed to mirror AWS's order (as AWS advises): Direct Connect over VPN, then the BGP steps.
        const bgp = r.via.kind === 'vif' ? bgpRank(r.via, attributesFor(r.via, q.source), sendingRegion(r.gateway)) : undefined;
        cands.push({ route: r, prefix: entry.prefix, vpc, prefixLength: entry.prefix.length, priority: r.kind === 'vpn' ? 1 : 0, bgp });
      }
    }
  }
  cands.sort((a, b) => compareContenders(a, b) || byNames(a, b));
  if (ctx.explain) {
    for (const vpc of q.vpcs) explainForwardFailures(graph, q.site, vpc, q.address, rej);
    privateOverPublic(graph, q.site, q.label, rej);
  }

  const toPath = (c: FwdCand): RoutePath => ({
    path: c.route.kind,
    hops: [...q.head, ...middleHops(c.route), ...q.tail(c.vpc)],
    prefix: c.prefix.text,
    via: c.route.via.name,
    mtu: tables.mtu(c.route.via, c.route.gateway),
  });
  if (cands.length === 0) {
    return {
      alternatives: [],
      rejected: rej.list,
      explanation: [`No candidate path from ${q.site.name} reaches ${q.label}: every way toward it fails, as listed under rejected.`],
    };
  }
  const [best, ...rest] = cands;
  const codes = rankCodes(cands);
  const alternatives: Alternative[] = rest.map((c, i) => {
    const code = codes[i] === 'priority' ? 'vpn-less-preferred' : codes[i] as ReasonCode;
    return { ...toPath(c), code, why: ctx.explain ? forwardWhy(code, c, best) : '' };
  });
  const explanation = ctx.explain ? story(q.site.name, `${q.site.name} learns`, `toward ${q.label}`, cands, alternatives, false) : [];
  return { chosen: toPath(best), alternatives, rejected: rej.list, explanation };
}

function deliversTo(graph: Graph, r: ForwardRoute, vpcs: readonly Vpc[]): Vpc | undefined {
  const gw = r.gateway;
  if (gw.kind === 'vgw') return gw.vpc && vpcs.includes(gw.vpc) ? gw.vpc : undefined;
  const attached = graph.attachedTo(gw);
  return vpcs.find((v) => attached.has(v));
}

/** Everything that points at the VPC but cannot carry traffic from the site to the address. */
function explainForwardFailures(graph: Graph, site: Site, vpc: Vpc, a: Address, rej: Rejections): void {
  const otherSite = (via: Vif | Vpn, s: Site | undefined): boolean => {
    if (s === site) return false;
    const where = via.kind === 'vpn'
      ? `its customer gateway ${via.router.name} is at ${via.router.site.name}`
      : `its ${via.carrier.kind === 'lag' ? 'LAG' : 'connection'} ${via.carrier.name} ends ${s ? `at ${s.name}` : 'on no router'}`;
    rej.add(via.name, 'no-connection-from-site', `${via.name} leads to ${vpc.name}, but ${where}, not at ${site.name}`);
    return true;
  };
  /** Why the VIFs on a DXGW associated with the VPC's VGW or TGW do not carry the address. */
  const explainAssociation = (assoc: DxgwAssociation, vifs: readonly Vif[], vifType: 'private' | 'transit', advertised: readonly Prefix[]): void => {
    const gw = assoc.gateway;
    if (vifs.length === 0) rej.add(assoc.dxgw.name, 'not-attached', `${assoc.dxgw.name} is associated with ${gw.name} but no ${vifType} VIF lands on it`);
    for (const vif of vifs) {
      if (otherSite(vif, graph.vifSite(vif))) continue;
      if (isChinaRegion(gw.region)) {
        rej.add(vif.name, 'china-region', `${vif.name} lands on ${assoc.dxgw.name}, associated with ${gw.name} in ${gw.region}: a Direct Connect gateway does not reach China regions`);
      } else if (!inAny(advertised, a)) {
        rej.add(vif.name, 'prefix-not-allowed', notAllowedWhy(vif.name, assoc.dxgw.name, gw.name, assoc.allowedPrefixes ?? [], a, vpc));
      }
    }
  };
  const vgws = graph.vgwsOf(vpc);
  const tgws = graph.tgwsOf(vpc);
  if (vgws.length === 0 && tgws.length === 0) {
    rej.add(vpc.name, 'not-attached', `${vpc.name} has no VGW and no transit gateway attachment: nothing connects it to on-premise`);
    return;
  }
  for (const vgw of vgws) {
    let used = false;
    for (const vif of graph.directVifsOf(vgw)) {
      used = true;
      if (otherSite(vif, graph.vifSite(vif))) continue;
      if (directVifProblem(vif, vgw)) {
        rej.add(vif.name, 'vgw-other-region',
          `${vif.name} is attached directly to ${vgw.name} in ${vgw.region}, but its location ${vif.carrier.location.name} is in ${vif.carrier.location.region}: a VIF on a VGW reaches only its location's region; attach it through a Direct Connect gateway`);
      }
    }
    for (const assoc of graph.associationsOf(vgw)) {
      used = true;
      explainAssociation(assoc, graph.privateVifsOf(assoc.dxgw), 'private', vgwAssociationPrefixes(assoc, vpc));
    }
    for (const vpn of graph.vpnsOn(vgw)) {
      used = true;
      otherSite(vpn, vpn.router.site);
    }
    if (!used) rej.add(vgw.name, 'not-attached', `${vgw.name} is attached to ${vpc.name}, but no VIF, VPN or Direct Connect gateway association uses it`);
  }
  for (const tgw of tgws) {
    if (!graph.attachedTo(tgw).has(vpc)) {
      rej.add(tgw.name, 'not-attached', `${tgw.name} is in ${tgw.region} and cannot attach ${vpc.name} in ${vpc.region}: a transit gateway attaches VPCs of its own region only`);
      continue;
    }
    let used = false;
    for (const assoc of graph.associationsOf(tgw)) {
      used = true;
      explainAssociation(assoc, graph.transitVifsOf(assoc.dxgw), 'transit', assoc.allowedPrefixes ?? []);
    }
    for (const vpn of graph.vpnsOn(tgw)) {
      used = true;
      otherSite(vpn, vpn.router.site);
    }
    if (!used) {
      rej.add(tgw.name, 'not-attached', `${tgw.name} attaches ${vpc.name} but has no Direct Connect gateway association and no VPN: nothing advertises ${vpc.name} to on-premise`);
    }
  }
}

function notAllowedWhy(via: string, dxgw: string, gw: string, allowed: readonly Prefix[], a: Address, vpc: Vpc): string {
  const cidr = vpc.cidrs.find((c) => inAny([c], a));
  const list = allowed.length === 0 ? 'nothing (no allowedPrefixes)' : `only ${joinList(allowed.map((p) => p.text))}`;
  const narrower = cidr && inAny(allowed, a)
    ? `; an allowed prefix narrower than ${vpc.name}'s ${cidr.text} filters it out, since a VGW association advertises a VPC CIDR only when an allowed prefix equals or contains it`
    : '';
  const fix = cidr ? `; add ${cidr.text} to allowedPrefixes` : '';
  return `${dxgw}'s association with ${gw} allows ${list}, so AWS never advertises ${a.text} in ${vpc.name} over ${via}${narrower}${fix}`;
}

// ---------------------------------------------------------------------------------------
// Return direction: AWS → on-premise

interface RetCand extends Contender {
  route: ReturnRoute;
  prefix: Prefix;
}

export interface ReturnQuery {
  vpc: Vpc;
  /** Hops standing for the source, outermost first (resource, then VPC). */
  head: Hop[];
  site: Site;
  /** The on-premise address the replies go to; undefined for a site without a CIDR. */
  address?: Address;
  /** Hops after the router: site, then host. */
  tail: Hop[];
  label: string;
}

/** VPC → on-premise (routing.md, Return direction). */
export function returnToOnPrem(ctx: Ctx, q: ReturnQuery, down: FailureSet): Outcome {
  const { graph, tables } = ctx;
  const rej = rejections();
  if (!q.address) {
    return { alternatives: [], rejected: [], explanation: [`${q.site.name} has no valid CIDR, so there is no address to route to.`] };
  }
  const a = q.address;
  const cands: RetCand[] = [];
  const gateways = gatewaysOfVpc(graph, q.vpc);
  for (const gw of gateways) {
    const seen = new Set<ReturnRoute>();
    for (const entry of tables.gateway(gw).trie.matches(a)) {
      for (const r of entry.values) {
        if (r.site !== q.site || seen.has(r)) continue;
        seen.add(r);
        const cause = downCause(r, down);
        if (cause) rej.add(r.via.name, 'down', downWhy(r.via.name, cause));
        else {
          // A TGW's static route in the VPC route table beats a VGW's propagated route; then the gateway's own priority.
          const priority = (gw.kind === 'tgw' ? 0 : 10) + r.priority;
          const bgp = r.via.kind === 'vif' ? bgpRank(r.via, attributesFor(r.via, entry.prefix), sendingRegion(gw)) : undefined;
          cands.push({ route: r, prefix: entry.prefix, prefixLength: entry.prefix.length, priority, bgp });
        }
      }
    }
  }
  cands.sort((x, y) => compareContenders(x, y) || byNames(x, y));
  explainReturnFailures(graph, q, gateways, rej);
  privateOverPublic(graph, q.site, q.label, rej);

  const toPath = (c: RetCand): RoutePath => ({
    path: c.route.kind,
    hops: [...q.head, ...middleHops(c.route).reverse(), ...q.tail],
    prefix: c.prefix.text,
    via: c.route.via.name,
    mtu: tables.mtu(c.route.via, c.route.gateway),
  });
  if (cands.length === 0) {
    return {
      alternatives: [],
      rejected: rej.list,
      explanation: [`AWS has no route from ${q.vpc.name} back to ${q.label}: nothing ${q.site.name} advertises over a VIF or VPN reaching ${q.vpc.name} covers ${a.text}.`],
    };
  }
  const [best, ...rest] = cands;
  const codes = rankCodes(cands);
  const alternatives: Alternative[] = rest.map((c, i) => {
    const code = codes[i] === 'priority' ? 'route-priority' : codes[i] as ReasonCode;
    return { ...toPath(c), code, why: returnWhy(code, c, best, q.vpc.name) };
  });
  const explanation = story(q.site.name, `AWS routes ${q.vpc.name}'s traffic to ${q.label} over what ${q.site.name} advertises:`, '', cands, alternatives, true);
  const learned = tables.gateway(best.route.gateway).learned;
  if (best.route.gateway.kind === 'vgw' && learned > PROPAGATED_ROUTES_MAX) {
    explanation.push(`${best.route.gateway.name} learns ${learned} on-premise prefixes, more than the ${PROPAGATED_ROUTES_MAX} propagated routes a VPC route table keeps (vpc-propagated-routes): dxplan does not apply that cap, so AWS may lack this route.`);
  }
  return { chosen: toPath(best), alternatives, rejected: rej.list, explanation };
}

/** The routes in the running and the step that picked the winner, in sentences. */
function story(site: string, lead: string, toward: string, cands: (FwdCand | RetCand)[], alts: Alternative[], aws: boolean): string[] {
  const best = cands[0];
  const name = best.route.via.name;
  const listed = cands.map((c) => `${c.route.via.name} (${c.prefix.text}, ${kindWords(c.route)})`);
  const out = [aws
    ? `${lead} ${joinList(listed)}.`
    : `${lead} ${cands.length === 1 ? 'one route' : `${cands.length} routes`} ${toward}: ${joinList(listed)}.`];
  if (cands.length === 1) {
    out.push(aws ? `${name} is the only route back.` : `${name} is the only candidate.`);
    return out;
  }
  const codes = new Set(alts.map((a) => a.code));
  const steps: string[] = [];
  if (codes.has('less-specific-prefix')) steps.push(`the longest prefix match picks ${best.prefix.text}`);
  if (codes.has('vpn-less-preferred')) steps.push('for the same prefix Direct Connect is preferred over the VPN');
  if (codes.has('route-priority')) steps.push(`on route priority, ${best.route.gateway.name} prefers ${(best.route as ReturnRoute).priorityWords}`);
  for (const step of ['local-preference', 'as-path', 'med'] as const) {
    if (codes.has(step) && best.bgp) steps.push(`${STEP_WORDS[step]}, ${name} wins (${stepValue(step, best.bgp)})`);
  }
  const equal = alts.filter((a) => a.code === 'equal-cost').map((a) => a.via as string);
  if (equal.length > 0) {
    steps.push(`with everything else equal, ${aws ? 'AWS shares the traffic between ' : ''}${joinList([name, ...equal])}${aws ? '' : ' share the traffic'} as equal-cost paths, and ${name} is shown first by name`);
  }
  if (codes.has('ecmp-limit')) steps.push(`AWS uses at most ${ECMP_MAX_PATHS} equal-cost paths at once; the rest wait as alternatives (ecmp-limit)`);
  if (steps.length > 0) out.push(`${capitalize(steps.join('; '))}.`);
  const bgpDecided = ['local-preference', 'as-path', 'med'].some((c) => codes.has(c as ReasonCode));
  if (bgpDecided && !aws) out.push(`dxplan assumes ${site} mirrors AWS's BGP order toward it, as AWS advises, so both directions pick the same VIF.`);
  if (codes.has('local-preference')) {
    const assumed = cands.map((c) => c.bgp?.lpAssumption).find((x) => x !== undefined);
    if (assumed) out.push(`Local preference of an untagged VIF outside the sending region: ${assumed}.`);
  }
  return out;
}

function stepValue(step: BgpStep, r: BgpRank): string {
  if (step === 'local-preference') return `local preference ${r.lpWords}`;
  if (step === 'as-path') return `AS_PATH length ${r.asPath}`;
  return `MED ${r.med}`;
}

function explainReturnFailures(graph: Graph, q: ReturnQuery, gateways: AwsGateway[], rej: Rejections): void {
  const a = q.address as Address;
  const site = q.site;
  const notAdvertised = (via: Vif | Vpn, prefixes: readonly Prefix[], what: string): void => {
    if (inAny(prefixes, a)) return;
    const list = prefixes.length === 0 ? 'nothing' : `only ${joinList(prefixes.map((p) => p.text))}`;
    rej.add(via.name, 'not-advertised', `${via.name} ${what} ${list}, which does not cover ${a.text}: AWS has no route to it over ${via.name}`);
  };
  const vpnCheck = (vpn: Vpn): void => {
    if (vpn.router.site !== site) return;
    if (vpn.routing === 'static') notAdvertised(vpn, vpn.staticRoutes, 'has static routes for');
    else notAdvertised(vpn, vpn.advertise, 'advertises');
  };
  if (graph.vgwsOf(q.vpc).length === 0 && graph.tgwsOf(q.vpc).length === 0) {
    rej.add(q.vpc.name, 'not-attached', `${q.vpc.name} has no VGW and no transit gateway attachment: nothing connects it to on-premise`);
  }
  for (const tgw of graph.tgwsOf(q.vpc)) {
    if (!graph.attachedTo(tgw).has(q.vpc)) {
      rej.add(tgw.name, 'not-attached', `${tgw.name} is in ${tgw.region} and cannot attach ${q.vpc.name} in ${q.vpc.region}: a transit gateway attaches VPCs of its own region only`);
    }
  }
  for (const gw of gateways) {
    if (gw.kind === 'vgw') {
      for (const vif of graph.directVifsOf(gw)) {
        if (graph.vifSite(vif) !== site) continue;
        if (directVifProblem(vif, gw)) {
          rej.add(vif.name, 'vgw-other-region',
            `${vif.name} is attached directly to ${gw.name} in ${gw.region}, but its location ${vif.carrier.location.name} is in ${vif.carrier.location.region}: a VIF on a VGW reaches only its location's region`);
        } else notAdvertised(vif, vif.advertise, 'advertises');
      }
    }
    for (const assoc of graph.associationsOf(gw)) {
      const vifs = gw.kind === 'vgw' ? graph.privateVifsOf(assoc.dxgw) : graph.transitVifsOf(assoc.dxgw);
      for (const vif of vifs) {
        if (graph.vifSite(vif) !== site) continue;
        if (isChinaRegion(gw.region)) {
          rej.add(vif.name, 'china-region', `${vif.name} lands on ${assoc.dxgw.name}, associated with ${gw.name} in ${gw.region}: a Direct Connect gateway does not reach China regions`);
        } else notAdvertised(vif, vif.advertise, 'advertises');
      }
    }
    for (const vpn of graph.vpnsOn(gw)) vpnCheck(vpn);
  }
}

