// Runs the real built binary (`node bin/dxplan.js ...`) in a child process, measuring its wall
// time and peak memory: with /usr/bin/time -v where present, else a --require hook that reports
// process.resourceUsage().maxRSS at exit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'dxplan.js');
const TIME = '/usr/bin/time';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Builds dist/ when it is missing or older than src/ (`npm run build`). A build that reports
 * type errors elsewhere in the tree still emits (tsc's default), so only a missing
 * dist/cli/main.js afterwards is fatal. Returns a note when it had to build.
 */
export function ensureBuilt(): string | undefined {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(ROOT, 'src'))) return undefined;
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (!existsSync(main)) throw new Error(`npm run build did not produce dist/cli/main.js:\n${r.stdout}\n${r.stderr}`);
  return r.status === 0 ? 'built dist/' : `built dist/ with errors (exit ${r.status}): ${r.stdout.slice(0, 500)}`;
}

export interface BinaryRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** stderr without the measurement's own lines. */
  stderr: string;
  ms: number;
  /** Peak resident set size in bytes. */
  maxRssBytes: number;
}

let rssHook: string | undefined;

function hookFile(): string {
  if (!rssHook) {
    rssHook = join(mkdtempSync(join(tmpdir(), 'dxplan-rss-')), 'maxrss.js');
    writeFileSync(rssHook, "process.on('exit', () => { process.stderr.write(`\\n@@maxrss ${process.resourceUsage().maxRSS}\\n`); });\n");
  }
  return rssHook;
}

/** Runs `node bin/dxplan.js ...args` in `cwd`, with NO_COLOR, killed after `killAfterMs`. */
export function runBinary(args: string[], cwd: string, killAfterMs = 60_000): BinaryRun {
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime
    ? [TIME, ['-v', process.execPath, BIN, ...args]]
    : [process.execPath, ['--require', hookFile(), BIN, ...args]];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', timeout: killAfterMs, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let stderr = r.stderr ?? '';
  let maxRssBytes = 0;
  if (useTime) {
    const at = stderr.indexOf('\tCommand being timed:');
    const report = at >= 0 ? stderr.slice(at) : '';
    stderr = (at >= 0 ? stderr.slice(0, at) : stderr).replace(/^Command (exited with non-zero status \d+|terminated by signal \d+)\n/m, '');
    maxRssBytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0) * 1024;
  } else {
    const m = /\n?@@maxrss (\d+)\n/.exec(stderr);
    if (m) {
      maxRssBytes = Number(m[1]) * 1024;
      stderr = stderr.replace(m[0], '');
    }
  }
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr, ms, maxRssBytes };
}
