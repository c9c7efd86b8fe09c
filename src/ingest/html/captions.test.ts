import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitCaption } from './captions.js';

describe('splitCaption', () => {
  const cases: { input: string; creditText?: string; expected: { text: string; credit: string | null } }[] = [
    {
      input: 'Firefighters at the depot on Monday. (AP Photo/Jane Roe)',
      expected: { text: 'Firefighters at the depot on Monday.', credit: 'AP Photo/Jane Roe' },
    },
    {
      input: 'Crowds outside the station. Photo: Reuters',
      expected: { text: 'Crowds outside the station.', credit: 'Reuters' },
    },
    {
      input: 'Die Fähre im Hafen von Kiel. Foto: dpa',
      expected: { text: 'Die Fähre im Hafen von Kiel.', credit: 'dpa' },
    },
    {
      input: 'Flooded fields near the river - John Smith',
      expected: { text: 'Flooded fields near the river', credit: 'John Smith' },
    },
    {
      input: 'A runner at dawn. Credit: Maria Lopez for The Ledger',
      expected: { text: 'A runner at dawn.', credit: 'Maria Lopez for The Ledger' },
    },
    {
      input: 'The new library at night © City Archive',
      expected: { text: 'The new library at night', credit: 'City Archive' },
    },
    {
      input: 'Students return to class after the holidays.',
      expected: { text: 'Students return to class after the holidays.', credit: null },
    },
    // A dash inside the description is not a credit: the tail is not a name.
    {
      input: 'Prices rose again - the third time this year',
      expected: { text: 'Prices rose again - the third time this year', credit: null },
    },
    {
      input: 'Volunteers clear the beach. Sam Okafor',
      creditText: 'Sam Okafor',
      expected: { text: 'Volunteers clear the beach.', credit: 'Sam Okafor' },
    },
    {
      input: 'Volunteers clear the beach. Photo: Sam Okafor',
      creditText: 'Photo: Sam Okafor',
      expected: { text: 'Volunteers clear the beach.', credit: 'Sam Okafor' },
    },
  ];
  for (const { input, creditText, expected } of cases) {
    it(`splits "${input}"`, () => {
      assert.deepEqual(splitCaption(input, creditText ?? null), expected);
    });
  }

  it('returns null for an empty caption', () => {
    assert.equal(splitCaption('   ', null), null);
  });
});
