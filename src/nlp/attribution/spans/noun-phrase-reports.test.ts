import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { findReportedSpeech } from './index.js';
import { conveyingVerb, messageNoun, nounPhraseReportVerb, remembered } from './reporting-predicate.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'a resignation announced',
    'She announced her resignation on Tuesday.',
    ['announced | She | her resignation'],
  ],
  [
    'involvement denied',
    'The ministry denied any involvement in the blast.',
    ['denied | The ministry | any involvement in the blast'],
  ],
  [
    'wrongdoing admitted, without the occasion',
    'The firm admitted wrongdoing in a statement on Friday.',
    ['admitted | The firm | wrongdoing'],
  ],
  [
    'a sale confirmed',
    'The company confirmed the sale of its factory.',
    ['confirmed | The company | the sale of its factory'],
  ],
  ['an addressee is no proposition', 'The coach told reporters after the match.', []],
  ['a negated announcement reports nothing said', 'The club did not announce the fee.', []],
  ['a contract signed', 'The striker signed a new contract.', []],
  ['an offer turned down is no deed asserted', 'The manager has snubbed the offer of an interview.', []],
  ['a thing stressed is no deed asserted', 'The new law will emphasize cheaper biofuels.', []],
  [
    'an infinitive asserts nothing yet',
    'The ministry was given a deadline to disclose its nuclear programme.',
    [],
  ],
  ['a plan unveiled', 'The minister unveiled a new plan on Monday.', []],
  ['a decision', 'The board decided the school would close.', []],
  ['a wish', 'He wants a new contract.', []],
  ['a plan', 'The council plans a new bridge.', []],
  [
    'condolences offered',
    'The club offered its condolences to the family.',
    ['offered | The club | its condolences to the family'],
  ],
  ['a tribute paid', 'The players paid tribute to the coach.', ['paid | The players | tribute to the coach']],
  [
    'concern expressed',
    'The minister expressed concern about the delays.',
    ['expressed concern about | The minister | the delays'],
  ],
  ['a ruling issued is no attitude voiced', "The court issued a summary judgment in the firm's favor.", []],
  ['praise won is no praise given', 'The film won praise from critics.', []],
  ['a letter sent is no message named', 'The mayor sent a letter to the council.', []],
  ['condolences not offered', 'The club did not offer condolences.', []],
  [
    'a participial opener reports for the main subject',
    'Saying the plan was unfair, the mayor walked out of the meeting.',
    ['Saying | the mayor | the plan was unfair'],
  ],
  [
    'a participial opener with "that"',
    'Insisting that nothing had been agreed, the union called a strike for Monday.',
    ['Insisting | the union | nothing had been agreed'],
  ],
  ['a participle of hope is no report', 'Hoping the rain would stop, the crowd waited outside.', []],
  [
    'a participle of speaking with its circumstance',
    'Speaking after the vote was held, the minister thanked voters.',
    [],
  ],
  [
    'quoted as saying, reported speech',
    'Mr Lind was quoted as saying the plant would close.',
    ['was quoted as saying | Mr Lind | the plant would close'],
  ],
];

function show(text: string, span: { start: number; end: number } | null | undefined): string {
  return span === null || span === undefined ? '-' : text.slice(span.start, span.end);
}

describe('findReportedSpeech: noun-phrase reports, participial openers, "quoted as saying"', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      const found = findReportedSpeech(text, segment(text)).map((candidate) =>
        [show(text, candidate.cue), show(text, candidate.source), show(text, candidate.content[0])].join(
          ' | ',
        ),
      );
      assert.deepEqual(found, expected);
    });
});

describe('messageNoun and conveyingVerb', () => {
  it('reads messages given and the verbs that give them', () => {
    for (const word of ['condolences', 'tribute', 'thanks', 'congratulations'])
      assert.equal(messageNoun(word), true, word);
    for (const word of ['letter', 'speech', 'contract', 'statement'])
      assert.equal(messageNoun(word), false, word);
    for (const word of ['offer', 'pay', 'give', 'express']) assert.equal(conveyingVerb(word), true, word);
    for (const word of ['win', 'receive', 'accept', 'take']) assert.equal(conveyingVerb(word), false, word);
  });
});

describe('nounPhraseReportVerb', () => {
  it('reads verbs whose reporting sense takes both an object and a that-clause', () => {
    for (const word of ['announce', 'deny', 'admit', 'acknowledge', 'confirm', 'disclose', 'announced'])
      assert.equal(nounPhraseReportVerb(word), true, word);
  });
  it('leaves out verbs of no speech and verbs whose object is no proposition', () => {
    for (const word of ['aim', 'plan', 'decide', 'want', 'sign', 'issue', 'unveil', 'accept', 'see', 'show'])
      assert.equal(nounPhraseReportVerb(word), false, word);
  });
});

describe('remembered (reporting-predicate.ts)', () => {
  it('reads each key once and answers again from the cache, the same for every case asked', () => {
    const cache = new Map<string, boolean>();
    const read: string[] = [];
    const isLong = (key: string) => {
      read.push(key);
      return key.length > 4;
    };
    assert.equal(remembered(cache, 'offer', isLong), true);
    assert.equal(remembered(cache, 'pay', isLong), false);
    assert.equal(remembered(cache, 'offer', isLong), true);
    assert.deepEqual(read, ['offer', 'pay']);
    for (const word of ['Offer', 'OFFER', 'offered'])
      assert.equal(conveyingVerb(word), conveyingVerb(word.toLowerCase()), word);
  });
});
