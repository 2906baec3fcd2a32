import { addedIds, edit, findings, lineOf } from '../../helpers';
import { REDUNDANT } from '../routing/util';

const RULE = 'onprem-vpc-overlap';

/** REDUNDANT plus VPC lab (cidrs as given) behind vgw-lab, reached by `lab-vif` when `vif` is true. */
function withLab(cidrs: string, vif = true): string {
  let y = edit(REDUNDANT, 'vpcs:\n', `vpcs:\n  - name: lab\n    region: us-east-1\n    cidrs: ${cidrs}\n`);
  y = edit(y, 'vgws:\n', 'vgws:\n  - name: vgw-lab\n    region: us-east-1\n    vpc: lab\n    asn: 64512\n');
  if (vif) {
    y = edit(y, 'dxgws:\n', 'dxgws:\n  - name: dxgw-lab\n    asn: 64520\n    associations:\n      - gateway: vgw-lab\n');
    y = edit(y, 'vifs:\n', `vifs:\n  - name: lab-vif\n    type: private\n    connection: dx-a\n    vlan: 300\n    amazonAddress: 169.254.30.1/30\n    customerAddress: 169.254.30.2/30\n    bgpAuthKey: true\n    gateway: dxgw-lab\n    advertise: [10.0.0.0/16]\n`);
  }
  return y;
}

describe(RULE, () => {
  it('fires on the VPC CIDR that overlaps a site the VPC is reachable from, naming the site and the path', () => {
    const yaml = withLab('[192.168.0.0/24, 10.0.128.0/20]');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['vpcs', 0, 'cidrs', 1]);
    expect(ds[0].line).toBe(lineOf(yaml, '[192.168.0.0/24, 10.0.128.0/20]'));
    expect(ds[0].message).toBe(
      '10.0.128.0/20 of VPC lab overlaps 10.0.0.0/16 of site hq, which reaches lab over lab-vif: neither side routes the shared addresses to the other',
    );
    expect(ds[0].hint).toBe('renumber lab or hq so 10.0.128.0/20 and 10.0.0.0/16 no longer overlap: 10.2.0.0/20 is free for lab (a /20, overlapping nothing in the topology)');
    // The suggested block really is free: renumbered to it, lab draws no overlap finding at all.
    const fixed = yaml.replace('10.0.128.0/20', '10.2.0.0/20');
    expect(findings(fixed, RULE)).toEqual([]);
    expect(findings(fixed, 'dxgw-vpc-overlap')).toEqual([]);
    expect(ds[0].severity).toBe('error');
  });

  it('fires for a VPC CIDR that contains the site space', () => {
    expect(findings(withLab('[10.0.0.0/16]'), RULE)).toHaveLength(1);
  });

  it('fires for a VPC reached only over a VPN', () => {
    const yaml = `${withLab('[10.0.64.0/18]', false)}vpns:\n  - name: vpn-lab\n    router: hq-r2\n    gateway: vgw-lab\n    advertise: [10.0.0.0/16]\n`;
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      '10.0.64.0/18 of VPC lab overlaps 10.0.0.0/16 of site hq, which reaches lab over vpn-lab: neither side routes the shared addresses to the other',
    ]);
  });

  it('stays quiet when the site has no candidate path to the overlapping VPC', () => {
    const yaml = withLab('[10.0.128.0/20]', false);
    expect(findings(yaml, RULE)).toEqual([]);
    expect(addedIds(yaml, REDUNDANT)).not.toContain(RULE);
  });

  it('stays quiet on reachable VPCs that do not overlap', () => {
    expect(findings(REDUNDANT, RULE)).toEqual([]);
    expect(findings(withLab('[10.5.0.0/16]'), RULE)).toEqual([]);
  });
});
