import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from './segment.js';
import { wordBeforeSentenceEnd } from './wink-tokens.js';

/** Every sentence below is invented for these tests. */

function sentencesOf(text: string): string[] {
  return segment(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('a lower-case word that wink keeps whole with its period ends the sentence', () => {
  it('cuts the period off "ill." and "wash." and splits the sentences', () => {
    assert.deepEqual(sentencesOf('Nine pupils had fallen ill. Doctors said all were recovering.'), [
      'Nine pupils had fallen ill.',
      'Doctors said all were recovering.',
    ]);
    assert.deepEqual(sentencesOf('The stain came out in the wash. "It was easy," she said.'), [
      'The stain came out in the wash.',
      '"It was easy," she said.',
    ]);
  });

  it('leaves abbreviations before a figure or a comma, and capitalised states, as they are', () => {
    const text = 'See fig. 2 and no. 5 of the list, etc., from Springfield, Ill. Officials agreed.';
    const at = (word: string): number => text.indexOf(word);
    assert.equal(wordBeforeSentenceEnd(text, 'fig.', at('fig.'), text.length), false);
    assert.equal(wordBeforeSentenceEnd(text, 'no.', at('no.'), text.length), false);
    assert.equal(wordBeforeSentenceEnd(text, 'etc.', at('etc.'), text.length), false);
    assert.equal(wordBeforeSentenceEnd(text, 'Ill.', at('Ill.'), text.length), false);
    const ill = 'They fell ill. Officials agreed.';
    assert.equal(wordBeforeSentenceEnd(ill, 'ill.', ill.indexOf('ill.'), ill.length), true);
  });
});
