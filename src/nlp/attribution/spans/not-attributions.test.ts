import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { findReportedSpeech } from './index.js';
import { evidenceNoun, namingVerb, perceiverVerb } from './reporting-predicate.js';

/** Every sentence below is invented for these tests. */

/** The reports found in `text`, as "cue | source | content". */
function reports(text: string): string[] {
  const slice = (span: { start: number; end: number } | null): string =>
    span === null ? '-' : text.slice(span.start, span.end);
  return findReportedSpeech(text, segment(text)).map(
    (found) => `${slice(found.cue)} | ${slice(found.source)} | ${found.content.map(slice).join(' … ')}`,
  );
}

/** Deeds, perceptions and names that an attribution must not be read from. */
const none: readonly (readonly [string, string])[] = [
  [
    'evidence that nobody gives (predicate-filter.ts, `evidenceNoun`)',
    "If sales keep rising, it's a good indication that the Corvo economy is on a solid growth track.",
  ],
  [
    'the idiom "having said that" concedes a point (predicate-filter.ts, `havingSaidThat`)',
    'Having said that, the Tarnby side have yet to concede a goal in this Cup run.',
  ],
  [
    'a naming participle on the noun before it (predicate-filter.ts, `namingParticiple`)',
    'The tool, called Lumen, automatically sorts photos as they are added to a laptop.',
  ],
  [
    'an event perceived, a gerund (predicate-filter.ts, `perceivedEvent`)',
    'The new level sees Marlow having to cross the glacier on foot, living on seal meat.',
  ],
  [
    'a verb of neither speech nor thought in a relative clause has the noun for its object',
    'Without his accounts, tenants will have no way of knowing basic facts: how much money he makes, how much he pays in rates.',
  ],
  [
    'consent to a deed, with a split infinitive',
    'The Harwick fund agreed to quietly lend Mr Basso $4 million.',
  ],
  [
    'a thing asked of somebody named is no proposition',
    'The trawler skipper asked the coast guard for a tow.',
  ],
  [
    'an imperative to the reader read as a noun at the root',
    'Rest assured that your address will never be passed on to advertisers.',
  ],
  [
    'a noun before a noun is no mistagged verb (mistagged-reports.ts)',
    'UK record shops are selling an imported pressing of the single.',
  ],
  [
    'a currency that rose, by a deed verb (predicate-filter.ts, `voicelessSource`: a measure)',
    'The dollar had added 0.3% to reach a new high against the yen.',
  ],
  [
    'a currency whose rise the parse made a clause',
    'The Corvo pound had added 0.5% to break through the $1.90 level, while the euro had fallen.',
  ],
  ['holdings that rose', 'Shares in the Tarnby bank added 4% to close at a record.'],
];

/** What stays: a fact perceived as true, a request for an act with nobody named, reports. */
const found: readonly (readonly [string, string, string])[] = [
  [
    'a perceiver with a that-clause',
    'Residents saw that the gate of the depot had been forced.',
    'saw | Residents | that the gate of the depot had been forced',
  ],
  [
    'a perceiver with a finite clause',
    'Mr Aldous saw she was exhausted after the climb.',
    'saw | Mr Aldous | she was exhausted after the climb',
  ],
  [
    'a call for an act, addressed to nobody',
    'The ferry union called for an inquiry into the sinking.',
    'called for | The ferry union | an inquiry into the sinking',
  ],
  [
    'a verb after its content, read as a relative clause',
    'Donations to county charities hit nearly $1.1 billion through the end of August, a Ledger analysis of newly filed tax reports shows.',
    'shows | a Ledger analysis of newly filed tax reports | Donations to county charities hit nearly $1.1 billion through the end of August',
  ],
  [
    'a name before its verb stays the source',
    'FactWatch Executive Director Elin Moss responded that the website rates so many Labour claims as false because they lack context.',
    'responded | FactWatch Executive Director Elin Moss | that the website rates so many Labour claims as false because they lack context',
  ],
  [
    'a participle with "that" opening its clause still reports',
    'Having said that the Tarnby side would win, the coach left early.',
    'Having said | - | that the Tarnby side would win, the coach left early',
  ],
  [
    'a verb of naming with its subject before it, and a particle after it, reports',
    'The Orsa mayor on Monday called on the council to resign.',
    'called on | The Orsa mayor | the council to resign',
  ],
  [
    'a message WordNet knows only as a sound still quotes (not read as what happened)',
    'An early tweet quoted the Orsa mayor as saying "the ferry will run on Sundays."',
    'quoted | An early tweet | the Orsa mayor as saying "the ferry will run on Sundays."',
  ],
  [
    'a sum with a verb of showing cites a document, as a poll does',
    'The Orsa budget showed that spending on roads had risen.',
    'showed | The Orsa budget | that spending on roads had risen',
  ],
  [
    'a count of people that adds words',
    'Thousands of residents added that the ferry had never run on time.',
    'added | Thousands of residents | that the ferry had never run on time',
  ],
  [
    'a fund speaks: one of its senses is a group',
    'The Corvo pension fund added that it would sell the stake.',
    'added | The Corvo pension fund | that it would sell the stake',
  ],
  [
    'a plural noun before a mistagged verb',
    'Prosecutors claim losses were hidden from the auditors.',
    'claim | Prosecutors | losses were hidden from the auditors',
  ],
];

describe('no invented attributions: deeds, perceptions and requests for things', () => {
  for (const [name, text] of none)
    it(`not: ${name}`, () => {
      assert.deepEqual(reports(text), []);
    });
  for (const [name, text, expected] of found)
    it(name, () => {
      assert.ok(reports(text).includes(expected), reports(text).join('\n'));
    });
});

describe('evidenceNoun', () => {
  it('what points to a fact, not a message', () => {
    for (const word of ['indication', 'indications', 'sign', 'evidence', 'proof', 'symptom'])
      assert.equal(evidenceNoun(word), true, word);
    for (const word of ['report', 'claim', 'warning', 'suggestion', 'statement', 'signal'])
      assert.equal(evidenceNoun(word), false, word);
  });
});

describe('namingVerb', () => {
  it('a verb that gives a name, not one that describes or says', () => {
    for (const word of ['call', 'called', 'dubbed', 'termed', 'named'])
      assert.equal(namingVerb(word), true, word);
    for (const word of ['label', 'describe', 'say', 'brand']) assert.equal(namingVerb(word), false, word);
  });
});

describe('perceiverVerb', () => {
  it('a perceiver who sees or hears somebody, not a poll that shows', () => {
    for (const word of ['see', 'hear', 'watched', 'notices', 'spot'])
      assert.equal(perceiverVerb(word), true, word);
    for (const word of ['show', 'say', 'feel', 'find', 'witness'])
      assert.equal(perceiverVerb(word), false, word);
  });
});
