// Helpers for routing tests: build the index from inline YAML and query it.
import { loadTopology } from '../../src/engine/load';
import { buildRoutingIndex, type RouteDetail, type RouteResult, type RoutingIndex } from '../../src/routing/index';

/**
 * Two sites (hq with two routers, branch with one), three locations (two in us-east-1, one in
 * eu-central-1) and three dedicated connections. Tests append VIFs, gateways, VPCs and VPNs.
 */
export const SITES = `version: 1
name: routing-test
defaultRegion: us-east-1
sites:
  - name: hq
    asn: 65010
    cidrs: [10.0.0.0/16]
    routers: [{ name: hq-r1 }, { name: hq-r2 }]
    hosts: [{ name: app1, ip: 10.0.1.10 }]
  - name: branch
    asn: 65020
    cidrs: [10.50.0.0/16]
    routers: [{ name: br-r1 }]
    hosts: [{ name: pos1, ip: 10.50.0.10 }]
locations:
  - { name: EqDC2, region: us-east-1 }
  - { name: CSVA1, region: us-east-1 }
  - { name: EqFR5, region: eu-central-1 }
connections:
  - { name: dx-a, type: dedicated, bandwidth: 10Gbps, location: EqDC2, router: hq-r1, awsDevice: EqDC2-1 }
  - { name: dx-b, type: dedicated, bandwidth: 10Gbps, location: CSVA1, router: hq-r2, awsDevice: CSVA1-1 }
  - { name: dx-br, type: dedicated, bandwidth: 1Gbps, location: EqDC2, router: br-r1, awsDevice: EqDC2-2 }
`;

/** A VPC prod (10.1.0.0/16, us-east-1) with resource orders-db 10.1.2.5, behind vgw-prod. */
export const PROD = `vgws:
  - { name: vgw-prod, region: us-east-1, vpc: prod }
vpcs:
  - name: prod
    region: us-east-1
    cidrs: [10.1.0.0/16]
    resources: [{ name: orders-db, ip: 10.1.2.5 }]
`;

/** A private VIF line for a `vifs:` list. */
export function vif(name: string, connection: string, gateway: string, extra = ''): string {
  return `  - { name: ${name}, type: private, connection: ${connection}, vlan: ${100 + name.length}, gateway: ${gateway}, advertise: [10.0.0.0/16]${extra ? `, ${extra}` : ''} }\n`;
}

export function index(yaml: string): RoutingIndex {
  const loaded = loadTopology('test.yaml', Buffer.from(yaml, 'utf8'));
  if (!loaded.topology) throw new Error(`not a topology: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return buildRoutingIndex(loaded.topology);
}

export function route(yaml: string, from: string, to: string, down: string[] = []): RouteResult {
  const idx = index(yaml);
  const failures = down.length > 0 ? idx.failures(down) : undefined;
  if (failures && 'error' in failures) throw new Error(failures.error);
  const r = idx.route(from, to, failures ? { down: failures } : undefined);
  if ('error' in r) throw new Error(r.error);
  return r;
}

export function detail(yaml: string, from: string, to: string): RouteDetail {
  const d = index(yaml).routeDetail(from, to);
  if ('error' in d) throw new Error(d.error);
  return d;
}

export const hopNames = (r: { hops: { name: string }[] }): string[] => r.hops.map((h) => h.name);

/** `via [code]` of each alternative, in order. */
export const alts = (r: RouteResult): string[] => r.alternatives.map((a) => `${a.via} [${a.code}]`);

/** `via [code]` of each rejection, in order. */
export const rejects = (r: RouteResult): string[] => r.rejected.map((x) => `${x.via} [${x.code}]`);

export function rejection(r: RouteResult, via: string): { code: string; why: string } {
  const x = r.rejected.find((e) => e.via === via);
  if (!x) throw new Error(`no rejection via ${via}: ${rejects(r).join(', ')}`);
  return x;
}
