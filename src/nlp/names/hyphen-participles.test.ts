import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { refineNames, typeNamesBeforeParticiples } from './refine.js';
import { table } from './test-table.js';
import { typeOrganisationHeads } from './organisation-heads.js';
import { joinLinkedOrganisationNames } from './linked-names.js';
import { trimTrailingRoleWords } from './document-evidence.js';
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
  it('keeps an unknown name with its participle when nothing else names it', () => {
    assert.deepEqual(refined('A Brannock-led team built the bridge.', [['Brannock-led', 'MISC']]), [
      'Brannock-led/MISC',
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
      ['Brannock-led', 'MISC'],
      ['Brannock', 'ORG'],
    ],
    expected: ['Brannock/ORG', 'Brannock/ORG'],
  },
  // the type of a longer name it begins
  {
    text: 'A Brannock-led study was published by Brannock University on Monday.',
    given: [
      ['Brannock-led', 'MISC'],
      ['Brannock University', 'ORG'],
    ],
    expected: ['Brannock/ORG', 'Brannock University/ORG'],
  },
  // no other evidence: the type stays
  {
    text: 'A Brannock-led team met on Monday.',
    given: [['Brannock-led', 'MISC']],
    expected: ['Brannock-led/MISC'],
  },
]);

table('typeOrganisationHeads: police and laboratories', typeOrganisationHeads, [
  {
    text: 'Officers of Brannock Valley Police arrested him.',
    given: [['Brannock Valley Police', 'LOC']],
    expected: ['Brannock Valley Police/ORG'],
  },
  {
    text: 'Scientists at Ada Lind National Laboratories agreed.',
    given: [['Ada Lind National Laboratories', 'PERSON']],
    expected: ['Ada Lind National Laboratories/ORG'],
  },
]);

table('joinLinkedOrganisationNames: a hospital for', joinLinkedOrganisationNames, [
  {
    text: 'Staff at the Hospital for Sick Animals in Brannock agreed.',
    given: [
      ['Hospital', 'LOC'],
      ['Sick Animals', 'LOC'],
      ['Brannock', 'LOC'],
    ],
    expected: ['Hospital for Sick Animals/ORG', 'Brannock/LOC'],
  },
]);

table('trimTrailingRoleWords: a byline', trimTrailingRoleWords, [
  {
    text: 'By Marta Quinlan, Associated Press Writer',
    given: [
      ['Marta Quinlan', 'PERSON'],
      ['Associated Press Writer', 'ORG'],
    ],
    expected: ['Marta Quinlan/PERSON', 'Associated Press/ORG'],
  },
]);
