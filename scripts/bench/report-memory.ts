/**
 * Loaded with `node --import` into each process the bench times (and so into each of its worker
 * threads too): at exit it writes to standard error, where `main.ts` reads them,
 *
 * - the process's peak resident memory (worker threads included, they share the process);
 * - the processor seconds (user + system) of its threads by kind: the main thread, the worker
 *   threads that run the pipeline, and the rest (V8's background threads, which compile optimised
 *   code and help the garbage collector, and libuv's), read from Linux's /proc (nothing elsewhere).
 *
 * Wall time alone cannot say why two threads are not twice as fast as one: with `--jobs 1` V8's
 * background threads compile on the second core, so "one thread" already uses more than one core.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { BroadcastChannel, isMainThread } from 'node:worker_threads';

const CHANNEL = 'claimgraph-bench-threads';
/** Linux's clock ticks per second (USER_HZ), the unit of /proc's times. */
const TICKS = 100;
const SAMPLE_MS = 100;

/** This thread's id in the kernel, or null off Linux. */
function threadId(): string | null {
  try {
    return readlinkSync('/proc/thread-self').split('/').pop() ?? null;
  } catch {
    return null;
  }
}

/** Processor seconds a thread has used from its /proc `stat` line. */
function statSeconds(stat: string): number {
  // the fields after the command name (which may hold spaces) in parentheses
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** Processor seconds of each thread of this process that is alive now, by kernel thread id. */
function threadSeconds(): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const id of readdirSync('/proc/self/task')) {
    try {
      seconds.set(id, statSeconds(readFileSync(`/proc/self/task/${id}/stat`, 'latin1')));
    } catch {
      // the thread ended meanwhile: its last sample stands
    }
  }
  return seconds;
}

/** What a worker thread tells the main thread: its id at start, its processor seconds at exit. */
interface ThreadReport {
  readonly id: string;
  readonly seconds: number;
}

if (!isMainThread) {
  const id = threadId();
  if (id !== null) {
    const channel = new BroadcastChannel(CHANNEL);
    channel.unref();
    const report = (seconds: number): void => channel.postMessage({ id, seconds } satisfies ThreadReport);
    report(0);
    process.on('exit', () => report(statSeconds(readFileSync('/proc/thread-self/stat', 'latin1'))));
  }
} else {
  const main = threadId();
  const workers = new Set<string>();
  // worker threads end before the process: keep each thread's last sample, or what it reported
  const last = new Map<string, number>();
  const keep = (id: string, seconds: number): void => {
    last.set(id, Math.max(seconds, last.get(id) ?? 0));
  };
  const sample = (): void => {
    for (const [id, seconds] of threadSeconds()) keep(id, seconds);
  };
  if (main !== null) {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (message) => {
      const { id, seconds } = (message as { data: ThreadReport }).data;
      workers.add(id);
      keep(id, seconds);
    };
    channel.unref();
    setInterval(sample, SAMPLE_MS).unref();
  }
  process.on('exit', () => {
    process.stderr.write(`\nbench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
    if (main === null) return;
    sample();
    let own = 0;
    let pipeline = 0;
    let background = 0;
    for (const [id, seconds] of last) {
      if (id === main) own += seconds;
      else if (workers.has(id)) pipeline += seconds;
      else background += seconds;
    }
    process.stderr.write(
      `bench-thread-cpu main ${own.toFixed(2)} workers ${pipeline.toFixed(2)} background ${background.toFixed(2)}\n`,
    );
  });
}
