import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RENDERERS, type Vendor } from '../../formatters/router-config/index';
import type { Topology, Vif } from '../../model/types';
import { routerConfigPlan } from '../../planning/router-config';
import { suggest as didYouMean } from '../../util/suggest';
import { loadTopologyInput } from '../inputs';
import { UsageError, writeFileAtomic, type Io } from '../io';

export interface ConfigOptions {
  file?: string;
  vendor: Vendor;
  all?: boolean;
  outDir?: string;
  interface?: string;
  force?: boolean;
}

function vifNamed(t: Topology, name: string): Vif {
  const entity = t.byName.get(name);
  if (entity?.kind === 'vif') return entity;
  const near = didYouMean(name, t.vifs.map((v) => v.name));
  const what = entity ? `${name} is a ${entity.kind}, not a VIF` : `no VIF is named ${name}`;
  throw new UsageError(`${what}${near ? ` (did you mean ${near}?)` : ''}`);
}

/** A file name for a VIF's configuration: names may hold characters a file system refuses. */
function fileNameOf(vif: string, vendor: Vendor): string {
  return `${vif.replace(/[^A-Za-z0-9._-]/g, '_')}.${vendor === 'generic' ? 'txt' : 'cfg'}`;
}

export function configCommand(io: Io, vifName: string | undefined, options: ConfigOptions): number {
  if (options.all ? vifName !== undefined : vifName === undefined) throw new UsageError('name one VIF, or pass --all with --out-dir DIR');
  if (Boolean(options.all) !== (options.outDir !== undefined)) throw new UsageError('--all and --out-dir go together: --all writes one file per VIF into --out-dir');
  if (options.force && !options.all) throw new UsageError('--force replaces files written by --all; a single VIF goes to stdout');
  const input = loadTopologyInput(io, options.file, { format: 'text' });
  if ('exit' in input) return input.exit;
  const render = RENDERERS[options.vendor];
  const plan = (vif: Vif) => routerConfigPlan(vif, { interface: options.interface });

  if (!options.all) {
    io.stdout(render(plan(vifNamed(input.topology, vifName!))));
    return 0;
  }
  const dir = options.outDir!;
  const names = new Map<string, string>();
  for (const vif of input.topology.vifs) {
    const name = fileNameOf(vif.name, options.vendor);
    const clash = names.get(name.toLowerCase());
    if (clash) throw new UsageError(`VIFs ${clash} and ${vif.name} would both be written to ${name}`);
    names.set(name.toLowerCase(), vif.name);
  }
  try {
    mkdirSync(resolve(io.cwd, dir), { recursive: true });
  } catch (err) {
    throw new UsageError(`cannot create ${dir}: ${err instanceof Error ? err.message : String(err)}`);
  }
  for (const vif of input.topology.vifs) {
    writeFileAtomic(io, join(dir, fileNameOf(vif.name, options.vendor)), render(plan(vif)), { overwrite: options.force === true });
  }
  const n = input.topology.vifs.length;
  io.stderr(`wrote ${n} ${options.vendor} configuration${n === 1 ? '' : 's'} to ${dir}\n`);
  return 0;
}
