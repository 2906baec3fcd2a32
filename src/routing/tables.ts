// The two routing tables dxplan precomputes (routing.md, candidates and return direction):
// - per site: every candidate path (private VIF, transit VIF, VPN) and the prefixes AWS makes
//   the site learn over it, in a PrefixTrie: on-premise's view, for the forward direction;
// - per AWS gateway (VGW, TGW): every route back to on-premise from what the customer
//   advertises (VIF `advertise`, VPN BGP `advertise`, VPN `staticRoutes`), in a PrefixTrie.
// Both are built once per site / gateway, on first use, and shared by every query and rule.
import { contains, type Prefix } from '../net/prefix';
import { PrefixTrie } from '../net/trie';
import { hasSessionFor } from '../model/vif';
import type { Dxgw, DxgwAssociation, Site, Tgw, Vgw, Vif, Vpc, Vpn } from '../model/types';
import { gatewayOf, isChinaRegion, regionsDiffer, type AwsGateway, type Graph } from './graph';

export type CandidateKind = 'direct-connect-private' | 'direct-connect-transit' | 'vpn';

export interface RouteBase {
  kind: CandidateKind;
  /** The VIF or VPN that carries the route. */
  via: Vif | Vpn;
  /** The on-premise site the VIF's connection (or the VPN's router) ends on. */
  site: Site;
  /** The Direct Connect gateway crossed, for a VIF on a DXGW. */
  dxgw?: Dxgw;
  association?: DxgwAssociation;
  /** The VGW or TGW at the AWS end. */
  gateway: AwsGateway;
}

/** A path from a site into AWS: what AWS advertises over it, and the VPCs it leads to. */
export interface ForwardRoute extends RouteBase {
  /** The prefixes on-premise learns (BGP) or is assumed to route (static VPN) over this path. */
  prefixes: readonly Prefix[];
  /** The VPCs the path delivers to (for a transit VIF: attached VPCs its allowed prefixes cover). */
  vpcs: readonly Vpc[];
}

/** A route an AWS gateway holds toward on-premise. */
export interface ReturnRoute extends RouteBase {
  /**
   * The gateway's route priority for the same prefix, lower first. VGW: 0 Direct Connect BGP,
   * 1 VPN static, 2 VPN BGP. TGW: 0 static (a static route to a VPN attachment), 2 DXGW-propagated,
   * 3 VPN-propagated (1, VPC-propagated, never points on-premise).
   */
  priority: number;
  /** "Direct Connect BGP route", "static VPN route", ... for explanations. */
  priorityWords: string;
}

export interface SiteTable {
  site: Site;
  routes: readonly ForwardRoute[];
  /** Learned prefix → the routes that advertise it. */
  trie: PrefixTrie<ForwardRoute>;
  /** VPC → the routes that reach it: what the resiliency and overlap rules read. */
  byVpc: ReadonlyMap<Vpc, readonly ForwardRoute[]>;
}

export interface GatewayTable {
  gateway: AwsGateway;
  routes: readonly ReturnRoute[];
  /** Customer-advertised prefix → the routes that carry it back. */
  trie: PrefixTrie<ReturnRoute>;
  /** How many distinct on-premise prefixes the gateway learns (a VGW propagates them into its VPC's route tables). */
  learned: number;
}

/** AWS keeps at most this many propagated routes in a VPC route table (vpc-propagated-routes). */
export const PROPAGATED_ROUTES_MAX = 100;

/**
 * What a DXGW's VGW association advertises to on-premise: the VPC's CIDRs, filtered by
 * allowedPrefixes when given. routing.md says the allowed prefixes are advertised; AWS says
 * otherwise, and dxplan follows AWS: "The allowed list only functions as a filter, and only the
 * associated VPC CIDR will be advertised" — a VPC CIDR goes out when an allowed prefix equals or
 * contains it (https://docs.aws.amazon.com/directconnect/latest/UserGuide/allowed-to-prefixes.html).
 */
export function vgwAssociationPrefixes(assoc: DxgwAssociation, vpc: Vpc): Prefix[] {
  const allowed = assoc.allowedPrefixes;
  if (!allowed) return vpc.cidrs;
  return vpc.cidrs.filter((c) => allowed.some((p) => contains(p, c)));
}

/**
 * The prefixes that cross the VIF's BGP sessions: AWS advertises a VPC's IPv4 CIDRs only over an
 * IPv4 session and its IPv6 blocks only over an IPv6 one, and accepts from the customer only the
 * families it has a session for (vif-family reports the rest).
 */
export function overSessions(vif: Vif, prefixes: readonly Prefix[]): readonly Prefix[] {
  const carried = (p: Prefix): boolean => hasSessionFor(vif, p.family);
  return prefixes.every(carried) ? prefixes : prefixes.filter(carried);
}

/** Why a private VIF attached directly to a VGW is not a path, if it is not. */
export function directVifProblem(vif: Vif, vgw: Vgw): 'vgw-other-region' | undefined {
  return regionsDiffer(vgw.region, vif.carrier.location.region) ? 'vgw-other-region' : undefined;
}

/** The region traffic toward on-premise leaves from over a route: the VPC's behind a VGW, the TGW's. */
export function sendingRegion(gateway: AwsGateway): string {
  return gateway.kind === 'vgw' ? gateway.vpc?.region ?? gateway.region : gateway.region;
}

/** The documented maximum MTU of a Site-to-Site VPN tunnel. */
export const VPN_MTU = 1446;

/** AWS's MTU for a prefix learned over private VIFs that disagree on it (vif-mtu-mismatch). */
export const MISMATCHED_MTU = 1500;

export class Tables {
  private readonly sites = new Map<Site, SiteTable>();
  private readonly mtusByPrefix = new Map<AwsGateway, Map<string, Set<number>>>();
  private readonly gateways = new Map<AwsGateway, GatewayTable>();
  private readonly transitReach = new Map<DxgwAssociation, Vpc[]>();

  constructor(private readonly graph: Graph) {}

  site(site: Site): SiteTable {
    let table = this.sites.get(site);
    if (!table) this.sites.set(site, (table = this.buildSite(site)));
    return table;
  }

  gateway(gateway: AwsGateway): GatewayTable {
    let table = this.gateways.get(gateway);
    if (!table) this.gateways.set(gateway, (table = this.buildGateway(gateway)));
    return table;
  }

  /**
   * The path MTU over a route (routing.md, Path MTU): the VIF's, except 1500 when private VIFs
   * advertise one of its prefixes toward the same gateway with different MTUs (vif-mtu-mismatch);
   * a VPN's documented maximum.
   */
  mtu(via: Vif | Vpn, gateway: AwsGateway): number {
    if (via.kind === 'vpn') return VPN_MTU;
    const vif = via;
    if (vif.type !== 'private') return vif.mtu;
    const byPrefix = this.privateMtus(gateway);
    return vif.advertise.some((p) => (byPrefix.get(p.text)?.size ?? 0) > 1) ? MISMATCHED_MTU : vif.mtu;
  }

  /** Per prefix, the MTUs of the private VIFs advertising it toward the gateway. */
  private privateMtus(gateway: AwsGateway): Map<string, Set<number>> {
    let m = this.mtusByPrefix.get(gateway);
    if (m) return m;
    m = new Map();
    for (const vif of gateway.kind === 'vgw' ? this.graph.privateVifsReaching(gateway) : []) {
      for (const p of vif.advertise) {
        const set = m.get(p.text);
        if (set) set.add(vif.mtu);
        else m.set(p.text, new Set([vif.mtu]));
      }
    }
    this.mtusByPrefix.set(gateway, m);
    return m;
  }

  /** The attached VPCs of a TGW association that its allowed prefixes cover, at least in part. */
  transitVpcs(assoc: DxgwAssociation): Vpc[] {
    let vpcs = this.transitReach.get(assoc);
    if (vpcs) return vpcs;
    vpcs = [];
    const allowed = assoc.allowedPrefixes ?? [];
    if (allowed.length > 0 && assoc.gateway.kind === 'tgw') {
      const trie = new PrefixTrie<true>();
      for (const p of allowed) trie.insert(p, true);
      for (const vpc of this.graph.attachedTo(assoc.gateway)) {
        if (vpc.cidrs.some((c) => trie.longestMatch(c) !== undefined || trie.within(c).length > 0)) vpcs.push(vpc);
      }
    }
    this.transitReach.set(assoc, vpcs);
    return vpcs;
  }

  private buildSite(site: Site): SiteTable {
    const g = this.graph;
    const routes: ForwardRoute[] = [];
    for (const vif of g.vifsOf(site)) {
      const gw = gatewayOf(vif);
      if (!gw) continue;
      if (vif.type === 'private' && gw.kind === 'vgw') {
        // Candidate 1: the VGW must be in the location's region; AWS advertises the VPC's CIDRs.
        if (gw.vpc && !directVifProblem(vif, gw)) {
          routes.push({ kind: 'direct-connect-private', via: vif, site, gateway: gw, prefixes: overSessions(vif, gw.vpc.cidrs), vpcs: [gw.vpc] });
        }
      } else if (vif.type === 'private' && gw.kind === 'dxgw') {
        // Candidate 2: any region but China; AWS advertises allowedPrefixes (default: the VPC's CIDRs).
        for (const assoc of gw.associations) {
          const vgw = assoc.gateway;
          if (vgw.kind !== 'vgw' || !vgw.vpc || isChinaRegion(vgw.region)) continue;
          const prefixes = overSessions(vif, vgwAssociationPrefixes(assoc, vgw.vpc));
          routes.push({
            kind: 'direct-connect-private', via: vif, site, dxgw: gw, association: assoc, gateway: vgw,
            prefixes, vpcs: prefixes.length > 0 ? [vgw.vpc] : [],
          });
        }
      } else if (vif.type === 'transit' && gw.kind === 'dxgw') {
        // Candidate 3: AWS advertises only the association's allowedPrefixes.
        for (const assoc of gw.associations) {
          const tgw = assoc.gateway;
          if (tgw.kind !== 'tgw' || isChinaRegion(tgw.region)) continue;
          routes.push({
            kind: 'direct-connect-transit', via: vif, site, dxgw: gw, association: assoc, gateway: tgw,
            prefixes: overSessions(vif, assoc.allowedPrefixes ?? []), vpcs: this.transitVpcs(assoc),
          });
        }
      }
    }
    for (const vpn of g.vpnsOf(site)) {
      // Candidate 4: exactly the CIDRs of the VPC behind the VGW, or of the VPCs attached to the TGW.
      const gw = vpn.gateway;
      const vpcs = gw.kind === 'vgw' ? (gw.vpc ? [gw.vpc] : []) : [...g.attachedTo(gw)];
      routes.push({ kind: 'vpn', via: vpn, site, gateway: gw, prefixes: vpcs.flatMap((v) => v.cidrs), vpcs });
    }
    const trie = new PrefixTrie<ForwardRoute>();
    const byVpc = new Map<Vpc, ForwardRoute[]>();
    for (const r of routes) {
      for (const p of r.prefixes) trie.insert(p, r);
      for (const vpc of r.vpcs) {
        const list = byVpc.get(vpc);
        if (list) list.push(r);
        else byVpc.set(vpc, [r]);
      }
    }
    return { site, routes, trie, byVpc };
  }

  private buildGateway(gateway: AwsGateway): GatewayTable {
    const g = this.graph;
    const routes: ReturnRoute[] = [];
    const trie = new PrefixTrie<ReturnRoute>();
    const distinct = new Set<string>();
    const add = (r: ReturnRoute, prefixes: readonly Prefix[]): void => {
      routes.push(r);
      for (const p of prefixes) {
        trie.insert(p, r);
        distinct.add(p.text);
      }
    };
    const vpnRoute = (vpn: Vpn): void => {
      const isStatic = vpn.routing === 'static';
      const priority = gateway.kind === 'vgw' ? (isStatic ? 1 : 2) : isStatic ? 0 : 3;
      const priorityWords = gateway.kind === 'vgw'
        ? isStatic ? 'static VPN routes' : 'VPN BGP routes'
        : isStatic ? 'static routes (to a VPN attachment)' : 'VPN-propagated routes';
      add(
        { kind: 'vpn', via: vpn, site: vpn.router.site, gateway, priority, priorityWords },
        isStatic ? vpn.staticRoutes : vpn.advertise,
      );
    };
    if (gateway.kind === 'vgw') {
      for (const vif of g.directVifsOf(gateway)) {
        const site = g.vifSite(vif);
        if (!site || directVifProblem(vif, gateway)) continue;
        add({
          kind: 'direct-connect-private', via: vif, site, gateway, priority: 0,
          priorityWords: 'Direct Connect BGP routes',
        }, overSessions(vif, vif.advertise));
      }
      if (!isChinaRegion(gateway.region)) {
        for (const assoc of g.associationsOf(gateway)) {
          for (const vif of g.privateVifsOf(assoc.dxgw)) {
            const site = g.vifSite(vif);
            if (!site) continue;
            add({
              kind: 'direct-connect-private', via: vif, site, dxgw: assoc.dxgw, association: assoc, gateway,
              priority: 0, priorityWords: 'Direct Connect BGP routes',
            }, overSessions(vif, vif.advertise));
          }
        }
      }
    } else {
      if (!isChinaRegion(gateway.region)) {
        for (const assoc of g.associationsOf(gateway)) {
          for (const vif of g.transitVifsOf(assoc.dxgw)) {
            const site = g.vifSite(vif);
            if (!site) continue;
            add({
              kind: 'direct-connect-transit', via: vif, site, dxgw: assoc.dxgw, association: assoc, gateway,
              priority: 2, priorityWords: `routes propagated from ${assoc.dxgw.name}`,
            }, overSessions(vif, vif.advertise));
          }
        }
      }
    }
    for (const vpn of g.vpnsOn(gateway)) vpnRoute(vpn);
    return { gateway, routes, trie, learned: distinct.size };
  }
}

/** The gateways a VPC sends on-premise traffic to: its VGWs, and the TGWs that really attach it. */
export function gatewaysOfVpc(graph: Graph, vpc: Vpc): AwsGateway[] {
  const out: AwsGateway[] = [...graph.tgwsOf(vpc).filter((t: Tgw) => graph.attachedTo(t).has(vpc))];
  out.push(...graph.vgwsOf(vpc));
  return out;
}
