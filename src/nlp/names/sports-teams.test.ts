import { segment } from '../segment/segment.js';
import { table } from './test-table.js';
import { refineNames } from './refine.js';
import {
  isSportRoleNoun,
  typeCityTeamRepeats,
  typeClubNicknames,
  typeLastWordsOfOrganisations,
} from './sports-teams.js';
import { typeBySenses } from './word-senses.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

/** Every sentence below is invented for these tests. */

table('typeCityTeamRepeats', (text, names) => typeCityTeamRepeats(text, segment(text), names), [
  // a city that is a side elsewhere in a sports text is the side after "at" too, not a second place
  {
    text: 'Chester were beaten 3-1 at home. The defeat at Chester left the manager angry.',
    given: [
      ['Chester', 'ORG'],
      ['Chester', 'LOC'],
    ],
    expected: ['Chester/ORG', 'Chester/ORG'],
  },
  // a city before a noun for a player or a trainer of a side is the side
  {
    text: 'The Bristol striker scored twice in the 2-0 win. He joined from Bristol last year.',
    given: [
      ['Bristol', 'LOC'],
      ['Bristol', 'LOC'],
    ],
    expected: ['Bristol/ORG', 'Bristol/ORG'],
  },
  // a city that is a side of a fixture
  {
    text: 'Leeds v Exeter (Sat). Leeds have named an unchanged side.',
    given: [
      ['Leeds', 'LOC'],
      ['Exeter', 'LOC'],
      ['Leeds', 'LOC'],
    ],
    expected: ['Leeds/ORG', 'Exeter/ORG', 'Leeds/ORG'],
  },
  // a result at a city is a result against its side
  {
    text: 'Their form ended with a 4-0 defeat at Exeter. Exeter climbed to third.',
    given: [
      ['Exeter', 'LOC'],
      ['Exeter', 'LOC'],
    ],
    expected: ['Exeter/ORG', 'Exeter/ORG'],
  },
  // after "in", the city stays the place
  {
    text: 'Chester won 2-0 on Saturday. The squad trained in Chester on Monday.',
    given: [
      ['Chester', 'ORG'],
      ['Chester', 'LOC'],
    ],
    expected: ['Chester/ORG', 'Chester/LOC'],
  },
  // outside sport a city before a noun for a person stays the place
  {
    text: 'The Bristol lawyer said the council had acted lawfully.',
    given: [['Bristol', 'LOC']],
    expected: ['Bristol/LOC'],
  },
  // in a sports text, a city's player (its possessive, or a rookie's noun between) names the side,
  // and its other mentions follow; a resident keeps the place
  {
    text: "The game went to overtime. Dallas' Tom Vane and Atlanta rookie Ian Kerr starred in the win, and the next game is at Atlanta. Boston resident Ann Hale watched the game.",
    given: [
      ['Dallas', 'LOC'],
      ['Tom Vane', 'PERSON'],
      ['Atlanta', 'LOC'],
      ['Ian Kerr', 'PERSON'],
      ['Atlanta', 'LOC'],
      ['Boston', 'LOC'],
      ['Ann Hale', 'PERSON'],
    ],
    expected: [
      'Dallas/ORG',
      'Tom Vane/PERSON',
      'Atlanta/ORG',
      'Ian Kerr/PERSON',
      'Atlanta/ORG',
      'Boston/LOC',
      'Ann Hale/PERSON',
    ],
  },
  // the other side of a noun for a game, after "against"
  {
    text: 'The game was tense. They open a playoff series against New Jersey on Friday.',
    given: [['New Jersey', 'LOC']],
    expected: ['New Jersey/ORG'],
  },
  // a place after a transfer word and "from" or "to" is a club, known to the lexicon or not
  {
    text: 'Rovers won 2-0. Their winger joined from Varlonne in May and rejected a move to Lyon.',
    given: [
      ['Rovers', 'ORG'],
      ['Varlonne', 'LOC'],
      ['Lyon', 'LOC'],
    ],
    expected: ['Rovers/ORG', 'Varlonne/ORG', 'Lyon/ORG'],
  },
  // a transfer story with no game: a position WordNet lacks ("midfielder") makes it a sports text
  {
    text: 'The midfielder joined from Varlonne last summer and now wants to stay.',
    given: [['Varlonne', 'LOC']],
    expected: ['Varlonne/ORG'],
  },
  // not a text about anything else
  {
    text: 'The family joined from Varlonne last summer and now wants to stay.',
    given: [['Varlonne', 'LOC']],
    expected: ['Varlonne/LOC'],
  },
  // a person who moved house, and a country after a transfer word, keep the place
  {
    text: 'Rovers won 2-0. The winger moved to Lyon as a boy and turned down a move to Spain.',
    given: [
      ['Rovers', 'ORG'],
      ['Lyon', 'LOC'],
      ['Spain', 'LOC'],
    ],
    expected: ['Rovers/ORG', 'Lyon/LOC', 'Spain/LOC'],
  },
  // no game named: the city of a club the text names ("Leicester City") before a trainer noun is the club
  {
    text: 'Leicester have rejected a bid for Ian Kerr. Leicester manager Tom Vane said Kerr would stay at Leicester City.',
    given: [
      ['Leicester', 'LOC'],
      ['Ian Kerr', 'PERSON'],
      ['Leicester', 'LOC'],
      ['Tom Vane', 'PERSON'],
      ['Kerr', 'PERSON'],
      ['Leicester City', 'ORG'],
    ],
    expected: [
      'Leicester/ORG',
      'Ian Kerr/PERSON',
      'Leicester/ORG',
      'Tom Vane/PERSON',
      'Kerr/PERSON',
      'Leicester City/ORG',
    ],
  },
  // no game, no player's noun: a place the lexicon does not know, coordinated with an ORG beside a
  // club named "City + club word", is a club too
  {
    text: 'Leicester City have confirmed the deal for Ian Kerr. His displays against Dunmore Vale and Kestrel Villa impressed.',
    given: [
      ['Leicester City', 'ORG'],
      ['Ian Kerr', 'PERSON'],
      ['Dunmore Vale', 'LOC'],
      ['Kestrel Villa', 'ORG'],
    ],
    expected: ['Leicester City/ORG', 'Ian Kerr/PERSON', 'Dunmore Vale/ORG', 'Kestrel Villa/ORG'],
  },
  // without the club's name, and with no game, the city stays a place
  {
    text: 'Leicester have rejected a bid for Ian Kerr. Leicester manager Tom Vane said Kerr would stay.',
    given: [
      ['Leicester', 'LOC'],
      ['Ian Kerr', 'PERSON'],
      ['Leicester', 'LOC'],
      ['Tom Vane', 'PERSON'],
      ['Kerr', 'PERSON'],
    ],
    expected: ['Leicester/LOC', 'Ian Kerr/PERSON', 'Leicester/LOC', 'Tom Vane/PERSON', 'Kerr/PERSON'],
  },
  // a position on a rugby side that WordNet lacks ("prop", "lock") names the city's club
  {
    text: 'Bath won 24-10. The Leicester prop Ed Vane was injured before the trip to Leicester.',
    given: [
      ['Bath', 'ORG'],
      ['Leicester', 'LOC'],
      ['Ed Vane', 'PERSON'],
      ['Leicester', 'LOC'],
    ],
    expected: ['Bath/ORG', 'Leicester/ORG', 'Ed Vane/PERSON', 'Leicester/ORG'],
  },
  // a capital is a club only before a player's position; "in Madrid" stays the place
  {
    text: 'Rovers won 2-0. The Madrid midfielder Ian Kerr said Madrid want him. He lives in Madrid.',
    given: [
      ['Rovers', 'ORG'],
      ['Madrid', 'LOC'],
      ['Ian Kerr', 'PERSON'],
      ['Madrid', 'LOC'],
      ['Madrid', 'LOC'],
    ],
    expected: ['Rovers/ORG', 'Madrid/ORG', 'Ian Kerr/PERSON', 'Madrid/ORG', 'Madrid/LOC'],
  },
  // a capital after a result at it is the place where the game was played
  {
    text: 'Rovers won 2-0. It was their first win at Madrid in years.',
    given: [
      ['Rovers', 'ORG'],
      ['Madrid', 'LOC'],
    ],
    expected: ['Rovers/ORG', 'Madrid/LOC'],
  },
  // in a sports text, a name no lexicon knows as a place, beside a club, is a club
  {
    text: 'Rovers won 2-0. Wins against West Tarb and Aston Vane lifted them.',
    given: [
      ['Rovers', 'ORG'],
      ['West Tarb', 'LOC'],
      ['Aston Vane', 'ORG'],
    ],
    expected: ['Rovers/ORG', 'West Tarb/ORG', 'Aston Vane/ORG'],
  },
  // not outside sport
  {
    text: 'Staff from West Tarb and Aston Vane met on Monday.',
    given: [
      ['West Tarb', 'LOC'],
      ['Aston Vane', 'ORG'],
    ],
    expected: ['West Tarb/LOC', 'Aston Vane/ORG'],
  },
  // a country keeps its type (national sides are LOC)
  {
    text: 'France won 2-1. The France striker was booked in France last year.',
    given: [
      ['France', 'LOC'],
      ['France', 'LOC'],
      ['France', 'LOC'],
    ],
    expected: ['France/LOC', 'France/LOC', 'France/LOC'],
  },
]);

table('typeClubNicknames', (text, names) => typeClubNicknames(text, segment(text), names), [
  // a capitalised plural before a player's noun, or in brackets after a player, is a club: all its mentions
  {
    text: 'Wales beat Italy 30-10. Herons lock Dai Penn starts. The side: T Vane (Herons), R Kerr (Kites).',
    given: [
      ['Wales', 'LOC'],
      ['Italy', 'LOC'],
      ['Herons', 'LOC'],
      ['Dai Penn', 'PERSON'],
      ['T Vane', 'PERSON'],
      ['Herons', 'MISC'],
      ['R Kerr', 'PERSON'],
      ['Kites', 'LOC'],
    ],
    expected: [
      'Wales/LOC',
      'Italy/LOC',
      'Herons/ORG',
      'Dai Penn/PERSON',
      'T Vane/PERSON',
      'Herons/ORG',
      'R Kerr/PERSON',
      'Kites/ORG',
    ],
  },
  // in a report of games, a plural that is the other side of a competition verb, with "to" on the score
  {
    text: 'The Herons lost to the Kites 99-90 in the other game. The game was late.',
    given: [
      ['Herons', 'ORG'],
      ['Kites', 'MISC'],
    ],
    expected: ['Herons/ORG', 'Kites/ORG'],
  },
  // a people's name beaten is the national side, not a club
  {
    text: 'The Herons lost to the Kites 99-90 in the other game. They have defeated the Aussies once already in the game.',
    given: [
      ['Herons', 'ORG'],
      ['Kites', 'MISC'],
      ['Aussies', 'MISC'],
    ],
    expected: ['Herons/ORG', 'Kites/ORG', 'Aussies/MISC'],
  },
  // in a report of games, a plural before any noun for a person ("boss", "fans")
  {
    text: 'Hale won the match 2-1. Herons boss Tom Vane said the game was poor and the Herons fans sang.',
    given: [
      ['Hale', 'ORG'],
      ['Herons', 'MISC'],
      ['Tom Vane', 'PERSON'],
      ['Herons', 'MISC'],
    ],
    expected: ['Hale/ORG', 'Herons/ORG', 'Tom Vane/PERSON', 'Herons/ORG'],
  },
  // in a report of games with a score, a side coordinated with a club or the subject of "win"
  {
    text: 'Hale and the Herons drew 2-2 in the match on Sunday. The game was poor, with the Kites winning only one of their last ten games.',
    given: [
      ['Hale', 'ORG'],
      ['Herons', 'MISC'],
      ['Kites', 'MISC'],
    ],
    expected: ['Hale/ORG', 'Herons/ORG', 'Kites/ORG'],
  },
  // a plural of a player's surname is the family ("the Bryans" of "Bob Bryan")
  {
    text: 'Bob Penrod won 6-4 in the match. The Penrods broke serve in the game and the Penrods won the game 6-4.',
    given: [
      ['Bob Penrod', 'PERSON'],
      ['Penrods', 'MISC'],
      ['Penrods', 'MISC'],
    ],
    expected: ['Bob Penrod/PERSON', 'Penrods/MISC', 'Penrods/MISC'],
  },
  // a nationality, a place, a surname of a person on the page and a title after a number stay
  {
    text: 'Hale won 2-1. Scots fans cheered. Sam Giles scored and Giles fans sang. The 21 Herons actress Ann Roe watched.',
    given: [
      ['Hale', 'ORG'],
      ['Scots', 'MISC'],
      ['Sam Giles', 'PERSON'],
      ['Giles', 'PERSON'],
      ['Herons', 'MISC'],
      ['Ann Roe', 'PERSON'],
    ],
    expected: ['Hale/ORG', 'Scots/MISC', 'Sam Giles/PERSON', 'Giles/PERSON', 'Herons/MISC', 'Ann Roe/PERSON'],
  },
  // outside sport, no club
  {
    text: 'Herons boss Tom Vane opened the shop on Monday.',
    given: [
      ['Herons', 'MISC'],
      ['Tom Vane', 'PERSON'],
    ],
    expected: ['Herons/MISC', 'Tom Vane/PERSON'],
  },
]);

table('refineNames: club nicknames', (text, names) => refineNames(text, segment(text), names), [
  // whole refinement: the nickname typed a place is the club
  {
    text: 'Wales beat Italy 30-10 on Saturday. Herons lock Dai Penn was the best player in the 30-10 win.',
    given: [
      ['Wales', 'LOC'],
      ['Italy', 'LOC'],
      ['Herons', 'LOC'],
      ['Dai Penn', 'PERSON'],
    ],
    expected: ['Wales/LOC/GPE', 'Italy/LOC/GPE', 'Herons/ORG', 'Dai Penn/PERSON'],
  },
]);

table('typeLastWordsOfOrganisations', typeLastWordsOfOrganisations, [
  // the last word of a club's name, alone, is the club
  {
    text: 'Marlow Rovers confirmed the deal. He wants to stay at Rovers.',
    given: [
      ['Marlow Rovers', 'ORG'],
      ['Rovers', 'LOC'],
    ],
    expected: ['Marlow Rovers/ORG', 'Rovers/ORG'],
  },
  // after "in", the town the club is named after
  {
    text: 'Marlow Kessring won again. The club is based in Kessring.',
    given: [
      ['Marlow Kessring', 'ORG'],
      ['Kessring', 'LOC'],
    ],
    expected: ['Marlow Kessring/ORG', 'Kessring/LOC'],
  },
  // a known place stays
  {
    text: 'Bank of Chester staff met in Chester.',
    given: [
      ['Bank of Chester', 'ORG'],
      ['Chester', 'LOC'],
    ],
    expected: ['Bank of Chester/ORG', 'Chester/LOC'],
  },
]);

table('typeBySenses: celestial bodies', typeBySenses, [
  // a planet is no organisation nor person
  {
    text: 'The probe will photograph Saturn before it returns to Earth.',
    given: [
      ['Saturn', 'PERSON'],
      ['Earth', 'ORG'],
    ],
    expected: ['Saturn/MISC', 'Earth/MISC'],
  },
  // a word of a person's longer name stays; so does "the Sun", a newspaper too
  {
    text: 'Ada Saturn wrote to the Sun. Saturn said nothing more.',
    given: [
      ['Ada Saturn', 'PERSON'],
      ['Sun', 'ORG'],
      ['Saturn', 'PERSON'],
    ],
    expected: ['Ada Saturn/PERSON', 'Sun/ORG', 'Saturn/PERSON'],
  },
  // a name that speaks is no planet: a firm
  {
    text: 'Sales of handsets will double, said Saturn, a research firm.',
    given: [['Saturn', 'ORG']],
    expected: ['Saturn/ORG'],
  },
]);

describe('isSportRoleNoun', () => {
  it('knows players and trainers of a side', () => {
    for (const noun of ['striker', 'goalkeeper', 'coach', 'manager', 'prop', 'lock', 'midfielder'])
      assert.ok(isSportRoleNoun(noun), noun);
  });
  it('not other people', () => {
    for (const noun of ['lawyer', 'mayor', 'chairman']) assert.ok(!isSportRoleNoun(noun), noun);
  });
});
