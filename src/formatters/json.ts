// `validate --format json`: the stable shape of /work/shared/spec/cli.md. Never coloured.
import type { Diagnostic } from '../engine/load';
import type { FormatOptions, ValidateReport } from './types';
import { allDiagnostics, allSuppressed, type SuppressedDiagnostic } from './util';

interface JsonDiagnostic {
  rule: string;
  severity: Diagnostic['severity'];
  message: string;
  hint: string;
  file: string;
  line: number;
  column: number;
  path: Diagnostic['path'];
}

/** The fields, in the documented order, and nothing else an engine object may carry. */
function jsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return { rule: d.rule, severity: d.severity, message: d.message, hint: d.hint, file: d.file, line: d.line, column: d.column, path: d.path };
}

function jsonSuppressed(d: SuppressedDiagnostic): JsonDiagnostic & { reason: string } {
  return { ...jsonDiagnostic(d), reason: d.reason };
}

export function formatJson(report: ValidateReport, _options: FormatOptions): string {
  const { errors, warnings, infos, files, suppressed } = report.summary;
  const out = {
    diagnostics: allDiagnostics(report).map(jsonDiagnostic),
    summary: { errors, warnings, infos, files, suppressed },
    suppressed: allSuppressed(report).map(jsonSuppressed),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
