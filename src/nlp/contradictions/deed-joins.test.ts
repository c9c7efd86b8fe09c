import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim, Doc } from '../../model/index.js';
import { toContractJson } from '../../output/contract.js';
import { processInput } from '../../pipeline/pipeline.js';
import { CORPUS_STAGES } from '../../pipeline/stages.js';
import { corpusOf } from '../../store/corpus.js';
import { corpusArticle } from '../../store/test-articles.js';
import type { ExtractDocument } from '../../store/types.js';
import { isRetractingVerb, isRetractionNoun } from '../attribution/spans/retractions.js';
import {
  adjectivesOppose,
  causedResult,
  causes,
  deedJoins,
  definedAs,
  entails,
  isPriceTopic,
  joinedTopic,
  kindThroughSynonym,
  opposedTopic,
  opposes,
} from './deed-joins.js';

/** Every sentence below is invented for these tests. */

function run(text: string): Doc {
  return processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { stages: CORPUS_STAGES });
}

function claimsOf(text: string): readonly Claim[] {
  return run(text).claims ?? [];
}

function conflictTopics(...bodies: string[]): string[] {
  return corpusOf(bodies.map((body, index) => corpusArticle(`a${index}.txt`, body))).contradictions.map(
    (entry) => entry.topic,
  );
}

describe('deedJoins (the same deed in other words, by WordNet)', () => {
  it('moves a positive violent deed to the generic attack on the same parties, never a negated one', () => {
    const joins = deedJoins(['stab(Ana Roe, the guard)', 'attack(Ana Roe, the guard)']);
    assert.equal(joinedTopic(joins, 'stab(Ana Roe, the guard)', 'pos'), 'attack(Ana Roe, the guard)');
    // "she did not stab the guard" says nothing of an attack
    assert.equal(joinedTopic(joins, 'stab(Ana Roe, the guard)', 'neg'), 'stab(Ana Roe, the guard)');
  });

  it('moves a kind of deed to its WordNet hypernym ("torch" is a kind of "burn")', () => {
    const joins = deedJoins(['torch(Ana Roe, the depot)', 'burn(Ana Roe, the depot)']);
    assert.equal(joinedTopic(joins, 'torch(Ana Roe, the depot)', 'pos'), 'burn(Ana Roe, the depot)');
  });

  it('joins nothing across parties, unknown doers or unrelated verbs', () => {
    const joins = deedJoins([
      'stab(Ana Roe, the guard)',
      'attack(Ian Moss, the guard)',
      'burn(?, the depot)',
      'torch(?, the depot)',
      'visit(Ana Roe, the guard)',
    ]);
    assert.equal(joins.same.size + joins.entailed.size, 0);
  });

  it('joins a deed with no known doer to the one synonymous deed a named doer did to the same thing', () => {
    const joins = deedJoins(['conceal(the board, the loss)', 'hide(?, the loss)']);
    assert.equal(joinedTopic(joins, 'hide(?, the loss)', 'neg'), 'conceal(the board, the loss)');
    // two named doers: which one the doerless claim speaks of is unknown
    const two = deedJoins([
      'conceal(the board, the loss)',
      'conceal(Ana Roe, the loss)',
      'hide(?, the loss)',
    ]);
    assert.equal(joinedTopic(two, 'hide(?, the loss)', 'neg'), 'hide(?, the loss)');
  });

  it('joins counts of synonymous nouns or of a noun and its direct hypernym', () => {
    const joins = deedJoins(['how many home: destroy', 'how many house: destroy', 'how many car: destroy']);
    assert.equal(
      joinedTopic(joins, 'how many house: destroy', 'pos'),
      joinedTopic(joins, 'how many home: destroy', 'pos'),
    );
    assert.equal(joinedTopic(joins, 'how many car: destroy', 'pos'), 'how many car: destroy');
  });

  it('joins counts of people whose verb WordNet defines as the other ("march in protest; take part in …")', () => {
    assert.equal(definedAs('march', 'take part'), true);
    assert.equal(definedAs('take part', 'march'), false);
    assert.equal(definedAs('die', 'take part'), false);
    const joins = deedJoins(['how many people: march', 'how many people: take part', 'how many people: die']);
    assert.equal(joinedTopic(joins, 'how many people: march', 'pos'), 'how many people: take part');
    assert.equal(joinedTopic(joins, 'how many people: die', 'pos'), 'how many people: die');
  });

  it('joins a sum paid and a sum received (two ends of one change of hands), of money only', () => {
    const joins = deedJoins([
      'how many euro: pay',
      'how many euro: receive',
      'how many car: pay',
      'how many car: receive',
      'how many euro: lose',
    ]);
    assert.equal(joinedTopic(joins, 'how many euro: receive', 'pos'), 'how many euro: pay');
    assert.equal(joinedTopic(joins, 'how many car: receive', 'pos'), 'how many car: receive');
    assert.equal(joinedTopic(joins, 'how many euro: lose', 'pos'), 'how many euro: lose');
    // the price of one deal: one figure, compared as a level is
    assert.equal(isPriceTopic('how many euro: pay'), true);
    assert.equal(isPriceTopic('how many euro: lose'), false);
    assert.equal(isPriceTopic('how many people: pay'), false);
  });

  it('joins counts whose verbs share a sense that fits the noun ("withdraw" / "take out" money, claims39)', () => {
    const topics = [
      'how many pound: withdraw',
      'how many pound: take out',
      'how many car: withdraw',
      'how many car: take out',
    ];
    const joins = deedJoins(topics);
    assert.equal(joinedTopic(joins, 'how many pound: withdraw', 'pos'), 'how many pound: take out');
    // the shared sense is of taking money from a supply: no cars are counted alike by it
    assert.equal(joinedTopic(joins, 'how many car: withdraw', 'pos'), 'how many car: withdraw');
  });

  it('finds rival counts, rival causes and reasons across words (invented)', () => {
    assert.deepEqual(
      conflictTopics(
        'Organisers said about 15,000 people had marched through the centre of Lisk on Saturday to protest against rent rises.\n\nPolice said around 3,000 people had taken part.',
      ),
      ['how many people: take part'],
    );
    assert.deepEqual(
      conflictTopics(
        'The fire chief, Ivo Lant, said the blaze had been started by a candle left burning in the hall. The owner, Rena Falk, said an electrical fault had caused the fire.',
        'Her lawyer, Bo Kast, said faulty wiring in the hall had started the blaze.',
      ),
      ['what caused the blaze'],
    );
    assert.deepEqual(
      conflictTopics(
        'The council said Mayor Oskar Brandt had resigned for family reasons. The opposition leader, Ada Rusk, said Mr Brandt had been forced to resign because of a scandal over parking contracts.',
      ),
      ['what caused the resignation of Oskar Brandt'],
    );
  });

  it('must not change: one account in other words, reasons that agree, no figures disputed', () => {
    assert.deepEqual(
      conflictTopics(
        'The fire chief, Ivo Lant, said an electrical fault had caused the fire. The owner, Rena Falk, said faulty wiring in the hall had started the blaze.',
      ),
      [],
    );
    assert.deepEqual(
      conflictTopics(
        'The council said Mayor Oskar Brandt had resigned for personal reasons. His spokesman, Leo Hart, said Mr Brandt had resigned for family reasons.',
      ),
      [],
    );
    assert.deepEqual(
      conflictTopics(
        'Organisers said about 9,000 people had marched through Lisk on Sunday. Police said 40 people had died in the floods.',
      ),
      [],
    );
  });
});

describe('entails and causes (WordNet "*" and ">" between two most frequent senses)', () => {
  for (const [specific, general, expected] of [
    ['win', 'compete', true],
    ['buy', 'pay', true],
    ['snore', 'sleep', true],
    ['compete', 'win', false],
    ['visit', 'pay', false],
  ] as const)
    it(`${specific} entails ${general}: ${expected}`, () =>
      assert.equal(entails(specific, general), expected));
  for (const [cause, result, expected] of [
    ['kill', 'die', true],
    ['kill', 'perish', true],
    // "go" is "die" only in a rare sense
    ['kill', 'go', false],
    ['kill', 'decease', true],
    ['die', 'kill', false],
    ['shoot', 'die', false],
  ] as const)
    it(`${cause} causes ${result}: ${expected}`, () => assert.equal(causes(cause, result), expected));

  it('moves a positive deed to the change it causes in what it was done to, whoever did it', () => {
    const joins = deedJoins(['kill(?, the guard)', 'kill(the rebels, the pilot)', 'die(the guard, ?)']);
    assert.equal(causedResult(joins, 'kill(?, the guard)', 'pos'), 'die(the guard, ?)');
    // "they did not kill the guard" says nothing of whether he died
    assert.equal(causedResult(joins, 'kill(?, the guard)', 'neg'), null);
    // no topic of the pilot's death: nothing moves
    assert.equal(causedResult(joins, 'kill(the rebels, the pilot)', 'pos'), null);
  });

  it('moves a thing received to the topic of its payment, and a thing paid to its receipt (claims18)', () => {
    const joins = deedJoins([
      'receive(the group, the ransom)',
      'pay(?, the ransom)',
      'pay(the firm, the fee)',
    ]);
    assert.equal(causedResult(joins, 'receive(the group, the ransom)', 'pos'), 'pay(?, the ransom)');
    assert.equal(causedResult(joins, 'receive(the group, the ransom)', 'neg'), null);
    // no topic of the fee's receipt: nothing moves
    assert.equal(causedResult(joins, 'pay(the firm, the fee)', 'pos'), null);
    const back = deedJoins(['accept(the mayor, the bribe)', 'pay(the firm, the bribe)']);
    assert.equal(causedResult(back, 'pay(the firm, the bribe)', 'pos'), 'accept(the mayor, the bribe)');
    // two verbs of the same end of the exchange do not move, nor another thing
    const same = deedJoins([
      'pay(the firm, the bribe)',
      'give(?, the bribe)',
      'receive(the mayor, the loan)',
    ]);
    assert.equal(causedResult(same, 'pay(the firm, the bribe)', 'pos'), null);
    assert.equal(causedResult(same, 'receive(the mayor, the loan)', 'pos'), null);
  });

  it('finds "received a ransom" against "no ransom was paid" across articles (claims18)', () => {
    assert.deepEqual(
      conflictTopics(
        'The ministry said no ransom had been paid for the release of the Orel engineer.',
        'The rebel group said it had received a ransom for the release of the Orel engineer.',
      ),
      ['pay(?, the ransom)'],
    );
  });

  it('moves a thing taken by a recipient (the converse claims key a payment to it by) to its payment', () => {
    const joins = deedJoins(['take(the syndicate, the bribe)', 'pay(the council, the bribe)']);
    assert.equal(causedResult(joins, 'take(the syndicate, the bribe)', 'pos'), 'pay(the council, the bribe)');
    // a taking of another thing, or by the same party, does not move
    const other = deedJoins(['take(the syndicate, the loan)', 'pay(the syndicate, the loan)']);
    assert.equal(causedResult(other, 'take(the syndicate, the loan)', 'pos'), null);
  });

  it('finds "paid part of the bribe to the syndicate" against "paid no bribe" in one article', () => {
    const doc = run(
      'Two officials said the Orlen council had paid part of the bribe to the syndicate. ' +
        'The council leader said the council had paid no bribe.',
    );
    assert.deepEqual(
      (doc.contradictions ?? []).map((entry) => entry.topic),
      ['pay(the council, the bribe)'],
    );
  });

  it('moves a positive deed to the deed it entails with the same parties', () => {
    const joins = deedJoins(['win(Ana Roe, the race)', 'compete(Ana Roe, the race)']);
    assert.equal(joinedTopic(joins, 'win(Ana Roe, the race)', 'pos'), 'compete(Ana Roe, the race)');
    assert.equal(joinedTopic(joins, 'win(Ana Roe, the race)', 'neg'), 'win(Ana Roe, the race)');
  });

  it('finds "killed the guard" against "the guard did not die" across articles, not "did not kill"', () => {
    assert.deepEqual(
      conflictTopics(
        'Police said gunmen had killed the guard at the Orel depot on Monday.',
        'The company said the guard had not died and was recovering in hospital.',
      ),
      ['die(the guard, ?)'],
    );
    assert.deepEqual(
      conflictTopics(
        'The army said its soldiers had not killed the guard at the Orel depot.',
        'The company said the guard had not died and was recovering in hospital.',
      ),
      [],
    );
  });
});

describe('retraction words (WordNet: kinds of "repudiate" and "disavowal")', () => {
  for (const [word, expected] of [
    ['withdraw', true],
    ['retract', true],
    ['recant', true],
    ['announce', false],
    ['publish', false],
  ] as const)
    it(`${word}: ${expected}`, () => assert.equal(isRetractingVerb(word), expected));
  for (const [word, expected] of [
    ['retraction', true],
    ['withdrawal', true],
    ['report', false],
  ] as const)
    it(`${word} (noun): ${expected}`, () => assert.equal(isRetractionNoun(word), expected));
});

describe('claims read in other words', () => {
  it('"withdrew its claim that …" is an attribution whose claim is negated', () => {
    const doc = run('The water board withdrew its claim that the Osk canal had flooded the mill.');
    const attribution = doc.attributions?.find((one) => one.source !== null);
    assert.ok(attribution);
    const claim = (doc.claims ?? []).find((one) => one.attribution === attribution.id);
    assert.equal(claim?.polarity, 'neg');
  });

  it('"announced the retraction of its report that …" takes the report back', () => {
    const claims = claimsOf(
      'The Tessin Gazette announced the retraction of its report that Ivo Brandt stole the car.',
    );
    assert.ok(claims.some((claim) => claim.polarity === 'neg' && claim.predicate === 'steal'));
  });

  it('"withdrew its offer to buy the club" is no retraction of a statement', () => {
    const doc = run('The Orlan bank withdrew its offer to buy the club.');
    assert.ok(!(doc.claims ?? []).some((claim) => claim.polarity === 'neg'));
  });

  it('"set fire to the hut" is the deed "burn" done to the hut', () => {
    const claims = claimsOf('Police said Ana Roe set fire to the hut.');
    assert.ok(claims.some((claim) => claim.topic === 'burn(Ana Roe, the hut)'));
  });

  it('"sent troops to the border" stays a sending', () => {
    const claims = claimsOf('Officials said the Velmar army sent troops to the border.');
    assert.ok(!claims.some((claim) => claim.topic.startsWith('troop')));
  });

  it('a passive count with its doer counts what the deed was done to, with the qualifier on the noun', () => {
    const claims = claimsOf('The governor said more than 200 homes were destroyed by the storm.');
    const count = claims.find((claim) => claim.frame === 'count');
    assert.deepEqual(count?.value?.quantity, { min: 200 });
  });

  it('"fewer than 50" is an upper bound, "a dozen" is 12', () => {
    const fewer = claimsOf('The mayor said fewer than 50 houses were destroyed.').find(
      (claim) => claim.frame === 'count',
    );
    assert.deepEqual(fewer?.value?.quantity, { max: 50 });
    const dozen = claimsOf('The mayor said a dozen people died in the storm.').find(
      (claim) => claim.frame === 'count',
    );
    assert.deepEqual(dozen?.value?.quantity, { exact: 12 });
  });

  it('"the death toll stood at 12" is a toll', () => {
    const toll = claimsOf('The governor said the death toll from the storm stood at 12.').find(
      (claim) => claim.frame === 'count',
    );
    assert.deepEqual(toll?.value?.quantity, { exact: 12 });
  });

  it('a member of the cell that did the deed took part in it; a denial of taking part meets it', () => {
    const topics = conflictTopics(
      'Bomb hits Orsk bridge\n\nProsecutors said Lev Haran was a member of the cell that bombed the Orsk bridge.',
      'Family denies bombing role\n\nThe sister of Lev Haran, Mira Haran, said her brother took no part in the bombing.',
    );
    assert.ok(topics.some((topic) => topic.startsWith('who took part in the')));
  });

  it('"denied attacking the guard" meets "stabbed the guard" (the speaker is the subject)', () => {
    const topics = conflictTopics(
      'Guard stabbed at quay\n\nPolice said Kade Ellery stabbed the guard at the quay.',
      'Suspect denies attack\n\nKade Ellery denied attacking the guard at the quay.',
    );
    assert.ok(topics.includes('attack(Kade Ellery, the guard)'));
  });

  it('"denied planting the bomb" is a denial even with the gerund tagged as a noun', () => {
    const topics = conflictTopics(
      'Blast at Sarn depot\n\nPolice said Colm Varga planted the bomb at the Sarn depot.',
      'Suspect denies blast\n\nColm Varga denied planting the bomb at the depot.',
    );
    assert.ok(topics.includes('plant(Colm Varga, the bomb)'));
  });

  it('"did not stab" against "attacked" is no conflict (the general deed does not give the specific)', () => {
    const topics = conflictTopics(
      'Guard attacked at quay\n\nPolice said Kade Ellery attacked the guard at the quay.',
      'Lawyer speaks\n\nHis lawyer said Kade Ellery did not stab the guard.',
    );
    assert.deepEqual(topics, []);
  });
});

describe('opposite deeds (WordNet antonyms, claims12)', () => {
  it('a positive claim of the antonym, or of the antonym of a kind, negates the other deed', () => {
    const joins = deedJoins(['close(the army, the border)', 'open(the army, the border)']);
    assert.deepEqual(opposedTopic(joins, 'open(the army, the border)', 'pos'), {
      topic: 'close(the army, the border)',
      polarity: 'neg',
    });
    // "did not open the border" says nothing of closing it
    assert.equal(opposedTopic(joins, 'open(the army, the border)', 'neg'), null);
    // lock is the antonym of unlock, a kind of open
    assert.ok(opposes('lock', 'open'));
    assert.ok(!opposes('lock', 'steal'));
    assert.ok(!opposes('open', 'visit'));
    // a step of a story is undone later, not denied: "held him for two days" then "released him"
    assert.ok(!opposes('hold', 'release'));
    assert.ok(!opposes('release', 'detain'));
  });

  it('finds the conflict between "locked the gate" and "opened the gate" across articles, not across parties', () => {
    assert.deepEqual(
      conflictTopics(
        'Gate dispute\n\nThe Marrow Trust said the stewards locked the gate.',
        'Club answers\n\nThe club chairman, Ivo Santel, said the stewards opened the gate.',
      ).length,
      1,
    );
    assert.deepEqual(
      conflictTopics(
        'Gate dispute\n\nThe Marrow Trust said the stewards locked the gate.',
        'Club answers\n\nThe club chairman, Ivo Santel, said the police opened the border.',
      ),
      [],
    );
  });
});

describe('isArmedForceNoun (WordNet military senses, claims12)', () => {
  it('reads troops, soldiers, patrols and plural forces as armed forces, not companies or guards', async () => {
    const { isArmedForceNoun } = await import('../claims/predicate-classes.js');
    assert.ok(isArmedForceNoun('troops'));
    assert.ok(isArmedForceNoun('soldier'));
    assert.ok(isArmedForceNoun('patrol'));
    assert.ok(isArmedForceNoun('force', true));
    assert.ok(!isArmedForceNoun('force'));
    assert.ok(!isArmedForceNoun('company', true));
    assert.ok(!isArmedForceNoun('guard', true));
  });
});

describe('who fired first (claims12)', () => {
  it('"fired first" against "came under fire first": the side fired on first did not fire first', () => {
    const topics = conflictTopics(
      'Clash at Tull\n\nThe Dorvan army said Marsk soldiers fired first.',
      'Marsk answers\n\nThe Marsk ministry said its patrol had come under fire first.',
    );
    assert.deepEqual(topics, ['fire first(Marsk, ?)']);
  });

  it('reads "came under attack" as the deed done to the subject, and no "first" before the verb', () => {
    const claims = claimsOf('Officials said the convoy came under attack near Tull.');
    assert.ok(
      claims.some((claim) => claim.topic === 'attack(?, the convoy)'),
      JSON.stringify(claims.map((c) => c.topic)),
    );
    const first = claimsOf('Officials said Marsk soldiers first fired at the crowd.');
    assert.ok(
      first.every((claim) => !claim.topic.includes(' first(')),
      JSON.stringify(first.map((c) => c.topic)),
    );
  });
});

describe('opposite evaluations (WordNet adjective antonyms, claims12)', () => {
  it('"the vote was fair" against "the vote was unfair", and through a similar head ("dangerous" / "safe")', () => {
    assert.ok(adjectivesOppose('fair', 'unfair'));
    assert.ok(adjectivesOppose('safe', 'dangerous'));
    assert.ok(!adjectivesOppose('free', 'fair'));
    assert.ok(!adjectivesOppose('good', 'new'));
    const joins = deedJoins(['be fair(the vote, ?)', 'be unfair(the vote, ?)', 'be unfair(the tax, ?)']);
    assert.deepEqual(opposedTopic(joins, 'be unfair(the vote, ?)', 'pos'), {
      topic: 'be fair(the vote, ?)',
      polarity: 'neg',
    });
    // another thing judged is no conflict, nor a negated evaluation
    assert.equal(opposedTopic(joins, 'be unfair(the tax, ?)', 'pos'), null);
    assert.equal(opposedTopic(joins, 'be unfair(the vote, ?)', 'neg'), null);
  });

  it('finds the conflict across articles', () => {
    assert.equal(
      conflictTopics(
        'Vote in Tarsk\n\nThe commission chairman, Ivo Lant, said the vote was fair.',
        'Opposition speaks\n\nOpposition leader Mira Tass said the vote was unfair.',
      ).length,
      1,
    );
  });
});

describe('conjoined evaluations (claims12)', () => {
  it('"free and fair" says "fair" too, against "unfair"; a negated pair says neither', () => {
    const topics = claimsOf('The chairman, Lev Orsk, said the vote was free and fair.').map(
      (claim) => claim.topic,
    );
    assert.ok(topics.includes('be fair(the vote, ?)'), JSON.stringify(topics));
    const negated = claimsOf('The chairman, Lev Orsk, said the vote was not free and fair.').map(
      (claim) => claim.topic,
    );
    assert.ok(!negated.includes('be fair(the vote, ?)'), JSON.stringify(negated));
    assert.equal(
      conflictTopics(
        'Vote in Tarsk\n\nThe commission chairman, Ivo Lant, said the vote was free and fair.',
        'Opposition speaks\n\nOpposition leader Mira Tass said the vote was unfair.',
      ).length,
      1,
    );
  });
});

describe('deedJoins: a thing that underwent a change had it done to it', () => {
  it('"crack" is "break" ({crack, check, break}), a kind of "damage"; "rise" and "close" are not', () => {
    assert.equal(kindThroughSynonym('crack', 'damage'), true);
    assert.equal(kindThroughSynonym('rise', 'damage'), false);
    assert.equal(kindThroughSynonym('close', 'damage'), false);
  });
  it('crack(the wall, ?) answers damage(?, the wall); a person who fell was not damaged', () => {
    const joins = deedJoins([
      'crack(the wall, ?)',
      'damage(?, the wall)',
      'fall(the man, ?)',
      'hurt(?, the man)',
    ]);
    assert.equal(joinedTopic(joins, 'crack(the wall, ?)', 'pos'), 'damage(?, the wall)');
    // a negated change says nothing of the general one
    assert.equal(joinedTopic(joins, 'crack(the wall, ?)', 'neg'), 'crack(the wall, ?)');
    assert.equal(joinedTopic(joins, 'fall(the man, ?)', 'pos'), 'fall(the man, ?)');
    // "the fire started" says nothing of whether someone started it
    const started = deedJoins(['start(the fire, ?)', 'start(?, the fire)']);
    assert.equal(joinedTopic(started, 'start(the fire, ?)', 'pos'), 'start(the fire, ?)');
  });
  it('finds "the wall had cracked" against "the wall had not been damaged" across articles', () => {
    const corpus = corpusOf(
      [
        'Floods hit Arlen on Sunday.\n\nVillagers said the dam wall had cracked during the night.',
        'Floods hit Arlen on Sunday.\n\nThe operator said the dam wall had not been damaged.',
      ].map((text, index) => {
        const doc = processInput(
          { source: `${index}.txt`, bytes: Buffer.from(text) },
          { published: '2025-06-02', stages: CORPUS_STAGES },
        );
        return toContractJson(doc) as unknown as ExtractDocument;
      }),
    );
    assert.ok(
      corpus.contradictions.some((entry) => entry.topic === 'damage(?, the wall)'),
      JSON.stringify(corpus.contradictions),
    );
  });
});

describe('deedJoins: a toll given with no place', () => {
  it('joins the one place the topics give the same toll, not a second place nor another toll', () => {
    const one = deedJoins([
      'how many were killed',
      'how many were killed at Korvath',
      'how many were injured',
    ]);
    assert.equal(one.same.get('how many were killed'), 'how many were killed at Korvath');
    assert.equal(one.same.get('how many were injured'), undefined);
    const two = deedJoins([
      'how many were killed',
      'how many were killed at Korvath',
      'how many were killed at Tesmin Bridge',
    ]);
    assert.equal(two.same.get('how many were killed'), undefined);
  });
});
