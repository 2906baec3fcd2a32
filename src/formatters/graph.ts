// `dxplan graph`: the diagram as Mermaid (paste into Markdown), Graphviz DOT, or SVG (the DOT
// laid out by Graphviz compiled to WebAssembly: no browser, no system binary).
import type { Diagram, DiagramMark, DiagramNode, NodeKind } from '../graph/diagram';

export const GRAPH_FORMATS = ['mermaid', 'dot', 'svg'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const MERMAID_SHAPES: Record<NodeKind, [string, string]> = {
  site: ['[', ']'], router: ['[', ']'], location: ['[', ']'], connection: ['[', ']'], lag: ['[[', ']]'],
  vif: ['([', '])'], vpn: ['([', '])'], dxgw: ['{{', '}}'], vgw: ['{{', '}}'], tgw: ['{{', '}}'],
  vpc: ['[(', ')]'], endpoint: ['>', ']'],
};

/** The worst mark first: what colours the box. */
const MARK_ORDER: Record<DiagramMark['kind'], number> = { error: 0, 'single-failure': 1, warning: 2, info: 3 };

export function worstMark(marks: readonly DiagramMark[]): DiagramMark['kind'] | undefined {
  return [...marks].sort((a, b) => MARK_ORDER[a.kind] - MARK_ORDER[b.kind])[0]?.kind;
}

/** Colours of a highlighted route and of the marks: [line, fill]. */
const ROUTE = ['#c62828', '#fde2e1'] as const;
const MARK_STYLE: Record<DiagramMark['kind'], readonly [string, string]> = {
  error: ['#c62828', '#fdecea'],
  'single-failure': ['#8e24aa', '#f5e9f8'],
  warning: ['#b26a00', '#fff4e0'],
  info: ['#1565c0', '#e8f1fb'],
};

/** Mermaid labels are quoted; quotes, angle brackets and ampersands become entity codes. */
function mermaidText(s: string): string {
  return s.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/[\r\n]+/g, ' ');
}

function mermaidNode(n: DiagramNode): string {
  const [open, close] = MERMAID_SHAPES[n.kind];
  const label = [mermaidText(n.name), ...n.details.map((d) => `<small>${mermaidText(d)}</small>`)].join('<br/>');
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
  const classes: [string, string, string[]][] = [
    ...(Object.keys(MARK_STYLE) as DiagramMark['kind'][]).map((k): [string, string, string[]] => [
      k.replace('-', ''), `fill:${MARK_STYLE[k][1]},stroke:${MARK_STYLE[k][0]},stroke-width:2px`,
      d.nodes.filter((n) => !n.highlighted && worstMark(n.marks) === k).map((n) => n.id)]),
    ['route', `fill:${ROUTE[1]},stroke:${ROUTE[0]},stroke-width:2px`, d.nodes.filter((n) => n.highlighted).map((n) => n.id)],
  ];
  for (const [name, style, ids] of classes) {
    if (ids.length === 0) continue;
    out.push(`  classDef ${name} ${style}`);
    out.push(`  class ${ids.join(',')} ${name}`);
  }
  const lines = d.edges.flatMap((e, i) => (e.highlighted ? [i] : []));
  if (lines.length > 0) out.push(`  linkStyle ${lines.join(',')} stroke:${ROUTE[0]},stroke-width:3px`);
  return `${out.join('\n')}\n`;
}

const DOT_SHAPES: Record<NodeKind, string> = {
  site: 'box', router: 'box', location: 'box', connection: 'box', lag: 'box3d', vif: 'ellipse', vpn: 'ellipse',
  dxgw: 'hexagon', vgw: 'hexagon', tgw: 'hexagon', vpc: 'cylinder', endpoint: 'cds',
};

/**
 * Text for a DOT quoted string. Backslashes are doubled (Graphviz reads `\N`, `\G`, `\l` as
 * escapes) and `&` becomes `&amp;` (Graphviz passes `&lt;` and other entity references through
 * to SVG), so every name shows literally.
 */
function dotText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/&/g, '&amp;').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ');
}

/**
 * Labels are measured with DejaVu Sans, the widest of the common sans-serif faces, and drawn
 * with the stack below: whichever face a viewer has, the text fits its box.
 */
const MEASURE_FONT = 'DejaVu Sans';
export const DRAW_FONTS = 'Helvetica, Arial, DejaVu Sans, sans-serif';

/** A quiet fill per kind of object, so the layers read at a glance. */
const DOT_FILLS: Record<NodeKind, string> = {
  site: '#f7f9fb', router: '#eef2f7', location: '#f7f9fb', connection: '#e3eefa', lag: '#e3eefa', vif: '#fff8e1', vpn: '#fbe9e7',
  dxgw: '#ede7f6', vgw: '#ede7f6', tgw: '#ede7f6', vpc: '#e8f5e9', endpoint: '#f1f8e9',
};

function dotNode(n: DiagramNode): string {
  const label = [n.name, ...n.details].map(dotText).join('\\n');
  const attrs = [`label="${label}"`, `shape=${DOT_SHAPES[n.kind]}`, `id="${n.id}"`, `class="dx-node dx-${n.kind}"`];
  const worst = worstMark(n.marks);
  if (n.highlighted) attrs.push(`color="${ROUTE[0]}"`, 'penwidth=2.5', `fillcolor="${ROUTE[1]}"`);
  else if (worst) attrs.push(`color="${MARK_STYLE[worst][0]}"`, 'penwidth=2.5', `fillcolor="${MARK_STYLE[worst][1]}"`);
  else attrs.push(`fillcolor="${DOT_FILLS[n.kind]}"`);
  if (worst) attrs.push(`tooltip="${dotText(n.marks.map((m) => m.text).join('; '))}"`);
  return `${n.id} [${attrs.join(', ')}];`;
}

export function formatDot(d: Diagram): string {
  const out = [
    'digraph dxplan {',
    '  rankdir=LR;',
    '  nodesep=0.25;',
    `  node [fontname="${MEASURE_FONT}", fontsize=10, margin="0.12,0.06", style=filled, color="#5b6775", fontcolor="#1d2733"];`,
    `  edge [fontname="${MEASURE_FONT}", fontsize=9, color="#7a8591", fontcolor="#3d4752", arrowsize=0.7];`,
  ];
  for (const g of d.groups) {
    const worst = worstMark(g.marks);
    const color = worst ? `color="${MARK_STYLE[worst][0]}"; penwidth=2.5; fillcolor="${MARK_STYLE[worst][1]}"` : `color="#9aa5b1"; fillcolor="${DOT_FILLS[g.kind]}"`;
    out.push(`  subgraph cluster_${g.id} {`, `    label="${dotText(g.label)}";`, `    id="${g.id}";`, `    class="dx-group dx-${g.kind}";`, `    style="rounded,filled"; ${color};`, `    fontname="${MEASURE_FONT}"; fontsize=11; fontcolor="#17324d";`);
    if (worst) out.push(`    tooltip="${dotText(g.marks.map((m) => m.text).join('; '))}";`);
    for (const n of d.nodes.filter((x) => x.group === g.id)) out.push(`    ${dotNode(n)}`);
    out.push('  }');
  }
  for (const n of d.nodes.filter((x) => x.group === undefined)) out.push(`  ${dotNode(n)}`);
  for (const e of d.edges) {
    const attrs = [e.label ? `label="${dotText(e.label)}"` : '', e.highlighted ? `color="${ROUTE[0]}", penwidth=3` : ''].filter(Boolean);
    out.push(`  ${e.from} -> ${e.to}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

export function formatGraph(format: Exclude<GraphFormat, 'svg'>, d: Diagram): string {
  return format === 'dot' ? formatDot(d) : formatMermaid(d);
}
