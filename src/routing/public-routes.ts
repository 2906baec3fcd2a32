// Routes from an on-premise site to public AWS space and beyond (routing.md, Services and
// Public addresses): an interface endpoint, then a public VIF within its acceptScope, then
// the internet. Gateway endpoints are never a path from on-premise and always say why.
import { intersectsAny, isPublicAddress, NON_PUBLIC_V4, formatAddress, type Address, type Prefix } from '../net/prefix';
import { continentOf, isChinaRegion, isRegion } from '../net/regions';
import type { Advertisement, Endpoint, Site, Vif } from '../model/types';
import { isPrivateAsn } from '../model/allocate';
import { SCOPE_COMMUNITIES } from '../model/communities';
import { bgpRank, compareContenders, ECMP_MAX_PATHS, rankCodes, stepWhy, type Contender } from './bgp';
import { regionsDiffer, routerOfCarrier } from './graph';
import { joinList } from './explain';
import type { FailureSet } from './failures';
import { cmp, downWhy, forwardToVpc, rejections, type Ctx, type Outcome, type Rejections } from './vpc-routes';
import type { Alternative, Hop, ReasonCode, RoutePath } from './types';

/** Public VIFs and the internet carry standard frames (routing.md, Path MTU). */
const PUBLIC_MTU = 1500;

/** A prefix a public VIF can NAT into: no part of it in private or special-purpose space. */
export function isPublicPrefix(p: Prefix): boolean {
  if (p.family === 4) return !intersectsAny(NON_PUBLIC_V4, p);
  return isPublicAddress({ family: 6, value: p.network, text: formatAddress(6, p.network) });
}

/** Why a public VIF cannot reach public AWS space in `region`, if it cannot. */
export function publicVifProblem(vif: Vif, region: string, label: string): { code: ReasonCode; why: string } | undefined {
  const loc = vif.carrier.location;
  if (isChinaRegion(region)) {
    return { code: 'china-region', why: `${label} is in ${region}, a China region: a public VIF never reaches China regions` };
  }
  if (vif.acceptScope === 'region' && isRegion(loc.region) && isRegion(region) && loc.region !== region) {
    return {
      code: 'outside-accept-scope',
      why: `${vif.name} accepts only the AWS prefixes of its location's region (acceptScope: region; ${loc.name} is in ${loc.region}), and ${label} is in ${region}`,
    };
  }
  if (vif.acceptScope === 'continent') {
    const a = continentOf(loc.region);
    const b = continentOf(region);
    if (a && b && a !== b) {
      return {
        code: 'outside-accept-scope',
        why: `${vif.name} accepts only the AWS prefixes of its location's continent (acceptScope: continent; ${loc.name} is in ${loc.region}, ${a}), and ${label} is in ${region} (${b})`,
      };
    }
  }
  if (!vif.advertise.some(isPublicPrefix)) {
    return {
      code: 'no-public-prefix',
      why: `${vif.name} advertises no public prefix: AWS accepts traffic on a public VIF only from prefixes advertised on it, so there is nothing to NAT into`,
    };
  }
  return undefined;
}

export interface PublicQuery {
  site: Site;
  head: Hop[];
  /** The region of the public AWS space; undefined for the internet at large. */
  region?: string;
  /** Hops after the VIF or the internet hop: the service, or the VPC and resource of a public IP. */
  tail: Hop[];
  label: string;
  /** For the replies from that space (the answer is mirrored): only public VIFs whose prefixes AWS propagates there. */
  returning?: boolean;
}

function publicVifPath(vif: Vif, q: PublicQuery): RoutePath {
  const router = routerOfCarrier(vif.carrier);
  const hops: Hop[] = [...q.head];
  if (router) hops.push({ kind: 'router', name: router.name });
  hops.push(
    { kind: vif.carrier.kind, name: vif.carrier.name },
    { kind: 'location', name: vif.carrier.location.name },
    { kind: 'vif', name: vif.name },
    ...q.tail,
  );
  return { path: 'direct-connect-public', hops, via: vif.name, mtu: PUBLIC_MTU };
}

function internetPath(q: PublicQuery): RoutePath {
  return { path: 'internet', hops: [...q.head, { kind: 'internet', name: 'internet' }, ...q.tail], via: 'internet', mtu: PUBLIC_MTU };
}

interface PublicOptions {
  /** Usable public VIFs in AWS's order (routing.md, Public VIFs), each with its path. */
  usable: Vif[];
  paths: RoutePath[];
  /** Why each of usable[1..] does not carry the traffic. */
  codes: ReasonCode[];
  whys: string[];
}

const privateAsn = (vif: Vif): boolean => vif.asn !== undefined && isPrivateAsn(vif.asn);

/** Where a public VIF's customer prefixes reach (7224:9100 region, 9200 continent, 9300 or none all). */
function prefixScope(p: Advertisement): 'region' | 'continent' | 'global' {
  const c = new Set(p.communities.map((x) => x.trim()));
  const [region, continent] = SCOPE_COMMUNITIES;
  if (c.has(region)) return 'region';
  if (c.has(continent)) return 'continent';
  return 'global';
}

/** The customer prefixes of a public VIF that AWS propagates to `region`. */
function prefixesReaching(vif: Vif, region: string): Advertisement[] {
  const home = vif.carrier.location.region;
  return vif.advertisements.filter((a) => {
    if (!isPublicPrefix(a.prefix)) return false;
    const scope = prefixScope(a);
    if (scope === 'region') return !regionsDiffer(home, region);
    if (scope === 'continent') {
      const x = continentOf(home);
      const y = continentOf(region);
      return !x || !y || x === y;
    }
    return true;
  });
}

interface PublicContender extends Contender {
  vif: Vif;
}

/**
 * AWS's order among public VIFs toward `region` (routing.md, Public VIFs): the longest prefix,
 * the VIF at a location in the region (home-region), AS_PATH, then equal cost, shared only
 * between VIFs of one region with a public customer ASN (else no-load-sharing).
 */
function rankPublic(vifs: Vif[], region: string, returning: boolean): { order: Vif[]; codes: ReasonCode[]; whys: string[] } {
  const list: PublicContender[] = vifs.map((vif) => {
    // On-premise is assumed to mirror AWS's order; only the replies depend on the prefixes' scope.
    const reach = returning ? prefixesReaching(vif, region) : vif.advertisements.filter((a) => isPublicPrefix(a.prefix));
    const longest = reach.reduce((m, a) => Math.max(m, a.prefix.length), 0);
    const best = reach.find((a) => a.prefix.length === longest);
    return {
      vif, prefixLength: longest, priority: regionsDiffer(vif.carrier.location.region, region) ? 1 : 0,
      bgp: bgpRank(vif, best ?? vif, undefined),
    };
  });
  list.sort((a, b) => compareContenders(a, b) || cmp(a.vif.name, b.vif.name));
  const codes: ReasonCode[] = [];
  const whys: string[] = [];
  const first = list[0];
  rankCodes(list).forEach((code, i) => {
    const c = list[i + 1];
    const v = c.vif.name;
    const w = first.vif.name;
    if (code === 'less-specific-prefix') {
      codes.push(code);
      whys.push(`${v}'s public prefix is less specific than ${w}'s: AWS follows the longest prefix match`);
    } else if (code === 'priority') {
      codes.push('home-region');
      whys.push(`${w} is at a location in ${region} (${first.vif.carrier.location.name}) and ${v} is not (${c.vif.carrier.location.name}, ${c.vif.carrier.location.region}): AWS prefers the home Region's public VIF`);
    } else if (code === 'as-path' || code === 'med' || code === 'local-preference') {
      codes.push(code);
      whys.push(stepWhy(code, v, c.bgp!, w, first.bgp!));
    } else if (regionsDiffer(c.vif.carrier.location.region, first.vif.carrier.location.region) || privateAsn(c.vif) || privateAsn(first.vif)) {
      codes.push('no-load-sharing');
      whys.push(`ties with ${w}, but AWS shares load over public VIFs only in one Region with a public customer ASN${privateAsn(c.vif) || privateAsn(first.vif) ? ' (the customer ASN is private)' : ' (they are in different Regions)'}: ${w}, first by name, carries it`);
    } else {
      codes.push(code);
      whys.push(code === 'ecmp-limit'
        ? `equal cost with ${w}, but AWS uses at most ${ECMP_MAX_PATHS} equal-cost paths at once`
        : `equal cost with ${w}: another public VIF in ${first.vif.carrier.location.region} with a public ASN; the traffic is shared, and ${w} is listed first by name`);
    }
  });
  return { order: list.map((c) => c.vif), codes, whys };
}

/** The site's public VIFs toward `region`: the usable ones, and a rejection for each other one. */
function publicVifs(ctx: Ctx, q: PublicQuery, down: FailureSet, rej: Rejections): PublicOptions {
  const usable: Vif[] = [];
  if (q.region === undefined) return { usable, paths: [], codes: [], whys: [] };
  const vifs = ctx.graph.vifsOf(q.site).filter((v) => v.type === 'public').sort((a, b) => cmp(a.name, b.name));
  for (const vif of vifs) {
    const problem = publicVifProblem(vif, q.region, q.label);
    if (problem) {
      rej.add(vif.name, problem.code, problem.why);
      continue;
    }
    if (q.returning && prefixesReaching(vif, q.region).length === 0) {
      rej.add(vif.name, 'outside-prefix-scope',
        `${vif.name}'s public prefixes are scoped away from ${q.region} (7224:9100 keeps them in ${vif.carrier.location.region}, 7224:9200 in its continent): AWS in ${q.region} does not learn them, so the replies return another way`);
      continue;
    }
    const cause = down.vifCause(vif);
    if (cause) rej.add(vif.name, 'down', downWhy(vif.name, cause));
    else usable.push(vif);
  }
  const ranked = rankPublic(usable, q.region, q.returning === true);
  return { usable: ranked.order, paths: ranked.order.map((v) => publicVifPath(v, q)), codes: ranked.codes, whys: ranked.whys };
}

/** On-premise → public AWS space in a region (a service without a usable endpoint, an Elastic IP) or the internet. */
export function forwardToPublic(ctx: Ctx, q: PublicQuery, down: FailureSet, rej = rejections(), story: string[] = []): Outcome {
  const pub = publicVifs(ctx, q, down, rej);
  const internetOk = q.site.internet;
  if (!internetOk) rej.add('internet', 'no-internet', `${q.site.name} has no internet egress (internet: false)`);
  if (pub.paths.length > 0) {
    const [best, ...others] = pub.paths;
    const alternatives: Alternative[] = others.map((p, i) => ({ ...p, code: pub.codes[i], why: pub.whys[i] }));
    if (internetOk) {
      alternatives.push({
        ...internetPath(q), code: 'less-specific-prefix',
        why: `the internet is ${q.site.name}'s default route (0.0.0.0/0); ${best.via} carries AWS's own prefixes for ${q.region}, which are more specific`,
      });
    }
    const vif = pub.usable[0];
    const nat = vif.advertise.filter(isPublicPrefix).map((p) => p.text);
    story.push(`${q.site.name} reaches ${q.label} over public VIF ${vif.name}: AWS advertises ${q.region}'s public prefixes to it (acceptScope: ${vif.acceptScope}), and ${q.site.name} NATs into ${joinList(nat)}, which ${vif.name} advertises.`);
    const sharing = alternatives.filter((a) => a.code === 'equal-cost').map((a) => a.via as string);
    if (sharing.length > 0) story.push(`${joinList([best.via as string, ...sharing])} tie, so they share the traffic as equal-cost paths.`);
    for (const code of ['home-region', 'as-path', 'no-load-sharing'] as const) {
      const a = alternatives.find((x) => x.code === code);
      if (a) story.push(`${a.via} does not carry it: ${a.why}.`);
    }
    return { chosen: best, alternatives, rejected: rej.list, explanation: story };
  }
  if (internetOk) {
    const why = q.region === undefined
      ? `Traffic to ${q.label} leaves ${q.site.name} over its internet egress.`
      : `No interface endpoint or public VIF of ${q.site.name} can carry ${q.label}, so it goes over ${q.site.name}'s internet egress.`;
    story.push(why);
    return { chosen: internetPath(q), alternatives: [], rejected: rej.list, explanation: story };
  }
  story.push(`Nothing from ${q.site.name} reaches ${q.label}: every candidate fails, as listed under rejected.`);
  return { alternatives: [], rejected: rej.list, explanation: story };
}

function gatewayEndpointWhy(ep: Endpoint): string {
  return `${ep.name} is a gateway endpoint: it serves only traffic that starts inside ${ep.vpc.name}, never traffic from on-premise over Direct Connect or a VPN. To reach ${ep.service} privately, add an interface endpoint for ${ep.service} in ${ep.vpc.name} (with on-premise DNS resolving to it), or use a public VIF`;
}

/** How many endpoints that the site has no path to are listed before the rest are only counted. */
const UNREACHABLE_SHOWN = 3;

/** On-premise → an AWS service in a region (routing.md, Services). */
export function forwardToService(
  ctx: Ctx, site: Site, head: Hop[], service: string, region: string, down: FailureSet, source?: Address, returning = false,
): Outcome {
  const label = `${service}@${region}`;
  const tail: Hop[] = [{ kind: 'service', name: label }];
  const rej = rejections();
  const story: string[] = [];
  // Endpoints in VPCs the site has a path to are the relevant ones; of the others (a large
  // topology may hold thousands), a few are shown and the rest counted, so a query never walks them all.
  const reachable = ctx.tables.site(site).byVpc;
  const reached: { ep: Endpoint; o: Outcome }[] = [];
  let nearInterfaces = 0;
  for (const ep of ctx.graph.endpointsIn(reachable, service)) {
    if (ep.type === 'gateway') {
      if (ep.vpc.region === region) rej.add(ep.name, 'gateway-endpoint-not-onprem', gatewayEndpointWhy(ep));
      continue;
    }
    if (ep.vpc.region !== region) {
      rej.add(ep.name, 'endpoint-other-region', `${ep.name} serves ${service} in ${ep.vpc.region}, not in ${region}: interface endpoints are regional`);
      continue;
    }
    if (!ep.onPremDns) {
      rej.add(ep.name, 'no-onprem-dns',
        `${ep.name} is not used: on-premise DNS does not resolve ${service} to it (onPremDns: false), so ${site.name} sends ${label} traffic to the public endpoints; a Route 53 Resolver inbound endpoint or conditional forwarding fixes that`);
      continue;
    }
    nearInterfaces++;
    const o = routeToEndpoint(ctx, site, head, ep, tail, down, source);
    if (o.chosen) reached.push({ ep, o });
    else addSubRejections(rej, ep, o, site);
  }
  const regional = ctx.graph.regionalEndpoints(service, region);
  const gatewayCount = regional.gateways.length;
  const farFirst = (eps: readonly Endpoint[]): Endpoint[] => {
    const out: Endpoint[] = [];
    for (const ep of eps) {
      if (out.length === UNREACHABLE_SHOWN) break;
      if (!reachable.has(ep.vpc)) out.push(ep);
    }
    return out;
  };
  // Gateway endpoints are always explained; when none is in a VPC the site reaches, the first few are.
  if (gatewayCount > 0 && rej.list.every((r) => r.code !== 'gateway-endpoint-not-onprem')) {
    for (const ep of farFirst(regional.gateways)) rej.add(ep.name, 'gateway-endpoint-not-onprem', gatewayEndpointWhy(ep));
  }
  if (gatewayCount > 0 && reached.length === 0) {
    const shown = rej.list.filter((r) => r.code === 'gateway-endpoint-not-onprem').map((r) => r.via);
    const more = gatewayCount > shown.length ? ` (and ${gatewayCount - shown.length} more in ${region})` : '';
    story.push(`${joinList(shown)}${more} cannot be used from on-premise: S3 and DynamoDB gateway endpoints serve only traffic from inside their VPC; an interface endpoint for ${service} (with on-premise DNS resolving to it) or a public VIF would carry it.`);
  }
  const farCount = regional.onPremInterfaces.length - nearInterfaces;
  if (reached.length === 0 && farCount > 0) {
    for (const ep of farFirst(regional.onPremInterfaces)) addSubRejections(rej, ep, routeToEndpoint(ctx, site, head, ep, tail, down, source), site);
    if (farCount > UNREACHABLE_SHOWN) {
      story.push(`${farCount - UNREACHABLE_SHOWN} more interface endpoints for ${label} are in VPCs ${site.name} has no path to.`);
    }
  }
  const q: PublicQuery = { site, head, region, tail, label, returning };
  if (reached.length === 0) return forwardToPublic(ctx, q, down, rej, story);

  // On-premise DNS resolves the service to the endpoint's private addresses: the public paths are not taken.
  const { ep, o } = reached[0];
  const chosen = o.chosen as RoutePath;
  const alternatives: Alternative[] = [...o.alternatives];
  for (const other of reached.slice(1)) {
    alternatives.push({
      ...(other.o.chosen as RoutePath), code: 'other-endpoint',
      why: `another interface endpoint for ${label}: on-premise DNS resolves ${service} to one endpoint, and dxplan assumes the first by name, ${ep.name}`,
    });
  }
  for (const r of o.rejected) {
    if (r.code !== 'private-address-over-public') rej.add(r.via, r.code, `toward ${ep.name}: ${r.why}`);
  }
  const dnsNote = `: on-premise DNS resolves ${service} to ${ep.name}'s private addresses`;
  const pubRej = rejections();
  const pub = publicVifs(ctx, q, down, pubRej);
  for (const vif of pub.usable) {
    rej.add(vif.name, 'private-address-over-public',
      `${vif.name} is a public VIF: it reaches AWS public addresses only, never a private address such as ${ep.name}'s in ${ep.vpc.name}${dnsNote}; without that endpoint ${vif.name} would carry ${label}`);
  }
  for (const r of pubRej.list) rej.add(r.via, r.code, r.why);
  if (site.internet) {
    rej.add('internet', 'private-address-over-public', `the internet never reaches a private address such as ${ep.name}'s in ${ep.vpc.name}${dnsNote}`);
  } else {
    rej.add('internet', 'no-internet', `${site.name} has no internet egress (internet: false)`);
  }
  story.unshift(`On-premise DNS resolves ${service} to the interface endpoint ${ep.name} (onPremDns), so ${site.name} sends ${label} traffic to ${ep.vpc.name}'s private addresses.`);
  story.push(...o.explanation);
  return { chosen, alternatives, rejected: rej.list, explanation: story };
}

function routeToEndpoint(ctx: Ctx, site: Site, head: Hop[], ep: Endpoint, tail: Hop[], down: FailureSet, source?: Address): Outcome {
  const first = ep.vpc.cidrs[0];
  if (!first) return { alternatives: [], rejected: [], explanation: [] };
  const address = { family: first.family, value: first.network, text: formatAddress(first.family, first.network) };
  return forwardToVpc(ctx, {
    site, head, address, vpcs: [ep.vpc],
    tail: (vpc) => [{ kind: 'vpc', name: vpc.name }, { kind: 'endpoint', name: ep.name }, ...tail],
    label: `${ep.name} in ${ep.vpc.name} (${first.text})`,
    source,
  }, down);
}

/** Why an interface endpoint's VPC cannot be reached: its VPC route's rejections, or one line. */
function addSubRejections(rej: Rejections, ep: Endpoint, o: Outcome, site: Site): void {
  const before = rej.list.length;
  for (const r of o.rejected) {
    if (r.code !== 'private-address-over-public') rej.add(r.via, r.code, `toward ${ep.name}: ${r.why}`);
  }
  if (rej.list.length === before) {
    rej.add(ep.name, 'not-attached', `${ep.name} is in ${ep.vpc.name}, which ${site.name} has no path to`);
  }
}
