// The validate formatters, chosen by name (`dxplan validate --format <name>`).
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import type { FormatOptions, ValidateFormatter, ValidateReport } from './types';

export const VALIDATE_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export const VALIDATE_FORMATTERS: Readonly<Record<ValidateFormat, ValidateFormatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

export function isValidateFormat(name: string): name is ValidateFormat {
  return (VALIDATE_FORMATS as readonly string[]).includes(name);
}

/** Renders a validate report; only `stylish` ever colours. Throws on an unknown name (the CLI checks first). */
export function formatValidate(name: ValidateFormat, report: ValidateReport, options: FormatOptions): string {
  if (!isValidateFormat(name)) throw new Error(`unknown format "${String(name)}": use one of ${VALIDATE_FORMATS.join(', ')}`);
  return VALIDATE_FORMATTERS[name](report, name === 'stylish' ? options : { ...options, color: false });
}

export { formatGithub, formatJson, formatJunit, formatSarif, formatStylish };
export type { FormatOptions, ValidateFormatter, ValidateReport } from './types';
