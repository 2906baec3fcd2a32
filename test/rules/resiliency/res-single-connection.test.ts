import { BASE, findings } from '../../helpers';
import { edit, lineOf, REDUNDANT } from '../routing/util';

const RULE = 'res-single-connection';

describe(RULE, () => {
  it('fires on the site that reaches a VPC over one connection only', () => {
    const ds = findings(BASE, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['sites', 0]);
    expect(ds[0].line).toBe(lineOf(BASE, '- name: hq'));
    expect(ds[0].severity).toBe('warning');
    expect(ds[0].message).toBe('hq reaches prod over Direct Connect only through dx-a at EqDC2: one connection is a single point of failure');
  });

  it('counts a LAG as one connection', () => {
    const yaml = edit(
      edit(REDUNDANT, '    awsDevice: EqDC2-1abc\n', '    awsDevice: EqDC2-1abc\n    lag: lag-a\n'),
      '    awsDevice: CSVA1-2xyz\n',
      '    awsDevice: EqDC2-1abc\n    lag: lag-a\nlags:\n  - name: lag-a\n    location: EqDC2\n',
    ).replace('    location: CSVA1\n    router: hq-r2', '    location: EqDC2\n    router: hq-r1').replace(/connection: dx-[ab]/g, 'connection: lag-a').replace('    vlan: 101\n    amazonAddress: 169.254.20.1/30', '    vlan: 102\n    amazonAddress: 169.254.20.1/30');
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      'hq reaches prod over Direct Connect only through LAG lag-a at EqDC2: one connection is a single point of failure',
    ]);
  });

  it('a VPN backup does not make Direct Connect redundant', () => {
    const yaml = `${BASE}vpns:\n  - name: vpn-backup\n    router: hq-r2\n    gateway: vgw-prod\n    advertise: [10.0.0.0/16]\n`;
    expect(findings(yaml, RULE)).toHaveLength(1);
  });

  it('groups the VPCs that share the single connection into one finding', () => {
    const yaml = edit(
      edit(BASE, 'vpcs:\n', 'vpcs:\n  - name: dev\n    region: us-east-1\n    cidrs: [10.2.0.0/16]\n'),
      'vgws:\n',
      'vgws:\n  - name: vgw-dev\n    region: us-east-1\n    vpc: dev\n    asn: 64512\n',
    ).replace('vifs:\n', 'vifs:\n  - name: vif-dev\n    type: private\n    connection: dx-a\n    vlan: 102\n    amazonAddress: 169.254.11.1/30\n    customerAddress: 169.254.11.2/30\n    bgpAuthKey: true\n    gateway: vgw-dev\n    advertise: [10.0.0.0/16]\n');
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      'hq reaches dev and prod over Direct Connect only through dx-a at EqDC2: one connection is a single point of failure',
    ]);
  });

  it('stays quiet with two connections, and for VPCs reached only over a VPN', () => {
    expect(findings(REDUNDANT, RULE)).toEqual([]);
    const vpnOnly = `${BASE.replace(/vifs:\n[\s\S]*?vgws:\n/, 'vgws:\n')}vpns:\n  - name: vpn-1\n    router: hq-r1\n    gateway: vgw-prod\n`;
    expect(findings(vpnOnly, RULE)).toEqual([]);
  });

  it('stays quiet for a VIF whose candidate path is invalid (a VGW outside its location region)', () => {
    const yaml = BASE.replace('    region: us-east-1\n    vpc: prod', '    region: us-west-2\n    vpc: prod');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
