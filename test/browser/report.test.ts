/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the page.)
// `dxplan report` opened in a real headless Chromium (playwright-core + @sparticuz/chromium,
// unpacked once by global-setup.js): offline, no console error, every section there and
// visible, a box for every site, location, VIF and VPC, labels inside their boxes, findings
// linked to their objects, markup in names shown as text. Screenshots go to test-output/browser/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { validateBytes } from '../../src/engine/validate';
import type { Topology } from '../../src/model/types';
import { cli } from '../cli/run';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-output', 'browser');
const executablePath = process.env.DXPLAN_BROWSER;
const cannotStart = process.env.DXPLAN_BROWSER_ERROR ?? (executablePath ? undefined : 'the jest global setup did not run');
if (cannotStart) {
  // eslint-disable-next-line no-console
  console.warn(`Browser tests of dxplan report skipped: the headless browser cannot start here (${cannotStart}).`);
}
const describeInBrowser = cannotStart ? describe.skip : describe;

jest.setTimeout(120_000);

const SECTIONS = ['verdict', 'diagram', 'findings', 'routes', 'resilience', 'cost'];

function topologyOf(fixture: string): Topology {
  const file = join(ROOT, 'fixtures', fixture);
  const topology = validateBytes(file, readFileSync(file)).topology;
  if (!topology) throw new Error(`${fixture} did not load`);
  return topology;
}

interface Opened {
  page: Page;
  consoleErrors: string[];
  /** Every request other than the report file itself. */
  requests: string[];
  failed: string[];
}

describeInBrowser('dxplan report in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(fixture: string): Promise<Opened> {
    const html = join(OUT, fixture.replace(/\//g, '-').replace(/\.yaml$/, '.html'));
    const r = await cli(['report', '-f', `fixtures/${fixture}`, '-o', html]);
    expect(r.code).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const opened: Opened = { page, consoleErrors: [], requests: [], failed: [] };
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') opened.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => opened.consoleErrors.push(e.message));
    page.on('request', (q) => { if (q.url() !== `file://${html}`) opened.requests.push(q.url()); });
    page.on('requestfailed', (q) => opened.failed.push(q.url()));
    await page.goto(`file://${html}`, { waitUntil: 'load' });
    return opened;
  }

  async function sectionsInOrder(page: Page): Promise<void> {
    let last = -1;
    for (const id of SECTIONS) {
      const section = page.locator(`section#${id}`);
      expect(await section.isVisible()).toBe(true);
      expect((await section.locator('h2').textContent())?.length).toBeGreaterThan(0);
      const box = await section.boundingBox();
      expect(box!.y).toBeGreaterThan(last);
      last = box!.y;
    }
  }

  /** First lines of the diagram's boxes (nodes) and group boxes (sites, locations). */
  async function diagramNames(page: Page): Promise<{ nodes: string[]; groups: string[] }> {
    return page.evaluate(() => {
      const first = (sel: string) => [...document.querySelectorAll(`#diagram svg ${sel}`)].map((g) => g.querySelector('text')?.textContent ?? '');
      return { nodes: first('g.node'), groups: first('g.cluster') };
    });
  }

  /** Boxes whose text runs outside the box's outline (the text's bounding box against the shape's). */
  async function overflowingLabels(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const out: string[] = [];
      for (const g of document.querySelectorAll<SVGGElement>('#diagram svg g.node')) {
        const shape = g.querySelector<SVGGraphicsElement>('polygon, ellipse, path');
        if (!shape) continue;
        const s = shape.getBBox();
        for (const t of g.querySelectorAll<SVGTextElement>('text')) {
          const b = t.getBBox();
          if (b.x < s.x - 0.5 || b.x + b.width > s.x + s.width + 0.5) out.push(`${t.textContent} (${b.width.toFixed(1)} in ${s.width.toFixed(1)})`);
        }
      }
      return out;
    });
  }

  for (const fixture of ['spec-example.yaml', 'multi-region-transit.yaml']) {
    test(`${fixture}: offline, no console error, every section, a box for every site, location, VIF and VPC`, async () => {
      const { page, consoleErrors, requests, failed } = await open(fixture);
      try {
        expect(consoleErrors).toEqual([]);
        expect(requests).toEqual([]);
        expect(failed).toEqual([]);
        await sectionsInOrder(page);
        const t = topologyOf(fixture);
        const { nodes, groups } = await diagramNames(page);
        expect(nodes).toEqual(expect.arrayContaining([...t.vifs, ...t.vpcs].map((e) => e.name)));
        for (const s of t.sites) expect(groups).toContain(`site ${s.name} ${s.cidrs.map((c) => c.text).join(', ')}`);
        for (const l of t.locations) expect(groups).toContain(`${l.name} (${l.region})`);
        expect(await overflowingLabels(page)).toEqual([]);
        // Every intent and flow has its route; the cost section has the three tables and the chart.
        expect(await page.locator('#routes article.route').count()).toBe(t.intents.length + t.traffic.length);
        expect(await page.locator('#cost table').count()).toBe(3);
        expect(await page.locator('#cost .chart svg polyline').count()).toBe(3);
        await page.screenshot({ path: join(OUT, fixture.replace(/\.yaml$/, '.png')), fullPage: true });
        if (fixture === 'spec-example.yaml' && process.env.DXPLAN_UPDATE_SCREENSHOT === '1') {
          // The README's picture: the top of the page, where the verdict and the diagram are.
          await page.screenshot({ path: join(ROOT, 'docs', 'report.png'), clip: { x: 0, y: 0, width: 1400, height: 1000 } });
        }
        // Printing hides the navigation and starts each section on a new page.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('nav.toc').isVisible()).toBe(false);
        expect(await page.locator('section#cost').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
      } finally {
        await page.close();
      }
    });
  }

  test('markup in names and free text shows as text; a finding links to the box of its object', async () => {
    const { page, consoleErrors, requests } = await open('report/hostile.yaml');
    try {
      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual([]);
      const injected = await page.evaluate(() => document.querySelectorAll('img, iframe, script, [onload], [onerror]').length);
      expect(injected).toBe(0);
      expect(await page.locator('h1').textContent()).toBe('Direct Connect design review: <img src=x onerror=alert(1)> & <b>review</b>');
      const { nodes } = await diagramNames(page);
      expect(nodes).toEqual(expect.arrayContaining(['<img/src=x/onerror=alert(2)>', '&lt;b&gt;tgw']));
      const svgText = await page.locator('#diagram svg').textContent();
      expect(svgText).toContain("AWS device <script>alert('device')</script>");
      expect(await page.locator('#routes').textContent()).toContain('vif-<img/src=x/onerror=alert(2)>');

      // The VLAN finding sits on its VIF; its link scrolls to that VIF's box in the diagram.
      const finding = page.locator('#findings article.finding.error').first();
      expect(await finding.locator('.badge.rule').textContent()).toBe('vif-vlan-unique');
      expect(await finding.locator('.where').textContent()).toMatch(/^fixtures\/report\/hostile\.yaml:\d+:\d+ · on vif-public$/);
      expect(await finding.locator('pre.yaml .hit').textContent()).toMatch(/vlan: 101/);
      await finding.locator('a.obj').click();
      const target = await page.evaluate(() => {
        const el = document.querySelector(decodeURIComponent(location.hash));
        return el ? { inSvg: el.closest('#diagram svg') !== null, text: el.querySelector('text')?.textContent, marked: el.querySelector('polygon, ellipse, path')?.getAttribute('stroke') } : null;
      });
      expect(target).toEqual({ inSvg: true, text: 'vif-public', marked: '#c62828' });
      await page.screenshot({ path: join(OUT, 'report-hostile.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  test('graph --format svg opens alone, with every member of an equal-cost set highlighted', async () => {
    const r = await cli(['graph', '-f', 'fixtures/multi-region-transit.yaml', '--format', 'svg', '--route', 'erp-app', 'payments-db']);
    expect(r.code).toBe(0);
    const file = join(OUT, 'graph-ecmp.svg');
    writeFileSync(file, r.stdout);
    const page = await browser.newPage();
    try {
      await page.goto(`file://${file}`);
      const highlighted = await page.evaluate(() => [...document.querySelectorAll('g.node')]
        .filter((g) => g.querySelector('polygon, ellipse, path')?.getAttribute('stroke') === '#c62828')
        .map((g) => g.querySelector('text')?.textContent));
      expect(highlighted).toEqual(expect.arrayContaining(['tvif-east-1', 'tvif-east-2', 'tvif-east-3', 'tvif-east-4', 'east-dx-1', 'east-dx-4']));
      expect(highlighted).not.toContain('tvif-west-1');
    } finally {
      await page.close();
    }
  });
});
