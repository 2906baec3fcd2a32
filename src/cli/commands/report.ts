// `dxplan report [-f file] [-o review.html] [--depth 1|2] [--pricing FILE] [--no-free-tier]`:
// the design review as one self-contained HTML page (stdout without -o).
import { reviewOf } from '../../engine/review';
import { formatDot } from '../../formatters/graph';
import { renderDotSvg } from '../../formatters/graph-svg';
import { formatReportHtml, reviewMarks } from '../../formatters/report-html';
import { buildDiagram } from '../../graph/diagram';
import { loadPricing, reportUnreadable } from '../inputs';
import { defaultTopologyFile, readTopologyFile, writeFileAtomic, type Io } from '../io';
import { fileTooLarge } from '../../engine/load';
import { dxplanVersion } from '../main';

export interface ReportOptions {
  file?: string;
  output?: string;
  depth: '1' | '2';
  pricing?: string;
  /** `--no-free-tier` sets it false. */
  freeTier?: boolean;
}

export async function reportCommand(io: Io, options: ReportOptions): Promise<number> {
  const pricing = loadPricing(io, options.pricing);
  if ('fatal' in pricing) return reportUnreadable(io, [pricing.fatal], { format: 'stylish' });
  const file = defaultTopologyFile(io, options.file);
  const read = readTopologyFile(io, file);
  if (!read.ok) return reportUnreadable(io, [{ file, diagnostics: [fileTooLarge(file, read.tooLarge)], suppressed: [], fatal: true }], { format: 'stylish' });
  const review = reviewOf(file, read.bytes, {
    prices: pricing.prices,
    pricingAsOf: pricing.asOf,
    freeTier: options.freeTier,
    depth: options.depth === '2' ? 2 : 1,
  });
  if ('fatal' in review) return reportUnreadable(io, [review.fatal], { format: 'stylish' });
  const diagram = buildDiagram(review.topology, { marks: reviewMarks(review) });
  const page = formatReportHtml({
    review,
    diagramSvg: await renderDotSvg(formatDot(diagram), { inline: true }),
    nodeIds: diagram.ids,
    folded: diagram.folded,
    toolVersion: dxplanVersion(),
  });
  if (options.output === undefined) {
    io.stdout(page);
    return 0;
  }
  writeFileAtomic(io, options.output, page, { overwrite: true });
  const d = review.validation.diagnostics;
  const errors = d.filter((x) => x.severity === 'error').length;
  io.stderr(`wrote ${options.output} (${errors} error${errors === 1 ? '' : 's'}, ${d.length - errors} other finding${d.length - errors === 1 ? '' : 's'})\n`);
  return 0;
}
