import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakers } from '../test-helpers.js';
import { segment } from '../../segment/segment.js';
import { relativeSourcePhrase } from './relative-sources.js';

/** Every text below is invented for these tests. */

/** The phrase the first relative pronoun of the text stands for, or null. */
function phrase(text: string): string | null {
  const segments = segment(text);
  const match = /\b(?:who|which|that)\b/u.exec(text);
  if (match === null) return null;
  const span = { start: match.index, end: match.index + match[0].length };
  const found = relativeSourcePhrase(text, segments.tokens, segments.sentences, span);
  return found === null ? null : text.slice(found.start, found.end);
}

describe('relative pronoun sources (relative-sources.ts)', () => {
  it('"who" stands for the noun phrase it follows', () => {
    assert.equal(
      phrase('The former butler, who claims he saw the letter, has refused to testify.'),
      'The former butler',
    );
  });

  it('an apposition and an "of"/"for" phrase stay in the phrase, the preposition before it does not', () => {
    const text =
      'The road has been closed since March, according to Tom Hale, a spokesman for the council, ' +
      'who said the road would reopen in June.';
    assert.equal(phrase(text), 'Tom Hale, a spokesman for the council');
    assert.deepEqual(speakers(text), [
      'Tom Hale, a spokesman for the council -> Tom Hale',
      'who -> Tom Hale',
    ]);
  });

  it('a possessive stays in the phrase', () => {
    assert.equal(phrase("She spoke to the man's lawyer, who said he would appeal."), "the man's lawyer");
  });

  it('a name is the antecedent, not the phrase it is the object in', () => {
    assert.equal(
      phrase('The union has thrown its weight behind Dana Kell, who says the plan is unfair.'),
      'Dana Kell',
    );
    const text =
      'Ms Ray will miss an address to the assembly from Senator Tom Hale, who this week criticised rivals for their silence.';
    assert.equal(phrase(text), 'Tom Hale');
    assert.deepEqual(speakers(text), ['who -> Tom Hale']);
  });

  it('the phrase "that" follows, without the clause it is the predicate of', () => {
    assert.equal(
      phrase('It was a speech that merely confirmed the importance of the port to the town.'),
      'a speech',
    );
  });

  it('the speaker of "who" is the person the phrase names (the source stays the pronoun)', () => {
    const text =
      'Residents were angry. Tom Hale, a spokesman for the council, who said the road would reopen in June, was booed.';
    assert.deepEqual(speakers(text), ['who -> Tom Hale']);
  });

  it('must not change: a named source, and a pronoun after a bracket', () => {
    assert.deepEqual(speakers('Tom Hale said the road would reopen in June.'), ['Tom Hale -> Tom Hale']);
    assert.equal(phrase('The plan was attacked by the Growers’ Forum (GF), who say prices will rise.'), null);
  });
});
