import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { feelingAdjective } from './attitude-reports.js';
import { wordingVerb } from './document-wording.js';
import { titleBeforeVerb } from './predicate-filter.js';
import { emotionClauseVerb } from './reporting-predicate.js';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const found: readonly (readonly [string, string, string])[] = [
  [
    'a body whose name holds a noun of state ("health") speaks (the parse split its subject)',
    'The Harbour region health ministry said 12 people were hurt in the fire.',
    'said | The Harbour region health ministry | 12 people were hurt in the fire',
  ],
  [
    'a refusal to answer a question (the stance decline)',
    'The harbour master declined to say whether the pier would reopen.',
    'declined to say | The harbour master | whether the pier would reopen',
  ],
  [
    'an attitude verb with a clause (attitude-reports.ts)',
    'The villagers fear that the dam will burst before spring.',
    'fear | The villagers | that the dam will burst before spring',
  ],
  [
    'an attitude verb tagged as a noun after a name',
    'The OECD fears that 2 million farmers could lose their land.',
    'fears | The OECD | that 2 million farmers could lose their land',
  ],
  [
    'a progressive attitude',
    'Traders had been hoping that a weaker pound would lift exports.',
    'had been hoping | Traders | that a weaker pound would lift exports',
  ],
  [
    'a feeling adjective with a clause',
    'Mr Ortega is worried that the ferry service may end.',
    'is worried | Mr Ortega | that the ferry service may end',
  ],
  [
    'a participle whose noun is a feeling',
    'Ms Varga, the local councillor, is concerned that the library is closing.',
    'is concerned | Ms Varga, the local councillor, | that the library is closing',
  ],
  [
    'a verb the tagger read as a noun, before its clause (mistagged-reports.ts)',
    "The council's appeal states the inspector was wrong when he rejected the plan.",
    "states | The council's appeal | the inspector was wrong when he rejected the plan",
  ],
  [
    'a mistagged verb after its fronted clause',
    'Ticket sales fell by a tenth in March, new figures show.',
    'show | new figures | Ticket sales fell by a tenth in March',
  ],
  [
    'a document giving its wording (document-wording.ts)',
    'The e-mail reads: "Your parcel will be returned unless you pay the fee."',
    'reads: | The e-mail | "Your parcel will be returned unless you pay the fee."',
  ],
  [
    'a lone title as a headline source',
    'Mayor says the ferry will run again in May.',
    'says | Mayor | the ferry will run again in May',
  ],
  [
    'a lone title with a noun phrase reported',
    'Minister confirms budget cut.',
    'confirms | Minister | budget cut',
  ],
  [
    'a warning of a noun phrase (PolNeAR marks "warned of" the cue)',
    'Doctors in Pelham have warned of a shortage of nurses this winter.',
    'have warned of | Doctors in Pelham | a shortage of nurses this winter',
  ],
  [
    'a warning of a noun phrase, progressive, ended at the comma',
    'The fishermen are warning of empty nets, as they did last year.',
    'are warning of | The fishermen | empty nets',
  ],
  ['a headline warning with a lone title', 'Minister warns of delays.', 'warns of | Minister | delays'],
  [
    'a participle opener whose lemma the learned edit spoilt ("conced"): WordNet gives "concede"',
    'Conceding that the deal was late, the minister warned that it would cost more.',
    'Conceding | the minister | the deal was late',
  ],
];

const none: readonly (readonly [string, string])[] = [
  ['a plan is no attitude', 'The family hopes to buy the farm next year.'],
  ['a result clause is no attitude', 'He was so angry that he left the room.'],
  ['a negated attitude', 'The mayor does not fear that the bridge will fall.'],
  [
    'a past perfect hope the story has overtaken',
    'The families had hoped the apology would be made during the Wednesday session.',
  ],
  ['a thing cannot fear', 'The move raised fears that prices would rise.'],
  ['a noun of fear before its verb', 'Investor fears that rates would rise hit shares on Monday.'],
  ['a noun after a preposition is no subject', 'The figure is in line with Treasury forecasts.'],
  ['an honorific before a surname the tagger took for a verb', 'Mr Read spoke first.'],
  ['a warning as a noun', 'The warning of the storm came late.'],
  ['a warned listener', 'The crew was warned of the storm.'],
];

describe('reports the filter used to miss: attitudes, mistagged verbs, documents', () => {
  for (const [name, text, expected] of found)
    it(name, () => {
      assert.ok(reports(text).includes(expected), reports(text).join('\n'));
    });
  for (const [name, text] of none)
    it(`not: ${name}`, () => {
      assert.deepEqual(reports(text), []);
    });
});

describe('the WordNet tests behind them', () => {
  it('emotionClauseVerb: attitudes to a clause, not wishes for a deed', () => {
    for (const word of ['fear', 'hope', 'worry', 'resent']) assert.equal(emotionClauseVerb(word), true, word);
    for (const word of ['want', 'love', 'say', 'plan']) assert.equal(emotionClauseVerb(word), false, word);
  });
  it('feelingAdjective: feelings, not qualities', () => {
    for (const word of ['worried', 'hopeful', 'confident', 'afraid', 'concerned', 'optimistic'])
      assert.equal(feelingAdjective(word), true, word);
    for (const word of ['clear', 'likely', 'right', 'aware'])
      assert.equal(feelingAdjective(word), false, word);
  });
  it('wordingVerb: "read" shares a sense with "say"; "know" only one of thought', () => {
    assert.equal(wordingVerb('read'), true);
    assert.equal(wordingVerb('know'), false);
  });
  it('titleBeforeVerb: a title then a verb in small letters, not an honorific before a surname', () => {
    const at = (text: string, source: string, cue: string): boolean => {
      const start = text.indexOf(source);
      const cueStart = text.indexOf(cue, start + source.length);
      return titleBeforeVerb(
        text,
        segment(text),
        { start, end: start + source.length },
        { start: cueStart, end: cueStart + cue.length },
      );
    };
    assert.equal(at('Mayor confirms budget cut.', 'Mayor', 'confirms'), true);
    assert.equal(at('Mr Read said the plan was dead.', 'Mr', 'Read'), false);
    assert.equal(at('Minister Tarn said the plan was dead.', 'Minister', 'Tarn'), false);
    assert.equal(at('Mrs says little.', 'Mrs', 'says'), false);
  });
});
