// `dxplan drift <design.yaml> <aws files or folders...> [--format table|json|markdown]`:
// exit 0 when the design matches the estate, 1 on drift, 2 when an input cannot be read.
import { drift } from '../../drift/index';
import { formatDriftJson, formatDriftMarkdown, formatDriftTable } from '../../formatters/drift';
import { AwsInputError, readEstate } from '../../import/aws/index';
import { isRegion } from '../../net/regions';
import { readAwsInputs } from '../aws-inputs';
import { readTopology, reportUnreadable } from '../inputs';
import { terminalWidth, UsageError, useColor, type Io } from '../io';

interface DriftOptions {
  format: 'table' | 'json' | 'markdown';
  region?: string;
  color?: boolean;
}

export function driftCommand(io: Io, design: string, awsPaths: string[], options: DriftOptions): number {
  if (options.region !== undefined && !isRegion(options.region)) throw new UsageError(`--region ${options.region} is not an AWS region code (e.g. us-east-1)`);
  const loaded = readTopology(io, design);
  if ('fatal' in loaded) return reportUnreadable(io, [loaded.fatal], options);
  let estate;
  try {
    estate = readEstate(readAwsInputs(io, awsPaths));
  } catch (err) {
    if (err instanceof AwsInputError) throw new UsageError(err.message);
    throw err;
  }
  if (loaded.errors > 0) io.stderr(`dxplan: note: ${design} has ${loaded.errors} error${loaded.errors === 1 ? '' : 's'} (run \`dxplan validate ${design}\`); entities they left out are not compared.\n`);
  const result = drift(loaded.topology, estate, { region: options.region });
  if ('fatal' in result) return reportUnreadable(io, result.fatal, options);
  if (options.format === 'json') io.stdout(formatDriftJson(result));
  else if (options.format === 'markdown') io.stdout(formatDriftMarkdown(result, design));
  else io.stdout(formatDriftTable(result, design, { color: useColor(io, options.color), width: terminalWidth(io) }));
  return result.drift.length > 0 ? 1 : 0;
}
