// The shapes `route` answers with (cli.md, routing.md). JSON output serialises these as is:
// the field names are public API. Fields beyond cli.md's example are additions it allows.

export type PathKind =
  | 'direct-connect-private' | 'direct-connect-transit' | 'direct-connect-public' | 'direct-connect-sitelink'
  | 'transit-gateway' | 'vpc-endpoint' | 'vpc-internet' | 'vpn' | 'internet' | 'not-modelled' | 'none';

export type HopKind =
  | 'host' | 'site' | 'router' | 'connection' | 'lag' | 'location' | 'vif' | 'vpn' | 'dxgw' | 'vgw' | 'tgw'
  | 'vpc' | 'endpoint' | 'resource' | 'service' | 'internet';

export interface Hop {
  kind: HopKind;
  name: string;
}

/**
 * Why a candidate lost (alternatives) or cannot carry the traffic (rejected): routing.md's table
 * and `not-modelled` (its "Inside AWS"), plus dxplan's additions for cases it leaves open:
 * - `other-endpoint`: another usable interface endpoint for the same service; on-premise DNS
 *   resolves the service to one endpoint, dxplan takes the first by name.
 * - `not-advertised`: on the way back, the VIF or VPN advertises no prefix covering the
 *   on-premise address, so AWS has no route over it.
 * - `down`: the candidate crosses an object failed in a what-if scenario.
 */
export type ReasonCode =
  | 'less-specific-prefix' | 'vpn-less-preferred' | 'route-priority' | 'local-preference' | 'as-path' | 'med'
  | 'ecmp-limit' | 'not-sitelink' | 'home-region' | 'outside-prefix-scope' | 'no-load-sharing' | 'equal-cost'
  | 'gateway-endpoint-not-onprem' | 'no-onprem-dns' | 'endpoint-other-region' | 'vgw-other-region'
  | 'prefix-not-allowed' | 'outside-accept-scope' | 'no-public-prefix' | 'china-region' | 'dxgw-no-transit'
  | 'not-attached' | 'no-connection-from-site' | 'private-address-over-public' | 'no-internet'
  | 'other-endpoint' | 'not-advertised' | 'down' | 'not-modelled';

/** One way through the network, as the hops it crosses. */
export interface RoutePath {
  path: Exclude<PathKind, 'none' | 'not-modelled'>;
  hops: Hop[];
  /** The prefix that matched (longest prefix match), where one applies. */
  prefix?: string;
  /** What carries it: the VIF or VPN (for a service over an interface endpoint, still the VIF/VPN), or `internet`. */
  via?: string;
  /** The path MTU in bytes (routing.md, Path MTU). */
  mtu?: number;
}

export interface Alternative extends RoutePath {
  code: ReasonCode;
  why: string;
}

export interface Rejected {
  /** The candidate that fails: its VIF, VPN, endpoint (`prod/s3-gateway`) or `internet`; a gateway when no VIF or VPN uses it. */
  via: string;
  code: ReasonCode;
  why: string;
}

/** The path the replies take (`to` → `from`), for a route between on-premise and a VPC address. */
export interface ReturnSummary {
  path: PathKind;
  hops: Hop[];
  prefix?: string;
  via?: string;
  /** The replies cross the same VIF or VPN, path kind and customer router as the traffic itself. */
  symmetric: boolean;
  /** One or two sentences: which way the replies go and why; says so when it differs. */
  why: string;
}

export interface RouteResult {
  from: string;
  to: string;
  /** null when dxplan does not model the pair (path `not-modelled`): neither reachable nor unreachable. */
  reachable: boolean | null;
  path: PathKind;
  hops: Hop[];
  prefix?: string;
  /** The VIF, VPN or `internet` carrying the chosen path. */
  via?: string;
  /** The chosen path's MTU in bytes (routing.md, Path MTU). */
  mtu?: number;
  alternatives: Alternative[];
  rejected: Rejected[];
  /** The decision in sentences a network engineer accepts, in order. */
  explanation: string[];
  /** Present for routes between on-premise and a VPC address (routing.md, Return direction). */
  return?: ReturnSummary;
}

/** What `routeDetail` adds for `cost`, `whatif` and the rules. */
export interface RouteDetail {
  forward: RouteResult;
  /** The chosen path followed by its `equal-cost` alternatives: the paths sharing the traffic. Empty when unreachable. */
  equalCost: RoutePath[];
  /** The replies' route (`to` → `from`), when one end is on-premise and the other a VPC address. */
  returnPath?: RouteResult;
  /** As `equalCost`, for `returnPath`. */
  returnEqualCost?: RoutePath[];
  /** Forward and return cross the same VIF/VPN with the same path kind; undefined when no return is computed. */
  symmetric?: boolean;
}
