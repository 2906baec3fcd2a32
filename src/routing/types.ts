// The shapes `route` answers with (cli.md, routing.md). JSON output serialises these as is.

export type PathKind =
  | 'direct-connect-private' | 'direct-connect-transit' | 'direct-connect-public' | 'vpn' | 'internet' | 'none';

export type HopKind =
  | 'host' | 'site' | 'router' | 'connection' | 'lag' | 'location' | 'vif' | 'vpn' | 'dxgw' | 'vgw' | 'tgw'
  | 'vpc' | 'endpoint' | 'resource' | 'service' | 'internet';

export interface Hop {
  kind: HopKind;
  name: string;
}

export type ReasonCode =
  | 'less-specific-prefix' | 'vpn-less-preferred' | 'route-priority' | 'local-preference' | 'equal-cost'
  | 'gateway-endpoint-not-onprem' | 'no-onprem-dns' | 'endpoint-other-region' | 'vgw-other-region'
  | 'prefix-not-allowed' | 'outside-accept-scope' | 'no-public-prefix' | 'china-region' | 'dxgw-no-transit'
  | 'not-attached' | 'no-connection-from-site' | 'private-address-over-public' | 'no-internet';

/** One way through the network, as the hops it crosses. */
export interface RoutePath {
  path: Exclude<PathKind, 'none'>;
  hops: Hop[];
  /** The prefix that matched (longest prefix match), where one applies. */
  prefix?: string;
}

export interface Alternative extends RoutePath {
  code: ReasonCode;
  why: string;
}

export interface Rejected {
  /** The candidate that fails: its VIF, VPN, endpoint (`prod/s3-gateway`) or `internet`. */
  via: string;
  code: ReasonCode;
  why: string;
}

export interface RouteResult {
  from: string;
  to: string;
  reachable: boolean;
  path: PathKind;
  hops: Hop[];
  prefix?: string;
  alternatives: Alternative[];
  rejected: Rejected[];
}
