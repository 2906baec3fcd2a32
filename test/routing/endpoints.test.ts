// What a name stands for (routing.md, Endpoints) and the errors for names that stand for nothing.
import { index, PROD, SITES } from './util';

const idx = index(`${SITES}${PROD.replace('resources: [{ name: orders-db, ip: 10.1.2.5 }]', 'resources: [{ name: orders-db, ip: 10.1.2.5, publicIp: 54.210.10.20 }]')}`);

function kindOf(name: string): string {
  const e = idx.resolve(name);
  return 'error' in e ? `error: ${e.error}` : e.kind;
}

describe('resolveEndpoint', () => {
  it('resolves hosts, sites, VPCs and resources by name', () => {
    expect(kindOf('app1')).toBe('onprem');
    expect(kindOf('hq')).toBe('onprem');
    expect(kindOf('prod')).toBe('vpc');
    expect(kindOf('orders-db')).toBe('vpc');
    const site = idx.resolve('hq');
    expect('error' in site ? undefined : site.kind === 'onprem' && site.address?.text).toBe('10.0.0.0');
  });

  it('resolves bare IPs: host, resource, public IP, inside a site or VPC, or the public internet', () => {
    const host = idx.resolve('10.0.1.10');
    expect(!('error' in host) && host.kind === 'onprem' && host.host?.name).toBe('app1');
    const res = idx.resolve('10.1.2.5');
    expect(!('error' in res) && res.kind === 'vpc' && res.resource?.name).toBe('orders-db');
    const pub = idx.resolve('54.210.10.20');
    expect(!('error' in pub) && pub.kind === 'public' && pub.region).toBe('us-east-1');
    expect(kindOf('10.50.3.3')).toBe('onprem');
    expect(kindOf('10.1.99.1')).toBe('vpc');
    expect(kindOf('8.8.8.8')).toBe('internet');
  });

  it('resolves services, with the default region or an explicit one, and internet', () => {
    const s3 = idx.resolve('s3');
    expect(!('error' in s3) && s3.kind === 'service' && `${s3.service}@${s3.region}`).toBe('s3@us-east-1');
    const eu = idx.resolve('dynamodb@eu-west-1');
    expect(!('error' in eu) && eu.kind === 'service' && eu.region).toBe('eu-west-1');
    expect(kindOf('anything@ap-southeast-2')).toBe('service');
    expect(kindOf('internet')).toBe('internet');
  });

  it('explains a name that stands for nothing, with a did-you-mean', () => {
    expect(kindOf('ordrs-db')).toBe(
      'error: ordrs-db is not a host, site, VPC, resource, IP address, service (s3, s3@eu-west-1) or `internet` in this topology; did you mean orders-db?',
    );
    expect(kindOf('hq-r1')).toMatch(/^error: hq-r1 is a router, not an endpoint/);
    expect(kindOf('s3@us-east1')).toBe('error: us-east1 in s3@us-east1 is not an AWS region code; did you mean s3@us-east-1?');
    expect(kindOf('@us-east-1')).toMatch(/names no service/);
    expect(kindOf('192.168.7.7')).toMatch(/is a private address in no site's and no VPC's CIDRs/);
    expect(kindOf('dynamdb')).toMatch(/did you mean dynamodb\?$/);
  });

  it('a bare service needs a defaultRegion', () => {
    const noDefault = index(SITES.replace('defaultRegion: us-east-1\n', ''));
    const e = noDefault.resolve('s3');
    expect('error' in e && e.error).toBe('s3 is a service but the topology has no defaultRegion: write s3@<region>, e.g. s3@us-east-1');
  });

  it('route returns the resolution error', () => {
    expect(idx.route('app1', 'nowhere')).toEqual({ error: expect.stringContaining('nowhere is not a host') });
    expect(idx.route('nowhere', 'app1')).toEqual({ error: expect.stringContaining('nowhere is not a host') });
  });
});
