// The reliability properties, written once against an `Api` so that jest runs them on src/
// (fixed seed, few runs) and scripts/fuzz-long.js on dist/ (random seed, many runs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

export interface Diag {
  rule: string;
  severity: string;
  message: string;
  hint: string;
  file: string;
  line: number;
  column: number;
  path: readonly (string | number)[];
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface Api {
  validateBytes(file: string, bytes: Uint8Array): { diagnostics: Diag[]; suppressed: Diag[]; fatal: boolean };
  ruleIds: ReadonlySet<string>;
  main(argv: string[], io: CliIo): Promise<number>;
  /** Commands registered in this build (`route`, `graph`, `cost`, ...), and whether routing is implemented. */
  commands: ReadonlySet<string>;
  routingImplemented: boolean;
  /** src/source/document.ts parseSource, to compare its fast reader with the yaml package. */
  parseSource?(file: string, text: string, options: { fast?: boolean }): ParseOutcome;
}

export type ParseOutcome =
  | { ok: true; source: { data: unknown; where: { offsetOf(path: (string | number)[], onKey: boolean): number | undefined } } }
  | { ok: false; problems: unknown[] };

/** The document rules that mean the loader could not read some part of the file. */
export const SCHEMA_RULES = new Set(['yaml-syntax', 'topology-version', 'input-limit', 'internal-error', 'schema-unknown-key', 'schema-type', 'schema-required', 'name-duplicate', 'ref-unknown', 'cidr-invalid', 'region-unknown']);

/** Lines in a text as an editor counts them: a final newline does not start a new line. */
export function lineCount(bytes: Uint8Array): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i < bytes.length - 1) n++;
  return n;
}

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail, null, 1)}`);
}

function sortKey(a: Diag, b: Diag): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** The prototype chain must never gain properties from a document's `__proto__` or `constructor` keys. */
export function assertPrototypesClean(): void {
  const probe = {} as Record<string, unknown>;
  if (Object.keys(Object.prototype).length > 0 || probe.polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).includes('polluted')) {
    fail('Object.prototype was polluted', Object.getOwnPropertyNames(Object.prototype));
  }
  if (Object.keys(Array.prototype).length > 0) fail('Array.prototype was polluted', Object.keys(Array.prototype));
}

/**
 * validateBytes: never throws; every rule id is in the catalog; every line is inside the
 * file and every column ≥ 1; sorted by file, line, column, rule; the same twice; no
 * internal-error; no prototype pollution. Returns the diagnostics.
 */
export function checkValidate(api: Api, bytes: Uint8Array, file = 'topo.yaml'): Diag[] {
  let first: ReturnType<Api['validateBytes']>;
  // A library's process warning would reach the user's terminal as "(node:PID) Warning: ...".
  const warnings: string[] = [];
  const emitWarning = process.emitWarning;
  process.emitWarning = ((w: string | Error) => { warnings.push(String(w)); }) as typeof process.emitWarning;
  try {
    first = api.validateBytes(file, bytes);
  } catch (err) {
    fail('validateBytes threw', err instanceof Error ? err.stack ?? err.message : String(err));
  } finally {
    process.emitWarning = emitWarning;
  }
  if (warnings.length > 0) fail('a process warning was emitted (it would print on stderr)', warnings);
  const lines = lineCount(bytes);
  const all = [...first.diagnostics, ...first.suppressed];
  for (const d of all) {
    if (!api.ruleIds.has(d.rule)) fail('rule id not in the catalog', d);
    if (d.rule === 'internal-error') fail('internal-error (a rule crashed)', d);
    if (/the YAML parser failed/.test(d.message)) fail('the YAML parser crashed', d);
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > lines) fail(`line outside the file (1..${lines})`, d);
    if (!Number.isInteger(d.column) || d.column < 1) fail('column below 1', d);
    if (d.file !== file) fail('diagnostic names another file', d);
    if (typeof d.message !== 'string' || d.message.trim() === '') fail('empty message', d);
    if (!Array.isArray(d.path)) fail('path is not a list', d);
    if (!['error', 'warning', 'info'].includes(d.severity)) fail('unknown severity', d);
  }
  for (let i = 1; i < first.diagnostics.length; i++) {
    if (sortKey(first.diagnostics[i - 1], first.diagnostics[i]) > 0) fail('diagnostics not sorted', [first.diagnostics[i - 1], first.diagnostics[i]]);
  }
  const second = api.validateBytes(file, bytes);
  const a = JSON.stringify({ d: first.diagnostics, s: first.suppressed, f: first.fatal });
  const b = JSON.stringify({ d: second.diagnostics, s: second.suppressed, f: second.fatal });
  if (a !== b) fail('two runs on the same input differ', { first: a.slice(0, 2000), second: b.slice(0, 2000) });
  assertPrototypesClean();
  return first.diagnostics;
}

/**
 * The same text saved with a byte-order mark and CRLF line endings gives the same findings
 * (rule, line, column, path; messages may quote text that now holds a CR).
 */
export function checkCrlfEquivalent(api: Api, text: string): void {
  if (text.includes('\r') || text.startsWith('\ufeff')) return;
  const place = (ds: Diag[]) => JSON.stringify(ds.map((d) => [d.rule, d.line, d.column, d.path]));
  const plain = place(checkValidate(api, Buffer.from(text, 'utf8')));
  const crlf = place(checkValidate(api, Buffer.from(`\ufeff${text.replace(/\n/g, '\r\n')}`, 'utf8')));
  if (plain !== crlf) fail('BOM + CRLF changed the findings', { plain, crlf });
}

/** Every path into plain data (mappings' keys, lists' indexes), the root first. */
function dataPaths(data: unknown, limit = 5000): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (out.length >= limit) return;
    if (Array.isArray(v)) v.forEach((x, i) => { out.push([...path, i]); walk(x, [...path, i]); });
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) { out.push([...path, k]); walk((v as Record<string, unknown>)[k], [...path, k]); }
  };
  walk(data, []);
  return out;
}

/**
 * When the fast reader (src/source/fast-yaml.ts) accepts a text, it must build the data and
 * the positions that the yaml package's path builds.
 */
export function checkFastPathAgrees(api: Api, text: string): void {
  if (!api.parseSource) return;
  const fast = api.parseSource('t.yaml', text, { fast: true });
  const slow = api.parseSource('t.yaml', text, { fast: false });
  if (fast.ok !== slow.ok) fail('fast and yaml readers disagree on whether the text parses', { fast: fast.ok, slow: slow.ok });
  if (!fast.ok || !slow.ok) return;
  if (!isDeepStrictEqual(fast.source.data, slow.source.data)) {
    fail('fast and yaml readers build different data', { fast: JSON.stringify(fast.source.data)?.slice(0, 1500), slow: JSON.stringify(slow.source.data)?.slice(0, 1500) });
  }
  for (const path of dataPaths(slow.source.data)) {
    for (const onKey of [false, true]) {
      const a = fast.source.where.offsetOf(path, onKey);
      const b = slow.source.where.offsetOf(path, onKey);
      if (a !== b) fail('fast and yaml readers place a path differently', { path, onKey, fast: a, slow: b });
    }
  }
}

/** A valid topology must load without any schema-level finding. */
export function checkValidTopologyLoads(api: Api, bytes: Uint8Array): void {
  const diags = checkValidate(api, bytes);
  const schema = diags.filter((d) => SCHEMA_RULES.has(d.rule));
  if (schema.length > 0) fail('a schema-valid topology got schema findings', schema);
}

export interface CliRun {
  argv: string[];
  code: number;
  stdout: string;
  stderr: string;
}

const STACK_LINE = /^\s{4}at /m;

/** Runs one command in memory; it must not throw, print a stack, or report an internal error. */
export async function checkCli(api: Api, argv: string[], cwd: string, env: Record<string, string> = { NO_COLOR: '1' }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    code = await api.main(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTTY: false, env, cwd });
  } catch (err) {
    fail(`dxplan ${argv.join(' ')} threw`, err instanceof Error ? err.stack ?? err.message : String(err));
  }
  const run = { argv, code, stdout, stderr };
  if (![0, 1, 2].includes(code)) fail('exit code not in {0,1,2}', run);
  if (STACK_LINE.test(stderr) || STACK_LINE.test(stdout)) fail('a stack trace was printed', run);
  if (/internal error/i.test(stderr)) fail('the command failed inside dxplan', run);
  if (code === 2 && stderr.trim() === '' && stdout.trim() === '') fail('exit 2 without a message', run);
  assertPrototypesClean();
  return run;
}

/** A scratch folder for CLI runs; `done()` removes it. */
export function scratch(): { dir: string; write(name: string, text: string | Uint8Array): string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dxplan-rel-'));
  return {
    dir,
    write: (name, text) => {
      writeFileSync(join(dir, name), text);
      return name;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface QuestionRuns {
  /** Commands that could not run yet (not registered, routing still a placeholder). */
  notes: string[];
  runs: CliRun[];
}

/**
 * The question commands on one topology file in `cwd`: route between endpoints (table and
 * JSON), graph (both formats, and with --route), and cost (default and --gb N --format json),
 * each when registered. With `valid`, a file that validates without schema findings, graph must
 * answer (exit 0) and route between two of its entities must exit 0 or 1.
 */
export async function checkQuestionCommands(
  api: Api, cwd: string, file: string, pairs: [string, string][], gb: number, valid = false,
  more: { down?: string[]; other?: string } = {},
): Promise<QuestionRuns> {
  const notes: string[] = [];
  const runs: CliRun[] = [];
  const expectCode = (run: CliRun, codes: number[]) => {
    if (valid && !codes.includes(run.code)) fail(`on a valid topology, expected exit ${codes.join(' or ')}`, run);
  };
  const go = async (argv: string[], codes?: number[]) => {
    const run = await checkCli(api, argv, cwd);
    runs.push(run);
    if (codes) expectCode(run, codes);
    return run;
  };
  if (api.commands.has('route') && api.routingImplemented) {
    for (const [a, b] of pairs) {
      const entities = valid && !EXTRA.has(a) && !EXTRA.has(b);
      await go(['route', a, b, '-f', file], entities ? [0, 1] : undefined);
      await go(['route', a, b, '-f', file, '--format', 'json'], entities ? [0, 1] : undefined);
    }
  } else {
    notes.push('route: routing engine not implemented yet (placeholder src/routing/index.ts), skipped');
  }
  if (api.commands.has('graph')) {
    await go(['graph', '-f', file], [0]);
    await go(['graph', '-f', file, '--format', 'dot'], [0]);
    await go(['graph', '-f', file, '--format', 'svg'], [0]);
    if (api.routingImplemented && pairs.length > 0) await go(['graph', '-f', file, '--route', pairs[0][0], pairs[0][1]]);
  } else {
    notes.push('graph: not registered, skipped');
  }
  if (api.commands.has('report')) await go(['report', '-f', file], [0]);
  if (api.commands.has('cost')) {
    await go(['cost', '-f', file]);
    // cost may refuse a topology it cannot price (no defaultRegion for --gb, a port speed with
    // no price): exit 2 with a message saying so, which checkCli requires of every exit 2.
    await go(['cost', '-f', file, '--gb', String(gb), '--format', 'json']);
  } else {
    notes.push('cost: not registered yet, skipped');
  }
  if (api.commands.has('whatif')) {
    const down = more.down?.length ? more.down : ['nothing-by-this-name'];
    await go(['whatif', '-f', file, '--down', down.join(',')]);
    await go(['whatif', '-f', file, '--format', 'json', ...down.flatMap((d) => ['--down', d])]);
  }
  if (api.commands.has('resilience')) {
    await go(['resilience', '-f', file]);
    await go(['resilience', '-f', file, '--depth', '2', '--format', 'json']);
  }
  if (api.commands.has('diff')) {
    await go(['diff', file, file], [0]);
    if (more.other) {
      await go(['diff', more.other, file, '--format', 'json']);
      await go(['diff', file, more.other, '--format', 'markdown']);
    }
  }
  return { notes, runs };
}

/** Endpoints that are not entity names (services, IPs, nonsense): route may refuse them. */
const EXTRA = new Set(['s3', 's3@us-east-1', 'dynamodb@eu-west-1', 'internet', '10.0.1.10', '8.8.8.8', '2001:db8::1', 'nope', '', '-x', '0.0.0.0/0', '@', 's3@']);

/** The command names `dxplan --help` lists. */
export async function registeredCommands(main: Api['main']): Promise<Set<string>> {
  let out = '';
  await main(['--help'], { stdout: (t) => { out += t; }, stderr: () => undefined, isTTY: false, env: {}, cwd: process.cwd() });
  const section = out.split(/^Commands:$/m)[1] ?? '';
  return new Set([...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]));
}
