// AWS region codes, as a dated snapshot: a Direct Connect location names its home region, and
// an unknown code is far more often a typo than a region launched after this list.
export const REGIONS_AS_OF = '2026-10-01';

export const REGIONS: ReadonlySet<string> = new Set([
  // Commercial partition (aws)
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-south-1',
  'me-central-1',
  'mx-central-1',
  'sa-east-1',
  // GovCloud (aws-us-gov)
  'us-gov-east-1',
  'us-gov-west-1',
  // China (aws-cn)
  'cn-north-1',
  'cn-northwest-1',
]);

export function isRegion(code: string): boolean {
  return REGIONS.has(code);
}

/** China regions are a separate partition: they never share Direct Connect gateways with the rest. */
export function isChinaRegion(code: string): boolean {
  return code.startsWith('cn-');
}

export type Continent = 'north-america' | 'south-america' | 'europe-middle-east-africa' | 'asia-pacific';

const CONTINENT_BY_AREA: Readonly<Record<string, Continent>> = {
  us: 'north-america',
  ca: 'north-america',
  mx: 'north-america',
  sa: 'south-america',
  eu: 'europe-middle-east-africa',
  me: 'europe-middle-east-africa',
  af: 'europe-middle-east-africa',
  il: 'europe-middle-east-africa',
  ap: 'asia-pacific',
};

/**
 * The continent used for public VIF "continent" route scope. Decided by the code's area prefix
 * rather than REGIONS membership, so a well-formed region newer than the list still resolves.
 * China regions have no continent here (they are outside the global network).
 */
export function continentOf(region: string): Continent | undefined {
  if (!/^[a-z]{2}(-gov)?-[a-z]+-\d+$/.test(region)) return undefined;
  return Object.prototype.hasOwnProperty.call(CONTINENT_BY_AREA, region.slice(0, 2))
    ? CONTINENT_BY_AREA[region.slice(0, 2)]
    : undefined;
}

/**
 * The Amazon-side ASN a virtual private gateway created before mid-2018 (when a VGW's ASN
 * became selectable, default 64512) reports: 7224 in most regions, and the region's own
 * where AWS had one. These are the ASNs AWS reserves per region for customer gateways:
 * https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html (ap-southeast-1 is 17943
 * there, not 17493 as our brief had it).
 */
export function legacyVgwAsn(region: string): number {
  return LEGACY_VGW_ASN[region] ?? 7224;
}

const LEGACY_VGW_ASN: Readonly<Record<string, number>> = {
  'eu-west-1': 9059,
  'ap-northeast-1': 10124,
  'ap-southeast-1': 17943,
};
