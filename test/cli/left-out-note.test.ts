// The stderr note of the question commands on a file with errors: "entries they left out take no
// part" only when the model really left something out.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE } from '../helpers';
import { cli, tempDir } from './run';

function topology(text: string): string {
  const f = join(tempDir(), 't.yaml');
  writeFileSync(f, text);
  return f;
}

describe('the note on a topology with errors', () => {
  test('an error that leaves nothing out (an unknown top-level key): the count, no "left out"', async () => {
    const r = await cli(['route', 'hq', 'prod', '-f', topology(`${BASE}bogus: 1\n`)]);
    expect(r.stderr).toMatch(/^dxplan: note: .*t\.yaml has 1 error \(run `dxplan validate .*t\.yaml`\)\.\n/);
    expect(r.stderr).not.toContain('left out');
  });

  test('a VIF on a connection that does not exist is left out: the note says so', async () => {
    const r = await cli(['route', 'hq', 'prod', '-f', topology(BASE.replace('    connection: dx-a\n    vlan: 101', '    connection: dx-nope\n    vlan: 101'))]);
    expect(r.stderr).toMatch(/has \d+ errors? \(run `dxplan validate .*`\); 1 entry they left out takes no part\.\n/);
  });

  test('nested entries count too: a host with an unreadable address and a duplicate router are 2 left out', async () => {
    const text = BASE.replace('        ip: 10.0.1.10', '        ip: 10.0.1.999').replace('      - name: hq-r2', '      - name: hq-r2\n      - name: hq-r1');
    const r = await cli(['route', 'hq', 'prod', '-f', topology(text)]);
    expect(r.stderr).toMatch(/; 2 entries they left out take no part\.\n/);
  });
});
