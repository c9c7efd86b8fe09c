/**
 * Loaded with `node --import` into each process the bench times: at exit it writes the process's
 * peak resident memory (worker threads included, they share the process) to standard error, where
 * `main.ts` reads it.
 */
process.on('exit', () => {
  process.stderr.write(`\nbench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
