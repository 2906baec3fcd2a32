import { formatRuleDetail, formatRuleList, formatRulesMarkdown } from '../../formatters/rules-catalog';
import { RULES, RULES_BY_ID } from '../../rules/index';
import { suggest } from '../../util/suggest';
import { terminalWidth, UsageError, useColor, type Io } from '../io';

interface RulesOptions {
  format: 'table' | 'json' | 'markdown';
  color?: boolean;
}

export function rulesCommand(io: Io, id: string | undefined, options: RulesOptions): number {
  const color = options.format === 'table' && useColor(io, options.color);
  if (id === undefined) {
    const metas = RULES.map((r) => r.meta);
    if (options.format === 'markdown') io.stdout(formatRulesMarkdown(metas));
    else io.stdout(options.format === 'json' ? `${JSON.stringify(metas, null, 2)}\n` : formatRuleList(metas, { color, width: terminalWidth(io) }));
    return 0;
  }
  const rule = RULES_BY_ID.get(id);
  if (!rule) {
    const near = suggest(id, RULES_BY_ID.keys());
    throw new UsageError(`no rule has the id ${id}${near ? ` (did you mean ${near}?)` : ''}; \`dxplan rules\` lists them`);
  }
  io.stdout(options.format === 'json' ? `${JSON.stringify(rule.meta, null, 2)}\n` : formatRuleDetail(rule.meta, { color }));
  return 0;
}
