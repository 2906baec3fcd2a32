// `dxplan import terraform <plan.json> [-o file] [--force]`
// `dxplan import aws <files or folders...> [-o file] [--force] [--region r]`
// `dxplan import aws --print-collect-script [--regions a,b]`
import { AwsInputError, collectScript, importAws } from '../../import/aws/index';
import { importTerraform, TerraformInputError } from '../../import/terraform/index';
import { isRegion } from '../../net/regions';
import { readAwsInputs, readInput } from '../aws-inputs';
import { UsageError, writeFileAtomic, type Io } from '../io';
import { schemaLine } from '../schema-line';

interface ImportOptions {
  output?: string;
  force?: boolean;
  region?: string;
  printCollectScript?: boolean;
  regions?: string;
}

const SOURCES = ['terraform', 'aws'];

export function importCommand(io: Io, source: string, files: string[], options: ImportOptions): number {
  if (!SOURCES.includes(source)) {
    throw new UsageError(`cannot import from "${source}"; dxplan imports from: ${SOURCES.join(', ')} (dxplan import terraform plan.json, dxplan import aws aws-estate/)`);
  }
  if (source === 'aws') return importAwsCommand(io, files, options);
  if (options.printCollectScript || options.regions !== undefined || options.region !== undefined) {
    throw new UsageError('--print-collect-script, --regions and --region are options of `dxplan import aws`');
  }
  if (files.length !== 1) throw new UsageError('dxplan import terraform takes one file: the JSON of terraform show -json (- for stdin)');
  const file = files[0];
  const text = readInput(io, file);
  let result;
  try {
    result = importTerraform(text, file === '-' ? 'stdin' : file, schemaLine(io, options.output));
  } catch (err) {
    if (err instanceof TerraformInputError) throw new UsageError(err.message);
    throw err;
  }
  writeOutput(io, options, result.yaml);
  const lines = result.warnings.map((w) => `dxplan: warning: ${w}`);
  if (result.unknowns.length > 0) {
    lines.push(`dxplan: ${result.unknowns.length} value${result.unknowns.length === 1 ? ' is' : 's are'} known only after apply (written as TODO):`);
    for (const u of result.unknowns) lines.push(`  ${u.path}: ${u.text}`);
  }
  lines.push(nextStep(options, result.todoCount));
  io.stderr(`${lines.join('\n')}\n`);
  return 0;
}

function importAwsCommand(io: Io, files: string[], options: ImportOptions): number {
  if (options.printCollectScript) {
    if (files.length > 0) throw new UsageError('--print-collect-script reads no files: it prints the script that writes them');
    io.stdout(collectScript(parseRegions(options.regions)));
    return 0;
  }
  if (options.regions !== undefined) throw new UsageError('--regions goes with --print-collect-script; to place EC2 objects no file places, use --region');
  if (files.length === 0) throw new UsageError('dxplan import aws needs the JSON files (or folders of them) that AWS CLI describe calls wrote; `dxplan import aws --print-collect-script` prints the script that writes them');
  if (options.region !== undefined && !isRegion(options.region)) throw new UsageError(`--region ${options.region} is not an AWS region code (e.g. us-east-1)`);
  let result;
  try {
    result = importAws(readAwsInputs(io, files), { region: options.region, schemaLine: schemaLine(io, options.output) });
  } catch (err) {
    if (err instanceof AwsInputError) throw new UsageError(err.message);
    throw err;
  }
  writeOutput(io, options, result.yaml);
  const lines = result.warnings.map((w) => `dxplan: note: ${w}`);
  lines.push(nextStep(options, result.todoCount));
  io.stderr(`${lines.join('\n')}\n`);
  return 0;
}

function parseRegions(value: string | undefined): string[] {
  if (value === undefined) return [];
  const regions = value.split(',').map((r) => r.trim()).filter((r) => r !== '');
  const unknown = regions.filter((r) => !isRegion(r));
  if (unknown.length > 0) throw new UsageError(`--regions: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not an AWS region code' : 'are not AWS region codes'} (e.g. us-east-1,eu-west-1)`);
  if (regions.length === 0) throw new UsageError('--regions takes region codes, e.g. us-east-1,eu-west-1');
  return [...new Set(regions)];
}

function writeOutput(io: Io, options: ImportOptions, yaml: string): void {
  if (options.output !== undefined) writeFileAtomic(io, options.output, yaml, { overwrite: options.force === true });
  else io.stdout(yaml);
}

function nextStep(options: ImportOptions, todoCount: number): string {
  const todos = `${todoCount} TODO${todoCount === 1 ? '' : 's'}`;
  return options.output !== undefined
    ? `dxplan: wrote ${options.output}; fill in its ${todos}, then run: dxplan validate ${options.output}`
    : `dxplan: ${todos} to fill in; save the topology, complete it, then run: dxplan validate <file>`;
}
