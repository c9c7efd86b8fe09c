import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  adjudicatorNoun,
  denialVerb,
  evidenceNoun,
  forecastVerb,
  namingVerb,
  perceiverVerb,
  spokenAct,
  topicVerb,
} from './reporting-predicate.js';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

/** Deeds, perceptions and names that an attribution must not be read from. */
const none: readonly (readonly [string, string])[] = [
  [
    'a subject with "no" names nobody who spoke (issue 10, `nobodySubject`)',
    'No group has claimed responsibility for the fire at the Orsa depot.',
  ],
  [
    '"nobody" as a subject names nobody who spoke (`nobodySubject`)',
    'Nobody said the Tarnby ferry would stop.',
  ],
  [
    "a perceiver's verb with a question clause perceives an event (issue 10, `perceiverVerb`)",
    'The back rows could hear what was being said on the Orsa stage.',
  ],
  [
    '"which" standing for the clause before it is a fact that explains (issue 10, `clauseRelative`)',
    'The Orsa council raised bus fares, which explains why commuters are angry.',
  ],
  [
    'a document that shows gives evidence, no words (issue 10, `documentEvidence`)',
    'The Orsa budget showed that spending on roads had risen.',
  ],
  [
    'the close of a contest owned up to is a deed, no proposition (`propositionObject`, WordNet "ending")',
    'The Orsa mayor admitted defeat shortly after midnight.',
  ],
  [
    'information handed over with no clause of its own states nothing (`messageObject`, `informationNoun`)',
    'The ferry captain gave investigators information about the collision.',
  ],
  [
    'a time between the verb and a purpose infinitive addresses nobody (`actionInfinitive`)',
    'The two Tarnby clubs have been talking for weeks to settle their differences.',
  ],
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
    'a participle predicated of the subject is done to it, as a passive (`predicatedParticiple`)',
    'Tenants in Orsa can rest assured that their repair bills will be paid.',
  ],
  [
    'the same with "you" and a modal',
    'You can rest assured that the second series is even darker than the first.',
  ],
  [
    'an act rejected is refused, not denied as false (`denialVerb`): a transfer turned down',
    'The Corvo striker has rejected a move to Tarnby after a row with his manager.',
  ],
  ['a transfer dismissed', 'The winger dismissed a permanent move to Tarnby.'],
  [
    'a naming verb whose object is given a proper name (`namePredicate`)',
    'The Marlows called their youngest son Peder.',
  ],
  [
    'a name given in a free relative, quoted (`namedOnly`)',
    'The new chip marks what its makers call a "reset" for the Orsa phone industry.',
  ],
  ['the same unquoted', 'The Orsa mayor despises what he calls red tape.'],
  [
    'a name given by a relative pronoun, quoted',
    'He mocked the Tarnby mayor, whom he dubbed "the little harbour master".',
  ],
  [
    'a naming participle after a comma, its agent named',
    'Ms Varga, dubbed the "iron lady" by a Tarnby newspaper, was elected in 1979.',
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
  [
    'a forecast or intention of the subject about itself, under a verb of thinking (`actionInfinitive`)',
    'Halvorsen expects to win the Tarnby seat at the next election.',
  ],
  [
    "a reporter's question put to the subject, a passive opener (`passiveOpener`)",
    'Asked whether he would stay at Orsa, Lund smiled.',
  ],

  [
    'a forecast in the passive with nobody named (`forecastVerb`)',
    'It is expected the Orsa trial could last as long as a year.',
  ],
  ['the same with a that-clause', 'It was widely expected that the Tarnby side would win the cup.'],
  [
    'a matter talked over is no proposition (`topicVerb`)',
    'The Orsa council discussed whether the ferry should run on Sundays.',
  ],
  ['the same with a wh-clause', 'The mayor discussed how the Tarnby ferry would be paid for.'],
  [
    'the idiom with a degree word before its demonstrative (`havingSaidThat`)',
    'Having said all that, the Orsa ferry plan works well enough.',
  ],
  ['the same with "this much"', 'Having said this much, the Tarnby board kept its options open.'],
  [
    'a deed with a verbless small clause: the object and its state (`rareClause` needs a verb)',
    'Halvorsen also held the Drillers scoreless in the third period.',
  ],
  [
    'a document signed: a plural WordNet lists on its own is read as its singular (`messageObject`)',
    'More than 200 Orsa doctors have signed letters to the health minister.',
  ],
  [
    'a court rules on a case, it denies no words (`adjudicatorNoun`)',
    'The Orsa magistrate dismissed all charges against the two fishermen on Tuesday.',
  ],
  ['the same with a judge', 'The judge dismissed all charges against the pair.'],
  [
    'making certain brings a state about, it reports nothing (`causativeVerb`)',
    'The new Orsa law ensures that every child gets a place at a local school.',
  ],
  ['the same with a person as subject', 'The harbour master ensured that the ferry left on time.'],
  [
    'a thing given to the subject of "were granted", parsed as active, is received, not said',
    'Both Tarnby clubs were granted permission to appeal.',
  ],
  [
    'a bare infinitive after a perceiver in the past is an event seen (`perceivedEvent`)',
    "The Orsa reform saw thousands of people's benefits disappear.",
  ],
  [
    'a participle that subordinates, read as a second verb with no "and" and no subject',
    'Tarnby will sign the striker, provided he recovers from his knee injury.',
  ],
  [
    '"it" with a verb of thought and "like" says how things seem',
    'It does not feel like a wave of fraud is about to hit Orsa.',
  ],
  [
    'somebody resolved is no agentless finding',
    'The Tarnby coach is determined that his side will attack from the start.',
  ],
  [
    'a question still open on finding out, with nobody named, reports no finding',
    'It has yet to be determined how much each Orsa farmer will pay.',
  ],
];

/** What stays: a fact perceived as true, a request for an act with nobody named, reports. */
const found: readonly (readonly [string, string, string])[] = [
  [
    '"No" before a figure abbreviates "number", a source that speaks (`nobodySubject`)',
    'No 10 said the Orsa plan was sound.',
    'said | No 10 | the Orsa plan was sound',
  ],
  [
    'a naming verb with an object outside the content judges it (`namedOnly`)',
    'He called the Orsa plan "a disgrace" on Monday.',
    'called | He | the Orsa plan "a disgrace"',
  ],
  [
    'the same with an adjective quoted',
    'The minister called the Tarnby report "deeply flawed".',
    'called | The minister | the Tarnby report "deeply flawed"',
  ],
  [
    'a rarer sense of "hold" before a clause with a verb still reports',
    'Mr Basso held that the ferry contract was void.',
    'held | Mr Basso | the ferry contract was void',
  ],
  [
    'a feeling voiced in the plural still reports (`messageObject`)',
    'Ms Holt expressed concerns about the Tarnby ferry delays.',
    'expressed concerns about | Ms Holt | the Tarnby ferry delays',
  ],
  [
    'charges denied by the accused still report',
    'The Corvo tobacco firms denied the charges.',
    'denied | The Corvo tobacco firms | the charges',
  ],
  [
    'a judge who speaks still reports',
    'The Orsa judge said the charges were unfounded.',
    'said | The Orsa judge | the charges were unfounded',
  ],
  [
    'a document signed with a report of its own: the report stands, the signing goes',
    'More than 200 Orsa doctors have signed a letter saying the ferry plan is unsafe.',
    'saying | More than 200 Orsa doctors | the ferry plan is unsafe',
  ],
  [
    'an agentless report on its own still reports',
    'It was suggested that the Orsa fund should be wound up.',
    'was suggested | - | that the Orsa fund should be wound up',
  ],
  [
    'inside another report the agentless passive is that speaker’s account, no report of its own',
    'Mr Basso denied that it was suggested that the Orsa fund be wound up.',
    'denied | Mr Basso | that it was suggested that the Orsa fund be wound up',
  ],
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
    'an act denied is the proposition that it was not done',
    'The Orsa harbour master denied any wrongdoing.',
    'denied | The Orsa harbour master | any wrongdoing',
  ],
  [
    'an act that can be words, refused by a verb that is no denial (`spokenAct`)',
    'Ms Holt dismissed the latest Corvo attack on her budget.',
    'dismissed | Ms Holt | the latest Corvo attack on her budget',
  ],
  [
    'a judgement in a small clause stays (PolNeAR marks "called X a Y")',
    'Lena Voss called the ruling "a disgrace".',
    'called | Lena Voss | the ruling "a disgrace"',
  ],
  [
    'a judgement in a small clause, unquoted',
    'The Corvo rights group has called the camp a national scandal.',
    'has called | The Corvo rights group | the camp a national scandal',
  ],
  [
    'a plural noun before a mistagged verb',
    'Prosecutors claim losses were hidden from the auditors.',
    'claim | Prosecutors | losses were hidden from the auditors',
  ],
  [
    'a verb of thinking with a subject for its infinitive stays (a forecast about another)',
    'The Corvo bank expects that prices will rise again in the spring.',
    'expects | The Corvo bank | that prices will rise again in the spring',
  ],
  [
    'a promise to act is words given (its first sense is speech)',
    'The Orsa mayor promised to resign if the ferry bill failed.',
    'promised | The Orsa mayor | to resign if the ferry bill failed',
  ],
  [
    'a passive opener with a preposition in the cue is no report, the quotation after it is',
    'Asked about the ferry timetable, the Corvo harbour master said: "It is a good plan."',
    'said: | the Corvo harbour master | "It is a good plan."',
  ],
  [
    "after a passive opener, the answer stays the subject's",
    'Asked whether he would stay at Orsa, Lund said he loved the city.',
    'said | Lund | he loved the city',
  ],
  [
    "a request to act put to the subject stays the asker's (PolNeAR marks it)",
    'Asked to describe the Orsa ferry, the harbour master said it was old.',
    'Asked | - | to describe the Orsa ferry',
  ],
  [
    'a forecast with its subject named stays',
    'Analysts predicted that the Corvo bank would raise rates.',
    'predicted | Analysts | that the Corvo bank would raise rates',
  ],
  [
    "a report of a discussion stays the speaker's",
    'The Orsa minister said the board had discussed the plan.',
    'said | The Orsa minister | the board had discussed the plan',
  ],
  [
    'a communication sense with a that-clause: "assured" reports (`causativeVerb` is false)',
    'The Orsa council assured residents that the water was safe.',
    'assured | The Orsa council | that the water was safe',
  ],
  [
    'a perceiver with a finite clause in the past reports what was seen',
    'Witnesses in Orsa saw that the ferry was overloaded.',
    'saw | Witnesses in Orsa | that the ferry was overloaded',
  ],
  [
    'a rarer sense of "maintain" after "and" still reports',
    'Mr Basso held that the contract was void and maintained that the fee was too high.',
    'maintained | Mr Basso | that the fee was too high',
  ],
  [
    'an agentless report of a finding with a that-clause stays',
    'It was determined that the Orsa ferry had been overloaded.',
    'was determined | - | that the Orsa ferry had been overloaded',
  ],
  [
    'a message given by an active verb stays',
    'The Tarnby mayor offered his condolences to the family.',
    'offered his condolences to | The Tarnby mayor | the family',
  ],
  [
    'an inverted frame that opens its sentence has a subject, no passive',
    'Said the Orsa mayor: "The ferry will run on Sundays."',
    'Said | the Orsa mayor | "The ferry will run on Sundays."',
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

describe('one report, not two', () => {
  it('a document signed with a report of its own: the signing is no second report of its words', () => {
    assert.deepEqual(
      reports('More than 200 Orsa doctors have signed a letter saying the ferry plan is unsafe.'),
      ['saying | More than 200 Orsa doctors | the ferry plan is unsafe'],
    );
  });
  it('an agentless passive inside another report is no report of its own (`AGENTLESS_REPORTS`)', () => {
    assert.deepEqual(reports('Mr Basso denied that it was suggested that the Orsa fund be wound up.'), [
      'denied | Mr Basso | that it was suggested that the Orsa fund be wound up',
    ]);
  });
});

describe("quotation frames and the writer's next sentence", () => {
  it('"is continuing in his job" after a closed quotation is no frame (`writersNextSentence`)', () => {
    const found = reports(
      '"She backs the plan," said the statement. "But she will not stand in Orsa at the next election." ' +
        'Ms Dale is continuing in her job at the party office.',
    );
    assert.ok(!found.some((line) => line.startsWith('continuing')), found.join('\n'));
  });
  it('"he continued" and "added in a statement" stay frames', () => {
    const found = reports('"We played well," he said. "But we must improve," he continued. "It was hard."');
    assert.ok(
      found.some((line) => line.startsWith('continued | he |')),
      found.join('\n'),
    );
    const seen = reports(
      'Peder is a student. "How come my parents and the state and the college did not look ahead?" ' +
        'he is seen asking. "It is incredible. He is so calm," said Lena Voss, a lawyer.',
    );
    assert.ok(
      seen.some((line) => line.startsWith('is seen asking | he |')),
      seen.join('\n'),
    );
    const added = reports('"The ferry will run." Ms Holt added in a statement.');
    assert.ok(
      added.some((line) => line.startsWith('added in a statement | Ms Holt |')),
      added.join('\n'),
    );
  });
});

describe('denialVerb', () => {
  it('a verb that declares untrue, not one that refuses', () => {
    for (const word of ['deny', 'denied', 'disavow', 'disclaim', 'contradict'])
      assert.equal(denialVerb(word), true, word);
    for (const word of ['reject', 'dismiss', 'refuse', 'admit', 'confirm'])
      assert.equal(denialVerb(word), false, word);
  });
});

describe('adjudicatorNoun', () => {
  it('a judge or a court, or a kind of one; not a lawyer, a jury or a minister', () => {
    for (const word of ['judge', 'magistrate', 'court', 'courts', 'tribunal'])
      assert.equal(adjudicatorNoun(word), true, word);
    for (const word of ['lawyer', 'prosecutor', 'jury', 'minister', 'council', 'company'])
      assert.equal(adjudicatorNoun(word), false, word);
  });
});

describe('forecastVerb and topicVerb', () => {
  it('a forecast, not a saying', () => {
    for (const word of ['expect', 'expected', 'predict', 'forecast'])
      assert.equal(forecastVerb(word), true, word);
    for (const word of ['say', 'warn', 'believe', 'hope']) assert.equal(forecastVerb(word), false, word);
  });
  it('talking a matter over, not saying or mentioning', () => {
    for (const word of ['discuss', 'discussed', 'deliberate']) assert.equal(topicVerb(word), true, word);
    for (const word of ['say', 'mention', 'argue', 'explain', 'describe'])
      assert.equal(topicVerb(word), false, word);
  });
});

describe('spokenAct', () => {
  it('an act that can be a message, not a move or an attempt', () => {
    for (const word of ['attack', 'charge', 'bid']) assert.equal(spokenAct(word), true, word);
    for (const word of ['move', 'approach', 'attempt', 'transfer'])
      assert.equal(spokenAct(word), false, word);
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
