// The three options as cost functions of the traffic volume. Each option is fixed items
// (port-hours, cross-connects, VPN hours, TGW attachment-hours, endpoint AZ-hours), items
// linear in the volume (Direct Connect transfer, TGW and endpoint processing) and internet
// transfer buckets per source region (tiered). Scaling every flow by the same factor keeps the
// mix, so one model answers the declared volume, the break-even and the chart. Pure.
import type { CostInput, EndpointUse, Flow, FlowPath, OptionName, PortSpec, VpnSpec } from './flow';
import { OPTIONS } from './flow';
import type { PriceTable } from './prices';
import {
  bandwidthText, dxTransferRate, endpointAzHourly, endpointPerGb, internetRates, isJapanRegion, portHourly,
  natPerGb, sitelinkRate, tgwAttachmentHourly, tgwPerGb, vpnHourly,
} from './rates';
import { tierBoundaries, tierSlices } from './tiers';

/** One auditable line: quantity × unit price = USD. */
export interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  unitUsd: number;
  usd: number;
}

export interface FixedItem {
  item: string;
  quantity: number;
  unit: string;
  unitUsd: number;
}

interface VolumeItem {
  /** Lines are listed by kind: transfer out, transfer in, TGW processing, endpoint processing. */
  rank: number;
  item: string;
  /** GB at the declared volume (scale 1). */
  gb: number;
  unitUsd: number;
}

interface InternetBucket {
  region: string;
  /** GB out of this region at the declared volume. */
  gb: number;
  rates: number[];
  /** Flows in the bucket, in file order. */
  flows: string[];
}

export interface OptionModel {
  option: OptionName;
  fixed: FixedItem[];
  volume: VolumeItem[];
  /** Internet transfer out, one bucket per source region (sorted by region). */
  internet: InternetBucket[];
  /** The region the free allowance is taken from; undefined when none applies. */
  freeRegion?: string;
  freeGb: number;
  tierSizes: number[];
  /** For the direct-connect option: the internet buckets hold flows it cannot carry. */
  internetLabel?: string;
}

export interface CostModel {
  options: OptionModel[];
  /** Declared GB a month out of AWS: the volume axis of the break-even and the chart. */
  outGb: number;
  /** Declared GB a month into AWS (scales along, not counted in outGb). */
  inGb: number;
}

const MONTH_UNIT = 'month';
const HOUR_UNIT = 'hour';

// The fixed items, worded once for the options and for the full bill (bill.ts).

/** A port's hours, and its cross-connect when the facility fee is declared. */
export function portFixedItems(port: PortSpec, prices: PriceTable): { key: string; item: FixedItem }[] {
  const japan = isJapanRegion(prices, port.locationRegion) ? ', Japan rate' : '';
  const out = [{
    key: `port\u0000${port.name}`,
    item: {
      item: `port ${port.name} ${bandwidthText(port.mbps)} ${port.type} at ${port.location}${japan}`,
      quantity: prices.hoursPerMonth, unit: HOUR_UNIT, unitUsd: portHourly(prices, port.type, port.mbps, port.locationRegion),
    },
  }];
  if (port.crossConnectMonthlyFee !== undefined && port.crossConnectMonthlyFee > 0) {
    out.push({
      key: `xc\u0000${port.name}`,
      item: { item: `cross-connect ${port.name} at ${port.location} (facility fee)`, quantity: 1, unit: MONTH_UNIT, unitUsd: port.crossConnectMonthlyFee },
    });
  }
  return out;
}

export function tgwAttachmentItem(tgw: string, region: string, attachment: string, prices: PriceTable): FixedItem {
  return { item: `TGW ${tgw} attachment ${attachment} (${region})`, quantity: prices.hoursPerMonth, unit: HOUR_UNIT, unitUsd: tgwAttachmentHourly(prices, region) };
}

export function endpointItem(ep: EndpointUse, prices: PriceTable): FixedItem {
  return {
    item: `interface endpoint ${ep.name}, ${ep.azs} AZ${ep.azs === 1 ? '' : 's'} (${ep.region})`,
    quantity: ep.azs * prices.hoursPerMonth, unit: 'AZ-hour', unitUsd: endpointAzHourly(prices, ep.region),
  };
}

export function sitelinkVifItem(vif: string, prices: PriceTable): FixedItem {
  return { item: `SiteLink on VIF ${vif}`, quantity: prices.hoursPerMonth, unit: HOUR_UNIT, unitUsd: prices.sitelink.vifHour };
}

export function vpnItem(vpn: VpnSpec, prices: PriceTable): FixedItem {
  const item = vpn.assumedForSite !== undefined
    ? `VPN for site ${vpn.assumedForSite}${vpn.gateway ? ` to ${vpn.gateway}` : ''}, assumed (${vpn.region})`
    : `VPN ${vpn.name} (${vpn.region})`;
  return { item, quantity: prices.hoursPerMonth, unit: HOUR_UNIT, unitUsd: vpnHourly(prices, vpn.region) };
}

const VOLUME_ORDER = ['DX transfer out', 'DX transfer in', 'internet transfer in', 'SiteLink', 'TGW', 'endpoint', 'NAT gateway'];

function volumeRank(item: string): number {
  const i = VOLUME_ORDER.findIndex((prefix) => item.startsWith(prefix));
  return i < 0 ? VOLUME_ORDER.length : i;
}

class OptionBuilder {
  private readonly fixed = new Map<string, FixedItem>();
  private readonly volume = new Map<string, VolumeItem>();
  private readonly buckets = new Map<string, InternetBucket>();

  constructor(private readonly prices: PriceTable, readonly option: OptionName) {}

  addFixed(key: string, item: FixedItem): void {
    if (!this.fixed.has(key)) this.fixed.set(key, item);
  }

  addVolume(item: string, gb: number, unitUsd: number): void {
    const key = `${item}\u0000${unitUsd}`;
    const found = this.volume.get(key);
    if (found) found.gb += gb;
    else this.volume.set(key, { rank: volumeRank(item), item, gb, unitUsd });
  }

  addInternetOut(flow: Flow): void {
    let bucket = this.buckets.get(flow.region);
    if (!bucket) {
      bucket = { region: flow.region, gb: 0, rates: internetRates(this.prices, flow.region), flows: [] };
      this.buckets.set(flow.region, bucket);
    }
    bucket.gb += flow.gb;
    if (!bucket.flows.includes(flow.name)) bucket.flows.push(flow.name);
  }

  /** TGW attachment-hours (once per (TGW, attachment)) and per-GB processing; endpoint AZ-hours and per-GB. */
  addPathExtras(flow: Flow, path: FlowPath): void {
    const p = this.prices;
    const gb = flow.gb * path.share;
    for (const crossing of path.tgws) {
      for (const att of crossing.attachments) {
        this.addFixed(`tgw\u0000${crossing.tgw}\u0000${att}`, tgwAttachmentItem(crossing.tgw, crossing.region, att, p));
      }
      this.addVolume(`TGW ${crossing.tgw} processing: ${flow.name}`, gb, tgwPerGb(p, crossing.region));
    }
    const ep = path.endpoint;
    if (ep) {
      this.addFixed(`endpoint\u0000${ep.name}`, endpointItem(ep, p));
      this.addVolume(`endpoint ${ep.name} processing: ${flow.name}`, gb, endpointPerGb(p, ep.region));
    }
  }

  build(freeTier: boolean, internetLabel?: string): OptionModel {
    const internet = [...this.buckets.values()].sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
    const freeGb = freeTier ? this.prices.internetTransfer.freeGb : 0;
    let freeRegion: string | undefined;
    if (freeGb > 0) {
      // The region with the most internet GB; ties go to the first by name (the list is sorted).
      let best = 0;
      for (const b of internet) if (b.gb > best) { best = b.gb; freeRegion = b.region; }
    }
    return {
      option: this.option,
      fixed: [...this.fixed.values()],
      volume: [...this.volume.values()].sort((a, b) => a.rank - b.rank),
      internet,
      freeRegion,
      freeGb,
      tierSizes: this.prices.internetTransfer.tierGb,
      internetLabel,
    };
  }
}

function portItems(b: OptionBuilder, input: CostInput, prices: PriceTable): void {
  for (const port of input.ports) for (const { key, item } of portFixedItems(port, prices)) b.addFixed(key, item);
}

function directConnectOption(input: CostInput, prices: PriceTable): OptionModel {
  const b = new OptionBuilder(prices, 'direct-connect');
  portItems(b, input, prices);
  for (const flow of input.flows) {
    if (flow.directConnect.length === 0) {
      if (flow.direction === 'out') b.addInternetOut(flow);
      else b.addVolume(`internet transfer in (free): ${flow.name}, no Direct Connect path`, flow.gb, 0);
      continue;
    }
    for (const path of flow.directConnect) {
      const carrier = path.carrier;
      if (!carrier) throw new Error(`a Direct Connect path of ${flow.name} names no connection`);
      const gb = flow.gb * path.share;
      // Equal-cost paths: one line per connection or LAG, so each share is visible.
      const split = flow.directConnect.length > 1 ? ` over ${carrier.name}` : '';
      if (flow.direction === 'out') {
        const dto = dxTransferRate(prices, flow.region, carrier.locationRegion);
        const payer = path.publicVif ? ', public VIF: assumes your public prefixes belong to the same AWS payer account' : '';
        b.addVolume(`DX transfer out ${flow.name}${split}: ${flow.region} → ${carrier.location} (${dto.from} → ${dto.to}${payer})`, gb, dto.rate);
      } else {
        b.addVolume(`DX transfer in (free): ${flow.name}`, gb, 0);
      }
      b.addPathExtras(flow, path);
    }
  }
  for (const vif of input.sitelinkVifs ?? []) b.addFixed(`sitelink\u0000${vif}`, sitelinkVifItem(vif, prices));
  for (const flow of input.sitelinkFlows ?? []) {
    for (const path of flow.paths) {
      const r = sitelinkRate(prices, path.from.locationRegion, path.to.locationRegion);
      b.addVolume(`SiteLink transfer ${flow.name}: ${path.from.location} → ${path.to.location} (${r.from} → ${r.to})`, flow.gb * path.share, r.rate);
    }
  }
  return b.build(input.freeTier, 'no Direct Connect path');
}

/** The vpn and internet options carry site-to-site traffic over the customer's own network: nothing billed by AWS. */
function sitelinkElsewhere(b: OptionBuilder, input: CostInput): void {
  for (const flow of input.sitelinkFlows ?? []) {
    b.addVolume(`site-to-site ${flow.name}: over your own network, not AWS (free here)`, flow.gb, 0);
  }
}

function vpnOption(input: CostInput, prices: PriceTable): OptionModel {
  const b = new OptionBuilder(prices, 'vpn');
  for (const vpn of input.vpns) b.addFixed(`vpn\u0000${vpn.name}`, vpnItem(vpn, prices));
  for (const flow of input.flows) {
    if (flow.direction === 'out') b.addInternetOut(flow);
    else b.addVolume(`internet transfer in (free): ${flow.name}`, flow.gb, 0);
    for (const path of flow.vpn) b.addPathExtras(flow, path);
  }
  sitelinkElsewhere(b, input);
  return b.build(input.freeTier);
}

function internetOption(input: CostInput, prices: PriceTable): OptionModel {
  const b = new OptionBuilder(prices, 'internet');
  for (const flow of input.flows) {
    if (flow.direction === 'out') b.addInternetOut(flow);
    else b.addVolume(`internet transfer in (free): ${flow.name}`, flow.gb, 0);
    if (flow.viaNat && input.natGateway === 'priced') {
      b.addVolume(`NAT gateway processing: ${flow.name} (a private address over the internet)`, flow.gb, natPerGb(prices, flow.region));
    }
  }
  sitelinkElsewhere(b, input);
  return b.build(input.freeTier);
}

/** The NAT gateway processing the internet option leaves out when it only notes it: GB and USD a month. */
export function natNotPriced(input: CostInput, prices: PriceTable): { flows: string[]; gb: number; usd: number } | undefined {
  if (input.natGateway === 'priced') return undefined;
  const flows = input.flows.filter((f) => f.viaNat);
  if (flows.length === 0) return undefined;
  return {
    flows: flows.map((f) => f.name),
    gb: flows.reduce((s, f) => s + f.gb, 0),
    usd: flows.reduce((s, f) => s + f.gb * natPerGb(prices, f.region), 0),
  };
}

/** Builds the three options. Throws PricingError when a price the flows need is missing. */
export function buildCostModel(input: CostInput, prices: PriceTable): CostModel {
  let outGb = 0;
  let inGb = 0;
  for (const f of input.flows) {
    if (f.direction === 'out') outGb += f.gb;
    else inGb += f.gb;
  }
  const options = [directConnectOption(input, prices), vpnOption(input, prices), internetOption(input, prices)];
  return { options: OPTIONS.map((o) => options.find((m) => m.option === o) as OptionModel), outGb, inGb };
}

const grouped = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

function tierLabel(tier: number, sizes: readonly number[]): string {
  const bounds = tierBoundaries(sizes);
  if (tier === 0) return `first ${grouped(sizes[0])} GB`;
  if (tier >= sizes.length) return `over ${grouped(bounds[bounds.length - 1])} GB`;
  return `next ${grouped(sizes[tier])} GB`;
}

function flowList(flows: readonly string[]): string {
  return flows.length <= 3 ? flows.join(', ') : `${flows.slice(0, 3).join(', ')} and ${flows.length - 3} more`;
}

/** The option's lines when every flow is scaled by `scale` (1 = the declared volume). */
export function optionLines(model: OptionModel, scale = 1): CostLine[] {
  const lines: CostLine[] = [];
  for (const f of model.fixed) lines.push({ ...f, usd: f.quantity * f.unitUsd });
  const volume = (v: VolumeItem): void => {
    const gb = v.gb * scale;
    lines.push({ item: v.item, quantity: gb, unit: 'GB', unitUsd: v.unitUsd, usd: gb * v.unitUsd });
  };
  // Transfer out first (Direct Connect, then internet), then the rest.
  for (const v of model.volume) if (v.rank === 0) volume(v);
  for (const bucket of model.internet) {
    const gb = bucket.gb * scale;
    // The direct-connect option says which flows it could not carry; elsewhere every flow out is here.
    const about = model.internetLabel ? ` (${model.internetLabel}: ${flowList(bucket.flows)})` : '';
    let billed = gb;
    if (bucket.region === model.freeRegion) {
      const free = Math.min(model.freeGb, gb);
      billed = gb - free;
      lines.push({ item: `internet transfer out ${bucket.region}: free allowance${about}`, quantity: free, unit: 'GB', unitUsd: 0, usd: 0 });
    }
    for (const s of tierSlices(billed, model.tierSizes, bucket.rates)) {
      lines.push({
        item: `internet transfer out ${bucket.region}: ${tierLabel(s.tier, model.tierSizes)}${about}`,
        quantity: s.gb, unit: 'GB', unitUsd: s.rate, usd: s.gb * s.rate,
      });
    }
  }
  for (const v of model.volume) if (v.rank !== 0) volume(v);
  return lines;
}

/** The option's monthly USD (unrounded) with every flow scaled by `scale`. */
export function optionTotal(model: OptionModel, scale = 1): number {
  let usd = 0;
  for (const line of optionLines(model, scale)) usd += line.usd;
  return usd;
}

/**
 * Scales (of the declared volume) where the option's cost changes slope: where a region's
 * billed internet GB crosses a tier boundary, or the free allowance runs out.
 */
export function optionBreakpoints(model: OptionModel): number[] {
  const out: number[] = [];
  const bounds = tierBoundaries(model.tierSizes);
  for (const b of model.internet) {
    if (b.gb <= 0) continue;
    const free = b.region === model.freeRegion ? model.freeGb : 0;
    if (free > 0) out.push(free / b.gb);
    for (const bound of bounds) out.push((bound + free) / b.gb);
  }
  return out;
}
