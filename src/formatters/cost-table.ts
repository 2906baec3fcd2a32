// `cost --format table` (default): one table per option (its lines, then the total), a verdict
// that answers the budget question, and the cost curves as a terminal chart. Colour only when
// options.color; text from the topology is made terminal-safe. Pure.
import Table from 'cli-table3';
import type { OptionName } from '../cost/flow';
import type { CostLine } from '../cost/model';
import type { CostReport, OptionReport } from '../cost/report';
import { cents } from '../cost/report';
import { formatCostTextChart } from './chart-text';
import { amount, OPTION_LABEL, unitPrice, usd } from './cost-units';
import { painter, type Painter } from './paint';
import { fitTable, wrapCell } from './table-width';
import { terminalSafe } from './util';

export interface CostTableOptions {
  color: boolean;
  /** The topology file, for the heading. */
  file?: string;
  /** Leave the terminal chart out (tests, narrow output). */
  chart?: boolean;
  /** Tables fit this many columns (the terminal's width), when given. */
  width?: number;
}

const LINE_WIDTHS = [60, 10, 9, 12, 12];

function linesTable(lines: readonly CostLine[], totalLabel: string, totalUsd: number, c: Painter, width: number | undefined): string {
  const head = ['item', 'quantity', 'unit', 'unit price', 'USD'];
  const rows = lines.map((l) => [terminalSafe(l.item), amount(l.quantity), l.unit, unitPrice(l.unitUsd), usd(l.usd)]);
  const fitted = fitTable([head, ...rows], width, LINE_WIDTHS);
  const colWidths = fitted?.colWidths ?? LINE_WIDTHS;
  const table = new Table({
    head: fitted?.rows[0] ?? head,
    colAligns: ['left', 'right', 'left', 'right', 'right'],
    colWidths,
    wordWrap: !fitted,
    style: { head: [], border: [], compact: true },
  });
  table.push(...(fitted?.rows.slice(1) ?? rows));
  // A cell across the first n columns: their widths, the borders between them, less its padding.
  const across = (n: number, text: string): string => (fitted ? wrapCell(text, colWidths.slice(0, n).reduce((a, b) => a + b, 0) + n - 3).join('\n') : text);
  if (lines.length === 0) table.push([{ colSpan: 5, content: across(5, 'nothing to pay') }]);
  table.push([{ colSpan: 4, content: c.bold(across(4, totalLabel)) }, c.bold(usd(totalUsd))]);
  return table.toString();
}

function optionTable(o: OptionReport, cheapest: boolean, c: Painter, width: number | undefined): string {
  const table = linesTable(o.lines, `total ${OPTION_LABEL[o.option]} a month`, o.monthlyUsd, c, width);
  const title = `${OPTION_LABEL[o.option]} (${o.option}): ${usd(o.monthlyUsd)} a month${cheapest ? ' — cheapest' : ''}`;
  return `${cheapest ? c.green.bold(title) : c.bold(title)}\n${table}`;
}

const pct = (part: number, whole: number): string => `${Math.round((Math.abs(part) / whole) * 100)}%`;

/** The verdict: cheapest, the saving against the next, the break-even and the distance to it. */
export function costVerdict(report: CostReport): string[] {
  const byCost = [...report.options].sort((a, b) => cents(a.monthlyUsd) - cents(b.monthlyUsd));
  const best = report.options.find((o) => o.option === report.cheapest) as OptionReport;
  const others = byCost.filter((o) => o !== best);
  const next = others[0];
  const sentences: string[] = [];
  const saving = cents(next.monthlyUsd) - cents(best.monthlyUsd);
  const rest = others.slice(1).map((o) => `${usd(cents(o.monthlyUsd) - cents(best.monthlyUsd))} less than ${OPTION_LABEL[o.option]} (${usd(o.monthlyUsd)})`);
  sentences.push(
    saving === 0
      ? `${OPTION_LABEL[best.option]} and ${OPTION_LABEL[next.option]} cost the same, ${usd(best.monthlyUsd)} a month.`
      : `${OPTION_LABEL[best.option]} is cheapest at ${usd(best.monthlyUsd)} a month: ${usd(saving)} a month less than ` +
          `${OPTION_LABEL[next.option]} (${usd(next.monthlyUsd)})${rest.length > 0 ? ` and ${rest.join(', ')}` : ''}.`,
  );
  const be = report.breakEvenGbPerMonth;
  const volume = report.gbPerMonth;
  const what = report.whatIf ? 'the what-if' : 'the declared';
  if (volume <= 0) {
    sentences.push('No traffic leaves AWS, so there is no break-even volume: declare `traffic`, or ask a what-if with --gb N.');
  } else if (be === null) {
    sentences.push(`Direct Connect never gets cheaper than the internet for this traffic mix, at any volume (${what} ${amount(volume)} GB a month included).`);
  } else {
    const beText = `${amount(Math.round(be))} GB`;
    const diff = volume - be;
    const where = Math.abs(diff) < 0.5
      ? `${what} ${amount(volume)} GB is right at it`
      : diff < 0
        ? `${what} ${amount(volume)} GB is ${amount(Math.round(-diff))} GB (${pct(diff, be)}) below it, so the internet is still cheaper there`
        : `${what} ${amount(volume)} GB is ${amount(Math.round(diff))} GB (${pct(diff, be)}) above it, so Direct Connect saves money there`;
    sentences.push(`Direct Connect breaks even with the internet at about ${beText} a month out of AWS; ${where}.`);
  }
  return sentences;
}

/** The chart's plot width, in columns. */
const CHART_WIDTH = 56;

/** Sentences are wrapped to the width of the tables. */
const WIDTH = 109;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function formatCostTable(report: CostReport, options: CostTableOptions): string {
  const c = painter(options.color);
  const out: string[] = [];
  const source = options.file ? `${terminalSafe(options.file)}: ` : '';
  const traffic = report.whatIf
    ? `what-if: ${amount(report.whatIf.gbPerMonth)} GB a month from ${terminalSafe(report.whatIf.from)} to ${terminalSafe(report.whatIf.to)}` +
      `${report.whatIf.over ? ` over ${terminalSafe(report.whatIf.over)}` : ''} (instead of the declared traffic)`
    : `${amount(report.gbPerMonth)} GB a month out of AWS${report.inboundGbPerMonth > 0 ? ` and ${amount(report.inboundGbPerMonth)} GB into AWS` : ''}` +
      `${report.siteToSiteGbPerMonth > 0 ? ` and ${amount(report.siteToSiteGbPerMonth)} GB between sites over SiteLink` : ''}` +
      ` in ${report.flows} flow${report.flows === 1 ? '' : 's'}`;
  out.push(c.bold(`${source}monthly cost of ${traffic}`));
  const left = report.unpriced.length;
  if (left > 0) {
    const of = report.flows + left;
    out.push(c.yellow.bold(`${left} of ${of} declared flows left out, not in any total: ${report.unpriced.map(terminalSafe).join(', ')} (see the notes below)`));
  }
  out.push(c.dim(`USD list prices as of ${report.pricingAsOf}, 730-hour month${report.freeTier ? '' : ', without the 100 GB free tier'}`));
  out.push('');
  if (report.bill) {
    out.push(c.bold(`Full bill: every fixed charge of the design, used by a flow or not: ${usd(report.bill.monthlyUsd)} a month`));
    out.push(linesTable(report.bill.lines, 'total fixed charges a month', report.bill.monthlyUsd, c, options.width));
    out.push(c.dim('Per-GB charges (transfer, TGW and endpoint processing) depend on the option: each option below adds its own.'));
    out.push('');
  }
  const order: OptionName[] = ['direct-connect', 'vpn', 'internet'];
  for (const name of order) {
    const o = report.options.find((x) => x.option === name);
    if (!o) continue;
    out.push(optionTable(o, o.option === report.cheapest, c, options.width));
    out.push('');
  }
  const [first, ...more] = costVerdict(report);
  const prose = Math.min(WIDTH, options.width ?? WIDTH);
  out.push(...wrap(first, prose).map((l) => c.bold(l)));
  for (const s of more) out.push(...wrap(s, prose));
  for (const n of report.notes) out.push(...wrap(`note: ${terminalSafe(n)}`, prose).map((l) => c.dim(l)));
  if (options.chart !== false) {
    out.push('');
    // On a terminal narrower than the chart, the plot narrows (its $ labels take up to 8 columns).
    const plot = options.width === undefined ? undefined : Math.max(20, Math.min(CHART_WIDTH, options.width - 8));
    out.push(formatCostTextChart(report, { color: options.color, width: plot }).trimEnd());
  }
  return `${out.join('\n')}\n`;
}
