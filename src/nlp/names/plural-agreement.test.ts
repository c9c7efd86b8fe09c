import { segment } from '../segment/segment.js';
import type { NameMention } from './name-mention.js';
import { typeGroupsByPluralAgreement } from './plural-agreement.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: readonly NameMention[]): NameMention[] =>
  typeGroupsByPluralAgreement(text, segment(text), names);

table('typeGroupsByPluralAgreement', step, [
  // a name alone as the subject of a plural verb: a band, not a person; every mention follows
  {
    text: 'Kessel Row have been nominated for three awards. Kessel Row formed in 1999.',
    given: [
      ['Kessel Row', 'PERSON'],
      ['Kessel Row', 'PERSON'],
    ],
    expected: ['Kessel Row/ORG', 'Kessel Row/ORG'],
  },
  {
    text: 'Franz Hollow are the best live act in the country.',
    given: [['Franz Hollow', 'PERSON']],
    expected: ['Franz Hollow/ORG'],
  },
  // an unknown place name too
  {
    text: 'Glass Harbour have been signed by a label.',
    given: [['Glass Harbour', 'LOC']],
    expected: ['Glass Harbour/ORG'],
  },
  // "their" later in its own main clause, with nothing else it could stand for
  {
    text: 'Franz Hollow earned a place at number nine for their home-town gig.',
    given: [['Franz Hollow', 'PERSON']],
    expected: ['Franz Hollow/ORG'],
  },
  // ", which": a company's relative clause, not a person's
  {
    text: 'Tara Vesey, which is due to report its sales in May, declined to comment.',
    given: [['Tara Vesey', 'PERSON']],
    expected: ['Tara Vesey/ORG'],
  },
  // must not change: two people are a plural
  {
    text: 'Ann Hale and Tom Lind are expected to attend.',
    given: [
      ['Ann Hale', 'PERSON'],
      ['Tom Lind', 'PERSON'],
    ],
    expected: ['Ann Hale/PERSON', 'Tom Lind/PERSON'],
  },
  // must not change: a conjunction or a person's noun before the name (misparsed coordination)
  {
    text: 'Singer Tara Vesey and chef Ann Hale have both left the house.',
    given: [
      ['Tara Vesey', 'PERSON'],
      ['Ann Hale', 'PERSON'],
    ],
    expected: ['Tara Vesey/PERSON', 'Ann Hale/PERSON'],
  },
  {
    text: 'The rapper and songwriter, Ann Hale have topped the poll.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  // must not change: "their" in a clause with a subject of its own
  {
    text: 'Ann Hale said earlier this year that the group were not changing their sound.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  // must not change: the name is an object the parse took for a subject
  {
    text: 'Plans for a museum dedicated to Ann Hale are stalling.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  {
    text: 'People who like Ann Hale are people who do not like music.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  // must not change: "their" may stand for the team, the fans, a relative clause's other subject
  {
    text: 'Ann Hale urged the team to keep their shape.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  {
    text: 'Ann Hale thanked fans for their support.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  // must not change: a place takes "which" too
  {
    text: 'Glass Harbour, which lies on the coast, is popular with tourists.',
    given: [['Glass Harbour', 'LOC']],
    expected: ['Glass Harbour/LOC'],
  },
  // must not change: "who", or a "which" that is about the whole clause
  {
    text: 'Ann Hale, who is due to speak in May, declined to comment.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  {
    text: 'Ann Hale resigned, which surprised everyone.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  // must not change: a family, a known place as a team, a person called "Mr Row" elsewhere
  {
    text: 'The Hales are moving to Leeds.',
    given: [
      ['Hales', 'PERSON'],
      ['Leeds', 'LOC'],
    ],
    expected: ['Hales/PERSON', 'Leeds/LOC'],
  },
  {
    text: 'England are favourites to win the series.',
    given: [['England', 'LOC']],
    expected: ['England/LOC'],
  },
  {
    text: 'Kessel Row have a point. Mr Row said so on Monday.',
    given: [
      ['Kessel Row', 'PERSON'],
      ['Mr Row', 'PERSON'],
    ],
    expected: ['Kessel Row/PERSON', 'Mr Row/PERSON'],
  },
]);
