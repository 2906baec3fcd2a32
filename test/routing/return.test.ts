// AWS → on-premise (routing.md, Return direction): longest prefix over what the customer
// advertises, then the gateway's route priority, then local preference, then equal cost.
import { alts, detail, hopNames, PROD, rejection, route, SITES, vif } from './util';

const vpn = (name: string, extra: string) => `  - { name: ${name}, router: hq-r2, gateway: vgw-prod, ${extra} }\n`;

describe('return over a VGW: Direct Connect BGP > VPN static > VPN BGP', () => {
  it('returns over the VIF, reversing the forward hops', () => {
    const y = `${SITES}${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}`;
    const r = route(y, 'orders-db', 'app1');
    expect(r.path).toBe('direct-connect-private');
    expect(hopNames(r)).toEqual(['orders-db', 'prod', 'vgw-prod', 'vif-prod', 'EqDC2', 'dx-a', 'hq-r1', 'hq', 'app1']);
    expect(r.prefix).toBe('10.0.0.0/16');
    expect(r.return?.symmetric).toBe(true);
    expect(r.return?.via).toBe('vif-prod');
  });

  it('Direct Connect beats a static VPN route, which beats a BGP VPN (route-priority)', () => {
    const y = `${SITES}${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}vpns:\n${vpn('vpn-bgp', 'routing: bgp, advertise: [10.0.0.0/16]')}${vpn('vpn-static', 'routing: static, staticRoutes: [10.0.0.0/16]')}`;
    const r = route(y, 'prod', 'hq');
    expect(r.via).toBe('vif-prod');
    expect(alts(r)).toEqual(['vpn-static [route-priority]', 'vpn-bgp [route-priority]']);
    expect(r.alternatives[0].why).toBe('same prefix 10.0.0.0/16, but vgw-prod prefers Direct Connect BGP routes over static VPN routes');
    const noDx = route(y, 'prod', 'hq', ['vif-prod']);
    expect(noDx.via).toBe('vpn-static');
    expect(noDx.alternatives[0].why).toBe('same prefix 10.0.0.0/16, but vgw-prod prefers static VPN routes over VPN BGP routes');
  });

  it('a more specific VPN prefix wins over Direct Connect: asymmetric', () => {
    const y = `${SITES}${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}vpns:\n${vpn('vpn-1', 'advertise: [10.0.1.0/24]')}`;
    const d = detail(y, 'app1', 'orders-db');
    expect(d.forward.via).toBe('vif-prod');
    expect(d.returnPath?.via).toBe('vpn-1');
    expect(d.returnPath?.prefix).toBe('10.0.1.0/24');
    expect(alts(d.returnPath!)).toEqual(['vif-prod [less-specific-prefix]']);
    expect(d.symmetric).toBe(false);
    expect(d.forward.return?.symmetric).toBe(false);
    expect(d.forward.return?.why).toMatch(/^The replies come back over vpn-1 \(vpn\), not over vif-prod \(direct-connect-private\): the path is asymmetric\./);
  });

  it('a VIF that advertises nothing covering the address is no way back (not-advertised)', () => {
    const y = `${SITES}${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod').replace('advertise: [10.0.0.0/16]', 'advertise: []')}`;
    const d = detail(y, 'app1', 'orders-db');
    expect(d.forward.reachable).toBe(true);
    expect(d.returnPath?.reachable).toBe(false);
    expect(rejection(d.returnPath!, 'vif-prod')).toEqual({
      via: 'vif-prod', code: 'not-advertised',
      why: 'vif-prod advertises nothing, which does not cover 10.0.1.10: AWS has no route to it over vif-prod',
    });
    expect(d.symmetric).toBe(false);
    expect(d.forward.return?.why).toMatch(/^The replies have no way back/);
  });
});

describe('return over a TGW: static > DXGW-propagated > VPN-propagated', () => {
  const tgw = (vpns: string) => `${SITES}tgws:
  - { name: tgw-east, region: us-east-1, asn: 64514, attachments: [prod] }
dxgws:
  - { name: dxgw-t, asn: 64513, associations: [{ gateway: tgw-east, allowedPrefixes: [10.1.0.0/16] }] }
vpcs:
  - { name: prod, region: us-east-1, cidrs: [10.1.0.0/16], resources: [{ name: orders-db, ip: 10.1.2.5 }] }
vifs:
  - { name: vif-t, type: transit, connection: dx-a, vlan: 200, gateway: dxgw-t, advertise: [10.0.0.0/16] }
vpns:
${vpns}`;

  it('a static route to a VPN attachment beats Direct Connect', () => {
    const d = detail(tgw('  - { name: vpn-s, router: hq-r2, gateway: tgw-east, routing: static, staticRoutes: [10.0.0.0/16] }\n'), 'app1', 'orders-db');
    expect(d.forward.path).toBe('direct-connect-transit');
    expect(d.returnPath?.path).toBe('vpn');
    expect(hopNames(d.returnPath!)).toEqual(['orders-db', 'prod', 'tgw-east', 'vpn-s', 'hq-r2', 'hq', 'app1']);
    expect(alts(d.returnPath!)).toEqual(['vif-t [route-priority]']);
    expect(d.returnPath?.alternatives[0].why).toBe('same prefix 10.0.0.0/16, but tgw-east prefers static routes (to a VPN attachment) over routes propagated from dxgw-t');
    expect(d.symmetric).toBe(false);
  });

  it('forward over the VPN (a longer prefix than the summary), back over Direct Connect: asymmetric', () => {
    const y = tgw('  - { name: vpn-b, router: hq-r2, gateway: tgw-east, routing: bgp, advertise: [10.0.0.0/16] }\n')
      .replace('allowedPrefixes: [10.1.0.0/16]', 'allowedPrefixes: [10.0.0.0/15]');
    const d = detail(y, 'app1', 'orders-db');
    expect(d.forward.via).toBe('vpn-b');
    expect(d.returnPath?.via).toBe('vif-t');
    expect(d.symmetric).toBe(false);
  });

  it('DXGW-propagated routes beat VPN-propagated ones', () => {
    const r = route(tgw('  - { name: vpn-b, router: hq-r2, gateway: tgw-east, routing: bgp, advertise: [10.0.0.0/16] }\n'), 'orders-db', 'app1');
    expect(r.via).toBe('vif-t');
    expect(alts(r)).toEqual(['vpn-b [route-priority]']);
    expect(r.return?.symmetric).toBe(true);
  });
});

describe('local preference and equal cost on the way back', () => {
  const two = (a: string, b: string) => `${SITES}${PROD}dxgws:
  - { name: dxgw-main, asn: 64513, associations: [{ gateway: vgw-prod }] }
vifs:
${vif('vif-a', 'dx-a', 'dxgw-main', a)}${vif('vif-b', 'dx-b', 'dxgw-main', b)}`;

  it('AWS prefers the higher local preference (7224:7300)', () => {
    const r = route(two('', 'communities: ["7224:7300"]'), 'orders-db', 'app1');
    expect(r.via).toBe('vif-b');
    expect(hopNames(r)).toEqual(['orders-db', 'prod', 'vgw-prod', 'dxgw-main', 'vif-b', 'CSVA1', 'dx-b', 'hq-r2', 'hq', 'app1']);
    expect(alts(r)).toEqual(['vif-a [local-preference]']);
  });

  it('ties break by VIF name, both paths reported', () => {
    const d = detail(two('', ''), 'orders-db', 'app1');
    expect(d.forward.via).toBe('vif-a');
    expect(d.equalCost.map((p) => p.via)).toEqual(['vif-a', 'vif-b']);
    expect(d.returnEqualCost?.map((p) => p.via)).toEqual(['vif-a', 'vif-b']);
    expect(d.symmetric).toBe(true);
  });

});

describe('the return summary of route', () => {
  it('is present only between on-premise and a VPC address', () => {
    const y = `${SITES}${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}`;
    expect(route(y, 'app1', 'orders-db').return).toBeDefined();
    expect(route(y, 'orders-db', 'app1').return?.hops.map((h) => h.name)).toEqual(['app1', 'hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-prod', 'vgw-prod', 'prod', 'orders-db']);
    expect(route(y, 'app1', 'internet').return).toBeUndefined();
  });

  it('from a site (its first CIDR) the reply address is the site network', () => {
    const y = `${SITES}${PROD}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}`;
    const r = route(y, 'prod', 'hq');
    expect(r.prefix).toBe('10.0.0.0/16');
    expect(r.explanation[0]).toBe('AWS routes prod\'s traffic to hq (10.0.0.0/16) over what hq advertises: vif-prod (10.0.0.0/16, Direct Connect).');
  });
});
