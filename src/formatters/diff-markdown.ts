// `diff --format markdown`: a pull-request comment. A one-line verdict first, then the
// diagnostics the change adds and fixes, the routes it moves, and what it does to the monthly
// bill. Text from the topology is escaped so it cannot break a table or inject HTML. Pure.
import type { Diagnostic } from '../engine/load';
import type { DiffReport, RouteChange } from '../diff/index';
import type { FileReport } from '../engine/validate';
import { changeSentence, KIND_LABEL, signedUsd, valueText } from '../diff/index';
import { OPTION_LABEL, usd } from './cost-units';
import { beforeAfter, breakEvenText, declaredText, gbText, hopsText, pathText, prefixText, viaText } from './diff-words';
import { showControls } from './util';

/** A hidden marker, so a bot can find and update its earlier comment. */
export const DIFF_COMMENT_MARKER = '<!-- dxplan-diff -->';

const oneLine = (s: string): string => showControls(s).replace(/\r?\n|\r/g, ' ');

/** Plain text for Markdown (and a table cell): characters with a meaning are escaped. */
function escapeText(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>|~#&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** Text as code, in a table cell: a fence longer than any run of backticks inside. */
function code(s: string): string {
  const text = oneLine(s).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || text.startsWith(' ') || text.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A message: its `code spans` stay code, the rest is escaped text. */
function message(s: string): string {
  const text = oneLine(s);
  const parts = text.split('`');
  if (parts.length % 2 === 0) return escapeText(text); // unbalanced backticks: all text
  return parts.map((p, i) => (i % 2 === 1 ? code(p) : escapeText(p))).join('');
}

const MARK = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

function diagnosticRow(d: Diagnostic, kind: 'new' | 'fixed'): string {
  const mark = kind === 'fixed' ? '✅ fixed' : `${MARK[d.severity]} new`;
  const hint = kind === 'new' && d.hint ? `<br>fix: ${message(d.hint)}` : '';
  return `| ${mark} | ${d.severity} | ${code(d.rule)} | ${code(`${d.file}:${d.line}:${d.column}`)} | ${message(d.message)}${hint} |`;
}

function entitiesSection(r: DiffReport): string[] {
  const out = ['### Changes', ''];
  if (r.entities.length === 0) return [...out, 'No entity added, changed or removed.'];
  out.push('| | entity | field | before | after |', '| --- | --- | --- | --- | --- |');
  const mark = { added: '➕ added', removed: '➖ removed', changed: '✏️ changed' } as const;
  for (const e of r.entities) {
    const entity = `${KIND_LABEL[e.kind]} ${code(e.name)}`;
    if (e.fields.length === 0) out.push(`| ${mark[e.change]} | ${entity} | | | |`);
    for (const f of e.fields) out.push(`| ${mark[e.change]} | ${entity} | ${code(f.field)} | ${code(valueText(f.before))} | ${code(valueText(f.after))} |`);
  }
  out.push('', `${escapeText(r.entities.map(changeSentence).join('; '))}.`);
  return out;
}

function diagnosticsSection(r: DiffReport): string[] {
  const { added, removed, unchanged } = r.diagnostics;
  const out = ['### Diagnostics', ''];
  const counts = `Errors ${beforeAfter(String(r.before.errors), String(r.after.errors))}, warnings ${beforeAfter(String(r.before.warnings), String(r.after.warnings))}` +
    `${r.before.infos + r.after.infos > 0 ? `, infos ${beforeAfter(String(r.before.infos), String(r.after.infos))}` : ''}` +
    `${unchanged > 0 ? ` (${unchanged} unchanged, not listed)` : ''}.`;
  if (added.length === 0 && removed.length === 0) {
    out.push(`No diagnostic added or removed. ${counts}`);
    return out;
  }
  out.push('| | severity | rule | where | message |', '| --- | --- | --- | --- | --- |');
  for (const d of added) out.push(diagnosticRow(d, 'new'));
  for (const d of removed) out.push(diagnosticRow(d, 'fixed'));
  out.push('', counts);
  return out;
}

/** Before → **after** where they differ; one value where they do not. */
function cell(before: string, after: string): string {
  if (before === after) return escapeText(after);
  return `${escapeText(before)} → **${escapeText(after)}**`;
}

function routeMark(c: RouteChange): string {
  if (c.status === 'added') return '➕ added';
  if (c.status === 'removed') return '➖ removed';
  const b = c.before && !('error' in c.before) ? c.before.reachable : false;
  const a = c.after && !('error' in c.after) ? c.after.reachable : false;
  if (b && !a) return '❌ lost';
  if (!b && a) return '✅ reachable';
  return '⚠️ changed';
}

function routeRow(c: RouteChange): string {
  const declared = escapeText(declaredText(c.declared.after ?? c.declared.before));
  const pair = code(c.key);
  if (c.status === 'added' || c.status === 'removed') {
    const s = c.status === 'added' ? c.after : c.before;
    const via = s && 'error' in s ? escapeText(s.error) : escapeText(viaText(s));
    return `| ${routeMark(c)} | ${pair} | ${declared} | ${escapeText(pathText(s))} | ${via} | ${escapeText(prefixText(s))} |`;
  }
  const err = (s: RouteChange['before']) => (s && 'error' in s ? s.error : undefined);
  const via = err(c.before) !== undefined || err(c.after) !== undefined
    ? cell(err(c.before) ?? viaText(c.before), err(c.after) ?? viaText(c.after))
    : cell(viaText(c.before), viaText(c.after));
  return `| ${routeMark(c)} | ${pair} | ${declared} | ${cell(pathText(c.before), pathText(c.after))} | ${via} | ${cell(prefixText(c.before), prefixText(c.after))} |`;
}

function routesSection(r: DiffReport): string[] {
  const shown = r.routes.filter((c) => c.status !== 'unchanged');
  const unchanged = r.routes.length - shown.length;
  const out = ['### Routes', ''];
  if (r.routes.length === 0) {
    out.push('Neither version declares intents or traffic, so there are no routes to compare.');
    return out;
  }
  if (shown.length === 0) {
    out.push(`No route changed (${unchanged} checked: every intent and flow of both versions).`);
    return out;
  }
  out.push('| | from → to | declared as | path | via | prefix |', '| --- | --- | --- | --- | --- | --- |');
  for (const c of shown) out.push(routeRow(c));
  if (shown.some((c) => [c.before, c.after].some((x) => x !== undefined && !('error' in x) && x.equalCost.length > 0))) {
    out.push('', '_a + b_: equal-cost paths sharing the traffic.');
  }
  if (unchanged > 0) out.push('', `${unchanged} other route${unchanged === 1 ? '' : 's'} unchanged: ${r.routes.filter((c) => c.status === 'unchanged').map((c) => code(c.key)).join(', ')}.`);
  const moved = shown.filter((c) => c.status === 'changed' && (c.changes.includes('hops') || c.changes.includes('error')));
  if (moved.length > 0) {
    out.push('', '<details><summary>Hops of the routes that moved</summary>', '');
    for (const c of moved) {
      out.push(`${code(c.key)}`, '', `- before: ${escapeText(hopsText(c.before))}`, `- after: ${escapeText(hopsText(c.after))}`, '');
    }
    out.push('</details>');
  }
  return out;
}

function costSection(r: DiffReport): string[] {
  const cost = r.cost;
  if (!cost.priced) return ['### Monthly cost', '', `⚠️ Cost not compared: ${message(cost.reason)}.`];
  const out = [`### Monthly cost`, '', `USD a month, list prices as of ${cost.pricingAsOf}.`, '', '| option | before | after | change |', '| --- | ---: | ---: | ---: |'];
  for (const o of cost.options) {
    const label = o.option === cost.cheapest.after ? `**${OPTION_LABEL[o.option]}** (cheapest)` : OPTION_LABEL[o.option];
    out.push(`| ${label} | ${usd(o.beforeUsd)} | ${usd(o.afterUsd)} | ${o.deltaUsd === 0 ? '—' : signedUsd(o.deltaUsd)} |`);
  }
  const facts: string[] = [];
  if (cost.cheapest.before !== cost.cheapest.after) facts.push(`Cheapest: ${OPTION_LABEL[cost.cheapest.before]} → **${OPTION_LABEL[cost.cheapest.after]}**.`);
  facts.push(`Traffic out of AWS: ${beforeAfter(gbText(cost.gbPerMonth.before), gbText(cost.gbPerMonth.after))} a month.`);
  const be = cost.breakEvenGbPerMonth;
  if (be.before !== be.after) facts.push(`Direct Connect breaks even with the internet at ${breakEvenText(be.before)} before, ${breakEvenText(be.after)} after.`);
  out.push('', facts.join(' '));
  return out;
}

function trafficSection(r: DiffReport): string[] {
  if (r.traffic.length === 0) return [];
  const out = ['### Traffic', '', '| flow | before | after |', '| --- | ---: | ---: |'];
  for (const t of r.traffic) {
    const names = t.names.length > 0 ? ` (${escapeText(t.names.join(', '))})` : '';
    out.push(`| ${code(t.key)}${names} | ${gbText(t.beforeGb)} | ${gbText(t.afterGb)} |`);
  }
  return out;
}

export function formatDiffMarkdown(r: DiffReport): string {
  const s = r.summary;
  const mark = s.addsErrors ? '❌' : s.newWarnings > 0 || s.routesChanged > 0 || s.routesRemoved > 0 ? '⚠️' : '✅';
  const out = [
    DIFF_COMMENT_MARKER,
    `## dxplan diff: ${code(r.before.file)} → ${code(r.after.file)}`,
    '',
    `${mark} **${escapeText(s.text)}**`,
    '',
    ...entitiesSection(r),
    '',
    ...diagnosticsSection(r),
    '',
    ...routesSection(r),
    '',
    ...costSection(r),
  ];
  const traffic = trafficSection(r);
  if (traffic.length > 0) out.push('', ...traffic);
  return `${out.join('\n')}\n`;
}

/** A version is not a readable topology: what and where, as a short comment (exit 2). */
export function formatDiffFatalMarkdown(files: readonly FileReport[]): string {
  const out = [DIFF_COMMENT_MARKER, '## dxplan diff', '', '❌ **Cannot compare: a version is not a readable topology.**', ''];
  for (const f of files) {
    for (const d of f.diagnostics.filter((x) => x.severity === 'error')) {
      out.push(`- ${code(`${d.file}:${d.line}:${d.column}`)} ${code(d.rule)}: ${message(d.message)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
