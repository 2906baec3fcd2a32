import type { FileReport } from '../engine/validate';
import type { RuleMeta } from '../rules/types';

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  suppressed: number;
}

/** Everything a validate formatter needs; formatters are pure: this in, text out. */
export interface ValidateReport {
  files: FileReport[];
  summary: Summary;
  /** The catalog, for formats that describe rules (SARIF). */
  rules: readonly RuleMeta[];
  /** dxplan's version, for formats that name the tool. */
  toolVersion: string;
}

export interface FormatOptions {
  color: boolean;
  /** Tables fit this many columns (the terminal's width), when given. */
  width?: number;
}

export type ValidateFormatter = (report: ValidateReport, options: FormatOptions) => string;
