import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { findReportedSpeech } from './index.js';
import { clarityAdjective } from './light-verb-reports.js';

/** Every sentence below is invented for these tests. */

const slice = (text: string, span: { start: number; end: number } | null): string =>
  span === null ? '-' : text.slice(span.start, span.end);

/** [name, text, every report found as "cue | source | content"] */
const cases: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'an assurance given',
    'The company gave an assurance that no jobs would go.',
    ['gave an assurance | The company | no jobs would go'],
  ],
  [
    'assurances in the perfect',
    'The chairman has given assurances that the club will survive.',
    ['given assurances | The chairman | the club will survive'],
  ],
  [
    'an adjective of clarity after "make"',
    'She has made plain that the offer stands.',
    ['made plain | She | the offer stands'],
  ],
  [
    'the progressive with "it"',
    'Ms Patel was making it clear that the law would change.',
    ['making it clear | Ms Patel | the law would change'],
  ],
  [
    'an addressee before the clause',
    'He made it very clear to the board that he wanted out.',
    ['made it very clear | He | he wanted out'],
  ],
  [
    'concerns raised by a person',
    'The mayor of Elmbridge has raised concerns that such a move could cost local jobs.',
    ['raised concerns | The mayor of Elmbridge | such a move could cost local jobs'],
  ],
  ['making sure is a deed', 'She made sure that the doors were locked before she left.', []],
  ['a question made clear is no proposition', 'The diagram makes clear what is going on.', []],
  ['fears raised by a thing', 'The storm raised fears that the roof would fail.', []],
  ['nothing said', 'The mayor never gave an assurance that the road would close.', []],
  ['a relative clause on a speech', 'He gave a speech that lasted an hour.', []],
  ['no proof offered', 'He offered no proof that the rival had taken the money.', []],
  ['a signal sent by an act', 'Her appointment sent a strong signal that waste would not be tolerated.', []],
];

describe('light-verb reports', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      const found = findReportedSpeech(text, segment(text)).map(
        (candidate) =>
          `${slice(text, candidate.cue)} | ${slice(text, candidate.source)} | ${candidate.content
            .map((piece) => slice(text, piece))
            .join(' … ')}`,
      );
      assert.deepEqual(found, expected);
    });

  it('reads adjectives of clarity from WordNet', () => {
    assert.equal(clarityAdjective('clear'), true);
    assert.equal(clarityAdjective('plain'), true);
    assert.equal(clarityAdjective('obvious'), true);
    assert.equal(clarityAdjective('sure'), false);
    assert.equal(clarityAdjective('possible'), false);
    assert.equal(clarityAdjective('likely'), false);
  });
});
