import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakers } from '../test-helpers.js';

/** Every text below is invented for these tests. */

const OPENING =
  "Paul Brandt, the club's chairman, said the stadium would be sold.\n\n" +
  'Fans were angry. Supporters met on Tuesday to discuss the sale.\n\n' +
  'The club’s accounts show debts of £20m. ';

describe('a "he said" paragraphs after the last speaker (recent-speaker.ts)', () => {
  it('a man named in between only as an object is not who speaks', () => {
    const text =
      OPENING +
      'Police later questioned Mark Dowling, a former director, over missing funds.\n\n' +
      'The sale was agreed in May. He said the buyer would build houses on the site.';
    assert.deepEqual(speakers(text), [
      "Paul Brandt, the club's chairman, -> Paul Brandt",
      'He -> Paul Brandt',
    ]);
  });

  it('must not change: a man the narration describes with a clause of his own is', () => {
    const text =
      OPENING +
      'The team has been boosted by the return of Mark Dowling, who missed the last game with a knee injury.\n\n' +
      'The sale was agreed in May. He said the buyer would build houses on the site.';
    assert.deepEqual(speakers(text), [
      "Paul Brandt, the club's chairman, -> Paul Brandt",
      'He -> Mark Dowling',
    ]);
  });

  it('must not change: a man named in between as a subject is', () => {
    const text =
      OPENING +
      'Mark Dowling, a former director, denied taking any money.\n\n' +
      'The sale was agreed in May. He said the buyer would build houses on the site.';
    assert.deepEqual(speakers(text), [
      "Paul Brandt, the club's chairman, -> Paul Brandt",
      // his denial of a deed in a gerund is a report of its own (notattr33)
      'Mark Dowling, a former director, -> Mark Dowling',
      'He -> Mark Dowling',
    ]);
  });
});
