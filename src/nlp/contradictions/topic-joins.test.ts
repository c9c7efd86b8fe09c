import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClaimFrame } from '../../model/index.js';
import { joinTopics, type TopicClaim, type TopicJoin } from './topic-joins.js';

/** Every topic below is invented for these tests. */

function claim(
  topic: string,
  polarity: 'pos' | 'neg' = 'pos',
  frame: ClaimFrame = 'proposition',
): TopicClaim {
  return { topic, frame, polarity };
}

function unjoined(topic: string, polarity: 'pos' | 'neg' = 'pos'): TopicJoin {
  return { named: topic, own: topic, topic, polarity, caused: false };
}

describe('joinTopics (the topic each claim is compared under)', () => {
  const cases: readonly [name: string, claims: readonly TopicClaim[], expected: readonly TopicJoin[]][] = [
    [
      'a topic with an unknown subject joins the one that names it ("the vote was rigged")',
      [claim('rig(?, the vote)', 'neg'), claim('rig(the ruling party, the vote)')],
      [
        {
          named: 'rig(the ruling party, the vote)',
          own: 'rig(the ruling party, the vote)',
          topic: 'rig(the ruling party, the vote)',
          polarity: 'neg',
          caused: false,
        },
        unjoined('rig(the ruling party, the vote)'),
      ],
    ],
    [
      'a positive claim with one more thing joins the question ("quit for a reason" answers "did he quit?")',
      [claim('quit(the coach, ?)', 'neg'), claim('quit(the coach, the reason)')],
      [
        unjoined('quit(the coach, ?)', 'neg'),
        {
          named: 'quit(the coach, the reason)',
          own: 'quit(the coach, ?)',
          topic: 'quit(the coach, ?)',
          polarity: 'pos',
          caused: false,
        },
      ],
    ],
    [
      'a negated claim with one more thing stays ("did not quit for that reason")',
      [claim('quit(the coach, ?)'), claim('quit(the coach, the reason)', 'neg')],
      [unjoined('quit(the coach, ?)'), unjoined('quit(the coach, the reason)', 'neg')],
    ],
    [
      'the unknown subject is named before the deed joins ("the guard was stabbed" meets "she attacked him")',
      [claim('stab(?, the guard)'), claim('stab(Ana Roe, the guard)'), claim('attack(Ana Roe, the guard)')],
      [
        {
          named: 'stab(Ana Roe, the guard)',
          own: 'stab(Ana Roe, the guard)',
          topic: 'attack(Ana Roe, the guard)',
          polarity: 'pos',
          caused: false,
        },
        { ...unjoined('stab(Ana Roe, the guard)'), topic: 'attack(Ana Roe, the guard)' },
        unjoined('attack(Ana Roe, the guard)'),
      ],
    ],
    [
      'an opposite deed negates the other ("opened the border" is "did not close it")',
      [claim('close(the army, the border)'), claim('open(the army, the border)')],
      [
        unjoined('close(the army, the border)'),
        { ...unjoined('open(the army, the border)'), topic: 'close(the army, the border)', polarity: 'neg' },
      ],
    ],
    [
      'a deed compares by the result it caused ("the guard was killed" says "the guard died")',
      [claim('kill(?, the guard)'), claim('die(the guard, ?)')],
      [
        { ...unjoined('kill(?, the guard)'), topic: 'die(the guard, ?)', caused: true },
        unjoined('die(the guard, ?)'),
      ],
    ],
    [
      'a claim of another frame neither joins nor is joined ("who is behind" is no deed)',
      [
        claim('stab(?, the guard)', 'pos', 'responsibility'),
        claim('stab(Ana Roe, the guard)'),
        claim('attack(Ana Roe, the guard)', 'pos', 'participation'),
      ],
      [
        unjoined('stab(?, the guard)'),
        unjoined('stab(Ana Roe, the guard)'),
        unjoined('attack(Ana Roe, the guard)'),
      ],
    ],
  ];
  for (const [name, claims, expected] of cases)
    it(name, () => {
      assert.deepEqual(joinTopics(claims), expected);
    });

  it('joins the synonymous counts under one topic', () => {
    const [home, house] = joinTopics([
      claim('how many home: destroy', 'pos', 'count'),
      claim('how many house: destroy', 'pos', 'count'),
    ]);
    assert.equal(home?.topic, house?.topic);
    assert.equal(home?.caused, false);
  });

  it('gives one entry per claim, in order, and none for no claims', () => {
    assert.deepEqual(joinTopics([]), []);
    assert.equal(joinTopics([claim('a(b, c)'), claim('d(e, f)'), claim('a(b, c)')]).length, 3);
  });
});
