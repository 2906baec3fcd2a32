import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBytes } from '../../src/engine/validate';
import { formatDot, formatMermaid } from '../../src/formatters/graph';
import { buildDiagram } from '../../src/graph/diagram';
import type { Topology } from '../../src/model/types';

function specExample(): Topology {
  const file = join(__dirname, '..', '..', 'fixtures', 'spec-example.yaml');
  const topology = validateBytes(file, readFileSync(file)).topology;
  if (!topology) throw new Error('spec example did not load');
  return topology;
}

describe('graph', () => {
  const t = specExample();

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
    const d = buildDiagram(t, [
      { kind: 'router', name: 'hq-r1' }, { kind: 'lag', name: 'lag-a' }, { kind: 'location', name: 'EqDC2' },
      { kind: 'vif', name: 'vif-prod' }, { kind: 'dxgw', name: 'dxgw-main' }, { kind: 'vgw', name: 'vgw-prod' }, { kind: 'vpc', name: 'prod' },
    ]);
    const name = new Map(d.nodes.map((n) => [n.id, n.name]));
    expect(d.edges.filter((e) => e.highlighted).map((e) => `${name.get(e.from)}>${name.get(e.to)}`))
      .toEqual(['hq-r1>dx-a', 'dx-a>lag-a', 'lag-a>vif-prod', 'vif-prod>dxgw-main', 'dxgw-main>vgw-prod', 'vgw-prod>prod']);
    // The route names the LAG; the member connection the diagram draws through is marked too.
    expect(d.nodes.find((n) => n.name === 'dx-a')?.highlighted).toBe(true);
    expect(d.nodes.find((n) => n.name === 'dx-b')?.highlighted).toBe(false);
    expect(formatMermaid(d)).toMatch(/linkStyle [0-9,]+ stroke:#d33/);
    expect(formatDot(d)).toContain('penwidth=3');
  });

  test('dot: a digraph with clusters; quotes in names are escaped', () => {
    const dot = formatDot(buildDiagram(t));
    expect(dot.startsWith('digraph dxplan {')).toBe(true);
    expect(dot).toContain('subgraph cluster_g0');
    const tricky = formatDot({ nodes: [{ id: 'n0', name: 'a"b', kind: 'vpc', highlighted: false }], edges: [], groups: [] });
    expect(tricky).toContain('label="a\\"b"');
  });

  test('the same topology gives the same text', () => {
    expect(formatMermaid(buildDiagram(t))).toBe(formatMermaid(buildDiagram(specExample())));
  });
});
