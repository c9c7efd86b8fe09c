import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('./report-memory.js', import.meta.url));

test(
  'the bench preload reports peak memory and the processor seconds of main and worker threads apart',
  {
    skip: process.platform !== 'linux',
  },
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-memory-'));
    try {
      // a worker thread that computes until it has used 0.4 processor seconds (by its own /proc
      // entry: the clock says little on a loaded machine) while the main thread waits
      const busy = join(folder, 'busy.mjs');
      writeFileSync(
        busy,
        [
          "import { readFileSync } from 'node:fs';",
          'const used = () => {',
          "  const stat = readFileSync('/proc/thread-self/stat', 'latin1');",
          "  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');",
          '  return (Number(fields[11]) + Number(fields[12])) / 100;',
          '};',
          'let sum = 0;',
          'while (used() < 0.4) for (let i = 0; i < 1e6; i++) sum += i;',
          '',
        ].join('\n'),
      );
      const main = join(folder, 'main.mjs');
      writeFileSync(
        main,
        `import { Worker } from 'node:worker_threads';\nnew Worker(${JSON.stringify(busy)});\n`,
      );
      const result = spawnSync(process.execPath, ['--import', PRELOAD, main], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /bench-peak-rss-kb \d+/);
      const cpu = /bench-thread-cpu main ([\d.]+) workers ([\d.]+) background ([\d.]+)/.exec(result.stderr);
      assert.ok(cpu, result.stderr);
      // the worker's busy loop is counted as worker time, not the main thread's
      assert.ok(Number(cpu[2]) >= 0.3, result.stderr);
      assert.ok(Number(cpu[1]) < Number(cpu[2]), result.stderr);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
