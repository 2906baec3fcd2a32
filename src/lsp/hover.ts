// Hover: the rule behind a diagnostic or a rule id (what `dxplan rules <id>` prints), one line
// about the entity a name stands for, a VIF's paths to its VPCs, a key's description.
import type { Hover } from 'vscode-languageserver';
import { entitySummary, vifReach } from '../formatters/entity-summary';
import { formatRuleDetail } from '../formatters/rules-catalog';
import { kindLabel } from '../model/load';
import { typeAt } from '../model/references';
import { TOPOLOGY, type ObjectSchema } from '../model/schema';
import { ruleMeta } from '../rules/index';
import { buildRoutingIndex } from '../routing/index';
import { hitAt } from '../source/text-index';
import { valueAt, type Analysis } from './analysis';

/** Paths listed on a VIF's hover; a VIF on a busy Direct Connect gateway can have hundreds. */
const MAX_PATHS = 20;

const fence = (text: string): string => `\`\`\`text\n${text.trimEnd()}\n\`\`\``;

function ruleDetail(id: string): string | undefined {
  const meta = ruleMeta(id);
  return meta && fence(formatRuleDetail(meta, { color: false }));
}

export function hover(a: Analysis, position: { line: number; character: number }): Hover | null {
  const offset = a.offsetAt(position);
  const parts: string[] = [];
  for (const d of a.report.diagnostics) {
    const span = a.diagnosticSpan(d);
    if (offset < span.start || offset > span.end) continue;
    parts.push(`**${d.rule}** (${d.severity}): ${d.message}${d.hint ? `\n\nfix: ${d.hint}` : ''}`, ruleDetail(d.rule) ?? '');
  }
  const hit = hitAt(a.index, offset);
  if (hit && !hit.empty) {
    const { path } = hit;
    const last = path[path.length - 1];
    const ruleId = hit.onKey && path.length === 3 && path[0] === 'policy' && path[1] === 'rules' ? String(last)
      : !hit.onKey && last === 'rule' && path[path.length - 3] === 'ignore' ? String(valueAt(a.index.data, path)) : undefined;
    const named = hit.onKey ? undefined : a.nameAt(path);
    if (ruleId !== undefined && parts.length === 0) {
      parts.push(ruleDetail(ruleId) ?? `no rule has the id ${ruleId}`);
    } else if (named) {
      parts.push(...aboutEntity(a, named.name));
    } else if (hit.onKey) {
      const about = keyDescription(path);
      if (about) parts.push(about);
    }
  }
  const shown = parts.filter((p) => p !== '');
  return shown.length === 0 ? null : { contents: { kind: 'markdown', value: shown.join('\n\n') } };
}

function aboutEntity(a: Analysis, name: string): string[] {
  const topology = a.report.topology;
  const built = topology?.byName.get(name);
  if (!topology || !built) {
    const written = a.entity(name);
    return written ? [`${kindLabel(written.kind)} ${name}: left out of the model because of the errors on it`] : [];
  }
  const out = [entitySummary(built)];
  if (built.kind === 'vif') {
    const reach = vifReach(buildRoutingIndex(topology), built);
    const shown = reach.slice(0, MAX_PATHS).map((line) => `- ${line}`);
    if (reach.length > MAX_PATHS) shown.push(`- and ${reach.length - MAX_PATHS} more paths (\`dxplan route\` follows one)`);
    out.push(shown.join('\n'));
  }
  return out;
}

/** A key's description from the schema (`ignore` entries included). */
function keyDescription(path: readonly (string | number)[]): string | undefined {
  const key = path[path.length - 1];
  const owner = typeAt(path.slice(0, -1));
  const schema: ObjectSchema | undefined = owner && 'schema' in owner ? owner.schema : path.length === 1 ? TOPOLOGY : undefined;
  const field = schema && typeof key === 'string' && Object.hasOwn(schema.fields, key) ? schema.fields[key] : undefined;
  return field && schema && `\`${key}\` (${schema.title}): ${field.description}`;
}
