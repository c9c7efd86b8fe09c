import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../src/model/index.js';
import { conllConvention } from './conll.js';

/** The mention as CoNLL-2003 would write it: [text, type, expected surface]. Sentences invented. */
const cases: readonly [string, EntityType, string][] = [
  ['Mr Okafor', 'PERSON', 'Okafor'],
  ['President Halvorsen', 'PERSON', 'Halvorsen'],
  ['Foreign Minister Adaeze Okafor', 'PERSON', 'Adaeze Okafor'],
  ['Inspector General Adaeze Okafor', 'PERSON', 'Adaeze Okafor'],
  ['King', 'PERSON', 'King'],
  ['the Kremlin', 'ORG', 'Kremlin'],
  ['the Brennar Valley', 'LOC', 'Brennar Valley'],
  ['The Hague', 'LOC', 'The Hague'],
  ['Major League', 'MISC', 'Major League'],
  ['Queen of the Isles', 'ORG', 'Queen of the Isles'],
];

describe('conllConvention', () => {
  for (const [surface, type, expected] of cases)
    it(`${surface} (${type}) → ${expected}`, () => {
      const text = `Yesterday ${surface} spoke.`;
      const start = text.indexOf(surface);
      const mapped = conllConvention(text, { start, end: start + surface.length, type });
      assert.equal(text.slice(mapped.start, mapped.end), expected);
      assert.equal(mapped.type, type);
    });
});

describe('conllConvention: hyphenated compounds', () => {
  it('a place before "-based" is the whole word, MISC', () => {
    const text = 'The Brannock-based firm grew.';
    const start = text.indexOf('Brannock');
    const mapped = conllConvention(text, { start, end: start + 'Brannock'.length, type: 'LOC' });
    assert.equal(text.slice(mapped.start, mapped.end), 'Brannock-based');
    assert.equal(mapped.type, 'MISC');
  });
});
