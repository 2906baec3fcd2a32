#!/usr/bin/env node
'use strict';
// The build (`npm run build`, run by `prepare` on `npm ci`):
// 1. tsc compiles src/ into dist/: the engine API (`require('dxplan')`, dist/engine/index.js)
//    with its type declarations.
// 2. esbuild bundles the CLI into one file, dist/cli/dxplan.js (beside dist/cli/main.js, so
//    paths relative to __dirname hold in both), which bin/dxplan.js loads with a V8 code cache:
//    one file read and, warm, no compiling at start-up.
// Commands stay lazy inside the bundle: src/cli/main.ts requires a command's module only in its
// action, and esbuild keeps each module's body in a function run on first require. Every start
// reads the whole bundle and its code cache, so what only rarely used commands need stays out of
// it (EXTERNAL): their packages load from node_modules, and their own modules (RARE_COMMANDS)
// from tsc's output in dist/, a module graph of their own, when such a command runs.
// Usage: node scripts/build.js [--out DIR] [--no-minify]   (default: dist; --no-minify for
// readable CPU profiles of the bundle)
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const i = process.argv.indexOf('--out');
const OUT = resolve(ROOT, i > 0 ? process.argv[i + 1] : 'dist');

/**
 * Commands run by hand now and then, whose start-up a person does not wait on as a commit hook
 * does (measured: 125 KB less bundle, 5 ms off every start; bench/RESULTS.md). Each loads
 * dist/cli/commands/NAME.js and everything under it in ~0.1 s more.
 */
const RARE_COMMANDS = ['report', 'lsp', 'import', 'drift', 'config', 'suggest'].map((name) => `./commands/${name}`);

/**
 * Left out of the bundle, loaded when a run needs them: the rare commands, and packages only some
 * runs need (graph SVG, lsp, browser tests), ip-num (suggestions) and yaml (files the fast reader
 * does not take). Every byte of the bundle is read at every start.
 */
const EXTERNAL = [...RARE_COMMANDS, 'yaml', 'ip-num', '@viz-js/viz', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'vscode-jsonrpc', 'vscode-jsonrpc/*', 'playwright-core', '@sparticuz/chromium'];

/**
 * src/source/yaml-lazy.ts defines its exports as getters on `exports` (so `yaml` loads on first
 * use) and declares them for TypeScript with `export declare const`. esbuild reads the `export`
 * syntax as an ES module with no such exports; without its type-only lines the file is what it
 * is at run time, a CommonJS module, whose named imports esbuild reads as property accesses.
 */
function lazyYamlAsCommonJs() {
  return {
    name: 'yaml-lazy-commonjs',
    setup(build) {
      build.onLoad({ filter: /[\\/]source[\\/]yaml-lazy\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8').split('\n')
          .filter((line) => !/^(export declare const |export type |import type )/.test(line)).join('\n');
        if (/^(export|import) /m.test(text)) throw new Error(`${args.path}: an ES import or export left after its type-only lines`);
        return { contents: text, loader: 'ts' };
      });
    },
  };
}

/**
 * commander requires child_process, and chalk's supports-color requires tty, when they load;
 * both bring node's net and stream modules, several milliseconds of every start. commander
 * spawns only for executable subcommands (dxplan has none) and supports-color only asks
 * isatty. Inside the bundle, packages get these two modules through a stand-in that loads the
 * real one on first use, and answers isatty for a descriptor that is not a character device
 * (a pipe, a file) without loading tty at all.
 */
function lazyBuiltins() {
  const STAND_INS = {
    child_process: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
    tty: `const { fstatSync } = require('node:fs');
const real = () => require('node:tty');
function isatty(fd) {
  try { if (!fstatSync(fd).isCharacterDevice()) return false; } catch { return false; }
  return real().isatty(fd);
}
module.exports = new Proxy({ isatty }, { get: (target, key) => (key === 'isatty' ? isatty : real()[key]) });`,
  };
  return {
    name: 'lazy-builtins',
    setup(build) {
      build.onResolve({ filter: /^(node:)?(child_process|tty)$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
        return { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({ contents: STAND_INS[args.path], loader: 'js' }));
    },
  };
}

rmSync(OUT, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', OUT], { cwd: ROOT, stdio: 'inherit' });

const bundle = join(OUT, 'cli', 'dxplan.js');
async function bundleCli() {
  await require('esbuild').build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: !process.argv.includes('--no-minify'),
    external: EXTERNAL,
    plugins: [lazyYamlAsCommonJs(), lazyBuiltins()],
    logLevel: 'warning',
  });
  // The first line names the build: bin/dxplan.js keys its code cache on it. The code is
  // written wrapped as a CommonJS module's function already: bin/dxplan.js compiles the file
  // as it is, without copying 460 KB to wrap it at every start.
  const code = readFileSync(bundle, 'utf8');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
  writeFileSync(bundle, `// dxplan ${version} ${id}\n${require('node:module').wrap(code)}`);
}

// tsc emits even with type errors; the bundle is made either way and the build then fails.
bundleCli().then(() => { process.exitCode = tsc.status ?? 1; }, () => { process.exitCode = 1; });
