// The rule catalog: every rule, sorted by id. Each area keeps its own list.
import { rules as addressing } from './addressing/index';
import { rules as connections } from './connections/index';
import { rules as document } from './document/index';
import { rules as gateways } from './gateways/index';
import { rules as resiliency } from './resiliency/index';
import { rules as routing } from './routing/index';
import type { Rule, RuleMeta } from './types';
import { rules as vifs } from './vifs/index';

export const RULES: readonly Rule[] = [...document, ...addressing, ...connections, ...vifs, ...gateways, ...routing, ...resiliency]
  .sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

export const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES_BY_ID.get(id)?.meta;
}
