// Bytes → located diagnostics and a typed topology. Shared by every command that reads a file.
import { buildTopology } from '../model/load';
import type { Finding } from '../model/finding';
import type { Path, Severity, Topology } from '../model/types';
import { RULE_IDS, ruleMeta } from '../rules/index';
import { decodeUtf8, LIMITS, locate, parseSource, type Position, type SourceFile, type SourceProblem } from '../source/document';

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  hint: string;
  file: string;
  line: number;
  column: number;
  path: Path;
}

/** Rules whose findings mean the input could not be read as a topology (exit code 2). */
export const FATAL_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'topology-version', 'input-limit', 'internal-error']);

export interface LoadedTopology {
  file: string;
  /** Absent when the file could not be read as a topology: `diagnostics` says why. */
  topology?: Topology;
  source?: SourceFile;
  /** Parser and loader findings, located, before policy and suppression. */
  diagnostics: Diagnostic[];
}

/**
 * Control characters, invisible characters and bidirectional overrides that a message quotes
 * from the file, shown as `\u001b`-style escapes: a terminal would otherwise obey them (an
 * escape sequence in a key) or reorder the text ("Trojan Source" bidi controls).
 */
const UNPRINTABLE = /[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|\p{Cs}/gu;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function diagnosticFrom(source: SourceFile, finding: Finding, severity?: Severity): Diagnostic {
  const meta = ruleMeta(finding.rule);
  const pos = locate(source, finding.path, finding.onKey);
  return {
    rule: finding.rule,
    severity: severity ?? (finding.assumption ? 'info' : meta?.severity ?? 'error'),
    message: printable(finding.message),
    hint: printable(finding.hint ?? meta?.hint ?? ''),
    file: source.file,
    line: pos.line,
    column: pos.column,
    path: finding.path,
  };
}

function problemDiagnostic(file: string, p: SourceProblem): Diagnostic {
  const pos: Position = p.position ?? { line: 1, column: 1 };
  return { rule: p.rule, severity: 'error', message: printable(p.message), hint: printable(p.hint), file, line: pos.line, column: pos.column, path: p.path };
}

/** The input-limit diagnostic for a file over the size limit (the CLI reports it without reading the file). */
export function fileTooLarge(file: string, size: number): Diagnostic {
  return problemDiagnostic(file, {
    rule: 'input-limit',
    message: `the file is ${size} bytes, over the limit of ${LIMITS.maxFileBytes} bytes (64 MB)`,
    hint: 'split the network into several topology files',
    path: [],
  });
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Parses and models one file's bytes. Never throws on any input. */
export function loadTopology(file: string, bytes: Uint8Array): LoadedTopology {
  if (bytes.length > LIMITS.maxFileBytes) return { file, diagnostics: [fileTooLarge(file, bytes.length)] };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return {
      file,
      diagnostics: [problemDiagnostic(file, {
        rule: 'yaml-syntax',
        message: `the file is not UTF-8 text: invalid byte at offset ${decoded.offset}`,
        hint: 'save the file as UTF-8',
        position: positionOfOffset(bytes, decoded.offset),
        path: [],
      })],
    };
  }
  return loadTopologyText(file, decoded.text);
}

/** Parses and models text already decoded (an editor's buffer). Never throws on any input. */
export function loadTopologyText(file: string, text: string): LoadedTopology {
  // The size limit is on bytes; UTF-16 code units never outnumber UTF-8 bytes.
  if (text.length > LIMITS.maxFileBytes) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > LIMITS.maxFileBytes) return { file, diagnostics: [fileTooLarge(file, size)] };
  }
  const parsed = parseSource(file, text);
  if (!parsed.ok) return { file, diagnostics: parsed.problems.map((p) => problemDiagnostic(file, p)) };
  const source = parsed.source;
  const data = source.data;
  if (!isMapping(data) || data.version !== 1) {
    const message = !isMapping(data)
      ? data === null || data === undefined ? emptyMessage(text) : 'the document is not a mapping: a topology is a mapping that starts with `version: 1`'
      : data.version === undefined ? 'the topology has no `version`' : versionMessage(data.version);
    const pos = isMapping(data) && data.version !== undefined ? locate(source, ['version']) : { line: 1, column: 1 };
    return {
      file,
      source,
      diagnostics: [{ rule: 'topology-version', severity: 'error', message: printable(message), hint: 'start the file with `version: 1`', file, line: pos.line, column: pos.column, path: [] }],
    };
  }
  const { topology, findings } = buildTopology(data, RULE_IDS);
  return { file, source, topology, diagnostics: findings.map((f) => diagnosticFrom(source, f)) };
}

/** An empty document: nothing at all, or only comments and blank lines. */
function emptyMessage(text: string): string {
  return text.trim() === ''
    ? 'the file is empty: a topology starts with `version: 1`'
    : 'the file holds only comments, no topology: a topology starts with `version: 1`';
}

function versionMessage(version: unknown): string {
  if (version === '1') return 'version "1" is text: write the number (`version: 1`, without quotes)';
  const shown = typeof version === 'number' ? String(version) : JSON.stringify(version) ?? String(version);
  return `version ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown} is not supported: only version 1 exists`;
}

/** Line and column of a byte offset in text that is not valid UTF-8 (bytes before it decoded leniently). */
function positionOfOffset(bytes: Uint8Array, offset: number): Position {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
