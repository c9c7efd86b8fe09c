import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reasonOf } from './queue-status.js';

describe('reasonOf', () => {
  const cases: [string, unknown, string][] = [
    ['the worker’s reason', { reason: 'the file is empty', source: 'a.txt' }, 'the file is empty'],
    [
      'pg-boss’s timeout',
      { value: { message: 'job failed by timeout in active state' } },
      'job failed by timeout in active state',
    ],
    ['a serialised error', { name: 'Error', message: 'handler failed' }, 'handler failed'],
    ['nothing', null, 'no reason recorded'],
    ['something else', { code: 7 }, 'no reason recorded'],
  ];
  for (const [name, output, reason] of cases) {
    it(name, () => assert.equal(reasonOf(output), reason));
  }
});
