import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBytes } from '../../src/engine/validate';
import { usedPrefixes } from '../../src/model/allocate';
import { overlaps, parsePrefix } from '../../src/net/prefix';
import { cli, tempDir } from './run';

const SPEC = join(__dirname, '..', '..', 'fixtures', 'spec-example.yaml');

function specCopy(): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, 'topo.yaml');
  copyFileSync(SPEC, file);
  return { dir, file };
}

function diagnosticsOf(file: string) {
  return validateBytes(file, readFileSync(file)).diagnostics.map((d) => `${d.rule} ${d.message}`);
}

describe('dxplan suggest cidr', () => {
  it('names a /16 on the spec example that overlaps nothing in the topology', async () => {
    const r = await cli(['suggest', 'cidr', '--size', '/16', '-f', SPEC, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.blocks).toEqual(['10.3.0.0/16']);
    const block = parsePrefix(out.blocks[0]);
    const topology = validateBytes(SPEC, readFileSync(SPEC)).topology!;
    expect(block.ok && usedPrefixes(topology).some((u) => overlaps(u, block.value))).toBe(false);
  });

  it('lists --count blocks from --pool, and says so in a table by default', async () => {
    const r = await cli(['suggest', 'cidr', '--size', '24', '--pool', '10.0.0.0/22', '--count', '3', '-f', SPEC]);
    // 10.0.0.0/22 lies inside the site's 10.0.0.0/16: nothing in it is free.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('none: no /24 in the pool overlaps nothing');
    const ok = await cli(['suggest', 'cidr', '--size', '24', '--pool', '172.20.0.0/22,192.168.0.0/24', '--count', '5', '-f', SPEC]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/free\s+│ 172\.20\.0\.0\/24/);
    expect(ok.stdout).toContain('192.168.0.0/24');
    expect(ok.stdout).not.toContain('192.168.1.0/24');
  });

  it('never touches the file without --apply', async () => {
    const { file } = specCopy();
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    await cli(['suggest', 'cidr', '--size', '/16', '-f', file]);
    await cli(['suggest', 'vif', '--on', 'dx-b', '-f', file]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
  });

  it('--apply adds the VPC in place: every line of the file kept, comments included, and only the new VPC added', async () => {
    const { dir, file } = specCopy();
    const before = readFileSync(file, 'utf8');
    const r = await cli(['suggest', 'cidr', '--size', '/16', '-f', file, '--apply', '--vpc', 'analytics', '--region', 'us-east-1'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`added analytics to vpcs in ${file}`);
    const after = readFileSync(file, 'utf8');
    // The file is the old one with one run of lines inserted: every old byte kept, comments and alignment included.
    let k = 0;
    while (k < before.length && before[k] === after[k]) k++;
    k = before.lastIndexOf('\n', k - 1) + 1;
    const inserted = after.slice(k, after.length - (before.length - k));
    expect(before.slice(0, k) + inserted + before.slice(k)).toBe(after);
    expect(inserted).toBe('  - name: analytics\n    region: us-east-1\n    cidrs: [10.3.0.0/16]\n');
    expect(before.slice(0, k)).toMatch(/  - name: shared-svc {13}# behind a TGW with no DXGW association: not reachable\n    region: us-east-1\n    cidrs: \[10\.2\.0\.0\/16\]\n$/);
    // No new finding: a VPC with no gateway is simply not reachable yet.
    expect(diagnosticsOf(file)).toEqual(validateBytes(SPEC, readFileSync(SPEC)).diagnostics.map((d) => `${d.rule} ${d.message}`));
    // The next suggestion moves on.
    const next = await cli(['suggest', 'cidr', '--size', '/16', '-f', file, '--format', 'json']);
    expect(JSON.parse(next.stdout).blocks).toEqual(['10.4.0.0/16']);
  });

  it('refuses what it cannot add cleanly, leaving the file as it was', async () => {
    const { file } = specCopy();
    const text = readFileSync(file, 'utf8');
    const taken = await cli(['suggest', 'cidr', '--size', '/16', '-f', file, '--apply', '--vpc', 'prod']);
    expect(taken).toMatchObject({ code: 2, stderr: expect.stringContaining('the name prod is already used') });
    const big = await cli(['suggest', 'cidr', '--size', '/12', '-f', file, '--apply', '--vpc', 'big']);
    expect(big).toMatchObject({ code: 2, stderr: expect.stringContaining('a VPC takes IPv4 blocks from /16 to /28, not /12') });
    const noName = await cli(['suggest', 'cidr', '--size', '/16', '-f', file, '--apply']);
    expect(noName.stderr).toContain('--apply needs --vpc NAME');
    const region = await cli(['suggest', 'cidr', '--size', '/16', '-f', file, '--apply', '--vpc', 'x', '--region', 'us-east1']);
    expect(region.stderr).toContain('us-east1 is not an AWS region');
    const dangling = await cli(['suggest', 'cidr', '--size', '/16', '-f', file, '--vpc', 'x']);
    expect(dangling.stderr).toContain('add --apply');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('dxplan suggest vif', () => {
  it('on a LAG member: the LAG, the VLAN after the highest in use, a free link-local /30, the site ASN', async () => {
    const r = await cli(['suggest', 'vif', '--on', 'dx-a', '-f', SPEC, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      suggest: 'vif', on: 'dx-a', carrier: 'lag-a', type: 'private', vlan: 103,
      amazonAddress: '169.254.0.1/30', customerAddress: '169.254.0.2/30', asn: 65010, asnFrom: 'site',
      notes: ['dx-a is a member of LAG lag-a: the VIF goes on the LAG'],
    });
  });

  it('a public VIF gets no addresses, and says why', async () => {
    const r = await cli(['suggest', 'vif', '--on', 'lag-a', '--type', 'public', '-f', SPEC]);
    expect(r.stdout).not.toContain('169.254');
    expect(r.stdout).toContain('note: a public VIF peers on public addresses');
  });

  it('--apply adds a VIF that validates: no VLAN, peer or ASN finding', async () => {
    const { file } = specCopy();
    const r = await cli(['suggest', 'vif', '--on', 'dx-b', '-f', file, '--apply', '--name', 'vif-dev', '--gateway', 'dxgw-main']);
    expect(r.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('  - name: vif-dev\n    type: private\n    connection: dx-b\n    vlan: 102\n    asn: 65010\n    amazonAddress: 169.254.0.1/30\n    customerAddress: 169.254.0.2/30\n    gateway: dxgw-main\n');
    const rules = diagnosticsOf(file).map((d) => d.split(' ')[0]);
    for (const id of ['vif-vlan-unique', 'vif-peer-addresses', 'vif-asn-distinct', 'vif-customer-asn', 'ref-unknown', 'schema-required']) expect(rules).not.toContain(id);
  });

  it('names the port it cannot find, with a guess', async () => {
    const r = await cli(['suggest', 'vif', '--on', 'dx-c', '-f', SPEC]);
    expect(r).toMatchObject({ code: 2, stderr: 'dxplan: --on: no connection or LAG is named dx-c (did you mean dx-a?)\n' });
    const gw = await cli(['suggest', 'vif', '--on', 'dx-b', '--type', 'transit', '-f', SPEC, '--apply', '--name', 'v', '--gateway', 'vgw-prod']);
    expect(gw.stderr).toContain('--gateway: vgw-prod is a vgw; a transit VIF needs a dxgw');
  });
});

describe('dxplan suggest asn', () => {
  it('a private ASN the topology does not use', async () => {
    const r = await cli(['suggest', 'asn', '--for', 'tgw', '-f', SPEC, '--format', 'json']);
    // 64512 (vgw-prod), 64513 (dxgw-main) and 64514 (tgw-east) are taken.
    expect(JSON.parse(r.stdout)).toEqual({ suggest: 'asn', for: 'tgw', asn: 64515 });
    expect((await cli(['suggest', 'asn', '-f', SPEC, '--apply'])).code).toBe(2);
  });

  it('skips ASNs used anywhere, customer side included', () => {
    const dir = tempDir();
    const file = join(dir, 't.yaml');
    writeFileSync(file, readFileSync(SPEC, 'utf8').replace('asn: 65010', 'asn: 64515'));
    return cli(['suggest', 'asn', '--for', 'site', '-f', file, '--format', 'json']).then((r) => {
      expect(JSON.parse(r.stdout).asn).toBe(64516);
    });
  });
});
