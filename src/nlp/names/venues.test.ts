import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { refineNames } from './index.js';
import type { NameMention } from './name-mention.js';
import { table } from './test-table.js';
import { typeOrganisationHeads } from './organisation-heads.js';
import { typeVenues } from './venues.js';

/** Every sentence below is invented for these tests. */

table('typeVenues', typeVenues, [
  {
    text: 'The Comets played at the Halvern Center on Friday.',
    given: [
      ['Comets', 'ORG'],
      ['Halvern Center', 'ORG'],
    ],
    expected: ['Comets/ORG', 'Halvern Center/LOC/FAC'],
  },
  {
    text: 'She sang to a full house at Ostrova Square Garden last night.',
    given: [['Ostrova Square Garden', 'ORG']],
    expected: ['Ostrova Square Garden/LOC/FAC'],
  },
  {
    text: 'The rally was held inside Pelham Park.',
    given: [['Pelham Park', 'ORG']],
    expected: ['Pelham Park/LOC/FAC'],
  },
  // an institute's activity: a person noun or a verb of work before the preposition
  {
    text: 'Ada Lind, a fellow at the Halvern Center, wrote the report.',
    given: [
      ['Ada Lind', 'PERSON'],
      ['Halvern Center', 'ORG'],
    ],
    expected: ['Ada Lind/PERSON', 'Halvern Center/ORG'],
  },
  {
    text: 'He works at the Halvern Center in Ostrava.',
    given: [
      ['Halvern Center', 'ORG'],
      ['Ostrava', 'LOC'],
    ],
    expected: ['Halvern Center/ORG', 'Ostrava/LOC'],
  },
  // no locative: the organisation acts
  {
    text: 'The Halvern Center said the study was flawed.',
    given: [['Halvern Center', 'ORG']],
    expected: ['Halvern Center/ORG'],
  },
  // a one-word name is left
  {
    text: 'They met at Garden.',
    given: [['Garden', 'ORG']],
    expected: ['Garden/ORG'],
  },
]);

function refine(text: string, given: readonly (readonly [string, NameMention['type']])[]): string[] {
  const names = given.map(([surface, type]): NameMention => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, type };
  });
  return refineNames(text, segment(text), names).map(
    (name) =>
      `${text.slice(name.start, name.end)}/${name.type}${name.subtype === undefined ? '' : `/${name.subtype}`}`,
  );
}

describe('refineNames: racetracks and natural places typed ORG', () => {
  it('a speedway is a facility', () => {
    assert.deepEqual(
      refine('The race at Korlan Motor Speedway was delayed.', [['Korlan Motor Speedway', 'ORG']]),
      ['Korlan Motor Speedway/LOC/FAC'],
    );
  });
  it('a river is a place', () => {
    assert.deepEqual(refine('Water from the Pelsa River flooded the town.', [['Pelsa River', 'ORG']]), [
      'Pelsa River/LOC',
    ]);
  });
  it('a lake is a place', () => {
    assert.deepEqual(refine('Boats on Corvan Lake were told to return.', [['Corvan Lake', 'ORG']]), [
      'Corvan Lake/LOC',
    ]);
  });
});

table('typeOrganisationHeads: racing teams', typeOrganisationHeads, [
  {
    text: 'He drives for Pellan Motorsports this season.',
    given: [['Pellan Motorsports', 'PERSON']],
    expected: ['Pellan Motorsports/ORG'],
  },
]);
