// Issue 13, item 9: `cost --bill` lists every fixed charge of the design; NAT gateway processing
// for private-to-private flows over the internet; one assumed VPN per gateway; `--gb` routed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';
import { BASE } from '../helpers';
import { applyPricingFile, PRICING_SCHEMA } from '../../src/cost/pricing-file';
import { BUILTIN_PRICES } from '../../src/cost/prices';

const TRANSIT = readFileSync(join(__dirname, '..', '..', 'fixtures', 'multi-region-transit.yaml'), 'utf8');
/** A third VPC on tgw-use1 that no flow uses. */
const SPARE = TRANSIT.replace('vpcs:\n  - name: payments', 'vpcs:\n  - name: spare\n    region: us-east-1\n    cidrs: [10.12.0.0/16]\n  - name: payments')
  .replace('attachments: [payments, analytics]', 'attachments: [payments, analytics, spare]');

function file(text: string): string {
  const f = join(tempDir(), 'topo.yaml');
  writeFileSync(f, text);
  return f;
}

type Line = { item: string; usd: number };
const json = async (text: string, ...args: string[]) => JSON.parse((await cli(['cost', '-f', file(text), '--format', 'json', ...args])).stdout);
const items = (lines: Line[]) => lines.map((l) => l.item);

describe('cost --bill', () => {
  it('lists every port, TGW attachment and interface endpoint, used by a flow or not', async () => {
    const out = await json(SPARE, '--bill');
    const bill = items(out.bill.lines);
    expect(bill.filter((i: string) => i.startsWith('port '))).toHaveLength(8);
    expect(bill.filter((i: string) => i.startsWith('TGW '))).toEqual([
      'TGW tgw-use1 attachment payments (us-east-1)', 'TGW tgw-use1 attachment analytics (us-east-1)', 'TGW tgw-use1 attachment spare (us-east-1)',
      'TGW tgw-use1 attachment dxgw-core (us-east-1)', 'TGW tgw-usw2 attachment ml-training (us-west-2)', 'TGW tgw-usw2 attachment dxgw-core (us-west-2)',
    ]);
    expect(bill).toContain('interface endpoint analytics/s3-interface, 2 AZs (us-east-1)');
    expect(out.bill.monthlyUsd).toBeCloseTo(out.bill.lines.reduce((s: number, l: Line) => s + l.usd, 0), 2);
    expect(out.bill.monthlyUsd).toBe(8 * 1642.5 + 6 * 36.5 + 14.6);
    // The direct-connect option counts only what a flow crosses: the spare VPC's attachment is not there.
    const dx = out.options.find((o: { option: string }) => o.option === 'direct-connect');
    expect(items(dx.lines)).not.toContain('TGW tgw-use1 attachment spare (us-east-1)');
    // Adding an endpoint changes the bill even when no flow uses it.
    const more = await json(SPARE.replace('    cidrs: [10.12.0.0/16]\n', '    cidrs: [10.12.0.0/16]\n    endpoints:\n      - { service: sqs, type: interface, azs: 3 }\n'), '--bill');
    expect(more.bill.monthlyUsd - out.bill.monthlyUsd).toBeCloseTo(3 * 730 * 0.01, 2);
  });

  it('lists cross-connects, declared VPNs and SiteLink VIF-hours too', async () => {
    const spec = items((await json(readFileSync(join(__dirname, '..', '..', 'fixtures', 'spec-example.yaml'), 'utf8'), '--bill')).bill.lines);
    expect(spec).toContain('cross-connect dx-a at EqDC2 (facility fee)');
    expect(spec).toContain('VPN vpn-backup (us-east-1)');
    const sitelink = (await json(readFileSync(join(__dirname, '..', '..', 'fixtures', 'format-additions.yaml'), 'utf8'), '--bill')).bill;
    expect(items(sitelink.lines).filter((i: string) => i.startsWith('SiteLink'))).toEqual(['SiteLink on VIF vif-dual', 'SiteLink on VIF vif-branch']);
    expect(sitelink.monthlyUsd).toBe(2 * 1642.5 + 2 * 730 * 0.5);
  });

  it('prints the bill table before the options, and no bill without --bill', async () => {
    const f = file(SPARE);
    const table = (await cli(['cost', '-f', f, '--bill', '--no-color'])).stdout;
    expect(table).toContain('Full bill: every fixed charge of the design, used by a flow or not: $13,373.60 a month');
    expect(table.indexOf('Full bill')).toBeLessThan(table.indexOf('Direct Connect (direct-connect)'));
    expect((await cli(['cost', '-f', f, '--no-color'])).stdout).not.toContain('Full bill');
    expect((await json(SPARE)).bill).toBeUndefined();
  });
});

describe('NAT gateway processing in the internet option', () => {
  const PRIVATE = `${BASE}traffic:\n  - {name: backup, from: orders-db, to: hq, gbPerMonth: 20000}\n`;

  it('a private-to-private flow: the default notes its amount, --bill puts it in the internet total', async () => {
    const plain = await json(PRIVATE);
    expect(plain.notes).toContain('the internet option reaches backup (private addresses at both ends) only through a NAT gateway: its processing, 20,000 GB for $900.00 a month, is not in that total (cost --bill includes it)');
    const billed = await json(PRIVATE, '--bill');
    const internet = (o: { options: { option: string; monthlyUsd: number; lines: Line[] }[] }) => o.options.find((x) => x.option === 'internet')!;
    expect(internet(billed).monthlyUsd - internet(plain).monthlyUsd).toBeCloseTo(900, 2);
    expect(internet(billed).lines.find((l) => l.item.startsWith('NAT gateway processing: backup'))).toMatchObject({ unitUsd: 0.045, usd: 900 });
  });

  it('a flow to a public IP or a service needs none', async () => {
    const pub = await json(`${BASE}traffic:\n  - {from: s3, to: hq, gbPerMonth: 20000}\n`, '--bill');
    expect(pub.notes.join(' ')).not.toContain('NAT');
  });
});

describe('assumed VPNs', () => {
  it('a VGW design with VPCs in two regions assumes one VPN per gateway', async () => {
    const two = BASE
      .replace('    vpc: prod\n    asn: 64512\n', '    vpc: prod\n    asn: 64512\n  - name: vgw-eu\n    region: eu-west-1\n    vpc: eu\n')
      .replace('vpcs:\n', 'vpcs:\n  - name: eu\n    region: eu-west-1\n    cidrs: [10.5.0.0/16]\n')
      .replace('    gateway: vgw-prod\n', '    gateway: dxgw-a\n')
      .replace('vgws:\n', 'dxgws:\n  - name: dxgw-a\n    associations:\n      - gateway: vgw-prod\n      - gateway: vgw-eu\nvgws:\n')
      + 'traffic:\n  - {from: orders-db, to: hq, gbPerMonth: 1000}\n  - {from: eu, to: hq, gbPerMonth: 1000}\n';
    const vpn = (await json(two)).options.find((o: { option: string }) => o.option === 'vpn');
    expect(items(vpn.lines).filter((i: string) => i.startsWith('VPN'))).toEqual([
      'VPN for site hq to vgw-prod, assumed (us-east-1)', 'VPN for site hq to vgw-eu, assumed (eu-west-1)',
    ]);
  });
});

describe('cost --gb', () => {
  it('routes the what-if flow over the chosen path, with its transit gateway charges', async () => {
    const out = await json(TRANSIT, '--gb', '1000');
    expect(out.whatIf).toEqual({ gbPerMonth: 1000, from: 'us-east-1', to: 'dc-east', over: 'east-dx-1, east-dx-2, east-dx-3, east-dx-4' });
    const dx = out.options.find((o: { option: string }) => o.option === 'direct-connect');
    expect(items(dx.lines)).toEqual(expect.arrayContaining([
      'TGW tgw-use1 attachment dxgw-core (us-east-1)', 'TGW tgw-use1 attachment payments (us-east-1)', 'TGW tgw-use1 processing: what-if',
    ]));
    expect(out.notes[0]).toBe('the what-if flow is routed from VPC payments (the first in us-east-1 that reaches dc-east) to dc-east over east-dx-1, east-dx-2, east-dx-3, east-dx-4, with the transit gateway and endpoint charges of that path');
  });
});

describe('docs/cost.md ships with the model it describes', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'cost.md'), 'utf8');

  it('its --pricing example is a valid pricing file naming every section of the price table', () => {
    const example = /## The `--pricing` file[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const applied = applyPricingFile(BUILTIN_PRICES, 'docs/cost.md', example);
    expect(applied.ok ? [] : applied.diagnostics.map((d) => d.message)).toEqual([]);
    const sections = Object.keys((PRICING_SCHEMA as { fields: Record<string, unknown> }).fields);
    for (const key of sections) expect(example).toMatch(new RegExp(`^${key}:`, 'm'));
  });

  it('the notes that cite it cite the shipped file', async () => {
    const out = await json(`${BASE}traffic:\n  - {from: orders-db, to: hq, gbPerMonth: 100}\n`);
    const cited = out.notes.join(' ').match(/\(([a-z/]+\.md)\)/g) ?? [];
    expect(cited).toContain('(docs/cost.md)');
  });
});
