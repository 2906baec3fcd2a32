// cost.md, "Additions": SiteLink VIF-hours and per-GB transfer by the two locations' geographies,
// direct-connect option only; a missing pair of geographies is exit 2 naming the pricing key.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';
import { conformanceTopology } from '../shared-dir';

const FIXTURE = conformanceTopology('30-sitelink-two-sites');

interface Option { option: string; monthlyUsd: number; lines: { item: string; usd: number }[] }

describe('dxplan cost with SiteLink', () => {
  test('bills every SiteLink VIF-hour and the site-to-site GB; the vpn and internet options carry it for free', async () => {
    const r = await cli(['cost', '-f', FIXTURE, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { options: Option[]; breakEvenGbPerMonth: number | null };
    const dx = out.options.find((o) => o.option === 'direct-connect') as Option;
    expect(dx.lines.filter((l) => l.item.startsWith('SiteLink')).map((l) => [l.item, l.usd])).toEqual([
      ['SiteLink on VIF vif-nyc', 365],
      ['SiteLink on VIF vif-london', 365],
      ['SiteLink transfer replication: EqNY5 → EqLD5 (us → europe)', 141],
    ]);
    expect(dx.monthlyUsd).toBeCloseTo(1_642.5 + 240.9 + 730 + 141, 6);
    const inet = out.options.find((o) => o.option === 'internet') as Option;
    expect(inet.monthlyUsd).toBe(0);
    expect(inet.lines.map((l) => l.item)).toEqual(['site-to-site replication: over your own network, not AWS (free here)']);
    expect(out.breakEvenGbPerMonth).toBeNull();
  });

  test('the table heading counts the site-to-site flow and its volume (not "0 flows")', async () => {
    const r = await cli(['cost', '-f', FIXTURE, '--no-color']);
    expect(r.stdout.split('\n')[0]).toMatch(/monthly cost of 0 GB a month out of AWS and 5,000 GB between sites over SiteLink in 1 flow$/);
  });

  test('a pair of geographies the table lacks is exit 2 with one line naming the key; --pricing supplies it', async () => {
    const dir = tempDir();
    const topo = join(dir, 'oceania.yaml');
    writeFileSync(topo, readFileSync(FIXTURE, 'utf8').replace('region: eu-west-2', 'region: ap-southeast-2'));
    const r = await cli(['cost', '-f', topo, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dxplan: no SiteLink price from us to oceania: add sitelink.us.oceania ($/GB) with --pricing\n');
    const pricing = join(dir, 'pricing.yaml');
    writeFileSync(pricing, 'sitelink:\n  perGb:\n    us:\n      oceania: 0.05\n');
    const ok = await cli(['cost', '-f', topo, '--pricing', pricing, '--format', 'json']);
    expect(ok.code).toBe(0);
    const dx = (JSON.parse(ok.stdout) as { options: Option[] }).options[0];
    expect(dx.lines.find((l) => l.item.startsWith('SiteLink transfer'))?.usd).toBeCloseTo(250, 6);
  });
});
