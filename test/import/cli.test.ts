// `dxplan import terraform plan.json [-o file] [--force]` through the command line.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/run';

const fixture = join(__dirname, '..', '..', 'fixtures', 'terraform', 'plan.json');

describe('dxplan import terraform', () => {
  test('writes the topology to stdout and the unknown values and TODO count to stderr', async () => {
    const r = await cli(['import', 'terraform', fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(r.stdout).toContain('version: 1');
    const err = r.stderr.split('\n');
    expect(err[0]).toBe('dxplan: 4 values are known only after apply (written as TODO):');
    expect(err).toContain('  vifs[1].amazonAddress: (known after apply) aws_dx_private_virtual_interface.prod_b.amazon_address');
    expect(r.stderr).toMatch(/dxplan: \d+ TODOs to fill in; save the topology, complete it, then run: dxplan validate <file>\n$/);
  });

  test('-o writes the file (and nothing on stdout); it refuses to overwrite without --force', async () => {
    const dir = tempDir();
    const first = await cli(['import', 'terraform', fixture, '-o', 'dxplan.yaml'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/dxplan: wrote dxplan\.yaml; fill in its \d+ TODOs, then run: dxplan validate dxplan\.yaml/);
    const written = readFileSync(join(dir, 'dxplan.yaml'), 'utf8');
    expect(written).toContain('name: dx-eqdc2-a # aws_dx_connection.primary (dxcon-fgabc123)');

    writeFileSync(join(dir, 'dxplan.yaml'), 'mine\n');
    const again = await cli(['import', 'terraform', fixture, '-o', 'dxplan.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('dxplan: dxplan.yaml already exists; not overwriting it (use --force to replace it)\n');
    expect(readFileSync(join(dir, 'dxplan.yaml'), 'utf8')).toBe('mine\n');

    const forced = await cli(['import', 'terraform', fixture, '--output', 'dxplan.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'dxplan.yaml'), 'utf8')).toBe(written);
    expect(readdirSync(dir)).toEqual(['dxplan.yaml']); // no temporary file left behind
  });

  test('bad input is one line on stderr and exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    writeFileSync(join(dir, 'tfplan'), 'PK\u0003\u0004rest');
    writeFileSync(join(dir, 'other.json'), '{"name": "x"}');
    const cases: [string[], RegExp][] = [
      [['import', 'terraform', 'notes.txt'], /^dxplan: notes\.txt is not JSON \(.*\); expected the output of terraform show -json\n$/],
      [['import', 'terraform', 'tfplan'], /^dxplan: tfplan is a binary plan file; convert it first: terraform show -json tfplan > plan\.json\n$/],
      [['import', 'terraform', 'other.json'], /^dxplan: other\.json is not Terraform JSON output \(no format_version\)/],
      [['import', 'terraform', 'missing.json'], /^dxplan: cannot read missing\.json: no such file\n$/],
      [['import', 'terraform', '.'], /^dxplan: cannot read \.: it is a folder, not a file\n$/],
      [['import', 'cloudformation', 'x.json'], /^dxplan: cannot import from "cloudformation"; dxplan imports from: terraform/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'dxplan.yaml'))).toBe(false);
  });

  test('a missing argument is a usage error', async () => {
    const r = await cli(['import', 'terraform']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dxplan import terraform takes one file');
  });

  test('has help', async () => {
    const r = await cli(['import', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dxplan import');
    expect(r.stdout).toContain('--output');
  });
});

describe('import never overwrites its own input', () => {
  test('-o naming the plan itself is refused, even with --force', async () => {
    const plan = join(tempDir(), 'plan.json');
    copyFileSync(fixture, plan);
    const before = readFileSync(plan, 'utf8');
    const r = await cli(['import', 'terraform', plan, '-o', plan, '--force']);
    expect(r.code).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(before);
  });
});
