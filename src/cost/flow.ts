// What pricing needs to know about the network: ports, VPN connections and flows, each flow
// with the path(s) it takes in each option. Built from a routed topology by
// src/cost/from-topology.ts, or by hand in tests. Plain data.

export type OptionName = 'direct-connect' | 'vpn' | 'internet';
export const OPTIONS: readonly OptionName[] = ['direct-connect', 'vpn', 'internet'];

export interface PortSpec {
  /** The connection's name. */
  name: string;
  type: 'dedicated' | 'hosted';
  mbps: number;
  location: string;
  locationRegion: string;
  /** The cross-connect's monthly fee charged by the facility, if declared. */
  crossConnectMonthlyFee?: number;
}

export interface VpnSpec {
  name: string;
  /** The region of the gateway it ends on: its hours are priced there. */
  region: string;
  /** Not declared: dxplan assumed one for a site that carries traffic (docs/cost.md). */
  assumedForSite?: string;
  /** The VGW or TGW an assumed VPN ends on, when its flows reach one. */
  gateway?: string;
}

export interface EndpointUse {
  /** `<vpc>/<service>-interface`. */
  name: string;
  region: string;
  azs: number;
}

/**
 * One way a flow crosses between AWS and on-premise in one option. A flow with several
 * equal-cost paths has one FlowPath each, and `share` splits its GB evenly over them.
 */
export interface FlowPath {
  /** The fraction of the flow on this path (1 / number of equal-cost paths). */
  share: number;
  /** Direct Connect: the connection or LAG crossed and its location (sets the DTO geography). */
  carrier?: { name: string; location: string; locationRegion: string };
  /** VPN: the VPN connection crossed. */
  vpn?: string;
  /** Transit gateways crossed, each with the attachments the path enters and leaves by. */
  tgws: { tgw: string; region: string; attachments: string[] }[];
  /** The interface endpoint the path ends at, if any. */
  endpoint?: EndpointUse;
  /** Over a public VIF: the Direct Connect rate holds only for public prefixes of the same AWS payer account. */
  publicVif?: boolean;
}

export interface Flow {
  /** The traffic entry's name, else `from → to`. */
  name: string;
  gb: number;
  /** `out`: AWS → on-premise or the internet (transfer out, billed). `in`: into AWS (free, except processing). */
  direction: 'out' | 'in';
  /** The AWS region the bytes leave (out) or enter (in): the VPC's or the service's. */
  region: string;
  /** The paths over Direct Connect (empty: none, so priced at internet rates in the direct-connect option). */
  directConnect: FlowPath[];
  /** The paths over a VPN (empty: none, so no TGW or endpoint charge for it in the vpn option). */
  vpn: FlowPath[];
  /**
   * Both ends are private addresses (on-premise ↔ a VPC address): over the internet the VPC end
   * needs a NAT gateway, whose per-GB processing the internet option pays.
   */
  viaNat?: boolean;
}

/** Site-to-site traffic over SiteLink: Direct Connect only, never crossing an AWS Region. */
export interface SitelinkFlow {
  name: string;
  gb: number;
  /** The equal-cost paths, each between the source VIF's and the destination VIF's locations. */
  paths: { share: number; from: { location: string; locationRegion: string }; to: { location: string; locationRegion: string } }[];
}

export interface CostInput {
  ports: PortSpec[];
  /** VIFs with SiteLink enabled: each bills VIF-hours in the direct-connect option. */
  sitelinkVifs?: string[];
  sitelinkFlows?: SitelinkFlow[];
  /** The VPN connections billed in the vpn option (declared, or one assumed per site). */
  vpns: VpnSpec[];
  flows: Flow[];
  /** Take the 100 GB free allowance (`--no-free-tier` turns it off). */
  freeTier: boolean;
  /**
   * The internet option's NAT gateway processing for `viaNat` flows: in its total (`cost --bill`),
   * or only in a note with the amount (the default, which keeps cost.md's worked example).
   */
  natGateway?: 'priced' | 'noted';
}
