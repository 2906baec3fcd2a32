import { BASE, findings } from '../../helpers';
import { VGW_MODE, lineOf } from './gw-topology';

const RULE = 'vgw-no-vpc';

const DETACHED = BASE.replace('    vpc: prod\n', '');

describe(RULE, () => {
  it('fires on a VGW used by a private VIF but attached to no VPC', () => {
    const [d, ...rest] = findings(DETACHED, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['vgws', 0]);
    expect(d.line).toBe(lineOf(DETACHED, '- name: vgw-prod'));
    expect(d.message).toBe('VGW vgw-prod is attached to no VPC, but VIF vif-prod uses it');
  });

  it('names every user: VIFs, DXGW associations and VPNs', () => {
    const yaml = VGW_MODE.replace('    vpc: prod\n', '')
      .replace('vifs:\n', 'vifs:\n  - name: vif-direct\n    type: private\n    connection: dx-a\n    vlan: 300\n    gateway: vgw-prod\n')
      + 'vpns:\n  - name: vpn-b\n    router: hq-r1\n    gateway: vgw-prod\n';
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.message).toBe('VGW vgw-prod is attached to no VPC, but VIF vif-direct, Direct Connect gateway dxgw-main, VPN vpn-b use it');
  });

  it('stays quiet on an unused VGW with no VPC', () => {
    const yaml = BASE.replace('vpcs:\n', '  - name: vgw-spare\n    region: us-east-1\nvpcs:\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on a VGW attached to a VPC', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(VGW_MODE, RULE)).toEqual([]);
  });

  it('stays quiet on uses that other rules own: a gateway list, a transit or public VIF', () => {
    const base = BASE.replace('vpcs:\n', '  - name: vgw-spare\n    region: us-east-1\nvpcs:\n');
    const listed = base.replace('    gateway: vgw-prod\n', '    gateway: [vgw-prod, vgw-spare]\n');
    expect(findings(listed, RULE)).toEqual([]);
    const transit = base.replace('vifs:\n', 'vifs:\n  - name: vif-t\n    type: transit\n    connection: dx-a\n    vlan: 300\n    gateway: vgw-spare\n');
    expect(findings(transit, RULE)).toEqual([]);
  });
});
