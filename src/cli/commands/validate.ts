import { resolve } from 'node:path';
import { fileTooLarge } from '../../engine/load';
import { validateBytes, type FileReport } from '../../engine/validate';
import { formatValidate, type VALIDATE_FORMATS } from '../../formatters/index';
import type { Summary, ValidateReport } from '../../formatters/types';
import { RULES } from '../../rules/index';
import { defaultTopologyFile, readTopologyFile, useColor, type Io } from '../io';
import { dxplanVersion } from '../main';

interface ValidateOptions {
  file?: string;
  format: (typeof VALIDATE_FORMATS)[number];
  failOn: 'error' | 'warning' | 'info' | 'never';
  maxWarnings?: number;
  color?: boolean;
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

export function validateCommand(io: Io, files: string[], options: ValidateOptions): number {
  const given = [...files, ...(options.file ? [options.file] : [])];
  // Sorted and unique, so the output does not depend on the order of the arguments.
  const names = given.length > 0 ? uniqueFiles(io, given) : [defaultTopologyFile(io, undefined)];
  const reports: FileReport[] = names.map((name) => {
    const read = readTopologyFile(io, name);
    return read.ok ? validateBytes(name, read.bytes) : { file: name, diagnostics: [fileTooLarge(name, read.tooLarge)], suppressed: [], fatal: true };
  });
  const summary = summarize(reports);
  const report: ValidateReport = { files: reports, summary, rules: RULES.map((r) => r.meta), toolVersion: dxplanVersion() };
  const machine = options.format !== 'stylish';
  io.stdout(formatValidate(options.format, report, { color: !machine && useColor(io, options.color) }));
  if (reports.some((r) => r.fatal)) return 2;
  return fails(reports, options) ? 1 : 0;
}

/** Sorted, and each file once however it is spelled (`t.yaml`, `./t.yaml`). */
function uniqueFiles(io: Io, given: string[]): string[] {
  const byPath = new Map<string, string>();
  for (const name of [...given].sort()) {
    const path = resolve(io.cwd, name);
    if (!byPath.has(path)) byPath.set(path, name);
  }
  return [...byPath.values()];
}

function summarize(reports: FileReport[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, files: reports.length, suppressed: 0 };
  for (const r of reports) {
    s.suppressed += r.suppressed.length;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

function fails(reports: FileReport[], options: ValidateOptions): boolean {
  const all = reports.flatMap((r) => r.diagnostics);
  if (options.maxWarnings !== undefined && all.filter((d) => d.severity === 'warning').length > options.maxWarnings) return true;
  if (options.failOn === 'never') return false;
  const threshold = RANK[options.failOn];
  return all.some((d) => RANK[d.severity] >= threshold);
}
