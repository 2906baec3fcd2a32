// Go to definition, find references and the outline, from the names and references the model
// says a document writes (entitiesWritten, referencesWritten).
import { SymbolKind, type DocumentSymbol, type Location } from 'vscode-languageserver';
import type { WrittenEntity } from '../model/load';
import type { EntityKind } from '../model/types';
import { hitAt, spanOf } from '../source/text-index';
import type { Analysis } from './analysis';

/** The name under the cursor, as a definition or a reference. */
function nameUnder(a: Analysis, position: { line: number; character: number }): string | undefined {
  const hit = hitAt(a.index, a.offsetAt(position));
  return hit && !hit.onKey && !hit.empty ? a.nameAt(hit.path)?.name : undefined;
}

function nameLocation(a: Analysis, uri: string, e: WrittenEntity): Location | undefined {
  const span = spanOf(a.index, [...e.path, 'name']);
  return span && { uri, range: a.range(span) };
}

export function definition(a: Analysis, uri: string, position: { line: number; character: number }): Location | null {
  const name = nameUnder(a, position);
  const e = name === undefined ? undefined : a.entity(name);
  return (e && nameLocation(a, uri, e)) ?? null;
}

export function references(a: Analysis, uri: string, position: { line: number; character: number }, includeDeclaration: boolean): Location[] {
  const name = nameUnder(a, position);
  const e = name === undefined ? undefined : a.entity(name);
  if (!e) return [];
  const out: Location[] = [];
  if (includeDeclaration) {
    const own = nameLocation(a, uri, e);
    if (own) out.push(own);
  }
  for (const r of a.references) {
    if (r.name !== name || !r.kinds.includes(e.kind)) continue;
    const span = spanOf(a.index, r.path);
    if (span) out.push({ uri, range: a.range(span) });
  }
  return out;
}

const SYMBOL_KIND: Record<EntityKind, SymbolKind> = {
  site: SymbolKind.Module, router: SymbolKind.Object, host: SymbolKind.Variable, location: SymbolKind.Namespace,
  connection: SymbolKind.Interface, lag: SymbolKind.Interface, vif: SymbolKind.Event, vgw: SymbolKind.Class,
  dxgw: SymbolKind.Class, tgw: SymbolKind.Class, vpc: SymbolKind.Package, resource: SymbolKind.Variable, vpn: SymbolKind.Interface,
};

/** The outline: each section (sites, locations, ...) with its entities, a site's routers and hosts inside it. */
export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const symbol = (e: WrittenEntity): DocumentSymbol | undefined => {
    const whole = spanOf(a.index, e.path);
    const name = spanOf(a.index, [...e.path, 'name']);
    if (!whole || !name) return undefined;
    return {
      name: e.name, detail: e.kind, kind: SYMBOL_KIND[e.kind], range: a.range(whole), selectionRange: a.range(name),
      children: e.children.map(symbol).filter((s): s is DocumentSymbol => s !== undefined),
    };
  };
  const sections = new Map<string, DocumentSymbol[]>();
  for (const e of a.entities) {
    const s = symbol(e);
    if (!s) continue;
    const section = String(e.path[0]);
    let list = sections.get(section);
    if (!list) sections.set(section, (list = []));
    list.push(s);
  }
  const out: DocumentSymbol[] = [];
  for (const [section, children] of sections) {
    const whole = spanOf(a.index, [section]);
    const key = spanOf(a.index, [section], true);
    if (!whole || !key) continue;
    const range = a.range({ start: key.start, end: whole.end });
    out.push({ name: section, kind: SymbolKind.Array, range, selectionRange: a.range(key), children });
  }
  return out.sort((x, y) => x.range.start.line - y.range.start.line);
}
