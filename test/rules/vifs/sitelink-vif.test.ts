import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif, withGateways } from './vif-test-utils';

const RULE = 'sitelink-vif';
const SITELINK = edit(BASE, BASE_VIF.vlan, `${BASE_VIF.vlan}    sitelink: true\n`);

describe(RULE, () => {
  it('fires on a private VIF attached directly to a VGW, on the key', () => {
    const [d, ...rest] = findings(SITELINK, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'sitelink']);
    expect(d.line).toBe(lineOf(SITELINK, 'sitelink: true'));
    expect(d.message).toBe('SiteLink is enabled, but vif-prod is attached to VGW vgw-prod; SiteLink needs a Direct Connect gateway');
  });

  it('fires on a public VIF', () => {
    const yaml = addVifs(BASE, vif('vif-public', { type: 'public', connection: 'dx-a', vlan: 102, advertise: '[198.51.100.0/24]', sitelink: true }));
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual(['SiteLink is enabled, but vif-public is a public VIF; SiteLink exists only on private and transit VIFs']);
  });

  it('stays quiet on a private or transit VIF on a Direct Connect gateway, and with sitelink: false', () => {
    expect(findings(withGateways(edit(SITELINK, BASE_VIF.gateway, '    gateway: dxgw-main\n')), RULE)).toEqual([]);
    expect(findings(withGateways(addVifs(BASE, vif('vif-t', { type: 'transit', connection: 'dx-a', vlan: 102, gateway: 'dxgw-transit', sitelink: true }))), RULE)).toEqual([]);
    expect(findings(edit(BASE, BASE_VIF.vlan, `${BASE_VIF.vlan}    sitelink: false\n`), RULE)).toEqual([]);
  });
});
