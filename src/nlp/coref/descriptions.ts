import type { Entity, EntityType, Mention, Segments, Token } from '../../model/index.js';
import { lemmaOf, lexicographerFileOf, synset, synsetsOf } from '../events/wordnet.js';
import { isOrganisationNoun, isPlaceNoun, personWord } from './lexicon.js';

/**
 * Descriptions of people, groups and places that coreference left without a named referent ("the
 * man", "police", "the victims", "the building"): each becomes an entity of its own with nominal
 * mentions only, so that descriptions can be linked across documents (`claimgraph corpus`). A
 * description is a common noun that heads a noun phrase in a clause (subject, object, oblique,
 * nominal modifier, conjunct, apposition, root) and is not inside another entity's mention; its
 * kind comes from the coreference lexicon, else from the first WordNet sense of its lemma
 * (noun.person → PERSON, noun.group → ORG, noun.location → LOC). A group noun before "of" is a
 * quantity ("a group of fans"), not a group. The mention runs from the phrase's first modifier
 * (determiner, adjective, number, compound, possessive pronoun) to the head.
 *
 * In one document, descriptions with the same head lemma and number are one entity unless their
 * modifiers differ ("the first man", "the second man") or the phrase says "another". Entities carry
 * `attributes.nominal_head` (marking an entity of descriptions only; `description` is the attribute
 * stages give named entities): the head lemma, with "+pl" for a plural ("man", "officer+pl"); their
 * `name` is the longest description.
 */

const NOUN_GROUP = 14;
const NOUN_LOCATION = 15;
const NOUN_PERSON = 18;
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

const kindCache = new Map<string, EntityType | null>();
let socialGroups: ReadonlySet<number> | null = null;

/** Is the noun synset a group of people (under social_group#1 or people#1), not a "table" or a "series"? */
function isSocialGroup(offset: number): boolean {
  socialGroups ??= new Set(
    [synsetsOf('social_group', 'noun')[0], synsetsOf('people', 'noun')[0]].filter(
      (found) => found !== undefined,
    ),
  );
  let frontier = [offset];
  for (let depth = 0; depth < 8 && frontier.length > 0; depth += 1) {
    if (frontier.some((node) => socialGroups!.has(node))) return true;
    frontier = frontier.flatMap((node) =>
      synset(node, 'noun')
        .pointers.filter((pointer) => pointer.symbol === '@' || pointer.symbol === '@i')
        .map((pointer) => pointer.offset),
    );
  }
  return false;
}

/** The kind of entity a head lemma describes, or null. */
export function descriptionType(lemma: string): EntityType | null {
  const cached = kindCache.get(lemma);
  if (cached !== undefined) return cached;
  let kind: EntityType | null = null;
  if (!GENERIC.has(lemma)) {
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
            : file === NOUN_GROUP && isSocialGroup(first)
              ? 'ORG'
              : file === NOUN_LOCATION
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
}

function compatible(left: readonly string[], right: readonly string[]): boolean {
  if (left.length === 0 || right.length === 0) return true;
  return left.some((word) => right.includes(word));
}

/**
 * The description entities of a document, numbered after `entities` (ids continue from the
 * highest "eN"). Their mentions never overlap a mention of `entities` or each other.
 */
export function descriptionEntities(text: string, segments: Segments, entities: readonly Entity[]): Entity[] {
  const tokens = segments.tokens as readonly Token[];
  const covered = new Uint8Array(tokens.length);
  const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  let next = 0;
  tokens.forEach((token, index) => {
    while (next < mentions.length && mentions[next]!.end <= token.start) next += 1;
    for (let at = next; at < mentions.length && mentions[at]!.start < token.end; at += 1)
      if (mentions[at]!.end > token.start) covered[index] = 1;
  });
  const sentenceOf = new Int32Array(tokens.length);
  segments.sentences.forEach((sentence, number) =>
    sentenceOf.fill(number, sentence.firstToken, sentence.endToken),
  );
  const word = (index: number) => text.slice(tokens[index]!.start, tokens[index]!.end).toLowerCase();
  const found: Found[] = [];
  tokens.forEach((token, index) => {
    if (!ROLES.has(token.dep) || covered[index] === 1) return;
    // a capitalised common noun opening a sentence is often tagged as a name ("Police said")
    const opens = index === 0 || sentenceOf[index - 1] !== sentenceOf[index];
    if (token.pos !== 'NOUN' && !(token.pos === 'PROPN' && opens)) return;
    const surface = word(index);
    if (!/^[a-z][a-z-]*$/.test(surface)) return;
    // the tagger's lemma first ("leaders" → "leader"), then WordNet's
    const tagged = token.lemma.toLowerCase();
    const lemma = tagged !== '' && tagged !== surface ? tagged : (lemmaOf(surface, 'noun') ?? surface);
    const type = descriptionType(lemma);
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
    const modifiers: string[] = [];
    let fresh = false;
    for (let at = first; at < index; at += 1) {
      const modifier = word(at);
      if (NEW_REFERENT.has(modifier)) fresh = true;
      else if (!PLAIN_DETERMINERS.has(modifier)) modifiers.push(modifier);
    }
    const plural = surface !== lemma && !surface.endsWith("'s");
    found.push({
      start: tokens[first]!.start,
      end: token.end,
      key: plural ? `${lemma}+pl` : lemma,
      type,
      modifiers,
      fresh,
    });
  });
  let highest = 0;
  for (const entity of entities) {
    const number = /^e(\d+)$/.exec(entity.id);
    if (number !== null) highest = Math.max(highest, Number(number[1]));
  }
  const groups: { key: string; type: EntityType; modifiers: string[]; mentions: Mention[] }[] = [];
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
      group = { key: description.key, type: description.type, modifiers: [], mentions: [] };
      groups.push(group);
    }
    for (const modifier of description.modifiers)
      if (!group.modifiers.includes(modifier)) group.modifiers.push(modifier);
    group.mentions.push({ start: description.start, end: description.end, kind: 'nominal' });
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
      attributes: { nominal_head: group.key },
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
