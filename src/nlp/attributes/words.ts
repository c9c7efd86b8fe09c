import { demonym, honorific, roleNoun } from '../lexicon/index.js';

/**
 * Word lists the attribute rules read (all lower case), beside the shared lexicon (src/nlp/lexicon),
 * which gives role nouns, honorifics and demonyms. The local lists add what the lexicon does not
 * cover (occupations such as "teacher", kinship, citizenship nouns); a word missing here only means
 * a role or a relation is not recognised, never a wrong span.
 */

/** Occupations and roles the lexicon's role nouns may lack ("teacher", "footballer"). */
const LOCAL_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'academic',
  'activist',
  'actor',
  'actress',
  'admiral',
  'adviser',
  'advisor',
  'aide',
  'ally',
  'ambassador',
  'analyst',
  'anchor',
  'archbishop',
  'architect',
  'artist',
  'athlete',
  'attorney',
  'author',
  'banker',
  'barrister',
  'bassist',
  'batsman',
  'bishop',
  'blogger',
  'boss',
  'bowler',
  'boxer',
  'broadcaster',
  'businessman',
  'businesswoman',
  'campaigner',
  'captain',
  'cardinal',
  'ceo',
  'chair',
  'chairman',
  'chairperson',
  'chairwoman',
  'champion',
  'chancellor',
  'chief',
  'cleric',
  'co-ordinator',
  'co-writer',
  'coach',
  'colonel',
  'columnist',
  'comedian',
  'commander',
  'commissioner',
  'composer',
  'congressman',
  'congresswoman',
  'constable',
  'consul',
  'consultant',
  'controller',
  'coordinator',
  'correspondent',
  'councillor',
  'councilor',
  'creator',
  'critic',
  'cyclist',
  'dancer',
  'dean',
  'defender',
  'deputy',
  'designer',
  'detective',
  'dictator',
  'diplomat',
  'director',
  'dissident',
  'doctor',
  'drummer',
  'economist',
  'editor',
  'emir',
  'emperor',
  'engineer',
  'entrepreneur',
  'envoy',
  'executive',
  'expert',
  'filmmaker',
  'footballer',
  'founder',
  'general',
  'goalkeeper',
  'golfer',
  'governor',
  'guitarist',
  'head',
  'historian',
  'host',
  'imam',
  'inspector',
  'investigator',
  'jockey',
  'journalist',
  'judge',
  'king',
  'lawmaker',
  'lawyer',
  'leader',
  'lecturer',
  'legislator',
  'lieutenant',
  'magistrate',
  'manager',
  'mayor',
  'midfielder',
  'minister',
  'monarch',
  'mp',
  'musician',
  'negotiator',
  'nominee',
  'novelist',
  'officer',
  'official',
  'oligarch',
  'ombudsman',
  'organiser',
  'organizer',
  'owner',
  'patriarch',
  'photographer',
  'pilot',
  'player',
  'playwright',
  'poet',
  'politician',
  'pope',
  'premier',
  'presenter',
  'president',
  'priest',
  'prince',
  'princess',
  'principal',
  'producer',
  'professor',
  'prosecutor',
  'queen',
  'rabbi',
  'rapper',
  'referee',
  'reporter',
  'representative',
  'researcher',
  'rival',
  'runner',
  'scientist',
  'screenwriter',
  'secretary',
  'senator',
  'sergeant',
  'singer',
  'soldier',
  'speaker',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'sprinter',
  'star',
  'strategist',
  'striker',
  'sultan',
  'superintendent',
  'surgeon',
  'swimmer',
  'teacher',
  'technocrat',
  'trainer',
  'treasurer',
  'umpire',
  'veteran',
  'vocalist',
  'winger',
  'winner',
  'writer',
]);

/** Nouns of belonging to a state: "a Russian citizen", "a Tajik national". */
export const CITIZEN_NOUNS: ReadonlySet<string> = new Set([
  'citizen',
  'national',
  'subject',
  'passport-holder',
]);

/** "a member of the party": the object of "of" is the entity's affiliation. */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'member',
  'activist',
  'supporter',
  'employee',
  'fighter',
]);

/** Adjectives and adverbs that qualify a kinship noun without changing it: "his younger brother". */
export const KIN_QUALIFIERS: ReadonlySet<string> = new Set([
  'younger',
  'older',
  'elder',
  'eldest',
  'youngest',
  'late',
  'estranged',
  'former',
  'own',
  'twin',
  'little',
  'big',
]);

export type Gender = 'male' | 'female';

export interface Kinship {
  /** The gender the noun gives its referent ("brother": male), when it gives one. */
  readonly gender?: Gender;
  /** The noun for the other side of the relation: [male, female, unknown]. */
  readonly inverse: readonly [string, string, string];
}

const PARENT: Kinship['inverse'] = ['son', 'daughter', 'child'];
const CHILD: Kinship['inverse'] = ['father', 'mother', 'parent'];
const SIBLING: Kinship['inverse'] = ['brother', 'sister', 'sibling'];
const SPOUSE: Kinship['inverse'] = ['husband', 'wife', 'spouse'];
const PARENT_IN_LAW: Kinship['inverse'] = ['son-in-law', 'daughter-in-law', 'child-in-law'];
const CHILD_IN_LAW: Kinship['inverse'] = ['father-in-law', 'mother-in-law', 'parent-in-law'];
const SIBLING_IN_LAW: Kinship['inverse'] = ['brother-in-law', 'sister-in-law', 'sibling-in-law'];
const AUNT_UNCLE: Kinship['inverse'] = ['nephew', 'niece', 'nephew or niece'];
const NEPHEW_NIECE: Kinship['inverse'] = ['uncle', 'aunt', 'uncle or aunt'];
const GRANDPARENT: Kinship['inverse'] = ['grandson', 'granddaughter', 'grandchild'];
const GRANDCHILD: Kinship['inverse'] = ['grandfather', 'grandmother', 'grandparent'];
const PARTNER: Kinship['inverse'] = ['partner', 'partner', 'partner'];
const COUSIN: Kinship['inverse'] = ['cousin', 'cousin', 'cousin'];

/** Kinship nouns (singular) with the relation they state. */
export const KINSHIP: ReadonlyMap<string, Kinship> = new Map<string, Kinship>([
  ['father', { gender: 'male', inverse: PARENT }],
  ['mother', { gender: 'female', inverse: PARENT }],
  ['parent', { inverse: PARENT }],
  ['stepfather', { gender: 'male', inverse: ['stepson', 'stepdaughter', 'stepchild'] }],
  ['stepmother', { gender: 'female', inverse: ['stepson', 'stepdaughter', 'stepchild'] }],
  ['son', { gender: 'male', inverse: CHILD }],
  ['daughter', { gender: 'female', inverse: CHILD }],
  ['child', { inverse: CHILD }],
  ['stepson', { gender: 'male', inverse: ['stepfather', 'stepmother', 'step-parent'] }],
  ['stepdaughter', { gender: 'female', inverse: ['stepfather', 'stepmother', 'step-parent'] }],
  ['brother', { gender: 'male', inverse: SIBLING }],
  ['sister', { gender: 'female', inverse: SIBLING }],
  ['sibling', { inverse: SIBLING }],
  ['twin', { inverse: ['twin', 'twin', 'twin'] }],
  ['half-brother', { gender: 'male', inverse: ['half-brother', 'half-sister', 'half-sibling'] }],
  ['half-sister', { gender: 'female', inverse: ['half-brother', 'half-sister', 'half-sibling'] }],
  ['husband', { gender: 'male', inverse: SPOUSE }],
  ['wife', { gender: 'female', inverse: SPOUSE }],
  ['spouse', { inverse: SPOUSE }],
  ['father-in-law', { gender: 'male', inverse: PARENT_IN_LAW }],
  ['mother-in-law', { gender: 'female', inverse: PARENT_IN_LAW }],
  ['son-in-law', { gender: 'male', inverse: CHILD_IN_LAW }],
  ['daughter-in-law', { gender: 'female', inverse: CHILD_IN_LAW }],
  ['brother-in-law', { gender: 'male', inverse: SIBLING_IN_LAW }],
  ['sister-in-law', { gender: 'female', inverse: SIBLING_IN_LAW }],
  ['uncle', { gender: 'male', inverse: AUNT_UNCLE }],
  ['aunt', { gender: 'female', inverse: AUNT_UNCLE }],
  ['nephew', { gender: 'male', inverse: NEPHEW_NIECE }],
  ['niece', { gender: 'female', inverse: NEPHEW_NIECE }],
  ['grandfather', { gender: 'male', inverse: GRANDPARENT }],
  ['grandmother', { gender: 'female', inverse: GRANDPARENT }],
  ['grandson', { gender: 'male', inverse: GRANDCHILD }],
  ['granddaughter', { gender: 'female', inverse: GRANDCHILD }],
  ['cousin', { inverse: COUSIN }],
  // "the widow of X": X was her husband.
  ['widow', { gender: 'female', inverse: ['husband', 'husband', 'husband'] }],
  ['widower', { gender: 'male', inverse: ['wife', 'wife', 'wife'] }],
  ['partner', { inverse: PARTNER }],
  ['fiance', { gender: 'male', inverse: ['fiancé', 'fiancée', 'fiancé'] }],
  ['fiancé', { gender: 'male', inverse: ['fiancé', 'fiancée', 'fiancé'] }],
  ['fiancee', { gender: 'female', inverse: ['fiancé', 'fiancée', 'fiancé'] }],
  ['fiancée', { gender: 'female', inverse: ['fiancé', 'fiancée', 'fiancé'] }],
]);

/** Plural kinship nouns that introduce a coordination of names: "Brothers A and B Surname". */
export const KIN_GROUPS: ReadonlyMap<string, string> = new Map([
  ['brothers', 'brother'],
  ['sisters', 'sister'],
  ['siblings', 'sibling'],
  ['twins', 'twin'],
  ['cousins', 'cousin'],
]);

export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
]);

/** Nouns naming kinds of organisation: "the Russian news agency X" describes X. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'agency',
  'airline',
  'alliance',
  'army',
  'authority',
  'bank',
  'broadcaster',
  'bureau',
  'channel',
  'charity',
  'club',
  'coalition',
  'committee',
  'company',
  'conglomerate',
  'council',
  'court',
  'daily',
  'department',
  'faction',
  'firm',
  'force',
  'foundation',
  'government',
  'group',
  'institute',
  'magazine',
  'maker',
  'manufacturer',
  'militia',
  'ministry',
  'monitor',
  'movement',
  'network',
  'newspaper',
  'office',
  'operator',
  'organisation',
  'organization',
  'outlet',
  'paper',
  'parliament',
  'party',
  'publication',
  'regulator',
  'service',
  'station',
  'tabloid',
  'union',
  'university',
  'watchdog',
  'website',
]);

/** Words that end a title read leftwards from a name: "on Monday evening President X" keeps only "President". */
export const TITLE_STOPS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'month',
  'year',
  'then',
  'now',
  // "And Blues boss X": a conjunction the tagger took for a name.
  'and',
  'but',
  'or',
  'nor',
  'so',
  'yet',
]);

/** Verbs that link a subject to what it is: "X is the head of Y", "X became president". */
export const COPULAS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'became',
  'becomes',
  'remains',
  'remained',
]);

/** Verbs followed by an optional "as" and a role: "X was appointed head of Y", "X serves as …". */
export const ROLE_VERBS: ReadonlySet<string> = new Set([
  'appointed',
  'named',
  'elected',
  'serves',
  'served',
  'serving',
  'works',
  'worked',
  'working',
]);

/** Verbs that state a role over their object: "X heads the FSB" → "head of the FSB". */
export const LEADERSHIP_VERBS: ReadonlyMap<string, string> = new Map([
  ['heads', 'head'],
  ['chairs', 'chair'],
  ['chaired', 'chair'],
  ['leads', 'leader'],
  ['directs', 'director'],
  ['founded', 'founder'],
  ['co-founded', 'co-founder'],
  ['owns', 'owner'],
  ['manages', 'manager'],
  ['coaches', 'coach'],
  ['edits', 'editor'],
]);

/** Adverbs that may sit between a copula and its complement: "X is also the head of Y". */
export const COPULA_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'now',
  'currently',
  'still',
  'formerly',
  'previously',
  'once',
  'then',
  'later',
  'briefly',
]);

/** Demonyms by country name, for "a citizen of Russia" → citizenship "Russian". */
export const DEMONYM_OF_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['afghanistan', 'Afghan'],
  ['albania', 'Albanian'],
  ['algeria', 'Algerian'],
  ['america', 'American'],
  ['argentina', 'Argentine'],
  ['armenia', 'Armenian'],
  ['australia', 'Australian'],
  ['austria', 'Austrian'],
  ['azerbaijan', 'Azerbaijani'],
  ['bangladesh', 'Bangladeshi'],
  ['belarus', 'Belarusian'],
  ['belgium', 'Belgian'],
  ['bosnia', 'Bosnian'],
  ['brazil', 'Brazilian'],
  ['britain', 'British'],
  ['bulgaria', 'Bulgarian'],
  ['canada', 'Canadian'],
  ['chechnya', 'Chechen'],
  ['chile', 'Chilean'],
  ['china', 'Chinese'],
  ['colombia', 'Colombian'],
  ['croatia', 'Croatian'],
  ['cuba', 'Cuban'],
  ['cyprus', 'Cypriot'],
  ['czechia', 'Czech'],
  ['denmark', 'Danish'],
  ['egypt', 'Egyptian'],
  ['england', 'English'],
  ['estonia', 'Estonian'],
  ['ethiopia', 'Ethiopian'],
  ['finland', 'Finnish'],
  ['france', 'French'],
  ['georgia', 'Georgian'],
  ['germany', 'German'],
  ['ghana', 'Ghanaian'],
  ['greece', 'Greek'],
  ['hungary', 'Hungarian'],
  ['iceland', 'Icelandic'],
  ['india', 'Indian'],
  ['indonesia', 'Indonesian'],
  ['iran', 'Iranian'],
  ['iraq', 'Iraqi'],
  ['ireland', 'Irish'],
  ['israel', 'Israeli'],
  ['italy', 'Italian'],
  ['japan', 'Japanese'],
  ['jordan', 'Jordanian'],
  ['kazakhstan', 'Kazakh'],
  ['kenya', 'Kenyan'],
  ['kosovo', 'Kosovar'],
  ['kyrgyzstan', 'Kyrgyz'],
  ['latvia', 'Latvian'],
  ['lebanon', 'Lebanese'],
  ['libya', 'Libyan'],
  ['lithuania', 'Lithuanian'],
  ['malaysia', 'Malaysian'],
  ['mexico', 'Mexican'],
  ['moldova', 'Moldovan'],
  ['mongolia', 'Mongolian'],
  ['morocco', 'Moroccan'],
  ['netherlands', 'Dutch'],
  ['nigeria', 'Nigerian'],
  ['norway', 'Norwegian'],
  ['pakistan', 'Pakistani'],
  ['palestine', 'Palestinian'],
  ['peru', 'Peruvian'],
  ['philippines', 'Filipino'],
  ['poland', 'Polish'],
  ['portugal', 'Portuguese'],
  ['qatar', 'Qatari'],
  ['romania', 'Romanian'],
  ['russia', 'Russian'],
  ['rwanda', 'Rwandan'],
  ['scotland', 'Scottish'],
  ['serbia', 'Serbian'],
  ['slovakia', 'Slovak'],
  ['slovenia', 'Slovenian'],
  ['somalia', 'Somali'],
  ['spain', 'Spanish'],
  ['sudan', 'Sudanese'],
  ['sweden', 'Swedish'],
  ['switzerland', 'Swiss'],
  ['syria', 'Syrian'],
  ['taiwan', 'Taiwanese'],
  ['tajikistan', 'Tajik'],
  ['thailand', 'Thai'],
  ['tunisia', 'Tunisian'],
  ['turkey', 'Turkish'],
  ['turkmenistan', 'Turkmen'],
  ['uganda', 'Ugandan'],
  ['ukraine', 'Ukrainian'],
  ['uzbekistan', 'Uzbek'],
  ['venezuela', 'Venezuelan'],
  ['vietnam', 'Vietnamese'],
  ['wales', 'Welsh'],
  ['yemen', 'Yemeni'],
  ['zimbabwe', 'Zimbabwean'],
]);

/**
 * `compute` remembered per word: the lexicon folds and looks up each word it is asked about, and
 * the rules ask about the same few hundred words in every document. The cache is cleared when it
 * grows past a bound, so a stream of odd words cannot grow it without end.
 */
export function rememberPerWord<T>(compute: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value: string): T => {
    const known = cache.get(value);
    if (known !== undefined || cache.has(value)) return known as T;
    const computed = compute(value);
    if (cache.size >= 50_000) cache.clear();
    cache.set(value, computed);
    return computed;
  };
}

/**
 * Whether a (lower-case, singular) word names what a person is or does: "head" (of …), "director",
 * "dictator", "teacher". Plurals ("officials") describe groups, not one person.
 */
export const isRoleNoun = rememberPerWord((value: string): boolean => {
  if (LOCAL_ROLE_NOUNS.has(value)) return true;
  const role = roleNoun(value);
  return role !== undefined && !role.plural;
});

/** The demonym a singular nationality word is ("russian" → "Russian"), else undefined. */
export const demonymOf = rememberPerWord((value: string): string | undefined => {
  const entry = demonym(value);
  return entry === undefined || entry.plural ? undefined : entry.word;
});

/**
 * A courtesy or academic title ("Mr", "Mrs.", "Dr") with the gender it states; undefined for other
 * words, and for titles that are roles ("President", "Gen."), which the role rules read.
 */
export const courtesyTitle = rememberPerWord(
  (value: string): { readonly gender: Gender | undefined } | undefined => {
    const found = honorific(value);
    if (found === undefined || (found.kind !== 'courtesy' && found.kind !== 'academic')) return undefined;
    return { gender: found.gender };
  },
);
