// `dxplan rules`: the catalog as a table, or one rule explained.
import chalk from 'chalk';
import Table from 'cli-table3';
import type { RuleMeta } from '../rules/types';
import type { FormatOptions } from './types';

function severityText(c: chalk.Chalk, severity: string): string {
  return severity === 'error' ? c.red(severity) : severity === 'warning' ? c.yellow(severity) : c.blue(severity);
}

export function formatRuleList(rules: readonly RuleMeta[], options: FormatOptions): string {
  const c = new chalk.Instance({ level: options.color ? 1 : 0 });
  const table = new Table({
    head: ['rule', 'severity', 'area', 'checks'], style: { head: [], border: [] }, wordWrap: true, colWidths: [28, 10, 13, 70],
  });
  for (const m of rules) table.push([m.id, severityText(c, m.severity), m.area, m.description]);
  return `${table.toString()}\n${rules.length} rules. \`dxplan rules <id>\` explains one.\n`;
}

export function formatRuleDetail(m: RuleMeta, options: FormatOptions): string {
  const c = new chalk.Instance({ level: options.color ? 1 : 0 });
  return [
    `${c.bold(m.id)}  (${severityText(c, m.severity)} by default, ${m.area})`,
    '',
    `What:   ${m.description}`,
    `Why:    ${m.why}`,
    `Fix:    ${m.hint}`,
    `Source: ${m.source}`,
    '',
    `Change its severity or turn it off:  policy: { rules: { ${m.id}: off } }`,
    `Silence it on one entity:            ignore: [{ rule: ${m.id}, reason: "..." }]`,
    '',
  ].join('\n');
}
