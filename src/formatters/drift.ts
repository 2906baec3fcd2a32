// `drift` output: `table` for a terminal, `json` (the shape of import-aws.md), `markdown` for
// a ticket or a pull request. One row per difference: entity, kind, field, design, AWS. Pure.
import Table from 'cli-table3';
import type { DriftReport, DriftRow } from '../drift/index';
import { KIND_LABEL, valueText } from '../diff/entities';
import { painter } from './paint';
import { fitTable } from './table-width';
import type { FormatOptions } from './types';
import { showControls, terminalSafe } from './util';

const CHANGE_TEXT: Readonly<Record<DriftRow['change'], string>> = {
  changed: 'changed', 'only-in-aws': 'only in AWS', 'only-in-design': 'only in the design',
};

function verdict(r: DriftReport): string {
  const n = r.drift.length;
  if (n === 0) return `the design matches the estate (${r.matched} entit${r.matched === 1 ? 'y' : 'ies'} compared)`;
  const parts = [
    ...(r.summary.changed > 0 ? [`${r.summary.changed} changed`] : []),
    ...(r.summary.onlyInAws > 0 ? [`${r.summary.onlyInAws} only in AWS`] : []),
    ...(r.summary.onlyInDesign > 0 ? [`${r.summary.onlyInDesign} only in the design`] : []),
  ];
  return `${n} difference${n === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export function formatDriftJson(r: DriftReport): string {
  const drift = r.drift.map((d) => (d.change === 'changed'
    ? { entity: d.entity, kind: d.kind, awsId: d.awsId, change: d.change, field: d.field, design: d.design, aws: d.aws }
    : { entity: d.entity, kind: d.kind, awsId: d.awsId, change: d.change }));
  return `${JSON.stringify({ drift, summary: r.summary }, null, 2)}\n`;
}

export function formatDriftTable(r: DriftReport, design: string, options: FormatOptions): string {
  const c = painter(options.color);
  const one = (s: string) => terminalSafe(s.replace(/\r?\n/g, ' '));
  const head = r.drift.length === 0 ? c.green.bold(`✔ ${verdict(r)}`) : c.yellow.bold(`⚠ ${verdict(r)}`);
  const out = [`${c.bold('dxplan drift')} ${one(design)}`, head];
  if (r.drift.length > 0) {
    const head = ['entity', 'kind', 'change', 'field', 'design', 'AWS'];
    const rows = r.drift.map((d) => [
      one(d.entity) + (d.awsId && d.awsId !== d.entity ? c.dim(` (${one(d.awsId)})`) : ''),
      KIND_LABEL[d.kind], CHANGE_TEXT[d.change], d.field ?? '',
      d.change === 'changed' ? one(valueText(d.design ?? null)) : '', d.change === 'changed' ? one(valueText(d.aws ?? null)) : '',
    ]);
    const fitted = fitTable([head, ...rows], options.width);
    const table = new Table({ head: fitted?.rows[0] ?? head, style: { head: [], border: [], compact: true }, ...(fitted ? { colWidths: fitted.colWidths } : {}) });
    table.push(...(fitted?.rows.slice(1) ?? rows));
    out.push('', table.toString());
  }
  return `${out.join('\n')}\n`;
}

/** Markdown: escapes what could break the table or inject HTML. */
function cell(s: string): string {
  return showControls(s).replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~#&]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

export function formatDriftMarkdown(r: DriftReport, design: string): string {
  const out = [`## dxplan drift: ${cell(design)}`, '', `${r.drift.length === 0 ? '✅' : '⚠️'} **${cell(verdict(r))}**`];
  if (r.drift.length > 0) {
    out.push('', '| entity | kind | awsId | change | field | design | AWS |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const d of r.drift) {
      const values = d.change === 'changed' ? [cell(valueText(d.design ?? null)), cell(valueText(d.aws ?? null))] : ['', ''];
      out.push(`| ${cell(d.entity)} | ${KIND_LABEL[d.kind]} | ${d.awsId ? cell(d.awsId) : ''} | ${CHANGE_TEXT[d.change]} | ${d.field ? cell(d.field) : ''} | ${values.join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
