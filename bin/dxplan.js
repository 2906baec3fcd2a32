#!/usr/bin/env node
'use strict';
// Starts the CLI from its one-file bundle (dist/cli/dxplan.js, see scripts/build.js) with a V8
// code cache, the way v8-compile-cache does on Node 20 (module.enableCompileCache is Node 22):
// warm, start-up reads two files and compiles nothing. The cache lives in a folder of the
// user's own under the temporary directory, one file per build (the bundle's first line names
// it), per Node version and per command (each caches the functions it ran). Anything wrong with
// the cache only costs speed: it is ignored, never an error.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli', 'dxplan.js');

/** The user's own cache folder, or undefined when it is not safe to use (someone else's, open to others). */
function cacheDir() {
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const dir = path.join(require('os').tmpdir(), `dxplan-compile-cache-${uid ?? 'user'}`);
    // Made on the first start only: later ones find it without a failing mkdir.
    let st = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (!st) {
      fs.mkdirSync(dir, { mode: 0o700 });
      st = fs.lstatSync(dir);
    }
    if (!st.isDirectory() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0))) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the caches of the few builds written last. Two installs used in turn (a global one and
 * a project's) each keep theirs; the caches of builds long replaced go.
 */
const BUILDS_KEPT = 4;

function pruneCaches(dir) {
  const names = fs.readdirSync(dir);
  // A cache file is named `${build}-${node version}-...` (loadBundle).
  const buildOf = (name) => /^(.+?-[0-9a-f]+)-v\d/.exec(name)?.[1] ?? name;
  const lastWritten = new Map();
  for (const name of names) {
    const { mtimeMs } = fs.statSync(path.join(dir, name));
    lastWritten.set(buildOf(name), Math.max(lastWritten.get(buildOf(name)) ?? 0, mtimeMs));
  }
  const old = new Set([...lastWritten].sort((a, b) => b[1] - a[1]).slice(BUILDS_KEPT).map(([build]) => build));
  for (const name of names) if (old.has(buildOf(name))) fs.rmSync(path.join(dir, name), { force: true });
}

function loadBundle(argv) {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const build = /^\/\/ dxplan (\S+ [0-9a-f]+)\n/.exec(source)?.[1].replace(' ', '-') ?? 'unknown';
  const command = /^[a-z][a-z-]{0,30}$/.test(argv[0] ?? '') ? argv[0] : 'other';
  const dir = cacheDir();
  const file = dir && path.join(dir, `${build}-${process.version}-${process.arch}-${command}.cache`);
  let cachedData;
  try {
    if (file) cachedData = fs.readFileSync(file);
  } catch {
    // No cache yet.
  }
  // The bundle is a module's function already (scripts/build.js).
  const script = new vm.Script(source, { filename: BUNDLE, cachedData });
  const mod = new Module(BUNDLE, module);
  mod.filename = BUNDLE;
  mod.paths = Module._nodeModulePaths(path.dirname(BUNDLE));
  script.runInThisContext()(mod.exports, Module.createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
  if (file && (cachedData === undefined || script.cachedDataRejected)) {
    // At exit, so that the functions this command ran are in the cache too.
    process.once('exit', () => {
      try {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, file);
        pruneCaches(dir);
      } catch {
        // A cache that cannot be written is only a slower next start.
      }
    });
  }
  return mod.exports;
}

const argv = process.argv.slice(2);
loadBundle(argv).main(argv).then((code) => {
  process.exitCode = code;
});
