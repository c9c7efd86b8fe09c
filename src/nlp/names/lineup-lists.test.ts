import { table } from './test-table.js';
import { typeLineupLists } from './lineup-lists.js';

/** Every line below is invented for these tests. */

table('typeLineupLists', typeLineupLists, [
  // players of a line-up are people; the heading of common words is no name
  {
    text: 'Subs Not Used: Ferrow, Lindqvist, Mabaso.',
    given: [
      ['Subs', 'ORG'],
      ['Ferrow', 'PERSON'],
      ['Lindqvist', 'LOC'],
      ['Mabaso', 'ORG'],
    ],
    expected: ['Ferrow/PERSON', 'Lindqvist/PERSON', 'Mabaso/PERSON'],
  },
  // a club in brackets keeps its type
  {
    text: 'Replacements: T Ferrow (Ashby), J Lindqvist (Dunmere).',
    given: [
      ['T Ferrow', 'PERSON'],
      ['Ashby', 'ORG'],
      ['J Lindqvist', 'LOC'],
      ['Dunmere', 'ORG'],
    ],
    expected: ['T Ferrow/PERSON', 'Ashby/ORG', 'J Lindqvist/PERSON', 'Dunmere/ORG'],
  },
  // must not change: a list of places with no person in it
  {
    text: 'Venues: Cardiff, Swansea, Newport.',
    given: [
      ['Cardiff', 'LOC'],
      ['Swansea', 'LOC'],
      ['Newport', 'LOC'],
    ],
    expected: ['Cardiff/LOC', 'Swansea/LOC', 'Newport/LOC'],
  },
]);

table('typeLineupLists: rugby and football line-ups', typeLineupLists, [
  // a rugby line-up with no heading: names split by semicolons and commas
  {
    text: 'Ferrow; Lindqvist, Mabaso, Orrin, Tull; Quarry, Dale (capt); Heston, Brim.',
    given: [
      ['Ferrow', 'PERSON'],
      ['Lindqvist', 'LOC'],
      ['Mabaso', 'ORG'],
      ['Orrin', 'PERSON'],
      ['Tull', 'PERSON'],
      ['Quarry', 'LOC'],
      ['Dale', 'PERSON'],
      ['Heston', 'LOC'],
      ['Brim', 'PERSON'],
    ],
    expected: [
      'Ferrow/PERSON',
      'Lindqvist/PERSON',
      'Mabaso/PERSON',
      'Orrin/PERSON',
      'Tull/PERSON',
      'Quarry/PERSON',
      'Dale/PERSON',
      'Heston/PERSON',
      'Brim/PERSON',
    ],
  },
  // replacements "X for Y (minute)" and a substitute in brackets "(Y 77)", after a sentence
  {
    text: 'It ended level. Ashby: Ferrow, Tull (Mabaso 77), Dale. Replacements: Orrin for Quarry (71), Heston for Brim (60).',
    given: [
      ['Ashby', 'ORG'],
      ['Ferrow', 'PERSON'],
      ['Tull', 'PERSON'],
      ['Mabaso', 'ORG'],
      ['Dale', 'PERSON'],
      ['Orrin', 'LOC'],
      ['Quarry', 'ORG'],
      ['Heston', 'LOC'],
      ['Brim', 'PERSON'],
    ],
    expected: [
      'Ashby/ORG',
      'Ferrow/PERSON',
      'Tull/PERSON',
      'Mabaso/PERSON',
      'Dale/PERSON',
      'Orrin/PERSON',
      'Quarry/PERSON',
      'Heston/PERSON',
      'Brim/PERSON',
    ],
  },
  // a whole line of names split by commas only, one with lower-case particles
  {
    text: 'Ferrow, Tull, Mabaso, van der Quarry, Dale.',
    given: [
      ['Ferrow', 'PERSON'],
      ['Tull', 'PERSON'],
      ['Mabaso', 'ORG'],
      ['van der Quarry', 'LOC'],
      ['Dale', 'PERSON'],
    ],
    expected: ['Ferrow/PERSON', 'Tull/PERSON', 'Mabaso/PERSON', 'van der Quarry/PERSON', 'Dale/PERSON'],
  },
  // a squad's line with few people typed, after another line-up
  {
    text: 'Ferrow, Tull, Mabaso, Quarry, Dale.\n\nOrrin, Heston, Brim, Lask, T Wold.',
    given: [
      ['Ferrow', 'PERSON'],
      ['Tull', 'PERSON'],
      ['Mabaso', 'PERSON'],
      ['Quarry', 'LOC'],
      ['Dale', 'PERSON'],
      ['Orrin', 'PERSON'],
      ['Heston', 'LOC'],
      ['Brim', 'LOC'],
      ['Lask', 'ORG'],
      ['T Wold', 'PERSON'],
    ],
    expected: [
      'Ferrow/PERSON',
      'Tull/PERSON',
      'Mabaso/PERSON',
      'Quarry/PERSON',
      'Dale/PERSON',
      'Orrin/PERSON',
      'Heston/PERSON',
      'Brim/PERSON',
      'Lask/PERSON',
      'T Wold/PERSON',
    ],
  },
  // must not change: a line of clubs, one of them read as a person
  {
    text: 'Ashby Town, Dunmere, Real Orrin, Tull Rovers, Lyon.',
    given: [
      ['Ashby Town', 'ORG'],
      ['Dunmere', 'ORG'],
      ['Real Orrin', 'ORG'],
      ['Tull Rovers', 'ORG'],
      ['Lyon', 'PERSON'],
    ],
    expected: ['Ashby Town/ORG', 'Dunmere/ORG', 'Real Orrin/ORG', 'Tull Rovers/ORG', 'Lyon/PERSON'],
  },
  // must not change: a line of places split by semicolons
  {
    text: 'Cardiff; Swansea, Newport, Bangor; Wrexham.',
    given: [
      ['Cardiff', 'LOC'],
      ['Swansea', 'LOC'],
      ['Newport', 'LOC'],
      ['Bangor', 'LOC'],
      ['Wrexham', 'LOC'],
    ],
    expected: ['Cardiff/LOC', 'Swansea/LOC', 'Newport/LOC', 'Bangor/LOC', 'Wrexham/LOC'],
  },
]);
