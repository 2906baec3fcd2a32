// `validate --format stylish` (default): what a person reads first. Grouped per file:
//
//   topo.yaml
//     topo.yaml:41:11  error    VLAN 101 is already used by vif-prod on dx-a  vif-vlan-unique
//                              → fix: pick a VLAN id unused on dx-a
//
//   ✖ 1 problem (1 error, 0 warnings)
//
// Colour only when options.color, through a painter of its own (paint.ts), so no ANSI code ever
// reaches a pipe. Text that comes from the topology is made terminal-safe first.
import type { Diagnostic } from '../engine/load';
import type { Severity } from '../model/types';
import { painter, type Painter } from './paint';
import type { FormatOptions, Summary, ValidateReport } from './types';
import { plural, terminalSafe } from './util';

/** Messages longer than this do not push the rule-id column further right. */
const MAX_MESSAGE_COLUMN = 72;

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

interface Row {
  location: string;
  severity: Severity;
  /** First line of the message, then any further lines (a message is normally one line). */
  lines: string[];
  rule: string;
  hint: string;
}

function row(d: Diagnostic): Row {
  return {
    location: terminalSafe(`${d.file}:${d.line}:${d.column}`),
    severity: d.severity,
    lines: d.message.split(/\r?\n/).map(terminalSafe),
    rule: terminalSafe(d.rule),
    hint: terminalSafe(d.hint.replace(/\r?\n/g, ' ')),
  };
}

export function summaryLine(summary: Summary, c: Painter): string {
  const problems = summary.errors + summary.warnings + summary.infos;
  const suppressed = summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : '';
  if (problems === 0) {
    return c.green.bold(`✔ no problems in ${plural(summary.files, 'file')}${suppressed}`);
  }
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')];
  if (summary.infos > 0) counts.push(plural(summary.infos, 'info'));
  const text = `${plural(problems, 'problem')} (${counts.join(', ')})${suppressed}`;
  if (summary.errors > 0) return c.red.bold(`✖ ${text}`);
  if (summary.warnings > 0) return c.yellow.bold(`⚠ ${text}`);
  return c.blue.bold(`ℹ ${text}`);
}

export function formatStylish(report: ValidateReport, options: FormatOptions): string {
  const c = painter(options.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };

  const groups = report.files.filter((f) => f.diagnostics.length > 0).map((f) => ({ file: f.file, rows: f.diagnostics.map(row) }));
  const rows = groups.flatMap((g) => g.rows);
  const locationWidth = Math.max(0, ...rows.map((r) => width(r.location)));
  const severityWidth = Math.max(0, ...rows.map((r) => r.severity.length));
  const messageWidth = Math.min(MAX_MESSAGE_COLUMN, Math.max(0, ...rows.map((r) => width(r.lines[0]))));
  // Where the message column starts: continuation lines and the fix hint line up under it.
  const indent = ' '.repeat(2 + locationWidth + 2 + severityWidth + 2);

  const out: string[] = [];
  for (const group of groups) {
    out.push(c.bold.underline(terminalSafe(group.file)));
    for (const r of group.rows) {
      const [first, ...rest] = r.lines;
      const message = width(first) < messageWidth ? pad(first, messageWidth) : first;
      out.push(`  ${pad(r.location, locationWidth)}  ${paint[r.severity](pad(r.severity, severityWidth))}  ${message}  ${c.dim(r.rule)}`);
      for (const line of rest) out.push(indent + line);
      if (r.hint) out.push(`${indent}${c.green('→ fix:')} ${r.hint}`);
    }
    out.push('');
  }
  out.push(summaryLine(report.summary, c));
  return `${out.join('\n')}\n`;
}
