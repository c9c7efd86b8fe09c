import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../model/index.js';
import { segment } from '../segment/segment.js';
import { refineNames } from './index.js';
import type { NameMention } from './name-mention.js';

/** A recogniser mention over the `occurrence`-th `surface` in `text`. */
interface Given {
  readonly surface: string;
  readonly type: EntityType;
  readonly occurrence?: number;
}

function spanOf(text: string, surface: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`"${surface}" not in "${text}"`);
  }
  return { start, end: start + surface.length };
}

/** Runs the refiner and renders its output as "surface/TYPE[/SUBTYPE]" strings. */
function refine(text: string, given: readonly Given[]): string[] {
  const names: NameMention[] = given.map((mention) => ({
    ...spanOf(text, mention.surface, mention.occurrence),
    type: mention.type,
  }));
  const output = refineNames(text, segment(text), names);
  checkInvariants(text, output);
  return output.map(
    (mention) =>
      `${text.slice(mention.start, mention.end)}/${mention.type}${mention.subtype === undefined ? '' : `/${mention.subtype}`}`,
  );
}

function checkInvariants(text: string, output: readonly NameMention[]): void {
  let lastEnd = 0;
  for (const mention of output) {
    assert.ok(mention.start >= lastEnd, 'sorted and non-overlapping');
    assert.ok(mention.start < mention.end && mention.end <= text.length, 'in bounds');
    const surface = text.slice(mention.start, mention.end);
    assert.doesNotMatch(surface, /^[\s"'“”‘’«»]|[\s"'“”‘’«»,;:]$/u, `trimmed: ${surface}`);
    // (but for a business named in the possessive: "McDonald's said …", possessive-business-names.ts)
    if (!(mention.type === 'ORG' && /^\p{Lu}[\p{L}\p{M}-]*['’]s$/u.test(surface)))
      assert.doesNotMatch(surface, /['’]s$/u, `no possessive: ${surface}`);
    lastEnd = mention.end;
  }
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly given: readonly Given[];
  readonly expected: readonly string[];
}

const boundaryCases: readonly Case[] = [
  {
    name: 'parts an organisation from a person at a lower-case role word',
    text: 'Harbour FM senior reporter Anna Lind filed the story.',
    given: [{ surface: 'Harbour FM senior reporter Anna Lind', type: 'ORG' }],
    expected: ['Harbour FM/ORG', 'Anna Lind/PERSON'],
  },
  {
    name: 'a lower-case word that names no person stays inside',
    text: 'She studied at the Bank of Harbour Town.',
    given: [{ surface: 'Bank of Harbour Town', type: 'ORG' }],
    expected: ['Bank of Harbour Town/ORG'],
  },
  {
    name: 'cuts a name at a spaced dash',
    text: 'Kessel - Dutch side Marrow won.',
    given: [{ surface: 'Kessel - Dutch', type: 'ORG' }],
    expected: ['Kessel/ORG', 'Dutch/MISC/NORP'],
  },
  {
    name: 'cuts a name at a bracket it does not close',
    text: 'The fans chanted Ta-Lo (Marek and Lind all night.',
    given: [{ surface: 'Lo (Marek', type: 'PERSON' }],
    expected: ['Lo/PERSON', 'Marek/PERSON'],
  },
  {
    name: 'cuts a name at a menu bar',
    text: 'Home | Harbour Town | Sport | Weather',
    given: [{ surface: 'Home | Harbour Town', type: 'ORG' }],
    expected: ['Home/ORG', 'Harbour Town/ORG'],
  },
  {
    name: 'drops an ellipsis after a name',
    text: 'Come on the Wrens... we can do it.',
    given: [{ surface: 'Wrens...', type: 'ORG' }],
    expected: ['Wrens/ORG'],
  },
  {
    name: 'drops a trailing possessive',
    text: 'He praised Norway’s response.',
    given: [{ surface: 'Norway’s', type: 'LOC' }],
    expected: ['Norway/LOC/GPE'],
  },
  {
    name: 'drops a bare trailing apostrophe',
    text: 'She read Reuters’ account twice.',
    given: [{ surface: 'Reuters’', type: 'ORG' }],
    expected: ['Reuters/ORG'],
  },
  {
    name: 'drops quotation marks and trailing punctuation',
    text: 'The site “Meduza,” he said, was blocked in Omsk.',
    given: [
      { surface: '“Meduza,”', type: 'ORG' },
      { surface: 'Omsk.', type: 'LOC' },
    ],
    expected: ['Meduza/ORG', 'Omsk/LOC/GPE'],
  },
  {
    name: 'keeps the full stop of an abbreviation',
    text: 'Aid from the U.S. arrived.',
    given: [{ surface: 'U.S.', type: 'LOC' }],
    expected: ['U.S./LOC/GPE'],
  },
  {
    name: 'drops a leading article',
    text: 'Critics of the Kremlin met in the Netherlands.',
    given: [
      { surface: 'the Kremlin', type: 'ORG' },
      { surface: 'the Netherlands', type: 'LOC' },
    ],
    expected: ['Kremlin/ORG', 'Netherlands/LOC/GPE'],
  },
  {
    name: 'keeps an article that belongs to the name, and adds it when missing',
    text: 'The Economist and The Telegraph both ran it.',
    given: [
      { surface: 'The Economist', type: 'ORG' },
      { surface: 'Telegraph', type: 'ORG' },
    ],
    expected: ['The Economist/ORG', 'The Telegraph/ORG'],
  },
  {
    name: 'a lower-case article never joins the name',
    text: 'He told the Telegraph nothing.',
    given: [{ surface: 'the Telegraph', type: 'ORG' }],
    expected: ['Telegraph/ORG'],
  },
  {
    name: 'splits at an inner possessive',
    text: 'Officials from Norway’s Investigative Committee left.',
    given: [{ surface: 'Norway’s Investigative Committee', type: 'ORG' }],
    expected: ['Norway/LOC/GPE', 'Investigative Committee/ORG'],
  },
  {
    name: 'drops trailing common nouns',
    text: 'The Islamic State terrorist group said so.',
    given: [{ surface: 'The Islamic State terrorist group', type: 'ORG' }],
    expected: ['Islamic State/ORG'],
  },
  {
    name: 'drops an article and a trailing noun around a known agency',
    text: 'The Bloomberg News agency reported it.',
    given: [{ surface: 'The Bloomberg News agency', type: 'ORG' }],
    expected: ['Bloomberg News/ORG'],
  },
  {
    name: 'splits at a comma, then at a possessive',
    text: 'Mikhail Orlov, the head of the SVR, Norway’s external agency, spoke.',
    given: [{ surface: 'SVR, Norway’s external', type: 'ORG' }],
    expected: ['SVR/ORG', 'Norway/LOC/GPE'],
  },
  {
    name: 'a comma inside a number does not split',
    text: 'About 2,000 Marines landed.',
    given: [{ surface: '2,000 Marines', type: 'ORG' }],
    expected: ['2,000 Marines/ORG'],
  },
  {
    name: 'drops a plural common noun that opens the sentence',
    text: 'Sisters Maren and Ilse Drava were questioned.',
    given: [
      { surface: 'Sisters Maren', type: 'ORG' },
      { surface: 'Ilse Drava', type: 'PERSON' },
    ],
    expected: ['Maren/PERSON', 'Ilse Drava/PERSON'],
  },
  {
    name: 'keeps a title before a name',
    text: 'President Tarn Volko arrived.',
    given: [{ surface: 'President Tarn Volko', type: 'PERSON' }],
    expected: ['President Tarn Volko/PERSON'],
  },
  {
    name: 'drops a trailing weekday and words after the last capital',
    text: 'Officials told Kestrel Radio Tuesday that the Gulf consist of ports.',
    given: [
      { surface: 'Kestrel Radio Tuesday', type: 'ORG' },
      { surface: 'Gulf consist of', type: 'LOC' },
    ],
    expected: ['Kestrel Radio/ORG', 'Gulf/LOC/GPE'],
  },
  {
    name: 'a known name before a participle keeps only the name',
    text: 'The Chile-backed plan and the Varna-born singer.',
    given: [{ surface: 'Chile-backed', type: 'MISC' }],
    expected: ['Chile/LOC/GPE'],
  },
  {
    name: 'a place before a participle is the place alone',
    text: 'A Varna-based firm won.',
    given: [{ surface: 'Varna-based', type: 'MISC' }],
    expected: ['Varna/LOC/GPE'],
  },
  {
    name: 'keeps a hyphenated compound whole when its first part is no place',
    text: 'A Brannock-based firm won.',
    given: [{ surface: 'Brannock-based', type: 'MISC' }],
    expected: ['Brannock-based/MISC'],
  },
  {
    name: 'a possessive inside a longer name: the lower-case link word goes',
    text: 'Brokers at Finch’s of Lisbon agreed.',
    given: [{ surface: 'Finch’s of Lisbon', type: 'ORG' }],
    expected: ['Finch/ORG', 'Lisbon/LOC/GPE'],
  },
];

const titleCases: readonly Case[] = [
  {
    name: 'a known organisation, a title and a person',
    text: 'UN Secretary General Ama Kwarteng flew in.',
    given: [{ surface: 'UN Secretary General Ama Kwarteng', type: 'ORG' }],
    expected: ['UN/ORG', 'Ama Kwarteng/PERSON'],
  },
  {
    name: 'a demonym, a title and a person',
    text: 'Estonian Prime Minister Kaja Tamm agreed.',
    given: [{ surface: 'Estonian Prime Minister Kaja Tamm', type: 'PERSON' }],
    expected: ['Estonian/MISC/NORP', 'Kaja Tamm/PERSON'],
  },
  {
    name: 'a demonym before a person',
    text: 'Australian Lyle Crane told reporters.',
    given: [{ surface: 'Australian Lyle Crane', type: 'PERSON' }],
    expected: ['Australian/MISC/NORP', 'Lyle Crane/PERSON'],
  },
  {
    name: 'a demonym inside an organisation name stays',
    text: 'British Airways cancelled flights.',
    given: [{ surface: 'British Airways', type: 'ORG' }],
    expected: ['British Airways/ORG'],
  },
  {
    name: 'a portfolio of coordinated common nouns before a title is one organisation',
    text: 'Farming and Fisheries Secretary Ann Lee resigned.',
    given: [{ surface: 'Fisheries Secretary Ann Lee', type: 'ORG' }],
    expected: ['Farming and Fisheries/ORG', 'Ann Lee/PERSON'],
  },
  {
    name: 'a person coordinated before a body and a title stays apart',
    text: 'Marek Holt and Treasury Secretary Ann Lee met.',
    given: [
      { surface: 'Marek Holt', type: 'PERSON' },
      { surface: 'Treasury Secretary Ann Lee', type: 'ORG' },
    ],
    expected: ['Marek Holt/PERSON', 'Treasury/ORG', 'Ann Lee/PERSON'],
  },
  {
    name: 'a title with a lower-case word',
    text: 'Then US Secretary of State Liv Berg spoke.',
    given: [{ surface: 'US Secretary of State Liv Berg', type: 'ORG' }],
    expected: ['US/LOC/GPE', 'Liv Berg/PERSON'],
  },
  {
    name: 'an unknown organisation name before a title: its last word makes it an organisation',
    text: 'Tarvo Group Director Ann Lee resigned.',
    given: [{ surface: 'Tarvo Group Director Ann Lee', type: 'PERSON' }],
    expected: ['Tarvo Group/ORG', 'Ann Lee/PERSON'],
  },
  {
    name: 'an unknown name before a title, typed PERSON: the person alone (no guess at the rest)',
    text: 'Vestland Chief Minister Arvind Kola said the strike was illegal.',
    given: [{ surface: 'Vestland Chief Minister Arvind Kola', type: 'PERSON' }],
    expected: ['Arvind Kola/PERSON'],
  },
  {
    name: 'an unknown name before a title, typed ORG by the tagger: ORG + PERSON',
    text: 'Orbix Chief Executive Marta Lind told investors.',
    given: [{ surface: 'Orbix Chief Executive Marta Lind', type: 'ORG' }],
    expected: ['Orbix/ORG', 'Marta Lind/PERSON'],
  },
  {
    name: 'an unknown name before a title and a single name stays whole',
    text: 'Vestland Chief Minister Kola said so.',
    given: [{ surface: 'Vestland Chief Minister Kola', type: 'PERSON' }],
    expected: ['Vestland Chief Minister Kola/PERSON'],
  },
  {
    name: 'an unknown acronym, a title and a person',
    text: 'QVL Chairman Tomas Brink stepped down.',
    given: [{ surface: 'QVL Chairman Tomas Brink', type: 'ORG' }],
    expected: ['QVL/ORG', 'Tomas Brink/PERSON'],
  },
  {
    name: 'an acronym with no title after it stays whole',
    text: 'QVL Tomas Brink stepped down.',
    given: [{ surface: 'QVL Tomas Brink', type: 'ORG' }],
    expected: ['QVL Tomas Brink/ORG'],
  },
];

const personCases: readonly Case[] = [
  {
    name: 'a full name called LOC shares a surname with a PERSON',
    text: 'Ivo Marek met the press. Later Marek left.',
    given: [
      { surface: 'Ivo Marek', type: 'LOC' },
      { surface: 'Marek', type: 'PERSON', occurrence: 1 },
    ],
    expected: ['Ivo Marek/PERSON', 'Marek/PERSON'],
  },
  {
    name: 'a known place is never made a person',
    text: 'Ana Chile spoke. Chile agreed.',
    given: [
      { surface: 'Ana Chile', type: 'PERSON' },
      { surface: 'Chile', type: 'LOC', occurrence: 1 },
    ],
    expected: ['Ana Chile/PERSON', 'Chile/LOC/GPE'],
  },
  {
    name: 'headlines in capitals are left alone',
    text: 'KESTREL MAREK WINS. Ivo Marek smiled.',
    given: [
      { surface: 'KESTREL MAREK', type: 'ORG' },
      { surface: 'Ivo Marek', type: 'PERSON' },
    ],
    expected: ['KESTREL MAREK/ORG', 'Ivo Marek/PERSON'],
  },
];

const typeCases: readonly Case[] = [
  {
    name: 'a country called ORG is a place',
    text: 'Lithuania denied the claim.',
    given: [{ surface: 'Lithuania', type: 'ORG' }],
    expected: ['Lithuania/LOC/GPE'],
  },
  {
    name: 'a country name used as a first name stays a person',
    text: 'Georgia Brandt won the race.',
    given: [{ surface: 'Georgia Brandt', type: 'PERSON' }],
    expected: ['Georgia Brandt/PERSON'],
  },
  {
    name: 'region phrases are joined and typed GPE',
    text: 'Two men were held in Smolensk region on Sunday.',
    given: [{ surface: 'Smolensk', type: 'LOC' }],
    expected: ['Smolensk region/LOC/GPE'],
  },
  {
    name: 'a lower-case county is not joined',
    text: 'Rain fell in Harlow county.',
    given: [{ surface: 'Harlow', type: 'LOC' }],
    expected: ['Harlow/LOC/GPE'],
  },
  {
    name: 'a missed region phrase is added',
    text: 'Shelling hit Belgorod Oblast again.',
    given: [],
    expected: ['Belgorod Oblast/LOC/GPE'],
  },
  {
    name: 'facilities: a hall called ORG, an airport called LOC',
    text: 'Fans left the Harmony Concert Hall for Vnukovo Airport.',
    given: [
      { surface: 'Harmony Concert Hall', type: 'ORG' },
      { surface: 'Vnukovo Airport', type: 'LOC' },
    ],
    expected: ['Harmony Concert Hall/LOC/FAC', 'Vnukovo Airport/LOC/FAC'],
  },
  {
    name: 'City Hall alone stays an organisation',
    text: 'City Hall declined to comment.',
    given: [{ surface: 'City Hall', type: 'ORG' }],
    expected: ['City Hall/ORG'],
  },
  {
    name: 'natural places and continents are LOC without GPE',
    text: 'Ships crossed the Black Sea towards Europe.',
    given: [
      { surface: 'Black Sea', type: 'LOC' },
      { surface: 'Europe', type: 'LOC' },
    ],
    expected: ['Black Sea/LOC', 'Europe/LOC'],
  },
  {
    name: 'an unknown town is GPE',
    text: 'Floods reached Zorblatt overnight.',
    given: [{ surface: 'Zorblatt', type: 'LOC' }],
    expected: ['Zorblatt/LOC/GPE'],
  },
  {
    name: 'demonyms are NORP, split at hyphens and added when missed',
    text: 'Estonian guards watched the Latvian-Lithuanian frontier with Finnish help.',
    given: [
      { surface: 'Estonian', type: 'ORG' },
      { surface: 'Latvian-Lithuanian', type: 'MISC' },
    ],
    expected: ['Estonian/MISC/NORP', 'Latvian/MISC/NORP', 'Lithuanian/MISC/NORP', 'Finnish/MISC/NORP'],
  },
  {
    name: 'a demonym before a compound adjective',
    text: 'A Kyrgyz-born driver was questioned.',
    given: [],
    expected: ['Kyrgyz/MISC/NORP'],
  },
  {
    name: 'a news outlet called PERSON is an organisation',
    text: 'Staff at Mediazona said the list was incomplete.',
    given: [{ surface: 'Mediazona', type: 'PERSON' }],
    expected: ['Mediazona/ORG'],
  },
  {
    name: 'a full name that a group noun introduces stays an organisation, whatever the name lists say',
    text: "Tuesday's figures came from US mortgage company Dana Lowry, which lends to buyers. Dana Lowry said demand rose.",
    given: [
      { surface: 'US', type: 'LOC' },
      { surface: 'Dana Lowry', type: 'ORG' },
      { surface: 'Dana Lowry', type: 'ORG', occurrence: 1 },
    ],
    expected: ['US/LOC/GPE', 'Dana Lowry/ORG', 'Dana Lowry/ORG'],
  },
  {
    name: 'a full name after a group noun stays an organisation when the parse gives the verb two subjects',
    text: 'The charity Marion Vale said the cuts would hurt families.',
    given: [{ surface: 'Marion Vale', type: 'PERSON' }],
    expected: ['Marion Vale/ORG'],
  },
  {
    name: 'a single name after a performer noun is a person',
    text: 'The street artist Kasmo painted the bridge overnight.',
    given: [{ surface: 'Kasmo', type: 'ORG' }],
    expected: ['Kasmo/PERSON'],
  },
];

const lexiconCases: readonly Case[] = [
  {
    name: 'a known multiword outlet wins over a split',
    text: 'She spoke to Novaya Gazeta Europe last week.',
    given: [
      { surface: 'Novaya Gazeta', type: 'ORG' },
      { surface: 'Europe', type: 'LOC' },
    ],
    expected: ['Novaya Gazeta Europe/ORG'],
  },
  {
    name: 'missed agencies and countries are added',
    text: 'Officials in Oslo told AFP and Reuters that Chile had agreed.',
    given: [],
    expected: ['Oslo/LOC/GPE', 'AFP/ORG', 'Reuters/ORG', 'Chile/LOC/GPE'],
  },
  {
    name: 'a longer recogniser name keeps the gazetteer name inside it',
    text: 'The Reuters Institute published a survey.',
    given: [{ surface: 'Reuters Institute', type: 'ORG' }],
    expected: ['Reuters Institute/ORG'],
  },
  {
    name: 'nothing is added inside another name',
    text: 'Wendy Chile spoke at the Bank of England.',
    given: [],
    expected: [],
  },
  {
    name: 'nothing is added after an honorific',
    text: 'Later, Mr Jordan left.',
    given: [],
    expected: [],
  },
  {
    name: 'a plural person noun WordNet knows opening the sentence is no part of the name',
    text: 'Linesmen Dario Vell and Ossie Kraft will start on Sunday.',
    given: [
      { surface: 'Linesmen Dario Vell', type: 'PERSON' },
      { surface: 'Ossie Kraft', type: 'PERSON' },
    ],
    expected: ['Dario Vell/PERSON', 'Ossie Kraft/PERSON'],
  },
  {
    name: 'a plural person noun ending in -s opening the sentence is dropped too',
    text: 'Goalkeepers Ivo Marsh and Pell Dorn trained apart.',
    given: [
      { surface: 'Goalkeepers Ivo Marsh', type: 'PERSON' },
      { surface: 'Pell Dorn', type: 'PERSON' },
    ],
    expected: ['Ivo Marsh/PERSON', 'Pell Dorn/PERSON'],
  },
  {
    name: 'a sentence-initial common word is not a place',
    text: 'Reading the report took hours.',
    given: [],
    expected: [],
  },
  {
    name: 'short capitals in a capitalised headline are not names',
    text: 'WHO IS TO BLAME FOR THE US CRISIS',
    given: [],
    expected: [],
  },
  {
    name: 'lower-case words are never added',
    text: 'Give us a chance, said the reuters fan.',
    given: [],
    expected: [],
  },
  {
    name: 'a chain named in the possessive keeps its "\'s" when it owns nothing',
    text: "Kellinger's said its sales rose.",
    given: [{ surface: 'Kellinger', type: 'PERSON' }],
    expected: ["Kellinger's/ORG"],
  },
  {
    name: 'a quoted title is the work where its words stand again, whatever a later step grew',
    text: 'The director said her film "Silent Harbour" would open in March. Critics praised Silent Harbour for its score.',
    given: [
      { surface: 'Harbour', type: 'MISC' },
      { surface: 'Harbour', type: 'MISC', occurrence: 1 },
    ],
    expected: ['Silent Harbour/MISC/WORK', 'Silent Harbour/MISC/WORK'],
  },
  {
    name: 'the United States without its article, and the UK',
    text: 'Talks between the United States and the UK stalled.',
    given: [],
    expected: ['United States/LOC/GPE', 'UK/LOC/GPE'],
  },
];

for (const [title, cases] of [
  ['refineNames: boundaries', boundaryCases],
  ['refineNames: types and subtypes', typeCases],
  ['refineNames: lexicon names', lexiconCases],
  ['refineNames: one person, one type', personCases],
  ['refineNames: titles between names', titleCases],
] as const) {
  describe(title, () => {
    for (const testCase of cases) {
      it(testCase.name, () => assert.deepEqual(refine(testCase.text, testCase.given), testCase.expected));
    }
  });
}

describe('refineNames: robustness', () => {
  it('returns nothing for nothing', () => assert.deepEqual(refineNames('', segment(''), []), []));
  it('is pure: the input array is not changed', () => {
    const text = 'They met the Kremlin’s envoy.';
    const names: NameMention[] = [{ ...spanOf(text, 'the Kremlin’s'), type: 'LOC' }];
    const copy = JSON.stringify(names);
    refineNames(text, segment(text), names);
    assert.equal(JSON.stringify(names), copy);
  });
  it('keeps every output valid for arbitrary recogniser spans', () => {
    const text =
      '“Peru’s envoy,” said the Bloomberg News agency, “met the UN’s chief in Lima.” The Telegraph’s reporters, in Crocus City Hall, saw Kyrgyz men.';
    const types: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
    let seed = 7;
    const random = (limit: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % limit;
    };
    const segments = segment(text);
    for (let round = 0; round < 300; round += 1) {
      const names: NameMention[] = [];
      let position = 0;
      while (position < text.length - 2) {
        const start = position + random(12);
        const end = Math.min(text.length, start + 1 + random(25));
        if (start >= end) break;
        names.push({ start, end, type: types[random(4)] as EntityType });
        position = end + random(3);
      }
      checkInvariants(text, refineNames(text, segments, names));
    }
  });
});
