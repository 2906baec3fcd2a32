// Reading what AWS CLI describe-* calls wrote: files, and every `*.json` under folders, in a
// stable order (for `import aws` and `drift`). A file that cannot be read is a usage error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InputFile } from '../import/aws/index';
import { recordInput, UsageError, type Io } from './io';

/** The files named, and every `*.json` under the folders named, in a stable order. */
export function readAwsInputs(io: Io, paths: string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const given of paths) {
    const full = resolve(io.cwd, given);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch (err) {
      throw new UsageError(`cannot read ${given}: ${fsReason(err)}`);
    }
    if (!isDir) {
      out.push({ file: given, text: readInput(io, given) });
      continue;
    }
    const found = jsonFilesUnder(full).map((rel) => join(given, rel));
    if (found.length === 0) throw new UsageError(`${given} holds no .json files (the output of AWS CLI describe calls with --output json)`);
    for (const file of found) out.push({ file, text: readInput(io, file) });
  }
  return out;
}

function jsonFilesUnder(dir: string, rel = ''): string[] {
  const entries = readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    const path = rel === '' ? e.name : join(rel, e.name);
    if (e.isDirectory()) files.push(...jsonFilesUnder(dir, path));
    else if (e.isFile() && /\.json$/i.test(e.name)) files.push(path);
  }
  return files;
}

function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'it is a folder, not a file'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
        : err instanceof Error ? err.message : String(err);
}

export function readInput(io: Io, file: string): string {
  try {
    const bytes = file === '-' ? readFileSync(0) : readFileSync(resolve(io.cwd, file));
    recordInput(io, file);
    return bytes.toString('utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${fsReason(err)}`);
  }
}
