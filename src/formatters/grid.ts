// A boxed text table whose first columns span a group of rows, drawn directly: cli-table3 takes
// about 2 ms a row, which is minutes for the thousands of rows a large topology gives. Cells
// wrap at word boundaries to their column's width, colour kept on every line (table-width.ts).
// Pure.
import { visibleWidth as width, wrapCell as wrap } from './table-width';

const pad = (s: string, w: number): string => ` ${s}${' '.repeat(Math.max(0, w - width(s)))} `;

/**
 * `groups`: each a list of rows of `head.length` cells; the first `span` cells of a group's
 * first row stand for the whole group (later rows' are ignored). `widths`: each column's
 * content width.
 */
export function renderGrid(head: string[], groups: string[][][], widths: number[], span: number): string {
  const line = (l: string, m: string, r: string, from = 0): string => l + widths.slice(from).map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out: string[] = [line('┌', '┬', '┐')];
  const cells = (row: string[], ws: number[]): string[] => {
    const wrapped = row.map((c, i) => wrap(c, ws[i]));
    const h = Math.max(1, ...wrapped.map((x) => x.length));
    return Array.from({ length: h }, (_, k) => wrapped.map((x, i) => pad(x[k] ?? '', ws[i])).join('│'));
  };
  for (const l of cells(head, widths)) out.push(`│${l}│`);
  const spanW = widths.slice(0, span);
  const restW = widths.slice(span);
  const sep = '├' + restW.map((w) => '─'.repeat(w + 2)).join('┼') + '┤';
  groups.forEach((rows) => {
    out.push(line('├', '┼', '┤'));
    // The right-hand part: each row's lines, with separators between rows.
    const tail: string[] = [];
    rows.forEach((row, i) => {
      if (i > 0) tail.push(sep);
      for (const l of cells(row.slice(span), restW)) tail.push(`│${l}│`);
    });
    const left = rows[0].slice(0, span).map((c, i) => wrap(c, spanW[i]));
    const h = Math.max(1, ...left.map((x) => x.length));
    while (tail.length < h) tail.push(`│${restW.map((w) => pad('', w)).join('│')}│`);
    tail.forEach((t, k) => out.push(span === 0 ? t : `│${left.map((x, i) => pad(x[k] ?? '', spanW[i])).join('│')}${t}`));
  });
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}
