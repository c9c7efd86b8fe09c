import { foldKey } from './normalise.js';

/**
 * Words about people: role and title nouns ("president", "head of", "spokesman for"), honorifics
 * ("Mr", "Gen."), nominal heads of anonymous or group references ("official", "sources",
 * "suspect"), and the words that make a phrase a government body ("ministry", "committee").
 */

export type Gender = 'male' | 'female';

export type RoleCategory =
  | 'political'
  | 'government'
  | 'military'
  | 'security'
  | 'legal'
  | 'media'
  | 'business'
  | 'religious'
  | 'royal'
  | 'expert'
  | 'generic';

export type RolePreposition = 'of' | 'for' | 'to' | 'from' | 'on';

const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'from', 'on']);

export interface RoleNoun {
  /** The singular form ("spokesman", "prime minister"). */
  readonly lemma: string;
  readonly category: RoleCategory;
  /** Only for words that carry it ("spokeswoman", "king"). */
  readonly gender?: Gender;
  /** True for a plural form ("officials", "ministers"). */
  readonly plural: boolean;
  /** The preposition that usually introduces what the role is of ("head of", "spokesman for", "adviser to"). */
  readonly preposition?: RolePreposition;
}

/** `lemma|category|gender?|preposition?|plural?` — an empty plural means the regular one. */
const ROLES: readonly string[] = [
  'president|political||of',
  'president-elect|political||of',
  'vice-president|political||of',
  'vice president|political||of',
  'prime minister|political||of',
  'premier|political||of',
  'chancellor|political||of',
  'minister|political||for',
  'foreign minister|political||of',
  'defence minister|political||of',
  'defense minister|political||of',
  'interior minister|political||of',
  'finance minister|political||of',
  'justice minister|political||of',
  'deputy minister|political||of',
  'secretary|political||of|secretaries',
  'secretary of state|political|||secretaries of state',
  'secretary-general|political||of|secretaries-general',
  'secretary general|political||of|secretaries general',
  'governor|political||of',
  'mayor|political||of',
  'senator|political||from',
  'congressman|political|male|from|congressmen',
  'congresswoman|political|female|from|congresswomen',
  'lawmaker|political||from',
  'legislator|political',
  'MP|political||for',
  'deputy|political||of|deputies',
  'councillor|political',
  'councilor|political',
  'speaker|political||of',
  'leader|political||of',
  'opposition leader|political',
  'dictator|political||of',
  'autocrat|political',
  'strongman|political|male||strongmen',
  'head of state|political|||heads of state',
  'head of government|political|||heads of government',
  'head|generic||of',
  'chief|generic||of',
  'chairman|generic|male|of|chairmen',
  'chairwoman|generic|female|of|chairwomen',
  'chairperson|generic||of',
  'chair|generic||of',
  'president|generic||of',
  'director|generic||of',
  'director-general|generic||of|directors-general',
  'deputy director|generic||of',
  'commissioner|government||for',
  'official|government||from',
  'spokesman|government|male|for|spokesmen',
  'spokeswoman|government|female|for|spokeswomen',
  'spokesperson|government||for|spokespeople',
  'press secretary|government||for|press secretaries',
  'adviser|government||to',
  'advisor|government||to',
  'aide|government||to',
  'envoy|government||to',
  'ambassador|government||to',
  'diplomat|government',
  'consul|government',
  'negotiator|government',
  'mediator|government',
  'bureaucrat|government',
  'civil servant|government',
  'commander|military||of',
  'commander-in-chief|military||of|commanders-in-chief',
  'general|military',
  'colonel|military',
  'lieutenant|military',
  'major|military',
  'captain|military',
  'sergeant|military',
  'admiral|military',
  'marshal|military',
  'soldier|military',
  'officer|security',
  'police officer|security',
  'policeman|security|male||policemen',
  'policewoman|security|female||policewomen',
  'police chief|security||of',
  'intelligence chief|security',
  'spy chief|security',
  'security chief|security',
  'agent|security',
  'detective|security',
  'investigator|security',
  'inspector|security',
  'sheriff|security',
  'guard|security',
  'prosecutor|legal',
  'prosecutor-general|legal|||prosecutors-general',
  'prosecutor general|legal|||prosecutors general',
  'attorney general|legal|||attorneys general',
  'attorney|legal||for',
  'lawyer|legal||for',
  'judge|legal',
  'justice|legal',
  'magistrate|legal',
  'coroner|legal',
  'ombudsman|legal||for|ombudsmen',
  'journalist|media',
  'reporter|media',
  'correspondent|media||for',
  'editor|media||of',
  'editor-in-chief|media||of|editors-in-chief',
  'columnist|media',
  'photographer|media',
  'anchor|media',
  'presenter|media',
  'broadcaster|media',
  'blogger|media',
  'chief executive|business||of',
  'CEO|business||of',
  'executive|business',
  'founder|business||of',
  'co-founder|business||of',
  'owner|business||of',
  'manager|business||of',
  'coach|generic||of',
  'head coach|generic||of',
  'boss|business||of|bosses',
  'tycoon|business',
  'oligarch|business',
  'businessman|business|male||businessmen',
  'businesswoman|business|female||businesswomen',
  'entrepreneur|business',
  'investor|business',
  'king|royal|male|of',
  'queen|royal|female|of',
  'prince|royal|male|of',
  'princess|royal|female|of|princesses',
  'emperor|royal|male|of',
  'empress|royal|female|of|empresses',
  'monarch|royal||of',
  'tsar|royal|male|of',
  'czar|royal|male|of',
  'sultan|royal|male|of',
  'emir|royal|male|of',
  'crown prince|royal|male|of',
  'sheikh|religious|male',
  'pope|religious|male',
  'cardinal|religious|male',
  'archbishop|religious||of',
  'bishop|religious||of',
  'patriarch|religious|male|of',
  'priest|religious',
  'imam|religious|male',
  'rabbi|religious',
  'cleric|religious',
  'ayatollah|religious|male',
  'mufti|religious|male',
  'analyst|expert',
  'expert|expert||on',
  'economist|expert',
  'scientist|expert',
  'researcher|expert',
  'professor|expert||of',
  'academic|expert',
  'historian|expert',
  'activist|generic',
  'campaigner|generic',
  'dissident|generic',
  'critic|generic||of',
  'opponent|generic||of',
  'ally|generic||of|allies',
  'warlord|military',
  'militant|military',
  'commander|military||of',
];

export interface PersonNoun {
  /** The singular form ("source", "man"). */
  readonly lemma: string;
  readonly gender?: Gender;
  readonly plural: boolean;
  /** True for the heads of unnamed sources ("a source", "officials", "one person"). */
  readonly anonymousSource: boolean;
}

/** `lemma|gender?|plural?|source` — `source` marks heads that stand for unnamed sources. */
const PERSON_NOUNS: readonly string[] = [
  'person||people|source',
  'individual|||source',
  'source|||source',
  'official|||source',
  'insider|||source',
  'figure|||source',
  'diplomat|||source',
  'officer|||source',
  'aide|||source',
  'member|||source',
  'witness||witnesses|source',
  'resident|||source',
  'employee|||source',
  'worker|||source',
  'man|male|men|',
  'woman|female|women|',
  'boy|male||',
  'girl|female||',
  'child||children|',
  'teenager|||',
  'youth|||',
  'suspect|||',
  'attacker|||',
  'assailant|||',
  'gunman|male|gunmen|',
  'perpetrator|||',
  'terrorist|||',
  'militant|||',
  'fighter|||',
  'victim|||',
  'hostage|||',
  'detainee|||',
  'prisoner|||',
  'defendant|||',
  'citizen|||',
  'national|||',
  'migrant|||',
  'refugee|||',
  'student|||',
  'doctor|||',
  'nurse|||',
  'relative|||',
  'brother|male||',
  'sister|female||',
  'father|male||',
  'mother|female||',
  'son|male||',
  'daughter|female||',
  'husband|male||',
  'wife|female|wives|',
  'uncle|male||',
  'aunt|female||',
  'nephew|male||',
  'niece|female||',
  'grandfather|male||',
  'grandmother|female||',
  'friend|||',
  'neighbour|||',
  'neighbor|||',
  'colleague|||',
  'passenger|||',
  'driver|||',
  'survivor|||',
  'protester|||',
  'demonstrator|||',
  'supporter|||',
  'volunteer|||',
  'gentleman|male|gentlemen|',
  'lady|female|ladies|',
];

export interface Honorific {
  /** The title without its full stop ("Mr", "Gen"). */
  readonly title: string;
  readonly kind: 'courtesy' | 'political' | 'military' | 'academic' | 'religious' | 'royal' | 'legal';
  readonly gender?: Gender;
}

/** `title|kind|gender?` — abbreviations are matched with or without their full stop. */
const HONORIFICS: readonly string[] = [
  'Mr|courtesy|male',
  'Mrs|courtesy|female',
  'Ms|courtesy|female',
  'Miss|courtesy|female',
  'Mx|courtesy',
  'Messrs|courtesy|male',
  'Sir|courtesy|male',
  'Dame|courtesy|female',
  'Lord|courtesy|male',
  'Lady|courtesy|female',
  'Baroness|courtesy|female',
  'Baron|courtesy|male',
  'Dr|academic',
  'Doctor|academic',
  'Prof|academic',
  'Professor|academic',
  'President|political',
  'Vice President|political',
  'Prime Minister|political',
  'Premier|political',
  'Chancellor|political',
  'Minister|political',
  'Secretary|political',
  'Senator|political',
  'Sen|political',
  'Rep|political',
  'Representative|political',
  'Congressman|political|male',
  'Congresswoman|political|female',
  'Governor|political',
  'Gov|political',
  'Mayor|political',
  'Ambassador|political',
  'Speaker|political',
  'Gen|military',
  'General|military',
  'Lt|military',
  'Lieutenant|military',
  'Lt Gen|military',
  'Maj|military',
  'Major|military',
  'Maj Gen|military',
  'Col|military',
  'Colonel|military',
  'Capt|military',
  'Captain|military',
  'Cpt|military',
  'Sgt|military',
  'Sergeant|military',
  'Cpl|military',
  'Corporal|military',
  'Pte|military',
  'Private|military',
  'Adm|military',
  'Admiral|military',
  'Cmdr|military',
  'Commander|military',
  'Marshal|military',
  'Field Marshal|military',
  'Brig|military',
  'Brigadier|military',
  'Judge|legal',
  'Justice|legal',
  'Rev|religious',
  'Reverend|religious',
  'Fr|religious|male',
  'Father|religious|male',
  'Sister|religious|female',
  'Brother|religious|male',
  'Pope|religious|male',
  'Cardinal|religious|male',
  'Bishop|religious',
  'Archbishop|religious',
  'Rabbi|religious',
  'Imam|religious|male',
  'Sheikh|religious|male',
  'Ayatollah|religious|male',
  'Patriarch|religious|male',
  'King|royal|male',
  'Queen|royal|female',
  'Prince|royal|male',
  'Princess|royal|female',
  'Emperor|royal|male',
  'Empress|royal|female',
  'Sultan|royal|male',
  'Emir|royal|male',
  'Crown Prince|royal|male',
  'Tsar|royal|male',
];

/** Head words of government bodies ("the Investigative Committee", "the defence ministry"). */
const GOVERNMENT_BODY_WORDS: readonly string[] = [
  'ministry',
  'department',
  'committee',
  'council',
  'commission',
  'agency',
  'service',
  'services',
  'office',
  'bureau',
  'directorate',
  'inspectorate',
  'authority',
  'authorities',
  'administration',
  'government',
  'cabinet',
  'parliament',
  'assembly',
  'senate',
  'congress',
  'duma',
  'legislature',
  'chamber',
  'court',
  'tribunal',
  'prosecutor’s office',
  'prosecutor-general’s office',
  'procuracy',
  'police',
  'army',
  'navy',
  'air force',
  'armed forces',
  'forces',
  'military',
  'guard',
  'command',
  'embassy',
  'consulate',
  'mission',
  'secretariat',
  'presidium',
  'politburo',
  'junta',
  'regime',
  'board',
  'treasury',
  'central bank',
];

export interface PeopleTables {
  readonly roles: ReadonlyMap<string, RoleNoun>;
  readonly personNouns: ReadonlyMap<string, PersonNoun>;
  readonly honorifics: ReadonlyMap<string, Honorific>;
  readonly governmentBodyWords: ReadonlySet<string>;
}

let tables: PeopleTables | null = null;

function regularPlural(word: string): string {
  if (/(?:s|x|ch|sh)$/u.test(word)) return `${word}es`;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/man$/u.test(word)) return `${word.slice(0, -3)}men`;
  return `${word}s`;
}

/** Plural of a multiword role: the head noun takes it ("prime ministers", "heads of state" is listed). */
function phrasePlural(lemma: string): string {
  const words = lemma.split(' ');
  const last = words.length - 1;
  words[last] = regularPlural(words[last] as string);
  return words.join(' ');
}

function optionalGender(value: string | undefined): Gender | undefined {
  return value === 'male' || value === 'female' ? value : undefined;
}

function build(): PeopleTables {
  const roles = new Map<string, RoleNoun>();
  for (const line of ROLES) {
    const [lemma = '', category = 'generic', gender, preposition, plural] = line.split('|');
    const base = {
      lemma,
      category: category as RoleCategory,
      ...(optionalGender(gender) !== undefined ? { gender: optionalGender(gender) } : {}),
      ...(preposition !== undefined && PREPOSITIONS.has(preposition)
        ? { preposition: preposition as RolePreposition }
        : {}),
    };
    const singularKey = foldKey(lemma);
    if (!roles.has(singularKey)) roles.set(singularKey, { ...base, plural: false });
    const pluralKey = foldKey(plural !== undefined && plural.length > 0 ? plural : phrasePlural(lemma));
    if (!roles.has(pluralKey)) roles.set(pluralKey, { ...base, plural: true });
  }
  const personNouns = new Map<string, PersonNoun>();
  for (const line of PERSON_NOUNS) {
    const [lemma = '', gender, plural, source] = line.split('|');
    const gendered = optionalGender(gender);
    const base = {
      lemma,
      ...(gendered !== undefined ? { gender: gendered } : {}),
      anonymousSource: source === 'source',
    };
    personNouns.set(foldKey(lemma), { ...base, plural: false });
    personNouns.set(foldKey(plural !== undefined && plural.length > 0 ? plural : regularPlural(lemma)), {
      ...base,
      plural: true,
    });
  }
  const honorifics = new Map<string, Honorific>();
  for (const line of HONORIFICS) {
    const [title = '', kind = 'courtesy', gender] = line.split('|');
    const gendered = optionalGender(gender);
    honorifics.set(foldKey(title), {
      title,
      kind: kind as Honorific['kind'],
      ...(gendered !== undefined ? { gender: gendered } : {}),
    });
  }
  const governmentBodyWords = new Set(GOVERNMENT_BODY_WORDS.map(foldKey));
  return { roles, personNouns, honorifics, governmentBodyWords };
}

/** The people tables, built on first use. */
export function peopleTables(): PeopleTables {
  if (tables === null) tables = build();
  return tables;
}
