// Unpacks the test browser (@sparticuz/chromium) once, before any test file runs: two
// processes unpacking it at once fail with ETXTBSY. It unpacks into this clone's
// test-output/ (gitignored), not the shared tmp directory, so clones on one machine never
// race. The browser's own `args` are not used: they include --single-process.
// Where the browser cannot unpack or start, DXPLAN_BROWSER_ERROR says why and the browser
// tests skip with that message; otherwise DXPLAN_BROWSER is its path.
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  const dir = join(__dirname, '..', '..', 'test-output', 'browser');
  mkdirSync(dir, { recursive: true });
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    const executablePath = await require('@sparticuz/chromium').executablePath();
    const browser = await require('playwright-core').chromium.launch({ executablePath, headless: true, timeout: 60_000 });
    await browser.close();
    process.env.DXPLAN_BROWSER = executablePath;
  } catch (err) {
    process.env.DXPLAN_BROWSER_ERROR = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
};
