import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusOf, describedNames, descriptionClusters, headGender, sameKindTarget } from './corpus.js';
import type { ExtractDocument } from './types.js';
import { CAPITAL, fixtureDocument, HARBOUR, LONE_SURNAME, UNION } from './test-fixtures.js';
import type { FixtureArticle } from './test-fixtures.js';

describe('claimgraph corpus: what links several articles', () => {
  const documents = [HARBOUR, UNION, CAPITAL, LONE_SURNAME].map(fixtureDocument);
  const corpus = corpusOf(documents);

  it('puts every entity of every article in exactly one cluster, variants together', () => {
    const seen = corpus.entities.flatMap((cluster) =>
      cluster.members.map((member) => `${member.doc}:${member.entity}`),
    );
    const all = documents.flatMap((document, doc) =>
      document.entities.map((entity) => `${doc}:${entity.id}`),
    );
    assert.deepEqual([...seen].sort(), [...all].sort());
    const clusterOf = (doc: number, entity: string) =>
      corpus.entities.find((cluster) =>
        cluster.members.some((member) => member.doc === doc && member.entity === entity),
      );
    const cases: [number, string, number, string, boolean][] = [
      [0, 'e1', 1, 'e3', true], // Ivan Mirzoyev / Ivan Mirzoev
      [0, 'e2', 1, 'e2', true], // Velmar Dock Union
      [2, 'e1', 3, 'e1', true], // Alexander Lukashenka / Mr Lukashenko
      [2, 'e2', 2, 'e3', false], // Nigeria / Niger
      [0, 'e3', 0, 'e2', false], // Velmar / Velmar Dock Union
    ];
    for (const [docA, a, docB, b, same] of cases) {
      assert.equal(clusterOf(docA, a)?.id === clusterOf(docB, b)?.id, same, `${docA}:${a} ${docB}:${b}`);
    }
    assert.deepEqual(clusterOf(0, 'e1')?.aliases.sort(), [
      'Ivan Mirzoev',
      'Mirzoyev',
      'Mr Ivan Mirzoyev',
      'Mr Mirzoev',
    ]);
  });

  it('clusters claims by topic and finds contradictions inside and across articles', () => {
    assert.deepEqual(corpus.claims.find((cluster) => cluster.topic === 'union-warned-crane')?.members, [
      { doc: 0, claim: 'k1' },
      { doc: 1, claim: 'k1' },
    ]);
    assert.deepEqual(
      corpus.contradictions.map((entry) => [entry.kind, entry.a, entry.b]),
      [
        ['denies', [{ doc: 0, attribution: 'a3' }], [{ doc: 0, attribution: 'a4' }]],
        ['contradicts', [{ doc: 0, attribution: 'a3' }], [{ doc: 1, attribution: 'a1' }]],
      ],
    );
    assert.equal(corpus.events.length, 2);
    assert.equal(corpus.documents.length, 4);
  });

  it('links one event told by several articles, not the same kind of event elsewhere', () => {
    const article = (source: string, text: string, events: FixtureArticle['events']): FixtureArticle => ({
      source,
      title: source,
      published: '2031-05-02',
      text,
      entities: [
        {
          id: 'e1',
          type: 'PERSON',
          name: text.includes('Brannoc') ? 'Oskar Brannoc' : 'Ilse Vatterin',
          mentions: [],
        },
      ],
      attributions: [],
      events,
    });
    const documents = [
      article(
        'a.txt',
        'Velmar harbour police arrested the crane operator Oskar Brannoc on Friday after the collapse at the Velmar dock.',
        [
          {
            id: 'v1',
            type: 'arrest',
            trigger: 'arrested',
            time: '2031-05-02',
            arguments: [{ role: 'patient', entity: 'e1' }],
          },
        ],
      ),
      article(
        'b.txt',
        'The arrest of Oskar Brannoc, the crane operator at the Velmar dock, followed the collapse on Friday.',
        [{ id: 'v1', type: 'arrest', trigger: 'arrest', arguments: [{ role: 'patient', entity: 'e1' }] }],
      ),
      article(
        'c.txt',
        'Orchard growers in Tessany arrested a fruit thief, Ilse Vatterin, at the spring market in the valley.',
        [{ id: 'v1', type: 'arrest', trigger: 'arrested', arguments: [{ role: 'patient', entity: 'e1' }] }],
      ),
    ].map(fixtureDocument);
    const events = corpusOf(documents).events.map((cluster) =>
      cluster.members.map((member) => `${member.doc}:${member.event}`),
    );
    assert.deepEqual(events, [['0:v1', '1:v1'], ['2:v1']]);
  });
});

describe('a single-person description and the named person of one event role', () => {
  // invented: one article arrests "a man", another the named operator; "a woman" is someone else
  const story = (description: string, head: string) => {
    const documents = [
      {
        text: `Velmar harbour police arrested ${description} on Friday after the collapse at the Velmar dock.`,
        person: { name: description, mentions: [description], attributes: { nominal_head: head } },
      },
      {
        text: 'Velmar harbour police arrested the crane operator Oskar Brannoc on Friday after the collapse at the Velmar dock. He was held overnight.',
        person: { name: 'Oskar Brannoc', mentions: ['Oskar Brannoc', 'He'] },
      },
    ].map(({ text, person }, index) => {
      const document = fixtureDocument({
        source: `${index}.txt`,
        title: 'Velmar dock collapse',
        published: '2031-05-02',
        text,
        entities: [{ id: 'e1', type: 'PERSON', ...person }],
        attributions: [],
        events: [{ id: 'v1', type: 'arrest', trigger: 'arrested', time: '2031-05-02', arguments: [] }],
      });
      const mention = document.entities[0]!.mentions[0]!;
      const argument =
        index === 0
          ? { role: 'patient', span: { start: mention.start, end: mention.end, text: mention.text } }
          : { role: 'patient', entity: 'e1' };
      return { ...document, events: document.events!.map((event) => ({ ...event, arguments: [argument] })) };
    });
    const corpus = corpusOf(documents as ExtractDocument[]);
    const clusterOf = (doc: number) =>
      corpus.entities.find((cluster) => cluster.members.some((member) => member.doc === doc))?.id;
    assert.equal(corpus.events.length, 1);
    return clusterOf(0) === clusterOf(1);
  };

  it("joins a description whose head states the named person's gender", () => {
    assert.equal(story('a man', 'man'), true);
  });
  it('keeps a description of the other gender, or of no kind the person has, apart', () => {
    assert.equal(story('a woman', 'woman'), false);
    assert.equal(story('a challenger', 'challenger'), false);
  });
});

describe('sameKindTarget: a description head no named entity carries, read through heads of its kind', () => {
  const key = (story: number, head: string) => `${story}\u0000PERSON\u0000${head}`;

  it('finds the one person a same-kind head describes in the story', () => {
    const described = new Map<string, string | null>([
      [key(0, 'teenager'), 'c1'],
      [key(0, 'judge'), 'c2'],
    ]);
    assert.equal(sameKindTarget(described, 0, 'PERSON', 'teen'), 'c1');
    assert.equal(sameKindTarget(described, 0, 'PERSON', 'mother'), undefined);
  });

  it('finds nothing in another story, for another kind or when the heads disagree', () => {
    const described = new Map<string, string | null>([
      [key(0, 'mother'), 'c1'],
      [key(0, 'mom'), 'c3'],
      [key(1, 'teenager'), 'c2'],
      [key(2, 'teenager'), null],
    ]);
    assert.equal(sameKindTarget(described, 0, 'PERSON', 'teen'), undefined);
    assert.equal(sameKindTarget(described, 1, 'ORG', 'teen'), undefined);
    assert.equal(sameKindTarget(described, 0, 'PERSON', 'mum'), undefined);
    assert.equal(sameKindTarget(described, 2, 'PERSON', 'teen'), undefined);
  });
});

describe('describedNames: the person a story describes by a head', () => {
  // two invented articles of one story: "the nurse" is Dana Holt in both
  const article = (text: string): ExtractDocument =>
    ({
      text,
      entities: [
        {
          id: 'e1',
          type: 'PERSON',
          name: 'Dana Holt',
          mentions: [
            { start: 0, end: 9, text: 'Dana Holt', kind: 'name' },
            {
              start: text.indexOf('the nurse'),
              end: text.indexOf('the nurse') + 9,
              text: 'the nurse',
              kind: 'nominal',
            },
          ],
        },
      ],
    }) as unknown as ExtractDocument;
  const documents = [
    article('Dana Holt left early; the nurse said why.'),
    article('Dana Holt won; the nurse smiled.'),
  ];
  const clusters = [new Map([['e1', 'c1']]), new Map([['e1', 'c1']])];

  it('keeps only heads enough nominal mentions back', () => {
    const key = '0\u0000PERSON\u0000nurse';
    assert.equal(describedNames(documents, [0, 0], clusters).get(key), 'c1');
    assert.equal(describedNames(documents, [0, 0], clusters, 2).get(key), 'c1');
    assert.equal(describedNames(documents, [0, 0], clusters, 3).has(key), false);
    assert.equal(describedNames(documents.slice(0, 1), [0], clusters, 2).has(key), false);
  });
});

describe('descriptionClusters: descriptions of one head across a story', () => {
  const description = (id: string, name: string, head: string) => ({
    id,
    type: 'PERSON',
    name,
    mentions: [],
    attributes: { nominal_head: head },
  });
  const documents = [
    {
      entities: [
        description('e1', 'ten people', 'person+pl'),
        description('e2', 'two officers', 'officer+pl'),
      ],
    },
    {
      entities: [
        description('e1', '10 people', 'person+pl'),
        description('e2', 'three officers', 'officer+pl'),
      ],
    },
    { entities: [description('e1', 'the armed officers', 'officer+pl')] },
  ] as unknown as ExtractDocument[];
  const clusters = descriptionClusters(documents, [0, 0, 0]);
  const names = clusters.map((cluster) => [...cluster.aliases].sort());

  it('reads a count in words and in digits as one count', () => {
    assert.ok(names.some((aliases) => aliases.includes('ten people') && aliases.includes('10 people')));
  });
  it('keeps two counts apart, and joins a description that does not count', () => {
    assert.ok(
      !names.some((aliases) => aliases.includes('two officers') && aliases.includes('three officers')),
    );
    assert.ok(
      names.some((aliases) => aliases.includes('two officers') && aliases.includes('the armed officers')),
    );
  });
});

describe('headGender: the gender a description head states', () => {
  it('reads it from the noun or from its nearest kind', () => {
    assert.equal(headGender('mother'), 'f');
    assert.equal(headGender('mom'), 'f'); // a mother
    assert.equal(headGender('gunman'), 'm');
    assert.equal(headGender('suspect'), undefined);
  });
});

describe('descriptionClusters: a place of two stories of one main person', () => {
  const description = (id: string, type: string, name: string, head: string) => ({
    id,
    type,
    name,
    mentions: [],
    attributes: { nominal_head: head },
  });
  // articles 0-1 tell one singer's admission (story 0), 2 her release (story 1), 3 her dentist's
  // visit (story 2); the story clustering kept them apart, a main person ties them
  const documents = [
    { entities: [description('e1', 'LOC', 'a detox clinic', 'clinic')] },
    {
      entities: [
        description('e1', 'LOC', 'the detox clinic', 'clinic'),
        description('e2', 'ORG', 'a news conference', 'conference'),
        description('e3', 'PERSON', 'two guards', 'guard+pl'),
      ],
    },
    {
      entities: [
        description('e1', 'LOC', 'the private detox clinic', 'clinic'),
        description('e2', 'ORG', 'a joint news conference', 'conference'),
        description('e3', 'PERSON', 'the two guards', 'guard+pl'),
      ],
    },
    { entities: [description('e1', 'LOC', 'a dental clinic', 'clinic')] },
  ] as unknown as ExtractDocument[];
  const names = (sisterOf: number[]) =>
    descriptionClusters(documents, [0, 0, 1, 2], sisterOf).map((cluster) => [...cluster.aliases].sort());

  it('joins one place with a modifier in common across the two stories', () => {
    assert.ok(
      names([0, 0, 0, 0]).some(
        (aliases) => aliases.includes('the detox clinic') && aliases.includes('the private detox clinic'),
      ),
    );
  });
  it('keeps organisations, groups and a place of other modifiers apart, and unrelated stories apart', () => {
    const joined = names([0, 0, 0, 0]);
    assert.ok(!joined.some((aliases) => aliases.includes('a news conference') && aliases.length > 1));
    assert.ok(!joined.some((aliases) => aliases.includes('two guards') && aliases.length > 1));
    assert.ok(!joined.some((aliases) => aliases.includes('a dental clinic') && aliases.length > 1));
    assert.ok(
      !names([0, 0, 1, 2]).some(
        (aliases) => aliases.includes('the detox clinic') && aliases.includes('the private detox clinic'),
      ),
    );
  });
});
