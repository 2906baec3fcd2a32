// `dxplan drift <design> <aws files...>`: the design (fixtures/aws/design.yaml) against the
// estate AWS reports (fixtures/aws/estate). The design differs in tvif-eqdc2's VLAN, the
// allowed prefixes of dxgw-transit → tgw-use1, and lacks pubvif-csva1.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';

const ROOT = join(__dirname, '..', '..');
const DESIGN = join('fixtures', 'aws', 'design.yaml');
const ESTATE = join('fixtures', 'aws', 'estate');
const designText = readFileSync(join(ROOT, DESIGN), 'utf8');

/** The design with the three differences undone: what AWS reports. */
const matching = designText
  .replace('    vlan: 111\n', '    vlan: 101\n')
  .replace('allowedPrefixes: [10.20.0.0/16]', 'allowedPrefixes: [10.20.0.0/16, 10.21.0.0/16]')
  .replace('vgws:\n', `  - name: pubvif-csva1
    type: public
    connection: dx-csva1
    vlan: 103
    asn: 65010
    amazonAddress: 203.0.113.1/30
    customerAddress: 203.0.113.2/30
    bgpAuthKey: true
    advertise: [198.51.100.0/24]
    awsId: dxvif-fgpb0003
vgws:\n`);

async function driftOf(design: string, ...args: string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'design.yaml'), design);
  return cli(['drift', 'design.yaml', join(ROOT, ESTATE), ...args], { cwd: dir });
}

describe('dxplan drift', () => {
  test('json: a changed VLAN, a changed allowed prefix and a VIF only in AWS, in the spec\'s shape; exit 1', async () => {
    const r = await cli(['drift', DESIGN, ESTATE, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      drift: [
        { entity: 'pubvif-csva1', kind: 'vif', awsId: 'dxvif-fgpb0003', change: 'only-in-aws' },
        { entity: 'tvif-eqdc2', kind: 'vif', awsId: 'dxvif-fgtv0001', change: 'changed', field: 'vlan', design: 111, aws: 101 },
        { entity: 'dxgw-transit → tgw-use1', kind: 'association', change: 'changed', field: 'allowedPrefixes', design: ['10.20.0.0/16'], aws: ['10.20.0.0/16', '10.21.0.0/16'] },
      ],
      summary: { changed: 2, onlyInAws: 1, onlyInDesign: 0 },
    });
  });

  test('table: the verdict, then one row per difference', async () => {
    const r = await cli(['drift', DESIGN, ESTATE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('⚠ 3 differences: 2 changed, 1 only in AWS');
    expect(r.stdout).toMatch(/│ tvif-eqdc2 \(dxvif-fgtv0001\) +│ VIF +│ changed +│ vlan +│ 111 +│ 101 +│/);
    expect(r.stdout).toMatch(/│ dxgw-transit → tgw-use1 +│ association +│ changed +│ allowedPrefixes +│ 10\.20\.0\.0\/16 +│ 10\.20\.0\.0\/16, 10\.21\.0\.0\/16 +│/);
    expect(r.stdout).toMatch(/│ pubvif-csva1 \(dxvif-fgpb0003\) +│ VIF +│ only in AWS +│/);
  });

  test('markdown: a table for a ticket or a pull request', async () => {
    const r = await cli(['drift', DESIGN, ESTATE, '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('⚠️ **3 differences: 2 changed, 1 only in AWS**');
    expect(r.stdout).toContain('| tvif-eqdc2 | VIF | dxvif-fgtv0001 | changed | vlan | 111 | 101 |');
    expect(r.stdout).toContain('| dxgw-transit → tgw-use1 | association |  | changed | allowedPrefixes | 10.20.0.0/16 | 10.20.0.0/16, 10.21.0.0/16 |');
    expect(r.stdout).toContain('| pubvif-csva1 | VIF | dxvif-fgpb0003 | only in AWS |  |  |  |');
  });

  test('a design that matches the estate: exit 0, in every format', async () => {
    const table = await driftOf(matching);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/✔ the design matches the estate \(\d+ entities compared\)/);
    expect(JSON.parse((await driftOf(matching, '--format', 'json')).stdout)).toEqual({ drift: [], summary: { changed: 0, onlyInAws: 0, onlyInDesign: 0 } });
    expect((await driftOf(matching, '--format', 'markdown')).code).toBe(0);
  });

  test('matched by awsId first: a renamed entity is not drift, and references follow it', async () => {
    const renamed = matching.replace(/name: dxgw-transit\b/, 'name: core-dxgw').replace(/gateway: dxgw-transit\b/g, 'gateway: core-dxgw');
    const r = await driftOf(renamed, '--format', 'json');
    expect(JSON.parse(r.stdout).drift).toEqual([]);
  });

  test('then by name: a design without awsIds still matches', async () => {
    const r = await driftOf(matching.replace(/^ +awsId: .*\n/gm, ''), '--format', 'json');
    expect(JSON.parse(r.stdout).drift).toEqual([]);
  });

  test('only in the design, for the kinds the AWS input describes', async () => {
    const extra = matching.replace('vpns:\n', 'vpns:\n  - name: vpn-gone\n    router: hq-fw1\n    gateway: tgw-use1\n    awsId: vpn-0000000000000dead\n');
    const r = await driftOf(extra, '--format', 'json');
    expect(JSON.parse(r.stdout).drift).toEqual([{ entity: 'vpn-gone', kind: 'vpn', awsId: 'vpn-0000000000000dead', change: 'only-in-design' }]);
    // Without describe-vpcs output, the design's VPCs are not "missing".
    const dir = tempDir();
    writeFileSync(join(dir, 'design.yaml'), matching);
    writeFileSync(join(dir, 'conns.json'), readFileSync(join(ROOT, ESTATE, 'us-east-1', 'dx-connections.json')));
    const partial = await cli(['drift', 'design.yaml', 'conns.json', '--format', 'json'], { cwd: dir });
    const rows = JSON.parse(partial.stdout).drift as { kind: string; change: string }[];
    expect(rows.filter((d) => d.kind === 'vpc')).toEqual([]);
    // Connections were described: those of eu-west-1 are not in this file, so only in the design.
    expect(rows.filter((d) => d.change === 'only-in-design').map((d) => d.kind)).toEqual(['connection', 'connection', 'connection']);
  });

  test('unreadable input is exit 2', async () => {
    expect((await cli(['drift', DESIGN, join('fixtures', 'aws', 'bad', 'unknown-key.json')])).code).toBe(2);
    expect((await cli(['drift', 'missing.yaml', ESTATE])).code).toBe(2);
    const notTopology = await driftOf('version: 1\nsites: {\n');
    expect(notTopology.code).toBe(2);
  });
});
