import { findings } from '../../helpers';
import { TGW_MODE, VGW_MODE, lineOf, topo, vif } from './gw-topology';

const RULE = 'dxgw-mode-exclusive';

const VGW = '  - name: vgw-prod\n    region: us-east-1\n    vpc: prod\n';
const TGW = '  - name: tgw-east\n    region: us-east-1\n    asn: 64514\n    attachments: [dev]\n';
const VPCS = '  - name: prod\n    region: us-east-1\n    cidrs: [10.1.0.0/16]\n  - name: dev\n    region: us-east-1\n    cidrs: [10.2.0.0/16]\n';

describe(RULE, () => {
  it('fires on the later association when a DXGW has a VGW and a TGW association', () => {
    const yaml = topo({
      vifs: vif('vif-prod', 'private', 'dxgw-main', 1),
      vgws: VGW,
      tgws: TGW,
      dxgws: '  - name: dxgw-main\n    asn: 64513\n    associations:\n      - gateway: vgw-prod\n      - gateway: tgw-east\n        allowedPrefixes: [10.2.0.0/16]\n',
      vpcs: VPCS,
    });
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 1, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, '- gateway: tgw-east'));
    expect(d.message).toContain('dxgw-main is associated with transit gateway tgw-east and also with VGW vgw-prod');
  });

  it('fires when a transit VIF lands on a DXGW with VGW associations', () => {
    const yaml = VGW_MODE.replace('vifs:\n', `vifs:\n${vif('vif-t', 'transit', 'dxgw-main', 2)}`);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 0, 'gateway']);
    expect(d.message).toContain('dxgw-main is associated with VGW vgw-prod but transit VIF vif-t is attached to it');
  });

  it('fires when a private VIF lands on a DXGW with a TGW association', () => {
    const yaml = TGW_MODE.replace('vifs:\n', `vifs:\n${vif('vif-p', 'private', 'dxgw-transit', 2)}`);
    const [d] = findings(yaml, RULE);
    expect(d.path).toEqual(['dxgws', 0, 'associations', 0, 'gateway']);
    expect(d.message).toContain('but private VIF vif-p is attached to it');
  });

  it('fires on the DXGW when it has no association but private and transit VIFs', () => {
    const yaml = topo({
      vifs: vif('vif-p', 'private', 'dxgw-x', 1) + vif('vif-t', 'transit', 'dxgw-x', 2),
      dxgws: '  - name: dxgw-x\n    asn: 64513\n',
    });
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 0]);
    expect(d.message).toContain('dxgw-x has both private VIF vif-p and transit VIF vif-t attached');
  });

  it('stays quiet on a pure VGW-mode or TGW-mode DXGW', () => {
    expect(findings(VGW_MODE, RULE)).toEqual([]);
    expect(findings(TGW_MODE, RULE)).toEqual([]);
  });

  it('stays quiet on a public VIF naming the DXGW (vif-gateway owns it) and on a gateway list', () => {
    let yaml = TGW_MODE.replace('vifs:\n', `vifs:\n${vif('vif-p', 'private', '[dxgw-transit, dxgw-transit]', 2)}`);
    expect(findings(yaml, RULE)).toEqual([]);
    yaml = TGW_MODE.replace('vifs:\n', `vifs:\n${vif('vif-pub', 'private', 'dxgw-transit', 3).replace('type: private', 'type: public')}`);
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
