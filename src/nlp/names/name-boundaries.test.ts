import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseNames } from '../ner/index.js';
import { segment } from '../segment/segment.js';
import { refineNames } from './refine.js';

/** Every sentence below is invented for these tests. */

function names(text: string): string[] {
  const segments = segment(text);
  return refineNames(text, segments, recogniseNames(text, segments)).map(
    (name) => `${text.slice(name.start, name.end)}/${name.type}`,
  );
}

describe('name boundaries', () => {
  const cases: [string, string[], string[]][] = [
    // [text, names that must be found, surfaces that must not be found]
    [
      'UN envoy Ban Ki-moon said the talks would resume. Ki-moon did not reply.',
      ['Ban Ki-moon/PERSON', 'Ki-moon/PERSON'],
      [],
    ],
    [
      'The delegates met Kim Jong-un in Seoul on Friday.',
      ['Kim Jong-un/PERSON', 'Seoul/LOC'],
      ['Kim Jong-un in Seoul'],
    ],
    ['Former agent W. Mark Felt died in a hospital.', ['W. Mark Felt/PERSON'], ['W. Mark']],
    ['W. Mark Felt said the papers were genuine.', ['W. Mark Felt/PERSON'], ['W. Mark']],
    ['Will, 41, said he had never seen anything like it.', ['Will/PERSON'], []],
    [
      'Will Drayton Wins Seat In Close Vote\nWill Drayton said he was grateful.',
      ['Will Drayton/PERSON'],
      ['Drayton'],
    ],
    // a headline in title case: the verb after a name is not part of it
    [
      'Lindsay Marsh Checks Into Seaview Clinic After Hearing\nThe actress entered the clinic.',
      ['Lindsay Marsh/PERSON'],
      ['Lindsay Marsh Checks'],
    ],
    [
      'Tom Drayton Signs Deal With Harbour Side Through 2027\nThe captain agreed terms.',
      ['Tom Drayton/PERSON'],
      ['Tom Drayton Signs'],
    ],
    // a short sentence of capitalised words ending in a full stop is no headline
    ['Anna de la Cruz Marquez spoke on Monday.', ['Anna de la Cruz Marquez/PERSON'], []],
    // a verb before a name is no given name
    ['Meet Dara Kessler, the new head of the orchestra.', ['Dara Kessler/PERSON'], ['Meet Dara Kessler']],
    // a hyphenated English word is no given name
    ['Members of the local Co-op voted on Monday.', [], ['local Co-op']],
    // a modal verb at the start of a question is no given name
    ['Will the council agree? Drayton said it would.', [], ['Will']],
  ];
  for (const [text, wanted, unwanted] of cases) {
    it(text.replace(/\n/gu, ' / '), () => {
      const found = names(text);
      for (const name of wanted) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
      for (const surface of unwanted)
        assert.ok(
          !found.some((name) => name.startsWith(`${surface}/`)),
          `${surface} not in ${found.join(', ')}`,
        );
    });
  }
});
