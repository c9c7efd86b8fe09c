import type { Entity } from '../../model/index.js';
import { EntityFacts, RuleLog, type KinFact } from './collector.js';
import { individuals, pos, tokenText, word, type AttributeContext } from './context.js';
import { lookupPlace } from '../lexicon/index.js';
import { courtesyTitle, FEMALE_PRONOUNS, MALE_PRONOUNS } from './words.js';

/** What the rules have found so far: facts per entity (same order as the entities) and family relations. */
export interface Findings {
  readonly facts: readonly EntityFacts[];
  readonly kin: KinFact[];
  /** Each rule names itself here before recording (see `explainAttributes`). */
  readonly log: RuleLog;
}

export function createFindings(count: number, record = false): Findings {
  const log = new RuleLog(record);
  const facts: EntityFacts[] = [];
  for (let index = 0; index < count; index += 1) facts.push(new EntityFacts(index, log));
  return { facts, kin: [], log };
}

/** Records a family relation found by the current rule: `subject` is the `kin` of `object`. */
export function addKin(findings: Findings, subject: number, kin: string, object: number): void {
  findings.kin.push({ subject, kin, object, rule: findings.log.rule });
}

export function facts(findings: Findings, entity: number): EntityFacts {
  return findings.facts[entity] as EntityFacts;
}

function isPerson(context: AttributeContext, entity: number): boolean {
  return entity >= 0 && (context.entities[entity] as Entity).type === 'PERSON';
}

/** First token of the mention that owns token `index` (mentions of one entity do not touch). */
function ownerStart(context: AttributeContext, index: number): number {
  const entity = context.owner[index];
  let first = index;
  while (first > 0 && context.owner[first - 1] === entity) first -= 1;
  return first;
}

/**
 * The people a possessor stands for. A name ("Smith's wife") or a pronoun the coreference stage
 * resolved gives its entity. An unresolved "his"/"her" falls back to the nearest person named
 * before it in the same or the previous sentence whose known gender does not contradict the
 * pronoun; an unresolved "their" to the nearest coordination of two or more people ("A and B
 * were charged. Their father …").
 */
export function resolvePossessor(
  context: AttributeContext,
  findings: Findings,
  possessor: number,
  subject: number,
): number[] {
  if (possessor < 0) return [];
  const pronoun = pos(context, possessor) === 'PRON' ? word(context, possessor) : '';
  // "his brother": whoever "his" stands for is male.
  const stated = pronoun === 'his' ? 'male' : pronoun === 'her' ? 'female' : undefined;
  const owner = context.owner[possessor] as number;
  if (owner >= 0) {
    if (!isPerson(context, owner) || owner === subject) return [];
    const people = individuals(context, owner).filter((person) => person !== subject);
    for (const person of people) facts(findings, person).addGender(stated);
    return [...people];
  }
  if (pronoun === '') return [];
  const sentenceFirst = context.sentenceFirst[possessor] as number;
  const windowStart = sentenceFirst > 0 ? (context.sentenceFirst[sentenceFirst - 1] as number) : 0;
  if (pronoun === 'their') return nearestCoordination(context, possessor, windowStart, subject);
  if (pronoun !== 'his' && pronoun !== 'her') return [];
  const wanted = pronoun === 'his' ? 'male' : 'female';
  for (let index = possessor - 1; index >= windowStart; index -= 1) {
    const candidate = context.owner[index] as number;
    if (candidate < 0 || candidate === subject || !isPerson(context, candidate)) continue;
    if (context.members[candidate] !== undefined) continue;
    const known = facts(findings, candidate).gender();
    if (known !== undefined && known !== wanted) continue;
    facts(findings, candidate).addGender(stated);
    return [candidate];
  }
  return [];
}

function nearestCoordination(
  context: AttributeContext,
  before: number,
  windowStart: number,
  subject: number,
): number[] {
  for (let index = before - 1; index >= windowStart; index -= 1) {
    const last = context.owner[index] as number;
    if (last < 0 || !isPerson(context, last)) continue;
    const group = [last];
    let first = ownerStart(context, index);
    // Walk back over ", B" and "and B": "A, B and C".
    for (;;) {
      const joiner = word(context, first - 1);
      if (joiner !== 'and' && joiner !== ',') break;
      const previous = context.owner[first - 2] as number;
      if (first - 2 < windowStart || previous < 0 || !isPerson(context, previous)) break;
      if (!group.includes(previous)) group.push(previous);
      first = ownerStart(context, first - 2);
    }
    const members = group.reverse().flatMap((member) => individuals(context, member));
    return group.length >= 2 || members.length >= 2 ? members.filter((member) => member !== subject) : [];
  }
  return [];
}

/** The entity of the given type owning a token in [first, end), else -1. */
export function entityOfTypeIn(context: AttributeContext, first: number, end: number, type: string): number {
  for (let index = first; index < end; index += 1) {
    const entity = context.owner[index] as number;
    if (entity >= 0 && (context.entities[entity] as Entity).type === type) return entity;
  }
  return -1;
}

/**
 * A place named at token `index` ("Kyrgyzstan", "Tver"): the canonical name of the location entity
 * there, else the proper nouns that start there when the gazetteer knows them, else undefined.
 */
export function placeAt(context: AttributeContext, index: number, limit: number): string | undefined {
  let cursor = index;
  if (word(context, cursor) === 'the') cursor += 1;
  const entity = context.owner[cursor] as number;
  if (entity >= 0) {
    const found = context.entities[entity] as Entity;
    return found.type === 'LOC' ? found.name : undefined;
  }
  // A place the recogniser missed counts only when the gazetteer knows it ("from Families Need
  // Fathers" is an organisation, not an origin).
  let end = cursor;
  while (end < limit && end - cursor < 4 && pos(context, end) === 'PROPN') end += 1;
  if (end === cursor) return undefined;
  const name = tokenText(context, cursor, end);
  return lookupPlace(name) === undefined ? undefined : name;
}

/** Gender evidence from the mentions themselves: honorifics ("Mr Smith") and pronouns ("he"). */
export function collectMentionGender(context: AttributeContext, findings: Findings): void {
  context.mentions.forEach((list, entity) => {
    if (!isPerson(context, entity)) return;
    const entityFacts = facts(findings, entity);
    for (const mention of list) {
      if (mention.kind === 'pronoun') {
        const value = word(context, mention.first);
        if (MALE_PRONOUNS.has(value)) entityFacts.addGender('male');
        else if (FEMALE_PRONOUNS.has(value)) entityFacts.addGender('female');
        continue;
      }
      if (mention.kind !== 'name') continue;
      const title =
        courtesyTitle(word(context, mention.first)) ?? courtesyTitle(word(context, mention.first - 1));
      if (title !== undefined) entityFacts.addGender(title.gender);
    }
  });
}
