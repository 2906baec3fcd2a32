// The topology as adjacency maps, built in one pass: which VIFs land on a gateway, which
// gateways lead to a VPC, which site a VIF starts from. Every routing query and every
// routing rule walks these maps instead of scanning the entity lists.
import { isChinaRegion, isRegion } from '../net/regions';
import { PrefixTrie } from '../net/trie';
import type {
  Carrier, Connection, Dxgw, DxgwAssociation, Endpoint, Host, Lag, Location, NamedEntity, Resource, Router, Site,
  Tgw, Topology, Vgw, Vif, Vpc, Vpn,
} from '../model/types';

export type AwsGateway = Vgw | Tgw;

/** The site a connection or LAG ends on: its router's, or its first member's. */
export function siteOfCarrier(carrier: Carrier): Site | undefined {
  return routerOfCarrier(carrier)?.site;
}

/** The customer router a connection ends on; for a LAG, its first member's. */
export function routerOfCarrier(carrier: Carrier): Router | undefined {
  return carrier.kind === 'connection' ? carrier.router : carrier.members[0]?.router;
}

/** The one gateway a VIF lands on (a list is pvif-one-gateway's concern: dxplan follows the first). */
export function gatewayOf(vif: Vif): NamedEntity | undefined {
  return vif.gateways[0];
}

/** Regions compare only when both are known codes; an unknown one stays quiet (topology.md). */
export function regionsDiffer(a: string, b: string): boolean {
  return isRegion(a) && isRegion(b) && a !== b;
}

export { isChinaRegion };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const EMPTY: readonly never[] = Object.freeze([]);

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export interface RegionalEndpoints {
  gateways: Endpoint[];
  onPremInterfaces: Endpoint[];
}

export class Graph {
  readonly topology: Topology;
  private readonly vifSites = new Map<Vif, Site | undefined>();
  private readonly directVifs = new Map<Vgw, Vif[]>();
  private readonly privateVifsOnDxgw = new Map<Dxgw, Vif[]>();
  private readonly transitVifsOnDxgw = new Map<Dxgw, Vif[]>();
  private readonly vifsOfSite = new Map<Site, Vif[]>();
  private readonly vpnsOfSite = new Map<Site, Vpn[]>();
  private readonly vpnsOnGateway = new Map<AwsGateway, Vpn[]>();
  private readonly assocsOfGateway = new Map<AwsGateway, DxgwAssociation[]>();
  private readonly vgwsOfVpc = new Map<Vpc, Vgw[]>();
  private readonly tgwsOfVpc = new Map<Vpc, Tgw[]>();
  private readonly tgwAttached = new Map<Tgw, Set<Vpc>>();
  private readonly endpointsOfService = new Map<string, Endpoint[]>();
  private readonly regional = new Map<string, RegionalEndpoints>();
  private readonly privateReach = new Map<Vgw, Vif[]>();
  private readonly carriersOfSite = new Map<Site, Carrier[]>();
  private readonly connectionsOfSite = new Map<Site, Connection[]>();
  private readonly carriersAtLocation = new Map<Location, Carrier[]>();
  private readonly connectionsOnDevice = new Map<string, Connection[]>();
  private readonly vifsOnCarrier = new Map<Carrier, Vif[]>();
  private readonly connectionsOnRouter = new Map<Router, Connection[]>();
  private readonly vpnsOnRouter = new Map<Router, Vpn[]>();
  readonly hostsByIp = new Map<string, Host>();
  readonly resourcesByIp = new Map<string, Resource>();
  readonly resourcesByPublicIp = new Map<string, Resource>();
  readonly vpcTrie = new PrefixTrie<Vpc>();
  readonly siteTrie = new PrefixTrie<Site>();
  readonly services = new Set<string>();

  constructor(topology: Topology) {
    this.topology = topology;
    const t = topology;
    for (const site of t.sites) {
      for (const p of site.cidrs) this.siteTrie.insert(p, site);
      for (const h of site.hosts) if (h.ip && !this.hostsByIp.has(h.ip.text)) this.hostsByIp.set(h.ip.text, h);
    }
    for (const vpc of t.vpcs) {
      for (const p of vpc.cidrs) this.vpcTrie.insert(p, vpc);
      for (const r of vpc.resources) {
        if (r.ip && !this.resourcesByIp.has(r.ip.text)) this.resourcesByIp.set(r.ip.text, r);
        if (r.publicIp && !this.resourcesByPublicIp.has(r.publicIp.text)) this.resourcesByPublicIp.set(r.publicIp.text, r);
      }
    }
    for (const c of t.connections) {
      const site = c.router.site;
      push(this.connectionsOfSite, site, c);
      push(this.connectionsOnRouter, c.router, c);
      if (c.awsDevice !== undefined) push(this.connectionsOnDevice, c.awsDevice, c);
      if (!c.lag) {
        push(this.carriersOfSite, site, c);
        push(this.carriersAtLocation, c.location, c);
      }
    }
    for (const lag of t.lags) {
      const site = siteOfCarrier(lag);
      if (site) push(this.carriersOfSite, site, lag);
      push(this.carriersAtLocation, lag.location, lag);
    }
    for (const vif of t.vifs) {
      const site = siteOfCarrier(vif.carrier);
      this.vifSites.set(vif, site);
      if (site) push(this.vifsOfSite, site, vif);
      push(this.vifsOnCarrier, vif.carrier, vif);
      const g = gatewayOf(vif);
      if (!g) continue;
      if (vif.type === 'private' && g.kind === 'vgw') push(this.directVifs, g, vif);
      else if (vif.type === 'private' && g.kind === 'dxgw') push(this.privateVifsOnDxgw, g, vif);
      else if (vif.type === 'transit' && g.kind === 'dxgw') push(this.transitVifsOnDxgw, g, vif);
    }
    for (const vpn of t.vpns) {
      push(this.vpnsOfSite, vpn.router.site, vpn);
      push(this.vpnsOnGateway, vpn.gateway, vpn);
      push(this.vpnsOnRouter, vpn.router, vpn);
    }
    for (const dxgw of t.dxgws) for (const a of dxgw.associations) push(this.assocsOfGateway, a.gateway, a);
    for (const vgw of t.vgws) if (vgw.vpc) push(this.vgwsOfVpc, vgw.vpc, vgw);
    for (const tgw of t.tgws) {
      const attached = new Set<Vpc>();
      for (const vpc of tgw.attachments) {
        push(this.tgwsOfVpc, vpc, tgw);
        // A transit gateway attaches VPCs of its own region only: a cross-region attachment cannot exist.
        if (!regionsDiffer(tgw.region, vpc.region)) attached.add(vpc);
      }
      this.tgwAttached.set(tgw, attached);
    }
    for (const ep of t.endpoints) {
      push(this.endpointsOfService, ep.service, ep);
      this.services.add(ep.service);
    }
    // Sorted by name once, so a query never sorts a long list.
    for (const list of this.endpointsOfService.values()) list.sort(byName);
  }

  vifSite(vif: Vif): Site | undefined {
    return this.vifSites.get(vif);
  }
  /** Private VIFs attached directly to the VGW. */
  directVifsOf(vgw: Vgw): readonly Vif[] {
    return this.directVifs.get(vgw) ?? EMPTY;
  }
  privateVifsOf(dxgw: Dxgw): readonly Vif[] {
    return this.privateVifsOnDxgw.get(dxgw) ?? EMPTY;
  }  /** The private VIFs whose routes reach the VGW: attached to it, then on a DXGW associated with it. */
  privateVifsReaching(vgw: Vgw): readonly Vif[] {
    let vifs = this.privateReach.get(vgw);
    if (!vifs) {
      vifs = [...this.directVifsOf(vgw)];
      for (const a of this.associationsOf(vgw)) for (const vif of this.privateVifsOf(a.dxgw)) if (!vifs.includes(vif)) vifs.push(vif);
      this.privateReach.set(vgw, vifs);
    }
    return vifs;
  }

  transitVifsOf(dxgw: Dxgw): readonly Vif[] {
    return this.transitVifsOnDxgw.get(dxgw) ?? EMPTY;
  }
  /** Every VIF whose connection (or LAG) ends on a router of the site. */
  vifsOf(site: Site): readonly Vif[] {
    return this.vifsOfSite.get(site) ?? EMPTY;
  }
  vpnsOf(site: Site): readonly Vpn[] {
    return this.vpnsOfSite.get(site) ?? EMPTY;
  }
  vpnsOn(gateway: AwsGateway): readonly Vpn[] {
    return this.vpnsOnGateway.get(gateway) ?? EMPTY;
  }
  associationsOf(gateway: AwsGateway): readonly DxgwAssociation[] {
    return this.assocsOfGateway.get(gateway) ?? EMPTY;
  }
  vgwsOf(vpc: Vpc): readonly Vgw[] {
    return this.vgwsOfVpc.get(vpc) ?? EMPTY;
  }
  /** Every TGW naming the VPC in `attachments`, whatever its region (see attaches()). */
  tgwsOf(vpc: Vpc): readonly Tgw[] {
    return this.tgwsOfVpc.get(vpc) ?? EMPTY;
  }
  /** The VPCs a TGW really attaches: those of its region (or of an unknown region). */
  attachedTo(tgw: Tgw): ReadonlySet<Vpc> {
    return this.tgwAttached.get(tgw) ?? new Set();
  }
  /** The service's endpoints (interface and gateway, every region), sorted by name. */
  endpointsFor(service: string): readonly Endpoint[] {
    return this.endpointsOfService.get(service) ?? EMPTY;
  }
  /** The service's endpoints in these VPCs, sorted by name: a query reads its own VPCs', not the whole list. */
  endpointsIn(vpcs: ReadonlyMap<Vpc, unknown> | ReadonlySet<Vpc>, service: string): Endpoint[] {
    const all = this.endpointsFor(service);
    if (all.length <= vpcs.size) return all.filter((ep) => vpcs.has(ep.vpc));
    const out: Endpoint[] = [];
    for (const vpc of vpcs.keys()) for (const ep of vpc.endpoints) if (ep.service === service) out.push(ep);
    return out.sort(byName);
  }
  /** The service's gateway endpoints, and interface endpoints on-premise DNS resolves to, in one region; sorted by name. */
  regionalEndpoints(service: string, region: string): RegionalEndpoints {
    const key = `${service}\u0000${region}`;
    let found = this.regional.get(key);
    if (!found) {
      found = { gateways: [], onPremInterfaces: [] };
      for (const ep of this.endpointsFor(service)) {
        if (ep.vpc.region !== region) continue;
        if (ep.type === 'gateway') found.gateways.push(ep);
        else if (ep.onPremDns) found.onPremInterfaces.push(ep);
      }
      this.regional.set(key, found);
    }
    return found;
  }
  /** The site's connections that are not LAG members, and its LAGs: each one unit of failure. */
  carriersOf(site: Site): readonly Carrier[] {
    return this.carriersOfSite.get(site) ?? EMPTY;
  }
  connectionsOf(site: Site): readonly Connection[] {
    return this.connectionsOfSite.get(site) ?? EMPTY;
  }
  carriersAt(location: Location): readonly Carrier[] {
    return this.carriersAtLocation.get(location) ?? EMPTY;
  }
  connectionsOnAwsDevice(device: string): readonly Connection[] {
    return this.connectionsOnDevice.get(device) ?? EMPTY;
  }
  awsDevices(): Iterable<string> {
    return this.connectionsOnDevice.keys();
  }
  vifsOnCarrierOf(carrier: Carrier): readonly Vif[] {
    return this.vifsOnCarrier.get(carrier) ?? EMPTY;
  }
  connectionsOn(router: Router): readonly Connection[] {
    return this.connectionsOnRouter.get(router) ?? EMPTY;
  }
  vpnsOnRouterOf(router: Router): readonly Vpn[] {
    return this.vpnsOnRouter.get(router) ?? EMPTY;
  }
}

/** The AWS device a carrier sits on, when named: a LAG's is its first member's that names one. */
export function deviceOf(carrier: Carrier): string | undefined {
  if (carrier.kind === 'connection') return carrier.awsDevice;
  return (carrier as Lag).members.find((m) => m.awsDevice !== undefined)?.awsDevice;
}
