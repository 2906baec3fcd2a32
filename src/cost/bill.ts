// `cost --bill`: every fixed monthly charge of the design, whether or not a declared flow uses
// it: each port and cross-connect, each transit gateway attachment (VPCs, Direct Connect
// gateway associations, VPNs), each interface endpoint, each declared VPN connection, each VIF
// with SiteLink enabled. The options priced per flow only count what some flow crosses. Pure.
import type { EndpointUse, PortSpec, VpnSpec } from './flow';
import { endpointItem, portFixedItems, sitelinkVifItem, tgwAttachmentItem, vpnItem, type CostLine, type FixedItem } from './model';
import type { PriceTable } from './prices';

export interface BillInput {
  ports: PortSpec[];
  /** Every attachment of every transit gateway, by the name a path uses for it (VPC, DXGW, VPN). */
  tgwAttachments: { tgw: string; region: string; attachment: string }[];
  /** Every interface endpoint. */
  endpoints: EndpointUse[];
  /** The declared VPN connections. */
  vpns: VpnSpec[];
  /** The VIFs with SiteLink enabled: VIF-hours whether or not a flow crosses them. */
  sitelinkVifs: string[];
}

export interface Bill {
  lines: CostLine[];
  /** Unrounded; formatters round to cents. */
  monthlyUsd: number;
}

/** The fixed charges of everything in the design, in the order above. Throws PricingError for a missing price. */
export function billOf(input: BillInput, prices: PriceTable): Bill {
  const items: FixedItem[] = [
    ...input.ports.flatMap((p) => portFixedItems(p, prices).map((x) => x.item)),
    ...input.tgwAttachments.map((a) => tgwAttachmentItem(a.tgw, a.region, a.attachment, prices)),
    ...input.endpoints.map((e) => endpointItem(e, prices)),
    ...input.vpns.map((v) => vpnItem(v, prices)),
    ...input.sitelinkVifs.map((v) => sitelinkVifItem(v, prices)),
  ];
  const lines = items.map((i) => ({ ...i, usd: i.quantity * i.unitUsd }));
  return { lines, monthlyUsd: lines.reduce((s, l) => s + l.usd, 0) };
}
