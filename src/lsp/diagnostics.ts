// The engine's diagnostics as LSP diagnostics: same rule, message and severity as `validate`,
// starting where `validate` says, ending where the key or value it points at ends.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleMeta } from '../rules/index';
import type { Path } from '../model/types';
import type { Analysis } from './analysis';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a code action needs back from a diagnostic the editor hands it. */
export interface DiagnosticData {
  path: Path;
  hint: string;
}

export function lspDiagnostics(a: Analysis): Diagnostic[] {
  return a.report.diagnostics.map((d) => {
    const source = ruleMeta(d.rule)?.source;
    const data: DiagnosticData = { path: d.path, hint: d.hint };
    return {
      range: a.range(a.diagnosticSpan(d)),
      severity: SEVERITY[d.severity],
      code: d.rule,
      ...(source?.startsWith('http') ? { codeDescription: { href: source } } : {}),
      source: 'dxplan',
      message: d.message,
      data,
    };
  });
}
