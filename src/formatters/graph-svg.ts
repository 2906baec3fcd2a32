// The diagram as SVG: the DOT of `graph --format dot` laid out by Graphviz compiled to
// WebAssembly (@viz-js/viz), so neither a browser nor a system `dot` is needed.
import type { Viz } from '@viz-js/viz';
import { DRAW_FONTS } from './graph';
import { xmlAttr } from './util';

let viz: Promise<Viz> | undefined;

/** Graphviz starts once per process (about 0.1 s), on first use. */
function graphviz(): Promise<Viz> {
  viz ??= (require('@viz-js/viz') as typeof import('@viz-js/viz')).instance();
  return viz;
}

export interface SvgOptions {
  /** For embedding in HTML: no XML declaration, DOCTYPE or comments. */
  inline?: boolean;
}

/** Lays out DOT and returns the SVG; labels drawn in DRAW_FONTS; ids, not titles, name the objects. */
export async function renderDotSvg(dot: string, options: SvgOptions = {}): Promise<string> {
  const result = (await graphviz()).render(dot, { format: 'svg' });
  if (result.status !== 'success') throw new Error(`Graphviz could not lay out the diagram: ${result.errors.map((e) => e.message).join('; ')}`);
  let svg = result.output
    .replace(/ font-family="[^"]*"/g, ` font-family="${xmlAttr(DRAW_FONTS)}"`)
    // Node and line titles are the DOT ids (n3, n3->n5): a tooltip nobody should see.
    .replace(/<title>(?:n\d+|cluster_g\d+|n\d+&#45;&gt;n\d+)<\/title>\n?/g, '');
  if (options.inline) svg = svg.replace(/^<\?xml[^>]*>\n?/, '').replace(/<!DOCTYPE[^>]*>\n?/, '').replace(/<!--[\s\S]*?-->\n?/g, '');
  return svg;
}
