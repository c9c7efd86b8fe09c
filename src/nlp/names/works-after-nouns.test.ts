import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import type { NameMention } from './name-mention.js';
import { table } from './test-table.js';
import { isWorkNoun, typeWorksAfterNouns } from './works-after-nouns.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: readonly NameMention[]): NameMention[] =>
  typeWorksAfterNouns(text, segment(text), names);

table('typeWorksAfterNouns: versions, premieres and revivals of works', step, [
  {
    text: 'She has agreed to make a film version of Quiet Lanterns next year.',
    given: [['Quiet Lanterns', 'ORG']],
    expected: ['Quiet Lanterns/MISC/WORK'],
  },
  {
    text: 'Fans crowded the London premiere of Harrow Bell on Friday.',
    given: [
      ['London', 'LOC'],
      ['Harrow Bell', 'PERSON'],
    ],
    expected: ['London/LOC', 'Harrow Bell/MISC/WORK'],
  },
  {
    text: 'He stars in the Broadway revival of The Lantern Keeper.',
    given: [
      ['Broadway', 'LOC'],
      ['Lantern Keeper', 'ORG'],
    ],
    expected: ['Broadway/LOC', 'The Lantern Keeper/MISC/WORK'],
  },
  {
    text: 'He returns in a one-off edition of Fenwick Lane at Christmas.',
    given: [['Fenwick Lane', 'LOC']],
    expected: ['Fenwick Lane/MISC/WORK'],
  },
  // a version that is no work's is a firm's or a product's: left alone
  {
    text: 'Users in Spain get the Spanish version of Telvio from today.',
    given: [
      ['Spain', 'LOC'],
      ['Telvio', 'ORG'],
    ],
    expected: ['Spain/LOC', 'Telvio/ORG'],
  },
]);

table('typeWorksAfterNouns', step, [
  // a participle clause of starring, or an apposition headed by a work noun, whatever its determiner
  {
    text: 'Ferntop, starring Ann Hale as a nurse, took $9m at the box office.',
    given: [
      ['Ferntop', 'LOC'],
      ['Ann Hale', 'PERSON'],
    ],
    expected: ['Ferntop/MISC/WORK', 'Ann Hale/PERSON'],
  },
  {
    text: "Glass Harbour, author Tom Lind's first book, is to be filmed.",
    given: [
      ['Glass Harbour', 'ORG'],
      ['Tom Lind', 'PERSON'],
    ],
    expected: ['Glass Harbour/MISC/WORK', 'Tom Lind/PERSON'],
  },
  // names the parse coordinates with a work are works
  {
    text: 'The nominees are the comedy Ferntop, Glass Harbour and Kessel Close.',
    given: [
      ['Ferntop', 'ORG'],
      ['Glass Harbour', 'LOC'],
    ],
    expected: ['Ferntop/MISC/WORK', 'Glass Harbour/MISC/WORK'],
  },
  {
    text: 'She released Ferntop and Glass Harbour in the same year.',
    given: [
      ['Ferntop', 'ORG'],
      ['Glass Harbour', 'LOC'],
    ],
    expected: ['Ferntop/MISC/WORK', 'Glass Harbour/MISC/WORK'],
  },
  // in a text about films, a body's or a place's name built like a title is a work
  {
    text: 'The film topped the chart. The album and the TV series followed. Return of the Harbour came second.',
    given: [['Return of the Harbour', 'ORG']],
    expected: ['Return of the Harbour/MISC/WORK'],
  },
  // must not change: not in a text about works; a body's head or a plural first
  {
    text: 'The vote was close. Return of the Harbour came second.',
    given: [['Return of the Harbour', 'ORG']],
    expected: ['Return of the Harbour/ORG'],
  },
  {
    text: 'The film topped the chart. The album and the TV series followed. Friends of the Harbour objected.',
    given: [['Friends of the Harbour', 'ORG']],
    expected: ['Friends of the Harbour/ORG'],
  },
  // must not change: a person with a given name, a known place, coordinated with a work
  {
    text: 'The comedy Ferntop and Ann Hale were both praised.',
    given: [
      ['Ferntop', 'ORG'],
      ['Ann Hale', 'PERSON'],
    ],
    expected: ['Ferntop/MISC/WORK', 'Ann Hale/PERSON'],
  },
  {
    text: 'The comedy Ferntop and Dorset were both praised.',
    given: [
      ['Ferntop', 'ORG'],
      ['Dorset', 'LOC'],
    ],
    expected: ['Ferntop/MISC/WORK', 'Dorset/LOC'],
  },
  // must not change: a person with a starring clause, a body with a non-work apposition
  {
    text: 'Ann Hale, starring as a nurse, was praised.',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  {
    text: 'It is a film by Dorvik, starring Ann Hale.',
    given: [
      ['Dorvik', 'ORG'],
      ['Ann Hale', 'PERSON'],
    ],
    expected: ['Dorvik/ORG', 'Ann Hale/PERSON'],
  },
  {
    text: "Kelvex, the country's biggest bank, said no.",
    given: [['Kelvex', 'ORG']],
    expected: ['Kelvex/ORG'],
  },
  // "play" as a verb: a match, not a play
  {
    text: 'Dorvik will play Kessel United on Sunday.',
    given: [
      ['Dorvik', 'ORG'],
      ['Kessel United', 'ORG'],
    ],
    expected: ['Dorvik/ORG', 'Kessel United/ORG'],
  },
  // a film, a comedy, a novel, a song: the title is a work, whatever the recogniser made of it
  {
    text: 'The slapstick comedy Ferntop flopped in March.',
    given: [['Ferntop', 'LOC']],
    expected: ['Ferntop/MISC/WORK'],
  },
  {
    text: 'Her third novel Glass Harbour sold well.',
    given: [['Glass Harbour', 'LOC']],
    expected: ['Glass Harbour/MISC/WORK'],
  },
  {
    text: 'The band played the song Paper Lanterns twice.',
    given: [['Paper Lanterns', 'ORG']],
    expected: ['Paper Lanterns/MISC/WORK'],
  },
  // the capitalised words the recogniser cut off are taken in
  {
    text: 'He starred in the film Vera Rule last year.',
    given: [['Vera', 'LOC']],
    expected: ['Vera Rule/MISC/WORK'],
  },
  // after a comma: only an apposition closed by the next comma
  {
    text: 'One of her films, Dovecote Summer, came second.',
    given: [['Dovecote Summer', 'ORG']],
    expected: ['Dovecote Summer/MISC/WORK'],
  },
  {
    text: 'About the film, Omar Vell said little.',
    given: [['Omar Vell', 'PERSON']],
    expected: ['Omar Vell/PERSON'],
  },
  // a person with a known surname after the noun stays a person
  {
    text: 'It was the film Tom Hardwick directed in Oslo.',
    given: [
      ['Tom Hardwick', 'PERSON'],
      ['Oslo', 'LOC'],
    ],
    expected: ['Tom Hardwick/PERSON', 'Oslo/LOC'],
  },
  // a report, a poll or a statement is no work of this kind
  {
    text: 'An online poll by Kestrel found that the report Vantage cited was old.',
    given: [
      ['Kestrel', 'ORG'],
      ['Vantage', 'ORG'],
    ],
    expected: ['Kestrel/ORG', 'Vantage/ORG'],
  },
  // the work named again alone is the work too; a place the lexicon knows stays, people stay
  {
    text: 'His cartoon book Quillets came out in May. The film rights to Quillets were sold.',
    given: [
      ['Quillets', 'MISC'],
      ['Quillets', 'ORG'],
    ],
    expected: ['Quillets/MISC/WORK', 'Quillets/MISC/WORK'],
  },
  {
    text: 'The drama Ward Nine returns. Fans of Ward Nine cheered.',
    given: [
      ['Ward Nine', 'ORG'],
      ['Ward Nine', 'LOC'],
    ],
    expected: ['Ward Nine/MISC/WORK', 'Ward Nine/MISC/WORK'],
  },
  {
    text: 'The film Chicago opened in Chicago last week.',
    given: [
      ['Chicago', 'MISC'],
      ['Chicago', 'LOC'],
    ],
    expected: ['Chicago/MISC/WORK', 'Chicago/LOC'],
  },
  {
    text: 'The film Dario Vell opened. Dario Vell said he was pleased.',
    given: [
      ['Dario Vell', 'ORG'],
      ['Dario Vell', 'PERSON'],
    ],
    expected: ['Dario Vell/MISC/WORK', 'Dario Vell/PERSON'],
  },
  // shows, series and soaps; a known place after "series" stays
  {
    text: 'The BBC show Ward Nine returns in May.',
    given: [
      ['BBC', 'ORG'],
      ['Ward Nine', 'LOC'],
    ],
    expected: ['BBC/ORG', 'Ward Nine/MISC/WORK'],
  },
  {
    text: 'He starred in the soap Kessel Close for years.',
    given: [['Kessel', 'PERSON']],
    expected: ['Kessel Close/MISC/WORK'],
  },
  {
    text: 'It was the first series England had won in Asia.',
    given: [
      ['England', 'LOC'],
      ['Asia', 'LOC'],
    ],
    expected: ['England/LOC', 'Asia/LOC'],
  },
  // "show" as a verb the tagger took for a noun
  {
    text: 'The channel is to show Ward Nine on Fridays.',
    given: [['Ward Nine', 'ORG']],
    expected: ['Ward Nine/ORG'],
  }, // the object of a verb that takes a work, or of "in" after "starred" or "a role"
  {
    text: 'The band released Velvet Orchard in 2003 and toured it.',
    given: [['Velvet Orchard', 'ORG']],
    expected: ['Velvet Orchard/MISC/WORK'],
  },
  {
    text: 'He later starred in Harbour Lights and its sequel.',
    given: [['Harbour Lights', 'LOC']],
    expected: ['Harbour Lights/MISC/WORK'],
  },
  {
    text: 'Mara Velt wrote The Quiet Lanterns in a year.',
    given: [
      ['Mara Velt', 'PERSON'],
      ['Quiet Lanterns', 'ORG'],
    ],
    expected: ['Mara Velt/PERSON', 'The Quiet Lanterns/MISC/WORK'],
  },
  // the same title alone later is the work too
  {
    text: 'Her role in Ferntop Lane won praise. Ferntop Lane opens on Friday.',
    given: [
      ['Ferntop Lane', 'LOC'],
      ['Ferntop Lane', 'ORG'],
    ],
    expected: ['Ferntop Lane/MISC/WORK', 'Ferntop Lane/MISC/WORK'],
  },
  // known places and bodies, other verbs, and a place after a role with "the" stay
  {
    text: 'He appeared in Vienna before he appeared in Kessel Close.',
    given: [
      ['Vienna', 'LOC'],
      ['Kessel Close', 'ORG'],
    ],
    expected: ['Vienna/LOC', 'Kessel Close/MISC/WORK'],
  },
  {
    text: 'Fans watched Harwick Rovers lose again.',
    given: [['Harwick Rovers', 'ORG']],
    expected: ['Harwick Rovers/ORG'],
  },
  {
    text: 'He left to take a coaching role in the Lowlands next year.',
    given: [['Lowlands', 'LOC']],
    expected: ['Lowlands/LOC'],
  },
]);

describe('isWorkNoun', () => {
  it('knows films, songs, plays, novels and comedies', () => {
    for (const word of ['film', 'movie', 'documentary', 'song', 'ballad', 'album', 'play', 'novel', 'comedy'])
      assert.equal(isWorkNoun(word), true, word);
  });
  it('does not take reports, polls, statements or newspapers', () => {
    for (const word of ['report', 'poll', 'statement', 'newspaper', 'series', 'club'])
      assert.equal(isWorkNoun(word), false, word);
  });
});

describe('typeWorksAfterNouns: the title named again', () => {
  it('takes in a mention the recogniser typed a place with a subtype, and the title without its "The"', () => {
    const text = 'He starred in The Glass Orchard. Glass Orchard ran for a year.';
    const first = text.indexOf('Glass Orchard');
    const second = text.indexOf('Glass Orchard', first + 1);
    const names: NameMention[] = [
      { start: first, end: first + 13, type: 'ORG' },
      { start: second, end: second + 13, type: 'LOC', subtype: 'GPE' },
    ];
    assert.deepEqual(
      step(text, names).map((name) => `${text.slice(name.start, name.end)}/${name.type}`),
      ['The Glass Orchard/MISC', 'Glass Orchard/MISC'],
    );
  });
});

/** Titles the recogniser took for people; the people that look alike keep their type. */
table('typeWorksAfterNouns: titles typed as people', step, [
  // starred in / a role in: a person's name there is a work's
  {
    text: 'Tova Renn starred in Kessel Harbour last year.',
    given: [
      ['Tova Renn', 'PERSON'],
      ['Kessel Harbour', 'PERSON'],
    ],
    expected: ['Tova Renn/PERSON', 'Kessel Harbour/MISC/WORK'],
  },
  // a title with "of the" inside, the object of "directed"
  {
    text: 'Lund directed Night of the Lanterns in 2001.',
    given: [
      ['Lund', 'PERSON'],
      ['Night of the Lanterns', 'PERSON'],
    ],
    expected: ['Lund/PERSON', 'Night of the Lanterns/MISC/WORK'],
  },
  // must not change: a person directed is a person
  {
    text: 'She directed Tova Renn in the play.',
    given: [['Tova Renn', 'PERSON']],
    expected: ['Tova Renn/PERSON'],
  },
  // an apposition headed by a work noun
  {
    text: 'Doc Vellan, the Channel 9 drama, returns on Friday.',
    given: [
      ['Doc Vellan', 'PERSON'],
      ['Channel 9', 'ORG'],
    ],
    expected: ['Doc Vellan/MISC/WORK', 'Channel 9/ORG'],
  },
  {
    text: 'The band released the single Paper Boats in May.',
    given: [['Paper Boats', 'ORG']],
    expected: ['Paper Boats/MISC/WORK'],
  },
  // must not change: the work noun only modifies the apposition's head
  {
    text: 'Tova Renn, the film director, was there.',
    given: [['Tova Renn', 'PERSON']],
    expected: ['Tova Renn/PERSON'],
  },
  // must not change: "of" without an article, as in titles of nobility
  {
    text: 'The Duke of Wessex spoke first.',
    given: [['Duke of Wessex', 'PERSON']],
    expected: ['Duke of Wessex/PERSON'],
  },
]);

table('typeWorksAfterNouns: people that stay people', step, [
  // the owner of the work starred in
  {
    text: "Renn starred in Tova Lind's Night of Glass.",
    given: [
      ['Renn', 'PERSON'],
      ['Tova Lind', 'PERSON'],
    ],
    expected: ['Renn/PERSON', 'Tova Lind/PERSON'],
  },
  // an apposition that is no noun phrase of a work
  {
    text: 'Tova Lind, the hotel manager he plays in the film, was there.',
    given: [['Tova Lind', 'PERSON']],
    expected: ['Tova Lind/PERSON'],
  },
]);

table('typeWorksAfterNouns: titles quoted after their noun', step, [
  // the recogniser took one word of the title, or none: the whole quotation is the work
  {
    text: 'The director said her film "Quiet Lanterns" would open in March.',
    given: [['Lanterns', 'LOC']],
    expected: ['Quiet Lanterns/MISC/WORK'],
  },
  {
    text: 'The band played songs from their new album "Salt and Iron" at the festival.',
    given: [],
    expected: ['Salt and Iron/MISC/WORK'],
  },
  // an organisation's name quoted after a work noun is the work
  {
    text: 'Viewers loved the BBC series “Kessel Holdings,” which ended in May.',
    given: [
      ['BBC', 'ORG'],
      ['Kessel Holdings', 'ORG'],
    ],
    expected: ['BBC/ORG', 'Kessel Holdings/MISC/WORK'],
  },
  // quoted speech, or a quotation not written as a title, is left alone
  {
    text: 'He said the film "was the best thing Ann Hale ever did".',
    given: [['Ann Hale', 'PERSON']],
    expected: ['Ann Hale/PERSON'],
  },
  {
    text: 'Critics called the film "Quiet lanterns in the night" a hit.',
    given: [],
    expected: [],
  },
]);
