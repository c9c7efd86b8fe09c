import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTransientDatabaseError, retryTransient } from './transient.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isTransientDatabaseError', () => {
  const cases: [string, unknown, boolean][] = [
    ['connection refused (the server restarting)', withCode('ECONNREFUSED'), true],
    ['connection reset', withCode('ECONNRESET'), true],
    [
      'admin shutdown (57P01)',
      withCode('57P01', 'terminating connection due to administrator command'),
      true,
    ],
    ['the server starting up (57P03)', withCode('57P03'), true],
    ['connection failure (08006)', withCode('08006'), true],
    ['pg: connection ended under a query', new Error('Connection terminated unexpectedly'), true],
    ['a unique violation (23505)', withCode('23505', 'duplicate key value'), false],
    ['a syntax error (42601)', withCode('42601'), false],
    ['a database that does not exist (3D000)', withCode('3D000'), false],
    ['a bad article', new Error('the file is empty'), false],
    ['not an error', 'oops', false],
  ];
  for (const [name, error, transient] of cases) {
    it(`${name}: ${transient ? 'transient' : 'not transient'}`, () => {
      assert.equal(isTransientDatabaseError(error), transient);
    });
  }
});

describe('retryTransient', () => {
  it('tries again while the error is transient, then answers', async () => {
    let calls = 0;
    const value = await retryTransient(
      async () => {
        calls++;
        if (calls < 3) throw withCode('ECONNREFUSED');
        return 'stored';
      },
      { totalMs: 5000, firstDelayMs: 1 },
    );
    assert.equal(value, 'stored');
    assert.equal(calls, 3);
  });

  it('throws another error at once, and a transient one once the time is up', async () => {
    let calls = 0;
    await assert.rejects(
      retryTransient(
        async () => {
          calls++;
          throw withCode('23505');
        },
        { totalMs: 5000, firstDelayMs: 1 },
      ),
      /failed/,
    );
    assert.equal(calls, 1);
    await assert.rejects(
      retryTransient(
        async () => {
          throw withCode('ECONNREFUSED');
        },
        { totalMs: 30, firstDelayMs: 10 },
      ),
    );
  });
});
