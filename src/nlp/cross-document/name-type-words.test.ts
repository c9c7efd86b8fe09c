import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headCoversTypeWord, isNounModifier, typeWordTargets } from './name-type-words.js';

test('a description head names or generalises the head of a name', () => {
  assert.equal(headCoversTypeWord('hotel', 'hotel'), true); // "the hotel" / "Harbor View Hotel"
  assert.equal(headCoversTypeWord('building', 'hospital'), true); // a hospital is a building
  assert.equal(headCoversTypeWord('building', 'church'), true);
  assert.equal(headCoversTypeWord('hotel', 'motel'), true);
  assert.equal(headCoversTypeWord('hotels+pl', 'hotel'), false);
  // too vague: a person, group, place or top kind
  assert.equal(headCoversTypeWord('area', 'center'), false);
  assert.equal(headCoversTypeWord('group', 'systems'), false);
  // neither the same kind nor a hypernym
  assert.equal(headCoversTypeWord('store', 'hospital'), false);
});

test('compound words before a head', () => {
  assert.equal(isNounModifier('credit'), true);
  assert.equal(isNounModifier('barren'), false);
  assert.equal(isNounModifier('Credit'), false);
});

const named = [
  {
    id: 'inn',
    stories: new Set([0]),
    typeWords: new Set(['hotel']),
    words: new Set(['marlow', 'bay', 'hotel']),
  },
  {
    id: 'union',
    stories: new Set([0, 1]),
    typeWords: new Set(['union']),
    words: new Set(['tarven', 'union']),
  },
  {
    id: 'clinic',
    stories: new Set([1]),
    typeWords: new Set(['hospital']),
    words: new Set(['pell', 'hospital']),
  },
  {
    id: 'church',
    stories: new Set([1]),
    typeWords: new Set(['church']),
    words: new Set(['ashby', 'church']),
  },
];

test('the one named entity of the story whose name the description covers', () => {
  const found = typeWordTargets(
    [
      { id: 'd1', story: 0, heads: ['building'], modifiers: [['three-story']] },
      { id: 'd2', story: 1, heads: ['hospital'], modifiers: [[]] },
      // two buildings are named in story 1: nobody
      { id: 'd3', story: 1, heads: ['building'], modifiers: [[]] },
      // "a credit union" is another kind of union than the "Tarven Union"
      { id: 'd4', story: 0, heads: ['union'], modifiers: [['credit']] },
      { id: 'd5', story: 1, heads: ['union'], modifiers: [['credit'], []] },
      // another story
      { id: 'd6', story: 2, heads: ['hotel'], modifiers: [[]] },
    ],
    named,
  );
  assert.deepEqual(
    [...found],
    [
      ['d1', 'inn'],
      ['d2', 'clinic'],
      ['d5', 'union'],
    ],
  );
});
