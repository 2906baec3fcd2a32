import { STARTER_TOPOLOGY } from '../../init/starter';
import { writeFileAtomic, type Io } from '../io';

export function initCommand(io: Io, file: string, options: { force?: boolean }): number {
  writeFileAtomic(io, file, STARTER_TOPOLOGY, { overwrite: options.force === true });
  io.stderr(`wrote ${file}; check it with: dxplan validate ${file}\n`);
  return 0;
}
