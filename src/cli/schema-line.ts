// The `yaml-language-server` line dxplan writes at the top of a topology (`init`, `import`): it
// names the JSON Schema of this install, so an editor checks the file wherever dxplan was
// installed (`npm install -g`, `npm link`, a tarball, or the project's own node_modules).
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from './io';

/** The installed schema: schema/ beside dist/ in the package (this module is in dist/cli, or src/cli). */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'topology.schema.json');

/**
 * A path relative to the topology when the schema is inside the topology's folder (dxplan
 * installed in that project: the line then holds for everyone who clones it), else the
 * schema's file URL. Output to stdout has no folder: the file URL.
 */
export function schemaLine(io: Io, topologyFile?: string): string {
  if (topologyFile !== undefined) {
    const rel = relative(dirname(resolve(io.cwd, topologyFile)), SCHEMA_FILE);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return `yaml-language-server: $schema=./${rel.split(sep).join('/')}`;
  }
  return `yaml-language-server: $schema=${pathToFileURL(SCHEMA_FILE).href}`;
}
