// Preloaded into every Node process of a measured command (NODE_OPTIONS=--require), so a command
// that is a tree of processes (npm → sh → tsx → node) is measured whole and to the microsecond:
// at exit each main thread appends its own CPU time and peak RSS to the file the bench named.
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.SVERKA_BENCH_USAGE;
if (file && isMainThread) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, cpuMs: (user + system) / 1000, maxRssKb: process.resourceUsage().maxRSS })}\n`);
  });
}
