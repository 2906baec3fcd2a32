// Routes from an on-premise site to public AWS space and beyond (routing.md, Services and
// Public addresses): an interface endpoint, then a public VIF within its acceptScope, then
// the internet. Gateway endpoints are never a path from on-premise and always say why.
import { intersectsAny, isPublicAddress, NON_PUBLIC_V4, formatAddress, type Address, type Prefix } from '../net/prefix';
import { continentOf, isChinaRegion, isRegion } from '../net/regions';
import type { Endpoint, Site, Vif } from '../model/types';
import { routerOfCarrier } from './graph';
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
  usable: Vif[];
  /** Usable public VIFs, each with its path, sorted by name. */
  paths: RoutePath[];
}

/** The site's public VIFs toward `region`: the usable ones, and a rejection for each other one. */
function publicVifs(ctx: Ctx, q: PublicQuery, down: FailureSet, rej: Rejections): PublicOptions {
  const usable: Vif[] = [];
  if (q.region === undefined) return { usable, paths: [] };
  const vifs = ctx.graph.vifsOf(q.site).filter((v) => v.type === 'public').sort((a, b) => cmp(a.name, b.name));
  for (const vif of vifs) {
    const problem = publicVifProblem(vif, q.region, q.label);
    if (problem) {
      rej.add(vif.name, problem.code, problem.why);
      continue;
    }
    const cause = down.vifCause(vif);
    if (cause) rej.add(vif.name, 'down', downWhy(vif.name, cause));
    else usable.push(vif);
  }
  return { usable, paths: usable.map((v) => publicVifPath(v, q)) };
}

/** On-premise → public AWS space in a region (a service without a usable endpoint, an Elastic IP) or the internet. */
export function forwardToPublic(ctx: Ctx, q: PublicQuery, down: FailureSet, rej = rejections(), story: string[] = []): Outcome {
  const pub = publicVifs(ctx, q, down, rej);
  const internetOk = q.site.internet;
  if (!internetOk) rej.add('internet', 'no-internet', `${q.site.name} has no internet egress (internet: false)`);
  if (pub.paths.length > 0) {
    const [best, ...others] = pub.paths;
    const alternatives: Alternative[] = others.map((p) => ({
      ...p, code: 'equal-cost',
      why: `equal cost with ${best.via}: another public VIF of ${q.site.name} whose acceptScope covers ${q.region}; the traffic is shared, and ${best.via} is listed first by name`,
    }));
    if (internetOk) {
      alternatives.push({
        ...internetPath(q), code: 'less-specific-prefix',
        why: `the internet is ${q.site.name}'s default route (0.0.0.0/0); ${best.via} carries AWS's own prefixes for ${q.region}, which are more specific`,
      });
    }
    const vif = pub.usable[0];
    const nat = vif.advertise.filter(isPublicPrefix).map((p) => p.text);
    story.push(`${q.site.name} reaches ${q.label} over public VIF ${vif.name}: AWS advertises ${q.region}'s public prefixes to it (acceptScope: ${vif.acceptScope}), and ${q.site.name} NATs into ${joinList(nat)}, which ${vif.name} advertises.`);
    if (others.length > 0) story.push(`${joinList(pub.paths.map((p) => p.via as string))} tie, so they share the traffic as equal-cost paths.`);
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
export function forwardToService(ctx: Ctx, site: Site, head: Hop[], service: string, region: string, down: FailureSet, source?: Address): Outcome {
  const label = `${service}@${region}`;
  const tail: Hop[] = [{ kind: 'service', name: label }];
  const rej = rejections();
  const story: string[] = [];
  // Endpoints in VPCs the site has a path to are the relevant ones; of the others (a large
  // topology may hold thousands), a few are shown and the rest counted, so a query never walks them all.
  const reachable = ctx.tables.site(site).byVpc;
  const reached: { ep: Endpoint; o: Outcome }[] = [];
  const far: Endpoint[] = [];
  const farGateways: Endpoint[] = [];
  let gatewayCount = 0;
  for (const ep of ctx.graph.endpointsFor(service)) {
    const near = reachable.has(ep.vpc);
    if (ep.type === 'gateway') {
      if (ep.vpc.region !== region) continue;
      gatewayCount++;
      if (near) rej.add(ep.name, 'gateway-endpoint-not-onprem', gatewayEndpointWhy(ep));
      else farGateways.push(ep);
      continue;
    }
    if (ep.vpc.region !== region) {
      if (near) rej.add(ep.name, 'endpoint-other-region', `${ep.name} serves ${service} in ${ep.vpc.region}, not in ${region}: interface endpoints are regional`);
      continue;
    }
    if (!ep.onPremDns) {
      if (near) {
        rej.add(ep.name, 'no-onprem-dns',
          `${ep.name} is not used: on-premise DNS does not resolve ${service} to it (onPremDns: false), so ${site.name} sends ${label} traffic to the public endpoints; a Route 53 Resolver inbound endpoint or conditional forwarding fixes that`);
      }
      continue;
    }
    if (!near) {
      far.push(ep);
      continue;
    }
    const o = routeToEndpoint(ctx, site, head, ep, tail, down, source);
    if (o.chosen) reached.push({ ep, o });
    else addSubRejections(rej, ep, o, site);
  }
  // Gateway endpoints are always explained; when none is in a VPC the site reaches, the first few are.
  if (gatewayCount > 0 && rej.list.every((r) => r.code !== 'gateway-endpoint-not-onprem')) {
    for (const ep of farGateways.slice(0, UNREACHABLE_SHOWN)) rej.add(ep.name, 'gateway-endpoint-not-onprem', gatewayEndpointWhy(ep));
  }
  if (gatewayCount > 0 && reached.length === 0) {
    const shown = rej.list.filter((r) => r.code === 'gateway-endpoint-not-onprem').map((r) => r.via);
    const more = gatewayCount > shown.length ? ` (and ${gatewayCount - shown.length} more in ${region})` : '';
    story.push(`${joinList(shown)}${more} cannot be used from on-premise: S3 and DynamoDB gateway endpoints serve only traffic from inside their VPC; an interface endpoint for ${service} (with on-premise DNS resolving to it) or a public VIF would carry it.`);
  }
  if (reached.length === 0 && far.length > 0) {
    for (const ep of far.slice(0, UNREACHABLE_SHOWN)) addSubRejections(rej, ep, routeToEndpoint(ctx, site, head, ep, tail, down, source), site);
    if (far.length > UNREACHABLE_SHOWN) {
      story.push(`${far.length - UNREACHABLE_SHOWN} more interface endpoints for ${label} are in VPCs ${site.name} has no path to.`);
    }
  }
  const q: PublicQuery = { site, head, region, tail, label };
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
