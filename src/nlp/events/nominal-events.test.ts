import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processInput } from '../../pipeline/pipeline.js';
import { isEventNoun } from './nominal-events.js';

/** Every sentence below is invented for these tests. */

describe('isEventNoun (first WordNet sense an act or an event)', () => {
  const cases: readonly [string, boolean][] = [
    ['fire', true],
    ['quake', true],
    ['murder', true],
    ['trial', true],
    ['heist', true],
    ['explosion', true],
    ['murders', true],
    ['table', false],
    ['police', false],
    ['minister', false],
    // a word of very many senses says little by its first one
    ['case', false],
  ];
  for (const [word, expected] of cases)
    it(`${word}: ${String(expected)}`, () => assert.equal(isEventNoun(word), expected));
});

describe('event nouns in events[]', () => {
  it('adds the event nouns the tagger left out, once each, not inside a name or as a modifier', () => {
    const doc = processInput(
      {
        source: 'test.txt',
        bytes: Buffer.from(
          'The fire destroyed a warehouse in Velmora on Sunday. The fire department said the blaze followed a heist at the Velmora Trial Company.',
        ),
      },
      { published: '2025-05-12' },
    );
    const triggers = doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
    assert.ok(triggers.includes('heist'), triggers.join(' '));
    assert.equal(triggers.filter((word) => word === 'fire').length, 1, triggers.join(' '));
    assert.ok(!triggers.includes('Trial'), triggers.join(' '));
    const starts = doc.events.map((event) => event.trigger.start);
    assert.deepEqual(
      starts,
      [...starts].sort((left, right) => left - right),
    );
  });
});

describe('event nouns as the agent of a passive verb', () => {
  it('marks the event noun of "destroyed by a fire" (obl:agent)', () => {
    const doc = processInput(
      {
        source: 'test.txt',
        bytes: Buffer.from(
          'The old mill in Dorvane was nearly destroyed by a fire early on Tuesday, officials said.',
        ),
      },
      { published: '2025-05-12' },
    );
    const triggers = doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
    assert.ok(triggers.includes('fire'), triggers.join(' '));
  });
});

describe('event nouns that open a sentence', () => {
  const cases: readonly [string, string, boolean][] = [
    // tagged a proper noun only for its capital, the subject of the sentence
    ['Arson is suspected in the blaze that gutted an old mill in Dunmore on Friday.', 'Arson', true],
    ['Riots broke out in Pellaro after the verdict was read.', 'Riots', true],
    // the parse made the first word the root: no event noun from it
    ['Replacements: Anders, Brolin, Keck, Tamsin.', 'Replacements', false],
  ];
  for (const [text, word, expected] of cases)
    it(`${word}: ${String(expected)}`, () => {
      const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published: '2025-05-12' });
      const triggers = doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
      assert.equal(triggers.includes(word), expected, triggers.join(' '));
    });
});

describe('event nouns the parse made a compound', () => {
  const cases: readonly [string, string, boolean][] = [
    // a subject misread as the verb's modifier
    [
      'Officials met on Monday. Overnight fire destroys historic Brint Dairy building in Palmdale.',
      'fire',
      true,
    ],
    // the event a time noun dates
    ['A provisional trial date has been set for the accused.', 'trial', true],
    ['The hall was badly damaged by fire Friday night.', 'fire', true],
    // before a verb that is a noun phrase's word, or one with a subject of its own: no event
    ['And while marketing speak describes the chip as a supercomputer, it is slow.', 'marketing', false],
    ['Dementieva lost in a comeback exhibition match in Velmora on Sunday.', 'exhibition', false],
    ['The hatred that some people associate with football boils over into violence.', 'football', false],
  ];
  for (const [text, word, expected] of cases)
    it(`${word}: ${String(expected)}`, () => {
      const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published: '2025-05-12' });
      const triggers = doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
      assert.equal(triggers.includes(word), expected, triggers.join(' '));
    });
});

describe('nouns that are events by the verb they fill', () => {
  const triggersOf = (text: string): string[] => {
    const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published: '2025-05-12' });
    return doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
  };
  it('marks the subject of a verb of happening and the object of one of undergoing', () => {
    const triggers = triggersOf(
      'Subscribers in Varlow experienced downtime on Monday. The cuts happened near the harbour.',
    );
    assert.ok(triggers.includes('downtime'), triggers.join(' '));
    assert.ok(triggers.includes('cuts'), triggers.join(' '));
  });
  it('marks the agent of "caused"', () => {
    const triggers = triggersOf('The delay was caused by a problem on the Drenby line, the operator said.');
    assert.ok(triggers.includes('problem'), triggers.join(' '));
  });
  it('leaves other subjects and objects alone', () => {
    const triggers = triggersOf('The engineers repaired the cable in Varlow. The cable carried traffic.');
    assert.ok(!triggers.includes('cable'), triggers.join(' '));
    assert.ok(!triggers.includes('engineers'), triggers.join(' '));
    assert.ok(!triggers.includes('traffic'), triggers.join(' '));
  });
});

describe('nouns the verb they fill does not make events', () => {
  it('leaves out the object of "caused … to rise" and pieces of hyphenated words', () => {
    const doc = processInput(
      {
        source: 'test.txt',
        bytes: Buffer.from(
          'The drought caused prices to rise in Varlow. The danger caused by drink-driving worried the council.',
        ),
      },
      { published: '2025-05-12' },
    );
    const triggers = doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
    assert.ok(!triggers.includes('prices'), triggers.join(' '));
    assert.ok(!triggers.includes('drink'), triggers.join(' '));
  });
});
