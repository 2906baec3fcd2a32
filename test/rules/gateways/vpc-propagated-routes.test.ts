import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif, withGateways } from '../vifs/vif-test-utils';

const RULE = 'vpc-propagated-routes';
const prefixes = (from: number, n: number) => `[${Array.from({ length: n }, (_, i) => `10.0.${from + i}.0/24`).join(', ')}]`;
const baseAdvertising = (list: string) => edit(BASE, BASE_VIF.advertise, `    advertise: ${list}\n`);

describe(RULE, () => {
  it('fires on the VGW when its VIFs bring more than 100 distinct prefixes together', () => {
    const yaml = addVifs(baseAdvertising(prefixes(0, 60)), vif('vif-b', { type: 'private', connection: 'dx-a', vlan: 102, gateway: 'vgw-prod', advertise: prefixes(50, 60) }));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vgws', 0]);
    expect(d.line).toBe(lineOf(yaml, '- name: vgw-prod'));
    // 0..59 and 50..109: 110 distinct, the 10 in common counted once.
    expect(d.message).toBe('vgw-prod learns 110 distinct on-premise prefixes (from vif-prod, vif-b) and would propagate them into the route tables of VPC prod, which keep at most 100 propagated routes');
  });

  it('counts prefixes reaching the VGW through a Direct Connect gateway and from a VPN', () => {
    let yaml = withGateways(addVifs(baseAdvertising(prefixes(0, 40)), vif('vif-b', { type: 'private', connection: 'dx-a', vlan: 102, gateway: 'dxgw-main', advertise: prefixes(40, 40) })));
    yaml += `vpns:\n  - name: vpn-a\n    router: hq-r2\n    gateway: vgw-prod\n    routing: static\n    staticRoutes: ${prefixes(80, 21)}\n`;
    expect(findings(yaml, RULE).map((d) => d.message.split(' and would')[0])).toEqual(['vgw-prod learns 101 distinct on-premise prefixes (from vif-prod, vif-b, vpn-a)']);
  });

  it('stays quiet at 100, and leaves out prefixes of a family the VIF has no session for', () => {
    expect(findings(baseAdvertising(prefixes(0, 100)), RULE)).toEqual([]);
    const v6 = Array.from({ length: 5 }, (_, i) => `2001:db8:${i}::/48`).join(', ');
    expect(findings(baseAdvertising(`${prefixes(0, 100).slice(0, -1)}, ${v6}]`), RULE)).toEqual([]);
  });

  it('stays quiet on a VGW attached to no VPC', () => {
    const yaml = edit(baseAdvertising(prefixes(0, 101)), '    vpc: prod\n', '');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
