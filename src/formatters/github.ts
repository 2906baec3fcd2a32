// `validate --format github`: GitHub Actions workflow commands, one annotation per diagnostic.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Diagnostic } from '../engine/load';
import type { Severity } from '../model/types';
import type { FormatOptions, ValidateReport } from './types';
import { allDiagnostics, showControls } from './util';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** As @actions/core `escapeData`: the command's message. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core `escapeProperty`: a `key=value` property of the command. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// Text from the topology may hold control characters; the log viewer would act on an ESC
// (colour, cursor moves), so they are shown as `\xNN` before the toolkit's escaping.
function annotation(d: Diagnostic): string {
  const props = [
    `file=${escapeGithubProperty(showControls(d.file))}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `title=${escapeGithubProperty(showControls(d.rule))}`,
  ].join(',');
  const message = d.hint ? `${d.message}\nfix: ${d.hint}` : d.message;
  return `::${COMMAND[d.severity]} ${props}::${escapeGithubData(showControls(message))}\n`;
}

export function formatGithub(report: ValidateReport, _options: FormatOptions): string {
  return allDiagnostics(report).map(annotation).join('');
}
