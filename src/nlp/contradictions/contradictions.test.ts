import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../model/index.js';
import {
  ANY_PARTY,
  SOME_PARTY,
  nearUpperFigure,
  rejectedFigure,
  timesDisagree,
  unknownSubjectJoins,
  type ClaimView,
} from './claim-view.js';
import { compareClaims, figuresDisagree } from './compare-claims.js';
import { claimView, runArticle } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const view = claimView;

describe('compareClaims', () => {
  const other = { key: 'c2', attribution: 'a2', speaker: 'e2', order: 1 };
  const cases: readonly [string, Partial<ClaimView>, Partial<ClaimView>, string | null][] = [
    ['blames / not the same party', {}, { ...other, polarity: 'neg' }, 'contradicts'],
    ['blames / rejects the allegation', {}, { ...other, polarity: 'neg', denial: true }, 'denies'],
    ['blames two different parties: no conflict', {}, { ...other, values: ['e8'] }, null],
    ['one speaker twice: no conflict', {}, { ...other, speaker: 'e1', polarity: 'neg' }, null],
    ['other topic: no conflict', {}, { ...other, topic: 'u', polarity: 'neg' }, null],
    [
      'fled to two places',
      { frame: 'destination', values: ['e3'] },
      { ...other, frame: 'destination', values: ['e4'] },
      'disputes_value',
    ],
    [
      'fled to the same place',
      { frame: 'destination', values: ['e3'] },
      { ...other, frame: 'destination', values: ['e3'] },
      null,
    ],
    [
      '12 dead / 30 dead the same day',
      { frame: 'count', values: [], quantity: { exact: 12 } },
      { ...other, frame: 'count', values: [], quantity: { exact: 30 } },
      'disputes_value',
    ],
    [
      'a rising toll reported the next day is an update',
      { frame: 'count', values: [], quantity: { exact: 8 } },
      { ...other, frame: 'count', values: [], quantity: { exact: 15 }, time: '2025-05-13' },
      null,
    ],
    [
      'a higher figure said on the day of an earlier article, in a later one, is an update',
      { frame: 'count', values: [], quantity: { exact: 2 }, time: '2025-05-12', published: '2025-05-12' },
      {
        ...other,
        frame: 'count',
        values: [],
        quantity: { exact: 3 },
        time: '2025-05-12',
        published: '2025-05-13',
      },
      null,
    ],
    [
      'a lower figure said on the day of an earlier article, in a later one, is disputed',
      { frame: 'count', values: [], quantity: { exact: 9 }, time: '2025-05-12', published: '2025-05-12' },
      {
        ...other,
        frame: 'count',
        values: [],
        quantity: { exact: 3 },
        time: '2025-05-12',
        published: '2025-05-13',
      },
      'disputes_value',
    ],
    [
      'at least 40 / at least 35',
      { frame: 'count', values: [], quantity: { min: 40 } },
      { ...other, frame: 'count', values: [], quantity: { min: 35 } },
      null,
    ],
    [
      'a proposition negated with no doer / a party said to have done it',
      { frame: 'proposition', values: ['e5'] },
      { ...other, frame: 'proposition', polarity: 'neg', values: [ANY_PARTY], denial: true },
      'denies',
    ],
    [
      'asserted with no doer / a party said not to have done it: no conflict',
      { frame: 'proposition', values: [SOME_PARTY] },
      { ...other, frame: 'proposition', polarity: 'neg', values: ['e5'] },
      null,
    ],
    [
      'the no-doer value is for plain propositions only',
      { values: ['e5'] },
      { ...other, polarity: 'neg', values: [ANY_PARTY] },
      null,
    ],
  ];
  for (const [name, left, right, expected] of cases)
    it(name, () => assert.equal(compareClaims(view(left), view(right)), expected));
});

describe('unknownSubjectJoins: a question with no known doer joins the one asked with a doer', () => {
  it('joins when exactly one topic of the same predicate and object names its subject', () => {
    assert.deepEqual(
      [
        ...unknownSubjectJoins([
          'rig(?, the ballot)',
          'rig(the mayor, the ballot)',
          'close(?, the bridge)',
          'close(the army, the bridge)',
          'close(the police, the bridge)',
          'flood(?, ?)',
          'flood(the river, ?)',
        ]),
      ],
      [['rig(?, the ballot)', 'rig(the mayor, the ballot)']],
    );
  });

  it('joins a deed with neither party named ("no spoilage occurred") to the one passive of it', () => {
    assert.deepEqual(
      [...unknownSubjectJoins(['spoil(?, ?)', 'spoil(?, the grain)', 'spoil(the heat, ?)'])],
      [['spoil(?, ?)', 'spoil(?, the grain)']],
    );
    assert.deepEqual(
      [...unknownSubjectJoins(['spoil(?, ?)', 'spoil(?, the grain)', 'spoil(?, the milk)'])],
      [],
    );
  });
});

describe('figuresDisagree', () => {
  const cases: readonly [
    string,
    Parameters<typeof figuresDisagree>[0],
    Parameters<typeof figuresDisagree>[1],
    boolean,
  ][] = [
    ['12 / 30', { exact: 12 }, { exact: 30 }, true],
    ['at least 12 / 30', { min: 12 }, { exact: 30 }, false],
    ['at least 40 / 9', { min: 40 }, { exact: 9 }, true],
    ['143 / 139', { exact: 143 }, { exact: 139 }, true],
    ['at most 10 / 12', { max: 10 }, { exact: 12 }, true],
  ];
  for (const [name, left, right, expected] of cases)
    it(name, () => assert.equal(figuresDisagree(left, right), expected));
});

const run = (text: string, published?: string): Doc => runArticle(text, published);

describe('findContradictions in one article', () => {
  const story = 'Gunmen attacked the central market in Velmora on Sunday.\n\n';

  it('disputes a count told later that is smaller, not one that grows (claims41)', () => {
    const fell = run(
      'About 1.2 million households lost power, the operator, Lena Harrow, said on Monday. ' +
        'About 450,000 households lost power, the minister, Piet Vanner, said on Thursday.',
      '2025-05-16',
    );
    assert.deepEqual(
      fell.contradictions.map((contradiction) => [contradiction.kind, contradiction.topic]),
      [['disputes_value', 'how many household: lose']],
    );
    const grew = run(
      'About 450,000 households lost power, the operator, Lena Harrow, said on Monday. ' +
        'About 1.2 million households lost power, the minister, Piet Vanner, said on Thursday.',
      '2025-05-16',
    );
    assert.deepEqual(grew.contradictions, []);
  });

  it('reads officers as the police they belong to (claims41)', () => {
    const doc = run(
      'A lawyer for the family, Rhea Sand, said police had opened an investigation into the complaint. ' +
        'A police spokeswoman, Inga Molde, said officers had not opened any investigation.',
    );
    assert.deepEqual(
      doc.contradictions.map((contradiction) => contradiction.kind),
      ['contradicts'],
    );
  });

  it('compares the reasons two sources give for one thing stopping, in other words (claims41)', () => {
    const halted = run(
      'The regulator, Nadia Vell, said the tests had been halted because of safety concerns. ' +
        'The company chairman, Piet Arno, said the tests had been stopped because of a packaging fault.',
    );
    assert.deepEqual(
      halted.contradictions.map((contradiction) => [contradiction.kind, contradiction.topic]),
      [['disputes_value', 'what caused the halt of the test']],
    );
    const shutdown = run(
      'The director, Ilya Marten, said the shutdown had been caused by a faulty valve. ' +
        'The engineer Tomas Rell said the turbine had shut down because of an error in the software.',
    );
    assert.deepEqual(
      shutdown.contradictions.map((contradiction) => contradiction.topic),
      ['what caused the shutdown of the turbine'],
    );
    // one account told twice in other words: no conflict
    const same = run(
      'The regulator, Nadia Vell, said the tests had been halted because of a packaging fault. ' +
        'The company chairman, Piet Arno, said the tests had been stopped because of a fault in the packaging.',
    );
    assert.deepEqual(same.contradictions, []);
  });

  it('finds a denial, values that differ and a disputed toll, each with its sides', () => {
    const doc = run(
      `${story}The ministry said the Red Hand movement was behind the attack. The Red Hand movement denied that it was involved in the attack.\n\n` +
        'Police said the attackers fled to Dravia. Police chief Omar Lenz said the attackers escaped to Kostania.\n\n' +
        'Officials said 12 people were killed. The Velmora hospital said 30 people were killed.',
    );
    const kinds = doc.contradictions.map((contradiction) => contradiction.kind).sort();
    assert.deepEqual(kinds, ['denies', 'disputes_value', 'disputes_value']);
    for (const contradiction of doc.contradictions) {
      assert.equal(contradiction.a.length, 1);
      assert.equal(contradiction.b.length, 1);
      assert.notEqual(contradiction.a[0], contradiction.b[0]);
    }
  });

  it('"had a medic on board" against "no medic was on board"', () => {
    const doc = run(
      'A lifeboat capsized off Keswater on Monday.\n\nThe rescue service said the lifeboat had a medic on board. ' +
        'A crew member, Piet Arlow, said no medic had been on board.',
    );
    assert.deepEqual(
      doc.contradictions.map((contradiction) => `${contradiction.kind} ${contradiction.topic}`),
      ['contradicts be board(the medic, ?)'],
    );
  });

  it('finds a passive with no doer denied, and two figures of any counted noun the same day', () => {
    const doc = run(
      'Floodwater reached the town of Esker on Monday.\n\nHealth officials said the reservoir was polluted. ' +
        'The water company rejected claims that the reservoir was polluted.\n\n' +
        'The mayor said 40 houses were evacuated. The fire service said 25 houses were evacuated.',
    );
    const kinds = doc.contradictions
      .map((contradiction) => `${contradiction.kind} ${contradiction.topic}`)
      .sort();
    assert.deepEqual(kinds, ['denies pollute(?, the reservoir)', 'disputes_value how many house: evacuate']);
  });

  it('"there was no fire in the warehouse" contradicts a deed of that fire there, and only there', () => {
    const doc = run(
      'A cargo ship docked at Penrith on Monday.\n\nThe crew said there had been no fire in the warehouse. ' +
        'The harbour master said the warehouse caught fire. ' +
        'The owner said there was no explosion in the engine room. Mr Tan said an explosion damaged the bridge.',
    );
    const found = doc.contradictions.map((contradiction) => `${contradiction.kind} ${contradiction.topic}`);
    assert.deepEqual(found, ['contradicts happen(the fire, the warehouse)']);
  });

  it('reads "almost 120 million" as near its bound, and compares changes of one week (claims39)', () => {
    const low = view({
      key: 'c1',
      attribution: 'a1',
      speaker: 'e1',
      frame: 'count',
      topic: 'how many pound: withdraw',
      quantity: { exact: 30_000_000 },
      time: '2025-05-10',
      published: '2025-05-10',
    });
    const high = { ...low, key: 'c2', attribution: 'a2', speaker: 'e2', quantity: { max: 90_000_000 } };
    assert.equal(compareClaims(low, high), null);
    assert.equal(compareClaims(low, { ...high, nearUpper: true }), 'disputes_value');
    assert.equal(
      compareClaims({ ...low, quantity: { exact: 80_000_000 } }, { ...high, nearUpper: true }),
      null,
    );
    assert.equal(nearUpperFigure('savers had drawn almost 90 million pounds', { max: 90_000_000 }), true);
    assert.equal(nearUpperFigure('savers had drawn up to 90 million pounds', { max: 90_000_000 }), false);
    const rise = view({
      key: 'c3',
      attribution: 'a3',
      speaker: 'e1',
      frame: 'count',
      topic: 'how much did the toll rise',
      quantity: { exact: 6 },
      time: '2025-05-10',
      published: '2025-05-10',
    });
    const later = { ...rise, key: 'c4', attribution: 'a4', speaker: 'e2', quantity: { exact: 11 } };
    assert.equal(
      compareClaims(rise, { ...later, time: '2025-05-13', published: '2025-05-13' }),
      'disputes_value',
    );
    assert.equal(compareClaims(rise, { ...later, time: '2025-06-20', published: '2025-06-20' }), null);
  });

  it('a figure its source corrects ("14 hostages, not 12") is disputed even when told a day later', () => {
    const older = view({
      key: 'c1',
      attribution: 'a1',
      speaker: 'e1',
      frame: 'count',
      topic: 'how many were freed',
      quantity: { exact: 12 },
      time: '2025-05-10',
      published: '2025-05-10',
    });
    const newer = view({
      key: 'c2',
      attribution: 'a2',
      speaker: 'e2',
      frame: 'count',
      topic: 'how many were freed',
      quantity: { exact: 14 },
      time: '2025-05-11',
      published: '2025-05-11',
    });
    assert.equal(compareClaims(older, newer), null);
    assert.equal(compareClaims(older, { ...newer, rejected: 12 }), 'disputes_value');
    assert.equal(rejectedFigure('it had freed 14 hostages, not 12 as the ministry said', { exact: 14 }), 12);
    assert.equal(rejectedFigure('five inmates, not three, had escaped', { exact: 5 }), 3);
    assert.equal(rejectedFigure('14 hostages were freed, not all of them', { exact: 14 }), null);
  });

  it('"no shot was fired at the boat" does not contradict shots fired into the air; a goal denied still meets its deed', () => {
    const doc = run(
      'Coastguards stopped a fishing boat near Lusk on Monday.\n\nThe coastguard said its crew had fired warning shots into the air. ' +
        'The skipper said no shot had been fired at the boat. A farmer said the plant leaked fuel into the river. ' +
        'The plant manager said the plant did not leak fuel into the river.',
    );
    const found = doc.contradictions.map((contradiction) => contradiction.topic);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0] as string, /^leak\(/);
  });

  it('reads a rejected claim nested in the denial in its own voice ("it" is the one who claimed)', () => {
    const doc = run(
      "A Tervo dam gate failed on Monday.\n\nThe regulator rejected the operator's claim that it had been warned about the fault in May.",
    );
    assert.deepEqual(
      doc.claims.map((claim) => `${claim.topic} ${claim.polarity}`),
      ['warn(?, the operator) neg', 'warn(?, the operator) pos'],
    );
    assert.deepEqual(
      doc.contradictions.map((contradiction) => contradiction.kind),
      ['denies'],
    );
  });

  it('"she had been questioned" is a claim a denial can meet, "it was reported" is not', () => {
    const doc = run(
      'A reporter was freed in Ostra on Monday.\n\nMs Varga said she had been questioned without a lawyer. ' +
        'The ministry denied that she had been questioned without a lawyer. The agency said it was reported.',
    );
    assert.deepEqual(
      doc.claims.map((claim) => `${claim.predicate} ${claim.polarity}`),
      ['question pos', 'question neg'],
    );
    assert.deepEqual(
      doc.contradictions.map((contradiction) => contradiction.kind),
      ['denies'],
    );
  });

  it('"nobody in the crowd had thrown stones" denies the deed of whoever is said to have done it', () => {
    const doc = run(
      'Crowds gathered outside the Marrel court on Friday.\n\nPolice said protesters had thrown stones at officers. ' +
        'An organiser, Ivo Brand, said nobody in the crowd had thrown stones.\n\n' +
        'The mayor said nothing would get in the way of the inquiry. A councillor said ambition was getting in the way of the inquiry.',
    );
    assert.deepEqual(
      doc.contradictions.map((contradiction) => `${contradiction.kind} ${contradiction.topic}`),
      ['contradicts throw(the protester, the stone)'],
    );
  });

  it('reports nothing between sources that agree', () => {
    const doc = run(
      `${story}Police said the attackers fled to Dravia. The ministry said the attackers fled to Dravia.\n\n` +
        'Officials said 12 people were killed. The hospital said 12 people were killed.',
    );
    assert.deepEqual(doc.contradictions, []);
  });

  it("sets no spokesperson's words against the organisation the role names: one voice", () => {
    const scene = 'A patrol boat stopped a trawler off Brask on Monday.\n\n';
    const same = run(
      `${scene}A ministry spokesman, Karel Voss, said the crew had been fishing illegally. ` +
        'The defence ministry said the crew had not been fishing illegally.',
    );
    assert.deepEqual(same.contradictions, []);
    const other = run(
      `${scene}A union spokesman, Karel Voss, said the crew had been fishing illegally. ` +
        'The defence ministry said the crew had not been fishing illegally.',
    );
    assert.equal(other.contradictions.length, 1);
  });

  it('takes the evidence from a sentence that states the conflict', () => {
    const doc = run(
      `${story}Mayor Ana Holt said the attackers fled to Dravia.\n\n` +
        'Her remarks contradict claims by the ministry that the attackers escaped to Kostania.',
    );
    const stated = doc.contradictions.find((contradiction) => contradiction.evidence !== undefined);
    assert.ok(stated, JSON.stringify(doc.contradictions));
    assert.equal(stated.kind, 'contradicts');
    assert.match(doc.text.slice(stated.evidence!.start, stated.evidence!.end), /contradict claims/);
  });
});

describe('conflicts a source states in its own words', () => {
  const story =
    'A fire destroyed the old grain store in Velmora on Sunday.\n\nThe fire brigade said the blaze started in the kitchen of the cafe next door.\n\n';
  const cases: readonly { name: string; text: string; evidence: RegExp | null }[] = [
    {
      name: 'calls another source’s claims false',
      text: "Mayor Ilse Brandt said the brigade's claims about the cafe kitchen were false.",
      evidence: /claims about the cafe kitchen were false/,
    },
    {
      name: 'a conflict verb with another attribution’s cue as its argument',
      text: "Footage released on Monday shows that the cafe was closed, contradicting the brigade's earlier claim that the blaze started in the kitchen.",
      evidence: /^contradicting the brigade's earlier claim/,
    },
    {
      name: 'says a named speaker is lying about what he said',
      text: 'The cafe owner, Tomas Lind, said the store had been locked since Friday.\n\nCouncillor Mara Holt says Tomas Lind is lying about the store being locked.',
      evidence: /^Tomas Lind is lying$/,
    },
    {
      name: 'a modal states nothing: “may be lying”',
      text: 'The cafe owner, Tomas Lind, said the store had been locked since Friday.\n\nCouncillor Mara Holt says Tomas Lind may be lying about the store being locked.',
      evidence: null,
    },
    {
      name: 'a negated falsity states nothing: “were not false”',
      text: "Mayor Ilse Brandt said the brigade's claims about the cafe kitchen were not false.",
      evidence: null,
    },
    {
      name: 'agreeing words state nothing: “were accurate”',
      text: "Mayor Ilse Brandt said the brigade's claims about the cafe kitchen were accurate.",
      evidence: null,
    },
  ];
  for (const item of cases)
    it(item.name, () => {
      const doc = run(`${story}${item.text}`);
      const stated = doc.contradictions.filter((contradiction) => contradiction.evidence !== undefined);
      if (item.evidence === null) {
        assert.deepEqual(stated, []);
        return;
      }
      assert.equal(stated.length, 1, JSON.stringify(doc.contradictions));
      const found = stated[0]!;
      assert.equal(found.kind, 'contradicts');
      assert.notEqual(found.a[0], found.b[0]);
      assert.match(doc.text.slice(found.evidence!.start, found.evidence!.end), item.evidence);
    });
});

describe('when a deed happened: "when did <deed> happen", by the deed topic', () => {
  const whenOf = (doc: Doc): string[] =>
    doc.contradictions
      .filter((contradiction) => contradiction.topic.startsWith('when did '))
      .map((contradiction) => `${contradiction.kind} ${contradiction.topic}`);

  it('clock times two hours apart on one day conflict', () => {
    const doc = runArticle(
      'Police said the explosion had happened at 9pm on Thursday. ' +
        'The fire service said the explosion had happened shortly after 11pm on Thursday.',
      '2025-03-14',
    );
    assert.deepEqual(whenOf(doc), ['disputes_value when did explode(?, ?) happen']);
  });

  it('different days conflict; a day and a clock time on it, or times 20 minutes apart, agree', () => {
    const dates = runArticle(
      'Police said the lorry had been stolen on 3 March. The owner said the lorry had been stolen on 9 March.',
      '2025-03-14',
    );
    assert.deepEqual(whenOf(dates), ['disputes_value when did steal(?, the lorry) happen']);
    const vague = runArticle(
      'Police said the explosion had happened on Thursday. The fire service said the explosion had happened at 4pm on Thursday.',
      '2025-03-14',
    );
    assert.deepEqual(whenOf(vague), []);
    const close = runArticle(
      'Police said the explosion had happened at 9pm on Thursday. The fire service said the explosion had happened at 9.20pm on Thursday.',
      '2025-03-14',
    );
    assert.deepEqual(whenOf(close), []);
  });

  it('another deed on another day is no conflict', () => {
    const doc = runArticle(
      'Police said the lorry had been stolen on 3 March. The owner said the van had been stolen on 9 March.',
      '2025-03-14',
    );
    assert.deepEqual(whenOf(doc), []);
  });
});

describe('timesDisagree', () => {
  const hour = 60;
  const day = 24 * hour;
  it('compares a clock time that names no day by the hour only', () => {
    const twoAm = { from: 2 * hour, to: 2 * hour, clock: true, dayless: true };
    const nextTwoAm = { from: day + 2 * hour, to: day + 2 * hour, clock: true };
    const nextFourAm = { from: day + 4 * hour, to: day + 4 * hour, clock: true };
    assert.equal(timesDisagree(twoAm, nextTwoAm), false);
    assert.equal(timesDisagree(twoAm, nextFourAm), true);
  });
});

describe('how many were on board, and how many were in a place', () => {
  const count = (speaker: string, topic: string, exact: number, time: string): ReturnType<typeof claimView> =>
    claimView({
      key: speaker,
      attribution: speaker,
      speaker,
      topic,
      frame: 'count',
      values: [],
      quantity: { exact },
      time,
    });

  it('reads "181 people were on board" and "17 seafarers were aboard the ship" as one question', () => {
    for (const sentence of [
      'The authority said 181 people were on board.',
      'The union said 17 seafarers were aboard the ship.',
    ])
      assert.ok(
        runArticle(sentence).claims.some((claim) => claim.topic === 'how many people: be on board'),
        sentence,
      );
  });

  it('counts a group whose members are people, in its unmarked form ("14 crew", "40 staff"), as people; not "three teams"', () => {
    for (const [sentence, topic] of [
      ['The coastguard said 14 crew were on board.', 'how many people: be on board'],
      ['The harbour master said 9 sailors were on board.', 'how many people: be on board'],
      ['The firm said 40 staff were evacuated.', 'how many people: evacuate'],
      ['The council said 12 families were evacuated.', 'how many family: evacuate'],
      ['The coach said three teams were eliminated.', 'how many team: eliminate'],
    ] as const)
      assert.ok(
        runArticle(sentence).claims.some((claim) => claim.topic === topic),
        `${sentence} ${JSON.stringify(runArticle(sentence).claims.map((claim) => claim.topic))}`,
      );
  });

  it('compares figures on board told days apart, not figures in hospital', () => {
    const board = 'how many people: be on board';
    assert.equal(
      compareClaims(count('e1', board, 181, '2026-10-02'), count('e2', board, 186, '2026-10-05')),
      'disputes_value',
    );
    const ward = 'how many people: be in hospital';
    assert.equal(
      compareClaims(count('e1', ward, 30, '2026-10-02'), count('e2', ward, 12, '2026-10-05')),
      null,
    );
  });
});
