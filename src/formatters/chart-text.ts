// The three cost curves as a compact terminal chart, for `cost`'s table output:
//
//   $4k ┤                    :  |           I I I
//       │            D D D D : D|D D D I I V
//   ...
//    $0 ┼────────────────────┴──────────────────
//       0                  25k                50k GB a month out of AWS
//
// One letter per series (D, V, I; `=` where VPN and internet run together, `*` where
// Direct Connect meets another), `|` at the break-even and `:` at the
// declared volume. Colour only when options.color. Pure.
import type { OptionName } from '../cost/flow';
import type { CostReport } from '../cost/report';
import { amount, axis, compact, OPTION_LABEL, valueAt } from './cost-units';
import { painter } from './paint';

const LETTER: Readonly<Record<OptionName, string>> = { 'direct-connect': 'D', vpn: 'V', internet: 'I' };

/** A cell: one series, `=` where VPN and internet run together, `*` where Direct Connect meets another. */
type Cell = OptionName | '=' | '*' | undefined;

const isPair = (a: Cell, b: OptionName): boolean => (a === 'vpn' && b === 'internet') || (a === 'internet' && b === 'vpn');

export function formatCostTextChart(report: CostReport, options: { color: boolean; width?: number; height?: number }): string {
  const c = painter(options.color);
  const paint: Record<OptionName, (s: string) => string> = { 'direct-connect': c.blue, vpn: c.yellow, internet: c.green };
  const width = options.width ?? 56;
  const height = options.height ?? 10;
  const xMax = report.curves.xMaxGb;
  let yData = 0;
  for (const s of report.curves.series) for (const [, y] of s.points) yData = Math.max(yData, y);
  const yMax = axis(yData * 1.02, 4).max;
  const grid: string[][] = Array.from({ length: height }, () => Array<string>(width).fill(' '));
  const owner: Cell[][] = Array.from({ length: height }, () => Array<Cell>(width).fill(undefined));
  const colOf = (x: number): number => Math.round((x / xMax) * (width - 1));
  // Row r stands for yMax × (height − r) / height; the axis line below the rows is $0.
  const rowOf = (y: number): number => Math.min(height - 1, Math.max(0, Math.round(height - (y / yMax) * height)));

  const be = report.breakEvenGbPerMonth;
  const markCol = (x: number | null, ch: string): number | undefined => {
    if (x === null || !(x >= 0 && x <= xMax)) return undefined;
    const col = colOf(x);
    for (let r = 0; r < height; r++) grid[r][col] = ch;
    return col;
  };
  const declaredCol = report.gbPerMonth > 0 ? markCol(report.gbPerMonth, ':') : undefined;
  const beCol = markCol(be, '|');

  for (const s of report.curves.series) {
    let prevRow: number | undefined;
    for (let col = 0; col < width; col++) {
      const row = rowOf(valueAt(s.points, (col / (width - 1)) * xMax));
      // Fill the rows between this column and the last, so steep curves stay continuous.
      const from = prevRow === undefined ? row : prevRow < row ? prevRow + 1 : prevRow > row ? prevRow - 1 : row;
      for (let r = Math.min(from, row); r <= Math.max(from, row); r++) {
        const had = owner[r][col];
        owner[r][col] = had === undefined || had === s.option ? s.option : had === '=' || isPair(had, s.option) ? '=' : '*';
      }
      prevRow = row;
    }
  }
  const lines: string[] = [];
  const labelWidth = Math.max(...[yMax, (yMax * (height - Math.round(height / 2))) / height, 0].map((v) => `$${compact(v)}`.length));
  for (let r = 0; r < height; r++) {
    const midRow = Math.round(height / 2);
    const label = r === 0 ? `$${compact(yMax)}` : r === midRow ? `$${compact((yMax * (height - midRow)) / height)}` : '';
    let row = '';
    for (let col = 0; col < width; col++) {
      const o = owner[r][col];
      if (o === '*') row += c.magenta.bold('*');
      else if (o === '=') row += c.green('=');
      else if (o) row += paint[o](LETTER[o]);
      else row += grid[r][col] === '|' ? c.magenta('|') : grid[r][col];
    }
    lines.push(`${label.padStart(labelWidth)} ${label ? '┤' : '│'}${row}`);
  }
  let base = '─'.repeat(width).split('');
  if (declaredCol !== undefined) base[declaredCol] = '┴';
  if (beCol !== undefined) base[beCol] = '┴';
  lines.push(`${'$0'.padStart(labelWidth)} ┼${base.join('')}`);
  base = [];
  const left = '0';
  const mid = compact(xMax / 2);
  const right = compact(xMax);
  const axisLine = Array<string>(width).fill(' ');
  const put = (col: number, text: string): void => { for (let i = 0; i < text.length && col + i < width; i++) axisLine[col + i] = text[i]; };
  put(0, left);
  put(Math.round((width - 1) / 2) - Math.floor(mid.length / 2), mid);
  put(width - right.length, right);
  lines.push(`${' '.repeat(labelWidth)}  ${axisLine.join('')} GB a month out of AWS`);
  const legend = report.curves.series.map((s) => `${paint[s.option](LETTER[s.option])} ${OPTION_LABEL[s.option]}`).join('  ');
  const marks: string[] = [];
  if (declaredCol !== undefined) marks.push(`: ${report.whatIf ? 'what-if' : 'declared'} ${amount(report.gbPerMonth)} GB`);
  if (beCol !== undefined && be !== null) marks.push(`${c.magenta('|')} break-even ${amount(Math.round(be))} GB`);
  const meets = owner.some((r) => r.includes('=')) ? '  = VPN and Internet together' : '';
  const crosses = owner.some((r) => r.includes('*')) ? '  * curves cross' : '';
  lines.push(`${' '.repeat(labelWidth)}  ${legend}${meets}${crosses}`);
  if (marks.length > 0) lines.push(`${' '.repeat(labelWidth)}  ${marks.join('  ')}`);
  return `${lines.join('\n')}\n`;
}
