// `validate --format sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import type { Diagnostic } from '../engine/load';
import type { Severity } from '../model/types';
import type { RuleMeta } from '../rules/types';
import type { FormatOptions, ValidateReport } from './types';
import { allDiagnostics, allSuppressed, type SuppressedDiagnostic } from './util';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where SARIF viewers link the tool name. The package has no repository URL yet: change it here when it has one. */
export const DXPLAN_URI = 'https://www.npmjs.com/package/dxplan';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties?: { tags: string[] };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number };
    };
  }[];
  suppressions?: { kind: 'inSource'; justification: string }[];
}

function sarifRule(meta: RuleMeta): SarifRule {
  const help = [meta.hint, meta.source].filter((s) => s).join('\n\n');
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.why || meta.description },
    help: { text: help || meta.description },
    ...(/^https?:\/\//i.test(meta.source) ? { helpUri: meta.source } : {}),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.area] },
  };
}

/** A rule a finding names but the catalog lacks still gets an entry, so every ruleIndex is valid. */
function unknownRule(id: string, severity: Severity): SarifRule {
  return {
    id,
    shortDescription: { text: id },
    fullDescription: { text: id },
    help: { text: id },
    defaultConfiguration: { level: LEVEL[severity] },
  };
}

/**
 * The file as a URI reference: forward slashes, relative as given (a leading `./` dropped),
 * each segment percent-encoded; an absolute path becomes a `file://` URI.
 */
export function artifactUri(file: string): string {
  let path = file.replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return `file:///${drive[1]}:/${encode(path.slice(3))}`;
  if (path.startsWith('/')) return `file://${encode(path)}`;
  return encode(path);
}

export function formatSarif(report: ValidateReport, _options: FormatOptions): string {
  const rules: SarifRule[] = report.rules.map(sarifRule);
  const index = new Map<string, number>();
  rules.forEach((r, i) => {
    if (!index.has(r.id)) index.set(r.id, i);
  });
  const ruleIndex = (d: Diagnostic): number => {
    let i = index.get(d.rule);
    if (i === undefined) {
      i = rules.push(unknownRule(d.rule, d.severity)) - 1;
      index.set(d.rule, i);
    }
    return i;
  };

  const result = (d: Diagnostic): SarifResult => ({
    ruleId: d.rule,
    ruleIndex: ruleIndex(d),
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message}\nFix: ${d.hint}` : d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: artifactUri(d.file) },
        // SARIF regions are 1-based; a finding on the whole document still points at 1:1.
        region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) },
      },
    }],
  });
  const suppressedResult = (d: SuppressedDiagnostic): SarifResult => ({
    ...result(d),
    suppressions: [{ kind: 'inSource', justification: d.reason }],
  });

  const results = [...allDiagnostics(report).map(result), ...allSuppressed(report).map(suppressedResult)];
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'dxplan',
          version: report.toolVersion,
          informationUri: DXPLAN_URI,
          rules,
        },
      },
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
