/**
 * The words coreference needs. Honorifics, person and role nouns, region and facility words come
 * from the shared lexicon (src/nlp/lexicon); the short lists here are coreference's own: heads of
 * descriptions of organisations and places, collective nouns, reporting verbs, number words and
 * third-person pronouns. Keys are lower case.
 */

import {
  honorific as sharedHonorific,
  isFacilityHead,
  isGovernmentBodyWord,
  isNationalityOrGroup,
  isRegionWord,
  personNoun as sharedPersonNoun,
  roleNoun as sharedRoleNoun,
} from '../lexicon/index.js';
import { cardinalWordsUpTo } from '../lexicon/number-words.js';

export type Gender = 'm' | 'f';

function gender(value: 'male' | 'female' | undefined): Gender | undefined {
  return value === 'male' ? 'm' : value === 'female' ? 'f' : undefined;
}

/** An honorific or title before a name ("Mr", "Mrs", "Dr", "President"), with the gender it implies. */
export function honorificOf(word: string): { readonly gender: Gender | undefined } | undefined {
  let value = honorifics.get(word);
  if (value === undefined) {
    if (honorifics.size >= MAXIMUM_CACHED_WORDS) honorifics.clear();
    const found = sharedHonorific(word);
    value = found ? { gender: gender(found.gender) } : null;
    honorifics.set(word, value);
  }
  return value ?? undefined;
}

const honorifics = new Map<string, { readonly gender: Gender | undefined } | null>();

/**
 * A noun for people ("man", "president", "officials", "32-year-old" aside), with its gender and
 * number, from the shared lexicon's person nouns and role nouns.
 */
export function personWord(word: string): PersonWord | undefined {
  return classOf(word).person;
}

export interface PersonWord {
  readonly gender: Gender | undefined;
  readonly plural: boolean;
}

/** What a lower-case word can head: computed once per word, as every noun phrase asks. */
interface WordClass {
  readonly person: PersonWord | undefined;
  readonly organisation: boolean;
  readonly place: boolean;
}

const MAXIMUM_CACHED_WORDS = 50_000;
const wordClasses = new Map<string, WordClass>();

function classOf(word: string): WordClass {
  let value = wordClasses.get(word);
  if (value === undefined) {
    if (wordClasses.size >= MAXIMUM_CACHED_WORDS) wordClasses.clear();
    value = {
      person: lookUpPersonWord(word),
      organisation: ORGANISATION_NOUNS.has(word) || isGovernmentBodyWord(word),
      place: PLACE_NOUNS.has(word) || isRegionWord(word) || isFacilityHead(word),
    };
    wordClasses.set(word, value);
  }
  return value;
}

function lookUpPersonWord(word: string): PersonWord | undefined {
  const person = sharedPersonNoun(word);
  if (person) return { gender: gender(person.gender), plural: person.plural };
  const role = sharedRoleNoun(word);
  if (role) return { gender: gender(role.gender), plural: role.plural };
  const extra = EXTRA_PERSON_NOUNS.get(word);
  return extra;
}

/** Person nouns of news writing that the shared lexicon does not list. */
const EXTRA_PERSON_NOUNS: ReadonlyMap<string, { gender: Gender | undefined; plural: boolean }> = new Map([
  ['media', { gender: undefined, plural: true }],
  ['authorities', { gender: undefined, plural: true }],
  ['police', { gender: undefined, plural: true }],
  ['radicals', { gender: undefined, plural: true }],
  ['troops', { gender: undefined, plural: true }],
  ['family', { gender: undefined, plural: true }],
]);

/** Is the word a place head that may end a place name ("Bryansk region" is also "Bryansk")? */
export function isPlaceNameSuffix(word: string): boolean {
  return isRegionWord(word);
}

/** Collective nouns that introduce coordinated people: "Brothers A and B Surname". */
export const COLLECTIVE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'brothers',
  'sisters',
  'siblings',
  'twins',
  'spouses',
  'couple',
  'cousins',
  'partners',
  'colleagues',
]);

/** Heads that describe a news organisation: "the agency", "the influential US daily". */
export const NEWS_ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'agency',
  'newspaper',
  'paper',
  'daily',
  'weekly',
  'tabloid',
  'broadcaster',
  'outlet',
  'publication',
  'magazine',
  'channel',
  'network',
  'website',
  'site',
  'news',
]);

/**
 * Nouns that say what kind of thing an organisation or place is, and so may follow its name
 * ("the Islamic State terrorist group", "the Crocus City Hall concert venue") or refer back to any
 * organisation ("the group", "the company"). Specific institutions ("ministry", "assembly") are not
 * among them.
 */
const ORGANISATION_KIND_NOUNS: ReadonlySet<string> = new Set([
  'group',
  'organisation',
  'organization',
  'company',
  'firm',
  'corporation',
  'business',
  'movement',
  'militia',
  'network',
  'outlet',
  'charity',
  'brand',
  'chain',
  'retailer',
  'carrier',
  'airline',
  'manufacturer',
  'maker',
  'giant',
  'lender',
  'insurer',
  'broadcaster',
]);

const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'venue',
  'region',
  'city',
  'town',
  'village',
  'country',
  'province',
  'area',
  'district',
  'site',
  'complex',
  'building',
  'resort',
  'island',
  'capital',
  'territory',
  'republic',
  'state',
]);

export function isKindNoun(category: 'person' | 'news' | 'organisation' | 'place', word: string): boolean {
  switch (category) {
    case 'person':
      return true;
    case 'news':
      return NEWS_ORGANISATION_NOUNS.has(word);
    case 'organisation':
      return ORGANISATION_KIND_NOUNS.has(word) || NEWS_ORGANISATION_NOUNS.has(word);
    case 'place':
      return PLACE_KIND_NOUNS.has(word);
  }
}

/** Heads that describe an organisation of any kind. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  ...NEWS_ORGANISATION_NOUNS,
  ...ORGANISATION_KIND_NOUNS,
  'group',
  'organisation',
  'organization',
  'company',
  'firm',
  'corporation',
  'party',
  'movement',
  'militia',
  'committee',
  'ministry',
  'department',
  'service',
  'bank',
  'union',
  'alliance',
  'council',
  'court',
  'army',
  'club',
  'charity',
  'body',
  'institute',
  'university',
  'college',
  'school',
  'academy',
  'team',
  'watchdog',
  'regulator',
  'office',
  'administration',
  'agency',
]);

/** Heads that describe a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'state',
  'region',
  'province',
  'city',
  'town',
  'village',
  'capital',
  'territory',
  'republic',
  'island',
  'venue',
  'hall',
  'building',
  'airport',
  'port',
  'district',
  'county',
  'oblast',
  'area',
]);

export function isOrganisationNoun(word: string): boolean {
  return classOf(word).organisation;
}

export function isPlaceNoun(word: string): boolean {
  return classOf(word).place;
}

/** Reporting verbs in the forms news uses; their subject is the most salient antecedent. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'say',
    'tell',
    'insist',
    'claim',
    'add',
    'state',
    'report',
    'announce',
    'warn',
    'argue',
    'explain',
    'write',
    'ask',
    'deny',
    'confirm',
    'allege',
    'suggest',
    'admit',
    'declare',
    'reply',
    'respond',
    'tweet',
    'post',
    'note',
    'stress',
    'believe',
    'think',
    'accuse',
    'acknowledge',
    'predict',
    'promise',
    'reveal',
    'maintain',
    'recall',
    'testify',
    'vow',
  ].flatMap(inflections),
);

function inflections(verb: string): string[] {
  const irregular: Record<string, string[]> = {
    say: ['say', 'says', 'said', 'saying'],
    tell: ['tell', 'tells', 'told', 'telling'],
    write: ['write', 'writes', 'wrote', 'written', 'writing'],
    think: ['think', 'thinks', 'thought', 'thinking'],
    deny: ['deny', 'denies', 'denied', 'denying'],
    reply: ['reply', 'replies', 'replied', 'replying'],
    testify: ['testify', 'testifies', 'testified', 'testifying'],
  };
  const known = irregular[verb];
  if (known) return known;
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [verb, `${verb}s`, verb.endsWith('e') ? `${verb}d` : `${verb}ed`, `${stem}ing`];
}

/** Number words for group references: "all four", "the three". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...Object.entries(cardinalWordsUpTo(12, 2)),
  ['both', 2],
]);

/** Ordinals and "another": "an eighth man" introduces one more person of a known series. */
export const ORDINALS: ReadonlySet<string> = new Set([
  'another',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'new',
  'further',
]);

/** Words that join the parts of an organisation name and have no initial in its acronym. */
/** Religious adjectives and nouns, which name no organisation by themselves ("the Islamic group"). */
const RELIGION_WORDS: ReadonlySet<string> = new Set([
  'islamic',
  'muslim',
  'christian',
  'catholic',
  'protestant',
  'orthodox',
  'jewish',
  'buddhist',
  'hindu',
  'sikh',
  "shi'ite",
  'shiite',
  'sunni',
  'evangelical',
  'anglican',
]);

/** A nationality, group or religion word ("Czech", "Kurdish", "Islamic"): a MISC name of its own. */
export function isAdjectivalName(name: string): boolean {
  return isNationalityOrGroup(name) || RELIGION_WORDS.has(name.toLowerCase());
}

export const ACRONYM_SKIP_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

export type PronounNumber = 'singular' | 'plural';

export interface PronounInfo {
  readonly number: PronounNumber;
  /** `m`/`f` for he/she, `n` for it, `p` for they. */
  readonly gender: 'm' | 'f' | 'n' | 'p';
  readonly form: 'subject' | 'object' | 'possessive' | 'reflexive';
}

export const THIRD_PERSON_PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['he', { number: 'singular', gender: 'm', form: 'subject' }],
  ['him', { number: 'singular', gender: 'm', form: 'object' }],
  ['his', { number: 'singular', gender: 'm', form: 'possessive' }],
  ['himself', { number: 'singular', gender: 'm', form: 'reflexive' }],
  ['she', { number: 'singular', gender: 'f', form: 'subject' }],
  ['her', { number: 'singular', gender: 'f', form: 'object' }],
  ['hers', { number: 'singular', gender: 'f', form: 'possessive' }],
  ['herself', { number: 'singular', gender: 'f', form: 'reflexive' }],
  ['it', { number: 'singular', gender: 'n', form: 'subject' }],
  ['its', { number: 'singular', gender: 'n', form: 'possessive' }],
  ['itself', { number: 'singular', gender: 'n', form: 'reflexive' }],
  ['they', { number: 'plural', gender: 'p', form: 'subject' }],
  ['them', { number: 'plural', gender: 'p', form: 'object' }],
  ['their', { number: 'plural', gender: 'p', form: 'possessive' }],
  ['theirs', { number: 'plural', gender: 'p', form: 'possessive' }],
  ['themselves', { number: 'plural', gender: 'p', form: 'reflexive' }],
]);
