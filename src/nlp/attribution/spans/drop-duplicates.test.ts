import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { dropDuplicates } from './drop-duplicates.js';

/** Every sentence below is invented for these tests. */

const TEXT = 'Mr Hale told MPs: “These are twelve pages of law. “That is why we need to scrutinise them.”';

const cases: readonly (readonly [string, readonly CandidateSpec[], readonly string[]])[] = [
  [
    'a cue-less copy of words already in a quotation goes',
    [
      {
        kind: 'direct',
        cue: 'told',
        source: 'Mr Hale',
        content: ['“These are twelve pages of law. “That is why we need to scrutinise them.”'],
      },
      { kind: 'direct', cue: null, content: ['“That is why we need to scrutinise them.”'], continues: 0 },
    ],
    ['told'],
  ],
  [
    'the same cue and content twice: the first stays',
    [
      { cue: 'told', source: 'Mr Hale', content: ['These are twelve pages of law'] },
      { cue: 'told', source: 'Mr Hale', content: ['These are twelve pages of law'] },
    ],
    ['told'],
  ],
  [
    'different words stay',
    [
      { cue: 'told', source: 'Mr Hale', content: ['These are twelve pages of law'] },
      { kind: 'direct', cue: null, content: ['“That is why we need to scrutinise them.”'], continues: 0 },
    ],
    ['told', '-'],
  ],
];

const BETWEEN =
  '“The record is clear,” Ivo said. “He built winners everywhere he went.” Said Arle: “I am all for it.”';

describe('dropDuplicates: a quotation between two cues', () => {
  it('stays with the earlier speaker, whose words it goes on from', () => {
    const kept = dropDuplicates([
      candidate(BETWEEN, {
        kind: 'direct',
        cue: 'said',
        source: 'Ivo',
        content: ['“The record is clear,”', '“He built winners everywhere he went.”'],
      }),
      candidate(BETWEEN, {
        kind: 'direct',
        cue: 'Said',
        source: 'Arle',
        content: ['“He built winners everywhere he went.”', '“I am all for it.”'],
      }),
    ]);
    assert.deepEqual(
      kept.map((found) => found.content.map((span) => BETWEEN.slice(span.start, span.end))),
      [['“The record is clear,”', '“He built winners everywhere he went.”'], ['“I am all for it.”']],
    );
  });
});

const RUN_ON = '“We are ready for the derby. Nobody fears them.” Winger Tom Arle limped off early.';

describe('dropDuplicates: a cue-less paragraph run on past a quotation another candidate holds', () => {
  it('the run-on copy goes, the holder stays', () => {
    const kept = dropDuplicates([
      candidate(RUN_ON, {
        kind: 'direct',
        cue: null,
        content: ['“We are ready for the derby. Nobody fears them.”'],
      }),
      candidate(RUN_ON, { kind: 'direct', cue: null, content: [RUN_ON] }),
    ]);
    assert.equal(kept.length, 1);
    assert.equal(
      RUN_ON.slice(kept[0]?.content[0]?.start, kept[0]?.content[0]?.end),
      '“We are ready for the derby. Nobody fears them.”',
    );
  });
});

const PARAGRAPH = '“I said it. I mean it,” continued Hale, grinning. “Thank you.”';

describe('dropDuplicates: a cue-less paragraph that holds a cued quotation', () => {
  it('the paragraph copy goes, the cued record stays', () => {
    const kept = dropDuplicates([
      candidate(PARAGRAPH, { kind: 'direct', cue: null, content: [PARAGRAPH] }),
      candidate(PARAGRAPH, {
        kind: 'direct',
        cue: 'continued',
        source: 'Hale',
        content: ['“I said it. I mean it,”', '“Thank you.”'],
      }),
    ]);
    assert.deepEqual(
      kept.map((found) => (found.cue === null ? '-' : PARAGRAPH.slice(found.cue.start, found.cue.end))),
      ['continued'],
    );
  });
});

describe('dropDuplicates', () => {
  for (const [name, specs, expected] of cases)
    it(name, () => {
      const kept = dropDuplicates(specs.map((spec) => candidate(TEXT, spec)));
      assert.deepEqual(
        kept.map((found) => (found.cue === null ? '-' : TEXT.slice(found.cue.start, found.cue.end))),
        expected,
      );
    });
});
