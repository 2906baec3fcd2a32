// Runs the real built binary (`node bin/dxplan.js ...`) in a child process, measuring its wall
// time and peak memory: with /usr/bin/time -v where present, else a --require hook that reports
// process.resourceUsage().maxRSS at exit.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** The binary the runs use: bin/dxplan.js, or a private build's copy (see ensureBuilt). */
let bin = BIN;
let privateBuild: string | undefined;

/**
 * Makes sure the binary runs the current sources. `npm test` builds dist/ first, so normally
 * dist/ is fresh and bin/dxplan.js is used as it is. When dist/ is missing or older than src/
 * (jest run directly), the sources are compiled into a private folder instead: `npm run build`
 * empties the shared dist/ first, which would break other suites running beside this one.
 * The private folder sits under node_modules/.cache so the build finds the dependencies.
 * Returns a note when it had to build.
 */
export function ensureBuilt(): string | undefined {
  const bundle = join(ROOT, 'dist', 'cli', 'dxplan.js');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(join(ROOT, 'src'))) return undefined;
  privateBuild = join(ROOT, 'node_modules', '.cache', 'dxplan-reliability', String(process.pid));
  rmSync(privateBuild, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js'), '--out', join(privateBuild, 'dist')], {
    cwd: ROOT, encoding: 'utf8', timeout: 180_000,
  });
  // tsc emits even with type errors elsewhere in the tree; only a missing bundle is fatal.
  if (!existsSync(join(privateBuild, 'dist', 'cli', 'dxplan.js'))) throw new Error(`the build did not make the CLI:\n${r.stdout}\n${r.stderr}`);
  mkdirSync(join(privateBuild, 'bin'));
  copyFileSync(BIN, join(privateBuild, 'bin', 'dxplan.js'));
  copyFileSync(join(ROOT, 'package.json'), join(privateBuild, 'package.json'));
  bin = join(privateBuild, 'bin', 'dxplan.js');
  return `dist/ is missing or older than src/: built the sources privately${r.status === 0 ? '' : ` (build exit ${r.status})`}`;
}

/** Removes a private build, if ensureBuilt made one. */
export function cleanBuild(): void {
  if (privateBuild) rmSync(privateBuild, { recursive: true, force: true });
  privateBuild = undefined;
  bin = BIN;
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
    ? [TIME, ['-v', process.execPath, bin, ...args]]
    : [process.execPath, ['--require', hookFile(), bin, ...args]];
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
