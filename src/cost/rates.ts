// Price lookups on a PriceTable. A figure the table lacks throws a PricingError that names
// the key to add in a --pricing file: never a silent zero.
import type { PriceTable, RegionalRate } from './prices';

/** A price the table lacks: the message names the --pricing key that would supply it. */
export class PricingError extends Error {}

export type PortType = 'dedicated' | 'hosted';

const BANDWIDTH = /^([0-9]+)(Mbps|Gbps)$/;

/** "10Gbps" → 10000, "1000Mbps" → 1000; undefined when not a bandwidth. */
export function bandwidthMbps(text: string): number | undefined {
  const m = BANDWIDTH.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'Gbps' ? 1000 : 1);
}

/** 10000 → "10Gbps", 500 → "500Mbps". */
export function bandwidthText(mbps: number): string {
  return mbps >= 1000 && mbps % 1000 === 0 ? `${mbps / 1000}Gbps` : `${mbps}Mbps`;
}

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

export function isJapanRegion(prices: PriceTable, region: string): boolean {
  return prices.ports.japanRegions.includes(region);
}

/** $/hour of a port of this type and bandwidth at a location in `locationRegion`. */
export function portHourly(prices: PriceTable, type: PortType, mbps: number, locationRegion: string): number {
  const japan = isJapanRegion(prices, locationRegion);
  const tableKey = `${type}${japan ? 'Japan' : ''}` as 'dedicated' | 'dedicatedJapan' | 'hosted' | 'hostedJapan';
  const table = prices.ports[tableKey];
  for (const [key, rate] of Object.entries(table)) if (bandwidthMbps(key) === mbps) return rate;
  throw new PricingError(
    `no price for a ${bandwidthText(mbps)} ${type} port${japan ? ' at a Japan location' : ''}: add ports.${tableKey}.${bandwidthText(mbps)} ($/hour) with --pricing`,
  );
}

/** The Direct Connect region group of a source region (an exact region wins over a `us-*` pattern). */
export function regionGroup(prices: PriceTable, region: string): string {
  const groups = prices.directConnectTransfer.regionGroups;
  if (has(groups, region)) return groups[region];
  let best: string | undefined;
  let bestLength = -1;
  for (const [pattern, group] of Object.entries(groups)) {
    if (!pattern.endsWith('*')) continue;
    const stem = pattern.slice(0, -1);
    if (region.startsWith(stem) && stem.length > bestLength) {
      best = group;
      bestLength = stem.length;
    }
  }
  if (best !== undefined) return best;
  throw new PricingError(
    `region ${region} is in no Direct Connect pricing group: add directConnectTransfer.regionGroups.${region} ` +
      `(one of ${groupNames(prices).join(', ')}) with --pricing`,
  );
}

function groupNames(prices: PriceTable): string[] {
  return [...new Set(Object.values(prices.directConnectTransfer.regionGroups))].sort();
}

/** The geography a Direct Connect location in `locationRegion` prices as. */
export function locationGeography(prices: PriceTable, locationRegion: string): string {
  const group = regionGroup(prices, locationRegion);
  const map = prices.directConnectTransfer.locationGeography;
  return has(map, group) ? map[group] : group;
}

/** Direct Connect transfer out, $/GB, from `sourceRegion` leaving AWS at a location in `locationRegion`. */
export function dxTransferRate(prices: PriceTable, sourceRegion: string, locationRegion: string): { rate: number; from: string; to: string } {
  const from = regionGroup(prices, sourceRegion);
  const to = locationGeography(prices, locationRegion);
  const row = prices.directConnectTransfer.rates;
  if (has(row, from) && has(row[from], to)) return { rate: row[from][to], from, to };
  throw new PricingError(
    `no Direct Connect transfer price from region group ${from} to location geography ${to}: add directConnectTransfer.rates.${from}.${to} ($/GB) with --pricing`,
  );
}

/** The four internet transfer-out tier rates ($/GB) of a source region. */
export function internetRates(prices: PriceTable, region: string): number[] {
  const regions = prices.internetTransfer.regions;
  if (has(regions, region)) return regions[region];
  throw new PricingError(
    `no internet transfer price for region ${region}: add internetTransfer.regions.${region}: [first tier, second, third, rest] ($/GB) with --pricing`,
  );
}

function regional(rate: RegionalRate, region: string): number {
  return has(rate.regions, region) ? rate.regions[region] : rate.default;
}

export const vpnHourly = (p: PriceTable, region: string): number => regional(p.vpn.connectionHour, region);
export const tgwAttachmentHourly = (p: PriceTable, region: string): number => regional(p.transitGateway.attachmentHour, region);
export const tgwPerGb = (p: PriceTable, region: string): number => regional(p.transitGateway.perGb, region);
export const natPerGb = (p: PriceTable, region: string): number => regional(p.natGateway.perGb, region);
export const endpointAzHourly = (p: PriceTable, region: string): number => regional(p.interfaceEndpoint.azHour, region);
export const endpointPerGb = (p: PriceTable, region: string): number => regional(p.interfaceEndpoint.perGb, region);

/** SiteLink $/GB between the geographies of two Direct Connect locations. */
export function sitelinkRate(prices: PriceTable, fromLocationRegion: string, toLocationRegion: string): { rate: number; from: string; to: string } {
  const from = locationGeography(prices, fromLocationRegion);
  const to = locationGeography(prices, toLocationRegion);
  const rows = prices.sitelink.perGb;
  if (has(rows, from) && has(rows[from], to)) return { rate: rows[from][to], from, to };
  throw new PricingError(`no SiteLink price from ${from} to ${to}: add sitelink.${from}.${to} ($/GB) with --pricing`);
}
