// Every command piped into a reader that stops early (`dxplan ... | head -1`) ends quietly: the
// same stderr as an unpiped run (no EPIPE stack trace) and the exit code it would have had.
// Runs the built CLI (bin/ → dist/), as a shell pipeline does.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conformanceTopology, REPO_ROOT } from '../shared-dir';

const BIN = join(REPO_ROOT, 'bin', 'dxplan.js');
const SPEC = join(REPO_ROOT, 'fixtures', 'spec-example.yaml');

/** One row per command `dxplan --help` lists (a new command needs its row), plus the program's own flags. */
const ROWS: Record<string, string[]> = {
  validate: ['validate', SPEC],
  route: ['route', 'app1', 's3', '-f', SPEC],
  cost: ['cost', '-f', conformanceTopology('01-cost-worked-example')],
  diff: ['diff', join(REPO_ROOT, 'fixtures', 'diff', 'before.yaml'), join(REPO_ROOT, 'fixtures', 'diff', 'after.yaml')],
  whatif: ['whatif', '--down', 'EqDC2', '-f', SPEC],
  resilience: ['resilience', '--depth', '2', '-f', SPEC],
  graph: ['graph', '-f', SPEC],
  report: ['report', '-f', SPEC],
  rules: ['rules'],
  schema: ['schema'],
  init: ['init'],
  import: ['import', 'terraform', join(REPO_ROOT, 'fixtures', 'terraform', 'plan.json')],
  drift: ['drift', join(REPO_ROOT, 'fixtures', 'aws', 'design.yaml'), join(REPO_ROOT, 'fixtures', 'aws', 'estate')],
  config: ['config', 'vif-prod', '--vendor', 'junos', '-f', SPEC],
  suggest: ['suggest', 'cidr', '--size', '/24', '--count', '20', '-f', SPEC],
  // The server's stdout is the protocol (test/lsp); what it prints for a person is its help.
  lsp: ['lsp', '--help'],
  '--help': ['--help'],
  '--version': ['--version'],
};

function commandsInHelp(): string[] {
  const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;
  const block = help.slice(help.indexOf('Commands:'));
  return [...block.matchAll(/^ {2}([a-z][a-z0-9-]*)\b/gm)].map((m) => m[1]);
}

interface Run { code: number | null; stderr: string; stdoutBytes: number }

/** The command with its stdout a pipe whose reader is already gone: every write fails with EPIPE. */
function runWithClosedStdout(argv: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (code) => resolve({ code, stderr, stdoutBytes: 0 }));
  });
}

function runWhole(argv: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
  return { code: r.status, stderr: r.stderr, stdoutBytes: Buffer.byteLength(r.stdout) };
}

/** `dxplan ARGS | head -c 100` in bash; the exit code is dxplan's (PIPESTATUS), not head's. */
function runIntoHead(argv: string[], cwd: string): Run {
  const quoted = [process.execPath, BIN, ...argv].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} | head -c 100 >/dev/null; exit "\${PIPESTATUS[0]}"`], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stderr: r.stderr, stdoutBytes: 0 };
}

test('every command dxplan --help lists has a row here', () => {
  const listed = commandsInHelp();
  expect(listed.length).toBeGreaterThan(5);
  expect(listed.filter((c) => !(c in ROWS))).toEqual([]);
});

describe.each(Object.keys(ROWS))('dxplan %s into a reader that stops early', (name) => {
  test('ends with the same stderr and exit code as a whole run', async () => {
    // Each run in its own empty folder (init writes ./dxplan.yaml and refuses to overwrite).
    const folder = () => mkdtempSync(join(tmpdir(), 'dxplan-pipe-'));
    const whole = runWhole(ROWS[name], folder());
    expect(whole.stdoutBytes + whole.stderr.length).toBeGreaterThan(0);
    const closed = await runWithClosedStdout(ROWS[name], folder());
    expect(closed.stderr).toBe(whole.stderr);
    expect(closed.code).toBe(whole.code);
    const head = runIntoHead(ROWS[name], folder());
    expect(head.stderr).toBe(whole.stderr);
    expect(head.code).toBe(whole.code);
  }, 60_000);
});
