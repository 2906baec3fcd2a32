import { starterTopology } from '../../init/starter';
import { writeFileAtomic, type Io } from '../io';
import { schemaLine } from '../schema-line';

export function initCommand(io: Io, file: string, options: { force?: boolean }): number {
  writeFileAtomic(io, file, starterTopology(schemaLine(io, file)), { overwrite: options.force === true });
  io.stderr(`wrote ${file}; check it with: dxplan validate ${file}\n`);
  return 0;
}
