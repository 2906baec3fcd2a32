// `diff --format json`: a stable shape for bots and scripts. Never coloured. Diagnostics have
// the fields of `validate --format json`; money is in USD rounded to cents.
import type { Diagnostic } from '../engine/load';
import type { DiffReport } from '../diff/index';

const jsonDiagnostic = (d: Diagnostic) => ({
  rule: d.rule, severity: d.severity, message: d.message, hint: d.hint, file: d.file, line: d.line, column: d.column, path: d.path,
});

export function diffJson(report: DiffReport): unknown {
  return {
    before: report.before,
    after: report.after,
    summary: report.summary,
    entities: report.entities,
    diagnostics: {
      added: report.diagnostics.added.map(jsonDiagnostic),
      removed: report.diagnostics.removed.map(jsonDiagnostic),
      unchanged: report.diagnostics.unchanged,
    },
    routes: report.routes,
    traffic: report.traffic,
    cost: report.cost,
  };
}

export function formatDiffJson(report: DiffReport): string {
  return `${JSON.stringify(diffJson(report), null, 2)}\n`;
}
