import { joinNameHeads } from './organisation-heads.js';
import { table } from './test-table.js';

table('joinNameHeads', joinNameHeads, [
  // the adjective or place kept alone, the capitalised head left out
  {
    text: 'The vote went to the Ruritanian Parliament on Monday.',
    given: [['Ruritanian', 'MISC']],
    expected: ['Ruritanian Parliament/ORG'],
  },
  {
    text: 'A spokesman for the Eastland Film Council said so.',
    given: [['Eastland', 'LOC']],
    expected: ['Eastland Film Council/ORG'],
  },
  // a head WordNet first files as an organisation ("orchestra", "choir")
  {
    text: 'She has conducted the Ruritanian Chamber Orchestra since 2001.',
    given: [['Ruritanian', 'MISC']],
    expected: ['Ruritanian Chamber Orchestra/ORG'],
  },
  {
    text: 'He sang with the Eastland Choir at Easter.',
    given: [['Eastland', 'LOC']],
    expected: ['Eastland Choir/ORG'],
  },
  // a head that is first a building or a gathering is none ("Museum", "Festival")
  {
    text: 'He spoke at the Eastland Festival on Monday.',
    given: [['Eastland', 'LOC']],
    expected: ['Eastland/LOC'],
  },
  {
    text: 'They swam the Ruritanian Channel in June.',
    given: [['Ruritanian', 'MISC']],
    expected: ['Ruritanian Channel/LOC'],
  },
  // the phrase runs on, a role, a loose government word, a person, a word that is no head: unchanged
  {
    text: 'It opens at the Eastland Exhibition and Conference Centre.',
    given: [['Eastland', 'LOC']],
    expected: ['Eastland/LOC'],
  },
  {
    text: 'Eastland Rules Committee Chairman Tom Vell spoke.',
    given: [
      ['Eastland', 'LOC'],
      ['Tom Vell', 'PERSON'],
    ],
    expected: ['Eastland/LOC', 'Tom Vell/PERSON'],
  },
  {
    text: 'The Eastland Trade Council met.',
    given: [['Eastland', 'LOC']],
    expected: ['Eastland Trade Council/ORG'],
  },
  {
    text: 'The Eastland Trade Secretary Council met.',
    given: [['Eastland', 'LOC']],
    expected: ['Eastland/LOC'],
  },
  { text: 'The Eastland Government said no.', given: [['Eastland', 'LOC']], expected: ['Eastland/LOC'] },
  {
    text: 'Anna Vell Committee members met.',
    given: [['Anna Vell', 'PERSON']],
    expected: ['Anna Vell/PERSON'],
  },
  { text: 'The Eastland Online service grew.', given: [['Eastland', 'LOC']], expected: ['Eastland/LOC'] },
  {
    text: 'The Eastland Party Leader spoke.',
    given: [['Eastland', 'ORG']],
    expected: ['Eastland/ORG'],
  },
]);
