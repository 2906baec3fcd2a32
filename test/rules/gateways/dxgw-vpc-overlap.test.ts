import { loadTopology } from '../../../src/engine/load';
import { rule } from '../../../src/rules/gateways/dxgw-vpc-overlap';
import { findings } from '../../helpers';
import { TGW_MODE, VGW_MODE, lineOf, topo, vif } from './gw-topology';

const RULE = 'dxgw-vpc-overlap';

function twoVgws(prodCidrs: string, devCidrs: string): string {
  return topo({
    vifs: vif('vif-main', 'private', 'dxgw-main', 1),
    vgws: '  - name: vgw-prod\n    region: us-east-1\n    vpc: prod\n  - name: vgw-dev\n    region: us-east-1\n    vpc: dev\n',
    dxgws: '  - name: dxgw-main\n    asn: 64513\n    associations:\n      - gateway: vgw-prod\n      - gateway: vgw-dev\n',
    vpcs: `  - name: prod\n    region: us-east-1\n    cidrs: ${prodCidrs}\n  - name: dev\n    region: us-east-1\n    cidrs: ${devCidrs}\n`,
  });
}

describe(RULE, () => {
  it('fires on the later VPC\'s association, naming the earlier VPC', () => {
    const yaml = twoVgws('[10.1.0.0/16]', '[10.1.64.0/18]');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 1, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, '- gateway: vgw-dev'));
    expect(d.message).toBe('VPC dev (10.1.64.0/18, behind VGW vgw-dev) overlaps VPC prod (10.1.0.0/16, behind VGW vgw-prod); both are behind dxgw-main');
    const free = /: (\S+) is free \(a \/18 like 10\.1\.64\.0\/18/.exec(d.hint)?.[1];
    expect(free).toBeDefined();
    // Renumbered to the suggested block, dev overlaps nothing.
    const fixed = yaml.replace('cidrs: [10.1.64.0/18]', `cidrs: [${free}]`);
    expect(findings(fixed, RULE)).toEqual([]);
    expect(findings(fixed, 'onprem-vpc-overlap')).toEqual([]);
  });

  it('suggests no block for IPv6 VPC space, which AWS assigns', () => {
    const [d] = findings(twoVgws('[2600:1f18::/56]', '[2600:1f18::/56]'), RULE);
    expect(d.hint).toBe(rule.meta.hint);
  });

  it('fires on a secondary CIDR, once per pair of VPCs', () => {
    const yaml = twoVgws('[10.1.0.0/16, 10.9.0.0/16]', '[10.9.0.0/16, 10.1.0.0/16]');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain('VPC dev');
  });

  it('fires on two VPCs attached to a TGW behind the DXGW', () => {
    const yaml = TGW_MODE.replace('cidrs: [10.2.0.0/16]', 'cidrs: [10.1.128.0/17]');
    const [d] = findings(yaml, RULE);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 0, 'gateway']);
    expect(d.message).toContain('VPC dev (10.1.128.0/17, behind transit gateway tgw-east) overlaps VPC prod (10.1.0.0/16');
  });

  it('stays quiet on disjoint VPCs and on adjacent CIDRs', () => {
    expect(findings(VGW_MODE, RULE)).toEqual([]);
    expect(findings(TGW_MODE, RULE)).toEqual([]);
    expect(findings(twoVgws('[10.1.0.0/17]', '[10.1.128.0/17]'), RULE)).toEqual([]);
  });

  it('stays quiet when the overlapping VPCs sit behind different DXGWs', () => {
    const yaml = twoVgws('[10.1.0.0/16]', '[10.1.0.0/16]')
      .replace('      - gateway: vgw-dev\n', '  - name: dxgw-other\n    asn: 64520\n    associations:\n      - gateway: vgw-dev\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet when one VPC is reached through two associations', () => {
    const yaml = VGW_MODE.replace('      - gateway: vgw-prod\n        allowedPrefixes: [10.1.0.0/16]\n',
        '      - gateway: vgw-prod\n        allowedPrefixes: [10.1.0.0/16]\n      - gateway: vgw-prod\n        allowedPrefixes: [10.1.0.0/16]\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('is not quadratic: 2,000 VPCs behind one TGW', () => {
    let vpcs = '';
    const names: string[] = [];
    for (let i = 0; i < 2000; i++) {
      names.push(`v${i}`);
      vpcs += `  - name: v${i}\n    region: us-east-1\n    cidrs: [10.${i >> 8}.${i & 255}.0/24]\n`;
    }
    vpcs += '  - name: vlast\n    region: us-east-1\n    cidrs: [10.0.5.0/24]\n';
    names.push('vlast');
    const yaml = topo({
      vifs: vif('vif-t', 'transit', 'dxgw-t', 1),
      dxgws: '  - name: dxgw-t\n    asn: 64513\n    associations:\n      - gateway: tgw-a\n        allowedPrefixes: [10.0.0.0/8]\n',
      tgws: `  - name: tgw-a\n    region: us-east-1\n    asn: 64514\n    attachments: [${names.join(', ')}]\n`,
      vpcs,
    });
    // The rule alone, on the loaded model.
    const topology = loadTopology('big.yaml', Buffer.from(yaml, 'utf8')).topology!;
    const ds: { path: readonly (string | number)[]; message: string }[] = [];
    rule.check!({ topology, get routing(): never { throw new Error('unused'); }, report: (f) => ds.push(f) });
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain('VPC vlast (10.0.5.0/24');
    expect(ds[0].message).toContain('overlaps VPC v5 (10.0.5.0/24');
  });
});
