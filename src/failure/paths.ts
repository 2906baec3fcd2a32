// A route as failure analysis sees it: the path kind and the equal-cost paths sharing the
// traffic, each as the VIF or VPN it crosses with its connection (or LAG), location and router;
// and the objects on those paths that could fail.
import type { Topology } from '../model/types';
import type { PathKind, RouteDetail, RoutePath } from '../routing/types';

/** One of the equal-cost paths carrying a route. */
export interface Leg {
  /** The VIF or VPN that carries it, or `internet`. */
  via: string;
  kind: 'vif' | 'vpn' | 'internet';
  /** The connection or LAG under the VIF. */
  connection?: string;
  connectionKind?: 'connection' | 'lag';
  location?: string;
  /** The customer router: the connection's, or the VPN's customer gateway. */
  router?: string;
}

/** Where a route goes: its path kind and the equal-cost paths (first = the one `route` shows). */
export interface PathState {
  path: PathKind;
  legs: Leg[];
}

export const NO_PATH: PathState = Object.freeze({ path: 'none', legs: [] }) as PathState;
/** A route dxplan does not model (routing.md, "Inside AWS"): never "no path". */
export const NOT_MODELLED: PathState = Object.freeze({ path: 'not-modelled', legs: [] }) as PathState;

export function legOf(p: RoutePath): Leg {
  const kind: Leg['kind'] = p.path === 'vpn' ? 'vpn' : p.path === 'internet' ? 'internet' : 'vif';
  const leg: Leg = { via: p.via ?? p.path, kind };
  for (const h of p.hops) {
    if ((h.kind === 'connection' || h.kind === 'lag') && leg.connection === undefined) {
      leg.connection = h.name;
      leg.connectionKind = h.kind;
    } else if (h.kind === 'location' && leg.location === undefined) leg.location = h.name;
    else if (h.kind === 'router' && leg.router === undefined) leg.router = h.name;
  }
  return leg;
}

export function stateOf(d: RouteDetail): PathState {
  if (d.forward.reachable === null) return NOT_MODELLED;
  if (!d.forward.reachable || d.equalCost.length === 0) return NO_PATH;
  return { path: d.forward.path, legs: d.equalCost.map(legOf) };
}

/** Equal states cross the same VIFs/VPNs with the same path kind. */
export function stateKey(s: PathState): string {
  return `${s.path}:${s.legs.map((l) => l.via).join(',')}`;
}

/** The kinds of objects failure analysis fails (routing's failures() also takes gateways). */
export type FailureKind = 'location' | 'aws-device' | 'connection' | 'lag' | 'vif' | 'router' | 'vpn' | 'dxgw' | 'vgw' | 'tgw';

export interface Candidate {
  name: string;
  kind: FailureKind;
}

/** The kind of a failable name: an entity's kind, else an AWS device id. */
export function failureKind(topology: Topology, name: string): FailureKind {
  const e = topology.byName.get(name);
  switch (e?.kind) {
    case 'location': case 'connection': case 'lag': case 'vif': case 'router': case 'vpn': case 'dxgw': case 'vgw': case 'tgw':
      return e.kind;
    default:
      return 'aws-device';
  }
}

const KIND_WORDS: Record<FailureKind, string> = {
  location: 'location', 'aws-device': 'AWS device', connection: 'connection', lag: 'LAG', vif: 'VIF', router: 'router',
  vpn: 'VPN', dxgw: 'Direct Connect gateway', vgw: 'VGW', tgw: 'transit gateway',
};

export function kindWords(kind: FailureKind): string {
  return KIND_WORDS[kind];
}

/** "location EqDC2", "AWS device EqDC2-1abc", "LAG lag-a". */
export function failureWords(topology: Topology, name: string): string {
  return `${KIND_WORDS[failureKind(topology, name)]} ${name}`;
}

/** Sort order of candidates: physical first (location, device, LAG, connection), then router, VIF, VPN; then by name. */
const KIND_ORDER: Record<FailureKind, number> = {
  location: 0, 'aws-device': 1, lag: 2, connection: 3, router: 4, vif: 5, vpn: 6, dxgw: 7, vgw: 8, tgw: 9,
};

export function compareCandidates(a: Candidate, b: Candidate): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/**
 * The objects on the route's equal-cost paths whose failure can take a path down or lower its
 * capacity: locations, AWS devices, connections and LAGs (with a LAG's members and their
 * devices), routers, VIFs and VPNs. Gateways are not candidates: they are regional AWS services,
 * not a single device (whatif can still fail them by name).
 */
export function candidatesOf(topology: Topology, state: PathState, kinds?: ReadonlySet<FailureKind>): Candidate[] {
  const out = new Map<string, Candidate>();
  const add = (name: string | undefined, kind: FailureKind): void => {
    if (name === undefined || out.has(name) || (kinds && !kinds.has(kind))) return;
    out.set(name, { name, kind });
  };
  for (const leg of state.legs) {
    if (leg.kind === 'internet') continue;
    add(leg.location, 'location');
    add(leg.router, 'router');
    add(leg.via, leg.kind);
    if (leg.connection === undefined) continue;
    const carrier = topology.byName.get(leg.connection);
    if (carrier?.kind === 'connection') {
      add(carrier.name, 'connection');
      add(carrier.awsDevice, 'aws-device');
    } else if (carrier?.kind === 'lag') {
      add(carrier.name, 'lag');
      for (const m of carrier.members) {
        add(m.name, 'connection');
        add(m.awsDevice, 'aws-device');
      }
    }
  }
  return [...out.values()].sort(compareCandidates);
}
