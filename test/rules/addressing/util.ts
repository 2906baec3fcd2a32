// Small helpers for the addressing rule tests.
import { BASE, ruleIds } from '../../helpers';

/** 1-based line of the `nth` (0-based) occurrence of `needle` in `yaml`. */
export function lineOf(yaml: string, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = yaml.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  return yaml.slice(0, at).split('\n').length;
}

/** BASE with one text replaced; fails loudly when the text is not there. */
export function edit(yaml: string, from: string, to: string): string {
  if (!yaml.includes(from)) throw new Error(`${from} not found`);
  return yaml.replace(from, to);
}

/** Rule ids `yaml` reports that BASE does not: what an edit of BASE added. */
export function addedIds(yaml: string, base = BASE): string[] {
  const before = new Set(ruleIds(base));
  return ruleIds(yaml).filter((id) => !before.has(id));
}
