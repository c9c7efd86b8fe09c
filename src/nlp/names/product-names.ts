import { isFirstName } from '../coref/first-name-gender.js';
import { lemmaOf, NOUN_ARTIFACT, NOUN_COMMUNICATION, synset, synsetsOf } from '../events/wordnet.js';
import { hasHypernym, isFacilityHead, lookupPlace, organisation, roleNoun } from '../lexicon/index.js';
import type { Token } from '../../model/index.js';
import type { NameMention } from './name-mention.js';
import { nameHead } from './token-index.js';

/**
 * WordNet synsets (by one of their words) under which a common noun names a made product or a work:
 * devices, machines, vehicles and equipment ("router", "laptop", "phone", "car"), programs
 * ("software", "app") and works ("song", "album", "film", "novel"). Buildings and places
 * ("structure", "facility": "airport", "plant", "store") are not among them.
 */
const PRODUCT_ROOTS: ReadonlySet<string> = new Set([
  'device',
  'equipment',
  'machine',
  'conveyance',
  'software',
  'program',
  'application',
  'movie',
  'song',
  'album',
  'novel',
  'book',
  'television program',
  'video game',
]);

const productMemo = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/**
 * True when a lower-case noun names a product or a work: its first WordNet sense is a made thing or
 * a work, and one of its first three senses lies under PRODUCT_ROOTS (or it is listed below).
 */
export function isProductNoun(word: string): boolean {
  const lemma = word.toLowerCase();
  const known = productMemo.get(lemma);
  if (known !== undefined) return known;
  if (productMemo.size >= MEMO_LIMIT) productMemo.clear();
  const result =
    NEW_PRODUCT_NOUNS.has(lemma) ||
    (!NOT_PRODUCTS.has(lemma) && !isFacilityHead(lemma) && underProductRoot(lemma));
  productMemo.set(lemma, result);
  return result;
}

/**
 * Product nouns newer than WordNet 3.0, and devices whose first WordNet sense is a person's job
 * ("router": one who routes shipments).
 */
const NEW_PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'app',
  'smartphone',
  'tablet',
  'podcast',
  'router',
  'browser',
  'processor',
]);
/** Things that publish or broadcast are organisations ("the Kavel News website"). */
const NOT_PRODUCTS: ReadonlySet<string> = new Set([
  'store',
  'shop',
  'press',
  'platform',
  'record',
  'website',
  'site',
  'newspaper',
  'magazine',
  'paper',
  'channel',
]);

/**
 * Some noun sense of the word lies under a product root, and its first sense is neither a group, a
 * place nor a person's act ("router": a person who routes first, a device second).
 */
function underProductRoot(lemma: string): boolean {
  const senses = synsetsOf(lemma, 'noun');
  const first = senses[0];
  if (first === undefined) return false;
  // "coach", "governor": roles of people
  if (roleNoun(lemma) !== undefined) return false;
  if (!PRODUCT_FIRST_FILES.has(synset(first, 'noun').lexicographerFile)) return false;
  return senses.slice(0, 3).some((sense) => senseUnderProductRoot(sense));
}

/** The first sense of a product noun is a made thing or a work ("coach" is a trainer first). */
const PRODUCT_FIRST_FILES: ReadonlySet<number> = new Set([NOUN_ARTIFACT, NOUN_COMMUNICATION]);

/** A work noun before a title ("the song …", "the novel …"): a product noun whose first sense is a work. */
function isWorkNoun(word: string): boolean {
  if (!isProductNoun(word)) return false;
  if (word === 'album') return true;
  const first = synsetsOf(word, 'noun')[0];
  return first !== undefined && synset(first, 'noun').lexicographerFile === NOUN_COMMUNICATION;
}

/** WordNet synsets (by one of their words) of vessels and vehicles that bear names: ships, spacecraft, shuttles. */
const CRAFT_ROOTS: ReadonlySet<string> = new Set(['craft', 'public transport']);

const craftMemo = new Map<string, boolean>();

/**
 * A noun for a named vessel or vehicle before its name ("the shuttle Orla", "the tanker Sea Wren",
 * "the spacecraft Vela"): its first WordNet sense is a made thing (not "carrier", a person first, nor
 * "probe", an inquiry first) and one of its first three senses lies under a craft or public transport.
 */
function isCraftNoun(word: string): boolean {
  const known = craftMemo.get(word);
  if (known !== undefined) return known;
  if (craftMemo.size >= MEMO_LIMIT) craftMemo.clear();
  const senses = synsetsOf(word, 'noun');
  const first = senses[0];
  const result =
    first !== undefined &&
    synset(first, 'noun').lexicographerFile === NOUN_ARTIFACT &&
    senses.slice(0, 3).some((sense) => senseUnder(sense, CRAFT_ROOTS));
  craftMemo.set(word, result);
  return result;
}

function senseUnderProductRoot(sense: number): boolean {
  return senseUnder(sense, PRODUCT_ROOTS);
}

function senseUnder(sense: number, roots: ReadonlySet<string>): boolean {
  return hasHypernym(sense, 'noun', { levels: 12 }, (entry) =>
    entry.words.some((word) => roots.has(word.replace(/_/gu, ' '))),
  );
}

/** After a name: what only an organisation (or a person) does or has. */
const ACTOR_AFTER =
  /^(?: ?'s| ?’s|\s+(?:said|says|told|announced|announces|reported|reports|plans|hired|employs|sued|Inc|Corp|Ltd|spokes\w+|chief|executive|shares|stock|employees|staff|founder|maker|makes|sells|launched|released|unveiled|acquired|bought|declined|confirmed|denied)\b)/u;

/** True when the text somewhere uses `surface` as the subject or owner of an organisation's doings. */
function usedAsActor(text: string, surface: string): boolean {
  let at = text.indexOf(surface);
  while (at >= 0) {
    if (ACTOR_AFTER.test(text.slice(at + surface.length, at + surface.length + 30))) return true;
    at = text.indexOf(surface, at + 1);
  }
  return false;
}

/** The lower-case word right after the name ("the Zentra X4 router" → "router"), and the word after it. */
const NOUN_AFTER = /^ (\p{Ll}+)(?![\p{L}\p{N}\-‐])(?: (\p{Ll}+)(?![\p{L}\p{N}\-‐]))?(?: (\p{Ll}+))?/u;

/** A determiner, a possessive or a plain adjective ("an optional …") right before `start`. */
function determinedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (DETERMINER_BEFORE.test(before)) return true;
  const adjective = / (\p{Ll}+) $/u.exec(before)?.[1];
  return (
    adjective !== undefined &&
    synsetsOf(adjective, 'adj').length > 0 &&
    synsetsOf(adjective, 'noun').length === 0 &&
    synsetsOf(adjective, 'verb').length === 0
  );
}

/** Modals and auxiliaries that WordNet also lists as nouns ("must", "can", "will"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'must',
  'can',
  'will',
  'may',
  'might',
  'need',
  'do',
  'have',
]);

/** Some word of the product phrase after the name may be a verb ("shot", "must play"). */
function mayBeVerb(words: RegExpExecArray): boolean {
  const first = words[1] as string;
  const second = words[2];
  if (AUXILIARIES.has(first) || isVerbForm(first)) return true;
  return !isProductNoun(first) && second !== undefined && isVerbForm(second);
}

/** A word that may be a verb, inflected or not ("spoke", "shot", "card"). */
function isVerbForm(word: string): boolean {
  return synsetsOf(word, 'verb').length > 0 || lemmaOf(word, 'verb') !== null;
}

/** Heads that name a product only after another noun ("music player"; "the Lakeside player" is a person). */
const COMPOUND_PRODUCT_HEADS: ReadonlySet<string> = new Set(['player', 'drive', 'card']);

/**
 * The words after the name end in a product noun: "router" (not "router maker"), or a compound
 * "graphics card", "music player" (a noun, then the product noun, then no further noun).
 */
function productHeadAfter(words: RegExpExecArray): boolean {
  const [, first, second, third] = words as unknown as [
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  if (isProductNoun(first)) return second === undefined || !isNounWord(second);
  return (
    second !== undefined &&
    !AUXILIARIES.has(first) &&
    lemmaOf(first, 'noun') !== null &&
    (isProductNoun(second) || COMPOUND_PRODUCT_HEADS.has(second)) &&
    (third === undefined || !isNounWord(third))
  );
}
/** A determiner or possessive right before the name ("a …", "the firm's …"). */
const DETERMINER_BEFORE =
  /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|new|latest)|['’]s) $/u;
/** The lower-case noun right before the name ("the song Blue Harbour" → "song"; "her novel The Glass Orchard" → "novel"). */
const NOUN_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new|latest|hit) (\p{Ll}+) (?:The )?$/u;

/**
 * Products and works named next to a common noun that says what they are: "the Zentra X4 router",
 * "Lumio Player software", "the song Blue Harbour", "the novel Grey Tides" were typed ORG, PERSON or
 * LOC. A name right before a product noun (`isProductNoun`), or right after a work noun, is a product or work, MISC, unless the text also uses it as an actor ("Zentra
 * said", "Zentra's chief executive"), the lexicon knows it as an organisation or place, or the noun
 * heads a longer phrase ("the Zentra router maker"). A one-word name before the noun is a brand
 * ("a Corvane laptop"): the maker, and it keeps its type. The other ORG or LOC mentions of a name
 * so retyped in the article are the product too ("a flaw in Zentra X4" after "the Zentra X4 router").
 */
export function typeProductNames(
  text: string,
  names: readonly NameMention[],
  tokens?: readonly Token[],
): NameMention[] {
  const actors = tokens === undefined ? new Set<string>() : subjectsOfVerbs(text, names, tokens);
  const typed = names.map((name) => typeProductName(text, name, tokens, actors));
  // one name, one reading in an article: "a flaw in Internet Explorer" names the product that
  // "its Internet Explorer browser" showed
  const products = new Set(
    typed
      .filter((name, index) => name.type === 'MISC' && names[index]!.type !== 'MISC')
      .map((name) => text.slice(name.start, name.end)),
  );
  if (products.size === 0) return typed;
  // and the person's reading ("Zune will sync" after "Zune software"; "launches of Orla" after "the shuttle Orla")
  return typed.map((name) =>
    (name.type === 'ORG' || name.type === 'LOC' || name.type === 'PERSON') &&
    products.has(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'MISC' }
      : name,
  );
}

function typeProductName(
  text: string,
  name: NameMention,
  tokens: readonly Token[] | undefined,
  actors: ReadonlySet<string>,
): NameMention {
  if (name.type !== 'ORG' && name.type !== 'PERSON' && name.type !== 'LOC') return name;
  const surface = text.slice(name.start, name.end);
  const before = NOUN_BEFORE.exec(text.slice(Math.max(0, name.start - 30), name.start));
  // "the shuttle Orla": a craft noun names the vessel, even one named after a person, a place or a firm
  const craft = before !== null && isCraftNoun(before[1] as string);
  // "Liv Berg", "Ana Chile": a person's name opens with a given name
  if (!craft && name.type === 'PERSON' && isFirstName(surface.split(' ')[0] as string)) return name;
  if (!craft && (organisation(surface) !== undefined || lookupPlace(surface) !== undefined)) return name;
  const after = NOUN_AFTER.exec(text.slice(name.end, name.end + 40));
  const productAfter =
    after !== null &&
    // a one-word name before a product noun is its maker ("a Corvane laptop"), unless the
    // recogniser took it for a person ("Zune software")
    (surface.includes(' ') || name.type === 'PERSON') &&
    productHeadAfter(after) &&
    // "Tiger Vale shot 67": a word that may be a verb needs a determiner before the name
    (!mayBeVerb(after) || determinedBefore(text, name.start));
  const productBefore = craft || (before !== null && isWorkNoun(before[1] as string));
  if (!productAfter && !productBefore && !usedAsProduct(text, name, tokens, actors)) return name;
  if (usedAsActor(text, surface)) return name;
  return { start: name.start, end: name.end, type: 'MISC' };
}

/**
 * What is said only of software and other products right before a name: "users of", "a version
 * of", "the launch of", "runs on", "download"; "the release of" and "install" too, but not before
 * a person (a prisoner is released, a chairman installed).
 */
const PRODUCT_CUE_BEFORE =
  /(?:\b(?:users|versions?|launch) of|\b(?:runs?|running) on|\b(?:downloads?|downloaded|downloading|upgrade to|upgraded to)|(?<person>\brelease of|\binstall(?:s|ed|ing)?))(?: the)? $/iu;
/** Right after a name: "Orbix version 2", "Orbix 3.1 update". */
const PRODUCT_CUE_AFTER = /^ (?:version \d|\d+(?:\.\d+)* (?:release|update|version)\b)/u;
/** Right after a name typed a person or a place: "Orbix users", "the Orbix download" (a firm's users are its customers). */
const PRODUCT_CUE_AFTER_NON_ORG = /^ (?:users|downloads?)\b/u;

/**
 * The name stands where only a product does: "users of Orbix", "runs on Orbix", "Orbix version
 * 2", "Orbix users". Not when the parse makes it a modifier of the noun after it ("users of the
 * Velt satellite service": the service is the product, Velt its maker), nor, for an organisation,
 * when the text elsewhere makes it the subject of a verb ("Velt hopes …", "changes that Velt have made").
 */
function usedAsProduct(
  text: string,
  name: NameMention,
  tokens: readonly Token[] | undefined,
  actors: ReadonlySet<string>,
): boolean {
  if (tokens !== undefined) {
    const head = tokens[nameHead(tokens, name)];
    if (head !== undefined && MODIFIER_RELATIONS.has(head.dep)) return false;
  }
  if (name.type === 'ORG' && actors.has(text.slice(name.start, name.end))) return false;
  const before = PRODUCT_CUE_BEFORE.exec(text.slice(Math.max(0, name.start - 24), name.start));
  if (before !== null && (before.groups?.['person'] === undefined || name.type !== 'PERSON')) return true;
  const after = text.slice(name.end, name.end + 24);
  return PRODUCT_CUE_AFTER.test(after) || (name.type !== 'ORG' && PRODUCT_CUE_AFTER_NON_ORG.test(after));
}

/** Relations of a noun's modifiers: a name in them names the maker or the kind of the noun after it. */
const MODIFIER_RELATIONS: ReadonlySet<string> = new Set(['compound', 'amod', 'nmod:poss']);

/** The surfaces of the names the parse makes the subject of a verb somewhere in the text. */
function subjectsOfVerbs(text: string, names: readonly NameMention[], tokens: readonly Token[]): Set<string> {
  const subjects = new Set<string>();
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const head = tokens[nameHead(tokens, name)];
    if (head === undefined || !head.dep.startsWith('nsubj')) continue;
    const governor = tokens[head.head];
    if (governor !== undefined && governor.pos === 'VERB') subjects.add(text.slice(name.start, name.end));
  }
  return subjects;
}

/** A lower-case word whose only reading is a noun continues the phrase ("router maker"). */
function isNounWord(word: string): boolean {
  return synsetsOf(word, 'noun').length > 0 && synsetsOf(word, 'verb').length === 0;
}
