import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../extract.js';
import type { Attribution, Entity } from '../../model/index.js';
import { segment } from '../segment/segment.js';
import { classifiedName, publicationSpeakers, speakerPronouns } from './source-descriptions.js';

/** The speaker's entity of the attribution whose cue is `cue`, as [type, name], or null. */
function speakerOf(text: string, cue: string): [string, string] | null {
  const document = extract(text, { published: '2026-03-02' });
  const attribution = document.attributions.find(
    (item) => item.cue !== null && document.text.slice(item.cue.start, item.cue.end) === cue,
  );
  assert.ok(attribution, `no attribution on "${cue}"`);
  if (typeof attribution.speaker !== 'string') return null;
  const entity = document.entities.find((item) => item.id === attribution.speaker);
  assert.ok(entity, `no entity ${attribution.speaker}`);
  return [entity.type, entity.name];
}

describe('institutions that speak under a description', () => {
  const cases: readonly [string, string, string, [string, string] | null][] = [
    [
      'an organisation noun',
      'The library roof leaked again on Sunday. The agency said in a statement that repairs would start soon.',
      'said in a statement',
      ['ORG', 'The agency'],
    ],
    [
      'a group noun, typed ORG',
      'Police said the van was found empty near the canal.',
      'said',
      ['ORG', 'Police'],
    ],
    // one member of a service the lexicon has for no organisation: unnamed, no entity
    ['a member of a service, indefinite', 'A coastguard said the dinghy drifted for hours.', 'said', null],
    [
      'an organisation noun, indefinite',
      'A campaign group said the fares were too high.',
      'said',
      ['ORG', 'A campaign group'],
    ],
    // a bare plural is whichever bodies of that kind, not one entity
    ['a body, indefinite', 'A jury ruled that the driver was to blame.', 'ruled', ['ORG', 'A jury']],
    ['a bare plural', 'Authorities said the beach would reopen on Friday.', 'said', null],
    [
      'a definite plural',
      'The authorities said the beach would reopen on Friday.',
      'said',
      ['ORG', 'The authorities'],
    ],
    [
      'declining to comment',
      'Shares in the firm fell sharply. The company declined to comment on the figures.',
      'declined',
      ['ORG', 'The company'],
    ],
    [
      'a newspaper named after its description ("The … newspaper, Name, … The paper said")',
      'The Vatican newspaper, Il Corriere Sacro, covered the synod. The paper said the pope was tired.',
      'said',
      ['ORG', 'Il Corriere Sacro'],
    ],
    [
      'a news agency named after its description',
      'The state news agency, Norvik Press, carried the decree. The agency said the border would reopen.',
      'said',
      ['ORG', 'Norvik Press'],
    ],
    // a company named after a comma is no outlet the paper could be
    [
      'an organisation not introduced as an outlet',
      'The board of Tarn Mills, a textile firm, met on Monday. The paper said the mill would close.',
      'said',
      ['ORG', 'The paper'],
    ],
    // an institution inside a post-modifier of the source's common-noun head does not speak
    [
      'a description inside a post-modifier of the head',
      'The organisers of the march outside the city court said the crowd had been calm.',
      'said',
      null,
    ],
    // "Engineers" opens the sentence and was tagged a name: still the common noun the post-modifier hangs on
    [
      'an organisation in apposition inside the post-modifier of a capitalised head',
      'Engineers at Corvane Labs, a firm in Denver, said the bridge was safe.',
      'said',
      null,
    ],
    [
      'a group noun modified by a place still speaks',
      'Police in the port said the van was found empty near the canal.',
      'said',
      ['ORG', 'Police'],
    ],
    [
      'the issuer of a report in its post-modifier still speaks',
      'A report by the work and pensions committee called for the agency to be closed.',
      'called for',
      ['ORG', 'pensions committee'],
    ],
    // a person description may be a person the text names: left unresolved, not split off
    ['a person description', '"We are checking every report," the spokeswoman said.', 'said', null],
  ];
  for (const [name, text, cue, expected] of cases)
    it(name, () => assert.deepEqual(speakerOf(text, cue), expected));

  it('keeps a named speaker as it was', () => {
    assert.deepEqual(speakerOf('Ana Brill, the harbour master, said the berth was closed.', 'said'), [
      'PERSON',
      'Ana Brill',
    ]);
  });

  it('gives every mention of the description to one entity', () => {
    const text =
      'The council said the bins would be emptied. Later the council said it had hired more crews.';
    const document = extract(text, { published: '2026-03-02' });
    const councils = document.entities.filter((entity) => entity.name.toLowerCase() === 'the council');
    assert.equal(councils.length, 1);
    assert.ok(councils[0]!.mentions.length >= 2);
  });
});

describe('publications cited by name (publicationSpeakers)', () => {
  // invented
  const text =
    'The singer has split from her husband, according to Page Six. Page Six did not name its sources.';
  const cueStart = text.indexOf('according to');
  const sourceStart = text.indexOf('Page Six');
  const attribution = {
    id: 'a1',
    kind: 'indirect' as const,
    cue: { start: cueStart, end: cueStart + 'according to'.length },
    source: { start: sourceStart, end: sourceStart + 'Page Six'.length },
    speaker: null,
    content: [{ start: 0, end: text.indexOf(',') }],
  };
  it('gives an "according to" name with no speaker an ORG entity with its mentions', () => {
    const found = publicationSpeakers(text, [], [attribution]);
    assert.deepEqual(
      found.entities.map((entity) => [entity.id, entity.type, entity.name, entity.mentions.length]),
      [['e1', 'ORG', 'Page Six', 2]],
    );
    assert.equal(found.attributions[0]!.speaker, 'e1');
  });
  it('leaves a description alone', () => {
    const other = 'The deal is off, according to people familiar with the talks.';
    const start = other.indexOf('people');
    const found = publicationSpeakers(
      other,
      [],
      [
        {
          ...attribution,
          cue: { start: other.indexOf('according'), end: other.indexOf('according') + 12 },
          source: { start, end: other.length - 1 },
        },
      ],
    );
    assert.equal(found.entities.length, 0);
    assert.equal(found.attributions[0]!.speaker, null);
  });
});

describe('organisations named after a classifier (publicationSpeakers, classifiedName)', () => {
  // invented
  const text =
    'The council approved the dam. Environmental group Vell Rivers said the otters would suffer. Vell Rivers will appeal.';
  const span = (needle: string): { start: number; end: number } => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const attribution = {
    id: 'a1',
    kind: 'indirect' as const,
    cue: span('said'),
    source: span('Environmental group Vell Rivers'),
    speaker: null,
    content: [span('the otters would suffer')],
  };
  it('gives the name an ORG entity with its mentions, and the attribution that speaker', () => {
    const found = publicationSpeakers(text, [], [attribution]);
    assert.deepEqual(
      found.entities.map((entity) => [entity.id, entity.type, entity.name, entity.mentions.length]),
      [['e1', 'ORG', 'Vell Rivers', 2]],
    );
    assert.equal(found.attributions[0]!.speaker, 'e1');
  });
  it('leaves a name an entity holds in part to the speaker step', () => {
    const vell: Entity = {
      id: 'e1',
      type: 'LOC',
      name: 'Vell',
      mentions: [{ ...span('Vell'), kind: 'name' }],
    };
    const found = publicationSpeakers(text, [vell], [attribution]);
    assert.equal(found.entities.length, 1);
    assert.equal(found.attributions[0]!.speaker, null);
  });
  for (const [phrase, name] of [
    ['Environmental group Vell Rivers', 'Vell Rivers'],
    ['Another firm, Voltrix,', 'Voltrix'],
    ['Finnish security firm Kestel-Soft', 'Kestel-Soft'],
    ['the union Dockwise', 'Dockwise'],
    ['Dr Ann Lee games director at content firm Tovex', null],
    ['Ann Lee, head of the consultancy firm Kelso', null],
    ['Labour MP Tom Hale', null],
    ['rival Marlow', null],
    ['the firm', null],
  ] as const)
    it(`reads ${JSON.stringify(phrase)} as ${JSON.stringify(name)}`, () => {
      assert.equal(classifiedName(phrase), name);
    });
});

describe('speakerPronouns: the entity list agrees with the speaker of "…," he said', () => {
  const text = 'Judge Ira Sosna sentenced Rob Hale. Hale was grave, he said. A guard said no. "Go," he said.';
  const at = (word: string, from = 0): { start: number; end: number } => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length };
  };
  const firstHe = at('he said');
  const secondHe = at('he said', firstHe.end);
  const pronoun = (span: { start: number; end: number }) => ({
    start: span.start,
    end: span.start + 2,
    kind: 'pronoun' as const,
  });
  const entities: Entity[] = [
    { id: 'e1', type: 'PERSON', name: 'Ira Sosna', mentions: [{ ...at('Judge Ira Sosna'), kind: 'name' }] },
    {
      id: 'e2',
      type: 'PERSON',
      name: 'Rob Hale',
      mentions: [
        { ...at('Rob Hale'), kind: 'name' },
        { ...at('Hale was'), end: at('Hale was').start + 4, kind: 'name' },
        pronoun(firstHe),
        pronoun(secondHe),
      ],
    },
  ];
  const attribution = (
    source: { start: number; end: number },
    speaker: string | null,
    anonymous = false,
  ): Attribution =>
    ({
      id: 'a1',
      kind: 'indirect',
      cue: { start: source.start + 3, end: source.start + 7 },
      source: { start: source.start, end: source.start + 2 },
      speaker,
      content: [{ start: 0, end: 1 }],
      stance: 'assert',
      ...(anonymous ? { anonymous: true } : {}),
    }) as Attribution;
  const mentionsOf = (result: Entity[], id: string): number[] =>
    result.find((entity) => entity.id === id)!.mentions.map((mention) => mention.start);

  it("moves the pronoun to the attribution's speaker", () => {
    const result = speakerPronouns(text, entities, [attribution(firstHe, 'e1')]);
    assert.deepEqual(mentionsOf(result, 'e1'), [0, firstHe.start]);
    assert.ok(!mentionsOf(result, 'e2').includes(firstHe.start));
  });
  it('takes the pronoun of an anonymous source away from a named person', () => {
    const result = speakerPronouns(text, entities, [attribution(secondHe, null, true)]);
    assert.ok(!mentionsOf(result, 'e2').includes(secondHe.start));
  });
  it('does not file a pronoun coreference left alone', () => {
    const alone = entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions.filter((mention) => mention.start !== firstHe.start),
    }));
    const result = speakerPronouns(text, alone, [attribution(firstHe, 'e1')]);
    assert.deepEqual(mentionsOf(result, 'e1'), [0]);
  });
  it("leaves an unresolved source's pronoun where coreference put it", () => {
    const result = speakerPronouns(text, entities, [attribution(secondHe, null)]);
    assert.ok(mentionsOf(result, 'e2').includes(secondHe.start));
  });
});

describe('sources the parse reads as a proper name the name tagger missed (publicationSpeakers)', () => {
  // invented sentences: [text, source, expected [type, name] of the new speaker, or null]
  const cases: readonly (readonly [string, string, readonly [string, string] | null])[] = [
    ['The quiz show was dropped. KLT said the ratings had fallen.', 'KLT', ['ORG', 'KLT']],
    [
      'The quiz show was dropped. Later, Dorvex Yard said the files were lost.',
      'Dorvex Yard',
      ['ORG', 'Dorvex Yard'],
    ],
    ['The road was closed. Campaigners said the road was unsafe.', 'Campaigners', null],
    ['The budget was cut. The PM said taxes would fall.', 'The PM', null],
    ['The phones were hit. Lab F-Vantel said the flaw was fixed.', 'Vantel', null],
    ['A poll by the Dorvex Writing Society said the song was loved.', 'Society', null],
  ];
  for (const [text, source, expected] of cases) {
    it(`${source} → ${expected === null ? 'none' : expected.join(' ')}`, () => {
      const cue = text.indexOf(' said') + 1;
      const start = text.indexOf(source);
      const attribution: Attribution = {
        id: 'a1',
        kind: 'indirect',
        cue: { start: cue, end: cue + 'said'.length },
        source: { start, end: start + source.length },
        speaker: null,
        content: [{ start: cue + 5, end: text.length - 1 }],
      };
      const found = publicationSpeakers(text, [], [attribution], segment(text));
      const speaker = found.entities.find((entity) => entity.id === found.attributions[0]!.speaker);
      assert.deepEqual(speaker === undefined ? null : [speaker.type, speaker.name], expected);
    });
  }
});

describe('"They" carrying on a body that reported in the sentence before', () => {
  it('"Police say … They say …": the police', () => {
    const text = 'Police say the van left the depot at dawn. They say the driver was carrying a ladder.';
    const document = extract(text, { published: '2026-03-02' });
    const ids = document.attributions.map((item) => item.speaker);
    assert.equal(ids.length, 2);
    assert.ok(typeof ids[0] === 'string');
    assert.equal(ids[1], ids[0]);
  });

  it('must not change: "Police arrested two men. They said …" is not the police', () => {
    const text = 'Police arrested two men near the depot. They said they had done nothing wrong.';
    const document = extract(text, { published: '2026-03-02' });
    const they = document.attributions.find(
      (item) => document.text.slice(item.source!.start, item.source!.end) === 'They',
    );
    assert.ok(they);
    assert.equal(they.speaker, null);
  });
});
