'use strict';
// Loaded with `node --require bench/maxrss.js` when /usr/bin/time is missing: reports the
// process's peak RSS on stderr at exit, on a line the harness strips from the output.
process.on('exit', () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
