'use strict';
// Loaded with `node --require bench/maxrss.js` when /usr/bin/time is missing: reports the
// process's peak RSS (KB) and CPU time (user + system, ms) on stderr at exit, on a line the
// harness strips from the output.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\n@@maxrss ${u.maxRSS} ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
});
