import { trimCompoundTitles } from './compound-titles.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('trimCompoundTitles', trimCompoundTitles, [
  // a two-word title WordNet knows as one kind of person: the second word leaves the name
  {
    text: 'Inspector General Mara Tolven said the audit was late.',
    given: [['General Mara Tolven', 'PERSON']],
    expected: ['Mara Tolven/PERSON'],
  },
  // the first word of the title, typed a name of its own, goes with it
  {
    text: 'Surgeon General Ada Vey warned of the heat.',
    given: [
      ['Surgeon', 'ORG'],
      ['General Ada Vey', 'PERSON'],
    ],
    expected: ['Ada Vey/PERSON'],
  },
  // two honorifics make one rank
  {
    text: 'Major General Tom Rendle said the troops would stay.',
    given: [['General Tom Rendle', 'PERSON']],
    expected: ['Tom Rendle/PERSON'],
  },
  // the first word of the title right before a person's name is cut already: it goes all the same
  {
    text: 'Secretary General Ada Vey spoke.',
    given: [
      ['Secretary', 'ORG'],
      ['Ada Vey', 'PERSON'],
    ],
    expected: ['Ada Vey/PERSON'],
  },
  // a body's name before a two-word title stays
  {
    text: 'Treasury Secretary Jon Vell spoke.',
    given: [
      ['Treasury', 'ORG'],
      ['Jon Vell', 'PERSON'],
    ],
    expected: ['Treasury/ORG', 'Jon Vell/PERSON'],
  },
  // a courtesy title is no half of the office before it
  {
    text: 'The Velmar Minister Lord Arden spoke.',
    given: [['Minister Lord Arden', 'PERSON']],
    expected: ['Minister Lord Arden/PERSON'],
  },
  // one title alone stays in the name as before
  {
    text: 'General Tom Rendle said the troops would stay.',
    given: [['General Tom Rendle', 'PERSON']],
    expected: ['General Tom Rendle/PERSON'],
  },
  // a body's name before a title is no half of it
  {
    text: 'The Velmar President Ana Lind spoke.',
    given: [['President Ana Lind', 'PERSON']],
    expected: ['President Ana Lind/PERSON'],
  },
]);
