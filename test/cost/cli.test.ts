// `dxplan cost` end to end: JSON shape, the table's verdict and chart, --gb, --no-free-tier,
// --pricing (good and bad), --chart, and the exit codes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';
import { BASE } from '../helpers';
import { conformanceTopology } from '../shared-dir';

const WORKED = conformanceTopology('01-cost-worked-example');
const WHAT_IF = conformanceTopology('02-cost-what-if-gb');
const ANSI = /\u001b\[/;

function file(dir: string, name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe('dxplan cost --format json', () => {
  test('the worked example of cost.md, to the cent, in the cli.md shape', async () => {
    const r = await cli(['cost', '-f', WORKED, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ pricingAsOf: '2026-10-01', gbPerMonth: 20_000, cheapest: 'internet', breakEvenGbPerMonth: 24_612.31 });
    expect(out.options.map((o: { option: string; monthlyUsd: number }) => [o.option, o.monthlyUsd])).toEqual([
      ['direct-connect', 2_042.5], ['vpn', 1_779.2], ['internet', 1_742.7],
    ]);
    for (const o of out.options) {
      for (const l of o.lines) expect(Object.keys(l)).toEqual(['item', 'quantity', 'unit', 'unitUsd', 'usd']);
      const sum = o.lines.reduce((s: number, l: { usd: number }) => s + l.usd, 0);
      expect(sum).toBeCloseTo(o.monthlyUsd, 2);
    }
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('--gb prices the what-if of case 02', async () => {
    const out = JSON.parse((await cli(['cost', '-f', WHAT_IF, '--gb', '5000', '--format', 'json'])).stdout);
    expect(out.options.map((o: { monthlyUsd: number }) => o.monthlyUsd)).toEqual([319, 477.5, 441]);
    expect(out).toMatchObject({ gbPerMonth: 5_000, cheapest: 'direct-connect', breakEvenGbPerMonth: 3_257.14 });
    expect(out.whatIf).toEqual({ gbPerMonth: 5_000, from: 'us-east-1', to: 'branch', over: 'dx-branch' });
  });

  test('--no-free-tier bills the first 100 GB', async () => {
    const out = JSON.parse((await cli(['cost', '-f', WORKED, '--format', 'json', '--no-free-tier'])).stdout);
    expect(out.freeTier).toBe(false);
    expect(out.options[2].monthlyUsd).toBe(1_751.2);
  });

  test('a pricing file overrides a figure and its date', async () => {
    const dir = tempDir();
    const prices = file(dir, 'prices.yaml', "asOf: '2026-11-01'\nports:\n  dedicated:\n    10Gbps: 1.5\n");
    const out = JSON.parse((await cli(['cost', '-f', WORKED, '--format', 'json', '--pricing', prices])).stdout);
    expect(out.pricingAsOf).toBe('2026-11-01');
    expect(out.options[0].monthlyUsd).toBe(1_495);
  });
});

describe('dxplan cost (table)', () => {
  test('one table per option, a verdict and a text chart', async () => {
    const r = await cli(['cost', '-f', WORKED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('USD list prices as of 2026-10-01');
    expect(r.stdout).toContain('Direct Connect (direct-connect): $2,042.50 a month');
    expect(r.stdout).toContain('Internet (internet): $1,742.70 a month — cheapest');
    expect(r.stdout).toMatch(/total Direct Connect a month\s+│\s+\$2,042\.50/);
    const text = r.stdout.replace(/\n(?![│┌└├\n])/g, ' ');
    expect(text).toContain('Internet is cheapest at $1,742.70 a month: $36.50 a month less than Site-to-Site VPN ($1,779.20) and $299.80 less than Direct Connect ($2,042.50).');
    expect(text).toContain('Direct Connect breaks even with the internet at about 24,612 GB a month out of AWS; the declared 20,000 GB is 4,612 GB (19%) below it');
    expect(r.stdout).toContain('GB a month out of AWS');
    expect(r.stdout).toContain('| break-even 24,612 GB');
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('colour on a TTY, off with --no-color', async () => {
    expect((await cli(['cost', '-f', WORKED], { tty: true })).stdout).toMatch(ANSI);
    expect((await cli(['cost', '-f', WORKED, '--no-color'], { tty: true })).stdout).not.toMatch(ANSI);
  });
});

describe('dxplan cost --chart', () => {
  test('writes an SVG with the three curves, axes, legend and markers, atomically', async () => {
    const dir = tempDir();
    const out = join(dir, 'cost.svg');
    const r = await cli(['cost', '-f', WORKED, '--chart', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wrote ${out}\n`);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    for (const text of ['GB a month out of AWS', 'USD a month', 'Direct Connect', 'Site-to-Site VPN', 'Internet', 'break-even ≈ 24,612 GB', 'declared 20,000 GB', '$1,742.70 a month, cheapest']) {
      expect(svg).toContain(text);
    }
    // Only the chart is left in the folder: no temporary file.
    expect(readdirSync(dir)).toEqual(['cost.svg']);
  });

  test('an unwritable chart path is a usage error', async () => {
    const r = await cli(['cost', '-f', WORKED, '--chart', join(tempDir(), 'no-such-dir', 'c.svg')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dxplan: cannot write .*c\.svg: no such file\n$/);
  });
});

describe('dxplan cost: errors', () => {
  test('a region the price table lacks: exit 2, one line naming the key to add', async () => {
    const dir = tempDir();
    const topo = file(dir, 't.yaml', `${BASE.replace(/us-east-1/g, 'me-south-1')}traffic:\n  - from: prod\n    to: hq\n    gbPerMonth: 100\n`);
    const r = await cli(['cost', '-f', topo, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/directConnectTransfer\.regionGroups\.me-south-1|internetTransfer\.regions\.me-south-1/);
    expect(r.stderr).toMatch(/--pricing/);
  });

  test('the same topology priced with a pricing file that adds the region', async () => {
    const dir = tempDir();
    const topo = file(dir, 't.yaml', `${BASE.replace(/us-east-1/g, 'me-south-1')}traffic:\n  - from: prod\n    to: hq\n    gbPerMonth: 1000\n`);
    const prices = file(dir, 'p.yaml', 'directConnectTransfer:\n  regionGroups:\n    me-south-1: europe\ninternetTransfer:\n  regions:\n    me-south-1: [0.117, 0.1105, 0.091, 0.065]\n');
    const r = await cli(['cost', '-f', topo, '--format', 'json', '--pricing', prices]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.options[0].monthlyUsd).toBe(1_642.5 + 1_000 * 0.02);
    expect(out.options[2].monthlyUsd).toBe(105.3);
  });

  test('a bad pricing file: exit 2 with located diagnostics (stylish on stderr, JSON on stdout)', async () => {
    const dir = tempDir();
    const prices = file(dir, 'p.yaml', 'ports:\n  dedicated:\n    10Gbps: cheap\nvpnn: {}\n');
    const table = await cli(['cost', '-f', WORKED, '--pricing', prices]);
    expect(table.code).toBe(2);
    expect(table.stdout).toBe('');
    expect(table.stderr).toContain(`${prices}:3:13`);
    expect(table.stderr).toContain('schema-type');
    expect(table.stderr).toContain(`${prices}:4:1`);
    expect(table.stderr).toContain('did you mean `vpn`?');
    const json = await cli(['cost', '-f', WORKED, '--pricing', prices, '--format', 'json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).diagnostics.map((d: { rule: string; line: number }) => [d.rule, d.line])).toEqual([['schema-type', 3], ['schema-unknown-key', 4]]);
  });

  test('a missing pricing file or topology, a bad --gb: one line, exit 2', async () => {
    for (const argv of [
      ['cost', '-f', WORKED, '--pricing', 'no-such-prices.yaml'],
      ['cost', '-f', 'no-such-topology.yaml'],
      ['cost', '-f', WORKED, '--gb', 'lots'],
      ['cost', '-f', WORKED, '--format', 'csv'],
    ]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('a topology that does not parse is reported in the chosen format, exit 2', async () => {
    const dir = tempDir();
    const topo = file(dir, 'bad.yaml', 'version: 1\nsites: [\n');
    const r = await cli(['cost', '-f', topo, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).diagnostics[0].rule).toBe('yaml-syntax');
  });

  test('a topology with errors is still priced, with a note on stderr', async () => {
    const dir = tempDir();
    const topo = file(dir, 't.yaml', `${BASE}traffic:\n  - from: prod\n    to: hq\n    gbPerMonth: 100\nbogus: 1\n`);
    const r = await cli(['cost', '-f', topo, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/has 1 error .*dxplan validate/);
    expect(existsSync(topo)).toBe(true);
  });
});
