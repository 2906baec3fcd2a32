import { addSections, addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif, withGateways } from './vif-test-utils';

const RULE = 'vif-quota-dedicated';

/** `n` more VIFs on `connection`, VLANs from `from` up. */
function more(n: number, type: 'private' | 'public' | 'transit', connection = 'dx-a', from = 200): string[] {
  return Array.from({ length: n }, (_, i) =>
    vif(`vif-${type}-${i + 1}`, {
      type, connection, vlan: from + i,
      ...(type === 'private' ? { gateway: 'vgw-prod' } : type === 'transit' ? { gateway: 'dxgw-transit' } : { advertise: '[198.51.100.0/24]' }),
    }));
}

describe(RULE, () => {
  it('fires on the 51st private or public VIF of a dedicated connection', () => {
    // BASE's vif-prod plus 30 private and 20 public: 51.
    const yaml = addVifs(BASE, ...more(30, 'private'), ...more(20, 'public'));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 50, 'connection']);
    expect(d.line).toBe(lineOf(yaml, 'connection: dx-a', 50));
    expect(d.message).toBe('dx-a carries 51 private and public VIFs; a dedicated connection takes at most 50 (vif-public-20 is the 51st)');
  });

  it('fires on the 5th transit VIF, once however many follow', () => {
    const yaml = withGateways(addVifs(BASE, ...more(6, 'transit')));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 5, 'connection']);
    expect(d.message).toBe('dx-a carries 6 transit VIFs; a dedicated connection takes at most 4 (vif-transit-5 is the 5th)');
  });

  it('fires on the 52nd VIF when each type is within its own quota (50 private + 2 transit)', () => {
    // conformance-bgp case 31: under the per-type quotas alone this file was clean.
    const yaml = withGateways(addVifs(BASE, ...more(49, 'private'), ...more(2, 'transit', 'dx-a', 300)));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 51, 'connection']);
    expect(d.message).toBe('dx-a carries 52 VIFs in total (50 private and public, 2 transit); a dedicated connection takes at most 51 (vif-transit-2 is the 52nd)');
  });

  it('gives one finding per cause: a per-type overflow does not also count as a total overflow', () => {
    // 60 private/public and 2 transit: cut to 50, the total is 52, still one too many.
    const both = withGateways(addVifs(BASE, ...more(59, 'private'), ...more(2, 'transit', 'dx-a', 300)));
    expect(findings(both, RULE).map((d) => d.message.split(';')[0])).toEqual([
      'dx-a carries 60 private and public VIFs', 'dx-a carries 62 VIFs in total (60 private and public, 2 transit)',
    ]);
    // 55 private/public and 1 transit: cut to 50, the total is 51: only the per-type finding.
    const typeOnly = withGateways(addVifs(BASE, ...more(54, 'private'), ...more(1, 'transit', 'dx-a', 300)));
    expect(findings(typeOnly, RULE).map((d) => d.message.split(';')[0])).toEqual(['dx-a carries 55 private and public VIFs']);
  });

  it('counts VIFs written on LAG members on their LAG', () => {
    let yaml = edit(BASE, '    router: hq-r1\n', '    router: hq-r1\n    lag: lag-a\n');
    yaml = edit(yaml, BASE_VIF.connection, '    connection: lag-a\n');
    yaml = addSections(withGateways(addVifs(yaml, ...more(5, 'transit'))), 'lags:\n  - name: lag-a\n    location: EqDC2\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.message).toBe('LAG lag-a carries 5 transit VIFs; a LAG takes at most 4 (vif-transit-5 is the 5th)');
  });

  it('stays quiet at 51 VIFs: 50 private/public and 1 transit, or 47 and 4', () => {
    expect(findings(withGateways(addVifs(BASE, ...more(49, 'private'), ...more(1, 'transit', 'dx-a', 300))), RULE)).toEqual([]);
    expect(findings(withGateways(addVifs(BASE, ...more(46, 'private'), ...more(4, 'transit', 'dx-a', 300))), RULE)).toEqual([]);
  });

  it('leaves hosted connections to vif-quota-hosted', () => {
    const yaml = withGateways(addVifs(edit(BASE, '    type: dedicated\n', '    type: hosted\n'), ...more(5, 'transit')));
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'vif-quota-hosted')).toHaveLength(1);
  });
});
