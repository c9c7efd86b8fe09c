import type { Entity } from '../../model/index.js';
import { isGovernmentBodyWord } from '../lexicon/index.js';
import { compoundEnd, pos, tokenText, word, type AttributeContext } from './context.js';
import { addKin, entityOfTypeIn, facts, placeAt, resolvePossessor, type Findings } from './findings.js';
import { ageCompound, bornCompound, compoundIn, compoundWord, type NounPhrase } from './noun-phrase.js';
import {
  CITIZEN_NOUNS,
  DEMONYM_OF_COUNTRY,
  KINSHIP,
  demonymOf,
  isRoleNoun,
  MEMBER_NOUNS,
  rememberPerWord,
  ORGANISATION_NOUNS,
} from './words.js';

/** The kinship noun `value` names ("brother-in-law", "stepfather"), or undefined. */
export function kinshipNoun(value: string): string | undefined {
  if (KINSHIP.has(value)) return value;
  if (value.startsWith('step-') && KINSHIP.has(value.slice(5))) return value.slice(5);
  return undefined;
}

/** A noun naming a kind of organisation: "agency", "party", "ministry", "news agency". */
export const isOrganisationNoun = rememberPerWord(
  (value: string): boolean =>
    compoundIn(ORGANISATION_NOUNS, value) || compoundIn(isGovernmentBodyWord, value),
);

/** A role noun, or a hyphenated compound ending or starting with one ("vice-president", "commander-in-chief"). */
export const isRoleWord = rememberPerWord((value: string): boolean => compoundIn(isRoleNoun, value));

/** The demonym among tokens [first, end) ("a Russian citizen" → "Russian"), else undefined. */
function demonymIn(context: AttributeContext, first: number, end: number): string | undefined {
  for (let index = first; index < end; index += 1) {
    const found = demonymOf(word(context, index));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Reads the modifiers in tokens [first, end): a "32-year-old" compound sets the age, an
 * "Egyptian-born" or "Moscow-born" compound the birthplace. Returns the first token after any
 * leading age, where a role written after it starts ("a 32-year-old teacher" → "teacher").
 */
export function readModifiers(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  first: number,
  end: number,
): number {
  let cursor = first;
  for (let index = first; index < end; index = compoundEnd(context, index, end)) {
    const birthplace = bornCompound(context, index, end, first);
    if (birthplace !== undefined) facts(findings, subject).add('born_in', birthplace);
    const age = ageCompound(context, index, end);
    if (age === undefined) continue;
    if ((context.entities[subject] as Entity).type === 'PERSON') facts(findings, subject).setAge(age);
    if (cursor === index) cursor = compoundEnd(context, index, end);
  }
  return cursor;
}

/** Adds the affiliation an organisation named in tokens [first, end) gives. */
function addAffiliation(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  first: number,
  end: number,
): void {
  const organisation = entityOfTypeIn(context, first, end, 'ORG');
  if (organisation >= 0 && organisation !== subject) {
    facts(findings, subject).add('affiliation', (context.entities[organisation] as Entity).name);
  }
}

/**
 * What a noun phrase said of a person tells about them: "the head of the FSB" (role, affiliation),
 * "a 32-year-old teacher" (age, role), "a Russian citizen" (citizenship), "the son of X" or "his
 * brother" (relation), "a member of the Y party" (affiliation), "the Belarusian dictator" (role).
 */
export function describePerson(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  phrase: NounPhrase,
): void {
  const subjectFacts = facts(findings, subject);
  const head = compoundWord(context, phrase.head, phrase.headEnd);
  const runStart = readModifiers(context, findings, subject, phrase.runStart, phrase.headEnd);

  const kin = kinshipNoun(head);
  if (kin !== undefined) {
    let relatives = resolvePossessor(context, findings, phrase.possessor, subject);
    if (relatives.length === 0 && phrase.preposition === 'of') {
      const object = entityOfTypeIn(context, phrase.objectStart, phrase.objectEnd, 'PERSON');
      if (object >= 0 && object !== subject) relatives = [object];
    }
    for (const relative of relatives) addKin(findings, subject, kin, relative);
    return;
  }

  if (CITIZEN_NOUNS.has(head)) {
    let demonym = demonymIn(context, runStart, phrase.head);
    if (demonym === undefined && phrase.preposition === 'of' && phrase.objectStart >= 0) {
      const country = placeAt(context, phrase.objectStart, phrase.objectEnd);
      if (country !== undefined) demonym = DEMONYM_OF_COUNTRY.get(country.toLowerCase()) ?? country;
    }
    if (demonym !== undefined) subjectFacts.add('citizenship', demonym);
    return;
  }

  // "a Russian", "the Tajik": a demonym used as a noun.
  if (phrase.head === runStart && phrase.possessor < 0 && pos(context, phrase.head) !== 'NOUN') {
    const demonym = demonymOf(head);
    if (demonym !== undefined && phrase.preposition === '') {
      subjectFacts.add('citizenship', demonym);
      return;
    }
  }

  const member = MEMBER_NOUNS.has(head) || MEMBER_NOUNS.has(head.replace(/s$/, ''));
  if (member && phrase.preposition === 'of')
    addAffiliation(context, findings, subject, phrase.objectStart, phrase.objectEnd);

  if (isRoleWord(head)) {
    // The role keeps a named possessor ("Russia's president") but not a pronoun ("his deputy").
    const namedPossessor = phrase.possessor >= 0 && pos(context, phrase.possessor) !== 'PRON';
    const first = namedPossessor ? phrase.body : runStart;
    const role = tokenText(context, first, phrase.end);
    if (role !== '') subjectFacts.add('role', role);
    addAffiliation(context, findings, subject, phrase.body, phrase.end);
  }
}

/**
 * What a noun phrase said of an organisation or a place tells about it: "the FSB, Russia's internal
 * security agency," → description "Russia's internal security agency". Only common-noun heads count,
 * so that a list of names ("Britain, the United States, and Ukraine") is not read as a description.
 */
export function describeThing(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  phrase: NounPhrase,
): boolean {
  if (pos(context, phrase.head) !== 'NOUN') return false;
  const headToken = context.tokens[phrase.head];
  if (headToken === undefined) return false;
  const headText = context.text.slice(headToken.start, headToken.end);
  if (headText !== headText.toLowerCase()) return false;
  if (context.inName[phrase.head] === 1) return false;
  const head = compoundWord(context, phrase.head, phrase.headEnd);
  const entity = context.entities[subject] as Entity;
  // An organisation is described by what kind of organisation it is.
  if (entity.type === 'ORG' && !isOrganisationNoun(head)) return false;
  const first =
    phrase.possessor >= 0 && pos(context, phrase.possessor) !== 'PRON' ? phrase.body : phrase.runStart;
  const description = tokenText(context, first, phrase.end);
  if (description === '') return false;
  facts(findings, subject).add('description', description);
  return true;
}
