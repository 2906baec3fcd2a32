// `dxplan report`: the design review as one self-contained HTML page — verdict, diagram,
// findings, routes, resilience, cost — that opens from disk with no network, runs no script
// and prints cleanly. Every name and value from the topology goes through html() (text, never
// markup); the diagram and chart SVGs come from formatters that escape it themselves. Pure.
import { createHash } from 'node:crypto';
import type { CostReport } from '../cost/report';
import type { Diagnostic } from '../engine/load';
import { subjectOf, type Review } from '../engine/review';
import { intentRow, rowWords, STATUS_WORDS, trafficRow, compareRows, type FailureGroup, type Status } from '../failure/index';
import type { DiagramMark } from '../graph/diagram';
import type { Severity } from '../model/types';
import type { Hop, RouteDetail } from '../routing/types';
import { formatCostSvg } from './chart-svg';
import { amount, OPTION_LABEL, unitPrice, usd } from './cost-units';
import { costVerdict } from './cost-table';
import { resilienceLines, resilienceSummary } from './resilience';
import { PATH_WORDS } from './route';
import { plural, showControls } from './util';

export interface ReportInput {
  review: Review;
  /** The diagram as inline SVG (graph-svg.ts, inline), its node ids as in `nodeIds`. */
  diagramSvg: string;
  /** Entity name → the id of the diagram node or box that shows it. */
  nodeIds: ReadonlyMap<string, string>;
  /** The diagram folded VPCs into their gateways. */
  folded: boolean;
  toolVersion: string;
}

/** Text from the topology (or anything else) as HTML text: never markup. */
export function html(text: string): string {
  return showControls(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** dxplan's own sentences: as html(), with `command` spans shown as code. */
function prose(text: string): string {
  return html(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const BREAKING: ReadonlySet<Status> = new Set(['broken', 'intent-broken']);

/** Objects whose failure alone breaks a route, flow or intent: name → the rows it breaks. */
function singleFailures(review: Review): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of review.resilience.rows) {
    for (const g of r.groups) {
      if (g.depth !== 1 || !BREAKING.has(g.outcome.status) || !('oneOf' in g.failed)) continue;
      for (const name of g.failed.oneOf) out.set(name, [...(out.get(name) ?? []), rowWords(r.row)]);
    }
  }
  return out;
}

/** What the diagram marks: findings on their objects, and the objects whose failure alone breaks something. */
export function reviewMarks(review: Review): Map<string, DiagramMark[]> {
  const t = review.topology;
  const marks = new Map<string, DiagramMark[]>();
  const mark = (name: string, m: DiagramMark): void => { marks.set(name, [...(marks.get(name) ?? []), m]); };
  for (const d of review.validation.diagnostics) {
    const s = subjectOf(t, d.path);
    if (s?.kind === 'entity') mark(s.name, { kind: d.severity, text: `${d.rule}: ${d.message}` });
  }
  for (const [name, rows] of singleFailures(review)) {
    const text = `if it fails alone, ${rows.length === 1 ? '1 route breaks' : `${rows.length} routes break`}: ${rows.join('; ')}`;
    // An AWS device is no box of its own: its connections carry the mark.
    const onDevice = t.byName.has(name) ? [] : t.connections.filter((c) => c.awsDevice === name);
    for (const target of onDevice.length > 0 ? onDevice.map((c) => c.name) : [name]) mark(target, { kind: 'single-failure', text });
  }
  return marks;
}

// ---- the page ----

const CSS = `
:root { --ink:#1d2733; --muted:#5b6775; --line:#d8dee6; --soft:#f4f6f9; --brand:#17324d; --accent:#1f6fb4;
  --error:#c62828; --error-bg:#fdecea; --warning:#b26a00; --warning-bg:#fff4e0; --info:#1565c0; --info-bg:#e8f1fb;
  --ok:#2e7d32; --ok-bg:#e8f5e9; --spof:#8e24aa; --spof-bg:#f5e9f8; }
* { box-sizing: border-box; }
html { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
body { margin: 0; }
header.top { background: var(--brand); color: #fff; padding: 22px 40px 18px; }
header.top h1 { margin: 0 0 4px; font-size: 24px; font-weight: 600; letter-spacing: .2px; }
header.top p { margin: 0; color: #c9d6e3; font-size: 13px; }
nav.toc { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 40px; display: flex; gap: 22px; flex-wrap: wrap; }
nav.toc a { color: var(--brand); text-decoration: none; font-weight: 600; font-size: 13px; }
nav.toc a:hover { text-decoration: underline; }
main { padding: 8px 40px 40px; max-width: 1400px; }
section { margin-top: 28px; }
h2 { font-size: 19px; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--brand); color: var(--brand); }
h3 { font-size: 15px; margin: 18px 0 8px; }
a { color: var(--accent); }
code, pre, .mono { font-family: "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
.verdict p.summary { font-size: 15px; margin: 0 0 14px; max-width: 1100px; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; }
.tile { border: 1px solid var(--line); border-left: 5px solid var(--ok); border-radius: 6px; padding: 10px 14px; min-width: 180px; background: var(--soft); }
.tile .n { font-size: 22px; font-weight: 700; display: block; }
.tile .what { color: var(--muted); font-size: 12.5px; }
.tile.bad { border-left-color: var(--error); } .tile.warn { border-left-color: var(--warning); } .tile.spof { border-left-color: var(--spof); }
.legend { display: flex; gap: 16px; flex-wrap: wrap; color: var(--muted); font-size: 12.5px; margin-bottom: 8px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -2px; margin-right: 5px; border: 2px solid; }
.sw-error { border-color: var(--error); background: var(--error-bg); } .sw-warning { border-color: var(--warning); background: var(--warning-bg); }
.sw-info { border-color: var(--info); background: var(--info-bg); } .sw-spof { border-color: var(--spof); background: var(--spof-bg); }
.diagram { border: 1px solid var(--line); border-radius: 6px; padding: 10px; overflow: auto; background: #fff; }
.diagram svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.diagram.wide { max-height: 85vh; } .diagram.wide svg { max-width: none; margin: 0; }
.diagram svg text { font-family: Helvetica, Arial, "DejaVu Sans", sans-serif; }
.diagram svg g:target polygon, .diagram svg g:target ellipse, .diagram svg g:target path { stroke-width: 4px; }
:target { scroll-margin-top: 56px; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 6px; padding: 10px 14px; margin: 10px 0; break-inside: avoid; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
.finding .head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.finding .msg { font-weight: 600; }
.finding .fix { margin: 4px 0; } .finding .fix b { color: var(--ok); }
.finding .where { color: var(--muted); font-size: 12.5px; }
.badge { display: inline-block; border-radius: 10px; padding: 0 9px; font-size: 11.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .3px; white-space: nowrap; }
.badge.error, .badge.broken, .badge.intent-broken, .badge.fail { background: var(--error-bg); color: var(--error); }
.badge.warning, .badge.degraded, .badge.moved-to-vpn, .badge.moved-to-internet { background: var(--warning-bg); color: var(--warning); }
.badge.info, .badge.moved { background: var(--info-bg); color: var(--info); }
.badge.ok, .badge.resilient, .badge.unchanged { background: var(--ok-bg); color: var(--ok); }
.badge.rule { background: var(--soft); color: var(--ink); text-transform: none; font-family: "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
pre.yaml { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 6px 0; margin: 6px 0 0; overflow: auto; }
pre.yaml span { display: block; padding: 0 10px; white-space: pre; }
pre.yaml span.hit { background: #fff3c4; }
pre.yaml i { color: var(--muted); font-style: normal; display: inline-block; min-width: 3.5em; user-select: none; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; background: var(--soft); }
td.pre { white-space: pre-line; }
.route { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 10px 0; break-inside: avoid; }
.route .head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.route .head b { font-size: 14.5px; }
.hops { margin: 6px 0; }
.hops .hop { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 6px; margin: 2px 0; background: var(--soft); font-size: 12.5px; }
.hops .hop small { color: var(--muted); }
.hops .arrow { color: var(--muted); margin: 0 4px; }
.route ol.why { margin: 4px 0; padding-left: 20px; }
.muted { color: var(--muted); }
.costs table { max-width: 1100px; table-layout: fixed; }
.costs th:nth-child(1) { width: 52%; } .costs th:nth-child(2) { width: 11%; } .costs th:nth-child(3) { width: 9%; }
.costs th:nth-child(4) { width: 13%; } .costs th:nth-child(5) { width: 15%; }
.chart svg { max-width: 100%; height: auto; }
footer { color: var(--muted); font-size: 12px; padding: 16px 40px 30px; border-top: 1px solid var(--line); }
@media print {
  @page { margin: 14mm 12mm; }
  html { font-size: 11px; }
  nav.toc { display: none; }
  header.top { background: none; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--ink); }
  header.top p { color: var(--muted); }
  main { padding: 0; max-width: none; }
  section { break-before: page; margin-top: 0; }
  section#verdict { break-before: auto; margin-top: 12px; }
  .diagram, .diagram.wide { border: none; padding: 0; overflow: visible; max-height: none; }
  .diagram.wide svg { max-width: 100%; }
  a { color: inherit; text-decoration: none; }
  .tile, .finding, .route, tr { break-inside: avoid; }
  .badge, .tile, pre.yaml span.hit, th, tr.total td, .hops .hop { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** The CSP allows this one style block by its hash: no script, no request, no other style. */
function csp(css: string): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

export function formatReportHtml(input: ReportInput): string {
  const { review } = input;
  const t = review.topology;
  const title = t.name ?? review.file;
  const ctx = new PageContext(input);
  const body = [
    verdictSection(ctx),
    diagramSection(ctx),
    findingsSection(ctx),
    routesSection(ctx),
    resilienceSection(ctx),
    costSection(ctx),
  ].join('\n');
  const pricing = 'error' in review.cost ? '' : ` · USD list prices as of ${review.cost.pricingAsOf}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(CSS)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dxplan ${html(input.toolVersion)}">
<title>Design review: ${html(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
<h1>Direct Connect design review: ${html(title)}</h1>
<p>${html(review.file)} · ${html(inventory(t))} · dxplan ${html(input.toolVersion)}${html(pricing)}</p>
</header>
<nav class="toc" aria-label="Sections">
<a href="#verdict">Verdict</a><a href="#diagram">Topology</a><a href="#findings">Findings</a><a href="#routes">Intents and flows</a><a href="#resilience">Resilience</a><a href="#cost">Cost</a>
</nav>
<main>
${body}
</main>
<footer>Generated by dxplan ${html(input.toolVersion)} from ${html(review.file)}. Routes follow the BGP decision process dxplan models; what it does not model is said where it applies. Prices are AWS list prices; your agreement may differ.</footer>
</body>
</html>
`;
}

/** "2 sites · 4 locations · 8 connections · 8 VIFs · 3 VPCs": what the review covers. */
function inventory(t: Review['topology']): string {
  const parts: [number, string][] = [[t.sites.length, 'site'], [t.locations.length, 'location'], [t.connections.length, 'connection'],
    [t.lags.length, 'LAG'], [t.vifs.length, 'VIF'], [t.vpns.length, 'VPN'], [t.vpcs.length, 'VPC']];
  return parts.filter(([n]) => n > 0).map(([n, w]) => plural(n, w)).join(' · ');
}

/** What several sections share: anchors of findings, routes and diagram objects. */
class PageContext {
  readonly review: Review;
  readonly nodeIds: ReadonlyMap<string, string>;
  readonly folded: boolean;
  readonly diagramSvg: string;
  readonly spof: Map<string, string[]>;
  /** Row key → anchor of its route. */
  private readonly routeAnchors = new Map<string, string>();

  constructor(input: ReportInput) {
    this.review = input.review;
    this.nodeIds = input.nodeIds;
    this.folded = input.folded;
    this.diagramSvg = input.diagramSvg;
    this.spof = singleFailures(input.review);
    this.review.routes.forEach((r, i) => this.routeAnchors.set(rowWords(r.row), `route-${i + 1}`));
  }

  /** A link to the diagram box showing an entity, or its name as text when it has none. */
  objectLink(name: string): string {
    const id = this.nodeIds.get(name);
    return id ? `<a class="obj" href="#${id}">${html(name)}</a>` : `<span class="obj">${html(name)}</span>`;
  }

  /** The intent's or flow's route anchor, for a finding on it. */
  declaredAnchor(kind: 'intent' | 'traffic', index: number): { href: string; words: string } | undefined {
    const t = this.review.topology;
    const entity = kind === 'intent' ? t.intents[index] : t.traffic[index];
    if (!entity) return undefined;
    const row = entity.kind === 'intent' ? intentRow(entity) : trafficRow(entity);
    const match = this.review.routes.find((r) => compareRows(r.row, row) === 0);
    const words = rowWords(row);
    return match ? { href: `#${this.routeAnchors.get(rowWords(match.row))}`, words } : undefined;
  }

  routeAnchor(i: number): string {
    return `route-${i + 1}`;
  }
}

// ---- verdict ----

function verdictSection(ctx: PageContext): string {
  const { review } = ctx;
  const d = review.validation.diagnostics;
  const count = (s: Severity): number => d.filter((x) => x.severity === s).length;
  const intents = review.resilience.rows.filter((r) => r.row.kind === 'intent');
  const broken = intents.filter((r) => r.now.holds === false);
  const spofRows = review.resilience.summary.singlePointsOfFailure;
  const sentences: string[] = [];
  const [errors, warnings] = [count('error'), count('warning')];
  sentences.push(errors + warnings === 0
    ? 'The design passes every rule.'
    : `The design has ${plural(errors, 'error')} and ${plural(warnings, 'warning')}${errors > 0 ? ' to fix before it is built' : ''}.`);
  if (intents.length > 0) {
    sentences.push(broken.length === 0
      ? (intents.length === 1 ? 'The intent holds.' : `All ${intents.length} intents hold.`)
      : `${broken.length} of ${plural(intents.length, 'intent')} ${broken.length === 1 ? 'is' : 'are'} broken: ${broken.map((r) => rowWords(r.row)).join('; ')}.`);
  }
  const objects = [...ctx.spof.keys()].sort();
  const summary = review.resilience.summary;
  sentences.push(spofRows === 0
    ? 'No single failure leaves a route, flow or intent without a path.'
    : `${spofRows === 1 ? '1 route, flow or intent has' : `${spofRows} routes, flows or intents have`} a single point of failure (${objects.join(', ')}).`);
  if (review.resilience.depth === 2) {
    const n = summary.rowsBrokenByPairs;
    sentences.push(n === 0 ? 'No pair of failures breaks anything more.' : `${n === 1 ? '1 more breaks' : `${n} more break`} under a pair of failures.`);
  }
  if (summary.flowsThatDoNotFit > 0) {
    const n = summary.flowsThatDoNotFit;
    sentences.push(`${n === 1 ? '1 flow' : `${n} flows`} would not fit ${n === 1 ? 'its' : 'their'} surviving path after a failure.`);
  }
  if ('error' in review.cost) sentences.push(`Cost could not be compared: ${review.cost.error}.`);
  else sentences.push(...costVerdict(review.cost));
  const tile = (n: number | string, what: string, cls: string): string => `<div class="tile ${cls}"><span class="n">${html(String(n))}</span><span class="what">${html(what)}</span></div>`;
  const cheapest = 'error' in review.cost ? undefined : review.cost.options.find((o) => o.option === (review.cost as CostReport).cheapest);
  return `<section id="verdict" class="verdict">
<h2>Verdict</h2>
<p class="summary">${html(sentences.join(' '))}</p>
<div class="tiles">
${tile(errors, errors === 1 ? 'error' : 'errors', errors > 0 ? 'bad' : '')}
${tile(warnings, warnings === 1 ? 'warning' : 'warnings', warnings > 0 ? 'warn' : '')}
${tile(`${intents.length - broken.length} / ${intents.length}`, 'intents hold', broken.length > 0 ? 'bad' : '')}
${tile(spofRows, 'with a single point of failure', spofRows > 0 ? 'spof' : '')}
${cheapest ? tile(usd(cheapest.monthlyUsd), `a month, cheapest: ${OPTION_LABEL[cheapest.option]}`, '') : ''}
</div>
</section>`;
}

// ---- diagram ----

/** Wider than this (in points), a diagram fitted to the page would shrink its labels below legibility: it scrolls instead. */
const WIDEST_FITTED_PT = 1800;

function diagramSection(ctx: PageContext): string {
  const wide = Number(/<svg width="([\d.]+)pt"/.exec(ctx.diagramSvg)?.[1] ?? 0) > WIDEST_FITTED_PT;
  const folded = ctx.folded ? `<p class="muted">${prose(`${ctx.review.topology.vpcs.length} VPCs are folded into one box per gateway; \`dxplan graph --format svg\` draws the same picture.`)}</p>` : '';
  return `<section id="diagram">
<h2>Topology</h2>
<div class="legend"><span><span class="swatch sw-error"></span>error on this object</span><span><span class="swatch sw-warning"></span>warning</span><span><span class="swatch sw-info"></span>note</span><span><span class="swatch sw-spof"></span>its failure alone breaks a route</span><span>hover a box for what is marked on it</span></div>
${folded}<div class="diagram${wide ? ' wide' : ''}">
${ctx.diagramSvg}
</div>
</section>`;
}

// ---- findings ----

function yamlExcerpt(lines: string[], line: number): string {
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 2);
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`<span${n === line ? ' class="hit"' : ''}><i>${n}</i>${html(lines[n - 1] ?? '')}</span>`);
  return `<pre class="yaml">${out.join('')}</pre>`;
}

function findingHtml(ctx: PageContext, d: Diagnostic, i: number): string {
  const s = subjectOf(ctx.review.topology, d.path);
  let on = '';
  if (s?.kind === 'entity') on = ` · on ${ctx.objectLink(s.name)}`;
  else if (s) {
    const a = ctx.declaredAnchor(s.kind, s.index);
    if (a) on = ` · on <a href="${a.href}">${html(a.words)}</a>`;
  }
  return `<article class="finding ${d.severity}" id="finding-${i + 1}">
<div class="head"><span class="badge ${d.severity}">${d.severity}</span><span class="badge rule">${html(d.rule)}</span><span class="msg">${html(d.message)}</span></div>
<div class="where">${html(`${d.file}:${d.line}:${d.column}`)}${on}</div>
${d.hint ? `<div class="fix"><b>Fix:</b> ${html(d.hint)}</div>` : ''}
${yamlExcerpt(ctx.review.lines, d.line)}
</article>`;
}

function findingsSection(ctx: PageContext): string {
  const all = ctx.review.validation.diagnostics;
  const suppressed = ctx.review.validation.suppressed.length;
  const parts: string[] = [];
  let i = 0;
  const numbered = new Map(all.map((d) => [d, i++]));
  for (const sev of SEVERITIES) {
    const list = all.filter((d) => d.severity === sev);
    if (list.length === 0) continue;
    const heading = sev === 'error' ? 'Errors' : sev === 'warning' ? 'Warnings' : 'Notes';
    parts.push(`<h3>${heading} (${list.length})</h3>`, ...list.map((d) => findingHtml(ctx, d, numbered.get(d) as number)));
  }
  if (all.length === 0) parts.push('<p>No findings: the design passes every rule.</p>');
  if (suppressed > 0) parts.push(`<p class="muted">${prose(`${plural(suppressed, 'finding')} silenced by \`ignore\` entries in the file (\`dxplan validate --format json\` lists them with their reasons).`)}</p>`);
  return `<section id="findings">\n<h2>Findings</h2>\n${parts.join('\n')}\n</section>`;
}

// ---- intents and flows ----


function hopsHtml(ctx: PageContext, hops: Hop[]): string {
  return `<div class="hops">${hops.map((h) => `<span class="hop">${ctx.nodeIds.has(h.name) ? ctx.objectLink(h.name) : html(h.name)} <small>${html(h.kind)}</small></span>`).join('<span class="arrow">→</span>')}</div>`;
}

function routeHtml(ctx: PageContext, i: number, words: string, detail: RouteDetail | { error: string }, status: { cls: string; text: string }): string {
  const head = `<div class="head"><b>${html(words)}</b><span class="badge ${status.cls}">${html(status.text)}</span></div>`;
  if ('error' in detail) return `<article class="route" id="${ctx.routeAnchor(i)}">${head}<p>${html(detail.error)}</p></article>`;
  const f = detail.forward;
  const out = [head];
  if (f.reachable) {
    out.push(`<p>${html(`Over ${PATH_WORDS[f.path]}${f.prefix ? `, prefix ${f.prefix}` : ''}${detail.equalCost.length > 1 ? `, shared by ${detail.equalCost.length} equal-cost paths` : ''}:`)}</p>`);
    for (const p of detail.equalCost.length > 0 ? detail.equalCost : [f]) out.push(hopsHtml(ctx, p.hops));
  } else out.push(f.reachable === null ? '<p>Not modelled: dxplan does not model this path, so it is neither shown nor denied.</p>' : '<p>No path.</p>');
  if (f.explanation.length > 0) out.push(`<div class="muted">Why:</div><ol class="why">${f.explanation.map((e) => `<li>${html(e)}</li>`).join('')}</ol>`);
  if (f.return) {
    out.push(`<div><b>Return path${f.return.symmetric ? '' : ' (differs)'}:</b> ${html(f.return.why)}</div>`);
    if (!f.return.symmetric && f.return.hops.length > 0) out.push(hopsHtml(ctx, f.return.hops));
  }
  const others = f.alternatives.filter((a) => a.code !== 'equal-cost');
  if (others.length > 0) {
    out.push(`<div class="muted">Alternatives, in order of preference:</div><ul>${others.map((a) => `<li>${html(`${PATH_WORDS[a.path]}${a.via ? ` via ${a.via}` : ''} [${a.code}]: ${a.why}`)}</li>`).join('')}</ul>`);
  }
  return `<article class="route" id="${ctx.routeAnchor(i)}">\n${out.join('\n')}\n</article>`;
}

function routesSection(ctx: PageContext): string {
  const byRow = new Map(ctx.review.resilience.rows.map((r) => [rowWords(r.row), r]));
  const items = ctx.review.routes.map((r, i) => {
    const words = rowWords(r.row);
    const state = byRow.get(words);
    const reachable = !('error' in r.detail) && r.detail.forward.reachable;
    let status: { cls: string; text: string };
    if (reachable === null) status = { cls: 'info', text: 'not modelled' };
    else if (r.row.kind === 'intent') status = state?.now.holds === false ? { cls: 'fail', text: 'broken' } : { cls: 'ok', text: 'holds' };
    else if (!reachable) status = { cls: 'fail', text: 'no path' };
    else status = state?.now.fits === false ? { cls: 'fail', text: 'does not fit' } : { cls: 'ok', text: 'routed' };
    return routeHtml(ctx, i, words, r.detail, status);
  });
  const body = items.length > 0 ? items.join('\n') : '<p>The file declares no intents and no traffic flows.</p>';
  return `<section id="routes">\n<h2>Intents and flows</h2>\n${body}\n</section>`;
}

// ---- resilience ----

function resilienceSection(ctx: PageContext): string {
  const r = ctx.review.resilience;
  const t = ctx.review.topology;
  // Declared rows in full; of the site × VPC pairs, those a failure (or pair) breaks.
  const breaks = (g: FailureGroup): boolean => BREAKING.has(g.outcome.status);
  const shown = r.rows.filter((x) => x.row.kind === 'intent' || x.row.kind === 'traffic' || x.groups.some(breaks));
  const left = r.rows.length - shown.length;
  const groups = resilienceLines(t, { ...r, rows: shown }, (g) => g.outcome.status, '\n');
  const rows: string[] = [];
  for (const group of groups) {
    group.forEach((l, i) => {
      const words = (STATUS_WORDS as Record<string, string>)[l.status] ?? l.status;
      const cls = l.status in STATUS_WORDS ? l.status : l.status === 'resilient' || l.status.startsWith('holds') ? 'ok' : 'fail';
      const first = i === 0 ? `<td rowspan="${group.length}" class="pre">${html(l.label)}</td><td rowspan="${group.length}" class="pre">${html(l.now)}</td>` : '';
      rows.push(`<tr>${first}<td class="pre">${html(l.failure)}</td><td class="pre">${html(l.then)}</td><td><span class="badge ${cls}">${html(words)}</span></td><td class="pre">${html(l.capacity)}</td></tr>`);
    });
  }
  const what = r.depth === 2 ? 'single failures and pairs' : 'single failures (`dxplan report --depth 2` adds pairs)';
  const table = rows.length > 0
    ? `<table><thead><tr><th>route / flow / intent</th><th>path now</th><th>if this fails</th><th>surviving path</th><th>status</th><th>capacity left</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
    : '<p>Nothing to analyse: no intent, no traffic flow, and no site reaches a VPC.</p>';
  const more = left > 0 ? `<p class="muted">${prose(`${plural(left, 'site × VPC or service pair')} that no ${r.depth === 2 ? 'failure or pair of failures' : 'single failure'} breaks ${left === 1 ? 'is' : 'are'} left out of the table (\`dxplan resilience\` lists every row).`)}</p>` : '';
  return `<section id="resilience">
<h2>Resilience</h2>
<p>${prose(`${resilienceSummary(r)} Analysed: ${what}.`)}</p>
${table}
${more}
</section>`;
}

// ---- cost ----

function costTable(o: CostReport['options'][number], cheapest: boolean): string {
  const rows = o.lines.map((l) => `<tr><td>${html(l.item)}</td><td class="num">${html(amount(l.quantity))}</td><td>${html(l.unit)}</td><td class="num">${html(unitPrice(l.unitUsd))}</td><td class="num">${html(usd(l.usd))}</td></tr>`);
  if (rows.length === 0) rows.push('<tr><td colspan="5">nothing to pay</td></tr>');
  return `<div><h3>${html(OPTION_LABEL[o.option])}: ${html(usd(o.monthlyUsd))} a month${cheapest ? ' <span class="badge ok">cheapest</span>' : ''}</h3>
<table><thead><tr><th>item</th><th class="num">quantity</th><th>unit</th><th class="num">unit price</th><th class="num">USD</th></tr></thead><tbody>
${rows.join('\n')}
<tr class="total"><td colspan="4">total a month</td><td class="num">${html(usd(o.monthlyUsd))}</td></tr>
</tbody></table></div>`;
}

function costSection(ctx: PageContext): string {
  const c = ctx.review.cost;
  if ('error' in c) return `<section id="cost">\n<h2>Cost</h2>\n<p>${html(`The cost could not be compared: ${c.error}`)}</p>\n</section>`;
  const t = ctx.review.topology;
  const chart = formatCostSvg(c, { title: `${t.name ?? ctx.review.file}: monthly cost by traffic volume` }).replace(/^<\?xml[^>]*>\n?/, '');
  const order = ['direct-connect', 'vpn', 'internet'];
  const tables = [...c.options].sort((a, b) => order.indexOf(a.option) - order.indexOf(b.option)).map((o) => costTable(o, o.option === c.cheapest));
  const traffic = `${amount(c.gbPerMonth)} GB a month out of AWS${c.inboundGbPerMonth > 0 ? ` and ${amount(c.inboundGbPerMonth)} GB into AWS` : ''} in ${plural(c.flows, 'flow')}`;
  return `<section id="cost">
<h2>Cost</h2>
<p>${html(`Monthly cost of ${traffic}; USD list prices as of ${c.pricingAsOf}, 730-hour month${c.freeTier ? '' : ', without the 100 GB free tier'}.`)}</p>
<p><b>${html(costVerdict(c).join(' '))}</b></p>
${c.notes.length > 0 ? `<ul class="muted">${c.notes.map((n) => `<li>${html(n)}</li>`).join('')}</ul>` : ''}
<div class="costs">
${tables.join('\n')}
</div>
<div class="chart">
${chart}
</div>
</section>`;
}
