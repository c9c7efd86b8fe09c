import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JIT_FLAGS, jitFlagsToApply } from './jit-tuning.js';

describe('jitFlagsToApply', () => {
  const cases: {
    readonly name: string;
    readonly threads?: number;
    readonly env: NodeJS.ProcessEnv;
    readonly execArgv: readonly string[];
    readonly expected: readonly string[];
  }[] = [
    { name: 'all flags when the threads take every core', env: {}, execArgv: [], expected: JIT_FLAGS },
    { name: 'none when a core is left for the compiler', threads: 1, env: {}, execArgv: [], expected: [] },
    {
      name: 'none with CLAIMGRAPH_V8_DEFAULTS',
      env: { CLAIMGRAPH_V8_DEFAULTS: '1' },
      execArgv: [],
      expected: [],
    },
    {
      name: 'not a flag given on the command line',
      env: {},
      execArgv: ['--interrupt-budget=1000'],
      expected: JIT_FLAGS.filter((flag) => !flag.startsWith('--interrupt-budget')),
    },
    {
      name: 'not a flag given in NODE_OPTIONS, spelt with underscores',
      env: { NODE_OPTIONS: '--enable-source-maps --max_inlined_bytecode_size_cumulative=920' },
      execArgv: [],
      expected: JIT_FLAGS.filter((flag) => !flag.startsWith('--max-inlined-bytecode-size-cumulative')),
    },
    {
      name: 'unrelated flags leave them all',
      env: { NODE_OPTIONS: '--max-old-space-size=4096' },
      execArgv: ['--cpu-prof'],
      expected: JIT_FLAGS,
    },
  ];
  for (const { name, threads = 2, env, execArgv, expected } of cases) {
    it(name, () => assert.deepEqual(jitFlagsToApply(threads, 2, env, execArgv), expected));
  }
});
