import { segment } from '../segment/segment.js';
import { typeMixedNamesInWorkTexts } from './mixed-work-names.js';
import { table } from './test-table.js';

/** Every text below is invented for these tests. */

const inWorkText = (text: string, names: Parameters<typeof typeMixedNamesInWorkTexts>[2]) =>
  typeMixedNamesInWorkTexts(text, segment(text), names);

table('typeMixedNamesInWorkTexts', inWorkText, [
  // one title typed LOC, ORG and MISC in a text about films: MISC everywhere
  {
    text: 'Lantern Hill leads the race. The film beat two other films, and the best film prize may go to Lantern Hill. Lantern Hill took $9m.',
    given: [
      ['Lantern Hill', 'LOC'],
      ['Lantern Hill', 'ORG'],
      ['Lantern Hill', 'MISC'],
    ],
    expected: ['Lantern Hill/MISC', 'Lantern Hill/MISC', 'Lantern Hill/MISC'],
  },
  // typed only ORG and LOC in such a text: a title, MISC; "The" before it is no matter
  {
    text: 'The Quiet Office won. The show beat two other shows and a film, and fans of Quiet Office cheered.',
    given: [
      ['The Quiet Office', 'LOC'],
      ['Quiet Office', 'ORG'],
    ],
    expected: ['The Quiet Office/MISC', 'Quiet Office/MISC'],
  },
  // must not change: a text that is not about works
  {
    text: 'Lantern Hill leads the race. The council said Lantern Hill would pay. Lantern Hill won.',
    given: [
      ['Lantern Hill', 'LOC'],
      ['Lantern Hill', 'ORG'],
      ['Lantern Hill', 'MISC'],
    ],
    expected: ['Lantern Hill/LOC', 'Lantern Hill/ORG', 'Lantern Hill/MISC'],
  },
  // must not change: a family named after a person; a firm and its product one each
  {
    text: 'Ann Quell joined. The show beat two other shows and a film. The Quells won; fans of Quells cheered. Tarnex said the Tarnex phone and the Tarnex tablet sold.',
    given: [
      ['Ann Quell', 'PERSON'],
      ['The Quells', 'LOC'],
      ['Quells', 'MISC'],
      ['Tarnex', 'ORG'],
      ['Tarnex', 'MISC'],
      ['Tarnex', 'MISC'],
    ],
    expected: [
      'Ann Quell/PERSON',
      'The Quells/LOC',
      'Quells/MISC',
      'Tarnex/ORG',
      'Tarnex/MISC',
      'Tarnex/MISC',
    ],
  },
  // must not change: twice ORG and once LOC is the majority's (coreference's) business
  {
    text: 'Tarnex won. The show beat two other shows and a film. Tarnex and Tarnex fans cheered.',
    given: [
      ['Tarnex', 'ORG'],
      ['Tarnex', 'ORG'],
      ['Tarnex', 'LOC'],
    ],
    expected: ['Tarnex/ORG', 'Tarnex/ORG', 'Tarnex/LOC'],
  },
  // must not change: a known place
  {
    text: 'London leads the race. The film beat two other films, and the best film prize went to London.',
    given: [
      ['London', 'LOC'],
      ['London', 'ORG'],
    ],
    expected: ['London/LOC', 'London/ORG'],
  },
]);
