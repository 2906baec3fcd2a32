import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif, withGateways } from './vif-test-utils';

const RULE = 'vif-gateway';
const privateTo = (gateway: string) => withGateways(edit(BASE, BASE_VIF.gateway, `    gateway: ${gateway}\n`));
const transitTo = (gateway?: string) =>
  withGateways(addVifs(BASE, vif('vif-transit', { type: 'transit', connection: 'dx-a', vlan: 102, ...(gateway ? { gateway } : {}) })));
const publicWith = (gateway?: string) =>
  withGateways(addVifs(BASE, vif('vif-public', { type: 'public', connection: 'dx-a', vlan: 102, advertise: '[198.51.100.0/24]', ...(gateway ? { gateway } : {}) })));

describe(RULE, () => {
  it('fires on a private VIF naming a VPC, on the gateway value, and no ref-unknown', () => {
    const yaml = privateTo('prod');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, 'gateway: prod'));
    expect(d.message).toBe('gateway prod is a VPC: private VIF vif-prod attaches to a VGW or a Direct Connect gateway');
    expect(d.hint).toBe('name the VGW attached to VPC prod, or a Direct Connect gateway associated with it');
    expect(findings(yaml, 'ref-unknown')).toEqual([]);
  });

  it('fires on a private VIF on a transit gateway', () => {
    const [d] = findings(privateTo('tgw-east'), RULE);
    expect(d.message).toBe('gateway tgw-east is a transit gateway: private VIF vif-prod attaches to a VGW or a Direct Connect gateway');
  });

  it('fires on a private VIF without gateway, on the VIF', () => {
    const yaml = edit(BASE, BASE_VIF.gateway, '');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0]);
    expect(d.line).toBe(lineOf(yaml, 'name: vif-prod'));
    expect(d.message).toBe('private VIF vif-prod names no gateway: it needs a VGW or a Direct Connect gateway');
  });

  it('checks the one item of a one-item list like a plain name', () => {
    const [d, ...rest] = findings(privateTo('[prod]'), RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'gateway', 0]);
  });

  it('fires on a transit VIF on a VGW, without gateway, or with several', () => {
    const [onVgw] = findings(transitTo('vgw-prod'), RULE);
    expect(onVgw.path).toEqual(['vifs', 1, 'gateway']);
    expect(onVgw.message).toBe('gateway vgw-prod is a VGW: transit VIF vif-transit attaches only to a Direct Connect gateway');
    const [none] = findings(transitTo(), RULE);
    expect(none.path).toEqual(['vifs', 1]);
    expect(none.message).toBe('transit VIF vif-transit names no gateway: it needs a Direct Connect gateway');
    const [several, ...rest] = findings(transitTo('[dxgw-transit, dxgw-main]'), RULE);
    expect(rest).toHaveLength(0);
    expect(several.path).toEqual(['vifs', 1, 'gateway']);
    expect(several.message).toBe('transit VIF vif-transit lists 2 gateways (dxgw-transit, dxgw-main): it attaches to one Direct Connect gateway');
  });

  it('fires once on a public VIF with a gateway', () => {
    const yaml = publicWith('dxgw-main');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 1, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, 'gateway: dxgw-main'));
    expect(d.message).toBe('public VIF vif-public names gateway dxgw-main: a public VIF attaches to no gateway');
  });

  it('stays quiet on valid pairings', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(privateTo('dxgw-main'), RULE)).toEqual([]);
    expect(findings(transitTo('dxgw-transit'), RULE)).toEqual([]);
    expect(findings(publicWith(), RULE)).toEqual([]);
  });

  it('leaves a private VIF listing several gateways to pvif-one-gateway', () => {
    const yaml = privateTo('[vgw-prod, prod]');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'pvif-one-gateway')).toHaveLength(1);
  });

  it('leaves a gateway naming nothing to ref-unknown', () => {
    const yaml = privateTo('vgw-nowhere');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'ref-unknown')).toHaveLength(1);
  });
});
