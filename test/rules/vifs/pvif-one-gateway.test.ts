import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, ruleIds, vif, withGateways } from './vif-test-utils';

const RULE = 'pvif-one-gateway';
const listing = (gateway: string) => withGateways(edit(BASE, BASE_VIF.gateway, `    gateway: ${gateway}\n`));

describe(RULE, () => {
  it('fires on a private VIF listing two VGWs, on the gateway list, and nothing else', () => {
    const yaml = listing('[vgw-prod, vgw-dev]')
      .replace('vgws:\n', 'vgws:\n  - name: vgw-dev\n    region: us-east-1\n    vpc: shared\n    asn: 64515\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, 'gateway: [vgw-prod, vgw-dev]'));
    expect(d.message).toBe('private VIF vif-prod lists 2 gateways (vgw-prod, vgw-dev): it attaches to one VGW or one Direct Connect gateway');
    expect(d.hint).toBe('associate vgw-prod, vgw-dev with one Direct Connect gateway and name it, or create one private VIF per VGW');
    const mine = ruleIds(yaml).filter((id) => ['vif-gateway', 'ref-unknown', 'schema-type', 'pvif-vgw-home-region', 'vif-asn-distinct'].includes(id));
    expect(mine).toEqual([]);
  });

  it('fires on any mix of kinds, with the default hint', () => {
    const [d] = findings(listing('[vgw-prod, dxgw-main, prod]'), RULE);
    expect(d.message).toBe('private VIF vif-prod lists 3 gateways (vgw-prod, dxgw-main, prod): it attaches to one VGW or one Direct Connect gateway');
    expect(d.hint).toBe('name one Direct Connect gateway associated with each VGW, or create one private VIF per VPC');
  });

  it('stays quiet on one gateway, written plainly or as a one-item list', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(listing('[vgw-prod]'), RULE)).toEqual([]);
  });

  it('stays quiet on transit VIFs (vif-gateway covers their lists)', () => {
    const yaml = withGateways(addVifs(BASE, vif('vif-transit', { type: 'transit', connection: 'dx-a', vlan: 102, gateway: '[dxgw-transit, dxgw-main]' })));
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
