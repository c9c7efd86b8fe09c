import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditOnly, looksLikeNameLine, splitCaption } from './captions.js';

describe('splitCaption', () => {
  const cases: { input: string; expected: { text: string; credit: string } | null }[] = [
    {
      input: 'The harbour master inspects the damaged pier on Sunday morning - Tomasz Wielgus',
      expected: {
        text: 'The harbour master inspects the damaged pier on Sunday morning',
        credit: 'Tomasz Wielgus',
      },
    },
    {
      input: 'Volunteers stack sandbags along the river bank – Northfield Press/Wire Images',
      expected: {
        text: 'Volunteers stack sandbags along the river bank',
        credit: 'Northfield Press/Wire Images',
      },
    },
    {
      input: 'Flood water covers the market square. Photograph: Ines Carvalho/Harbour Agency',
      expected: { text: 'Flood water covers the market square.', credit: 'Ines Carvalho/Harbour Agency' },
    },
    {
      input: 'Firefighters at the scene of the warehouse blaze (Photo: Valley Herald Pictures)',
      expected: {
        text: 'Firefighters at the scene of the warehouse blaze',
        credit: 'Valley Herald Pictures',
      },
    },
    {
      input: 'The mayor greets supporters after the vote. Credit: Oskar Lindqvist',
      expected: { text: 'The mayor greets supporters after the vote.', credit: 'Oskar Lindqvist' },
    },
    {
      input: 'Spectators line the route of the parade (XYZ Photo/Dana Whitcombe)',
      expected: { text: 'Spectators line the route of the parade', credit: 'XYZ Photo/Dana Whitcombe' },
    },
    // A story sentence with a dash aside is not a caption: the tail is not a name.
    { input: 'The council voted on Tuesday - a decision that surprised many residents', expected: null },
    // "photo" inside a sentence without a label colon is not a credit.
    { input: 'The police released a photo Friday showing the suspect near the station.', expected: null },
    // A dash followed by a capitalised word, but the head is too short to be a description.
    { input: 'Sport - Football', expected: null },
  ];
  for (const { input, expected } of cases) {
    it(input, () => {
      const result = splitCaption(input);
      assert.deepEqual(result ? { text: result.text, credit: result.credit } : null, expected);
    });
  }
});

describe('creditOnly and looksLikeNameLine', () => {
  const credits: { input: string; expected: string | null }[] = [
    { input: 'Photograph: Lea Hoffmann/Coastline Agency', expected: 'Lea Hoffmann/Coastline Agency' },
    { input: 'Photo: Example Wire', expected: 'Example Wire' },
    { input: 'Photo: the view from the ridge at dawn', expected: null },
  ];
  for (const { input, expected } of credits)
    it(`credit ${input}`, () => assert.equal(creditOnly(input), expected));
  const names: { input: string; expected: boolean }[] = [
    { input: 'Marta Oyelaran', expected: true },
    { input: 'President Ilse Vandenberg', expected: true },
    { input: 'The vote was close.', expected: false },
    { input: 'he left early', expected: false },
  ];
  for (const { input, expected } of names)
    it(`name line ${input}`, () => assert.equal(looksLikeNameLine(input), expected));
});
