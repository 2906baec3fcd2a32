// The CLI's window on the world: everything a command reads or writes goes through here,
// so tests can run commands in memory and the engine never touches `process`.
import { closeSync, existsSync, fstatSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LIMITS } from '../source/limits';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour on by default). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  return {
    stdout: writerTo(process.stdout),
    stderr: writerTo(process.stderr),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Writes to a standard stream until its reader goes away (`dxplan ... | head -1`): node ignores
 * SIGPIPE, so the next write fails with EPIPE, emitted as an 'error' that would end the process
 * with a stack trace. Instead the rest of the output is dropped and the command still finishes,
 * ending with the exit code it would have had.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  // Any write error means nobody reads this stream any more; there is nowhere to report it.
  stream.on('error', () => { open = false; });
  return (text) => {
    if (open) stream.write(text);
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
export class UsageError extends Error {}

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

/** Colour: on for a TTY; NO_COLOR and --no-color turn it off; FORCE_COLOR turns it on. */
export function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}
