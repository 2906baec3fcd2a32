// What a name on the command line (or in `traffic` / `intents`) stands for: an on-premise
// address, a VPC address, an AWS service in a region, a resource's public IP, or the internet.
import { formatAddress, isPublicAddress, parseAddress, type Address, type Prefix } from '../net/prefix';
import { isRegion, REGIONS } from '../net/regions';
import type { Host, Resource, Site, Topology, Vpc } from '../model/types';
import { suggest } from '../util/suggest';
import type { Graph } from './graph';
import type { Hop } from './types';

/**
 * AWS service codes dxplan recognises without a region suffix (`s3`, `dynamodb`, ...), on top of
 * every service named by an endpoint in the topology. With a region (`foo@eu-west-1`) any code goes.
 */
export const KNOWN_SERVICES: ReadonlySet<string> = new Set([
  's3', 'dynamodb', 'ec2', 'ec2messages', 'ssm', 'ssmmessages', 'sts', 'kms', 'secretsmanager', 'sqs', 'sns',
  'lambda', 'logs', 'monitoring', 'events', 'execute-api', 'ecr.api', 'ecr.dkr', 'ecs', 'eks', 'elasticloadbalancing',
  'autoscaling', 'cloudformation', 'rds', 'redshift', 'elasticache', 'kinesis-streams', 'kinesis-firehose', 'athena',
  'glue', 'states', 'codecommit', 'codebuild', 'codepipeline', 'appsync-api', 'apigateway', 'backup', 'elasticfilesystem',
  'fsx', 'storagegateway', 'transfer', 'sagemaker.api', 'sagemaker.runtime', 'bedrock', 'bedrock-runtime', 'config',
  'cloudtrail', 'email-smtp', 'route53resolver', 'servicecatalog', 'ebs', 'ecs-agent', 'ecs-telemetry', 'rekognition',
]);

interface Named {
  /** The name as the user wrote it. */
  name: string;
}

/** An address on premise: a host, a site (its first CIDR's network) or a bare IP inside a site. */
export interface OnPremEndpoint extends Named {
  kind: 'onprem';
  site: Site;
  host?: Host;
  /** Undefined only for a site without a valid CIDR. */
  address?: Address;
}

/** A private address in AWS: a VPC (its first CIDR), a resource (its `ip`) or a bare IP inside a VPC. */
export interface VpcEndpoint extends Named {
  kind: 'vpc';
  vpc: Vpc;
  resource?: Resource;
  /** Undefined only for a VPC without a valid CIDR. */
  address?: Address;
  /** The VPCs the traffic may be for: the named one, or every VPC whose CIDRs hold a bare IP. */
  vpcs: Vpc[];
}

/** An AWS service's public endpoints in one region (`s3`, `s3@eu-west-1`). */
export interface ServiceEndpoint extends Named {
  kind: 'service';
  service: string;
  region: string;
}

/** A resource's public IP (Elastic IP): public AWS space in its VPC's region. */
export interface PublicIpEndpoint extends Named {
  kind: 'public';
  address: Address;
  resource: Resource;
  region: string;
}

/** The public internet: `internet`, or a public address that belongs to nothing in the topology. */
export interface InternetEndpoint extends Named {
  kind: 'internet';
  address?: Address;
}

export type ResolvedEndpoint = OnPremEndpoint | VpcEndpoint | ServiceEndpoint | PublicIpEndpoint | InternetEndpoint;

const WHAT = 'a host, site, VPC, resource, IP address, service (s3, s3@eu-west-1) or `internet`';

function firstAddress(cidrs: readonly Prefix[]): Address | undefined {
  const p = cidrs[0];
  return p ? { family: p.family, value: p.network, text: formatAddress(p.family, p.network) } : undefined;
}

/** A bare service code: a known one, or one an endpoint in the topology names. */
function isServiceCode(graph: Graph, name: string): boolean {
  return KNOWN_SERVICES.has(name) || graph.services.has(name);
}

/**
 * What `name` stands for. Entity names win over everything else; then `internet`, a
 * `service@region`, an IP address, a bare service code. Anything else is an error whose message
 * says what the name could be and suggests the nearest one.
 */
export function resolveEndpoint(graph: Graph, name: string): ResolvedEndpoint | { error: string } {
  const t: Topology = graph.topology;
  if (typeof name !== 'string' || name.length === 0) return { error: `an endpoint is ${WHAT}` };
  const e = t.byName.get(name);
  if (e) {
    switch (e.kind) {
      case 'host':
        return { kind: 'onprem', name, site: e.site, host: e, address: e.ip };
      case 'site':
        return { kind: 'onprem', name, site: e, address: firstAddress(e.cidrs) };
      case 'vpc':
        return { kind: 'vpc', name, vpc: e, address: firstAddress(e.cidrs), vpcs: [e] };
      case 'resource':
        return { kind: 'vpc', name, vpc: e.vpc, resource: e, address: e.ip, vpcs: [e.vpc] };
      default:
        return { error: `${name} is a ${kindWords(e.kind)}, not an endpoint: a route goes from and to ${WHAT}` };
    }
  }
  if (name === 'internet') return { kind: 'internet', name };
  const at = name.indexOf('@');
  if (at >= 0) {
    const service = name.slice(0, at);
    const region = name.slice(at + 1);
    if (service.length === 0) return { error: `${name} names no service before the @ (write s3@${region || 'us-east-1'})` };
    if (!isRegion(region)) {
      const near = suggest(region, REGIONS);
      return { error: `${region} in ${name} is not an AWS region code${near ? `; did you mean ${service}@${near}?` : ''}` };
    }
    return { kind: 'service', name, service, region };
  }
  const ip = parseAddress(name);
  if (ip.ok) return resolveAddress(graph, name, ip.value);
  if (isServiceCode(graph, name)) {
    const region = t.defaultRegion;
    if (region === undefined) {
      return { error: `${name} is a service but the topology has no defaultRegion: write ${name}@<region>, e.g. ${name}@us-east-1` };
    }
    return { kind: 'service', name, service: name, region };
  }
  const candidates: string[] = ['internet', ...KNOWN_SERVICES, ...graph.services];
  for (const [n, ent] of t.byName) {
    if (ent.kind === 'host' || ent.kind === 'site' || ent.kind === 'vpc' || ent.kind === 'resource') candidates.push(n);
  }
  const near = suggest(name, candidates);
  return { error: `${name} is not ${WHAT} in this topology${near ? `; did you mean ${near}?` : ''}` };
}

function resolveAddress(graph: Graph, name: string, a: Address): ResolvedEndpoint | { error: string } {
  const host = graph.hostsByIp.get(a.text);
  if (host) return { kind: 'onprem', name, site: host.site, host, address: a };
  const res = graph.resourcesByIp.get(a.text);
  if (res) return { kind: 'vpc', name, vpc: res.vpc, resource: res, address: a, vpcs: [res.vpc] };
  const pub = graph.resourcesByPublicIp.get(a.text);
  if (pub) return { kind: 'public', name, address: a, resource: pub, region: pub.vpc.region };
  const site = graph.siteTrie.longestMatch(a);
  const vpcs = graph.vpcTrie.matches(a);
  // The more specific owner wins; on a tie the site does (it routes its own space locally).
  if (site && (vpcs.length === 0 || site.prefix.length >= vpcs[0].prefix.length)) {
    return { kind: 'onprem', name, site: site.values[0], address: a };
  }
  if (vpcs.length > 0) {
    const all = [...new Set(vpcs.flatMap((m) => m.values))];
    return { kind: 'vpc', name, vpc: all[0], address: a, vpcs: all };
  }
  if (isPublicAddress(a)) return { kind: 'internet', name, address: a };
  return { error: `${name} is a private address in no site's and no VPC's CIDRs: a route goes from and to ${WHAT}` };
}

function kindWords(kind: string): string {
  const words: Record<string, string> = {
    router: 'router', location: 'Direct Connect location', connection: 'connection', lag: 'LAG', vif: 'VIF',
    vgw: 'VGW', dxgw: 'Direct Connect gateway', tgw: 'transit gateway', vpn: 'VPN',
  };
  return words[kind] ?? kind;
}

/** The hops that stand for an endpoint at the on-premise or VPC end of a path, outermost first. */
export function onPremHops(e: OnPremEndpoint): Hop[] {
  return e.host ? [{ kind: 'host', name: e.host.name }, { kind: 'site', name: e.site.name }] : [{ kind: 'site', name: e.site.name }];
}

/** VPC then resource: the order in which a path from on-premise reaches them. */
export function vpcTailHops(vpc: Vpc, resource?: Resource): Hop[] {
  return resource ? [{ kind: 'vpc', name: vpc.name }, { kind: 'resource', name: resource.name }] : [{ kind: 'vpc', name: vpc.name }];
}
