// `dxplan import terraform <plan.json> [-o file] [--force]`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTerraform, TerraformInputError } from '../../import/terraform/index';
import { recordInput, UsageError, writeFileAtomic, type Io } from '../io';

interface ImportOptions {
  output?: string;
  force?: boolean;
}

const SOURCES = ['terraform'];

export function importCommand(io: Io, source: string, file: string, options: ImportOptions): number {
  if (!SOURCES.includes(source)) {
    throw new UsageError(`cannot import from "${source}"; dxplan imports from: ${SOURCES.join(', ')} (dxplan import terraform plan.json)`);
  }
  const text = readInput(io, file);
  let result;
  try {
    result = importTerraform(text, file === '-' ? 'stdin' : file);
  } catch (err) {
    if (err instanceof TerraformInputError) throw new UsageError(err.message);
    throw err;
  }
  if (options.output !== undefined) writeFileAtomic(io, options.output, result.yaml, { overwrite: options.force === true });
  else io.stdout(result.yaml);

  const lines: string[] = [];
  for (const w of result.warnings) lines.push(`dxplan: warning: ${w}`);
  if (result.unknowns.length > 0) {
    lines.push(`dxplan: ${result.unknowns.length} value${result.unknowns.length === 1 ? ' is' : 's are'} known only after apply (written as TODO):`);
    for (const u of result.unknowns) lines.push(`  ${u.path}: ${u.text}`);
  }
  const todos = `${result.todoCount} TODO${result.todoCount === 1 ? '' : 's'}`;
  lines.push(options.output !== undefined
    ? `dxplan: wrote ${options.output}; fill in its ${todos}, then run: dxplan validate ${options.output}`
    : `dxplan: ${todos} to fill in; save the topology, complete it, then run: dxplan validate <file>`);
  io.stderr(`${lines.join('\n')}\n`);
  return 0;
}

function readInput(io: Io, file: string): string {
  try {
    const bytes = file === '-' ? readFileSync(0) : readFileSync(resolve(io.cwd, file));
    recordInput(io, file);
    return bytes.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    const why = code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'it is a folder, not a file'
        : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
          : err instanceof Error ? err.message : String(err);
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}
