// Whole designs from the BGP conformance cases (their copies in fixtures/conformance/): what
// `route` answers and what `validate` reports, beyond what each case's expect.json pins.
import { readFileSync } from 'node:fs';
import { validateYaml } from '../helpers';
import { conformanceTopology } from '../shared-dir';
import { alts, hopNames, index } from './util';

const fixture = (name: string): string => readFileSync(conformanceTopology(name), 'utf8');

function rules(yaml: string, severity: string): string[] {
  return [...new Set(validateYaml(yaml).diagnostics.filter((d) => d.severity === severity).map((d) => d.rule))].sort();
}

function routeOf(yaml: string, from: string, to: string) {
  const r = index(yaml).route(from, to);
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe('two untagged VIFs in two regions (region default local preference)', () => {
  const yaml = fixture('28-region-default-local-preference');

  it('the us-east-1 location carries the VPC\'s traffic both ways; the us-west-2 one is a local-preference alternative', () => {
    const back = routeOf(yaml, 'db', 'hq');
    expect(hopNames(back)).toEqual(['db', 'prod', 'vgw-prod', 'dxgw', 'vif-east', 'EqDC2', 'dx-east', 'hq-r1', 'hq']);
    expect(alts(back)).toEqual(['vif-west [local-preference]']);
    expect(back.mtu).toBe(9001);
    const fwd = routeOf(yaml, 'hq', 'db');
    expect(fwd.via).toBe('vif-east');
    expect(alts(fwd)).toEqual(['vif-west [local-preference]']);
    expect(fwd.return?.symmetric).toBe(true);
  });

  it('the whole 400,000 GB lands on one 1 Gbps port: traffic-exceeds-capacity, and the failover is too small', () => {
    expect(rules(yaml, 'error')).toEqual(['traffic-exceeds-capacity']);
    expect(rules(yaml, 'warning')).toEqual(['res-failover-capacity']);
  });
});

describe('AWS\'s "Private virtual interface routing example" (A prepends twice, B once, C in another region not at all)', () => {
  const yaml = fixture('29-as-path-prepend-aws-example');

  it('routes over VIF B: C loses on local preference (another region), A on AS_PATH; on-premise mirrors it', () => {
    const back = routeOf(yaml, 'vpc1', '172.16.5.5');
    expect(hopNames(back)).toEqual(['vpc1', 'vgw1', 'dxgw', 'vif-b', 'CSVA1', 'dx-b', 'dc-r2', 'dc', 'srv1']);
    expect(back.prefix).toBe('172.16.0.0/16');
    expect(alts(back)).toEqual(['vif-a [as-path]', 'vif-c [local-preference]']);
    expect(back.alternatives[0].why).toContain("vif-a's AS_PATH is 3 long and vif-b's 2");
    expect(back.mtu).toBe(1500);
    const fwd = routeOf(yaml, 'srv1', 'vpc1');
    expect(fwd.via).toBe('vif-b');
    expect(alts(fwd)).toEqual(['vif-a [as-path]', 'vif-c [local-preference]']);
  });

  it("VIF C's more specific /24 wins for that /24, whatever the preference of the /16", () => {
    const withSlash24 = yaml.replace('    advertise: [172.16.0.0/16]\n    asPathPrepend: 0', '    advertise: [172.16.0.0/16, 172.16.9.0/24]\n    asPathPrepend: 0');
    const r = routeOf(withSlash24, 'vpc1', '172.16.9.9');
    expect(r.via).toBe('vif-c');
    expect(r.prefix).toBe('172.16.9.0/24');
    expect(alts(r)).toEqual(['vif-b [less-specific-prefix]', 'vif-a [less-specific-prefix]']);
    // The rest of the /16 still goes over B.
    expect(routeOf(withSlash24, 'vpc1', '172.16.5.5').via).toBe('vif-b');
  });
});

describe('one dual-stack VIF', () => {
  const yaml = fixture('32-dual-stack-vif');

  it('carries IPv6 end to end and IPv4 alike, each over its own session', () => {
    const v6 = routeOf(yaml, 'app6', 'web6');
    expect(v6).toMatchObject({ path: 'direct-connect-private', via: 'vif-dual', prefix: '2600:1f18:1234:5600::/56', mtu: 9001 });
    expect(routeOf(yaml, 'web6', 'app6')).toMatchObject({ via: 'vif-dual', prefix: '2001:db8:1000::/48' });
    expect(routeOf(yaml, 'app4', 'web4')).toMatchObject({ via: 'vif-dual', prefix: '10.1.0.0/16' });
    expect(routeOf(yaml, 'hq', '2600:1f18:1234:5600::25').path).toBe('direct-connect-private');
  });

  it('an IPv4-only VIF carries no IPv6: the VPC\'s IPv6 block is not advertised over it, nor the site\'s IPv6 prefix accepted', () => {
    const v4only = yaml.replace('addressFamily: dual', 'addressFamily: ipv4');
    expect(routeOf(v4only, 'app6', 'web6').reachable).toBe(false);
    expect(routeOf(v4only, 'web6', 'app6').reachable).toBe(false);
    expect(routeOf(v4only, 'app4', 'web4').via).toBe('vif-dual');
  });
});
