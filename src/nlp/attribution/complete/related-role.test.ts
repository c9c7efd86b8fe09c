import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../extract.js';
import { roleFits } from './role-description.js';
import { complete, type CandidateSpec, type EntitySpec } from './test-fixture.js';

/** Every sentence below is invented for these tests. */

const REYES: EntitySpec = {
  id: 'e1',
  type: 'PERSON',
  name: 'Tom Reyes',
  mentions: ['Tom Reyes'],
  attributes: { role: 'Manager' },
};

const MATCH =
  'Northby Rovers lost 3-0 at home on Saturday.\n\nManager Tom Reyes watched from the stands after a ban.\n\n';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  readonly candidates: readonly CandidateSpec[];
  readonly speakers: readonly (string | null)[];
}

const cases: readonly Case[] = [
  {
    name: 'a word for whoever is in charge, with the body as possessor, is the one manager named',
    text: `${MATCH}“We will fight on,” said the club's boss.\n\n“The players know what is at stake.”\n`,
    entities: [REYES],
    candidates: [
      { kind: 'direct', cue: 'said', source: "the club's boss", content: ['“We will fight on,”'] },
    ],
    speakers: ['e1'],
  },
  {
    name: "the role's synonym (coach, manager) after a possessor",
    text: `${MATCH}“We will fight on,” the club's coach said.\n`,
    entities: [REYES],
    candidates: [
      { kind: 'direct', cue: 'said', source: "the club's coach", content: ['“We will fight on,”'] },
    ],
    speakers: ['e1'],
  },
  {
    name: 'the same role word after a possessor',
    text: `${MATCH}“We will fight on,” the club's manager said.\n`,
    entities: [REYES],
    candidates: [
      { kind: 'direct', cue: 'said', source: "the club's manager", content: ['“We will fight on,”'] },
    ],
    speakers: ['e1'],
  },
  {
    name: 'a named body as possessor, tied to the person by the role ("chief executive of Acme Corp")',
    text: "Acme Corp shares fell on Monday.\n\nAnn Lee, the chief executive of Acme Corp, spoke to investors.\n\n“We will recover,” Acme's boss said.\n",
    entities: [
      { id: 'e1', type: 'ORG', name: 'Acme Corp', mentions: ['Acme Corp', 'Acme Corp#2', 'Acme#3'] },
      {
        id: 'e2',
        type: 'PERSON',
        name: 'Ann Lee',
        mentions: ['Ann Lee'],
        attributes: { role: 'chief executive of Acme Corp', affiliation: 'Acme Corp' },
      },
    ],
    candidates: [{ kind: 'direct', cue: 'said', source: "Acme's boss", content: ['“We will recover,”'] }],
    speakers: ['e2'],
  },
  {
    name: 'a place as possessor, tied to the person by its nationality word ("Selmiran president")',
    text: "Talks opened in Vell on Monday.\n\nSelmiran president Ivan Orlov arrived late.\n\n“We want peace,” Selmira's president said.\n",
    entities: [
      { id: 'e1', type: 'LOC', name: 'Selmira', mentions: ['Selmira#2'] },
      { id: 'e2', type: 'MISC', name: 'Selmiran', mentions: ['Selmiran'] },
      {
        id: 'e3',
        type: 'PERSON',
        name: 'Ivan Orlov',
        mentions: ['Ivan Orlov'],
        attributes: { role: 'Selmiran president' },
      },
    ],
    candidates: [
      { kind: 'direct', cue: 'said', source: "Selmira's president", content: ['“We want peace,”'] },
    ],
    speakers: ['e3'],
  },
  {
    name: "another place's president is someone else",
    text: "Talks opened in Vell on Monday.\n\nSelmiran president Ivan Orlov arrived late.\n\n“We want peace,” Dravan's president said.\n",
    entities: [
      { id: 'e1', type: 'LOC', name: 'Dravan', mentions: ['Dravan'] },
      { id: 'e2', type: 'MISC', name: 'Selmiran', mentions: ['Selmiran'] },
      {
        id: 'e3',
        type: 'PERSON',
        name: 'Ivan Orlov',
        mentions: ['Ivan Orlov'],
        attributes: { role: 'Selmiran president' },
      },
    ],
    candidates: [
      { kind: 'direct', cue: 'said', source: "Dravan's president", content: ['“We want peace,”'] },
    ],
    speakers: [null],
  },
  {
    name: 'another named body is another boss',
    text: "Acme Corp shares fell on Monday.\n\nAnn Lee, the chief executive of Acme Corp, spoke to investors.\n\n“We will recover,” Borg's boss said.\n",
    entities: [
      { id: 'e1', type: 'ORG', name: 'Acme Corp', mentions: ['Acme Corp', 'Acme Corp#2'] },
      { id: 'e3', type: 'ORG', name: 'Borg', mentions: ['Borg'] },
      {
        id: 'e2',
        type: 'PERSON',
        name: 'Ann Lee',
        mentions: ['Ann Lee'],
        attributes: { role: 'chief executive of Acme Corp', affiliation: 'Acme Corp' },
      },
    ],
    candidates: [{ kind: 'direct', cue: 'said', source: "Borg's boss", content: ['“We will recover,”'] }],
    speakers: [null],
  },
  {
    name: 'two people either of whom may be the boss: neither',
    text: "Northby Rovers lost 3-0 at home on Saturday.\n\nManager Tom Reyes and chairman Bill Hart watched from the stands.\n\n“We will fight on,” said the club's boss.\n",
    entities: [
      REYES,
      {
        id: 'e2',
        type: 'PERSON',
        name: 'Bill Hart',
        mentions: ['Bill Hart'],
        attributes: { role: 'chairman' },
      },
    ],
    candidates: [
      { kind: 'direct', cue: 'said', source: "the club's boss", content: ['“We will fight on,”'] },
    ],
    speakers: [null],
  },
  {
    name: 'a captain is no boss',
    text: "Northby Rovers lost 3-0 at home on Saturday.\n\nCaptain Tom Reyes watched from the stands.\n\n“We will fight on,” said the club's boss.\n",
    entities: [{ ...REYES, attributes: { role: 'Captain' } }],
    candidates: [
      { kind: 'direct', cue: 'said', source: "the club's boss", content: ['“We will fight on,”'] },
    ],
    speakers: [null],
  },
  {
    name: "an assistant coach is not the club's coach",
    text: "Northby Rovers lost 3-0 at home on Saturday.\n\nTom Reyes, the assistant coach, watched from the stands.\n\n“We will fight on,” said the club's coach.\n",
    entities: [{ ...REYES, attributes: { role: 'assistant coach' } }],
    candidates: [
      { kind: 'direct', cue: 'said', source: "the club's coach", content: ['“We will fight on,”'] },
    ],
    speakers: [null],
  },
];

describe('completeAttributions: a description naming the role in other words (issue 10)', () => {
  for (const item of cases) {
    it(item.name, () => {
      const result = complete(item.text, item.entities, item.candidates);
      assert.deepEqual(
        result.map((attribution) => attribution.speaker),
        item.speakers,
      );
    });
  }
});

describe('roleFits', () => {
  it('reads synonyms, kinds and words for whoever is in charge from WordNet', () => {
    assert.equal(roleFits('manager', 'coach'), true);
    assert.equal(roleFits('manager', 'boss'), true);
    assert.equal(roleFits('chairman', 'boss'), true);
    assert.equal(roleFits('solicitor', 'lawyer'), true);
    assert.equal(roleFits('captain', 'boss'), false);
    assert.equal(roleFits('manager', 'striker'), false);
    assert.equal(roleFits('lawyer', 'solicitor'), false);
    assert.equal(roleFits('referee', 'ref'), true);
    // a British chancellor is no premier: the words share their second senses only
    assert.equal(roleFits('chancellor', 'premier'), false);
  });
});

describe("extract: the quotations after a description that resolves are the person's", () => {
  it("follows the club's boss into the paragraph that quotes on without a cue", () => {
    const text = `${MATCH}“We will fight on,” said the club's boss.\n\n“The players know what is at stake.”\n`;
    const document = extract(text, { format: 'text', clean: false, published: null });
    const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
    assert.deepEqual(
      document.attributions.map((attribution) =>
        typeof attribution.speaker === 'string' ? names.get(attribution.speaker) : attribution.speaker,
      ),
      ['Tom Reyes', 'Tom Reyes'],
    );
  });
});

/** The speaker's name of each attribution, and the mentions of each person, as `extract` gives them. */
function speakersAndMentions(text: string): { speakers: (string | null)[]; mentions: Map<string, string[]> } {
  const document = extract(text, { format: 'text', clean: false, published: null });
  const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
  const mentions = new Map(
    document.entities
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => [
        entity.name,
        entity.mentions.map((mention) => text.slice(mention.start, mention.end)),
      ]),
  );
  return {
    speakers: document.attributions.map((attribution) =>
      typeof attribution.speaker === 'string' ? (names.get(attribution.speaker) ?? null) : null,
    ),
    mentions,
  };
}

describe('extract: the entity list files a possessive description under the speaker it resolves to', () => {
  it("makes the club's boss a mention of the manager", () => {
    const { speakers, mentions } = speakersAndMentions(`${MATCH}“We will fight on,” said the club's boss.\n`);
    assert.deepEqual(speakers, ['Tom Reyes']);
    assert.deepEqual(mentions.get('Tom Reyes'), ['Tom Reyes', "the club's boss"]);
  });

  it("makes a named possessor's chief a mention of the person who runs it", () => {
    const text =
      "Brightmoor Foods opened a new plant on Monday.\n\nLena Moss, who runs Brightmoor Foods, toured the site.\n\n“We will hire more,” Brightmoor's chief said.\n";
    const { speakers, mentions } = speakersAndMentions(text);
    assert.deepEqual(speakers, ['Lena Moss']);
    assert.ok(mentions.get('Lena Moss')?.includes("Brightmoor's chief"));
  });
});

describe('extract: a deed of leading the body gives the role a description names (issue 10)', () => {
  const speakerAfter = (clause: string, source: string): string | null =>
    speakersAndMentions(
      `Northby Rovers lost 3-0 at home on Saturday.\n\nTom Reyes, ${clause}, watched from the stands.\n\n“We will fight on,” said ${source}.\n`,
    ).speakers[0] ?? null;

  it('"who took over the club" is the club\'s boss', () => {
    assert.equal(speakerAfter('who took over the club in May', "the club's boss"), 'Tom Reyes');
  });

  it('"who runs the club" is the club\'s chief', () => {
    assert.equal(speakerAfter('who runs the club', "the club's chief"), 'Tom Reyes');
  });

  it('a deed that is no leading ("visited", "took … to court") gives no role', () => {
    assert.equal(speakerAfter('who visited the club in May', "the club's boss"), null);
    assert.equal(speakerAfter('who took the club to court', "the club's boss"), null);
  });

  it('leading another body gives no role for this one', () => {
    assert.equal(speakerAfter('who runs the bakery', "the club's boss"), null);
  });
});
