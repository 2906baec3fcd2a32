// `diff --format table` (default): the change in a terminal. The verdict line first, then
// diagnostics added (+) and fixed (-), the routes that changed (~), were added (+) or removed
// (-), and the monthly cost before → after. Colour only when options.color. Pure.
import Table from 'cli-table3';
import type { Diagnostic } from '../engine/load';
import type { DiffReport, RouteChange } from '../diff/index';
import { changeSentence, signedUsd, valueText } from '../diff/index';
import { OPTION_LABEL, usd } from './cost-units';
import { beforeAfter, breakEvenText, declaredText, gbText, hopsText, pathText, prefixText, viaText } from './diff-words';
import { painter, type Painter } from './paint';
import { fitTable } from './table-width';
import type { FormatOptions } from './types';
import { terminalSafe } from './util';

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const one = (s: string): string => terminalSafe(s.replace(/\r?\n/g, ' '));

function entityLines(r: DiffReport, c: Painter): string[] {
  const out = [c.bold(`Changes: ${r.entities.length === 0 ? 'no entity added, changed or removed' : `${r.summary.entitiesAdded} added, ${r.summary.entitiesChanged} changed, ${r.summary.entitiesRemoved} removed`}`)];
  for (const e of r.entities) {
    const sign = e.change === 'added' ? c.green('+') : e.change === 'removed' ? c.red('-') : c.yellow('~');
    out.push(`  ${sign} ${one(changeSentence(e))}`);
    for (const f of e.fields) out.push(`      ${c.dim(one(f.field))}  ${one(valueText(f.before))} → ${c.bold(one(valueText(f.after)))}`);
  }
  return out;
}

function diagnosticLines(r: DiffReport, c: Painter): string[] {
  const { added, removed, unchanged } = r.diagnostics;
  const title = `Diagnostics: errors ${beforeAfter(String(r.before.errors), String(r.after.errors))}, warnings ${beforeAfter(String(r.before.warnings), String(r.after.warnings))}` +
    `${unchanged > 0 ? ` (${unchanged} unchanged, not listed)` : ''}`;
  const out = [c.bold(title)];
  if (added.length === 0 && removed.length === 0) return [...out, '  no diagnostic added or removed'];
  const rows = [...added.map((d) => ({ d, sign: '+' })), ...removed.map((d) => ({ d, sign: '-' }))];
  const loc = (d: Diagnostic) => one(`${d.file}:${d.line}:${d.column}`);
  const lw = Math.max(...rows.map((x) => width(loc(x.d))));
  const sw = Math.max(...rows.map((x) => (x.sign === '-' ? 'fixed'.length : x.d.severity.length)));
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  for (const { d, sign } of rows) {
    const sev = sign === '-' ? c.green(pad('fixed', sw)) : paint[d.severity](pad(d.severity, sw));
    out.push(`  ${sign === '+' ? paint[d.severity]('+') : c.green('-')} ${pad(loc(d), lw)}  ${sev}  ${one(d.message)}  ${c.dim(one(d.rule))}`);
    if (sign === '+' && d.hint) out.push(`${' '.repeat(4 + lw + 2 + sw + 2)}${c.green('→ fix:')} ${one(d.hint)}`);
  }
  return out;
}

function routeLines(r: DiffReport, c: Painter): string[] {
  const shown = r.routes.filter((x) => x.status !== 'unchanged');
  const unchanged = r.routes.length - shown.length;
  const counts = (['changed', 'added', 'removed'] as const).map((s) => [s, shown.filter((x) => x.status === s).length] as const).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const out = [c.bold(`Routes: ${[...counts, `${unchanged} unchanged`].join(', ')}`)];
  if (r.routes.length === 0) return [...out, '  no intents or traffic declared in either version'];
  for (const x of shown) out.push(...routeChange(x, c));
  return out;
}

function stateLine(s: RouteChange['before']): string {
  if (s === undefined) return '';
  if ('error' in s) return `cannot route: ${s.error}`;
  if (s.reachable === null) return 'not modelled';
  if (!s.reachable) return 'unreachable';
  return `${pathText(s)} via ${viaText(s)}${s.prefix ? `, prefix ${s.prefix}` : ''}`;
}

function routeChange(x: RouteChange, c: Painter): string[] {
  const sign = x.status === 'added' ? c.green('+') : x.status === 'removed' ? c.red('-') : c.yellow('~');
  const declared = declaredText(x.declared.after ?? x.declared.before);
  const head = `  ${sign} ${c.bold(one(x.key))}${declared ? c.dim(`  ${one(declared)}`) : ''}`;
  if (x.status === 'added') return [head, `      ${one(stateLine(x.after))}`];
  if (x.status === 'removed') return [head, `      ${one(stateLine(x.before))}`];
  const rows: [string, string, string][] = [];
  const f = x.changes;
  if (f.includes('error')) rows.push(['route', stateLine(x.before), stateLine(x.after)]);
  if (f.includes('path') || f.includes('reachable')) rows.push(['path', pathText(x.before), pathText(x.after)]);
  if (f.includes('via') || f.includes('equalCost')) rows.push(['via', viaText(x.before), viaText(x.after)]);
  if (f.includes('prefix')) rows.push(['prefix', prefixText(x.before), prefixText(x.after)]);
  if (f.includes('hops')) {
    rows.push(['hops before', hopsText(x.before), '']);
    rows.push(['hops after', hopsText(x.after), '']);
  }
  const w = Math.max(...rows.map(([k]) => k.length));
  return [head, ...rows.map(([k, b, a]) => `      ${c.dim(pad(k, w))}  ${a === '' ? one(b) : `${one(b)} → ${c.bold(one(a))}`}`)];
}

function costLines(r: DiffReport, c: Painter, width: number | undefined): string[] {
  const cost = r.cost;
  if (!cost.priced) return [c.bold('Monthly cost'), `  ${c.yellow('not compared:')} ${one(cost.reason)}`];
  const head = ['option', 'before', 'after', 'change'];
  const rows = cost.options.map((o) => {
    const label = `${OPTION_LABEL[o.option]}${o.option === cost.cheapest.after ? ' (cheapest)' : ''}`;
    const delta = o.deltaUsd === 0 ? '—' : o.deltaUsd > 0 ? c.red(signedUsd(o.deltaUsd)) : c.green(signedUsd(o.deltaUsd));
    return [label, usd(o.beforeUsd), usd(o.afterUsd), delta];
  });
  const fitted = fitTable([head, ...rows], width);
  const table = new Table({
    head: fitted?.rows[0] ?? head,
    colAligns: ['left', 'right', 'right', 'right'],
    style: { head: [], border: [], compact: true },
    ...(fitted ? { colWidths: fitted.colWidths } : {}),
  });
  table.push(...(fitted?.rows.slice(1) ?? rows));
  const out = [c.bold(`Monthly cost (USD, prices as of ${cost.pricingAsOf})`), table.toString()];
  if (cost.cheapest.before !== cost.cheapest.after) out.push(`  cheapest: ${OPTION_LABEL[cost.cheapest.before]} → ${c.bold(OPTION_LABEL[cost.cheapest.after])}`);
  out.push(`  traffic out of AWS: ${beforeAfter(gbText(cost.gbPerMonth.before), gbText(cost.gbPerMonth.after))} a month`);
  const be = cost.breakEvenGbPerMonth;
  if (be.before !== be.after) out.push(`  Direct Connect breaks even with the internet at ${breakEvenText(be.before)} before, ${breakEvenText(be.after)} after`);
  return out;
}

function trafficLines(r: DiffReport, c: Painter): string[] {
  if (r.traffic.length === 0) return [];
  const out = [c.bold('Traffic')];
  const label = (t: DiffReport['traffic'][number]) => one(`${t.key}${t.names.length > 0 ? ` (${t.names.join(', ')})` : ''}`);
  const w = Math.max(...r.traffic.map((t) => width(label(t))));
  for (const t of r.traffic) {
    const sign = t.beforeGb === null ? c.green('+') : t.afterGb === null ? c.red('-') : c.yellow('~');
    out.push(`  ${sign} ${pad(label(t), w)}  ${gbText(t.beforeGb)} → ${gbText(t.afterGb)} a month`);
  }
  return out;
}

export function formatDiffTable(r: DiffReport, options: FormatOptions): string {
  const c = painter(options.color);
  const s = r.summary;
  const verdict = s.addsErrors ? c.red.bold(`✖ ${s.text}`) : s.newWarnings > 0 || s.routesChanged > 0 || s.routesRemoved > 0 ? c.yellow.bold(`⚠ ${s.text}`) : c.green.bold(`✔ ${s.text}`);
  const out = [
    `${c.bold('dxplan diff')} ${one(r.before.file)} → ${one(r.after.file)}`,
    verdict,
    '',
    ...entityLines(r, c),
    '',
    ...diagnosticLines(r, c),
    '',
    ...routeLines(r, c),
    '',
    ...costLines(r, c, options.width),
  ];
  const traffic = trafficLines(r, c);
  if (traffic.length > 0) out.push('', ...traffic);
  return `${out.join('\n')}\n`;
}
