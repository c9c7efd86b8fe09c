import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/index.js';
import { captionCreditEntities } from './caption-credits.js';

const known: Entity = {
  id: 'e1',
  type: 'PERSON',
  name: 'Marta Quill',
  mentions: [{ start: 0, end: 11, kind: 'name' }],
};

describe('captionCreditEntities', () => {
  const cases: { credit: string | null; expected: [string, string][] }[] = [
    { credit: 'Oskar Lindqvist', expected: [['PERSON', 'Oskar Lindqvist']] },
    { credit: 'Getty Images', expected: [['ORG', 'Getty Images']] },
    { credit: 'Reuters', expected: [['ORG', 'Reuters']] },
    {
      credit: 'Ines van der Berg/Reuters',
      expected: [
        ['PERSON', 'Ines van der Berg'],
        ['ORG', 'Reuters'],
      ],
    },
    { credit: 'Marta Quill', expected: [] },
    { credit: 'Photo courtesy of The Harbour Trust', expected: [['ORG', 'The Harbour Trust']] },
    { credit: 'Photograph by Oskar Lindqvist', expected: [['PERSON', 'Oskar Lindqvist']] },
    { credit: 'file picture', expected: [] },
    { credit: null, expected: [] },
  ];
  for (const { credit, expected } of cases) {
    it(`credit ${JSON.stringify(credit)}`, () => {
      const added = captionCreditEntities([{ text: 'A harbour at dawn', credit }], [known]);
      assert.deepEqual(
        added.map((entity) => [entity.type, entity.name]),
        expected,
      );
      for (const entity of added) assert.deepEqual(entity.mentions, []);
    });
  }

  it('numbers new entities after the existing ones and marks where they come from', () => {
    const [added] = captionCreditEntities([{ text: 'x', credit: 'Oskar Lindqvist' }], [known]);
    assert.equal(added?.id, 'e2');
    assert.deepEqual(added?.attributes, { role: 'photographer', mentioned_in: 'caption credit' });
  });
});
