import type { Entity, EntityType, Mention, Segments, Token } from '../../model/index.js';
import { lineAround, titleCase } from '../names/headline-verbs.js';
import { isProductNoun } from '../names/product-names.js';
import {
  glossOf,
  lemmaOf,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_ARTIFACT,
  NOUN_BODY,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_EVENT,
  NOUN_GROUP,
  NOUN_LOCATION,
  NOUN_PERSON,
  synsetsOf,
} from '../events/wordnet.js';
import { descriptionOwner, sameOwner } from './description-owner.js';
import { firstNameGender } from './first-name-gender.js';
import { isBusinessKind, isOtherKindThanBusiness, kindImplies } from './kind-words.js';
import { leadNamedPerson } from './lead-descriptions.js';
import { personEvidence, personFirst } from './thing-roles.js';
import { hasHypernym, hasHypernymWord, type HypernymWalk } from '../lexicon/hypernyms.js';
import { foldKey } from '../lexicon/normalise.js';
import { peopleTables } from '../lexicon/people.js';
import {
  honorificOf,
  isOrganisationNoun,
  isPlaceNoun,
  personWord,
  SPEECH_VERBS,
  type Gender,
} from './lexicon.js';

/**
 * Descriptions of people, groups and places that coreference left without a named referent ("the
 * man", "police", "the victims", "the building"): each becomes an entity of its own with nominal
 * mentions only, so that descriptions can be linked across documents (`claimgraph corpus`). A
 * description is a common noun that heads a noun phrase in a clause (subject, object, oblique,
 * nominal modifier, conjunct, apposition, root) and is not inside another entity's mention; its
 * kind comes from the coreference lexicon, else from the first WordNet sense of its lemma
 * (noun.person → PERSON, noun.group → ORG unless an occasion such as "meeting" or "rally",
 * noun.location → LOC, and a noun.artifact that is a building, an establishment, housing, a
 * building complex, a facility or a room — "the store", "a motel", "the apartment" — → LOC, as
 * ECB+ and ACE count facilities among places). A group noun before "of" is a
 * quantity ("a group of fans"), not a group. The mention runs from the phrase's first modifier
 * (determiner, adjective, number, compound, possessive pronoun) to the head.
 *
 * In one document, descriptions with the same head lemma and number are one entity unless their
 * modifiers differ ("the first man", "the second man") or the phrase says "another". Entities carry
 * `attributes.nominal_head` (marking an entity of descriptions only; `description` is the attribute
 * stages give named entities): the head lemma, with "+pl" for a plural ("man", "officer+pl"); their
 * `name` is the longest description.
 */

const MAX_SENSES = 12;
const ROLES: ReadonlySet<string> = new Set([
  'nsubj',
  'nsubj:pass',
  'obj',
  'iobj',
  'obl',
  'obl:agent',
  'nmod',
  'conj',
  'appos',
  'root',
]);
const MODIFIERS: ReadonlySet<string> = new Set(['det', 'amod', 'nummod', 'compound', 'nmod:poss']);
/** Determiners that make no new referent and say nothing of which one. */
const PLAIN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const NEW_REFERENT: ReadonlySet<string> = new Set(['another', 'other']);
/** Heads too general to describe one referent. */
const GENERIC: ReadonlySet<string> = new Set([
  'one',
  'someone',
  'anyone',
  'everyone',
  'somebody',
  'anybody',
  'everybody',
  'nobody',
  'person',
  'thing',
  'part',
  'number',
  'lot',
  'rest',
  'majority',
  'series',
  'kind',
  'type',
  'sort',
  'variety',
  'range',
  'set',
  'side',
  'place',
  'way',
  'world',
  'couple',
]);

/**
 * Whether a possessor's head is a document ("the ministry's report", "the council's statement"): a
 * noun whose first two WordNet senses include a communication or a piece of cognition. The possessor
 * is the document's issuer, a referent of its own that speaks through it (other possessors stay
 * parts of their phrase).
 */
function possessesDocument(tokens: readonly Token[], possessor: Token): boolean {
  const owner = tokens[possessor.head];
  if (owner === undefined || owner.pos !== 'NOUN') return false;
  const lemma = owner.lemma.toLowerCase();
  return synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_COMMUNICATION || file === NOUN_COGNITION;
    });
}

const kindCache = new Map<string, EntityType | null>();
let socialGroups: ReadonlySet<number> | null = null;

/** Is the noun synset a group of people (under social_group#1 or people#1), not a "table" or a "series"? */
function isSocialGroup(offset: number): boolean {
  socialGroups ??= new Set(
    [synsetsOf('social_group', 'noun')[0], synsetsOf('people', 'noun')[0]].filter(
      (found) => found !== undefined,
    ),
  );
  const groups = socialGroups;
  return hasHypernym(offset, 'noun', { levels: 8 }, (entry) => groups.has(entry.offset));
}

let gatherings: number | null | undefined;

/**
 * Is the noun an occasion people gather for rather than a body of people: its first sense under
 * gathering#1 ("meeting", "rally", "conference") and one of its first three senses an act or an
 * event ("the meeting was held")? "Crowd", "audience" and "mob" are gatherings of people only and
 * stay groups; "party" (an organisation first) is no gathering.
 */
function isOccasion(lemma: string): boolean {
  if (gatherings === undefined) gatherings = synsetsOf('gathering', 'noun')[0] ?? null;
  if (gatherings === null) return false;
  const senses = synsetsOf(lemma, 'noun');
  const first = senses[0];
  if (first === undefined) return false;
  const eventful = senses
    .slice(0, 3)
    .some((offset) => [NOUN_ACT, NOUN_EVENT].includes(lexicographerFileOf(offset, 'noun')));
  if (!eventful) return false;
  const gathering = gatherings;
  return hasHypernym(first, 'noun', { levels: 4 }, (entry) => entry.offset === gathering);
}

/** Hypernyms (words of a noun.artifact synset) that make a structure a place one can be in. */
const PLACE_STRUCTURES: ReadonlySet<string> = new Set([
  'building',
  'establishment',
  'housing',
  'building_complex',
  'facility',
  'area',
]);

/** Eight levels, through artifacts only. */
const ARTIFACTS_WALK: HypernymWalk = {
  levels: 8,
  through: (entry) => entry.lexicographerFile === NOUN_ARTIFACT,
};

/**
 * Is the noun.artifact synset a building, an establishment, housing, a building complex, a facility
 * or a part of a building ("area": a room), or under one — not a door, a wall or a bridge?
 */
export function isPlaceStructure(offset: number): boolean {
  return hasHypernymWord(offset, 'noun', ARTIFACTS_WALK, PLACE_STRUCTURES);
}

/**
 * A noun whose first sense is no body ("prosecution": an act) but one of whose first senses is a
 * social group ("the prosecution": the lawyers): the body when it speaks ("The prosecution said").
 */
export function speakingBody(lemma: string): boolean {
  if (GENERIC.has(lemma)) return false;
  const senses = synsetsOf(lemma, 'noun');
  if (senses.length === 0 || senses.length > MAX_SENSES) return false;
  // "prosecution" 2 (the lawyers acting for the state) is a collection, not a social group, in
  // WordNet: any group sense counts, a speech verb's subject being people
  // one whose first sense is a group and no social group is a collection of things ("data", "pair")
  const groups = senses.slice(0, 5).map((offset) => lexicographerFileOf(offset, 'noun') === NOUN_GROUP);
  return groups[0] === false && groups.includes(true);
}

/** The kind of entity a head lemma describes, or null. */
export function descriptionType(lemma: string): EntityType | null {
  const cached = kindCache.get(lemma);
  if (cached !== undefined) return cached;
  let kind: EntityType | null = null;
  // "the browser", "the router": a device or program, though WordNet's first sense is a person
  if (!GENERIC.has(lemma) && !isProductNoun(lemma)) {
    if (personWord(lemma) !== undefined) kind = 'PERSON';
    else if (isOrganisationNoun(lemma)) kind = 'ORG';
    else if (isPlaceNoun(lemma)) kind = 'LOC';
    else {
      const senses = synsetsOf(lemma, 'noun');
      const first = senses[0];
      if (first !== undefined && senses.length <= MAX_SENSES) {
        const file = lexicographerFileOf(first, 'noun');
        kind =
          file === NOUN_PERSON
            ? 'PERSON'
            : file === NOUN_GROUP && isSocialGroup(first) && !isOccasion(lemma)
              ? 'ORG'
              : file === NOUN_LOCATION || (file === NOUN_ARTIFACT && isPlaceStructure(first))
                ? 'LOC'
                : null;
      }
    }
  }
  if (kindCache.size > 50_000) kindCache.clear();
  kindCache.set(lemma, kind);
  return kind;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly type: EntityType;
  /** Lower-case modifiers other than plain determiners. */
  readonly modifiers: readonly string[];
  readonly fresh: boolean;
  readonly definite: boolean;
  readonly head: number;
  /** An organisation's owner (description-owner.ts): "Dravan" of "Dravan's defence ministry". */
  readonly owner: string | undefined;
}

function compatible(left: readonly string[], right: readonly string[]): boolean {
  if (left.length === 0 || right.length === 0) return true;
  return left.some((word) => right.includes(word));
}

/** The descriptions of a document grouped by head and modifiers (see descriptionEntities). */
function descriptionGroups(text: string, segments: Segments, entities: readonly Entity[]): Group[] {
  const tokens = segments.tokens as readonly Token[];
  const covered = new Uint8Array(tokens.length);
  // token → the entity one of whose names covers it (an organisation description's owner)
  const nameAt = new Int32Array(tokens.length).fill(-1);
  const mentions = entities
    .flatMap((entity, owner) => entity.mentions.map((mention) => ({ mention, owner })))
    .sort((a, b) => a.mention.start - b.mention.start);
  let next = 0;
  tokens.forEach((token, index) => {
    while (next < mentions.length && mentions[next]!.mention.end <= token.start) next += 1;
    for (let at = next; at < mentions.length && mentions[at]!.mention.start < token.end; at += 1) {
      const { mention, owner } = mentions[at]!;
      if (mention.end <= token.start) continue;
      covered[index] = 1;
      if (mention.kind === 'name') nameAt[index] = owner;
    }
  });
  const sentenceOf = new Int32Array(tokens.length);
  segments.sentences.forEach((sentence, number) =>
    sentenceOf.fill(number, sentence.firstToken, sentence.endToken),
  );
  const word = (index: number) => text.slice(tokens[index]!.start, tokens[index]!.end).toLowerCase();
  const headlines = new Map<number, boolean>();
  const inHeadline = (index: number) => {
    const [start, end] = lineAround(text, tokens[index]!.start);
    let titled = headlines.get(start);
    if (titled === undefined) {
      titled = titleCase(text.slice(start, end));
      headlines.set(start, titled);
    }
    return titled;
  };
  // the runs of letters of the text, as written: a word written in lower case somewhere is one of them
  // (one pass over the text, instead of one search a word)
  let letterRuns: Set<string> | null = null;
  const lowerElsewhere = (lower: string) => {
    letterRuns ??= new Set(text.match(/\p{L}+/gu) ?? []);
    if (!lower.includes('-')) return letterRuns.has(lower);
    return new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text);
  };
  const found: Found[] = [];
  tokens.forEach((token, index) => {
    if (covered[index] === 1) return;
    if (!ROLES.has(token.dep) && !(token.dep === 'nmod:poss' && possessesDocument(tokens, token))) return;
    // a capitalised common noun opening a sentence is often tagged as a name ("Police said")
    const opens = index === 0 || sentenceOf[index - 1] !== sentenceOf[index];
    const surface = word(index);
    // a headline in title case capitalises its nouns, and the tagger reads them as names ("Teen
    // Held After Robbery"): such a word counts when the article writes it in lower case elsewhere
    const titled = () => inHeadline(index) && lowerElsewhere(surface);
    if (!/^[a-z][a-z-]*$/.test(surface)) return;
    if (token.pos !== 'NOUN' && !(token.pos === 'PROPN' && (opens || titled()))) return;
    // the tagger's lemma first ("leaders" → "leader"), then WordNet's
    const tagged = token.lemma.toLowerCase();
    const lemma = tagged !== '' && tagged !== surface ? tagged : (lemmaOf(surface, 'noun') ?? surface);
    // the subject of a speech verb whose noun can name a body: "The defence argued …"
    const speaks = () => {
      if (token.dep !== 'nsubj') return false;
      // "The defence ministry said": a noun before another noun modifies it, however the parse hung it
      const next = tokens[index + 1];
      if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
      const head = tokens[token.head];
      return head !== undefined && SPEECH_VERBS.has(head.lemma.toLowerCase()) && speakingBody(lemma);
    };
    const type = descriptionType(lemma) ?? (speaks() ? 'ORG' : null);
    if (type === null) return;
    const partitive = lemma === 'group' || !isOrganisationNoun(lemma);
    if (type === 'ORG' && partitive && tokens[index + 1] !== undefined && word(index + 1) === 'of') return;
    // modifiers attached inside the phrase: "the 40 - year - old man"
    let first = index;
    while (first > 0 && covered[first - 1] === 0) {
      const before = tokens[first - 1]!;
      const hyphen = before.pos === 'PUNCT' && word(first - 1) === '-';
      if (sentenceOf[first - 1] !== sentenceOf[index]) break;
      if (!hyphen && (before.head < first || before.head > index)) break;
      // a word of a modifier ("year" of "40-year-old") may hang on the modifier in any relation
      const direct = before.head === index;
      if (!hyphen && (before.pos === 'PUNCT' || (direct && !MODIFIERS.has(before.dep)))) break;
      if (
        !direct &&
        (before.pos === 'CCONJ' || before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'ADV')
      )
        break;
      first -= 1;
    }
    // "No group has claimed …": a negated noun phrase names no referent
    if (word(first) === 'no' && tokens[first]!.pos === 'DET') return;
    const modifiers: string[] = [];
    let fresh = false;
    // "the actress", "American Pie actress"; not "an actress", "her mother", "some officials"
    let definite = true;
    for (let at = first; at < index; at += 1) {
      const modifier = word(at);
      if (NEW_REFERENT.has(modifier)) fresh = true;
      else if (!PLAIN_DETERMINERS.has(modifier)) modifiers.push(modifier);
      const determiner =
        tokens[at]!.pos === 'DET' || tokens[at]!.pos === 'PRON' || tokens[at]!.dep === 'nmod:poss';
      if (determiner && (at > first || modifier !== 'the')) definite = false;
    }
    // a possessor or determiner outside the extent ("her" of "her rep" is a mention of its own)
    for (let at = first - 1; at >= 0 && at >= first - 8 && sentenceOf[at] === sentenceOf[index]; at -= 1)
      if (tokens[at]!.head === index && (tokens[at]!.dep === 'nmod:poss' || tokens[at]!.dep === 'det'))
        if (word(at) !== 'the') definite = false;
    const plural = surface !== lemma && !surface.endsWith("'s");
    const sentence = segments.sentences[sentenceOf[index]!]!;
    found.push({
      owner:
        type === 'ORG'
          ? descriptionOwner(text, tokens, index, sentence.firstToken, sentence.endToken, entities, nameAt)
          : undefined,
      start: tokens[first]!.start,
      end: token.end,
      key: plural ? `${lemma}+pl` : lemma,
      type,
      modifiers,
      fresh,
      definite,
      head: index,
    });
  });
  const groups: Group[] = [];
  for (const description of found) {
    let group = description.fresh
      ? undefined
      : [...groups]
          .reverse()
          .find(
            (candidate) =>
              candidate.key === description.key && compatible(candidate.modifiers, description.modifiers),
          );
    if (group === undefined) {
      group = {
        key: description.key,
        type: description.type,
        modifiers: [],
        mentions: [],
        definite: true,
        heads: [],
        owner: undefined,
      };
      groups.push(group);
    }
    // mentions that state two owners leave the group's owner unknown
    if (description.owner !== undefined && group.owner !== null)
      if (group.owner === undefined) group.owner = description.owner;
      else if (!sameOwner(group.owner, description.owner)) group.owner = null;
    for (const modifier of description.modifiers)
      if (!group.modifiers.includes(modifier)) group.modifiers.push(modifier);
    group.mentions.push({ start: description.start, end: description.end, kind: 'nominal' });
    group.heads.push(description.head);
    if (!description.definite) group.definite = false;
  }
  return groups;
}

interface Group {
  readonly key: string;
  readonly type: EntityType;
  readonly modifiers: string[];
  readonly mentions: Mention[];
  /** Every mention opens with "the" and no possessive ("the actress", "the troubled star"). */
  definite: boolean;
  /** The head token of each mention. */
  readonly heads: number[];
  /** The owner its mentions state (description-owner.ts); null when they state two. */
  owner: string | undefined | null;
}

/**
 * The description entities of a document, numbered after `entities` (ids continue from the
 * highest "eN"). Their mentions never overlap a mention of `entities` or each other.
 */
export function descriptionEntities(text: string, segments: Segments, entities: readonly Entity[]): Entity[] {
  return entitiesOf(text, descriptionGroups(text, segments, entities), entities);
}

function entitiesOf(text: string, groups: readonly Group[], entities: readonly Entity[]): Entity[] {
  let highest = 0;
  for (const entity of entities) {
    const number = /^e(\d+)$/.exec(entity.id);
    if (number !== null) highest = Math.max(highest, Number(number[1]));
  }
  return groups.map((group, index) => {
    const longest = group.mentions.reduce((best, mention) =>
      mention.end - mention.start > best.end - best.start ? mention : best,
    );
    return {
      id: `e${highest + index + 1}`,
      type: group.type,
      name: text.slice(longest.start, longest.end),
      mentions: group.mentions,
      attributes: {
        nominal_head: group.key,
        ...(typeof group.owner === 'string' ? { owner: group.owner } : {}),
      },
    };
  });
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom']);

/**
 * "a man who robbed the bank", "Lena Marsh, who starred": the relative pronoun is a mention of the
 * entity its clause hangs on (the parse's `acl:relcl` head, or the last token of a name or
 * description that ends there). Returns the entities with those pronoun mentions added, in order.
 */
export function withRelativePronouns(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
): Entity[] {
  const tokens = segments.tokens as readonly Token[];
  const entityAt = new Map<number, number>(); // a mention's end character → entity index
  entities.forEach((entity, index) => {
    for (const mention of entity.mentions) entityAt.set(mention.end, index);
  });
  const added = new Map<number, Mention[]>();
  tokens.forEach((token, index) => {
    if (token.pos !== 'PRON' || !RELATIVE_PRONOUNS.has(text.slice(token.start, token.end).toLowerCase()))
      return;
    const clause = tokens[token.head];
    if (clause === undefined || clause.dep !== 'acl:relcl' || token.head <= index) return;
    // the head noun, or the last token of the name it starts ("Lena Marsh": "Lena" heads the flat name)
    let last = clause.head;
    while (last + 1 < index && tokens[last + 1]!.head === clause.head && tokens[last + 1]!.dep === 'flat')
      last += 1;
    const owner = tokens[last] === undefined ? undefined : entityAt.get(tokens[last]!.end);
    if (owner === undefined || last >= index) return;
    added.set(owner, [...(added.get(owner) ?? []), { start: token.start, end: token.end, kind: 'pronoun' }]);
  });
  return withAddedMentions(entities, added);
}

const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself']);

/** Can an entity be the antecedent of the reflexive pronoun (lower case)? */
function agreesWithReflexive(entity: Entity, pronoun: string): boolean {
  const plural = String(entity.attributes?.nominal_head ?? '').endsWith('+pl');
  if (pronoun === 'themselves') return plural || entity.type === 'ORG';
  if (plural) return false;
  if (pronoun === 'itself') return entity.type === 'ORG' || entity.type === 'LOC';
  return entity.type === 'PERSON';
}

/**
 * "A boss in the city hanged himself", "the workers barricaded themselves": a reflexive pronoun
 * that no entity holds is a mention of the entity whose mention covers the subject of the same
 * predicate, before it, when number and kind agree (coreference links reflexives to names; this
 * reaches the descriptions too). Returns the entities with those pronoun mentions added, in order.
 */
export function withReflexivePronouns(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
): Entity[] {
  const tokens = segments.tokens as readonly Token[];
  const covering = (token: Token): number =>
    entities.findIndex((entity) =>
      entity.mentions.some((mention) => token.start >= mention.start && token.end <= mention.end),
    );
  const added = new Map<number, Mention[]>();
  tokens.forEach((token, index) => {
    const word = text.slice(token.start, token.end).toLowerCase();
    if (token.pos !== 'PRON' || !REFLEXIVE_PRONOUNS.has(word) || token.head < 0) return;
    if (covering(token) >= 0) return;
    const subject = tokens.findIndex(
      (other, at) =>
        at < index && other.head === token.head && (other.dep === 'nsubj' || other.dep === 'nsubj:pass'),
    );
    const owner =
      subject >= 0 ? covering(tokens[subject]!) : subjectlessBinder(text, segments, entities, index);
    if (owner < 0 || !agreesWithReflexive(entities[owner]!, word)) return;
    added.set(owner, [...(added.get(owner) ?? []), { start: token.start, end: token.end, kind: 'pronoun' }]);
  });
  return withAddedMentions(entities, added);
}

/**
 * For a reflexive whose finite verb the parse left without a subject ("A boss arrested in a raid has
 * hanged himself", "Police said Lo Presti hanged himself": the verb read as a clause of "arrested" or
 * a conjunct of "said"), the one entity that agrees with it among those whose mention before it in
 * the sentence ends on a subject or the sentence's root; -1 when there is none or more than one.
 * Not for an infinitive, a gerund or an open complement ("asked Y to defend himself"), whose
 * controller the parse gives.
 */
function subjectlessBinder(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  index: number,
): number {
  const tokens = segments.tokens as readonly Token[];
  const verb = tokens[index]!.head;
  const predicate = tokens[verb];
  if (predicate === undefined || predicate.pos !== 'VERB' || predicate.dep === 'xcomp') return -1;
  if (/ing$/iu.test(text.slice(predicate.start, predicate.end))) return -1;
  if (
    tokens.some(
      (other) =>
        other.head === verb &&
        (/^nsubj/u.test(other.dep) ||
          (other.dep === 'mark' && text.slice(other.start, other.end).toLowerCase() === 'to')),
    )
  )
    return -1;
  const sentence = segments.sentences.find(
    (candidate) => candidate.firstToken <= index && index < candidate.endToken,
  );
  if (sentence === undefined) return -1;
  const word = text.slice(tokens[index]!.start, tokens[index]!.end).toLowerCase();
  const found = new Set<number>();
  entities.forEach((entity, at) => {
    if (!agreesWithReflexive(entity, word)) return;
    for (const mention of entity.mentions) {
      if (mention.start < tokens[sentence.firstToken]!.start || mention.end > tokens[index]!.start) continue;
      const head = tokens.findIndex((other) => other.end === mention.end && other.start >= mention.start);
      if (head >= 0 && (/^nsubj/u.test(tokens[head]!.dep) || tokens[head]!.head < 0)) found.add(at);
    }
  });
  return found.size === 1 ? [...found][0]! : -1;
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'his', 'her']);

/**
 * "A boss in the city hanged himself hours after he was arrested": a personal pronoun ("he", "she",
 * "him", and the possessives "his", "her": "the actress put an end to her drinking days") that no entity holds is a mention of the singular description of a person that is the
 * subject of a clause before it in the same sentence, when that description is the only one, no
 * named person comes before the pronoun in the sentence, and the noun's gender does not disagree.
 */
export function withDescribedPronouns(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
): Entity[] {
  const tokens = segments.tokens as readonly Token[];
  const added = new Map<number, Mention[]>();
  for (const sentence of segments.sentences) {
    const inside = (mention: Mention) =>
      mention.start >= tokens[sentence.firstToken]!.start &&
      mention.end <= tokens[sentence.endToken - 1]!.end;
    for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
      const token = tokens[index]!;
      const word = text.slice(token.start, token.end).toLowerCase();
      if (token.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(word)) continue;
      const before = (mention: Mention) => inside(mention) && mention.end <= token.start;
      if (
        entities.some((entity) =>
          entity.mentions.some((mention) => mention.start <= token.start && mention.end >= token.end),
        )
      )
        continue;
      const named = entities.some(
        (entity) =>
          entity.type === 'PERSON' &&
          entity.mentions.some((mention) => mention.kind === 'name' && before(mention)),
      );
      if (named) continue;
      const candidates = entities
        .map((entity, at) => ({ entity, at }))
        .filter(({ entity }) => {
          const key = entity.attributes?.nominal_head;
          if (entity.type !== 'PERSON' || typeof key !== 'string' || key.endsWith('+pl')) return false;
          return entity.mentions.some((mention) => {
            if (!before(mention)) return false;
            const head = tokens.findIndex(
              (other) => other.end === mention.end && other.start >= mention.start,
            );
            return head >= 0 && (tokens[head]!.dep === 'nsubj' || tokens[head]!.dep === 'nsubj:pass');
          });
        });
      if (candidates.length !== 1) continue;
      const { entity, at } = candidates[0]!;
      const gender = nounGender(String(entity.attributes!.nominal_head));
      const pronounGender = word === 'she' || word === 'her' ? 'f' : 'm';
      if (gender !== undefined && gender !== pronounGender) continue;
      added.set(at, [...(added.get(at) ?? []), { start: token.start, end: token.end, kind: 'pronoun' }]);
    }
  }
  return withAddedMentions(entities, added);
}

const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const genderCache = new Map<string, Gender | null>();

/**
 * The gender a person noun says: the coreference lexicon's, else its first WordNet sense's gloss
 * ("actress": "a female actor").
 */
export function nounGender(lemma: string): Gender | undefined {
  const known = personWord(lemma)?.gender;
  if (known !== undefined) return known;
  let gender = genderCache.get(lemma);
  if (gender === undefined) {
    const first = synsetsOf(lemma, 'noun')[0];
    const gloss = first === undefined ? '' : glossOf(first, 'noun').toLowerCase();
    const female = /\b(?:female|woman|girl)\b/.test(gloss);
    const male = /\b(?:male|man|boy)\b/.test(gloss);
    gender = female === male ? null : female ? 'f' : 'm';
    if (genderCache.size > 50_000) genderCache.clear();
    genderCache.set(lemma, gender);
  }
  return gender ?? undefined;
}

/** A named person's gender: its pronouns' when they agree more than they disagree, else its first name's. */
export function personGender(
  text: string,
  entity: {
    readonly mentions: readonly { readonly kind: string; readonly start: number; readonly end: number }[];
  },
): Gender | undefined {
  let female = 0;
  let male = 0;
  for (const mention of entity.mentions) {
    if (mention.kind !== 'pronoun') continue;
    const word = text.slice(mention.start, mention.end).toLowerCase();
    if (FEMALE_PRONOUNS.has(word)) female += 1;
    else if (MALE_PRONOUNS.has(word)) male += 1;
  }
  if (female !== male) return female > male ? 'f' : 'm';
  // an honorific in any name mention beats a first name's usual gender ("Ashley Giles" … "Mr Giles")
  for (const mention of entity.mentions) {
    if (mention.kind !== 'name') continue;
    const word = text.slice(mention.start, mention.end).split(/\s+/u)[0] ?? '';
    const title = honorificOf(word.toLowerCase().replace(/\.$/u, ''));
    if (title?.gender !== undefined) return title.gender;
  }
  const first = entity.mentions.find((mention) => mention.kind === 'name');
  const name = first === undefined ? '' : (text.slice(first.start, first.end).split(/\s+/)[0] ?? '');
  return firstNameGender(name);
}

/** Does WordNet know the noun, its first sense not a group ("family", "police")? */
function isPersonNoun(lemma: string): boolean {
  const first = synsetsOf(lemma, 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') !== NOUN_GROUP;
}

/** Is the first WordNet sense of the noun a group ("team", "company")? */
function isGroupNoun(lemma: string): boolean {
  const first = synsetsOf(lemma, 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_GROUP;
}

/**
 * Whether the text or the organisation's name says it is of another kind than the description's
 * (issue 10): its name's head is an organisation noun by WordNet ("Council", "Foundation", "Airlines")
 * that is not of the description's kind ("the team" is no council; "the firm" no foundation, while an
 * airline is one), unless coreference already called it so or its name has the word. A name whose head
 * says nothing ("Harbor City Pelicans", "Sony") is not against it.
 */
function saysOtherKind(text: string, entity: Entity, lemma: string): boolean {
  if (nominalLemmas(text, entity).includes(lemma)) return false;
  const words = entity.name.split(/\s+/u).filter((word) => word !== '');
  if (words.some((word) => (lemmaOf(word.toLowerCase(), 'noun') ?? word.toLowerCase()) === lemma))
    return false;
  const of = words.indexOf('of');
  const nameHead = of > 0 ? words[of - 1] : words.at(-1);
  if (nameHead === undefined || !/^\p{Lu}\p{Ll}+$/u.test(nameHead)) return false;
  const business = isBusinessKind(nameHead);
  if (!business && !isOtherKindThanBusiness(nameHead)) return false;
  if (isBusinessKind(lemma)) return !business;
  return !kindImplies(nameHead, lemma);
}

/** The head lemmas of a named entity's nominal mentions ("the governor" → governor). */
function nominalLemmas(text: string, entity: Entity): string[] {
  return entity.mentions
    .filter((mention) => mention.kind === 'nominal')
    .map((mention) => {
      const word =
        text
          .slice(mention.start, mention.end)
          .toLowerCase()
          .split(/[^a-z-]+/)
          .filter(Boolean)
          .at(-1) ?? '';
      return lemmaOf(word, 'noun') ?? word;
    })
    .filter((word) => word !== '');
}

/**
 * The role titles written in a person's name mentions, lower case without a full stop ("gov" of
 * "Gov. Ada Reyes", "judge" of "Judge Ada Cole"): political, military, legal, religious and royal
 * honorifics; not courtesy ones ("Mr") nor academic ones ("Dr", said of physicians too).
 */
export function titleWords(text: string, entity: Entity): string[] {
  const { honorifics } = peopleTables();
  const titles = new Set<string>();
  for (const mention of entity.mentions) {
    if (mention.kind !== 'name') continue;
    for (const word of text.slice(mention.start, mention.end).split(/\s+/u)) {
      const honorific = honorifics.get(foldKey(word.replace(/\.$/u, '')));
      if (honorific !== undefined && honorific.kind !== 'courtesy' && honorific.kind !== 'academic')
        titles.add(honorific.title.toLowerCase().replace(/\s+/gu, ' '));
    }
  }
  return [...titles];
}

/**
 * Whether a title says a role noun: its last word, or an abbreviation of it whose letters the noun
 * has in order from its first ("gov" → governor, "sgt" → sergeant, "prime minister" → minister).
 */
export function titleSays(title: string, lemma: string): boolean {
  const word = title.split(' ').at(-1) ?? '';
  if (word === '' || lemma[0] !== word[0]) return false;
  let at = 0;
  for (const letter of lemma) if (letter === word[at]) at++;
  return at === word.length;
}

/**
 * The head word of a role phrase: its last word before a preposition or comma ("Superior Court
 * Judge" → judge, "chief of the Harwick Fire Department" → chief).
 */
export function roleHeadWord(phrase: string): string | undefined {
  const words = phrase
    .toLowerCase()
    .split(/\s*,\s*/u)[0]!
    .split(/[^a-z-]+/)
    .filter((part) => part !== '');
  const end = words.findIndex((word, at) => at > 0 && ROLE_PREPOSITIONS.has(word));
  return (end < 0 ? words : words.slice(0, end)).at(-1);
}
const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'to', 'from', 'on']);

/** The head words of a named entity's role attributes before any preposition ("chief of …" → chief). */
function roleHeads(entity: Entity): string[] {
  const role = entity.attributes?.role;
  const roles = role === undefined ? [] : typeof role === 'string' ? [role] : Array.isArray(role) ? role : [];
  return (roles as readonly string[]).map(roleHeadWord).filter((word) => word !== undefined);
}

/** The head lemmas of a named entity's role attributes ("Superior Court Judge" → judge). */
function roleLemmas(entity: Entity): Set<string> {
  const role = entity.attributes?.role;
  const roles = role === undefined ? [] : typeof role === 'string' ? [role] : Array.isArray(role) ? role : [];
  const lemmas = new Set<string>();
  for (const phrase of roles as readonly string[]) {
    const word = phrase
      .toLowerCase()
      .split(/[^a-z-]+/)
      .filter((part) => part !== '')
      .at(-1);
    if (word !== undefined) lemmas.add(lemmaOf(word, 'noun') ?? word);
  }
  return lemmas;
}

/**
 * A noun whose first WordNet sense is a part of the body, as the object of a preposition with no
 * "of" after it ("shot him in the head", "hit on the head"; not "the head of the agency").
 */
function bodyPartInPlace(text: string, tokens: readonly Token[], index: number, lemma: string): boolean {
  const token = tokens[index]!;
  if (token.dep !== 'obl' && token.dep !== 'nmod') return false;
  const first = synsetsOf(lemma, 'noun')[0];
  if (first === undefined || lexicographerFileOf(first, 'noun') !== NOUN_BODY) return false;
  const next = tokens[index + 1];
  if (next !== undefined && text.slice(next.start, next.end).toLowerCase() === 'of') return false;
  for (let at = Math.max(0, index - 4); at < index; at += 1)
    if (tokens[at]!.head === index && tokens[at]!.dep === 'case') return true;
  return false;
}

/**
 * Which named person a singular description of a person is, or -1: (1) the name it stands in
 * apposition to or before ("Lena Marsh, the actress", "actress Lena Marsh"); (2) else the one
 * person of the document whose role says the same noun ("Judge Ada Cole" … "the judge"); (3) else,
 * for a definite description ("the actress", "the troubled star") whose sentence names nobody it
 * could be, the person named most often before it, when that person is named more often than any
 * other person of agreeing gender and no role of it says another noun.
 */
function describedPerson(
  text: string,
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  group: Group,
  candidates: readonly { readonly index: number; readonly entity: Entity }[],
  nameAt: Int32Array,
  sentences?: Segments['sentences'],
): number {
  let people = candidates;
  if (group.key.endsWith('+pl')) return -1;
  if (group.type === 'PERSON' ? !isPersonNoun(group.key) : group.type !== 'ORG' || !isGroupNoun(group.key))
    return -1;
  people = people.filter((person) => person.entity.type === group.type);
  for (const head of group.heads) {
    const token = tokens[head]!;
    const ofType = (at: number) => people.some((person) => person.index === nameAt[at]);
    if ((token.dep === 'appos' || token.dep === 'compound') && token.head >= 0 && ofType(token.head))
      return nameAt[token.head]!;
    const appositive = tokens.findIndex(
      (other, at) => other.head === head && other.dep === 'appos' && ofType(at),
    );
    if (appositive >= 0) return nameAt[appositive]!;
  }
  const lemma = group.key;
  const byRole = people.filter((person) => roleLemmas(person.entity).has(lemma));
  if (byRole.length === 1) return byRole[0]!.index;
  if (byRole.length > 1) return -1;
  const gender = nounGender(lemma);
  const agrees = (person: { readonly entity: Entity }): boolean => {
    const other = personGender(text, person.entity);
    if (gender !== undefined && other !== undefined && other !== gender) return false;
    // a person whose role is another kind of person ("prosecutor" for "the actress")
    // or whom coreference already describes with another person noun ("the governor")
    const roles = [...roleLemmas(person.entity), ...nominalLemmas(text, person.entity)];
    return !roles.some((role) => role !== lemma && descriptionType(role) === 'PERSON');
  };
  // (4) the lead's description and the name the next sentence gives ("A smuggler was held. Oren Vask, 41, …")
  if (group.type === 'PERSON' && sentences !== undefined) {
    const lead = leadNamedPerson(
      tokens,
      sentences,
      sentenceOf,
      group.heads[0]!,
      nameAt,
      (index) => people.some((person) => person.index === index),
      (index) =>
        Math.min(...people.find((person) => person.index === index)!.entity.mentions.map((m) => m.start)),
    );
    const person = people.find((candidate) => candidate.index === lead);
    if (person !== undefined && agrees(person)) return lead;
  }
  if (!group.definite) return -1;
  // "shot him in the head": a body part, though the lexicon's "head" is also a person
  if (group.heads.some((head) => bodyPartInPlace(text, tokens, head, lemma))) return -1;
  // "the chair dropped eight metres": a noun whose commonest sense is a thing joins a person only on
  // a person's evidence in one of its sentences
  if (
    group.type === 'PERSON' &&
    !personFirst(lemma) &&
    !group.heads.some((head) => personEvidence(text, tokens, sentenceOf, head))
  )
    return -1;
  const first = group.mentions[0]!;
  const sentence = sentenceOf[group.heads[0]!]!;
  const counts = people
    .filter(agrees)
    .map((person) => ({
      person,
      before: person.entity.mentions.filter((mention) => mention.end <= first.start).length,
    }))
    .filter((count) => count.before > 0)
    .sort((a, b) => b.before - a.before);
  const best = counts[0];
  if (best === undefined || (counts[1] !== undefined && counts[1].before >= best.before)) return -1;
  // an organisation named most is not "the team" or "the firm" when its name says it is a council
  if (group.type === 'ORG' && saysOtherKind(text, best.person.entity, lemma)) return -1;
  // the most named person is someone else when a title or a role's head says another role ("Gov. Ada
  // Reyes", "Tom Reed, chief of the Harwick Fire Department" … "the arsonist"); then nobody
  if (titleWords(text, best.person.entity).some((title) => !titleSays(title, lemma))) return -1;
  if (
    roleHeads(best.person.entity).some((word) => {
      const role = lemmaOf(word, 'noun') ?? word;
      return role !== lemma && descriptionType(role) === 'PERSON';
    })
  )
    return -1;
  // "Lena Marsh thanked the judge": a co-argument of the same predicate is someone else
  const predicate = tokens[group.heads[0]!]!.head;
  const coArgument = tokens.some(
    (token, at) =>
      sentenceOf[at] === sentence &&
      token.head === predicate &&
      at !== group.heads[0] &&
      best.person.entity.mentions.some((mention) => token.start >= mention.start && token.end <= mention.end),
  );
  if (coArgument) return -1;
  // "The coroner believes Lena Marsh died": named later in the description's own sentence, she is
  // someone else
  const headEnd = tokens[group.heads[0]!]!.end;
  const namedAfter = best.person.entity.mentions.some(
    (mention) =>
      mention.kind === 'name' &&
      mention.start >= headEnd &&
      sentenceOf[tokens.findIndex((token) => token.start >= mention.start)] === sentence,
  );
  return namedAfter ? -1 : best.person.index;
}

/**
 * A document's entities with its descriptions: a singular description of a person joins the named
 * person it describes (describedPerson) as nominal mentions; the other descriptions follow as
 * description entities (descriptionEntities), numbered after `entities`.
 */
export function withDescriptions(text: string, segments: Segments, entities: readonly Entity[]): Entity[] {
  const groups = descriptionGroups(text, segments, entities);
  const tokens = segments.tokens as readonly Token[];
  const sentenceOf = new Int32Array(tokens.length);
  segments.sentences.forEach((sentence, number) =>
    sentenceOf.fill(number, sentence.firstToken, sentence.endToken),
  );
  const people = entities
    .map((entity, index) => ({ index, entity }))
    .filter(
      ({ entity }) =>
        (entity.type === 'PERSON' || entity.type === 'ORG') &&
        entity.attributes?.nominal_head === undefined &&
        entity.mentions.some((mention) => mention.kind === 'name'),
    );
  // token → the person one of whose names covers it
  const nameAt = new Int32Array(tokens.length).fill(-1);
  for (const { index, entity } of people)
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name') continue;
      tokens.forEach((token, at) => {
        if (token.start >= mention.start && token.end <= mention.end) nameAt[at] = index;
      });
    }
  const added = new Map<number, Mention[]>();
  const kept: Group[] = [];
  for (const group of groups) {
    const target = describedPerson(text, tokens, sentenceOf, group, people, nameAt, segments.sentences);
    if (target < 0) kept.push(group);
    else {
      // a title right before the name ("reporter Ada Cole", "his mother Ana Ruiz") is part of the
      // name's noun phrase, not a mention of its own, as OntoNotes and ECB+ mark it
      const mentions = group.mentions.filter((_, at) => {
        const head = group.heads[at]!;
        const token = tokens[head]!;
        const beforeName =
          (token.dep === 'compound' && token.head >= 0 && nameAt[token.head] === target) ||
          (head + 1 < tokens.length &&
            sentenceOf[head + 1] === sentenceOf[head] &&
            nameAt[head + 1] === target);
        return !beforeName;
      });
      added.set(target, [...(added.get(target) ?? []), ...mentions]);
    }
  }
  const linked = entities.map((entity, index) => {
    const more = added.get(index);
    if (more === undefined) return entity;
    return {
      ...entity,
      mentions: [...entity.mentions, ...more].sort((a, b) => a.start - b.start || a.end - b.end),
    };
  });
  return [...linked, ...entitiesOf(text, kept, entities)];
}

/** The entities with the mentions `added` gives some of them (by index), each entity's mentions in text order. */
function withAddedMentions(
  entities: readonly Entity[],
  added: ReadonlyMap<number, readonly Mention[]>,
): Entity[] {
  if (added.size === 0) return [...entities];
  return entities.map((entity, index) => {
    const more = added.get(index);
    if (more === undefined) return entity;
    return {
      ...entity,
      mentions: [...entity.mentions, ...more].sort((a, b) => a.start - b.start || a.end - b.end),
    };
  });
}
