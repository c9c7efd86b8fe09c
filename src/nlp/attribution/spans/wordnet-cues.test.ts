import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { addWordNetCues } from './wordnet-cues.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'a communication verb with a subject and a that-clause',
    'The senator conceded that the bill had stalled.',
    ['conceded | The senator | the bill had stalled'],
  ],
  [
    'a clause without "that"',
    'Two aides said the talks were fragile.',
    ['said | Two aides | the talks were fragile'],
  ],
  ['a thought, not speech', 'The mayor hoped that the bridge was safe.', []],
  ['an infinitive under a refusal', 'She declined to reveal who was involved.', []],
  [
    'a noun phrase object: a report as PolNeAR marks it (the predicate filter wants a clause)',
    'The senator conceded the point.',
    ['conceded | The senator | the point'],
  ],
  [
    'a belief of a person, with the adverbs and auxiliaries before the verb',
    'The senator has long believed that the bill would stall.',
    ['has long believed | The senator | the bill would stall'],
  ],
  ['a belief needs a person as its subject', 'The report believed that the bill would stall.', []],
  [
    'a speech-act noun (admission ← admit) before a that-clause, in a fronted phrase',
    'In a rare admission that the orchard had failed, the growers sold their land.',
    ['admission | - | the orchard had failed'],
  ],
  [
    'a speech-act noun with its possessor as the source',
    "The ranger's warning that the trail was closed reached few hikers.",
    ['warning | The ranger | the trail was closed reached few hikers'],
  ],
  [
    'a speech-act noun under a preposition',
    'Ticket sales fell after rumours that the tenor was unwell.',
    ['rumours | - | the tenor was unwell'],
  ],
  ['a fact is no speech act', 'The fact that the orchard had failed surprised nobody.', []],
  ['news names no act of speech in WordNet', 'The news that the orchard had failed spread.', []],
  ['a relative clause on the noun', 'The report that the clerk filed was short.', []],
  ['a negated noun', 'There was no indication that the ferry had sunk.', []],
  [
    'the clause completes the verb, not the noun',
    "The growers learned from the auditors' statements that the orchard had failed.",
    [],
  ],
  [
    'a communication verb with a noun phrase as its object',
    'The council had mentioned the proposal for a toll bridge.',
    ['had mentioned | The council | the proposal for a toll bridge'],
  ],
  ['a negated verb with an object', 'The council did not mention the proposal.', []],
  ['a verb whose first sense is no speech', 'The ferry faced heavy seas near the cape.', []],
];

describe('addWordNetCues', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      const found = addWordNetCues(text, segment(text), []).map((candidate) =>
        [candidate.cue, candidate.source, candidate.content[0] ?? null]
          .map((span) => (span === null ? '-' : text.slice(span.start, span.end)))
          .join(' | '),
      );
      assert.deepEqual(found, expected);
    });
});
