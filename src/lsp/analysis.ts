// One version of an open document, analysed once: the engine's report (what `validate` says),
// where every node is, and — on first use by a request — the names and references written.
import { validateText, type FileReport } from '../engine/validate';
import type { Diagnostic as EngineDiagnostic } from '../engine/load';
import { entitiesWritten, type WrittenEntity } from '../model/load';
import { referencesWritten, type WrittenReference } from '../model/references';
import type { Path } from '../model/types';
import type { Range } from 'vscode-languageserver';
import { indexText, lineCharOf, offsetOfLineChar, spanOf, type Span, type TextIndex } from '../source/text-index';

export class Analysis {
  readonly report: FileReport;
  readonly index: TextIndex;
  private entityList?: WrittenEntity[];
  private byName?: Map<string, WrittenEntity>;
  private refs?: WrittenReference[];

  constructor(readonly file: string, text: string) {
    this.report = validateText(file, text);
    this.index = indexText(text);
  }

  /** The entities written, outline order (a site's routers and hosts nested in it). */
  get entities(): WrittenEntity[] {
    return (this.entityList ??= entitiesWritten(this.index.data));
  }

  /** Name → the entity that holds it (the first written: later ones are name-duplicate findings). */
  entity(name: string): WrittenEntity | undefined {
    if (!this.byName) {
      const byName = new Map<string, WrittenEntity>();
      const add = (list: WrittenEntity[]): void => {
        for (const e of list) {
          if (!byName.has(e.name)) byName.set(e.name, e);
          add(e.children);
        }
      };
      add(this.entities);
      this.byName = byName;
    }
    return this.byName.get(name);
  }

  get references(): WrittenReference[] {
    return (this.refs ??= referencesWritten(this.index.data));
  }

  /** The name a path holds: an entity's own `name`, or a reference to one. */
  nameAt(path: Path): { name: string; reference?: WrittenReference } | undefined {
    const reference = this.references.find((r) => samePath(r.path, path));
    if (reference) return this.entity(reference.name) ? { name: reference.name, reference } : undefined;
    if (path[path.length - 1] !== 'name') return undefined;
    const owner = path.slice(0, -1);
    const value = valueAt(this.index.data, path);
    if (typeof value !== 'string') return undefined;
    const e = this.entity(value);
    return e && samePath(e.path, owner) ? { name: value } : undefined;
  }

  /** A diagnostic's span: the key or value it points at, cut to its first line. */
  diagnosticSpan(d: EngineDiagnostic): Span {
    const start = this.offsetOf(d.line, d.column);
    const candidates = [spanOf(this.index, d.path), spanOf(this.index, d.path, true)];
    const found = candidates.find((s) => s?.start === start);
    const text = this.index.text;
    let end = found ? found.end : start;
    if (!found) while (end < text.length && !/\s/.test(text[end])) end++;
    const eol = text.indexOf('\n', start);
    if (eol >= 0 && end > eol) end = eol;
    return { start, end: Math.max(end, Math.min(start + 1, eol < 0 ? text.length : eol)) };
  }

  range(span: Span): Range {
    return { start: lineCharOf(this.index, span.start), end: lineCharOf(this.index, span.end) };
  }

  /** An LSP position as an offset. */
  offsetAt(position: { line: number; character: number }): number {
    return offsetOfLineChar(this.index, position.line, position.character);
  }

  /** A 1-based line and column (the engine's) as an offset. */
  offsetOf(line: number, column: number): number {
    const start = this.index.lines.lineStart(line - 1);
    return start === undefined ? this.index.text.length : Math.min(start + column - 1, this.index.text.length);
  }
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((seg, i) => seg === b[i]);
}

export function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}
