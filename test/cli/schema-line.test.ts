// `dxplan init` and `dxplan import terraform` start the topology with a yaml-language-server
// line that resolves, for this install, to the schema dxplan ships (not a node_modules path
// that may not exist).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io';
import { schemaLine } from '../../src/cli/schema-line';
import { REPO_ROOT } from '../shared-dir';
import { cli, tempDir } from './run';

const SHIPPED = readFileSync(join(REPO_ROOT, 'schema', 'topology.schema.json'), 'utf8');

/** The file the first line's $schema names, resolved as an editor does (relative to the topology). */
function schemaOf(topology: string, text: string): string {
  const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
  if (!m) throw new Error(`no schema line: ${text.split('\n')[0]}`);
  return m[1].startsWith('file:') ? fileURLToPath(m[1]) : resolve(dirname(topology), m[1]);
}

test('init in a folder outside the install: a file URL to the shipped schema', async () => {
  const dir = tempDir();
  expect((await cli(['init'], { cwd: dir })).code).toBe(0);
  const file = join(dir, 'dxplan.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^# yaml-language-server: \$schema=file:\/\//);
  expect(readFileSync(schemaOf(file, text), 'utf8')).toBe(SHIPPED);
});

test('a topology in the folder that holds the install: a relative path, true for every clone of that project', () => {
  const io = { cwd: REPO_ROOT } as Io;
  // Here the install is the repository itself (schema/ at its root); in a project, ./node_modules/dxplan/schema/….
  expect(schemaLine(io, 'topo.yaml')).toBe('yaml-language-server: $schema=./schema/topology.schema.json');
  expect(schemaLine(io, join('docs', 'topo.yaml'))).toMatch(/^yaml-language-server: \$schema=file:\/\//);
});

test('import terraform -o and to stdout: the same resolvable line', async () => {
  const dir = tempDir();
  const plan = join(REPO_ROOT, 'fixtures', 'terraform', 'plan.json');
  expect((await cli(['import', 'terraform', plan, '-o', 'topo.yaml'], { cwd: dir })).code).toBe(0);
  const file = join(dir, 'topo.yaml');
  expect(readFileSync(schemaOf(file, readFileSync(file, 'utf8')), 'utf8')).toBe(SHIPPED);
  const out = await cli(['import', 'terraform', plan], { cwd: dir });
  expect(readFileSync(schemaOf(join(dir, 'x.yaml'), out.stdout), 'utf8')).toBe(SHIPPED);
});
