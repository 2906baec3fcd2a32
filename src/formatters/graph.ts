// `dxplan graph`: the diagram as Mermaid (paste into Markdown) or Graphviz DOT.
import type { Diagram, DiagramNode, NodeKind } from '../graph/diagram';

export const GRAPH_FORMATS = ['mermaid', 'dot'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const MERMAID_SHAPES: Record<NodeKind, [string, string]> = {
  site: ['[', ']'], router: ['[', ']'], location: ['[', ']'], connection: ['[', ']'], lag: ['[[', ']]'],
  vif: ['([', '])'], vpn: ['([', '])'], dxgw: ['{{', '}}'], vgw: ['{{', '}}'], tgw: ['{{', '}}'],
  vpc: ['[(', ')]'], endpoint: ['>', ']'],
};

/** Mermaid labels are quoted; quotes and angle brackets become entity codes. */
function mermaidText(s: string): string {
  return s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/[\r\n]+/g, ' ');
}

function mermaidNode(n: DiagramNode): string {
  const [open, close] = MERMAID_SHAPES[n.kind];
  const label = n.detail ? `${mermaidText(n.name)}<br/><small>${mermaidText(n.detail)}</small>` : mermaidText(n.name);
  return `${n.id}${open}"${label}"${close}`;
}

export function formatMermaid(d: Diagram): string {
  const out = ['flowchart LR'];
  for (const g of d.groups) {
    out.push(`  subgraph ${g.id}["${mermaidText(g.label)}"]`);
    for (const n of d.nodes.filter((x) => x.group === g.id)) out.push(`    ${mermaidNode(n)}`);
    out.push('  end');
  }
  for (const n of d.nodes.filter((x) => x.group === undefined)) out.push(`  ${mermaidNode(n)}`);
  d.edges.forEach((e) => out.push(`  ${e.from} -->${e.label ? `|"${mermaidText(e.label)}"|` : ''} ${e.to}`));
  const highlighted = d.nodes.filter((n) => n.highlighted).map((n) => n.id);
  if (highlighted.length > 0) {
    out.push('  classDef route fill:#fde2e1,stroke:#d33,stroke-width:2px');
    out.push(`  class ${highlighted.join(',')} route`);
  }
  const lines = d.edges.flatMap((e, i) => (e.highlighted ? [i] : []));
  if (lines.length > 0) out.push(`  linkStyle ${lines.join(',')} stroke:#d33,stroke-width:3px`);
  return `${out.join('\n')}\n`;
}

const DOT_SHAPES: Record<NodeKind, string> = {
  site: 'box', router: 'box', location: 'box', connection: 'box', lag: 'box3d', vif: 'ellipse', vpn: 'ellipse',
  dxgw: 'hexagon', vgw: 'hexagon', tgw: 'hexagon', vpc: 'cylinder', endpoint: 'cds',
};

function dotText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ');
}

function dotNode(n: DiagramNode): string {
  const label = n.detail ? `${dotText(n.name)}\\n${dotText(n.detail)}` : dotText(n.name);
  const style = n.highlighted ? ', color="#dd3333", penwidth=2, style=filled, fillcolor="#fde2e1"' : '';
  return `${n.id} [label="${label}", shape=${DOT_SHAPES[n.kind]}${style}];`;
}

export function formatDot(d: Diagram): string {
  const out = ['digraph dxplan {', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];'];
  for (const g of d.groups) {
    out.push(`  subgraph cluster_${g.id} {`, `    label="${dotText(g.label)}";`, '    style=rounded;');
    for (const n of d.nodes.filter((x) => x.group === g.id)) out.push(`    ${dotNode(n)}`);
    out.push('  }');
  }
  for (const n of d.nodes.filter((x) => x.group === undefined)) out.push(`  ${dotNode(n)}`);
  for (const e of d.edges) {
    const attrs = [e.label ? `label="${dotText(e.label)}"` : '', e.highlighted ? 'color="#dd3333", penwidth=3' : ''].filter(Boolean);
    out.push(`  ${e.from} -> ${e.to}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

export function formatGraph(format: GraphFormat, d: Diagram): string {
  return format === 'dot' ? formatDot(d) : formatMermaid(d);
}
