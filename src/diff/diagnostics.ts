// Diagnostics added and removed by a change. Lines shift between two versions of a file, so
// diagnostics are matched by rule, severity, path and message, never by line. A path's list
// positions are first replaced by what the list item is (its `name`, `from→to`, `service`, or
// a scalar item's value), so inserting a VIF above another does not make every later finding
// on the VIF list look new.
import type { Diagnostic } from '../engine/load';
import { compareDiagnostics } from '../engine/validate';
import type { Path } from '../model/types';

export interface DiagnosticsDiff {
  /** In the new file only, at the new file's positions, sorted. */
  added: Diagnostic[];
  /** In the old file only, at the old file's positions, sorted. */
  removed: Diagnostic[];
  /** Found in both versions. */
  unchanged: number;
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What a list item is, independent of where it sits in the list; undefined when it says nothing. */
function itemLabel(item: unknown): string | undefined {
  if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') return `=${String(item)}`;
  if (!isMapping(item)) return undefined;
  if (typeof item.name === 'string') return `name=${item.name}`;
  if (typeof item.from === 'string' && typeof item.to === 'string') {
    return `${item.from}→${item.to}${typeof item.via === 'string' ? ` via ${item.via}` : ''}`;
  }
  if (typeof item.service === 'string') return `service=${item.service}${typeof item.type === 'string' ? `/${item.type}` : ''}`;
  if (typeof item.gateway === 'string') return `gateway=${item.gateway}`;
  if (typeof item.rule === 'string') return `rule=${item.rule}`;
  return undefined;
}

/**
 * Stable labels for a list's items: the item label, with `#2`, `#3`... on repeats (two items
 * with the same name stay apart); the position where an item says nothing about itself.
 */
function listLabels(list: unknown[]): string[] {
  const seen = new Map<string, number>();
  return list.map((item, i) => {
    const label = itemLabel(item);
    if (label === undefined) return `[${i}]`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label}#${n}`;
  });
}

/** Builds the position-independent key of a path in one document; each list is labelled once. */
export function pathNormalizer(data: unknown): (path: Path) => string {
  const cache = new WeakMap<unknown[], string[]>();
  return (path) => {
    const out: string[] = [];
    let node: unknown = data;
    for (const seg of path) {
      if (typeof seg === 'number' && Array.isArray(node)) {
        let labels = cache.get(node);
        if (!labels) cache.set(node, (labels = listLabels(node)));
        out.push(labels[seg] ?? `[${seg}]`);
        node = node[seg];
      } else {
        out.push(String(seg));
        node = isMapping(node) && typeof seg === 'string' ? node[seg] : undefined;
      }
    }
    return out.join('\u0000');
  };
}

function keyOf(d: Diagnostic, normalize: (p: Path) => string): string {
  return [d.rule, d.severity, normalize(d.path), d.message].join('\u0001');
}

/**
 * Matches the two versions' diagnostics as multisets: a finding reported twice before and once
 * after counts one removed. `oldData` and `newData` are the parsed documents (for the paths).
 */
export function diffDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[], oldData: unknown, newData: unknown): DiagnosticsDiff {
  const normOld = pathNormalizer(oldData);
  const normNew = pathNormalizer(newData);
  const remaining = new Map<string, number>();
  for (const d of before) {
    const k = keyOf(d, normOld);
    remaining.set(k, (remaining.get(k) ?? 0) + 1);
  }
  const added: Diagnostic[] = [];
  let unchanged = 0;
  const matched = new Map<string, number>();
  for (const d of after) {
    const k = keyOf(d, normNew);
    const left = remaining.get(k) ?? 0;
    if (left > 0) {
      remaining.set(k, left - 1);
      matched.set(k, (matched.get(k) ?? 0) + 1);
      unchanged++;
    } else {
      added.push(d);
    }
  }
  const removed: Diagnostic[] = [];
  for (const d of before) {
    const k = keyOf(d, normOld);
    const m = matched.get(k) ?? 0;
    if (m > 0) matched.set(k, m - 1);
    else removed.push(d);
  }
  return { added: added.sort(compareDiagnostics), removed: removed.sort(compareDiagnostics), unchanged };
}
