// Services and public addresses (routing.md, Services, Public addresses of resources,
// Services as a source): interface endpoint, then public VIF, then internet.
import { alts, hopNames, PROD, rejection, rejects, route, SITES, vif } from './util';

const pub = (extra = '', advertise = '198.51.100.0/24', connection = 'dx-a') =>
  `  - { name: vif-pub, type: public, connection: ${connection}, vlan: 300, advertise: [${advertise}]${extra ? `, ${extra}` : ''} }\n`;

const withEndpoint = (endpoint: string, vifs = '') =>
  `${SITES}${PROD.replace('    resources:', `    endpoints: [${endpoint}]\n    resources:`)}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}${vifs}`;

describe('interface endpoints', () => {
  it('reach the service over the VIF to the endpoint’s VPC when on-premise DNS resolves to it', () => {
    const r = route(withEndpoint('{ service: s3, type: interface }', pub()), 'app1', 's3');
    expect(r.path).toBe('direct-connect-private');
    expect(hopNames(r)).toEqual(['app1', 'hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-prod', 'vgw-prod', 'prod', 'prod/s3-interface', 's3@us-east-1']);
    expect(r.hops.slice(-2).map((h) => h.kind)).toEqual(['endpoint', 'service']);
    expect(r.prefix).toBe('10.1.0.0/16');
    // DNS sends the traffic to private addresses: the public VIF and the internet are not used.
    expect(rejects(r)).toEqual(['vif-pub [private-address-over-public]', 'internet [private-address-over-public]']);
    expect(rejection(r, 'vif-pub').why).toContain('without that endpoint vif-pub would carry s3@us-east-1');
    expect(r.explanation[0]).toBe('On-premise DNS resolves s3 to the interface endpoint prod/s3-interface (onPremDns), so hq sends s3@us-east-1 traffic to prod\'s private addresses.');
  });

  it('with onPremDns: false the endpoint is rejected (no-onprem-dns) and the public VIF carries it', () => {
    const r = route(withEndpoint('{ service: s3, type: interface, onPremDns: false }', pub()), 'app1', 's3');
    expect(r.path).toBe('direct-connect-public');
    expect(rejection(r, 'prod/s3-interface').code).toBe('no-onprem-dns');
    expect(rejection(r, 'prod/s3-interface').why).toContain('Route 53 Resolver inbound endpoint');
  });

  it('an endpoint in another region serves only that region (endpoint-other-region)', () => {
    const r = route(withEndpoint('{ service: s3, type: interface }'), 'app1', 's3@eu-west-1');
    expect(r.path).toBe('internet');
    expect(rejection(r, 'prod/s3-interface')).toEqual({
      via: 'prod/s3-interface', code: 'endpoint-other-region',
      why: 'prod/s3-interface serves s3 in us-east-1, not in eu-west-1: interface endpoints are regional',
    });
  });

  it('an endpoint whose VPC the site cannot reach falls back, saying why', () => {
    const y = `${SITES}${PROD.replace('    resources:', '    endpoints: [{ service: sqs, type: interface }]\n    resources:')}`;
    const r = route(y, 'app1', 'sqs');
    expect(r.path).toBe('internet');
    expect(rejects(r)).toContain('vgw-prod [not-attached]');
    expect(rejection(r, 'vgw-prod').why).toMatch(/^toward prod\/sqs-interface: /);
  });

  it('two reachable endpoints: DNS resolves to one, the other is an alternative (other-endpoint)', () => {
    const y = `${SITES}vgws:
  - { name: vgw-a, region: us-east-1, vpc: a }
  - { name: vgw-b, region: us-east-1, vpc: b }
vpcs:
  - { name: a, region: us-east-1, cidrs: [10.1.0.0/16], endpoints: [{ service: sqs, type: interface }] }
  - { name: b, region: us-east-1, cidrs: [10.2.0.0/16], endpoints: [{ service: sqs, type: interface }] }
vifs:
${vif('vif-a', 'dx-a', 'vgw-a')}${vif('vif-b', 'dx-a', 'vgw-b')}`;
    const r = route(y, 'app1', 'sqs');
    expect(hopNames(r)).toContain('a/sqs-interface');
    expect(alts(r)).toEqual(['vif-b [other-endpoint]']);
  });
});

describe('endpoints in VPCs the site has no path to', () => {
  // Five unreachable VPCs, each with an sqs interface endpoint and an s3 gateway endpoint, and
  // one reachable VPC with neither: the first three by name are explained, the rest counted.
  const far = [5, 3, 1, 4, 2].map((i) => `  - { name: far${i}, region: us-east-1, cidrs: [10.${10 + i}.0.0/16], endpoints: [{ service: sqs, type: interface }, { service: s3, type: gateway }] }\n`).join('');
  const y = `${SITES}${PROD}${far}vifs:\n${vif('vif-prod', 'dx-a', 'vgw-prod')}`;

  it('interface endpoints: the first three by name are explained, the other two counted', () => {
    const r = route(y, 'app1', 'sqs');
    expect(r.path).toBe('internet');
    expect(r.rejected.filter((x) => x.code === 'not-attached').map((x) => x.why)).toEqual([1, 2, 3].map((i) => expect.stringMatching(new RegExp(`^toward far${i}/sqs-interface: `))));
    expect(r.explanation).toContain('2 more interface endpoints for sqs@us-east-1 are in VPCs hq has no path to.');
  });

  it('gateway endpoints: the first three by name are explained, and the story counts the rest', () => {
    const r = route(y, 'app1', 's3');
    expect(r.rejected.filter((x) => x.code === 'gateway-endpoint-not-onprem').map((x) => x.via)).toEqual(['far1/s3-gateway', 'far2/s3-gateway', 'far3/s3-gateway']);
    expect(r.explanation.join(' ')).toContain('far1/s3-gateway, far2/s3-gateway and far3/s3-gateway (and 2 more in us-east-1) cannot be used from on-premise');
  });

  it('an endpoint in a VPC the site reaches is the one explained, whatever its name', () => {
    const r = route(y.replace('    resources:', '    endpoints: [{ service: s3, type: gateway }]\n    resources:'), 'app1', 's3');
    expect(r.rejected.filter((x) => x.code === 'gateway-endpoint-not-onprem').map((x) => x.via)).toEqual(['prod/s3-gateway']);
    expect(r.explanation.join(' ')).toContain('prod/s3-gateway (and 5 more in us-east-1)');
  });
});

describe('gateway endpoints', () => {
  it('are never a path from on-premise: rejected with the fix, the internet carries it', () => {
    const r = route(withEndpoint('{ service: s3, type: gateway }'), 'hq', 's3');
    expect(r.path).toBe('internet');
    expect(hopNames(r)).toEqual(['hq', 'internet', 's3@us-east-1']);
    const x = rejection(r, 'prod/s3-gateway');
    expect(x.code).toBe('gateway-endpoint-not-onprem');
    expect(x.why).toContain('serves only traffic that starts inside prod');
    expect(x.why).toContain('add an interface endpoint for s3 in prod');
    expect(r.explanation[0]).toMatch(/^prod\/s3-gateway cannot be used from on-premise/);
  });

  it('are listed even when an interface endpoint carries the traffic', () => {
    const r = route(withEndpoint('{ service: s3, type: gateway }, { service: s3, type: interface }'), 'hq', 's3');
    expect(r.path).toBe('direct-connect-private');
    expect(rejects(r)).toContain('prod/s3-gateway [gateway-endpoint-not-onprem]');
  });
});

describe('public VIFs', () => {
  it('reach a service in scope when the VIF advertises a public prefix', () => {
    const r = route(`${SITES}vifs:\n${pub()}`, 'app1', 's3');
    expect(r.path).toBe('direct-connect-public');
    expect(hopNames(r)).toEqual(['app1', 'hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-pub', 's3@us-east-1']);
    expect(alts(r)).toEqual(['internet [less-specific-prefix]']);
    expect(r.explanation[0]).toContain('hq NATs into 198.51.100.0/24');
  });

  it('acceptScope region: only the location region (outside-accept-scope)', () => {
    const y = `${SITES}vifs:\n${pub('acceptScope: region')}`;
    expect(route(y, 'app1', 's3@us-east-1').path).toBe('direct-connect-public');
    const r = route(y, 'app1', 's3@us-west-2');
    expect(r.path).toBe('internet');
    expect(rejection(r, 'vif-pub').code).toBe('outside-accept-scope');
  });

  it('acceptScope continent: same continent only', () => {
    const y = `${SITES}vifs:\n${pub('acceptScope: continent')}`;
    expect(route(y, 'app1', 's3@ca-central-1').path).toBe('direct-connect-public');
    const r = route(y, 'app1', 's3@eu-west-1');
    expect(rejection(r, 'vif-pub').code).toBe('outside-accept-scope');
    expect(rejection(r, 'vif-pub').why).toContain('north-america');
  });

  it('acceptScope global: any public region, never China (china-region)', () => {
    const y = `${SITES}vifs:\n${pub('acceptScope: global')}`;
    expect(route(y, 'app1', 's3@ap-southeast-2').path).toBe('direct-connect-public');
    expect(rejection(route(y, 'app1', 's3@cn-north-1'), 'vif-pub').code).toBe('china-region');
  });

  it('needs a public prefix to NAT into (no-public-prefix)', () => {
    const r = route(`${SITES}vifs:\n${pub('', '10.0.0.0/16')}`, 'app1', 's3');
    expect(r.path).toBe('internet');
    expect(rejection(r, 'vif-pub').code).toBe('no-public-prefix');
  });

  it("only the site's own public VIFs are candidates", () => {
    expect(route(`${SITES}vifs:\n${pub('', '198.51.100.0/24', 'dx-br')}`, 'app1', 's3').path).toBe('internet');
  });

  it('two public VIFs in scope share only with a public customer ASN, in one Region (else no-load-sharing)', () => {
    const y = `${SITES}vifs:\n${pub()}  - { name: vif-pub2, type: public, connection: dx-b, vlan: 301, advertise: [203.0.113.0/24] }\n`;
    // hq's ASN 65010 is private: AWS does not share load between the two.
    expect(alts(route(y, 'app1', 's3'))).toEqual(['vif-pub2 [no-load-sharing]', 'internet [less-specific-prefix]']);
    const publicAsn = y.replace('asn: 65010', 'asn: 3356');
    expect(alts(route(publicAsn, 'app1', 's3'))).toEqual(['vif-pub2 [equal-cost]', 'internet [less-specific-prefix]']);
  });

  it("reach a resource's public IP within scope, ending at its VPC and resource", () => {
    const y = `${SITES}vpcs:\n  - { name: web, region: us-east-1, cidrs: [10.3.0.0/16], resources: [{ name: web1, ip: 10.3.0.7, publicIp: 54.210.10.20 }] }\nvifs:\n${pub()}`;
    const r = route(y, 'app1', '54.210.10.20');
    expect(r.path).toBe('direct-connect-public');
    expect(hopNames(r)).toEqual(['app1', 'hq', 'hq-r1', 'dx-a', 'EqDC2', 'vif-pub', 'web', 'web1']);
    // Naming the resource routes to its private ip.
    expect(route(y, 'app1', 'web1').path).toBe('none');
  });
});

describe('the internet', () => {
  it('carries what nothing else does, when the site has internet egress', () => {
    expect(hopNames(route(SITES, 'app1', 's3'))).toEqual(['app1', 'hq', 'internet', 's3@us-east-1']);
    expect(hopNames(route(SITES, 'app1', 'internet'))).toEqual(['app1', 'hq', 'internet']);
    expect(route(SITES, 'hq', '8.8.8.8').path).toBe('internet');
  });

  it('without internet egress nothing reaches the service (no-internet)', () => {
    const y = SITES.replace('    cidrs: [10.0.0.0/16]\n', '    cidrs: [10.0.0.0/16]\n    internet: false\n');
    const r = route(y, 'app1', 's3');
    expect(r.path).toBe('none');
    expect(rejects(r)).toEqual(['internet [no-internet]']);
  });
});

describe('services as a source', () => {
  it('take the same path as toward them, in reverse', () => {
    const y = withEndpoint('{ service: s3, type: interface }');
    const there = route(y, 'hq', 's3');
    const back = route(y, 's3', 'hq');
    expect(back.path).toBe(there.path);
    expect(hopNames(back)).toEqual([...hopNames(there)].reverse());
    expect(back.from).toBe('s3@us-east-1');
    expect(back.explanation[0]).toBe('Traffic from s3 takes the same path as traffic toward it, in reverse.');
    expect(hopNames(route(SITES, 'internet', 'app1'))).toEqual(['internet', 'hq', 'app1']);
  });

  it('a VPC without an endpoint and with its internet access unsaid: not modelled', () => {
    const r = route(`${SITES}${PROD}`, 'prod', 's3');
    expect(r.path).toBe('not-modelled');
    expect(rejects(r)).toEqual(['prod [not-modelled]']);
  });
});
