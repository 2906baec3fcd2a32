// `diff` names the structural changes a reviewer reads first, before diagnostics and routes,
// in every format: entities added, changed (which fields) and removed, matched by awsId, then name.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';

const before = readFileSync(join(__dirname, '..', '..', 'fixtures', 'aws', 'design.yaml'), 'utf8');
const after = before
  .replace('vgws:\n', `  - name: pubvif-csva1
    type: public
    connection: dx-csva1
    vlan: 103
    amazonAddress: 203.0.113.1/30
    customerAddress: 203.0.113.2/30
    advertise: [198.51.100.0/24]
vgws:\n`)
  .replace('allowedPrefixes: [10.20.0.0/16]', 'allowedPrefixes: [10.20.0.0/16, 10.21.0.0/16]')
  .replace('attachments: [prod, ci]', 'attachments: [prod]')
  .replace(/ {2}- name: ci #.*\n(?: {4}.*\n)+/, '');

async function diff(format: string, old = before, next = after) {
  const dir = tempDir();
  writeFileSync(join(dir, 'old.yaml'), old);
  writeFileSync(join(dir, 'new.yaml'), next);
  return cli(['diff', 'old.yaml', 'new.yaml', '--format', format], { cwd: dir });
}

const SENTENCE = 'VIF pubvif-csva1 added; allowedPrefixes of dxgw-transit → tgw-use1 changed; attachments of TGW tgw-use1 changed; VPC ci removed';

describe('diff: structural changes first', () => {
  test('json: the entities, with the fields that changed, and the sentence leading the summary', async () => {
    const r = await diff('json');
    const out = JSON.parse(r.stdout);
    expect(out.entities).toEqual([
      { kind: 'vif', name: 'pubvif-csva1', change: 'added', fields: [] },
      { kind: 'association', name: 'dxgw-transit → tgw-use1', change: 'changed', fields: [{ field: 'allowedPrefixes', before: ['10.20.0.0/16'], after: ['10.20.0.0/16', '10.21.0.0/16'] }] },
      { kind: 'tgw', name: 'tgw-use1', awsId: 'tgw-0aa11bb22cc33dd44', change: 'changed', fields: [{ field: 'attachments', before: ['ci', 'prod'], after: ['prod'] }] },
      { kind: 'vpc', name: 'ci', awsId: 'vpc-0a1b2c3d4e5f60002', change: 'removed', fields: [] },
    ]);
    expect(out.summary).toMatchObject({ entitiesAdded: 1, entitiesChanged: 2, entitiesRemoved: 1 });
    expect(out.summary.text).toMatch(/^1 entity added, 2 changed, 1 removed; /);
  });

  test('table: a Changes section before Diagnostics and Routes', async () => {
    const r = await diff('table');
    const changes = r.stdout.indexOf('Changes: 1 added, 2 changed, 1 removed');
    expect(changes).toBeGreaterThan(0);
    expect(r.stdout.indexOf('Diagnostics:')).toBeGreaterThan(changes);
    expect(r.stdout).toContain('  + VIF pubvif-csva1 added\n');
    expect(r.stdout).toContain('  ~ allowedPrefixes of dxgw-transit → tgw-use1 changed\n      allowedPrefixes  10.20.0.0/16 → 10.20.0.0/16, 10.21.0.0/16\n');
    expect(r.stdout).toContain('  - VPC ci removed\n');
  });

  test('markdown: a Changes table first, and the sentence a reviewer reads', async () => {
    const r = await diff('markdown');
    const headings = r.stdout.split('\n').filter((l) => l.startsWith('###'));
    expect(headings.slice(0, 3)).toEqual(['### Changes', '### Diagnostics', '### Routes']);
    expect(r.stdout).toContain('| ➕ added | VIF `pubvif-csva1` | | | |');
    expect(r.stdout).toContain('| ✏️ changed | association `dxgw-transit → tgw-use1` | `allowedPrefixes` | `10.20.0.0/16` | `10.20.0.0/16, 10.21.0.0/16` |');
    expect(r.stdout).toContain('| ➖ removed | VPC `ci` | | | |');
    expect(r.stdout).toContain(`${SENTENCE}.`);
  });

  test('a rename is one change of name, matched by awsId; references that follow it are no change', async () => {
    const renamed = before.replace(/name: dxgw-transit\b/, 'name: core-dxgw').replace(/gateway: dxgw-transit\b/g, 'gateway: core-dxgw');
    const out = JSON.parse((await diff('json', before, renamed)).stdout);
    expect(out.entities).toEqual([
      { kind: 'dxgw', name: 'dxgw-transit', awsId: '5f294f92-bf21-410c-9e5f-83bcdd2d1a1e', change: 'changed', fields: [{ field: 'name', before: 'dxgw-transit', after: 'core-dxgw' }] },
    ]);
  });
});
