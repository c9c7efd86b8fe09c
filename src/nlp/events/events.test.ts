import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc, Event } from '../../model/index.js';
import { findInvariantViolations } from '../../pipeline/invariants.js';
import { processInput } from '../../pipeline/pipeline.js';
import { domainTypeOf } from './domain-types.js';
import { lemmaOf, synset, synsetsOf } from './wordnet.js';

/** Every sentence below is invented for these tests. */

describe('lemmaOf', () => {
  const cases: readonly [string, 'verb' | 'noun', string | null][] = [
    ['detained', 'verb', 'detain'],
    ['gunned', 'verb', 'gun'],
    ['charged', 'verb', 'charge'],
    ['held', 'verb', 'hold'],
    ['remanding', 'verb', 'remand'],
    ['arrests', 'noun', 'arrest'],
    ['qwzxv', 'verb', null],
  ];
  for (const [word, pos, expected] of cases)
    it(`${word} → ${String(expected)}`, () => assert.equal(lemmaOf(word, pos), expected));
});

describe('synset', () => {
  it('reads a synset once and hands out the same one again', () => {
    const offset = synsetsOf('harvest', 'verb')[0]!;
    const first = synset(offset, 'verb');
    assert.ok(first.words.includes('harvest'));
    assert.equal(synset(offset, 'verb'), first);
  });
});

describe('domainTypeOf (WordNet seeds and their hyponyms)', () => {
  const cases: readonly [string, 'verb' | 'noun', string | null][] = [
    ['arrest', 'verb', 'arrest'],
    ['arrest', 'noun', 'arrest'],
    ['detain', 'verb', 'detention'],
    ['gun_down', 'verb', 'attack'],
    ['strangle', 'verb', 'killing'],
    ['indict', 'verb', 'charge'],
    ['resign', 'verb', 'resignation'],
    ['election', 'noun', 'election'],
    ['turn', 'verb', null],
    ['say', 'verb', null],
  ];
  for (const [lemma, pos, expected] of cases)
    it(`${lemma} (${pos}) → ${String(expected)}`, () => assert.equal(domainTypeOf(lemma, pos), expected));
});

function run(text: string, published = '2025-06-11'): Doc {
  const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published });
  assert.deepEqual(findInvariantViolations(doc), []);
  return doc;
}

function typed(doc: Doc, type: string): Event {
  const event = doc.events.find((candidate) => candidate.type === type);
  assert.ok(
    event,
    `no ${type} event in ${JSON.stringify(doc.events.map((e) => [e.type, doc.text.slice(e.trigger.start, e.trigger.end)]))}`,
  );
  return event;
}

function roles(doc: Doc, event: Event): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const argument of event.arguments) (result[argument.role] ??= []).push(argument.text ?? '');
  return result;
}

describe('findEvents through the pipeline', () => {
  it('types a passive detention with its patient, place, time and count', () => {
    const doc = run('Three suspects were detained in the Kaluga region on Monday after a week on the run.');
    const event = typed(doc, 'detention');
    assert.equal(doc.text.slice(event.trigger.start, event.trigger.end), 'detained');
    assert.deepEqual(roles(doc, event).patient, ['Three suspects']);
    assert.equal(event.time?.value, '2025-06-09');
    assert.deepEqual(event.quantity, { detained: { exact: 3 } });
  });

  it('keeps a phrasal verb as the trigger and a minimum as a minimum', () => {
    const doc = run('Gunmen gunned down at least 12 people at a market on Saturday night.');
    const event = typed(doc, 'attack');
    assert.equal(doc.text.slice(event.trigger.start, event.trigger.end), 'gunned down');
    assert.deepEqual(event.quantity, { killed: { min: 12 } });
    assert.equal(event.time?.value, '2025-06-07TNI');
  });

  it('counts people named by any WordNet person noun, not other things', () => {
    const cases: readonly [string, string, unknown][] = [
      [
        'A ferry operator said 9 crew members were killed in the storm attack.',
        'attack',
        { killed: { exact: 9 } },
      ],
      ['Rescuers said 4 miners were injured in the blast.', 'injury', { injured: { exact: 4 } }],
      ['Officials said 3 trucks were destroyed in the attack.', 'attack', undefined],
      // the figure counts the subject of the verb the event noun hangs on, not another noun's modifier
      ['Five villagers died in the attack on the ridge.', 'attack', { killed: { exact: 5 } }],
      ['The firm said the records of 40,000 clients had been copied in the attack.', 'attack', undefined],
    ];
    for (const [text, type, quantity] of cases) {
      const event = run(text).events.find(
        (candidate) => candidate.type === type && candidate.quantity !== undefined,
      );
      assert.deepEqual(event?.quantity, quantity, text);
    }
  });

  it('reads a remand with its end date, a negated charge and a modal', () => {
    const doc = run(
      'The two men have been remanded in custody until July 3. Their driver has not been charged. He could face prison.',
    );
    const remand = typed(doc, 'remand');
    assert.equal(remand.arguments.find((argument) => argument.role === 'until')?.text, '2025-07-03');
    const charge = typed(doc, 'charge');
    assert.equal(charge.polarity, 'neg');
  });

  it('reads agent and patient from the parse: a passive with its by-agent, listed people', () => {
    const passive = run('Two men were arrested by border guards near the river on Sunday.');
    const arrest = roles(passive, typed(passive, 'arrest'));
    assert.deepEqual(arrest.patient, ['Two men']);
    assert.deepEqual(arrest.agent, ['border guards']);
    const listed = run('Prosecutors charged Maria Lenz and Peter Dahl with fraud on Friday.');
    const charge = roles(listed, typed(listed, 'charge'));
    assert.deepEqual(charge.agent, ['Prosecutors']);
    assert.deepEqual(charge.patient, ['Maria Lenz', 'Peter Dahl']);
  });

  it('reads a border closure with the border as its place', () => {
    const doc = run('The president said he closed the border with Moldova after the riots.');
    const event = typed(doc, 'border_closure');
    assert.deepEqual(roles(doc, event).place, ['the border with Moldova']);
  });

  it('gives a class to every event and numbers them in text order', () => {
    const doc = run('The minister resigned on Friday, officials said.');
    assert.ok(doc.events.length >= 2);
    doc.events.forEach((event, index) => assert.equal(event.id, `v${index + 1}`));
    assert.ok(doc.events.some((event) => event.class === 'REPORTING'));
    typed(doc, 'resignation');
  });

  it('finds no domain event in a sentence about none', () => {
    const doc = run('The weather was mild and the shops were busy.');
    assert.deepEqual(
      doc.events.filter((event) => event.type !== null),
      [],
    );
  });
});

describe('a participle of result after a comma', () => {
  it('types "crashed, killing 41 people" as a killing, not an injury seen in progress', () => {
    const doc = run('A cargo plane crashed near the coast on Sunday, killing 17 people, officials said.');
    const killing = typed(doc, 'killing');
    assert.equal(doc.text.slice(killing.trigger.start, killing.trigger.end), 'killing');
    assert.equal(
      doc.events.some((event) => event.type === 'injury'),
      false,
    );
  });
});
