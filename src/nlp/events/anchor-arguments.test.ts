import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc, Event } from '../../model/index.js';
import { processInput } from '../../pipeline/pipeline.js';
import { domainSenseOf, domainTypeOf } from './domain-types.js';
import { baseForm, senseStands } from './senses.js';

/** Every sentence below is invented for these tests. */

function run(text: string, published = '2025-06-11'): Doc {
  return processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published });
}

function slice(doc: Doc, span: { start: number; end: number }): string {
  return doc.text.slice(span.start, span.end);
}

function eventsOf(doc: Doc, type: string): Event[] {
  return doc.events.filter((event) => event.type === type);
}

function who(doc: Doc, event: Event, role: string): string[] {
  return event.arguments.filter((argument) => argument.role === role).map((argument) => argument.text ?? '');
}

function words(sentence: string): Set<string> {
  return new Set(
    sentence
      .split(/\W+/)
      .filter((word) => word.length > 2)
      .map(baseForm),
  );
}

describe('domain senses (WordNet)', () => {
  it('a synonym is typed only in one of its two most frequent senses ("hit" murders only in its eleventh)', () => {
    assert.equal(domainTypeOf('hit', 'verb'), null);
    assert.equal(domainTypeOf('murder', 'verb'), 'killing');
  });

  const cases: readonly [string, string, boolean][] = [
    ['strike', 'The dock workers began a strike over low pay and conditions at work.', false],
    ['strike', 'The union said the strike would close the port.', false],
    ['attempt', 'The board made an attempt to settle the dispute.', false],
  ];
  for (const [lemma, sentence, expected] of cases)
    it(`${lemma} in "${sentence}" → ${expected ? 'domain sense' : 'most frequent sense'}`, () => {
      const sense = domainSenseOf(lemma, 'noun');
      assert.ok(sense);
      assert.equal(senseStands(lemma, 'noun', sense.offset, words(sentence)), expected);
    });

  it('keeps a domain sense that is the most frequent one', () => {
    const sense = domainSenseOf('arrest', 'noun');
    assert.ok(sense);
    assert.equal(senseStands('arrest', 'noun', sense.offset, new Set()), true);
  });

  it('gathers the sentence words only when the senses are weighed', () => {
    let asked = 0;
    const lazy = (sentence: string) => (): ReadonlySet<string> => {
      asked += 1;
      return words(sentence);
    };
    const arrest = domainSenseOf('arrest', 'noun');
    assert.ok(arrest);
    assert.equal(senseStands('arrest', 'noun', arrest.offset, lazy('Nothing here.')), true);
    assert.equal(asked, 0);
    const strike = domainSenseOf('strike', 'noun');
    assert.ok(strike);
    const sentence = 'The dock workers began a strike over low pay and conditions at work.';
    assert.equal(
      senseStands('strike', 'noun', strike.offset, lazy(sentence)),
      senseStands('strike', 'noun', strike.offset, words(sentence)),
    );
    assert.equal(asked, 1);
  });
});

describe('event types from the sense and the arguments', () => {
  const none: readonly [string, string][] = [
    [
      'Dock workers at Halvik walked out on Monday and the strike closed the harbour, the union said.',
      'attack',
    ],
    ['The board made one more attempt to settle the dispute with the pilots.', 'attack'],
    ['A minister was hit by a custard pie at the rally in Brenmouth.', 'killing'],
    ['Video footage released by the ministry showed the flooded streets.', 'release'],
    ['Two brothers from Kessel have been charged with terrorism.', 'attack'],
    ['The retailer said its profits met the estimates of the analysts.', 'meeting'],
  ];
  for (const [text, type] of none)
    it(`no ${type} in "${text}"`, () => assert.deepEqual(eventsOf(run(text), type), []));
});

describe('event modality', () => {
  it('a conditional is not a fact ("if convicted")', () => {
    const doc = run('Ms Varn said the trader would lose his licence if he was convicted of fraud.');
    const [conviction] = eventsOf(doc, 'conviction');
    assert.ok(conviction);
    assert.equal(conviction.modality, 'if');
  });
});

describe('event arguments from the parse', () => {
  it('a verb sharing a subject takes it in its own voice ("were backed by X and tried to escape")', () => {
    const doc = run(
      'Officials claimed that the gunmen were backed by a militia and tried to escape across the river.',
    );
    const [escape] = eventsOf(doc, 'travel');
    assert.ok(escape);
    assert.deepEqual(who(doc, escape, 'agent'), ['the gunmen']);
  });

  it('a marker the parser hung on the subject is not part of it', () => {
    const doc = run(
      'His remarks came as Norvish police arrested a ninth man in connection with the bombing.',
    );
    const [arrest] = eventsOf(doc, 'arrest');
    assert.ok(arrest);
    for (const text of [...who(doc, arrest, 'agent'), ...who(doc, arrest, 'patient')])
      assert.doesNotMatch(text, /^as\b/);
  });

  it('an age after a name is no count', () => {
    const doc = run(
      'Tomas Brask, 41; Ada Lindqvist, 36; and Omar Fellner, 19 have been remanded in custody until June 30.',
    );
    const [remand] = eventsOf(doc, 'remand');
    assert.ok(remand);
    assert.equal(remand.quantity, undefined);
  });

  it('a conjunct with no subject of its own shares the one of the verb before it', () => {
    const doc = run(
      'A party spokesman said Mr Holt was arrested after a speech he gave in Tarnby, Westshire, and was released on police bail.',
    );
    const [release] = eventsOf(doc, 'release');
    assert.ok(release);
    assert.deepEqual(who(doc, release, 'patient'), ['Mr Holt']);
  });

  it('a noun described by a copula is the subject ("X is the fifth man to be arrested")', () => {
    const doc = run('Mr Dorran is the fifth man to be arrested since the fire at the depot.');
    const [arrest] = eventsOf(doc, 'arrest');
    assert.ok(arrest);
    assert.deepEqual(who(doc, arrest, 'patient'), ['Mr Dorran']);
  });

  it('an active infinitive does not take the noun it modifies ("the need to detain them")', () => {
    const doc = run('Ms Pryce said the authorities felt the need to detain them.');
    const [detention] = eventsOf(doc, 'detention');
    assert.ok(detention);
    assert.ok(!who(doc, detention, 'patient').includes('the need'));
  });

  it('no place from a phrase of another clause ("which was the worst in X")', () => {
    const doc = run(
      'The Red Hand group claimed responsibility for the bombing, which was the deadliest in Norland for a decade.',
    );
    const [claim] = eventsOf(doc, 'claim_of_responsibility');
    assert.ok(claim);
    assert.deepEqual(who(doc, claim, 'place'), []);
  });

  it('an event noun under "no" is denied ("no warrant for their arrest")', () => {
    const doc = run('The lawyers said there was no warrant for their arrest.');
    const [arrest] = eventsOf(doc, 'arrest');
    assert.ok(arrest);
    assert.equal(arrest.polarity, 'neg');
  });
});

describe('event anchoring', () => {
  it('a time attached to another clause does not date the event', () => {
    const doc = run(
      'The arrests came as new details emerged of the gang members’ movements before Sunday night.',
    );
    const [arrest] = eventsOf(doc, 'arrest');
    assert.ok(arrest);
    assert.notEqual(arrest.time?.relation, 'before');
  });

  it('a definite noun takes the time of the event it refers back to', () => {
    const doc = run(
      'Gunmen gunned down nine people at a bus station in Dornville on Friday night.\n\nOn Monday, the interior minister said the attack had been planned abroad.',
    );
    const attacks = eventsOf(doc, 'attack');
    assert.ok(attacks.length >= 2);
    for (const attack of attacks)
      assert.equal(attack.time?.value, '2025-06-06TNI', slice(doc, attack.trigger));
  });

  it('a time of the verb that reports the event dates it from before', () => {
    const doc = run('On Monday evening, the mayor said that police had arrested two men in the old town.');
    const [arrest] = eventsOf(doc, 'arrest');
    assert.ok(arrest);
    assert.deepEqual([arrest.time?.value, arrest.time?.relation], ['2025-06-09TEV', 'before']);
  });

  it('a temporal clause dates the main event ("arrested when they landed on Tuesday")', () => {
    const doc = run('The four men were arrested when they landed at Delford airport on Tuesday.');
    const [arrest] = eventsOf(doc, 'arrest');
    assert.ok(arrest);
    assert.equal(arrest.time?.value, '2025-06-10');
  });

  it('a date of the paragraph carries over only to an event with a shared participant or of the same kind', () => {
    const doc = run(
      'Two men were detained in May on suspicion of arson. A teacher from Holm was arrested after a protest in the town.',
    );
    const [arrest] = eventsOf(doc, 'arrest');
    assert.ok(arrest);
    assert.equal(arrest.time, undefined);
  });

  it('a time next to the trigger with no verb between dates it, and "of" people makes "shooting" a killing', () => {
    const doc = run(
      'The report listed the shooting of two farmers near Olst in May 2021 among its findings.',
    );
    const [killing] = eventsOf(doc, 'killing');
    assert.ok(killing);
    assert.equal(killing.time?.value, '2021-05');
  });

  it('the perfect is not dated by the sentence before', () => {
    const doc = run(
      'In July, a television documentary showed the men at a rally. Nine men have been arrested and freed on bail.',
    );
    for (const event of [...eventsOf(doc, 'arrest'), ...eventsOf(doc, 'release')])
      assert.equal(event.time, undefined, slice(doc, event.trigger));
  });
});

describe('killings seen in progress', () => {
  // [text, trigger, type expected]
  const cases: readonly [string, string, string][] = [
    ['A video released on Sunday showed guards strangling one of the prisoners.', 'strangling', 'injury'],
    ['Witnesses saw the rebels murdering two farmers near the bridge.', 'murdering', 'injury'],
    ['The rebels murdered two farmers near the bridge on Sunday.', 'murdered', 'killing'],
  ];
  for (const [text, trigger, expected] of cases)
    it(`"${trigger}" in "${text}" → ${expected}`, () => {
      const doc = run(text);
      const event = doc.events.find((candidate) => slice(doc, candidate.trigger).startsWith(trigger));
      assert.equal(event?.type, expected);
    });
});

describe('the steps of a prosecution dated by the hearing or the arrest', () => {
  // published Wednesday 2025-06-11; [text, trigger, time value, relation]
  const cases: readonly [string, string, string, string][] = [
    [
      'Two dockers have been remanded in custody until July 2. They appeared in court on Monday.',
      'remanded',
      '2025-06-09',
      'at',
    ],
    [
      'Police arrested three farmers on Saturday near the mill. Two brothers have been charged with arson.',
      'charged',
      '2025-06-07',
      'after',
    ],
  ];
  for (const [text, trigger, value, relation] of cases)
    it(`"${trigger}" in "${text}" → ${relation} ${value}`, () => {
      const doc = run(text);
      const event = doc.events.find((candidate) => slice(doc, candidate.trigger).startsWith(trigger));
      assert.equal(event?.time?.value, value);
      assert.equal(event?.time?.relation, relation);
    });

  it('leaves a charge undated when no arrest or hearing is told next to it', () => {
    const doc = run(
      'The harbour reopened on Monday. Later, in a long statement, the mayor spoke of the tides. Two brothers have been charged with arson.',
    );
    const event = doc.events.find((candidate) => slice(doc, candidate.trigger) === 'charged');
    assert.equal(event?.time, undefined);
  });
});
