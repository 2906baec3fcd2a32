// `validate --format junit`: JUnit XML for CI test reports (Jenkins, GitLab, Azure DevOps, ...).
// One <testsuite> per file, one <testcase> per finding; errors and warnings are failures,
// infos pass with the message as output, suppressed findings are skipped with the reason,
// and a file with no findings gets one passing testcase so the report shows it was checked.
import type { Diagnostic } from '../engine/load';
import type { FileReport } from '../engine/validate';
import type { FormatOptions, ValidateReport } from './types';
import { xmlAttr, xmlText } from './util';

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  skipped: number;
}

function details(d: Diagnostic): string {
  return [`${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}`, ...(d.hint ? [`fix: ${d.hint}`] : []), `rule: ${d.rule}`].join('\n');
}

function testcaseOpen(d: Diagnostic): string {
  return `    <testcase classname="${xmlAttr(d.file)}" name="${xmlAttr(`${d.rule} ${d.line}:${d.column}`)}">`;
}

function suite(file: FileReport): Suite {
  const cases: string[] = [];
  let failures = 0;
  for (const d of file.diagnostics) {
    if (d.severity === 'info') {
      cases.push(`${testcaseOpen(d)}\n      <system-out>${xmlText(details(d))}</system-out>\n    </testcase>`);
    } else {
      failures++;
      cases.push(
        `${testcaseOpen(d)}\n      <failure message="${xmlAttr(d.message)}" type="${d.severity}">${xmlText(details(d))}</failure>\n    </testcase>`,
      );
    }
  }
  for (const d of file.suppressed) {
    cases.push(`${testcaseOpen(d)}\n      <skipped message="${xmlAttr(`suppressed: ${d.reason}`)}"/>\n    </testcase>`);
  }
  if (file.diagnostics.length === 0) {
    cases.push(`    <testcase classname="${xmlAttr(file.file)}" name="no problems"/>`);
  }
  const tests = cases.length;
  const skipped = file.suppressed.length;
  const xml = [
    `  <testsuite name="${xmlAttr(file.file)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { xml, tests, failures, skipped };
}

export function formatJunit(report: ValidateReport, _options: FormatOptions): string {
  const suites = report.files.map(suite);
  const sum = (k: 'tests' | 'failures' | 'skipped'): number => suites.reduce((n, s) => n + s[k], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dxplan" tests="${sum('tests')}" failures="${sum('failures')}" errors="0" skipped="${sum('skipped')}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
