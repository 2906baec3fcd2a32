import { REGIONS, REGIONS_AS_OF, continentOf, isChinaRegion, isRegion } from '../../src/net/regions';

describe('regions', () => {
  it('is dated and includes every partition', () => {
    expect(REGIONS_AS_OF).toBe('2026-10-01');
    for (const r of ['us-east-1', 'ap-southeast-7', 'ap-east-2', 'mx-central-1', 'ca-west-1', 'us-gov-west-1', 'cn-northwest-1']) {
      expect(isRegion(r)).toBe(true);
    }
    expect(REGIONS.size).toBe(38); // 34 commercial + 2 GovCloud + 2 China
    for (const r of REGIONS) expect(r).toMatch(/^[a-z]{2}(-gov)?-[a-z]+-\d$/);
  });

  it('rejects typos and near misses', () => {
    for (const r of ['us-east1', 'US-EAST-1', 'us-east-3', 'eu-west-4', '', 'us-east-1 ']) expect(isRegion(r)).toBe(false);
  });

  it('recognises China regions', () => {
    expect(isChinaRegion('cn-north-1')).toBe(true);
    expect(isChinaRegion('cn-northwest-1')).toBe(true);
    expect(isChinaRegion('ca-central-1')).toBe(false);
  });

  it('maps regions to continents', () => {
    expect(continentOf('us-west-2')).toBe('north-america');
    expect(continentOf('us-gov-east-1')).toBe('north-america');
    expect(continentOf('ca-west-1')).toBe('north-america');
    expect(continentOf('mx-central-1')).toBe('north-america');
    expect(continentOf('sa-east-1')).toBe('south-america');
    expect(continentOf('eu-north-1')).toBe('europe-middle-east-africa');
    expect(continentOf('me-central-1')).toBe('europe-middle-east-africa');
    expect(continentOf('af-south-1')).toBe('europe-middle-east-africa');
    expect(continentOf('il-central-1')).toBe('europe-middle-east-africa');
    expect(continentOf('ap-southeast-2')).toBe('asia-pacific');
    expect(continentOf('cn-north-1')).toBeUndefined();
    expect(continentOf('nonsense')).toBeUndefined();
    expect(continentOf('constructor')).toBeUndefined();
    // Well-formed but newer than the list: still placed by its area code.
    expect(continentOf('eu-west-9')).toBe('europe-middle-east-africa');
    for (const r of REGIONS) if (!isChinaRegion(r)) expect(continentOf(r)).toBeDefined();
  });
});
