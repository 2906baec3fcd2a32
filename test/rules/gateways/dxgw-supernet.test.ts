import { findings } from '../../helpers';
import { TGW_MODE, VGW_MODE, lineOf, topo, vif } from './gw-topology';

const RULE = 'dxgw-supernet';

const TWO_VPCS = topo({
  vifs: vif('vif-a', 'private', 'dxgw-main', 1, '[10.0.0.0/8]') + vif('vif-b', 'private', 'dxgw-main', 2, '[10.0.0.0/8]'),
  vgws: '  - name: vgw-prod\n    region: us-east-1\n    vpc: prod\n  - name: vgw-dev\n    region: us-east-1\n    vpc: dev\n',
  dxgws: '  - name: dxgw-main\n    asn: 64513\n    associations:\n      - gateway: vgw-prod\n      - gateway: vgw-dev\n',
  vpcs: '  - name: prod\n    region: us-east-1\n    cidrs: [10.1.0.0/16]\n  - name: dev\n    region: us-east-1\n    cidrs: [10.2.0.0/16]\n',
});

describe(RULE, () => {
  it('fires once per advertised supernet on the DXGW, naming the VIFs and the VPCs', () => {
    const [d, ...rest] = findings(TWO_VPCS, RULE);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.path).toEqual(['dxgws', 0]);
    expect(d.line).toBe(lineOf(TWO_VPCS, '- name: dxgw-main'));
    expect(d.message).toBe('10.0.0.0/8, advertised by VIFs vif-a, vif-b, covers CIDRs of 2 VPCs behind dxgw-main: prod (10.1.0.0/16), dev (10.2.0.0/16); they can reach each other through it');
  });

  it('fires on a default route over a transit VIF covering two TGW-attached VPCs', () => {
    const yaml = TGW_MODE.replace('advertise: [10.0.0.0/16]', 'advertise: [10.0.0.0/16, 0.0.0.0/0]');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.message).toContain('0.0.0.0/0, advertised by VIF vif-transit, covers CIDRs of 2 VPCs behind dxgw-transit');
  });

  it('stays quiet when the advertised prefixes cover at most one VPC', () => {
    expect(findings(VGW_MODE, RULE)).toEqual([]);
    expect(findings(TGW_MODE, RULE)).toEqual([]);
    expect(findings(TWO_VPCS.split('[10.0.0.0/8]').join('[10.0.0.0/16, 10.1.0.0/16]'), RULE)).toEqual([]);
  });

  it('stays quiet when the supernet is advertised on another DXGW', () => {
    const yaml = TWO_VPCS.split('gateway: dxgw-main\n').join('gateway: dxgw-empty\n')
      .replace('dxgws:\n', 'dxgws:\n  - name: dxgw-empty\n    asn: 64520\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('counts a VPC with several covered CIDRs once', () => {
    const yaml = VGW_MODE.replace('cidrs: [10.1.0.0/16]', 'cidrs: [10.1.0.0/16, 10.3.0.0/16]')
      .replace('advertise: [10.0.0.0/16]', 'advertise: [10.0.0.0/8]');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
