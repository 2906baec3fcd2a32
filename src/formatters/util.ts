// Small helpers shared by the validate formatters. Pure; no chalk here.
import type { Diagnostic } from '../engine/load';
import type { ValidateReport } from './types';

export type SuppressedDiagnostic = Diagnostic & { reason: string };

/** Every reported diagnostic, file by file, in the order the engine sorted them. */
export function allDiagnostics(report: ValidateReport): Diagnostic[] {
  return report.files.flatMap((f) => f.diagnostics);
}

/** Every suppressed finding, file by file. */
export function allSuppressed(report: ValidateReport): SuppressedDiagnostic[] {
  return report.files.flatMap((f) => f.suppressed);
}

/** `1 error`, `2 errors`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Characters that must not reach a terminal or a CI log raw: C0 and C1 controls (ESC starts
 * an ANSI sequence, 0x9B is a one-byte CSI), DEL, and the bidirectional controls that can make
 * text read differently from what it is ("Trojan Source"). Line breaks are the callers' business.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_VISIBLE = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const visibleEscape = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** Unsafe characters (see above) become visible `\xNN` / `\uNNNN` text; `\n` and `\r` are kept. */
export function showControls(text: string): string {
  return text.replace(UNSAFE_VISIBLE, visibleEscape);
}

/** Text from the topology made safe for a terminal line: as showControls, and a lone `\r` shown too. */
export function terminalSafe(text: string): string {
  return showControls(text).replace(/\r/g, '\\x0D');
}

/**
 * Characters XML 1.0 does not allow anywhere (not even as references): C0 controls other
 * than tab, LF and CR; lone surrogates; U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for XML element content; characters XML 1.0 forbids are dropped. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Escapes text for a double- or single-quoted XML attribute; tab, LF and CR survive attribute normalisation. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
