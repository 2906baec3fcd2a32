// Inside AWS (routing.md): transit gateway between VPCs, the supernet exception through one
// DXGW, a VPC's own endpoint and internet access, and `not-modelled` for the rest.
import { readFileSync } from 'node:fs';
import { findings } from '../helpers';
import { conformanceTopology } from '../shared-dir';
import { PROD, SITES, alts, hopNames, rejects, route } from './util';

const TWO_VPCS = `${SITES}tgws:
  - { name: tgw-1, region: us-east-1, asn: 64700, attachments: [prod, shared] }
${PROD}  - name: shared
    region: us-east-1
    cidrs: [10.2.0.0/16]
    resources: [{ name: cache, ip: 10.2.0.9 }]
`;

describe('VPC to VPC', () => {
  it('over one transit gateway: path transit-gateway, hops VPC, TGW, VPC', () => {
    const r = route(TWO_VPCS, 'orders-db', 'cache');
    expect(r).toMatchObject({ reachable: true, path: 'transit-gateway', via: 'tgw-1', prefix: '10.2.0.0/16', mtu: 8500 });
    expect(hopNames(r)).toEqual(['orders-db', 'prod', 'tgw-1', 'shared', 'cache']);
  });

  it('without a shared transit gateway: not modelled (reachable null), never unreachable', () => {
    const apart = TWO_VPCS.replace('attachments: [prod, shared]', 'attachments: [prod]');
    const r = route(apart, 'prod', 'shared');
    expect(r).toMatchObject({ reachable: null, path: 'not-modelled', hops: [] });
    expect(rejects(r)).toEqual(['prod [not-modelled]']);
    expect(r.rejected[0].why).toContain('VPC peering and transit gateway peering are not modelled');
  });

  const supernet = readFileSync(conformanceTopology('33-supernet-vpc-hairpin'), 'utf8');

  it('through one DXGW when a VIF advertises a supernet of both: the traffic turns at the location', () => {
    const r = route(supernet, 'vpc-a', 'vpc-b');
    expect(r).toMatchObject({ path: 'direct-connect-private', via: 'vif-core', prefix: '10.0.0.0/8', mtu: 9001 });
    expect(hopNames(r)).toEqual(['vpc-a', 'vgw-a', 'dxgw', 'vif-core', 'EqDC2', 'vif-core', 'dxgw', 'vgw-b', 'vpc-b']);
    expect(hopNames(route(supernet, 'a-app', 'b-db'))).toEqual(['a-app', 'vpc-a', 'vgw-a', 'dxgw', 'vif-core', 'EqDC2', 'vif-core', 'dxgw', 'vgw-b', 'vpc-b', 'b-db']);
    // Route and dxgw-supernet agree.
    expect(findings(supernet, 'dxgw-supernet')).toHaveLength(1);
    expect(findings(supernet, 'intent-unmet')).toEqual([]);
  });

  it('without a covering prefix the DXGW is dxgw-no-transit and the answer not modelled; via direct-connect is intent-unmet', () => {
    const narrow = supernet.replace('advertise: [10.0.0.0/8]', 'advertise: [10.200.0.0/16]');
    const r = route(narrow, 'vpc-a', 'vpc-b');
    expect(r.reachable).toBeNull();
    expect(rejects(r)).toEqual(['dxgw [dxgw-no-transit]', 'vpc-a [not-modelled]']);
    expect(findings(narrow, 'intent-unmet')).toHaveLength(1);
    expect(findings(narrow, 'intent-unverified')).toEqual([]);
    const anyVia = narrow.replace('    via: direct-connect\n', '    via: any\n');
    expect(findings(anyVia, 'intent-unmet')).toEqual([]);
    expect(findings(anyVia, 'intent-unverified').map((d) => d.severity)).toEqual(['info']);
  });

  it('a transit gateway route (the VPC CIDR) beats the propagated supernet', () => {
    const both = supernet.replace('vpcs:\n', 'tgws:\n  - { name: tgw-1, region: us-east-1, asn: 64700, attachments: [vpc-a, vpc-b] }\nvpcs:\n');
    const r = route(both, 'vpc-a', 'vpc-b');
    expect(r.path).toBe('transit-gateway');
    expect(alts(r)).toEqual(['vif-core [less-specific-prefix]']);
  });
});

describe('VPC to a service and to the internet', () => {
  const withEndpoint = (type: string) => PROD.replace('    resources:', `    endpoints: [{ service: s3, type: ${type} }]\n    resources:`);

  it('a resource reaches S3 through its VPC\'s gateway or interface endpoint: vpc-endpoint', () => {
    for (const type of ['gateway', 'interface']) {
      const r = route(`${SITES}${withEndpoint(type)}`, 'orders-db', 's3');
      expect(r).toMatchObject({ reachable: true, path: 'vpc-endpoint', via: `prod/s3-${type}` });
      expect(hopNames(r)).toEqual(['orders-db', 'prod', `prod/s3-${type}`, 's3@us-east-1']);
    }
  });

  it('without an endpoint: vpc-internet when internet: true, none when false, not modelled when unsaid', () => {
    const yaml = (internet: string) => `${SITES}${PROD.replace('    cidrs: [10.1.0.0/16]\n', `    cidrs: [10.1.0.0/16]\n${internet}`)}`;
    expect(route(yaml('    internet: true\n'), 'prod', 's3')).toMatchObject({ path: 'vpc-internet', reachable: true });
    expect(hopNames(route(yaml('    internet: true\n'), 'prod', 'internet'))).toEqual(['prod', 'internet']);
    const none = route(yaml('    internet: false\n'), 'prod', 's3');
    expect(none).toMatchObject({ path: 'none', reachable: false });
    expect(rejects(none)).toEqual(['internet [no-internet]']);
    const unsaid = route(yaml(''), 'prod', 'internet');
    expect(unsaid).toMatchObject({ path: 'not-modelled', reachable: null });
    expect(unsaid.rejected[0].why).toContain('set vpcs[].internet');
  });

  it('an intent whose answer is not modelled is intent-unverified (info), not intent-unmet', () => {
    const yaml = `${SITES}${PROD}intents:\n  - { from: prod, to: internet }\n`;
    expect(findings(yaml, 'intent-unmet')).toEqual([]);
    expect(findings(yaml, 'intent-unverified').map((d) => d.message)).toEqual([
      expect.stringContaining('intent prod → internet is not verified: whether prod has an internet gateway or NAT is not said'),
    ]);
  });
});
