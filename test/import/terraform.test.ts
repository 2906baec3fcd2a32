// `import terraform` case by case, on small plans built in Terraform's JSON format.
import { parse } from 'yaml';
import { importTerraform, TerraformInputError } from '../../src/import/terraform/index';
import { sanitizeName } from '../../src/import/terraform/map';
import { plan, state, type TfRes } from './tf';

const SCHEMA_LINE = 'yaml-language-server: $schema=file:///opt/dxplan/schema/topology.schema.json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const run = (json: string): { topo: any; yaml: string; unknowns: string[]; warnings: string[] } => {
  const r = importTerraform(json, 'plan.json', SCHEMA_LINE);
  return { topo: parse(r.yaml), yaml: r.yaml, unknowns: r.unknowns.map((u) => `${u.path}: ${u.text}`), warnings: r.warnings };
};
const lineOf = (yaml: string, re: RegExp): string => yaml.split('\n').find((l) => re.test(l)) ?? '';

const DXCON: TfRes = { address: 'aws_dx_connection.a', values: { id: 'dxcon-aaaa1111', bandwidth: '1Gbps', location: 'EqDC2', aws_device: 'EqDC2-xyz' }, action: 'no-op' };
const VPC: TfRes = { address: 'aws_vpc.prod', values: { id: 'vpc-0aaa', cidr_block: '10.1.0.0/16' }, action: 'no-op' };

describe('names', () => {
  test('sanitises Terraform names: underscores to hyphens, index keys appended', () => {
    expect(sanitizeName('prod_b')).toBe('prod-b');
    expect(sanitizeName('dx["eu west"]')).toBe('dx-eu-west');
    expect(sanitizeName('__')).toBe('unnamed');
  });

  test('count and for_each instances get their index; generic names in modules take the module name', () => {
    const { topo } = run(plan([
      { address: 'aws_vpc.net[0]', values: { cidr_block: '10.1.0.0/16' }, unknown: ['id'] },
      { address: 'aws_vpc.net[1]', values: { cidr_block: '10.2.0.0/16' }, unknown: ['id'] },
      { address: 'aws_vpc.by_env["prod_eu"]', values: { cidr_block: '10.3.0.0/16' }, unknown: ['id'] },
      { address: 'module.edge.aws_vpc.this', values: { cidr_block: '10.4.0.0/16' }, unknown: ['id'] },
    ]));
    expect(topo.vpcs.map((v: { name: string }) => v.name)).toEqual(['by-env-prod-eu', 'net-0', 'net-1', 'edge']);
  });

  test('the same Terraform name on different kinds: the VPC keeps it, the others get a kind suffix', () => {
    const { topo } = run(plan([
      VPC,
      { address: 'aws_vpn_gateway.prod', values: { vpc_id: 'vpc-0aaa', amazon_side_asn: '64512' }, unknown: ['id'] },
      { address: 'aws_dx_gateway.prod', values: { amazon_side_asn: '64513' }, unknown: ['id'] },
    ]));
    expect(topo.vpcs[0].name).toBe('prod');
    expect(topo.vgws[0].name).toBe('prod-vgw');
    expect(topo.dxgws[0].name).toBe('prod-dxgw');
  });

  test('a location code takes precedence over a resource of the same name', () => {
    const { topo } = run(plan([{ ...DXCON, address: 'aws_dx_connection.EqDC2' }]));
    expect(topo.locations[0].name).toBe('EqDC2');
    expect(topo.connections[0]).toMatchObject({ name: 'EqDC2-dx', location: 'EqDC2' });
  });
});

describe('references', () => {
  test('by id where the plan knows it', () => {
    const { topo } = run(plan([VPC, { address: 'aws_vpn_gateway.v', values: { id: 'vgw-01', vpc_id: 'vpc-0aaa', amazon_side_asn: '64512' }, action: 'no-op' }]));
    expect(topo.vgws[0]).toEqual({ name: 'v', awsId: 'vgw-01', region: 'us-east-1', vpc: 'prod', asn: 64512 });
  });

  test('an unknown id follows the configuration reference to the one resource it names', () => {
    const { topo, unknowns } = run(plan([
      { address: 'aws_vpc.prod', values: { cidr_block: '10.1.0.0/16' }, unknown: ['id'] },
      { address: 'aws_vpn_gateway.v', values: { amazon_side_asn: '64512' }, unknown: ['id', 'vpc_id'], expressions: { vpc_id: { references: ['aws_vpc.prod.id', 'aws_vpc.prod'] } } },
    ]));
    expect(topo.vgws[0].vpc).toBe('prod');
    expect(unknowns).toEqual([]);
  });

  test('through a module output, and through a module variable', () => {
    const { topo } = run(plan([
      { address: 'module.net.aws_vpc.main', values: { cidr_block: '10.1.0.0/16' }, unknown: ['id'] },
      { address: 'aws_vpn_gateway.v', values: { amazon_side_asn: '64512' }, unknown: ['id', 'vpc_id'], expressions: { vpc_id: { references: ['module.net.vpc_id', 'module.net'] } } },
      { address: 'module.gw.aws_ec2_transit_gateway.hub', values: { amazon_side_asn: 64514 }, unknown: ['id'] },
      { address: 'module.gw.aws_ec2_transit_gateway_vpc_attachment.a', values: {}, unknown: ['id', 'vpc_id', 'transit_gateway_id'], expressions: { vpc_id: { references: ['var.vpc_id'] }, transit_gateway_id: { references: ['aws_ec2_transit_gateway.hub.id', 'aws_ec2_transit_gateway.hub'] } } },
    ], {
      moduleCalls: {
        net: { outputs: { vpc_id: { expression: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } } } },
        gw: { expressions: { vpc_id: { references: ['module.net.vpc_id', 'module.net'] } } },
      },
    }));
    // `main` inside module.net is a generic name: the VPC is called after the module.
    expect(topo.vpcs[0].name).toBe('net');
    expect(topo.vgws[0].vpc).toBe('net');
    expect(topo.tgws[0]).toMatchObject({ name: 'hub', attachments: ['net'] });
  });

  test('a reference it cannot pin to one instance is a TODO, not a guess', () => {
    const { topo, yaml, unknowns } = run(plan([
      { address: 'aws_dx_connection.c[0]', values: { bandwidth: '10Gbps', location: 'EqDC2' }, unknown: ['id'] },
      { address: 'aws_dx_connection.c[1]', values: { bandwidth: '10Gbps', location: 'EqDC2' }, unknown: ['id'] },
      { address: 'aws_dx_private_virtual_interface.v', values: { vlan: 10, bgp_asn: 65000, address_family: 'ipv4' }, unknown: ['id', 'connection_id'], expressions: { connection_id: { references: ['aws_dx_connection.c', 'count.index'] } } },
    ]));
    expect(topo.vifs[0].connection).toBe('TODO');
    expect(lineOf(yaml, /connection: TODO/)).toContain('TODO: the Direct Connect connection or LAG: known after apply (aws_dx_private_virtual_interface.v.connection_id), and the configuration names no single resource');
    expect(unknowns).toEqual(['vifs[0].connection: (known after apply) aws_dx_private_virtual_interface.v.connection_id']);
  });

  test('an id outside the plan becomes a stub named by the id, with TODOs for what it needs', () => {
    const { topo, yaml } = run(plan([
      DXCON,
      { address: 'aws_dx_private_virtual_interface.v', values: { vlan: 10, bgp_asn: 65000, connection_id: 'dxcon-aaaa1111', dx_gateway_id: '5f0b6c3e-1a2b-4c3d-8e9f-001122334455' }, unknown: ['id'] },
      { address: 'aws_vpn_connection.x', values: { customer_gateway_id: 'cgw-0bbb', transit_gateway_id: 'tgw-0ccc', static_routes_only: true }, unknown: ['id'] },
    ]));
    expect(topo.dxgws).toEqual([{ name: '5f0b6c3e-1a2b-4c3d-8e9f-001122334455', awsId: '5f0b6c3e-1a2b-4c3d-8e9f-001122334455', asn: 'TODO' }]);
    expect(topo.vifs[0].gateway).toBe('5f0b6c3e-1a2b-4c3d-8e9f-001122334455');
    expect(topo.tgws).toEqual([{ name: 'tgw-0ccc', awsId: 'tgw-0ccc', region: 'TODO' }]);
    expect(topo.sites[0].routers).toEqual([{ name: 'cgw-0bbb', awsId: 'cgw-0bbb' }]);
    expect(topo.vpns[0]).toEqual({ name: 'x', router: 'cgw-0bbb', gateway: 'tgw-0ccc', routing: 'static' });
    expect(lineOf(yaml, /name: tgw-0ccc/)).toContain('TODO: transit gateway tgw-0ccc is not in this plan (aws_vpn_connection.x uses it)');
  });

  test('an id of the wrong kind is a TODO that says what it is', () => {
    const { topo, yaml } = run(plan([VPC, { address: 'aws_vpn_gateway.v', values: { id: 'vgw-01', vpc_id: 'vgw-01', amazon_side_asn: '64512' } }]));
    expect(topo.vgws[0].vpc).toBe('TODO');
    expect(lineOf(yaml, /vpc: TODO/)).toContain('vgw-01 is virtual private gateway v');
  });
});

describe('what Terraform does not know', () => {
  test('no provider region: locations, VPCs and gateways get a region TODO', () => {
    const { topo, yaml } = run(plan([DXCON, VPC], { region: null }));
    expect(topo.locations[0]).toEqual({ name: 'EqDC2', region: 'TODO' });
    expect(topo.vpcs[0].region).toBe('TODO');
    expect(topo.defaultRegion).toBeUndefined();
    expect(lineOf(yaml, /region: TODO/)).toContain('TODO: the AWS region EqDC2 is associated with');
  });

  test('the region comes from a variable, or from the resource\'s own region argument (provider v6)', () => {
    const withVar = JSON.parse(plan([VPC], { region: null, variables: { region: 'eu-west-1' } }));
    withVar.configuration.provider_config.aws.expressions = { region: { references: ['var.region'] } };
    expect(run(JSON.stringify(withVar)).topo.vpcs[0].region).toBe('eu-west-1');
    const own = run(plan([{ ...VPC, values: { ...VPC.values, region: 'eu-central-1' } }]));
    expect(own.topo.vpcs[0].region).toBe('eu-central-1');
  });

  test('connections in two regions at one location: the location region is a TODO naming both', () => {
    const { topo, yaml } = run(plan([DXCON, { ...DXCON, address: 'aws_dx_connection.b', values: { ...DXCON.values, id: 'dxcon-b', region: 'us-west-2' } }]));
    expect(topo.locations[0].region).toBe('TODO');
    expect(lineOf(yaml, /region: TODO/)).toContain('us-east-1 and us-west-2');
  });

  test('unknown values are TODOs listed with their Terraform attribute', () => {
    const { topo, unknowns } = run(plan([
      DXCON,
      { address: 'aws_dx_public_virtual_interface.p', values: { vlan: 20, bgp_asn: 65000, connection_id: 'dxcon-aaaa1111', amazon_address: '203.0.113.1/30', customer_address: '203.0.113.2/30' }, unknown: ['id', 'route_filter_prefixes', 'bgp_auth_key'] },
      { address: 'aws_vpc.ipam', values: {}, unknown: ['id', 'cidr_block'] },
    ]));
    // AWS always sets a BGP key, generating one when none is given: not an unknown.
    expect(topo.vifs[0]).toMatchObject({ advertise: 'TODO', bgpAuthKey: true });
    expect(topo.vpcs[0].cidrs).toBe('TODO');
    expect(unknowns).toEqual([
      'vifs[0].advertise: (known after apply) aws_dx_public_virtual_interface.p.route_filter_prefixes',
      'vpcs[0].cidrs: (known after apply) aws_vpc.ipam.cidr_block',
    ]);
  });

  test('a TGW association without known allowed prefixes is a TODO; a VGW one keeps the VPC default', () => {
    const { topo, yaml } = run(plan([
      VPC,
      { address: 'aws_dx_gateway.g', values: { id: 'dxgw-1', amazon_side_asn: '64513' } },
      { address: 'aws_vpn_gateway.v', values: { id: 'vgw-1', vpc_id: 'vpc-0aaa', amazon_side_asn: '64512' } },
      { address: 'aws_ec2_transit_gateway.t', values: { id: 'tgw-1', amazon_side_asn: 64514 } },
      { address: 'aws_dx_gateway_association.v', values: { dx_gateway_id: 'dxgw-1', associated_gateway_id: 'vgw-1' }, unknown: ['id', 'allowed_prefixes'] },
      { address: 'aws_dx_gateway_association.t', values: { dx_gateway_id: 'dxgw-1', associated_gateway_id: 'tgw-1' }, unknown: ['id', 'allowed_prefixes'] },
    ]));
    expect(topo.dxgws[0].associations).toEqual([{ gateway: 't', allowedPrefixes: 'TODO' }, { gateway: 'v' }]);
    expect(yaml).toContain('# TODO: allowedPrefixes: known after apply (aws_dx_gateway_association.v.allowed_prefixes); AWS and dxplan both default to the VPC\'s CIDRs');
  });

  test('a resource whose parent is unknown is left out with a TODO and a warning', () => {
    const { topo, yaml, warnings } = run(plan([
      VPC,
      { address: 'aws_vpc_endpoint.e', values: { service_name: 'com.amazonaws.us-east-1.s3', vpc_endpoint_type: 'Gateway' }, unknown: ['id', 'vpc_id'] },
    ]));
    expect(topo.vpcs[0].endpoints).toBeUndefined();
    expect(warnings).toEqual(['aws_vpc_endpoint.e is left out: its VPC is unknown (known after apply (aws_vpc_endpoint.e.vpc_id), and the configuration names no single resource)']);
    expect(yaml).toMatch(/# TODO: aws_vpc_endpoint\.e is left out/);
  });
});

describe('mapping details', () => {
  test('endpoints: a service in another region is written service@region; other endpoint types are left out', () => {
    const { topo, warnings } = run(plan([
      VPC,
      { address: 'aws_vpc_endpoint.x', values: { vpc_id: 'vpc-0aaa', service_name: 'com.amazonaws.eu-west-1.s3', vpc_endpoint_type: 'Interface', subnet_ids: ['subnet-1', 'subnet-2', 'subnet-3'] }, unknown: ['id'] },
      { address: 'aws_vpc_endpoint.g', values: { vpc_id: 'vpc-0aaa', service_name: 'com.amazonaws.us-east-1.dynamodb', vpc_endpoint_type: 'Gateway' }, unknown: ['id'] },
      { address: 'aws_vpc_endpoint.lb', values: { vpc_id: 'vpc-0aaa', service_name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123', vpc_endpoint_type: 'GatewayLoadBalancer' }, unknown: ['id'] },
    ]));
    expect(topo.vpcs[0].endpoints).toEqual([{ service: 'dynamodb', type: 'gateway' }, { service: 's3@eu-west-1', type: 'interface', azs: 3 }]);
    expect(warnings).toEqual(['aws_vpc_endpoint.lb is left out: dxplan models Interface and Gateway endpoints, not GatewayLoadBalancer']);
  });

  test('LAG membership from aws_dx_connection_association; hosted speeds; MACsec', () => {
    const { topo } = run(plan([
      { ...DXCON, values: { ...DXCON.values, bandwidth: '10Gbps', request_macsec: true } },
      { address: 'aws_dx_connection.h', values: { id: 'dxcon-h', bandwidth: '500Mbps', location: 'EqDC2' } },
      { address: 'aws_dx_lag.l', values: { id: 'dxlag-1', location: 'EqDC2', connections_bandwidth: '10Gbps' } },
      { address: 'aws_dx_connection_association.m', values: { connection_id: 'dxcon-aaaa1111', lag_id: 'dxlag-1' } },
    ]));
    expect(topo.connections[0]).toMatchObject({ name: 'a', type: 'dedicated', macsec: true, lag: 'l' });
    expect(topo.connections[1]).toMatchObject({ name: 'h', type: 'hosted', bandwidth: '500Mbps' });
  });

  test('VPC secondary CIDRs, VGW attachments and static VPN routes', () => {
    const { topo } = run(plan([
      VPC,
      { address: 'aws_vpc_ipv4_cidr_block_association.b', values: { vpc_id: 'vpc-0aaa', cidr_block: '10.9.0.0/16' } },
      { address: 'aws_vpn_gateway.v', values: { id: 'vgw-1', amazon_side_asn: '64512' } },
      { address: 'aws_vpn_gateway_attachment.a', values: { vpn_gateway_id: 'vgw-1', vpc_id: 'vpc-0aaa' } },
      { address: 'aws_customer_gateway.hq', values: { id: 'cgw-1', bgp_asn: '65010', ip_address: '198.51.100.1' } },
      { address: 'aws_vpn_connection.s', values: { id: 'vpn-1', customer_gateway_id: 'cgw-1', vpn_gateway_id: 'vgw-1', static_routes_only: true } },
      { address: 'aws_vpn_connection_route.r1', values: { vpn_connection_id: 'vpn-1', destination_cidr_block: '10.0.0.0/16' } },
    ]));
    expect(topo.vpcs[0].cidrs).toEqual(['10.1.0.0/16', '10.9.0.0/16']);
    expect(topo.vgws[0].vpc).toBe('prod');
    expect(topo.vpns[0]).toEqual({ name: 's', awsId: 'vpn-1', router: 'hq', gateway: 'v', routing: 'static', staticRoutes: ['10.0.0.0/16'] });
    expect(topo.sites[0]).toMatchObject({ name: 'onprem', asn: 65010, routers: [{ name: 'hq', awsId: 'cgw-1' }] });
  });

  test('without customer gateways the site\'s routers are a TODO', () => {
    const { topo } = run(plan([DXCON]));
    expect(topo.sites[0]).toEqual({ name: 'onprem', cidrs: 'TODO', routers: 'TODO' });
  });

  test('a plan with only VPCs has no on-premise site', () => {
    const { topo } = run(plan([VPC]));
    expect(topo.sites).toBeUndefined();
  });

  test('resources being destroyed are not imported; data sources describe existing objects', () => {
    const doc = JSON.parse(plan([VPC]));
    doc.prior_state = { format_version: '1.0', values: { root_module: { resources: [
      { address: 'aws_vpc.old', mode: 'managed', type: 'aws_vpc', name: 'old', values: { id: 'vpc-0old', cidr_block: '10.8.0.0/16' } },
      { address: 'data.aws_vpc.shared', mode: 'data', type: 'aws_vpc', name: 'shared', values: { id: 'vpc-0shr', cidr_block: '10.7.0.0/16', cidr_block_associations: [{ cidr_block: '10.7.0.0/16' }, { cidr_block: '10.6.0.0/16' }] } },
    ] } } };
    const { topo } = run(JSON.stringify(doc));
    expect(topo.vpcs.map((v: { name: string; cidrs: string[] }) => [v.name, v.cidrs])).toEqual([['prod', ['10.1.0.0/16']], ['shared', ['10.7.0.0/16', '10.6.0.0/16']]]);
  });

  test('reads a state as well as a plan', () => {
    const r = importTerraform(state([DXCON, VPC]), 'state.json', SCHEMA_LINE);
    const topo = parse(r.yaml);
    expect(topo.connections[0]).toMatchObject({ name: 'a', bandwidth: '1Gbps', location: 'EqDC2' });
    expect(topo.vpcs[0]).toMatchObject({ name: 'prod', cidrs: ['10.1.0.0/16'], region: 'TODO' });
    expect(r.yaml).toContain('from state.json (a state of Terraform 1.9.8)');
  });

  test('a plan without any supported resource says so', () => {
    const r = importTerraform(plan([{ address: 'aws_s3_bucket.b', values: { bucket: 'x' } }]), 'plan.json', SCHEMA_LINE);
    expect(r.warnings).toEqual(['no Direct Connect, VPN, transit gateway or VPC resources in this plan']);
    expect(parse(r.yaml)).toEqual({ version: 1 });
  });
});

describe('bad input', () => {
  const reject = (text: string) => {
    try {
      importTerraform(text, 'in.json', SCHEMA_LINE);
    } catch (err) {
      expect(err).toBeInstanceOf(TerraformInputError);
      const message = (err as Error).message;
      expect(message).not.toContain('\n');
      return message;
    }
    throw new Error('accepted');
  };

  test.each([
    ['not JSON', 'resource "aws_vpc" "x" {}', /^in\.json is not JSON \(.+\); expected the output of terraform show -json$/],
    ['a binary plan', 'PK\u0003\u0004\u0014\u0000binary', /^in\.json is a binary plan file; convert it first: terraform show -json in\.json > plan\.json$/],
    ['terraform plan -json logs', '{"@level":"info","@message":"Terraform 1.9.8"}\n{"@level":"info"}', /terraform plan -json` log output, not a plan/],
    ['a JSON array', '[]', /^in\.json is not Terraform JSON output/],
    ['no format_version', '{"resources": []}', /no format_version/],
    ['a future format', '{"format_version": "2.0", "planned_values": {}}', /format_version 2\.0; dxplan reads Terraform JSON format 1\.x/],
    ['an empty state', '{"format_version": "1.0"}', /holds no resources/],
  ])('%s', (_what, text, message) => {
    expect(reject(text)).toMatch(message);
  });

  test('a byte-order mark is fine', () => {
    expect(() => importTerraform(`\uFEFF${plan([VPC])}`, 'p.json', SCHEMA_LINE)).not.toThrow();
  });
});

describe('field-trial fixes', () => {
  test('names come from the `name` argument or the Name tag, not the Terraform label', () => {
    const { topo } = run(plan([
      { ...DXCON, address: 'aws_dx_connection.csva1', values: { ...DXCON.values, name: 'dx-csva1' } },
      { address: 'aws_dx_transit_virtual_interface.csva1', values: { id: 'dxvif-1', name: 'tvif-csva1', vlan: 10, bgp_asn: 65000, connection_id: 'dxcon-aaaa1111' } },
      { address: 'aws_vpc.a', values: { id: 'vpc-0aaa', cidr_block: '10.1.0.0/16', tags: { Name: 'prod-east', env: 'prod' } } },
    ]));
    expect(topo.vifs[0].name).toBe('tvif-csva1');
    expect(topo.connections[0].name).toBe('dx-csva1');
    expect(topo.vpcs[0].name).toBe('prod-east');
  });

  test('a given name already taken falls back to the label', () => {
    const { topo } = run(plan([
      { address: 'aws_vpc.a', values: { id: 'vpc-0aaa', cidr_block: '10.1.0.0/16', tags: { Name: 'prod' } } },
      { address: 'aws_vpc.b', values: { id: 'vpc-0bbb', cidr_block: '10.2.0.0/16', tags: { Name: 'prod' } } },
    ]));
    expect(topo.vpcs.map((v: { name: string }) => v.name)).toEqual(['prod', 'b']);
  });

  test('the region comes from the ARN a state records when the provider does not say', () => {
    const { topo } = run(plan([
      { address: 'aws_ec2_transit_gateway.t', values: { id: 'tgw-1', arn: 'arn:aws:ec2:eu-west-1:123456789012:transit-gateway/tgw-1', amazon_side_asn: 64514 } },
    ], { region: null }));
    expect(topo.tgws[0].region).toBe('eu-west-1');
  });

  test('hosted VIFs and their accepters: the VIF from the connection owner, the gateway from the accepter', () => {
    const { topo, yaml } = run(plan([
      DXCON,
      { address: 'aws_dx_gateway.g', values: { id: 'dxgw-1', name: 'dxgw-hosted', amazon_side_asn: '64513' } },
      { address: 'aws_dx_hosted_private_virtual_interface.h', values: { id: 'dxvif-h1', name: 'hvif-a', vlan: 300, bgp_asn: 65020, connection_id: 'dxcon-aaaa1111', owner_account_id: '210987654321', amazon_address: '169.254.50.1/30', customer_address: '169.254.50.2/30', mtu: 1500 } },
      { address: 'aws_dx_hosted_private_virtual_interface_accepter.h', values: { id: 'dxvif-h1', virtual_interface_id: 'dxvif-h1', dx_gateway_id: 'dxgw-1' } },
      { address: 'aws_dx_hosted_transit_virtual_interface_accepter.t', values: { id: 'dxvif-t9', virtual_interface_id: 'dxvif-t9', dx_gateway_id: 'dxgw-1', tags: { Name: 'htvif-b' } } },
    ]));
    expect(topo.vifs).toHaveLength(2);
    expect(topo.vifs[0]).toMatchObject({ name: 'hvif-a', type: 'private', connection: 'a', vlan: 300, asn: 65020, gateway: 'dxgw-hosted', bgpAuthKey: true, awsId: 'dxvif-h1' });
    // Only the accepter: the VIF's connection and VLAN are in the other account.
    expect(topo.vifs[1]).toMatchObject({ name: 'htvif-b', type: 'transit', connection: 'TODO', vlan: 'TODO', gateway: 'dxgw-hosted', awsId: 'dxvif-t9' });
    expect(lineOf(yaml, /connection: TODO/)).toContain('the account that owns the connection');
  });

  test('sitelink_enabled maps to sitelink', () => {
    const { topo } = run(plan([
      DXCON,
      { address: 'aws_dx_private_virtual_interface.v', values: { id: 'dxvif-1', vlan: 10, bgp_asn: 65000, connection_id: 'dxcon-aaaa1111', sitelink_enabled: true } },
    ]));
    expect(topo.vifs[0].sitelink).toBe(true);
  });
});
