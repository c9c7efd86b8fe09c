import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processInput } from '../../pipeline/pipeline.js';
import { qualifiedJoins } from './qualified-joins.js';

/** Every sentence below is invented for these tests. */

describe('qualifiedJoins: a deed said with more than the question asks answers it', () => {
  it('joins P(S, X) to P(S, ?) when that question is asked', () => {
    assert.deepEqual(
      [
        ...qualifiedJoins([
          'quit(the coach, the reason)',
          'quit(the coach, ?)',
          'quit(the player, the club)',
        ]),
      ],
      [['quit(the coach, the reason)', 'quit(the coach, ?)']],
    );
  });

  it('joins an evaluation to its bare form when the opposite evaluation of the subject is asked', () => {
    assert.deepEqual(
      [...qualifiedJoins(['be unsafe(the ferry, the passenger)', 'be safe(the ferry, ?)'])],
      [['be unsafe(the ferry, the passenger)', 'be unsafe(the ferry, ?)']],
    );
  });

  it('leaves unrelated, unknown-party and nested topics alone', () => {
    assert.deepEqual(
      [
        ...qualifiedJoins([
          'be unsafe(the ferry, the passenger)',
          'be late(the ferry, ?)',
          'close(?, the road)',
          'close(?, ?)',
          'blame(the mayor, flood(the river, ?))',
          'blame(the mayor, ?)',
        ]),
      ],
      [],
    );
  });
});

describe('qualified claims in an article', () => {
  it('"stepped down for family reasons" contradicts "did not step down", and not the other way', () => {
    const text =
      'The club said its chairman, Oskar Lindqvist, had resigned for family reasons after the vote on Monday.\n\n' +
      'Oskar Lindqvist told reporters on Tuesday that he had not resigned and would stay in his post.\n';
    const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published: '2025-04-08' });
    const conflicts = doc.contradictions.filter((item) => item.topic.startsWith('resign('));
    assert.equal(conflicts.length, 1, JSON.stringify(doc.contradictions));
    const negated =
      'The club said its chairman, Oskar Lindqvist, had not resigned for family reasons after the vote on Monday.\n\n' +
      'Oskar Lindqvist told reporters on Tuesday that he had resigned and would leave his post.\n';
    const other = processInput(
      { source: 'test.txt', bytes: Buffer.from(negated) },
      { published: '2025-04-08' },
    );
    assert.equal(other.contradictions.filter((item) => item.topic.startsWith('resign(')).length, 0);
  });
});
