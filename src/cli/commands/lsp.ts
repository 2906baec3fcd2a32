// `dxplan lsp`: the language server. Its modules (and vscode-languageserver) load only here.
import type { Io } from '../io';
import { dxplanVersion } from '../main';

/** Serves until the editor closes the connection; the protocol owns stdin and stdout. */
export function lspCommand(_io: Io): Promise<number> {
  const { startServer } = require('../../lsp/server') as typeof import('../../lsp/server');
  const connection = startServer(process.stdin, process.stdout, dxplanVersion());
  return new Promise((resolve) => {
    connection.onExit(() => resolve(0));
  });
}
