// Route queries read a per-site / per-gateway PrefixTrie and the objects pointing at the
// destination, never the whole topology: on a few thousand VPCs, 300 queries must cost a small
// fraction of loading the file. (Measured on the 10,000-VPC generated topology: ~20 ms for the
// 100 intents against ~2 s of validate.)
import { loadTopology } from '../../src/engine/load';
import { buildRoutingIndex } from '../../src/routing/index';

/** The shape of ../shared/tools/gen-topology.mjs: sites with two connections, DXGWs of 10 VPCs. */
function generate(vpcs: number): string {
  const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1'];
  const gateways = Math.ceil(vpcs / 10);
  const sites = Math.max(2, Math.ceil(gateways / 5));
  const net = (base: number, i: number) => `10.${base + (i >> 8)}.${i & 255}.0/24`;
  const ip = (base: number, i: number, h: number) => `10.${base + (i >> 8)}.${i & 255}.${h}`;
  const out = ['version: 1', 'name: scale', 'defaultRegion: us-east-1', 'locations:'];
  for (const r of regions) for (const k of [1, 2]) out.push(`  - { name: loc-${r}-${k}, region: ${r} }`);
  out.push('sites:');
  for (let s = 0; s < sites; s++) {
    out.push(`  - { name: site-${s}, asn: ${4200000000 + s}, cidrs: [${net(0, s)}], routers: [{ name: site-${s}-r1 }, { name: site-${s}-r2 }], hosts: [{ name: site-${s}-h0, ip: ${ip(0, s, 10)} }] }`);
  }
  out.push('connections:');
  for (let s = 0; s < sites; s++) {
    const r = regions[s % regions.length];
    for (const k of [1, 2]) out.push(`  - { name: site-${s}-dx${k}, type: dedicated, bandwidth: 10Gbps, location: loc-${r}-${k}, router: site-${s}-r${k} }`);
  }
  out.push('vifs:');
  for (let g = 0; g < gateways; g++) {
    for (const k of [1, 2]) out.push(`  - { name: vif-${g}-${k}, type: private, connection: site-${g % sites}-dx${k}, vlan: ${100 + Math.floor(g / sites)}, gateway: dxgw-${g}, advertise: [${net(0, g % sites)}] }`);
  }
  out.push('dxgws:');
  for (let g = 0; g < gateways; g++) {
    const assoc: string[] = [];
    for (let v = g * 10; v < Math.min(vpcs, (g + 1) * 10); v++) assoc.push(`{ gateway: vgw-${v} }`);
    out.push(`  - { name: dxgw-${g}, asn: ${64600 + (g % 900)}, associations: [${assoc.join(', ')}] }`);
  }
  out.push('vgws:');
  for (let v = 0; v < vpcs; v++) out.push(`  - { name: vgw-${v}, region: ${regions[v % regions.length]}, vpc: vpc-${v} }`);
  out.push('vpcs:');
  for (let v = 0; v < vpcs; v++) {
    const ep = v % 10 === 0 ? ', endpoints: [{ service: s3, type: interface }]' : '';
    out.push(`  - { name: vpc-${v}, region: ${regions[v % regions.length]}, cidrs: [${net(128, v)}]${ep}, resources: [{ name: vpc-${v}-db, ip: ${ip(128, v, 10)} }] }`);
  }
  return `${out.join('\n')}\n`;
}

describe('routing at scale', () => {
  // Speed is measured by bench/ (npm run bench); this checks the answers at that scale.
  it('answers 300 queries on 4,000 VPCs', () => {
    const topology = loadTopology('scale.yaml', Buffer.from(generate(4000))).topology!;
    const idx = buildRoutingIndex(topology);
    let reachable = 0;
    for (let v = 0; v < 100; v++) {
      const site = `site-${Math.floor(v / 10) % 80}-h0`;
      for (const [from, to] of [[site, `vpc-${v}-db`], [`vpc-${v}-db`, site], [site, 's3']]) {
        const r = idx.route(from, to);
        if (!('error' in r) && r.reachable) reachable++;
      }
    }
    expect(reachable).toBe(300);
  }, 60_000);
});
