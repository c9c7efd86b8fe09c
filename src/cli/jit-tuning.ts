import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a process that runs the pipeline over many documents (the worker pool).
 *
 * Whole-process profiles of `extract` on PolNeAR's 840 training texts showed V8's background
 * threads spending about 8.7 of 30.5 processor seconds (one worker thread) compiling with
 * TurboFan: the pipeline is a large body of code, much of it (the name, event and claim rules)
 * run a few times per sentence, and each worker thread compiles its own copy, so with two threads
 * that cost is paid twice. A larger interrupt budget makes V8 wait for more work in a function
 * before it optimises it (functions run only now and then stay in the baseline tiers), and a
 * smaller cumulative inlining budget makes each optimised compile of the big rule functions
 * cheaper. The hot per-token loops are optimised as before. These change only when and how code
 * is compiled, never what it computes.
 *
 * Measured (PolNeAR train, 840 texts, output identical, loaded machine, processor seconds
 * user+sys): --jobs 2 36.5 -> 30.5 s; --jobs 1 31.6 -> 28.0 s, but there the worker thread itself
 * took 1.5 s longer (22.0 -> 23.6 s): with a core to spare, V8 compiles on it for free and the
 * faster code wins on the clock. So the flags are set only when the worker threads take every core.
 */
export const JIT_FLAGS: readonly string[] = [
  '--interrupt-budget=300000',
  '--max-inlined-bytecode-size-cumulative=300',
];

let applied = false;

/** The name of a `--flag=value` V8 flag, without dashes; `--no-x` and `--x` name the same flag. */
function flagName(flag: string): string {
  return flag
    .replace(/^--?/, '')
    .replace(/^no-/, '')
    .replace(/[=\s].*$/, '')
    .replaceAll('_', '-');
}

/** The V8 flags the user gave this process (`node --flag` or NODE_OPTIONS), by name. */
function flagsGivenByUser(execArgv: readonly string[], nodeOptions: string): Set<string> {
  return new Set(
    [...execArgv, ...nodeOptions.split(/\s+/)].filter((arg) => arg.startsWith('-')).map(flagName),
  );
}

/**
 * The flags of `JIT_FLAGS` to set for `threads` worker threads on `cores` cores: none when a core
 * is left for V8's own compiler threads, none when CLAIMGRAPH_V8_DEFAULTS is set (to compare
 * against V8's own settings), and never one the user set on the command line or in NODE_OPTIONS.
 */
export function jitFlagsToApply(
  threads: number,
  cores: number = availableParallelism(),
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
): string[] {
  if (threads < cores || env.CLAIMGRAPH_V8_DEFAULTS) return [];
  const given = flagsGivenByUser(execArgv, env.NODE_OPTIONS ?? '');
  return JIT_FLAGS.filter((flag) => !given.has(flagName(flag)));
}

/**
 * Sets `JIT_FLAGS` for the whole process, once, when `threads` worker threads take every core. Call
 * it before the worker threads start: their isolates then compile with these settings (V8 flags are
 * per process, a worker's `execArgv` cannot carry them).
 */
export function tuneJitForBatches(threads: number): void {
  if (applied) return;
  const flags = jitFlagsToApply(threads);
  if (flags.length === 0) return;
  applied = true;
  for (const flag of flags) setFlagsFromString(flag);
}
