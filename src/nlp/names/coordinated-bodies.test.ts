import { joinCoordinatedBodies } from './coordinated-bodies.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('joinCoordinatedBodies', joinCoordinatedBodies, [
  // common words before "and" join a name ending in an organisation's head
  {
    text: 'A grant from the Soil and Coastal Research Council paid for it.',
    given: [['Coastal Research Council', 'ORG']],
    expected: ['Soil and Coastal Research Council/ORG'],
  },
  {
    text: 'Officials at the Housing and Planning Department agreed.',
    given: [['Planning Department', 'ORG']],
    expected: ['Housing and Planning Department/ORG'],
  },
  // a demonym stops the walk: the body starts after it
  {
    text: 'The Dutch Rowing and Sailing Federation met.',
    given: [
      ['Dutch', 'MISC'],
      ['Sailing Federation', 'ORG'],
    ],
    expected: ['Dutch/MISC', 'Rowing and Sailing Federation/ORG'],
  },
  // two bodies: the left one ends in its own head
  {
    text: 'The Tenants Association and Landlords Association disagreed.',
    given: [['Landlords Association', 'ORG']],
    expected: ['Landlords Association/ORG'],
  },
  // a person, a place or another name before "and" stays apart
  {
    text: 'Mr Jones and Fisheries Council staff met.',
    given: [['Fisheries Council', 'ORG']],
    expected: ['Fisheries Council/ORG'],
  },
  {
    text: 'Observers from Norway and Fisheries Council staff met.',
    given: [['Fisheries Council', 'ORG']],
    expected: ['Fisheries Council/ORG'],
  },
  {
    text: 'The Velmar Group and Shipping Council signed.',
    given: [
      ['Velmar Group', 'ORG'],
      ['Shipping Council', 'ORG'],
    ],
    expected: ['Velmar Group/ORG', 'Shipping Council/ORG'],
  },
  // the end of a longer list is left as it was
  {
    text: 'He chairs the Health, Farming and Fisheries Committee now.',
    given: [['Fisheries Committee', 'ORG']],
    expected: ['Fisheries Committee/ORG'],
  },
  // a time before the comma is no list
  {
    text: 'In May, Farming and Fisheries Council members voted.',
    given: [['Fisheries Council', 'ORG']],
    expected: ['Farming and Fisheries Council/ORG'],
  },
  // no organisation head: nothing joined
  {
    text: 'Farming and Fisheries Weekly reported it.',
    given: [['Fisheries Weekly', 'ORG']],
    expected: ['Fisheries Weekly/ORG'],
  },
]);
