// `dxplan lsp`: a Language Server Protocol server over stdio. Every open document is validated
// by the same engine as `validate` (validateText) on open and, debounced, after edits; the
// requests answer from the latest analysis, made on demand when an edit is still pending.
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, createConnection, TextDocuments, TextDocumentSyncKind, type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './actions';
import { Analysis } from './analysis';
import { completion } from './completion';
import { lspDiagnostics } from './diagnostics';
import { hover } from './hover';
import { definition, documentSymbols, references } from './navigation';

/** Quiet time after the last keystroke before a document is validated again. */
const DEBOUNCE_MS = 100;

interface Open {
  version: number;
  analysis: Analysis;
  /** The latest version whose YAML parsed, for completion while the text is half-typed. */
  lastGood: Analysis;
}

function fileOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, version: string): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const open = new Map<string, Open>();
  const timers = new Map<string, NodeJS.Timeout>();

  /** Analyses the document's current text and publishes its diagnostics. */
  const refresh = (doc: TextDocument): Open => {
    clearTimeout(timers.get(doc.uri));
    timers.delete(doc.uri);
    const analysis = new Analysis(fileOf(doc.uri), doc.getText());
    const previous = open.get(doc.uri);
    const state: Open = {
      version: doc.version, analysis,
      lastGood: analysis.index.data !== undefined || !previous ? analysis : previous.lastGood,
    };
    open.set(doc.uri, state);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: lspDiagnostics(analysis) });
    return state;
  };

  /** The analysis of the document as it is now (a pending edit is analysed at once). */
  const current = (uri: string): Open | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const state = open.get(uri);
    return state && state.version === doc.version ? state : refresh(doc);
  };

  /** A request never takes the server down: a failure is logged and answered with nothing. */
  const guard = <P, R>(what: string, fallback: R, handler: (params: P) => R) => (params: P): R => {
    try {
      return handler(params);
    } catch (err) {
      connection.console.error(`dxplan lsp: ${what} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '-'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'dxplan', version },
  }));

  documents.onDidOpen(guard('validate', undefined, (e: { document: TextDocument }) => { refresh(e.document); }));
  documents.onDidChangeContent((e) => {
    if (open.get(e.document.uri)?.version === e.document.version) return;
    clearTimeout(timers.get(e.document.uri));
    timers.set(e.document.uri, setTimeout(guard('validate', undefined, () => {
      const doc = documents.get(e.document.uri);
      if (doc) refresh(doc);
    }), DEBOUNCE_MS));
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    open.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(guard('hover', null, (p) => {
    const s = current(p.textDocument.uri);
    return s ? hover(s.analysis, p.position) : null;
  }));
  connection.onDefinition(guard('definition', null, (p) => {
    const s = current(p.textDocument.uri);
    return s ? definition(s.analysis, p.textDocument.uri, p.position) : null;
  }));
  connection.onReferences(guard('references', [], (p) => {
    const s = current(p.textDocument.uri);
    return s ? references(s.analysis, p.textDocument.uri, p.position, p.context.includeDeclaration) : [];
  }));
  connection.onCompletion(guard('completion', [], (p) => {
    const s = current(p.textDocument.uri);
    return s ? completion(s.analysis, s.lastGood, p.position) : [];
  }));
  connection.onCodeAction(guard('code actions', [], (p) => {
    const s = current(p.textDocument.uri);
    return s ? codeActions(s.analysis, p.textDocument.uri, p.context.diagnostics) : [];
  }));
  connection.onDocumentSymbol(guard('document symbols', [], (p) => {
    const s = current(p.textDocument.uri);
    return s ? documentSymbols(s.analysis) : [];
  }));

  documents.listen(connection);
  connection.listen();
  return connection;
}
