import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBytes } from '../../src/engine/validate';
import { formatDot, formatMermaid } from '../../src/formatters/graph';
import { renderDotSvg } from '../../src/formatters/graph-svg';
import { buildDiagram } from '../../src/graph/diagram';
import { buildRoutingIndex } from '../../src/routing/index';
import type { Topology } from '../../src/model/types';

function fixture(name: string): Topology {
  const file = join(__dirname, '..', '..', 'fixtures', name);
  const topology = validateBytes(file, readFileSync(file)).topology;
  if (!topology) throw new Error(`${name} did not load`);
  return topology;
}

describe('graph', () => {
  const t = fixture('spec-example.yaml');

  test('has a box for every router, connection, LAG, VIF, VPN, gateway, VPC and endpoint', () => {
    const names = buildDiagram(t).nodes.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining([
      'hq-r1', 'hq-r2', 'dx-a', 'dx-b', 'lag-a', 'vif-prod', 'vif-prod-b', 'vif-public', 'vpn-backup',
      'dxgw-main', 'vgw-prod', 'tgw-east', 'prod', 'shared-svc', 'prod/s3-interface',
    ]));
  });

  test('lines run from on-premise toward AWS, with allowed prefixes on associations', () => {
    const d = buildDiagram(t);
    const name = new Map(d.nodes.map((n) => [n.id, n.name]));
    const lines = d.edges.map((e) => `${name.get(e.from)}>${name.get(e.to)}${e.label ? `:${e.label}` : ''}`);
    expect(lines).toEqual(expect.arrayContaining([
      'hq-r1>dx-a', 'dx-a>lag-a:member', 'lag-a>vif-prod', 'vif-prod>dxgw-main', 'dxgw-main>vgw-prod:10.1.0.0/16',
      'vgw-prod>prod', 'tgw-east>shared-svc', 'prod>prod/s3-interface', 'hq-r2>vpn-backup', 'vpn-backup>vgw-prod',
    ]));
  });

  test('mermaid: a flowchart with a subgraph per site and location, safe labels', () => {
    const m = formatMermaid(buildDiagram(t));
    expect(m.startsWith('flowchart LR\n')).toBe(true);
    expect(m).toContain('subgraph g0["site hq 10.0.0.0/16"]');
    expect(m).toContain('["EqDC2 (us-east-1)"]');
    expect(m).not.toMatch(/"[^"\n]*"[^"\n]*"[^\]]*\]\n/); // no unescaped quote inside a label
  });

  test('a route highlights its hops and the lines between them', () => {
    const d = buildDiagram(t, { routes: [[
      { kind: 'router', name: 'hq-r1' }, { kind: 'lag', name: 'lag-a' }, { kind: 'location', name: 'EqDC2' },
      { kind: 'vif', name: 'vif-prod' }, { kind: 'dxgw', name: 'dxgw-main' }, { kind: 'vgw', name: 'vgw-prod' }, { kind: 'vpc', name: 'prod' },
    ]] });
    const name = new Map(d.nodes.map((n) => [n.id, n.name]));
    expect(d.edges.filter((e) => e.highlighted).map((e) => `${name.get(e.from)}>${name.get(e.to)}`))
      .toEqual(['hq-r1>dx-a', 'dx-a>lag-a', 'lag-a>vif-prod', 'vif-prod>dxgw-main', 'dxgw-main>vgw-prod', 'vgw-prod>prod']);
    // The route names the LAG; the member connection the diagram draws through is marked too.
    expect(d.nodes.find((n) => n.name === 'dx-a')?.highlighted).toBe(true);
    expect(d.nodes.find((n) => n.name === 'dx-b')?.highlighted).toBe(false);
    expect(formatMermaid(d)).toMatch(/linkStyle [0-9,]+ stroke:#c62828/);
    expect(formatDot(d)).toContain('penwidth=3');
  });

  test('dot: a digraph with clusters; quotes in names are escaped', () => {
    const dot = formatDot(buildDiagram(t));
    expect(dot.startsWith('digraph dxplan {')).toBe(true);
    expect(dot).toContain('subgraph cluster_g0');
    const node = (name: string) => formatDot({ nodes: [{ id: 'n0', name, kind: 'vpc', details: [], highlighted: false, marks: [] }], edges: [], groups: [], folded: false, ids: new Map() });
    expect(node('a"b')).toContain('label="a\\"b"');
    // Graphviz reads \N as the node id and &lt; as an entity: both are escaped to show as written.
    expect(node('a\\N&lt;')).toContain('label="a\\\\N&amp;lt;"');
  });

  test('the same topology gives the same text', () => {
    expect(formatMermaid(buildDiagram(t))).toBe(formatMermaid(buildDiagram(fixture('spec-example.yaml'))));
  });

  test('connections show their AWS device and MACsec; one without a device says so', () => {
    const d = buildDiagram(t);
    expect(d.nodes.find((n) => n.name === 'dx-a')?.details).toEqual(['dedicated 10Gbps', 'AWS device EqDC2-1abc']);
    const gen = fixture('multi-region-transit.yaml');
    gen.connections[0].macsec = true;
    gen.connections[1].awsDevice = undefined;
    const g = buildDiagram(gen);
    expect(g.nodes.find((n) => n.name === 'east-dx-1')?.details).toEqual(['dedicated 10Gbps, MACsec', 'AWS device EqDC2-a1']);
    expect(g.nodes.find((n) => n.name === 'east-dx-2')?.details).toEqual(['dedicated 10Gbps', 'AWS device not given']);
    expect(formatMermaid(g)).toContain('east-dx-1<br/><small>dedicated 10Gbps, MACsec</small><br/><small>AWS device EqDC2-a1</small>');
    expect(formatDot(g)).toContain('label="east-dx-1\\ndedicated 10Gbps, MACsec\\nAWS device EqDC2-a1"');
  });

  test('every member of an equal-cost set is highlighted, not only the first', () => {
    const m = fixture('multi-region-transit.yaml');
    const detail = buildRoutingIndex(m).routeDetail('erp-app', 'payments-db');
    if ('error' in detail) throw new Error(detail.error);
    expect(detail.equalCost).toHaveLength(4);
    const d = buildDiagram(m, { routes: detail.equalCost.map((p) => p.hops) });
    const lit = d.nodes.filter((n) => n.highlighted).map((n) => n.name).sort();
    expect(lit).toEqual(['dxgw-core', 'east-dx-1', 'east-dx-2', 'east-dx-3', 'east-dx-4', 'east-r1', 'east-r2', 'payments',
      'tgw-use1', 'tvif-east-1', 'tvif-east-2', 'tvif-east-3', 'tvif-east-4']);
    const name = new Map(d.nodes.map((n) => [n.id, n.name]));
    expect(d.edges.filter((e) => e.highlighted).map((e) => `${name.get(e.from)}>${name.get(e.to)}`))
      .toEqual(expect.arrayContaining(['east-r2>east-dx-2', 'east-dx-3>tvif-east-3', 'tvif-east-4>dxgw-core', 'tgw-use1>payments']));
  });

  test('marks colour the object they concern and say why on hover', () => {
    const d = buildDiagram(t, { marks: new Map([['vif-prod', [{ kind: 'error', text: 'vif-vlan-unique: VLAN 101 is taken' }]], ['EqDC2', [{ kind: 'single-failure', text: 'breaks app1' }]]]) });
    const dot = formatDot(d);
    expect(dot).toMatch(/label="vif-prod[^\n]*color="#c62828"[^\n]*tooltip="vif-vlan-unique: VLAN 101 is taken"/);
    expect(dot).toMatch(/label="EqDC2 \(us-east-1\)";[\s\S]*?color="#8e24aa"/);
    expect(formatMermaid(d)).toMatch(/class n\d+ error/);
  });

  test('above 60 VPCs, VPCs fold into one box per gateway with counts; routes still land on it', () => {
    const yaml = ['version: 1', 'tgws:', '  - name: tgw-big', '    region: us-east-1', '    asn: 64600', `    attachments: [${Array.from({ length: 70 }, (_, i) => `v${i}`).join(', ')}]`, 'vpcs:',
      ...Array.from({ length: 72 }, (_, i) => `  - { name: v${i}, region: ${i % 2 ? 'us-east-1' : 'eu-west-1'}, cidrs: [10.${i}.0.0/16] }`)].join('\n');
    const big = validateBytes('big.yaml', Buffer.from(yaml)).topology as Topology;
    const d = buildDiagram(big, { routes: [[{ kind: 'tgw', name: 'tgw-big' }, { kind: 'vpc', name: 'v3' }]] });
    expect(d.folded).toBe(true);
    const vpcs = d.nodes.filter((n) => n.kind === 'vpc').map((n) => [n.name, ...n.details]);
    expect(vpcs).toEqual([['70 VPCs', 'attached to tgw-big', 'eu-west-1, us-east-1'], ['2 VPCs', 'behind no gateway', 'eu-west-1, us-east-1']]);
    expect(d.nodes.find((n) => n.name === '70 VPCs')?.highlighted).toBe(true);
    expect(buildDiagram(big, { fold: false }).nodes.filter((n) => n.kind === 'vpc')).toHaveLength(72);
    expect(buildDiagram(t).folded).toBe(false);
  });

  test('svg: Graphviz lays out the DOT; ids name the objects; markup in names stays text', async () => {
    const d = buildDiagram(t);
    const svg = await renderDotSvg(formatDot(d));
    expect(svg.startsWith('<?xml')).toBe(true);
    const vif = d.nodes.find((n) => n.name === 'vif-prod') as { id: string };
    expect(svg).toContain(`<g id="${vif.id}" class="node dx&#45;node dx&#45;vif">`);
    expect(svg).not.toMatch(/<title>n\d+<\/title>/);
    const inline = await renderDotSvg(formatDot({ nodes: [{ id: 'n0', name: '<img/src=x/onerror=alert(1)>', kind: 'vpc', details: ['&amp;'], highlighted: false, marks: [] }], edges: [], groups: [], folded: false, ids: new Map() }), { inline: true });
    expect(inline.startsWith('<svg')).toBe(true);
    expect(inline).toContain('&lt;img/src=x/onerror=alert(1)&gt;');
    expect(inline).toContain('&amp;amp;');
    expect(inline).not.toContain('<img');
  });
});
