// Price lookups: ports (Japan rates), the Direct Connect transfer matrix, regional rates, and the
// errors that name the --pricing key to add.
import { BUILTIN_PRICES as P } from '../../src/cost/prices';
import {
  bandwidthMbps, dxTransferRate, endpointAzHourly, internetRates, locationGeography, portHourly, PricingError, regionGroup,
  tgwAttachmentHourly, vpnHourly,
} from '../../src/cost/rates';

describe('port-hours', () => {
  it('prices dedicated ports outside Japan', () => {
    expect(portHourly(P, 'dedicated', 1_000, 'us-east-1')).toBe(0.30);
    expect(portHourly(P, 'dedicated', 10_000, 'eu-west-1')).toBe(2.25);
    expect(portHourly(P, 'dedicated', 100_000, 'ap-southeast-1')).toBe(22.5);
    expect(portHourly(P, 'dedicated', 400_000, 'us-west-2')).toBe(85);
  });

  it('prices dedicated ports at Japan locations (ap-northeast-1 and -3)', () => {
    expect(portHourly(P, 'dedicated', 1_000, 'ap-northeast-1')).toBe(0.285);
    expect(portHourly(P, 'dedicated', 10_000, 'ap-northeast-3')).toBe(2.142);
    expect(portHourly(P, 'dedicated', 100_000, 'ap-northeast-1')).toBe(22.5);
    // Seoul is not Japan.
    expect(portHourly(P, 'dedicated', 10_000, 'ap-northeast-2')).toBe(2.25);
  });

  it('prices hosted connections, with the Japan rates', () => {
    expect(portHourly(P, 'hosted', 50, 'us-east-1')).toBe(0.03);
    expect(portHourly(P, 'hosted', 50, 'ap-northeast-1')).toBe(0.029);
    expect(portHourly(P, 'hosted', 500, 'ap-northeast-3')).toBe(0.19);
    expect(portHourly(P, 'hosted', 10_000, 'us-east-1')).toBe(2.48);
    expect(portHourly(P, 'hosted', 10_000, 'ap-northeast-1')).toBe(2.361);
    expect(portHourly(P, 'hosted', 25_000, 'ap-northeast-1')).toBe(6.2);
  });

  it('reads 1000Mbps as 1Gbps', () => {
    expect(bandwidthMbps('1000Mbps')).toBe(1_000);
    expect(portHourly(P, 'dedicated', bandwidthMbps('1000Mbps')!, 'us-east-1')).toBe(0.3);
  });

  it('names the key to add for a speed the table lacks', () => {
    expect(() => portHourly(P, 'dedicated', 2_000, 'us-east-1')).toThrow(PricingError);
    expect(() => portHourly(P, 'dedicated', 2_000, 'us-east-1')).toThrow(/ports\.dedicated\.2Gbps/);
    expect(() => portHourly(P, 'hosted', 3_000, 'ap-northeast-1')).toThrow(/ports\.hostedJapan\.3Gbps/);
  });
});

describe('Direct Connect transfer matrix', () => {
  it('groups regions (us-* and ca-* are us, an exact region wins over a pattern)', () => {
    expect(regionGroup(P, 'us-east-1')).toBe('us');
    expect(regionGroup(P, 'us-gov-west-1')).toBe('us');
    expect(regionGroup(P, 'ca-central-1')).toBe('us');
    expect(regionGroup(P, 'eu-north-1')).toBe('europe');
    expect(regionGroup(P, 'ap-northeast-3')).toBe('japan');
    expect(regionGroup(P, 'ap-east-1')).toBe('asia');
    expect(regionGroup(P, 'ap-south-2')).toBe('india');
    expect(regionGroup(P, 'ap-southeast-4')).toBe('oceania');
    expect(regionGroup(P, 'mx-central-1')).toBe('southamerica');
  });

  it('prices india locations as asia and southamerica locations as us', () => {
    expect(locationGeography(P, 'ap-south-1')).toBe('asia');
    expect(locationGeography(P, 'sa-east-1')).toBe('us');
    expect(locationGeography(P, 'eu-west-2')).toBe('europe');
  });

  it.each([
    ['us-east-1', 'us-east-1', 0.02],
    ['us-east-1', 'eu-west-2', 0.02],
    ['us-west-2', 'ap-northeast-1', 0.0491],
    ['us-east-1', 'ap-southeast-2', 0.06],
    ['eu-west-1', 'us-east-1', 0.0282],
    ['eu-central-1', 'ap-southeast-1', 0.06],
    ['ap-northeast-1', 'us-west-1', 0.09],
    ['ap-northeast-1', 'ap-northeast-3', 0.041],
    ['ap-northeast-3', 'ap-southeast-1', 0.041],
    ['ap-southeast-1', 'ap-northeast-1', 0.042],
    ['ap-east-1', 'ap-southeast-2', 0.1107],
    ['ap-south-1', 'ap-south-1', 0.10],
    ['ap-south-1', 'ap-northeast-1', 0.1132],
    ['ap-southeast-2', 'ap-southeast-2', 0.042],
    ['sa-east-1', 'sa-east-1', 0.15],
    ['sa-east-1', 'eu-west-1', 0.1107],
  ])('%s → a location in %s: %s $/GB', (from, loc, rate) => {
    expect(dxTransferRate(P, from, loc).rate).toBe(rate);
  });

  it('names the key to add for a region in no group', () => {
    expect(() => dxTransferRate(P, 'me-south-1', 'us-east-1')).toThrow(/directConnectTransfer\.regionGroups\.me-south-1/);
    expect(() => dxTransferRate(P, 'us-east-1', 'af-south-1')).toThrow(/directConnectTransfer\.regionGroups\.af-south-1/);
  });
});

describe('other rates', () => {
  it('has internet tiers for the listed regions and names the key for others', () => {
    expect(internetRates(P, 'eu-west-3')).toEqual([0.09, 0.085, 0.07, 0.05]);
    expect(internetRates(P, 'sa-east-1')).toEqual([0.15, 0.138, 0.126, 0.114]);
    expect(() => internetRates(P, 'me-south-1')).toThrow(/internetTransfer\.regions\.me-south-1/);
  });

  it('applies regional exceptions to VPN, TGW and endpoint hours', () => {
    expect(vpnHourly(P, 'us-east-1')).toBe(0.05);
    expect(vpnHourly(P, 'ap-northeast-3')).toBe(0.048);
    expect(tgwAttachmentHourly(P, 'ap-northeast-1')).toBe(0.07);
    expect(tgwAttachmentHourly(P, 'ap-northeast-3')).toBe(0.05);
    expect(endpointAzHourly(P, 'ap-northeast-1')).toBe(0.014);
    expect(endpointAzHourly(P, 'eu-west-1')).toBe(0.01);
  });
});
