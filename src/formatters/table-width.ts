// Text tables that fit the terminal they are printed on: column widths, and cells wrapped to
// them at word boundaries (a word longer than its column is cut, never dropped), colour codes
// kept on every line they colour. For cli-table3's tables and for renderGrid's. Pure.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const ANSI_OR_CHAR = /\u001b\[[0-9;]*m|[\s\S]/gu;

/** The narrowest a column gets (content and its padding) when a table is fitted to a terminal. */
const MIN_COLUMN = 10;

/** A line's width on screen: its characters, colour codes left out. */
export function visibleWidth(line: string): number {
  return [...line.replace(ANSI, '')].length;
}

/** A cell's width on screen: its widest line. */
function cellWidth(cell: string): number {
  return Math.max(0, ...cell.split('\n').map(visibleWidth));
}

/** Each column's widest line, up to its cap (then cells wrap), and the widths narrowed to `width` when given; widths count a space of padding on each side. */
export function fitWidths(rows: readonly (readonly string[])[], caps: readonly number[], width?: number): number[] {
  const widths = caps.map((cap, i) => Math.min(cap, Math.max(3, ...rows.map((r) => cellWidth(r[i] ?? '')))) + 2);
  return width === undefined ? widths : fitTo(widths, width);
}

/**
 * The widths narrowed until the table, with a border between and around the columns, fits
 * `width`: the widest column gives up a character at a time, none below MIN_COLUMN.
 */
export function fitTo(widths: readonly number[], width: number): number[] {
  const out = [...widths];
  let total = out.reduce((a, b) => a + b, 0) + out.length + 1;
  while (total > width) {
    const widest = out.indexOf(Math.max(...out));
    if (out[widest] <= MIN_COLUMN) break;
    out[widest]--;
    total--;
  }
  return out;
}

/**
 * A cli-table3 table of `rows` (the head first), or of `fixed` column widths, on a terminal
 * `width` wide: the narrowed widths and the cells wrapped to them, when the table would not fit;
 * undefined otherwise, so that output to a pipe or a file is the same whatever the terminal.
 */
export function fitTable(rows: readonly (readonly string[])[], width: number | undefined, fixed?: readonly number[]): { colWidths: number[]; rows: string[][] } | undefined {
  if (width === undefined) return undefined;
  const natural = fixed ? [...fixed] : fitWidths(rows, rows[0].map(() => Infinity));
  const colWidths = fitTo(natural, width);
  if (colWidths.every((w, i) => w === natural[i])) return undefined;
  return { colWidths, rows: rows.map((r) => r.map((cell, i) => wrapCell(cell, colWidths[i] - 2).join('\n'))) };
}

/** A cell's lines wrapped to `w` characters at spaces; a word longer than `w` is cut. */
export function wrapCell(cell: string, w: number): string[] {
  return cell.split('\n').flatMap((l) => wrapLine(l, w));
}

function wrapLine(line: string, w: number): string[] {
  if (visibleWidth(line) <= w) return [line];
  const lines: string[][] = [];
  let cur: string[] = [];
  let curWidth = 0;
  const flush = (): void => {
    lines.push(cur);
    cur = [];
    curWidth = 0;
  };
  for (const word of line.split(' ')) {
    const tokens = word.match(ANSI_OR_CHAR) ?? [];
    const wordWidth = visibleWidth(word);
    if (curWidth > 0 && curWidth + 1 + wordWidth <= w) {
      cur.push(' ', ...tokens);
      curWidth += 1 + wordWidth;
      continue;
    }
    if (curWidth > 0) flush();
    // A word longer than the column is cut into pieces of `w` characters.
    for (const t of tokens) {
      if (!t.startsWith('\u001b') && curWidth === w) flush();
      cur.push(t);
      if (!t.startsWith('\u001b')) curWidth++;
    }
  }
  if (cur.length > 0 || lines.length === 0) flush();
  return keepColours(lines);
}

/** Colour open at the end of a line is closed there and opened again on the next. */
function keepColours(lines: string[][]): string[] {
  let open: string[] = [];
  return lines.map((tokens) => {
    const start = open.join('');
    for (const t of tokens) {
      if (!t.startsWith('\u001b')) continue;
      // 0 resets everything; 22-29, 39 and 49 close what chalk opened.
      if (/^\u001b\[(0|2\d|39|49)?m$/.test(t)) open = [];
      else open.push(t);
    }
    return `${start}${tokens.join('')}${open.length > 0 ? '\u001b[0m' : ''}`;
  });
}
