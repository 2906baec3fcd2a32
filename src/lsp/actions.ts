// Quick fixes: take a diagnostic's "did you mean X?", or silence its rule on the entity it is
// about with an `ignore` entry whose reason the user still has to write.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { FATAL_RULES } from '../engine/load';
import { typeAt } from '../model/references';
import type { Path } from '../model/types';
import { lineCharOf, spanOf } from '../source/text-index';
import { valueAt, type Analysis } from './analysis';
import type { DiagnosticData } from './diagnostics';

const REASON = 'TODO: why this finding does not apply here';
const DID_YOU_MEAN = /did you mean `?([^`?\s]+)`?\?/;

export function codeActions(a: Analysis, uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'dxplan' || typeof d.code !== 'string') continue;
    const data = d.data as DiagnosticData | undefined;
    const near = data?.hint ? DID_YOU_MEAN.exec(data.hint)?.[1] : undefined;
    if (near) {
      out.push({
        title: `Change to ${near}`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
        edit: { changes: { [uri]: [{ range: d.range, newText: near }] } },
      });
    }
    const owner = data && !FATAL_RULES.has(d.code) ? ownerEntity(data.path) : undefined;
    const edit = owner && ignoreEdit(a, owner, d.code);
    if (edit) {
      out.push({
        title: `Ignore ${d.code} on ${String(valueAt(a.index.data, [...owner!, 'name']) ?? 'this entry')}`,
        kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [uri]: [edit] } },
      });
    }
  }
  return out;
}

/** The innermost list item on the path that takes an `ignore` key (the finding's entity). */
function ownerEntity(path: Path): Path | undefined {
  for (let n = path.length; n > 0; n--) {
    const type = typeAt(path.slice(0, n));
    if (typeof path[n - 1] === 'number' && type && 'schema' in type && type.schema.ignorable) return path.slice(0, n);
  }
  return undefined;
}

function ignoreEdit(a: Analysis, owner: Path, rule: string): TextEdit | undefined {
  const text = a.index.text;
  const entry = `{ rule: ${rule}, reason: "${REASON}" }`;
  const insert = (offset: number, newText: string): TextEdit => {
    const at = lineCharOf(a.index, offset);
    return { range: { start: at, end: at }, newText };
  };
  const existing = valueAt(a.index.data, [...owner, 'ignore']);
  if (Array.isArray(existing)) {
    const span = spanOf(a.index, [...owner, 'ignore']);
    if (!span) return undefined;
    if (text[span.start] === '[') return insert(span.end - 1, existing.length > 0 ? `, ${entry}` : entry);
    return insert(lineEnd(text, span.end), `\n${' '.repeat(columnOf(text, span.start))}- ${entry}`);
  }
  if (existing !== undefined) return undefined;
  const span = spanOf(a.index, owner);
  if (!span) return undefined;
  if (text[span.start] === '{') {
    let at = span.end - 1;
    while (at > span.start + 1 && text[at - 1] === ' ') at--;
    return insert(at, `, ignore: [${entry}]`);
  }
  return insert(lineEnd(text, span.end), `\n${' '.repeat(columnOf(text, span.start))}ignore: [${entry}]`);
}

const lineEnd = (text: string, offset: number): number => {
  const eol = text.indexOf('\n', offset);
  return eol < 0 ? text.length : eol;
};

const columnOf = (text: string, offset: number): number => offset - (text.lastIndexOf('\n', offset - 1) + 1);
