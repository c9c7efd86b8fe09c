import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Segments } from '../../model/index.js';
import { isActionVerb, withClauseVerbs } from './clause-verbs.js';

/** Every sentence below is invented for these tests. */

describe('isActionVerb (first WordNet verb sense an action or a change)', () => {
  const cases: readonly [string, boolean][] = [
    ['injuring', true],
    ['damaged', true],
    ['beat', true],
    ['merged', true],
    // thought, perception, speech and being are left to the tagger
    ['thinks', false],
    ['saw', false],
    ['said', false],
    ['seems', false],
    // auxiliaries and copulas of change
    ['had', false],
    ['became', false],
    // possession ("owns", "owes") is mostly a state
    ['owns', false],
    // more often a noun than a verb
    ['brands', false],
    // a verb of very many senses says little by its first one
    ['took', false],
  ];
  for (const [word, expected] of cases)
    it(`${word}: ${String(expected)}`, () => assert.equal(isActionVerb(word), expected));
});

type Row = readonly [string, string, string];

/** Tokens of an invented sentence with the parse's tag and relation for each word. */
function segmentsOf(rows: readonly Row[]): { text: string; segments: Segments } {
  let text = '';
  const tokens = rows.map(([word, pos, dep]) => {
    if (text !== '' && !/^[,.]$/u.test(word)) text += ' ';
    const start = text.length;
    text += word;
    return { start, end: text.length, pos, dep, lemma: word, head: 0 };
  });
  return {
    text,
    segments: { tokens, sentences: [{ start: 0, end: text.length, firstToken: 0 }] } as unknown as Segments,
  };
}

describe('withClauseVerbs', () => {
  it('adds a conjunct verb of action the tagger left out, not a verb it already has', () => {
    const { text, segments } = segmentsOf([
      ['A', 'DET', 'det'],
      ['storm', 'NOUN', 'nsubj'],
      ['hit', 'VERB', 'root'],
      ['Dunmore', 'PROPN', 'obj'],
      [',', 'PUNCT', 'punct'],
      ['injuring', 'VERB', 'conj'],
      ['four', 'NUM', 'nummod'],
      ['people', 'NOUN', 'obj'],
      ['.', 'PUNCT', 'punct'],
    ]);
    const hit = text.indexOf('hit');
    const mentions = withClauseVerbs(text, segments, [
      { start: hit, end: hit + 3, eventClass: 'OCCURRENCE' },
    ]);
    assert.deepEqual(
      mentions.map((mention) => text.slice(mention.start, mention.end)),
      ['hit', 'injuring'],
    );
  });

  it('leaves out modifiers, capitalised words and hyphenated parts', () => {
    const { text, segments } = segmentsOf([
      ['Allied', 'VERB', 'root'],
      ['said', 'VERB', 'parataxis'],
      ['the', 'DET', 'det'],
      ['damaged', 'VERB', 'amod'],
      ['state-owned', 'NOUN', 'obj'],
      ['.', 'PUNCT', 'punct'],
    ]);
    assert.deepEqual(withClauseVerbs(text, segments, []), []);
  });
});
