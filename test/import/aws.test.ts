// `dxplan import aws`: describe-* output (fixtures/aws/estate: two regions, pagination pages,
// deleted objects, a Gateway Load Balancer endpoint, unknown fields) in, a topology out.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateBytes } from '../../src/engine/validate';
import { importAws, readEstate, type InputFile } from '../../src/import/aws/index';
import { regionFromPath } from '../../src/import/aws/read';
import type { Io } from '../../src/cli/io';
import { schemaLine } from '../../src/cli/schema-line';
import { cli, tempDir } from '../cli/run';

const ROOT = join(__dirname, '..', '..');
const ESTATE = join('fixtures', 'aws', 'estate');

function filesUnder(dir: string, rel = ''): InputFile[] {
  const out: InputFile[] = [];
  for (const name of readdirSync(join(ROOT, dir, rel)).sort()) {
    const path = rel === '' ? name : join(rel, name);
    if (name.endsWith('.json')) out.push({ file: join(dir, path), text: readFileSync(join(ROOT, dir, path), 'utf8') });
    else out.push(...filesUnder(dir, path));
  }
  return out;
}

const files = filesUnder(ESTATE);
const result = importAws(files);
const topo = parse(result.yaml);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML
const byName = (list: { name: string }[]): Record<string, any> => Object.fromEntries(list.map((x) => [x.name, x]));
const lineOf = (re: RegExp) => result.yaml.split('\n').find((l) => re.test(l)) ?? '';

describe('import aws: the two-region estate', () => {
  test('every object becomes an entity carrying its awsId', () => {
    expect(topo.connections.map((c: { awsId: string }) => c.awsId)).toEqual(['dxcon-fgld0003', 'dxcon-fgts0101', 'dxcon-fgts0102', 'dxcon-fgeq0001', 'dxcon-fgcs0002']);
    expect(topo.vifs.map((v: { name: string }) => v.name)).toEqual(['pvif-ld5', 'pvif-legacy', 'tvif-eqdc2', 'tvif-csva1', 'pubvif-csva1']);
    expect(topo.dxgws.map((d: { awsId: string }) => d.awsId)).toEqual(['5f294f92-bf21-410c-9e5f-83bcdd2d1a1e', 'b1c2d3e4-5f60-4718-9a0b-1c2d3e4f5a6b']);
    expect(topo.vpcs.map((v: { name: string; awsId: string }) => `${v.name}=${v.awsId}`)).toEqual([
      'analytics=vpc-0e0e0e0e0e0e00001', 'legacy=vpc-0e0e0e0e0e0e00002', 'prod=vpc-0a1b2c3d4e5f60001', 'ci=vpc-0a1b2c3d4e5f60002',
    ]);
  });

  test('pages of one call add up; deleted, disassociated and detached objects are left out with a note', () => {
    // tvif-* come from page 1, pubvif-csva1 from page 2; the deleted VIF on page 2 is gone.
    expect(topo.vifs.find((v: { awsId: string }) => v.awsId === 'dxvif-fgol0004')).toBeUndefined();
    expect(result.warnings).toContain('dxvif-fgol0004 is left out: its state is deleted (fixtures/aws/estate/us-east-1/dx-virtual-interfaces-page2.json)');
    expect(result.warnings).toContain('2a6b8c1e-0000-4000-8000-000000000003 is left out: its state is disassociated (fixtures/aws/estate/dx-gateway-associations-2.json)');
    expect(byName(topo.tgws)['tgw-use1'].attachments).toEqual(['prod', 'ci']);
    expect(result.warnings).toContain('vpce-0eee5555ffff66660 is left out: dxplan models Interface and Gateway endpoints, not GatewayLoadBalancer');
    // A VGW's detached VPC is not its VPC.
    expect(byName(topo.vgws)['vgw-0legacy000000001'].vpc).toBe('legacy');
  });

  test('a state other than available is kept, and a comment says it', () => {
    expect(byName(topo.connections)['dx-csva1']).toBeDefined();
    expect(lineOf(/- name: dx-csva1 /)).toBe('  - name: dx-csva1 # dxcon-fgcs0002, state: down');
  });

  test('regions: DX objects their own, EC2 objects from the ARN, the DX association, or the folder', () => {
    expect(topo.locations).toEqual([
      { name: 'CSVA1', region: 'us-east-1' }, { name: 'EqDC2', region: 'us-east-1' }, { name: 'LD5', region: 'eu-west-1' }, { name: 'TCSH', region: 'eu-west-1' },
    ]);
    expect(byName(topo.tgws)['tgw-use1'].region).toBe('us-east-1'); // ARN
    expect(byName(topo.vgws)['vgw-analytics'].region).toBe('eu-west-1'); // associatedGateway.region
    expect(byName(topo.vpcs).ci.region).toBe('us-east-1'); // folder
    expect(result.warnings).toContain('1 location that no connection uses is left out (EqNY5)');
  });

  test('values are copied: bandwidth, hosted from partnerName, awsDeviceV2, LAG members and minimumLinks', () => {
    const c = byName(topo.connections);
    expect(c['hosted-ld5']).toMatchObject({ type: 'hosted', bandwidth: '500Mbps', location: 'LD5', awsDevice: 'LD5-26wz6vEXAMPLE' });
    expect(c['dx-eqdc2']).toMatchObject({ type: 'dedicated', bandwidth: '10Gbps', awsDevice: 'EqDC2-2e7u3kdu3gpvf' });
    // LAG members listed inside lags[].connections are connections of the LAG.
    expect(c['lag-tcsh-1']).toMatchObject({ lag: 'lag-tcsh', location: 'TCSH' });
    expect(topo.lags).toEqual([{ name: 'lag-tcsh', awsId: 'dxlag-fgts0001', location: 'TCSH', minimumLinks: 1 }]);
  });

  test('VIFs: asnLong when asn is 0, dual when both families peer, IPv4 peer addresses only, the gateway, no key', () => {
    const v = byName(topo.vifs);
    expect(v['pvif-ld5']).toMatchObject({ type: 'private', connection: 'hosted-ld5', vlan: 201, asn: 4200000001, addressFamily: 'dual', amazonAddress: '169.254.30.1/30', gateway: 'dxgw-private', bgpAuthKey: true });
    expect(v['pvif-legacy']).toMatchObject({ connection: 'lag-tcsh', gateway: 'vgw-0legacy000000001' });
    expect(v['tvif-eqdc2']).toMatchObject({ type: 'transit', vlan: 101, mtu: 8500, gateway: 'dxgw-transit' });
    expect(v['pubvif-csva1']).toMatchObject({ type: 'public', advertise: ['198.51.100.0/24'], amazonAddress: '203.0.113.1/30' });
    expect(result.yaml).not.toContain('0xAbCdEf');
  });

  test('gateways, associations with their allowed prefixes, VPC blocks, endpoints, the VPN', () => {
    expect(byName(topo.dxgws)['dxgw-transit']).toMatchObject({ asn: 64513, associations: [{ gateway: 'tgw-use1', allowedPrefixes: ['10.20.0.0/16', '10.21.0.0/16'] }] });
    expect(byName(topo.tgws)['tgw-use1'].asn).toBe(64514);
    // Every associated block; a disassociated one is not.
    expect(byName(topo.vpcs).prod.cidrs).toEqual(['10.20.0.0/16', '10.120.0.0/16', '2600:1f18:1234:5600::/56']);
    expect(byName(topo.vpcs).prod.endpoints).toEqual([
      { service: 's3', type: 'gateway', awsId: 'vpce-0aaa1111bbbb22220' },
      { service: 'ssm', type: 'interface', azs: 2, awsId: 'vpce-0ccc3333dddd44440' },
    ]);
    expect(topo.vpns).toEqual([{ name: 'vpn-backup', awsId: 'vpn-0f0e0d0c0b0a09081', router: 'hq-fw1', gateway: 'tgw-use1', routing: 'bgp' }]);
  });

  test('a VGW with no AmazonSideAsn is a pre-2018 one: asn TODO naming its legacy default, not 64512', () => {
    expect(byName(topo.vgws)['vgw-0legacy000000001'].asn).toBe('TODO');
    expect(lineOf(/asn: TODO/)).toContain('predates mid-2018');
    expect(lineOf(/asn: TODO/)).toContain('9059 in eu-west-1');
  });

  test('the on-premise side is drafted: a site per customer ASN, a router per connection, a customer gateway as a router', () => {
    expect(topo.sites.map((s: { name: string; asn: number }) => [s.name, s.asn])).toEqual([['onprem-as4200000001', 4200000001], ['onprem-as65010', 65010]]);
    expect(topo.sites[1].routers.map((r: { name: string }) => r.name)).toEqual(['lag-tcsh-1-router', 'lag-tcsh-2-router', 'dx-eqdc2-router', 'dx-csva1-router', 'hq-fw1']);
    expect(byName(topo.connections)['dx-eqdc2'].router).toBe('dx-eqdc2-router');
    expect(topo.sites[0].cidrs).toBe('TODO');
    expect(lineOf(/- name: onprem-as65010/)).toContain('TODO: name this site');
  });

  test('as imported it is a topology validate reads (exit 1 at worst, never 2); no unknown key', () => {
    const report = validateBytes('imported.yaml', Buffer.from(result.yaml));
    expect(report.fatal).toBe(false);
    expect(report.diagnostics.filter((d) => /^schema-unknown-key|^ref-unknown|^yaml-/.test(d.rule))).toEqual([]);
  });

  test('is deterministic', () => {
    expect(importAws(filesUnder(ESTATE)).yaml).toBe(result.yaml);
  });
});

describe('import aws: merging and drafting', () => {
  const vpcs = (id: string, cidr: string, extra: object = {}) => JSON.stringify({ Vpcs: [{ VpcId: id, CidrBlock: cidr, State: 'available', ...extra }] });

  test('the same id in two files is one object; the later file wins and a note says so', () => {
    const r = importAws([
      { file: 'a/us-east-1/vpcs.json', text: vpcs('vpc-01', '10.1.0.0/16') },
      { file: 'b/us-east-1/vpcs.json', text: vpcs('vpc-01', '10.9.0.0/16') },
    ]);
    expect(parse(r.yaml).vpcs).toEqual([{ name: 'vpc-01', awsId: 'vpc-01', region: 'us-east-1', cidrs: ['10.9.0.0/16'] }]);
    expect(r.warnings).toContain('vpc-01 is described in a/us-east-1/vpcs.json and in b/us-east-1/vpcs.json; the fields of b/us-east-1/vpcs.json are used');
  });

  test('region order: the folder, then --region, else a TODO', () => {
    const placed = parse(importAws([{ file: 'x/eu-central-1/vpcs.json', text: vpcs('vpc-01', '10.1.0.0/16') }], { region: 'us-west-2' }).yaml);
    expect(placed.vpcs[0].region).toBe('eu-central-1');
    const flagged = parse(importAws([{ file: 'vpcs.json', text: vpcs('vpc-01', '10.1.0.0/16') }], { region: 'us-west-2' }).yaml);
    expect(flagged.vpcs[0].region).toBe('us-west-2');
    const unknown = importAws([{ file: 'vpcs.json', text: vpcs('vpc-01', '10.1.0.0/16') }]);
    expect(parse(unknown.yaml).vpcs[0].region).toBe('TODO');
    expect(regionFromPath('exports/vpcs-ap-southeast-2.json')).toBe('ap-southeast-2');
    expect(regionFromPath('exports/us-east-1/sub/vpcs.json')).toBe('us-east-1');
  });

  test('objects named but not described are drafted under their id with TODOs; a VIF gives its gateway ASN', () => {
    const vif = { virtualInterfaceId: 'dxvif-1', virtualInterfaceType: 'private', connectionId: 'dxcon-zz1', location: 'EqDC2', region: 'us-east-1', vlan: 5, asn: 65001, amazonSideAsn: 64600, virtualGatewayId: 'vgw-0abc', virtualInterfaceState: 'available' };
    const r = importAws([{ file: 'vifs.json', text: JSON.stringify({ virtualInterfaces: [vif] }) }]);
    const t = parse(r.yaml);
    expect(t.vgws).toEqual([{ name: 'vgw-0abc', awsId: 'vgw-0abc', region: 'TODO', asn: 64600 }]);
    expect(t.connections[0]).toMatchObject({ name: 'dxcon-zz1', type: 'TODO', bandwidth: 'TODO', location: 'EqDC2', router: 'dxcon-zz1-router' });
    expect(r.yaml).toMatch(/- name: vgw-0abc # TODO: virtual private gateway vgw-0abc is described by none of the files \(dxvif-1 names it\)/);
    expect(validateBytes('x.yaml', Buffer.from(r.yaml)).fatal).toBe(false);
  });

  test('a name that is taken or not a valid name falls back to the AWS id', () => {
    const r = importAws([{ file: 'us-east-1/vpcs.json', text: JSON.stringify({ Vpcs: [
      { VpcId: 'vpc-01', CidrBlock: '10.1.0.0/16', Tags: [{ Key: 'Name', Value: 'prod' }] },
      { VpcId: 'vpc-02', CidrBlock: '10.2.0.0/16', Tags: [{ Key: 'Name', Value: 'prod' }] },
      { VpcId: 'vpc-03', CidrBlock: '10.3.0.0/16', Tags: [{ Key: 'Name', Value: 'has space' }] },
    ] }) }]);
    expect(parse(r.yaml).vpcs.map((v: { name: string }) => v.name)).toEqual(['prod', 'vpc-02', 'vpc-03']);
  });

  test('a file that is not JSON, or holds none of the known keys, names the file and the keys', () => {
    expect(() => readEstate([{ file: 'bad.json', text: 'connections: []' }])).toThrow(/^bad\.json is not JSON .*one of the keys connections, lags, virtualInterfaces,/);
    expect(() => readEstate([{ file: 'r.json', text: '{"Reservations": []}' }])).toThrow(/^r\.json has none of the keys dxplan reads \(it holds Reservations\); expected one of connections, lags, .*VpcEndpoints$/);
  });
});

describe('dxplan import aws (command line)', () => {
  test('a folder: the topology on stdout, notes and the TODO count on stderr', async () => {
    const r = await cli(['import', 'aws', ESTATE]);
    expect(r.code).toBe(0);
    // The command adds the yaml-language-server line naming this install's schema.
    expect(r.stdout).toBe(`# ${schemaLine({ cwd: process.cwd() } as Io)}\n${result.yaml}`);
    expect(r.stderr).toContain('dxplan: note: dxvif-fgol0004 is left out: its state is deleted');
    expect(r.stderr).toMatch(/dxplan: \d+ TODOs to fill in; save the topology, complete it, then run: dxplan validate <file>\n$/);
  });

  test('bad input: exit 2 naming the file and the keys expected, and nothing written', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, ESTATE), join(dir, 'estate'), { recursive: true });
    cpSync(join(ROOT, 'fixtures', 'aws', 'bad', 'unknown-key.json'), join(dir, 'estate', 'reservations.json'));
    const r = await cli(['import', 'aws', 'estate', '-o', 'topo.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dxplan: estate\/reservations\.json has none of the keys dxplan reads .*expected one of connections, .*VpcEndpoints\n$/);
    expect(existsSync(join(dir, 'topo.yaml'))).toBe(false);
    const notJson = await cli(['import', 'aws', join(ROOT, 'fixtures', 'aws', 'bad', 'not-json.json')], { cwd: dir });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/not-json\.json is not JSON/);
    mkdirSync(join(dir, 'empty'));
    expect((await cli(['import', 'aws', 'empty'], { cwd: dir })).stderr).toBe('dxplan: empty holds no .json files (the output of AWS CLI describe calls with --output json)\n');
    expect((await cli(['import', 'aws'], { cwd: dir })).code).toBe(2);
    expect((await cli(['import', 'aws', 'estate', '--region', 'mars-1'], { cwd: dir })).stderr).toContain('--region mars-1 is not an AWS region code');
  });

  test('-o never overwrites without --force, and writes atomically', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'topo.yaml'), 'mine\n');
    const refused = await cli(['import', 'aws', join(ROOT, ESTATE), '-o', 'topo.yaml'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'topo.yaml'), 'utf8')).toBe('mine\n');
    const forced = await cli(['import', 'aws', join(ROOT, ESTATE), '-o', 'topo.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'topo.yaml'), 'utf8')).toContain('awsId: dxvif-fgtv0001');
    expect(readdirSync(dir)).toEqual(['topo.yaml']);
  });

  test('done when: the estate imports, validates once its TODOs are filled, and routes from the drafted site', async () => {
    const dir = tempDir();
    expect((await cli(['import', 'aws', join(ROOT, ESTATE), '-o', 'topo.yaml'], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, 'topo.yaml'), 'utf8')
      .replace(/cidrs: TODO.*/, 'cidrs: [192.168.0.0/16]')
      .replace(/cidrs: TODO.*/, 'cidrs: [10.0.0.0/16]')
      // The legacy VGW in eu-west-1: gateway-asn accepts its region's legacy default.
      .replace(/asn: TODO.*/, 'asn: 9059');
    writeFileSync(join(dir, 'topo.yaml'), text);
    const validate = await cli(['validate', 'topo.yaml'], { cwd: dir });
    expect(validate.code).toBe(0);
    const route = await cli(['route', 'onprem-as65010', 'prod', '-f', 'topo.yaml'], { cwd: dir });
    expect(route.code).toBe(0);
    expect(route.stdout).toMatch(/^onprem-as65010 → prod: reachable over Direct Connect, transit VIF/);
  });
});

describe('dxplan import aws --print-collect-script', () => {
  test('prints a POSIX shell script of read-only describe calls, one folder per region', async () => {
    const r = await cli(['import', 'aws', '--print-collect-script', '--regions', 'us-east-1,eu-west-1']);
    expect(r.code).toBe(0);
    const script = r.stdout;
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain('regions="us-east-1 eu-west-1"');
    expect(script).toContain('aws ec2 describe-vpcs --region "$region" --output json > "$out/$region/vpcs.json"');
    for (const call of ['describe-connections', 'describe-lags', 'describe-virtual-interfaces', 'describe-locations', 'describe-vpn-gateways', 'describe-transit-gateways',
      'describe-transit-gateway-attachments', 'describe-vpn-connections', 'describe-customer-gateways', 'describe-vpc-endpoints',
      'describe-direct-connect-gateways', 'describe-direct-connect-gateway-associations', 'describe-direct-connect-gateway-attachments']) {
      expect(script).toContain(` ${call} `);
    }
    expect(script).not.toMatch(/create-|delete-|update-|aws_secret|AWS_ACCESS/i);
    // It parses as a POSIX shell script.
    execFileSync('sh', ['-n'], { input: script });
  });

  test('without --regions it uses the CLI\'s configured region; a bad region is exit 2', async () => {
    expect((await cli(['import', 'aws', '--print-collect-script'])).stdout).toContain('regions="$(aws configure get region)"');
    const bad = await cli(['import', 'aws', '--print-collect-script', '--regions', 'us-east-1,us-esat-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('dxplan: --regions: us-esat-1 is not an AWS region code (e.g. us-east-1,eu-west-1)\n');
  });
});
