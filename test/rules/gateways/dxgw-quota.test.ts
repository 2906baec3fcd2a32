import { findings } from '../../helpers';
import { lineOf, topo, vif } from './gw-topology';

const RULE = 'dxgw-quota';

function vgwSetup(n: number): string {
  let vgws = '';
  let vpcs = '';
  let assocs = '';
  for (let i = 1; i <= n; i++) {
    vgws += `  - name: vgw-${i}\n    region: us-east-1\n    vpc: vpc-${i}\n`;
    vpcs += `  - name: vpc-${i}\n    region: us-east-1\n    cidrs: [10.${i}.0.0/16]\n`;
    assocs += `      - gateway: vgw-${i}\n`;
  }
  return topo({
    vifs: vif('vif-a', 'private', 'dxgw-main', 1, '[10.0.0.0/16]'),
    vgws,
    dxgws: `  - name: dxgw-main\n    asn: 64513\n    associations:\n${assocs}`,
    vpcs,
  });
}

function tgwSetup(n: number): string {
  let tgws = '';
  let vpcs = '';
  let assocs = '';
  for (let i = 1; i <= n; i++) {
    tgws += `  - name: tgw-${i}\n    region: us-east-1\n    asn: ${64600 + i}\n    attachments: [vpc-${i}]\n`;
    vpcs += `  - name: vpc-${i}\n    region: us-east-1\n    cidrs: [10.${i}.0.0/16]\n`;
    assocs += `      - gateway: tgw-${i}\n        allowedPrefixes: [10.${i}.0.0/16]\n`;
  }
  return topo({
    vifs: vif('vif-t', 'transit', 'dxgw-tr', 1),
    tgws,
    dxgws: `  - name: dxgw-tr\n    asn: 64513\n    associations:\n${assocs}`,
    vpcs,
  });
}

function vifSetup(n: number): string {
  let vifs = '';
  for (let i = 1; i <= n; i++) vifs += vif(`vif-${i}`, 'private', 'dxgw-main', i);
  return topo({
    vifs,
    vgws: '  - name: vgw-1\n    region: us-east-1\n    vpc: vpc-1\n',
    dxgws: '  - name: dxgw-main\n    asn: 64513\n    associations:\n      - gateway: vgw-1\n',
    vpcs: '  - name: vpc-1\n    region: us-east-1\n    cidrs: [10.1.0.0/16]\n',
  });
}

describe(RULE, () => {
  it('fires on the 21st VGW association', () => {
    const yaml = vgwSetup(21);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 20]);
    expect(d.line).toBe(lineOf(yaml, '- gateway: vgw-21'));
    expect(d.message).toBe('dxgw-main has 21 VGW associations, over the quota of 20 (vgw-21 is the 21st)');
  });

  it('fires on the 7th transit gateway association', () => {
    const yaml = tgwSetup(7);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 6]);
    expect(d.message).toBe('dxgw-tr has 7 transit gateway associations, over the quota of 6 (tgw-7 is the 7th)');
  });

  it('fires on the DXGW with 31 VIFs, naming the 31st', () => {
    const yaml = vifSetup(31);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0]);
    expect(d.line).toBe(lineOf(yaml, '- name: dxgw-main'));
    expect(d.message).toBe('dxgw-main has 31 private and transit VIFs attached, over the quota of 30 (vif-31 is the 31st)');
  });

  it('stays quiet at the quotas: 20 VGWs, 6 TGWs, 30 VIFs', () => {
    expect(findings(vgwSetup(20), RULE)).toEqual([]);
    expect(findings(tgwSetup(6), RULE)).toEqual([]);
    expect(findings(vifSetup(30), RULE)).toEqual([]);
  });

  it('does not count VIFs whose gateway is a list (pvif-one-gateway owns them)', () => {
    let yaml = vifSetup(30);
    yaml = yaml.replace('vifs:\n', `vifs:\n${vif('vif-list', 'private', '[dxgw-main, vgw-1]', 40)}`);
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
