import { addVifs, BASE, BASE_VIF, edit, findings, lineOf, vif, withGateways } from './vif-test-utils';

const RULE = 'vif-mtu-mismatch';
const JUMBO = edit(BASE, BASE_VIF.vlan, `${BASE_VIF.vlan}    mtu: 9001\n`);
const second = (fields: Record<string, string | number>) => vif('vif-b', { type: 'private', connection: 'dx-a', vlan: 102, advertise: '[10.0.0.0/16]', ...fields });

describe(RULE, () => {
  it('fires on the jumbo VIF when another VIF advertises the same prefix to the same VGW at 1500', () => {
    const yaml = addVifs(JUMBO, second({ gateway: 'vgw-prod' }));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'mtu']);
    expect(d.line).toBe(lineOf(yaml, 'mtu: 9001'));
    expect(d.message).toBe('vif-prod (MTU 9001) and vif-b (MTU 1500) both advertise 10.0.0.0/16 toward vgw-prod: AWS uses an MTU of 1500 for it, so vif-prod\'s jumbo frames are lost');
  });

  it('fires when the other VIF reaches the same VGW through a Direct Connect gateway', () => {
    const yaml = withGateways(addVifs(JUMBO, second({ gateway: 'dxgw-main' })));
    expect(findings(yaml, RULE).map((d) => d.message.split(':')[0])).toEqual(['vif-prod (MTU 9001) and vif-b (MTU 1500) both advertise 10.0.0.0/16 toward vgw-prod']);
  });

  it('stays quiet on equal MTUs, different prefixes, or different gateways', () => {
    expect(findings(addVifs(JUMBO, second({ gateway: 'vgw-prod', mtu: 9001 })), RULE)).toEqual([]);
    expect(findings(addVifs(JUMBO, second({ gateway: 'vgw-prod', advertise: '[10.0.1.0/24]' })), RULE)).toEqual([]);
    const other = `${JUMBO}  - name: dev\n    region: us-east-1\n    cidrs: [10.9.0.0/16]\n`.replace('vgws:\n', 'vgws:\n  - name: vgw-dev\n    region: us-east-1\n    vpc: dev\n');
    expect(findings(addVifs(other, second({ gateway: 'vgw-dev' })), RULE)).toEqual([]);
  });
});
