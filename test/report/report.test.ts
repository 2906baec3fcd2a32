// `dxplan report` without a browser: what the file holds (test/browser opens it in Chromium).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';

const page = async (fixture: string, ...args: string[]): Promise<string> => {
  const r = await cli(['report', '-f', `fixtures/${fixture}`, ...args]);
  expect(r.code).toBe(0);
  return r.stdout;
};

describe('dxplan report', () => {
  test('-o writes the page and says so; without -o it goes to stdout', async () => {
    const out = join(tempDir(), 'review.html');
    const r = await cli(['report', '-f', 'fixtures/report/hostile.yaml', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out} (1 error, 0 other findings)\n`);
    expect(readFileSync(out, 'utf8')).toBe(await page('report/hostile.yaml'));
  });

  test('sections in the order a reviewer reads them', async () => {
    const html = await page('spec-example.yaml');
    const at = ['verdict', 'diagram', 'findings', 'routes', 'resilience', 'cost'].map((id) => html.indexOf(`<section id="${id}"`));
    expect(at.every((p) => p > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('self-contained: a strict CSP that allows only its own style block by hash; no script, no external reference', async () => {
    const html = await page('multi-region-transit.yaml');
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(css).digest('base64');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'">`);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|unsafe-inline|\sstyle="|@import|url\((?!#)/i);
    // Links point inside the page only (xmlns URIs name namespaces; nothing fetches them).
    const refs = [...html.matchAll(/\s(?:href|src|xlink:href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((r) => !r.startsWith('#'))).toEqual([]);
  });

  test('the same file gives the same bytes', async () => {
    expect(await page('multi-region-transit.yaml')).toBe(await page('multi-region-transit.yaml'));
  });

  test('names and free text with markup are text in the page and in the diagram', async () => {
    const html = await page('report/hostile.yaml');
    expect(html).toContain('<title>Design review: &lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;review&lt;/b&gt;</title>');
    expect(html).toContain('&lt;img/src=x/onerror=alert(2)&gt;');
    expect(html).toContain('AWS device &lt;script&gt;alert(&#39;device&#39;)&lt;/script&gt;');
    expect(html).toContain('&amp;lt;b&amp;gt;tgw');
    expect(html).not.toMatch(/<(img|iframe|script|svg onload)/i);
  });

  test('findings: severity, rule, file:line, the fix, the YAML lines, and the object in the diagram', async () => {
    const html = await page('report/hostile.yaml');
    const finding = /<article class="finding error" id="finding-1">[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    expect(finding).toContain('<span class="badge rule">vif-vlan-unique</span>');
    expect(finding).toMatch(/fixtures\/report\/hostile\.yaml:76:11 · on <a class="obj" href="#(n\d+)">vif-public<\/a>/);
    expect(finding).toContain('<b>Fix:</b> pick a VLAN id unused on LAG lag-a');
    expect(finding).toContain('<span class="hit"><i>76</i>    vlan: 101</span>');
    const id = /href="#(n\d+)">vif-public/.exec(finding)?.[1];
    expect(html).toMatch(new RegExp(`<g id="${id}" class="node dx&#45;node dx&#45;vif">[\\s\\S]{0,200}stroke="#c62828"`));
  });

  test('a failure that breaks a route alone is marked on its object and named in the verdict', async () => {
    const dir = tempDir();
    const file = join(dir, 'single.yaml');
    // The spec example without its second connection and VPN: EqDC2 carries everything.
    const yaml = readFileSync(join(__dirname, '..', '..', 'fixtures', 'spec-example.yaml'), 'utf8')
      .replace(/ {2}- name: vif-prod-b[\s\S]*?advertise: \[10\.0\.0\.0\/16\]\n/, '')
      .replace(/ {2}- name: dx-b[\s\S]*?awsDevice: CSVA1-2xyz\n/, '')
      .replace(/vpns:[\s\S]*?advertise: \[10\.0\.0\.0\/16\] *# with routing: bgp\n/, '');
    writeFileSync(file, yaml);
    const r = await cli(['report', '-f', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/have a single point of failure \([^)]*EqDC2[^)]*lag-a[^)]*\)/);
    expect(r.stdout).toMatch(/<g id="g1" class="cluster dx&#45;group dx&#45;location">[\s\S]{0,400}stroke="#8e24aa"/);
  });

  test('a diagram too wide to fit legibly scrolls instead of shrinking; the spec example fits', async () => {
    expect(await page('spec-example.yaml')).toContain('<div class="diagram">');
    const file = join(tempDir(), 'wide.yaml');
    const cidrs = Array.from({ length: 60 }, (_, i) => `10.${i}.0.0/16`).join(', ');
    writeFileSync(file, `version: 1\nvpcs:\n  - { name: many-blocks, region: us-east-1, cidrs: [${cidrs}] }\n`);
    const r = await cli(['report', '-f', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<div class="diagram wide">');
  });

  test('an intent dxplan does not model is "not modelled", not "no path" nor "broken"', async () => {
    const file = join(tempDir(), 'not-modelled.yaml');
    writeFileSync(file, readFileSync(join(__dirname, '..', '..', 'fixtures', 'spec-example.yaml'), 'utf8').replace(
      '    expect: unreachable          # reachable (default) | unreachable\n',
      '    expect: unreachable          # reachable (default) | unreachable\n  - from: orders-db\n    to: internet\n'));
    const r = await cli(['report', '-f', file]);
    const article = /<article class="route"[^>]*>\s*<div class="head"><b>intent orders-db → internet \(via any\)<\/b>[\s\S]*?<\/article>/.exec(r.stdout)?.[0] ?? '';
    expect(article).toContain('<span class="badge info">not modelled</span>');
    expect(article).toContain('Not modelled: dxplan does not model this path');
    expect(article).not.toMatch(/No path|broken/);
  });

  test('--depth 2 analyses pairs too', async () => {
    const html = await page('spec-example.yaml', '--depth', '2');
    expect(html).toContain('single failures and pairs of the objects on their paths');
    // The verdict says what pairs break beyond the single failures (hq-r1 with hq-r2, say).
    expect(html).toMatch(/No single failure leaves a route, flow or intent without a path\. \d+ more break under a pair of failures\./);
    expect(await page('spec-example.yaml')).not.toContain('pair of failures');
  });

  test('a file that is not a topology is reported like validate, exit 2', async () => {
    const r = await cli(['report', '-f', 'fixtures/bad/yaml-syntax.yaml', '-o', join(tempDir(), 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('yaml-syntax');
  });
});

describe('dxplan graph', () => {
  test('--route highlights every equal-cost path', async () => {
    const r = await cli(['graph', '-f', 'fixtures/multi-region-transit.yaml', '--format', 'dot', '--route', 'erp-app', 'payments-db']);
    expect(r.code).toBe(0);
    const lit = [...r.stdout.matchAll(/label="([^"\\]+)[^\n]*penwidth=2\.5/g)].map((m) => m[1]);
    expect(lit).toEqual(expect.arrayContaining(['tvif-east-1', 'tvif-east-2', 'tvif-east-3', 'tvif-east-4']));
    expect(lit).not.toContain('tvif-west-1');
  });

  test('--format svg is SVG laid out by Graphviz', async () => {
    const r = await cli(['graph', '-f', 'fixtures/spec-example.yaml', '--format', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml[\s\S]*<svg [^>]*viewBox="[\d. ]+"[\s\S]*>vif&#45;prod<\/text>[\s\S]*<\/svg>\n$/);
  });
});
