// The CLI's window on the world: everything a command reads or writes goes through here,
// so tests can run commands in memory and the engine never touches `process`.
import { closeSync, existsSync, fstatSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LIMITS } from '../source/limits';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour on by default). */
  isTTY: boolean;
  /** The terminal's width in columns, when stdout is a terminal: tables fit it. */
  columns?: number;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  return {
    stdout: writerTo(1),
    stderr: writerTo(2),
    isTTY: isTerminal(1),
    // Asked only of a terminal: process.stdout is created (and tty loaded) only then.
    get columns() { return this.isTTY ? process.stdout.columns : undefined; },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Whether a descriptor is a terminal. Only a character device can be one, and /dev/null (where
 * benchmarks send output) is not: anything else is answered without loading node's tty module,
 * which brings net and streams with it.
 */
function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice() || st.rdev === devNull()) return false;
  } catch {
    return false;
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** The device number of /dev/null; undefined where there is none (Windows). */
function devNull(): number | undefined {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return undefined;
  }
}

/**
 * Writes to standard output or error with fs.writeSync: process.stdout and process.stderr are
 * streams whose first use loads net and the stream modules, a good part of a short command's
 * start-up. The stream takes over for a descriptor that is non-blocking (EAGAIN when full).
 *
 * A reader that goes away (`dxplan ... | head -1`) closes the pipe: node ignores SIGPIPE, so
 * writes fail with EPIPE (on a stream, an 'error' event that would end the process with a stack
 * trace). The rest of the output is dropped instead and the command still finishes, ending with
 * the exit code it would have had. Any other write error also means nobody reads the output, and
 * there is nowhere to report it.
 */
function writerTo(fd: 1 | 2): (text: string) => void {
  let open = true;
  let stream: NodeJS.WriteStream | undefined;
  const toStream = (bytes: Uint8Array) => {
    if (!stream) {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.on('error', () => { open = false; });
    }
    stream.write(bytes);
  };
  return (text) => {
    if (!open) return;
    if (stream) return toStream(Buffer.from(text));
    const bytes = Buffer.from(text);
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') toStream(bytes.subarray(done));
      else open = false;
    }
  };
}

/**
 * The files each run has read as input (device and inode, so a symlink or a hard link to an
 * input is the same file): dxplan never writes an output over one of them.
 */
const inputsRead = new WeakMap<Io, Set<string>>();

function inputsOf(io: Io): Set<string> {
  let set = inputsRead.get(io);
  if (!set) inputsRead.set(io, (set = new Set()));
  return set;
}

function fileIdentity(st: { dev: number; ino: number }, path: string): string {
  // Where a file system reports no inode numbers, the real path (symlinks resolved).
  if (st.ino !== 0) return `${st.dev}:${st.ino}`;
  try {
    return `path:${realpathSync(path)}`;
  } catch {
    return `path:${path}`;
  }
}

/**
 * Records a file a command read without readTopologyFile (a Terraform plan, say), so that no
 * output of the same run is written over it. `-` (stdin) and missing files are ignored.
 */
export function recordInput(io: Io, file: string): void {
  if (file === '-') return;
  const path = resolve(io.cwd, file);
  try {
    inputsOf(io).add(fileIdentity(statSync(path), path));
  } catch {
    // Nothing to protect.
  }
}

/** A problem the user must fix before dxplan can start: one line on stderr, exit 2. */
/** Told by name, not by class: a rarely used command runs from its own copy of this module (scripts/build.js). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function isUsageError(err: unknown): err is UsageError {
  return err instanceof Error && err.name === 'UsageError';
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: number };

/**
 * Reads a topology file. A missing file, a folder or an unreadable file is a UsageError;
 * a file over the size limit is reported by size without reading it.
 */
export function readTopologyFile(io: Io, file: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(resolve(io.cwd, file), 'r');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${describeFsError(err)}`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(`cannot read ${file}: it is a folder, not a topology file`);
    inputsOf(io).add(fileIdentity(st, resolve(io.cwd, file)));
    if (st.size > LIMITS.maxFileBytes) return { ok: false, tooLarge: st.size };
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > LIMITS.maxFileBytes) return { ok: false, tooLarge: total };
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${file}: ${describeFsError(err)}`);
  } finally {
    closeSync(fd);
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a topology file';
  return err instanceof Error ? err.message : String(err);
}

/** Writes a file atomically (temporary file, then rename), so no reader sees half of it. */
export function writeFileAtomic(io: Io, file: string, content: string | Uint8Array, options: { overwrite: boolean }): void {
  const target = resolve(io.cwd, file);
  if (existsSync(target) && inputsOf(io).has(fileIdentity(statSync(target), target))) {
    // Even with --force: `cost -f topo.yaml --chart topo.yaml` must not replace the topology.
    throw new UsageError(`not writing ${file}: this command reads it as input; name another file for the output`);
  }
  if (!options.overwrite && existsSync(target)) throw new UsageError(`${file} already exists; not overwriting it (use --force to replace it)`);
  renameIntoPlace(file, target, content);
}

/**
 * Replaces a file the command read (`suggest --apply` editing the topology): atomically, and
 * keeping its permissions, so a reader sees the old file or the new one, never half of it.
 */
export function replaceFileAtomic(io: Io, file: string, content: string | Uint8Array): void {
  const target = resolve(io.cwd, file);
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch (err) {
    throw new UsageError(`cannot write ${file}: ${describeFsError(err)}`);
  }
  renameIntoPlace(file, target, content, mode);
}

function renameIntoPlace(file: string, target: string, content: string | Uint8Array, mode?: number): void {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx', mode });
    renameSync(tmp, target);
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new UsageError(`cannot write ${file}: ${describeFsError(err)}`);
  }
}

/** The topology file a command reads: the one given, else ./dxplan.yaml when present. */
export function defaultTopologyFile(io: Io, given: string | undefined): string {
  if (given) return given;
  const fallback = join(io.cwd, 'dxplan.yaml');
  if (existsSync(fallback) && statSync(fallback).isFile()) return 'dxplan.yaml';
  throw new UsageError('no topology file: pass one with -f FILE, or create ./dxplan.yaml (`dxplan init`)');
}

/** The width tables fit: the terminal's, when stdout is one. */
export function terminalWidth(io: Io): number | undefined {
  return io.isTTY && io.columns !== undefined && io.columns > 0 ? io.columns : undefined;
}

/** Colour: on for a TTY; NO_COLOR and --no-color turn it off; FORCE_COLOR turns it on. */
export function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}
