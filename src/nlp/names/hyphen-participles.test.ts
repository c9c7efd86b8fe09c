import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { refineNames, typeNamesBeforeParticiples } from './refine.js';
import { table } from './test-table.js';
import type { NameMention } from './name-mention.js';

/** Every sentence below is invented for these tests. */

function refined(text: string, given: readonly [string, NameMention['type']][]): string[] {
  const names = given.map(([surface, type]): NameMention => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, type };
  });
  return refineNames(text, segment(text), names).map(
    (name) => `${text.slice(name.start, name.end)}/${name.type}`,
  );
}

describe('refineNames: a name before a hyphenated participle', () => {
  it('keeps a place and drops "-based"', () => {
    assert.deepEqual(refined('The Ohio-based supplier made the screens.', [['Ohio-based', 'MISC']]), [
      'Ohio/LOC',
    ]);
  });
  it('keeps a name the gazetteer does not know and drops "-led"', () => {
    assert.deepEqual(refined('A Brannock-led team built the bridge.', [['Brannock-led', 'MISC']]), [
      'Brannock/MISC',
    ]);
  });
  it('leaves a hyphenated name whose second part is no participle', () => {
    assert.deepEqual(refined('Marta Quinlan-Varga spoke first.', [['Marta Quinlan-Varga', 'PERSON']]), [
      'Marta Quinlan-Varga/PERSON',
    ]);
  });
});

table('typeNamesBeforeParticiples', typeNamesBeforeParticiples, [
  // the type the text gives the same name elsewhere
  {
    text: 'A Brannock-led team met. Brannock said the work was done.',
    given: [
      ['Brannock', 'MISC'],
      ['Brannock', 'ORG'],
    ],
    expected: ['Brannock/ORG', 'Brannock/ORG'],
  },
  // the type of a longer name it begins
  {
    text: 'A Brannock-led study was published by Brannock University on Monday.',
    given: [
      ['Brannock', 'MISC'],
      ['Brannock University', 'ORG'],
    ],
    expected: ['Brannock/ORG', 'Brannock University/ORG'],
  },
  // no other evidence: the type stays
  {
    text: 'A Brannock-led team met on Monday.',
    given: [['Brannock', 'MISC']],
    expected: ['Brannock/MISC'],
  },
]);
