import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDecline, isDeclineAt } from '../complete/words.js';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests (issue 10: no invented attributions). */

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  // the readers, or the writer among them
  ['the readers addressed as some of them', 'Some of you are probably saying that the sequel drags.', []],
  ['the writer among the readers', 'Many of us assume that the tide tables are right.', []],
  // the writer's generalisation
  ['bare "people" in the plain present', 'People think that the old pier is safe.', []],
  [
    'people qualified by a place are somebody',
    'People here think that the old pier is safe.',
    ['think | People | that the old pier is safe'],
  ],
  [
    'people who spoke in the past are somebody',
    'People said that the old pier was unsafe.',
    ['said | People | that the old pier was unsafe'],
  ],
  // negated speech
  ['words never spoken', 'The harbour master never claimed that the pier was safe.', []],
  ['words not said', 'The ferry company did not say that fares would rise.', []],
  [
    'a question left open stays, as a decline',
    'The ferry company has not said whether fares will rise.',
    ['has not said | The ferry company | whether fares will rise'],
  ],
  // a frame's noun phrase beside a report of the same source
  [
    'emphasis on a noun phrase beside "said"',
    'The ferry company stressed the importance of safety and said fares would rise.',
    ['said | The ferry company | fares would rise'],
  ],
  [
    'a commitment underlined beside "saying"',
    'The harbour board underlined its commitment to the pier, saying repairs would start in May.',
    ['saying | The harbour board | repairs would start in May'],
  ],
  [
    'a denial of a noun phrase keeps its stance',
    'The skipper denied the charges and said he had been asleep.',
    ['denied | The skipper | the charges', 'said | The skipper | he had been asleep'],
  ],
  [
    'a noun phrase alone stays',
    'The ferry company stressed the importance of safety.',
    ['stressed | The ferry company | the importance of safety'],
  ],
];

describe('reports that were never made (issue 10)', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      assert.deepEqual(reports(text), expected);
    });
});

describe('negated speech: "not only said" said it', () => {
  it('the report stays', () => {
    assert.equal(reports('The harbour master not only said the pier was unsafe but closed it.').length, 1);
  });
});

describe('isDecline: a question left unanswered', () => {
  it('"did not say whether", "has not yet said how much", "would not reveal exactly what"', () => {
    assert.equal(isDecline('did not say', 'whether fares will rise'), true);
    assert.equal(isDecline('has not yet said', 'how much the repairs cost'), true);
    assert.equal(isDecline("wouldn't reveal", 'exactly what the board paid'), true);
  });
  it('not a that-clause, and not "not only said"', () => {
    assert.equal(isDecline('did not say', 'that fares will rise'), false);
    assert.equal(isDecline('not only said', 'how the pier fell'), false);
  });
});

describe('isDeclineAt: the negation or the question word outside the spans', () => {
  const at = (text: string, cue: string, content: string) => {
    const start = text.indexOf(cue);
    const from = text.indexOf(content);
    return isDeclineAt(text, { start, end: start + cue.length }, { start: from, end: from + content.length });
  };
  it('a negation before the cue', () => {
    const text = 'The ferry company has not yet announced when the pier will reopen.';
    assert.equal(at(text, 'announced', 'when the pier will reopen'), true);
  });
  it('a question word before the content', () => {
    const text = 'The inspector could not say whether the pier had been repaired.';
    assert.equal(at(text, 'could not say', 'the pier had been repaired'), true);
  });
  it('no negation: an announcement', () => {
    const text = 'The ferry company has announced when the pier will reopen.';
    assert.equal(at(text, 'announced', 'when the pier will reopen'), false);
  });
});
