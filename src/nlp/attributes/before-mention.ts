import { oneTitle } from '../names/compound-titles.js';
import type { Entity } from '../../model/index.js';
import {
  individuals,
  isPossessiveMark,
  pos,
  tokenText,
  touches,
  word,
  type AttributeContext,
  type MentionTokens,
} from './context.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { synsetsOf } from '../events/wordnet.js';
import { describePerson, isOrganisationNoun, isRoleWord, kinshipNoun, readModifiers } from './describe.js';
import { addKin, entityOfTypeIn, facts, resolvePossessor, type Findings } from './findings.js';
import { compoundWord, isDeterminer, readNounPhrase } from './noun-phrase.js';
import {
  CITIZEN_NOUNS,
  courtesyTitle,
  demonymOf,
  KIN_GROUPS,
  KIN_QUALIFIERS,
  KINSHIP,
  POSSESSIVE_PRONOUNS,
  TITLE_STOPS,
} from './words.js';

/** A title before a name is at most this many tokens long ("Russia's security council secretary"). */
const MAX_TITLE_TOKENS = 8;
const TITLE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const PHRASE_BEFORE_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to']);

export function honorific(value: string): boolean {
  return courtesyTitle(value) !== undefined;
}

function isPerson(context: AttributeContext, entity: number): boolean {
  return entity >= 0 && (context.entities[entity] as Entity).type === 'PERSON';
}

const NON_NOMINAL_POS: ReadonlySet<string> = new Set(['PRON', 'ADV', 'AUX', 'PART']);

/** Whether token `index` cannot start or precede a noun phrase: a subject pronoun, an adverb, a closing quote. */
function afterNonNominal(context: AttributeContext, index: number): boolean {
  const tag = pos(context, index);
  if (NON_NOMINAL_POS.has(tag)) {
    return !isPossessiveMark(context, index) && !POSSESSIVE_PRONOUNS.has(word(context, index));
  }
  const value = word(context, index);
  const quote = value === '"' || value === '”' || value === '’' || value === "'";
  return quote && index > 0 && touches(context, index - 1);
}

function isLowerCase(context: AttributeContext, index: number): boolean {
  const token = context.tokens[index];
  if (token === undefined) return false;
  const surface = context.text.slice(token.start, token.end);
  return surface === surface.toLowerCase() && surface !== surface.toUpperCase();
}

/** First token of the name proper: "President Vladimir Putin" and "Mr Smith" start at the name. */
function nameStartOf(context: AttributeContext, mention: MentionTokens): number {
  let index = mention.first;
  while (index < mention.end - 1) {
    const value = word(context, index);
    // ("Home Secretary Ann Vell": a word that makes one title with the next, `oneTitle`)
    if (
      !isRoleWord(value) &&
      demonymOf(value) === undefined &&
      !honorific(value) &&
      !(index < mention.end - 2 && oneTitle(value, word(context, index + 1)))
    )
      break;
    // "Manager Dean Morrow", "club manager Dean Morrow": a role word that is also a given name, right
    // after a role and before the surname alone, is the name's first word (titles are not stacked)
    if (
      index === mention.end - 2 &&
      index > 0 &&
      isFirstName(tokenText(context, index, index + 1)) &&
      isRoleWord(word(context, index - 1)) &&
      !touches(context, index - 1) &&
      // ("Attorney General Holder", "Major General Kemp": one office WordNet knows)
      synsetsOf(`${word(context, index - 1).toLowerCase()}_${value.toLowerCase()}`, 'noun').length === 0
    )
      break;
    index += 1;
  }
  return index;
}

/** First token of the hyphenated compound that ends at token `last`. */
function compoundStartBefore(context: AttributeContext, last: number, floor: number): number {
  let first = last;
  while (
    first - 2 >= floor &&
    word(context, first - 1) === '-' &&
    touches(context, first - 2) &&
    touches(context, first - 1)
  ) {
    first -= 2;
  }
  return first;
}

/**
 * Titles written before a name: "FSB director X", "Russian President X", "Foreign Minister X",
 * "Russia's security council secretary X", "32-year-old teacher X", "a Tajik national X", "his
 * brother X", "the Russian news agency X" (an organisation's description).
 */
function titleBefore(context: AttributeContext, findings: Findings, mention: MentionTokens): void {
  const subject = mention.entity;
  const entity = context.entities[subject] as Entity;
  let nameStart = entity.type === 'PERSON' ? nameStartOf(context, mention) : mention.first;
  const floor = Math.max(context.sentenceFirst[mention.first] as number, nameStart - MAX_TITLE_TOKENS);
  // "Mr Smith" with the honorific outside the mention.
  if (entity.type === 'PERSON' && nameStart === mention.first && honorific(word(context, nameStart - 1))) {
    nameStart -= 1;
  }
  let left = nameStart;
  let titleWithOf = false;
  for (let index = nameStart - 1; index >= floor; index -= 1) {
    const value = word(context, index);
    const inCompound =
      (word(context, index + 1) === '-' && touches(context, index)) ||
      (word(context, index - 1) === '-' && touches(context, index - 1));
    if ((TITLE_STOPS.has(value) && !inCompound) || honorific(value)) break;
    const owner = context.owner[index] as number;
    if (owner !== subject && isPerson(context, owner) && !isPossessiveMark(context, index + 1)) break;
    if (
      owner >= 0 &&
      owner !== subject &&
      (!isPerson(context, owner) || isPossessiveMark(context, index + 1))
    ) {
      // "Bank of England governor X": an organisation or place name is taken whole.
      let first = index;
      while (first > floor && context.owner[first - 1] === owner) first -= 1;
      left = first;
      index = first;
      continue;
    }
    const glued = value === '-' && touches(context, index - 1) && touches(context, index);
    // "his cabinet colleagues Foreign Secretary X": a plural noun before a capitalised word ends
    // another phrase ("home affairs spokesman" keeps its plural).
    if (isLowerCase(context, index) && pos(context, index) === 'NOUN' && /[^su]s$/u.test(value)) {
      if (!isLowerCase(context, index + 1) && index + 1 < nameStart) break;
    }
    // "Secretary of State X", "Chief of Staff X"
    // Only a title in title case: "the head of chairman X" and "director of civil rights group X"
    // are not titles of X.
    const roleOf =
      value === 'of' &&
      index > floor &&
      entity.type === 'PERSON' &&
      isRoleWord(word(context, index - 1)) &&
      !isLowerCase(context, index - 1) &&
      !isLowerCase(context, index + 1);
    if (roleOf) titleWithOf = true;
    if (
      !TITLE_POS.has(pos(context, index)) &&
      !isPossessiveMark(context, index) &&
      !glued &&
      !roleOf &&
      !inCompound
    )
      break;
    left = index;
  }
  // "I attack Tory leader X", "“never” attack Tory leader X": a lower-case word after a pronoun, an
  // adverb or a closing quote is the verb the tagger took for a noun, not part of the title.
  if (left > 0 && afterNonNominal(context, left - 1)) {
    while (left < nameStart - 1 && isLowerCase(context, left)) left += 1;
  }
  if (left === nameStart) return;
  const headFirst = compoundStartBefore(context, nameStart - 1, left);
  const head = compoundWord(context, headFirst, nameStart);
  const subjectFacts = facts(findings, subject);

  if (entity.type !== 'PERSON') {
    if (entity.type === 'ORG' && isOrganisationNoun(head) && pos(context, headFirst) === 'NOUN') {
      subjectFacts.add('description', tokenText(context, left, nameStart));
    }
    return;
  }

  const kin = kinshipNoun(head);
  if (kin !== undefined) {
    // "his younger brother X", "Smith's wife X", "Their father X"
    let possessor = headFirst - 1;
    while (KIN_QUALIFIERS.has(word(context, possessor))) possessor -= 1;
    if (isPossessiveMark(context, possessor)) possessor -= 1;
    else if (!(POSSESSIVE_PRONOUNS.has(word(context, possessor)) && pos(context, possessor) === 'PRON'))
      return;
    for (const relative of resolvePossessor(context, findings, possessor, subject)) {
      addKin(findings, subject, kin, relative);
    }
    return;
  }

  // "32-year-old teacher X": the age, then the role after it.
  const roleFirst = readModifiers(context, findings, subject, left, nameStart);

  // "British-born Australian X": a nationality written just before the name.
  const nationality = demonymOf(head);
  if (nationality !== undefined && headFirst === nameStart - 1) {
    subjectFacts.add('citizenship', nationality);
    return;
  }
  if (CITIZEN_NOUNS.has(head)) {
    for (let index = roleFirst; index < headFirst; index += 1) {
      const demonym = demonymOf(word(context, index));
      if (demonym !== undefined) subjectFacts.add('citizenship', demonym);
    }
    return;
  }
  if ((!isRoleWord(head) && !titleWithOf) || roleFirst >= nameStart) return;
  subjectFacts.add('role', tokenText(context, roleFirst, nameStart));
  const organisation = entityOfTypeIn(context, roleFirst, nameStart, 'ORG');
  if (organisation >= 0) subjectFacts.add('affiliation', (context.entities[organisation] as Entity).name);
}

/** "The head of the FSB, X, said …" / "… said the head of the FSB, X.": an apposition before the name. */
function appositionBefore(context: AttributeContext, findings: Findings, mention: MentionTokens): void {
  const comma = mention.first - 1;
  if (word(context, comma) !== ',') return;
  const sentenceFirst = context.sentenceFirst[mention.first] as number;
  const limit = context.sentenceEnd[mention.first] as number;
  const after = word(context, mention.end);
  if (
    mention.end < limit &&
    after !== ',' &&
    after !== '.' &&
    after !== ';' &&
    pos(context, mention.end) !== 'VERB'
  )
    return;
  let start = comma;
  for (let index = comma - 1; index >= sentenceFirst && comma - index <= 12; index -= 1) {
    const value = word(context, index);
    const allowed =
      PHRASE_BEFORE_POS.has(pos(context, index)) ||
      context.inName[index] === 1 ||
      isPossessiveMark(context, index) ||
      PHRASE_PREPOSITIONS.has(value) ||
      (POSSESSIVE_PRONOUNS.has(value) && pos(context, index) === 'PRON') ||
      (value === '-' && touches(context, index - 1) && touches(context, index));
    if (!allowed) break;
    start = index;
  }
  if (start === comma) return;
  // The phrase starts with its determiner or possessor: find the leftmost one.
  while (
    start < comma &&
    !isDeterminer(context, start) &&
    pos(context, start) !== 'PRON' &&
    start > sentenceFirst
  ) {
    start += 1;
  }
  // "Yesterday Argentina's economy minister, X,": a time word is no part of the phrase.
  while (start < comma && TITLE_STOPS.has(word(context, start))) start += 1;
  // "Anna Lee, the head of the FSB, Igor Pell …" is a list, not an apposition.
  if (start > sentenceFirst && word(context, start - 1) === ',') return;
  const phrase = readNounPhrase(context, start, comma);
  if (phrase === undefined || phrase.end !== comma) return;
  describePerson(context, findings, mention.entity, phrase);
}

/** "Brothers A and B Surname", "the sisters A, B and C": each is the sibling of the others. */
function kinGroup(context: AttributeContext, findings: Findings, mention: MentionTokens): void {
  let groupWord = -1;
  if (KIN_GROUPS.has(word(context, mention.first)) && mention.end - mention.first > 1)
    groupWord = mention.first;
  else if (KIN_GROUPS.has(word(context, mention.first - 1))) groupWord = mention.first - 1;
  if (groupWord < 0) return;
  const kin = KIN_GROUPS.get(word(context, groupWord)) as string;
  const limit = context.sentenceEnd[mention.first] as number;
  const members = [mention.entity];
  let cursor = mention.end;
  while (cursor < limit) {
    const value = word(context, cursor);
    if (value !== ',' && value !== 'and') break;
    let next = cursor + 1;
    if (value === ',' && word(context, next) === 'and') next += 1;
    const owner = context.owner[next] as number;
    if (!isPerson(context, owner)) break;
    if (!members.includes(owner)) members.push(owner);
    cursor = next;
    while (cursor < limit && context.owner[cursor] === owner) cursor += 1;
  }
  const people = [...new Set(members.flatMap((member) => individuals(context, member)))];
  if (people.length < 2) return;
  const gender = KINSHIP.get(kin)?.gender;
  for (const member of people) {
    facts(findings, member).addGender(gender);
    for (const other of people) {
      if (other !== member) addKin(findings, member, kin, other);
    }
  }
}

/** The rules that read what precedes a name mention. */
export function readBeforeMention(
  context: AttributeContext,
  findings: Findings,
  mention: MentionTokens,
): void {
  if (mention.kind !== 'name') return;
  // A group ("Brothers A and B X") only states the relation between its members.
  if (context.members[mention.entity] !== undefined) {
    findings.log.rule = 'kin group';
    kinGroup(context, findings, mention);
    return;
  }
  findings.log.rule = 'title before name';
  titleBefore(context, findings, mention);
  if ((context.entities[mention.entity] as Entity).type !== 'PERSON') return;
  findings.log.rule = 'apposition before name';
  appositionBefore(context, findings, mention);
  findings.log.rule = 'kin group';
  kinGroup(context, findings, mention);
}
