// Tables fit the terminal they are printed on (issue 13, item 11): on a terminal of 80 or 100
// columns no table line is wider, cells wrap at words with nothing lost; to a pipe or a file the
// output is what it always was, whatever the terminal.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE } from '../helpers';
import { cli, tempDir } from './run';

const SPEC = 'fixtures/spec-example.yaml';
const LONG = 'orders-database-primary-in-the-production-account-of-the-payments-team-in-us-east-1';
const POOLS = Array.from({ length: 9 }, (_, i) => `10.${100 + i}.0.0/16`).join(',');

/** A topology whose names make the route table wider than a terminal. */
function longNames(): string {
  const file = join(tempDir(), 'long.yaml');
  writeFileSync(file, BASE.replace(/orders-db/g, LONG));
  return file;
}

/** Each command, and the narrowest terminal it fits (drift's six columns need 67 at 10 each). */
const COMMANDS: [string, () => string[], number][] = [
  ['route', () => ['route', 'app1', LONG, '-f', longNames(), '--no-color'], 60],
  ['cost', () => ['cost', '-f', SPEC, '--bill', '--no-color'], 60],
  ['rules', () => ['rules', '--no-color'], 60],
  ['suggest', () => ['suggest', 'cidr', '--size', '/24', '--pool', POOLS, '-f', SPEC], 60],
  ['drift', () => ['drift', 'fixtures/aws/design.yaml', 'fixtures/aws/estate', '--no-color'], 70],
];

const tableLines = (out: string): string[] => out.split('\n').filter((l) => /^\s*[│┌├└]/.test(l));
const lengthOf = (l: string): number => [...l].length;
/** Every character the output shows, borders, spaces and line breaks aside, sorted: wrapping keeps them all. */
const shown = (out: string): string => [...withoutPlot(out)].filter((ch) => !/[\s│┌┐└┘├┤┬┴┼─]/.test(ch)).sort().join('');
/** cost's chart plots fewer points when it narrows: its plot rows (a $ label or blanks, then the axis) are a picture, not words. */
const withoutPlot = (out: string): string => out.split('\n').filter((l) => !/^ *\S* [│┤┼]/.test(l)).join('\n');

describe.each(COMMANDS)('%s as a table', (_, args, narrowest) => {
  test('is wider than 100 columns unfitted (else this test shows nothing)', async () => {
    const r = await cli(args());
    expect(Math.max(...tableLines(r.stdout).map(lengthOf))).toBeGreaterThan(100);
  });

  test.each([narrowest, 80, 100])('fits a terminal %i columns wide, every word still there', async (columns) => {
    const r = await cli(args(), { tty: true, columns });
    const lines = tableLines(r.stdout);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => lengthOf(l) > columns)).toEqual([]);
    expect(shown(r.stdout)).toBe(shown((await cli(args())).stdout));
    expect(r.stdout).not.toContain('…');
  });

  test('to a pipe: the same output whatever the terminal', async () => {
    const plain = await cli(args());
    const narrow = await cli(args(), { tty: false, columns: 60 });
    expect(narrow).toEqual(plain);
  });
});

// diff's one grid is its cost comparison, narrower than the others: it fits a narrow terminal.
describe('diff as a table', () => {
  const args = ['diff', 'fixtures/diff/before.yaml', 'fixtures/diff/after.yaml', '--no-color'];

  test.each([60, 50])('fits a terminal %i columns wide, every word still there', async (columns) => {
    const plain = await cli(args);
    expect(Math.max(...tableLines(plain.stdout).map(lengthOf))).toBeGreaterThan(columns);
    const r = await cli(args, { tty: true, columns });
    expect(tableLines(r.stdout).filter((l) => lengthOf(l) > columns)).toEqual([]);
    expect(shown(r.stdout)).toBe(shown(plain.stdout));
    expect(r.stdout).not.toContain('…');
  });

  test('to a pipe: the same output whatever the terminal', async () => {
    expect(await cli(args, { columns: 50 })).toEqual(await cli(args));
  });
});
