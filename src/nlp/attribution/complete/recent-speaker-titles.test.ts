import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakers } from '../test-helpers.js';

/** Every text below is invented for these tests. */

describe('a subject named after a title word the parse made its head (recent-speaker.ts)', () => {
  it('"Goalkeeper Liam Roche made two saves and he said …" is Roche, not the man of the sentence before', () => {
    const text =
      'Joe Whitlow hit the post before he was substituted. ' +
      'Goalkeeper Liam Roche made two saves and he said the defence had been superb.';
    assert.deepEqual(speakers(text), ['he -> Liam Roche']);
  });

  it('"Labour MP John Smith met voters and he said …" is Smith', () => {
    const text = 'Joe Whitlow spoke first. Labour MP John Smith met voters and he said they were angry.';
    assert.deepEqual(speakers(text), ['he -> John Smith']);
  });

  it('must not change: a man named in the sentence before as the subject, with no one in the pronoun’s own', () => {
    const text =
      'Goalkeeper Liam Roche made two saves. Joe Whitlow hit the post. He said the defence had been superb.';
    assert.deepEqual(speakers(text), ['He -> Joe Whitlow']);
  });
});
