// `dxplan import terraform` on a realistic plan: fixtures/terraform/plan.json is written to
// Terraform's documented JSON output format (terraform show -json) for a network with two
// connections, a LAG, private, transit and public VIFs, two Direct Connect gateways (one for
// the VGW, one for the transit gateway), VPCs in a child module, transit gateway attachments,
// a VPN with its customer gateway, and gateway and interface endpoints; several values are
// known only after apply.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateBytes } from '../../src/engine/validate';
import { importTerraform } from '../../src/import/terraform/index';
import { topologyJsonSchema } from '../../src/model/json-schema';
import { RULES } from '../../src/rules/index';
import { validateJsonSchema } from '../schema/mini-json-schema';
import { fillTodos } from './fill-todos';

const SCHEMA_LINE = 'yaml-language-server: $schema=file:///opt/dxplan/schema/topology.schema.json';

const file = join(__dirname, '..', '..', 'fixtures', 'terraform', 'plan.json');
const text = readFileSync(file, 'utf8');
const result = importTerraform(text, 'plan.json', SCHEMA_LINE);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const topo = parse(result.yaml) as any;
const lines = result.yaml.split('\n');
const line = (re: RegExp): string => lines.find((l) => re.test(l)) ?? '';

/** Diagnostics that mean the file is not a well-formed topology (rather than a network finding). */
const STRUCTURAL = /^(schema-|ref-unknown$|yaml-syntax$|name-duplicate$|cidr-invalid$|topology-version$|region-unknown$)/;

describe('import terraform: the fixture plan', () => {
  test('writes a version 1 topology with the schema header for editors', () => {
    expect(lines[0]).toBe(`# ${SCHEMA_LINE}`);
    expect(topo.version).toBe(1);
    expect(topo.defaultRegion).toBe('us-east-1');
  });

  test('maps connections, the LAG and its member, and the locations with their region from the provider', () => {
    expect(topo.locations).toEqual([{ name: 'CSVA1', region: 'us-east-1' }, { name: 'EqDC2', region: 'us-east-1' }]);
    // Named by their `name` argument (or Name tag), not the Terraform label (`primary`).
    expect(topo.connections.map((c: { name: string }) => c.name)).toEqual(['dx-eqdc2-a', 'dx-csva1-b']);
    expect(topo.connections[0]).toMatchObject({ type: 'dedicated', bandwidth: '10Gbps', location: 'EqDC2', awsDevice: 'EqDC2-123h49s71dabc', lag: 'lag-eqdc2', awsId: 'dxcon-fgabc123' });
    expect(topo.connections[1]).toMatchObject({ type: 'dedicated', bandwidth: '10Gbps', location: 'CSVA1' });
    expect(topo.lags).toEqual([{ name: 'lag-eqdc2', location: 'EqDC2' }]);
    expect(line(/^ {2}- name: dx-eqdc2-a/)).toBe('  - name: dx-eqdc2-a # aws_dx_connection.primary (dxcon-fgabc123)');
    expect(line(/^ {2}- name: dx-csva1-b/)).toBe('  - name: dx-csva1-b # aws_dx_connection.secondary (to create)');
  });

  test('leaves the on-premise side as TODOs: the site, its address space, the routers of the connections', () => {
    expect(topo.sites).toHaveLength(1);
    // A real name to rename, so the file's references work meanwhile; its comment says TODO.
    expect(line(/^ {2}- name: onprem/)).toBe('  - name: onprem # TODO: the on-premise site\'s name');
    expect(topo.sites[0]).toMatchObject({ name: 'onprem', asn: 65010, cidrs: 'TODO', routers: [{ name: 'hq-r2' }] });
    expect(line(/^ {4}router: /)).toMatch(/^ {4}router: TODO # TODO: the customer router that terminates dx-eqdc2-a/);
    expect(line(/name: hq-r2/)).toContain('aws_customer_gateway.hq_r2 (cgw-0e1d2c3b4a5968778); 198.51.100.10, BGP ASN 65010');
  });

  test('maps the VIFs with their connection, gateway and peering, resolving new ids through the configuration', () => {
    const vifs = Object.fromEntries(topo.vifs.map((v: { name: string }) => [v.name, v]));
    expect(Object.keys(vifs)).toEqual(['vif-prod', 'vif-prod-b', 'vif-public', 'vif-transit']);
    expect(vifs['vif-prod']).toMatchObject({ type: 'private', connection: 'lag-eqdc2', vlan: 101, asn: 65010, amazonAddress: '169.254.10.1/30', customerAddress: '169.254.10.2/30', mtu: 9001, gateway: 'dxgw-main', bgpAuthKey: true });
    expect(vifs['vif-prod-b']).toMatchObject({ type: 'private', connection: 'dx-csva1-b', vlan: 101, amazonAddress: 'TODO', customerAddress: 'TODO', gateway: 'dxgw-main' });
    // AWS always sets a key (it generates one when none is given).
    expect(vifs['vif-prod-b'].bgpAuthKey).toBe(true);
    expect(vifs['vif-public']).toMatchObject({ type: 'public', connection: 'lag-eqdc2', vlan: 102, bgpAuthKey: true, advertise: ['198.51.100.0/24'] });
    expect(vifs['vif-public'].mtu).toBeUndefined();
    expect(vifs['vif-transit']).toMatchObject({ type: 'transit', connection: 'dx-csva1-b', vlan: 200, mtu: 8500, gateway: 'dxgw-transit' });
  });

  test('never writes a BGP key, only whether one is set', () => {
    expect(text).toContain('example-not-a-real-md5-key');
    expect(result.yaml).not.toContain('example-not-a-real-md5-key');
  });

  test('maps gateways, associations with allowed prefixes, attachments and VPCs from the child module', () => {
    expect(topo.vgws).toEqual([{ name: 'vgw-prod', region: 'us-east-1', vpc: 'prod', asn: 64512 }]);
    expect(topo.dxgws).toEqual([
      { name: 'dxgw-main', asn: 64513, associations: [{ gateway: 'vgw-prod', allowedPrefixes: ['10.1.0.0/16', '10.3.0.0/16'] }] },
      { name: 'dxgw-transit', asn: 64515, associations: [{ gateway: 'tgw-east', allowedPrefixes: ['10.2.0.0/16', '10.20.0.0/16'] }] },
    ]);
    expect(topo.tgws).toEqual([{ name: 'tgw-east', region: 'us-east-1', asn: 64514, attachments: ['vpc-0f9e8d7c6b5a40099', 'shared'] }]);
    expect(topo.vpcs.map((v: { name: string }) => v.name)).toEqual(['prod', 'shared', 'vpc-0f9e8d7c6b5a40099']);
    expect(topo.vpcs[0]).toMatchObject({ region: 'us-east-1', cidrs: ['10.1.0.0/16', '10.3.0.0/16'] });
    expect(topo.vpcs[1]).toMatchObject({ region: 'us-east-1', cidrs: ['10.2.0.0/16'] });
  });

  test('a VPC outside the plan, known by id, is a stub to complete', () => {
    expect(topo.vpcs[2]).toEqual({ name: 'vpc-0f9e8d7c6b5a40099', awsId: 'vpc-0f9e8d7c6b5a40099', region: 'TODO', cidrs: 'TODO' });
    expect(line(/- name: vpc-0f9e8d7c6b5a40099/)).toContain('TODO: VPC vpc-0f9e8d7c6b5a40099 is not in this plan (aws_ec2_transit_gateway_vpc_attachment.legacy uses it)');
  });

  test('maps endpoints: service and region from the service name, azs from the subnets', () => {
    expect(topo.vpcs[0].endpoints).toEqual([
      { service: 'execute-api', type: 'interface', azs: 'TODO' },
      { service: 'ssm', type: 'interface', azs: 2 },
      { service: 's3', type: 'gateway' },
    ]);
    expect(line(/service: s3/)).toContain('module.network.aws_vpc_endpoint.s3 (com.amazonaws.us-east-1.s3)');
  });

  test('maps the VPN to its customer gateway router and VGW', () => {
    expect(topo.vpns).toEqual([{ name: 'vpn-backup', router: 'hq-r2', gateway: 'vgw-prod', routing: 'bgp' }]);
  });

  test('reports every value known only after apply, and writes it as a TODO', () => {
    expect(result.unknowns.map((u) => `${u.path}: ${u.text}`)).toEqual([
      'connections[1].awsDevice: (known after apply) aws_dx_connection.secondary.aws_device',
      'vifs[1].amazonAddress: (known after apply) aws_dx_private_virtual_interface.prod_b.amazon_address',
      'vifs[1].customerAddress: (known after apply) aws_dx_private_virtual_interface.prod_b.customer_address',
      'vpcs[0].endpoints[0].azs: (known after apply) module.network.aws_vpc_endpoint.interface["execute-api"].subnet_ids',
    ]);
    expect(line(/amazonAddress: TODO/)).toMatch(/# TODO: known after apply \(aws_dx_private_virtual_interface\.prod_b\.amazon_address\)/);
    expect(result.warnings).toEqual([]);
  });

  test('every TODO placeholder carries a TODO comment on its line', () => {
    const placeholders = lines.filter((l) => /:\s+TODO(\s|$)/.test(l));
    expect(placeholders.length).toBe(result.todos.filter((t) => t.placeholder).length);
    for (const l of placeholders) expect(l).toMatch(/: TODO # TODO: \S/);
    expect(result.todoCount).toBe((result.yaml.match(/TODO:/g) ?? []).length);
  });

  test('as imported it does not validate (the TODOs are reported), and it says where', () => {
    const report = validateBytes('imported.yaml', Buffer.from(result.yaml));
    expect(report.diagnostics.some((d) => d.rule === 'ref-unknown' && /TODO/.test(d.message))).toBe(true);
    expect(report.diagnostics.some((d) => d.rule === 'schema-type')).toBe(true);
  });

  test('with the TODOs filled in, it is a well-formed topology: no schema, reference or syntax errors', () => {
    const filled = fillTodos(result.yaml);
    expect(filled).not.toMatch(/:\s+TODO\b/);
    const report = validateBytes('imported.yaml', Buffer.from(filled));
    const structural = report.diagnostics.filter((d) => STRUCTURAL.test(d.rule)).map((d) => `${d.line}: ${d.rule} ${d.message}`);
    expect(structural).toEqual([]);
    expect(report.fatal).toBe(false);
    // And the shipped JSON Schema (what editors check) agrees.
    const schema = topologyJsonSchema(RULES.map((r) => r.meta.id));
    expect(validateJsonSchema(schema, parse(filled))).toEqual([]);
  });

  test('is deterministic', () => {
    expect(importTerraform(text, 'plan.json', SCHEMA_LINE).yaml).toBe(result.yaml);
  });
});
