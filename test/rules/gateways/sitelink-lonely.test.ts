import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif, withGateways } from '../vifs/vif-test-utils';

const RULE = 'sitelink-lonely';
/** BASE's VIF on dxgw-main with SiteLink, plus a second location CSVA1 with connection dx-b. */
const LINKED = withGateways(edit(
  edit(edit(BASE, BASE_VIF.gateway, '    gateway: dxgw-main\n    sitelink: true\n'), 'locations:\n', 'locations:\n  - name: CSVA1\n    region: us-east-1\n'),
  'connections:\n', 'connections:\n  - name: dx-b\n    type: dedicated\n    bandwidth: 10Gbps\n    location: CSVA1\n    router: hq-r2\n'));
const second = (connection: string) => vif('vif-b', { type: 'private', connection, vlan: 102, gateway: 'dxgw-main', advertise: '[10.0.0.0/16]', sitelink: true });

describe(RULE, () => {
  it('fires on the only SiteLink VIF of a Direct Connect gateway', () => {
    const [d, ...rest] = findings(LINKED, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'sitelink']);
    expect(d.line).toBe(lineOf(LINKED, 'sitelink: true'));
    expect(d.message).toBe('vif-prod is the only SiteLink VIF on dxgw-main: SiteLink has no other location to link it to');
  });

  it('fires when all the SiteLink VIFs sit at one location', () => {
    expect(findings(addVifs(LINKED, second('dx-a')), RULE).map((d) => d.message)).toEqual([
      'the SiteLink VIFs on dxgw-main (vif-prod, vif-b) all sit at EqDC2: SiteLink links different locations',
    ]);
  });

  it('stays quiet with SiteLink VIFs at two locations, and with no SiteLink at all', () => {
    expect(findings(addVifs(LINKED, second('dx-b')), RULE)).toEqual([]);
    expect(findings(withGateways(edit(BASE, BASE_VIF.gateway, '    gateway: dxgw-main\n')), RULE)).toEqual([]);
  });
});
