import type { Entity } from '../../model/index.js';
import { pos, tokenText, word, type AttributeContext, type MentionTokens } from './context.js';
import { describePerson, describeThing } from './describe.js';
import { entityOfTypeIn, facts, placeAt, type Findings } from './findings.js';
import { isDeterminer, plausibleAge, readNounPhrase } from './noun-phrase.js';
import { COPULA_ADVERBS, COPULAS, LEADERSHIP_VERBS, ROLE_VERBS } from './words.js';

/** Tokens after which an apposition has ended: "X, the head of Y, said", "X, a teacher from Z". */
const APPOSITION_FOLLOWERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'who',
  'whose',
  'which',
  'born',
  'from',
]);
/** Tokens that may follow the number in "X, 32, …" for the number to be an age. */
const AGE_FOLLOWERS: ReadonlySet<string> = new Set([',', ';', ':', ')', '.', 'and', '–', '—', '-']);
const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ')', '.', '–', '—', ':']);

function isAppositionEnd(context: AttributeContext, index: number, limit: number): boolean {
  if (index >= limit) return true;
  if (pos(context, index) === 'PUNCT') return word(context, index) !== '-';
  if (APPOSITION_FOLLOWERS.has(word(context, index))) return true;
  if (pos(context, index) !== 'ADP') return false;
  // "X, an MP at 27, …" ends at its comma; "According to X, the head of Y in Moscow was fired"
  // runs into its verb.
  for (let cursor = index + 1; cursor < limit && cursor <= index + 8; cursor += 1) {
    const tag = pos(context, cursor);
    if (tag === 'VERB' || tag === 'AUX') return false;
    if (tag === 'PUNCT') return true;
  }
  return false;
}

/** Whether the sentence of token `index` has three or more bracketed numbers (a line-up, a score list). */
function isBracketList(context: AttributeContext, index: number): boolean {
  const first = context.sentenceFirst[index] as number;
  const end = context.sentenceEnd[index] as number;
  let count = 0;
  for (let cursor = first; cursor + 2 < end; cursor += 1) {
    if (
      word(context, cursor) === '(' &&
      pos(context, cursor + 1) === 'NUM' &&
      word(context, cursor + 2) === ')'
    ) {
      count += 1;
      if (count >= 3) return true;
    }
  }
  return false;
}

/**
 * "X, 32," / "X, 19 have been …" / "X, 32 years old": the number is an age only when what follows
 * it ends the apposition or starts the verb; "X, 45 minutes later" and "X, 2024," are not ages.
 */
function ageFollows(context: AttributeContext, index: number, limit: number): boolean {
  if (index >= limit) return true;
  const value = word(context, index);
  if (AGE_FOLLOWERS.has(value)) return true;
  if (value === 'years' && word(context, index + 1) === 'old') return true;
  const tag = pos(context, index);
  return tag === 'AUX' || tag === 'VERB';
}

function ageAt(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  index: number,
  limit: number,
): boolean {
  if (pos(context, index) !== 'NUM') return false;
  const age = plausibleAge(word(context, index));
  if (age === undefined || !ageFollows(context, index + 1, limit)) return false;
  facts(findings, subject).setAge(age);
  return true;
}

/** "born in Kyrgyzstan" at `index`. */
function bornAt(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  index: number,
  limit: number,
): void {
  if (word(context, index) !== 'born' || word(context, index + 1) !== 'in') return;
  const place = placeAt(context, index + 2, limit);
  if (place !== undefined) facts(findings, subject).add('born_in', place);
}

/** "from Dushanbe" (origin) or "from the FSB" (affiliation), the object starting at `index`. */
function fromAt(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  index: number,
  limit: number,
): void {
  // "from the UK's Human Rights Watch": the organisation anywhere in the phrase; a place only when
  // it is the whole phrase.
  const phrase = readNounPhrase(context, index, limit);
  const end = phrase === undefined ? index + 1 : phrase.end;
  const organisation = entityOfTypeIn(context, index, end, 'ORG');
  if (organisation >= 0) {
    facts(findings, subject).add('affiliation', (context.entities[organisation] as Entity).name);
    return;
  }
  if (phrase !== undefined && phrase.possessor >= 0) return;
  const place = placeAt(context, index, limit);
  if (place !== undefined) facts(findings, subject).add('origin', place);
}

/** What may follow a descriptive phrase: ", a Russian citizen born in Kyrgyzstan," / "a teacher from Tver". */
function afterPhrase(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  index: number,
  limit: number,
): void {
  const cursor = word(context, index) === ',' ? index + 1 : index;
  const value = word(context, cursor);
  if (value === 'born') bornAt(context, findings, subject, cursor, limit);
  else if (value === 'from' && cursor === index) fromAt(context, findings, subject, cursor + 1, limit);
}

/**
 * "X heads the FSB", "X, who chairs the committee,": a verb that states a role over what follows
 * gives the role "head of the FSB", "chair of the committee" (and the organisation as affiliation).
 */
function leadershipVerbAt(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  index: number,
  limit: number,
): boolean {
  const role = LEADERSHIP_VERBS.get(word(context, index));
  findings.log.rule = 'leadership verb';
  if (role === undefined || (context.entities[subject] as Entity).type !== 'PERSON') return false;
  const phrase = readNounPhrase(context, index + 1, limit);
  if (phrase === undefined || !isAppositionEnd(context, phrase.end, limit)) return false;
  // Only a definite object: "heads the FSB", "chairs Russia's security council", "owns Acme", not
  // "owns a house".
  const definite =
    word(context, index + 1) === 'the' || phrase.possessor >= 0 || pos(context, phrase.head) === 'PROPN';
  if (!definite) return false;
  facts(findings, subject).add('role', `${role} of ${tokenText(context, index + 1, phrase.end)}`);
  const organisation = entityOfTypeIn(context, index + 1, phrase.end, 'ORG');
  if (organisation >= 0)
    facts(findings, subject).add('affiliation', (context.entities[organisation] as Entity).name);
  return true;
}

/**
 * The complement of a copula at `index`: "X is the head of Y", "X, who was born in Z,", "X has been
 * a member of Y", "X was appointed head of Y", "X serves as …". Returns whether there was a copula.
 */
function copulaAt(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  index: number,
  limit: number,
): boolean {
  let cursor = index;
  const first = word(context, cursor);
  // "He's the head of …" ('s as a verb; the possessive "Putin's spokesman" is no copula).
  const contracted =
    (first === "'s" || first === '’s') &&
    pos(context, cursor) === 'AUX' &&
    pos(context, cursor - 1) === 'PRON';
  if (COPULAS.has(first) || contracted) cursor += 1;
  else if ((first === 'has' || first === 'had' || first === 'have') && word(context, cursor + 1) === 'been')
    cursor += 2;
  else if (ROLE_VERBS.has(first) && word(context, cursor + 1) === 'as') cursor += 2;
  else return leadershipVerbAt(context, findings, subject, index, limit);
  while (COPULA_ADVERBS.has(word(context, cursor))) cursor += 1;
  // "was appointed head of", "was named as"
  if (ROLE_VERBS.has(word(context, cursor))) {
    cursor += 1;
    if (word(context, cursor) === 'as') cursor += 1;
  }
  const entity = context.entities[subject] as Entity;
  const value = word(context, cursor);
  if (entity.type !== 'PERSON') {
    if (!isDeterminer(context, cursor) && pos(context, cursor + 1) !== 'PART') return true;
    const phrase = readNounPhrase(context, cursor, limit);
    if (phrase !== undefined && isAppositionEnd(context, phrase.end, limit)) {
      describeThing(context, findings, subject, phrase);
    }
    return true;
  }
  if (value === 'born') {
    bornAt(context, findings, subject, cursor, limit);
    return true;
  }
  if (value === 'from') {
    fromAt(context, findings, subject, cursor + 1, limit);
    return true;
  }
  if (ageAt(context, findings, subject, cursor, limit)) return true;
  const phrase = readNounPhrase(context, cursor, limit);
  if (phrase !== undefined) {
    describePerson(context, findings, subject, phrase);
    afterPhrase(context, findings, subject, phrase.end, limit);
  }
  return true;
}

/**
 * The comma-separated elements after a person's name, in turn: "X, 32, a Russian citizen born in
 * Kyrgyzstan, is …", "X, a former teacher, from Tver,". One descriptive phrase at most, so that a
 * second one describing the first ("the head of the FSB, Russia's internal security agency") is not
 * taken for the person; a copula after the last comma is read too ("X, 32, is the head of Y").
 */
function appositions(
  context: AttributeContext,
  findings: Findings,
  subject: number,
  comma: number,
  limit: number,
): void {
  let cursor = comma;
  let phraseSeen = false;
  for (let step = 0; step < 4 && word(context, cursor) === ',' && cursor + 1 < limit; step += 1) {
    // "X, now 45,"
    const next =
      word(context, cursor + 1) === 'now' && pos(context, cursor + 2) === 'NUM' ? cursor + 2 : cursor + 1;
    const value = word(context, next);
    findings.log.rule = 'apposition';
    // A number is read even when a recogniser took it into the next name ("X, 32; Y, 30").
    if (pos(context, next) === 'NUM') {
      if (!ageAt(context, findings, subject, next, limit)) return;
      cursor = word(context, next + 1) === 'years' && word(context, next + 2) === 'old' ? next + 3 : next + 1;
      continue;
    }
    if (value === 'aged') {
      if (!ageAt(context, findings, subject, next + 1, limit)) return;
      cursor = next + 2;
      continue;
    }
    if (value === 'who' || value === 'whose') {
      if (value === 'who') copulaAt(context, findings, subject, next + 1, limit);
      return;
    }
    if (value === 'from' || value === 'of') {
      // "John Smith, of Boston," (origin) / "Jane Doe, of the Green party," (affiliation)
      fromAt(context, findings, subject, next + 1, limit);
      return;
    }
    if (value === 'born') {
      bornAt(context, findings, subject, next, limit);
      return;
    }
    // "A, the head of X, B, …": the next person's name ends the appositions.
    const owner = context.owner[next] as number;
    if (owner >= 0 && owner !== subject && (context.entities[owner] as Entity).type === 'PERSON') return;
    if (phraseSeen) break;
    const phrase = readNounPhrase(context, next, limit);
    // "According to X, the head of Y was dismissed": a phrase followed by its verb is no apposition.
    if (phrase === undefined || !isAppositionEnd(context, phrase.end, limit)) return;
    describePerson(context, findings, subject, phrase);
    afterPhrase(context, findings, subject, phrase.end, limit);
    phraseSeen = true;
    cursor = phrase.end;
  }
  // "X, a former teacher, is now the leader of Y"
  findings.log.rule = 'copula after apposition';
  if (cursor !== comma && word(context, cursor) === ',')
    copulaAt(context, findings, subject, cursor + 1, limit);
}

function personAfter(
  context: AttributeContext,
  findings: Findings,
  mention: MentionTokens,
  limit: number,
): void {
  const subject = mention.entity;
  const index = mention.end;
  const value = word(context, index);
  findings.log.rule = 'copula';
  if (mention.kind === 'pronoun') {
    copulaAt(context, findings, subject, index, limit);
    return;
  }
  if (value === '(') {
    findings.log.rule = 'age in brackets';
    // "X (32)", but not the minutes of a line-up: "Smith for Jones (60), Reid for Hart (71)".
    const age = plausibleAge(word(context, index + 1));
    if (age !== undefined && word(context, index + 2) === ')' && !isBracketList(context, index)) {
      facts(findings, subject).setAge(age);
    }
    return;
  }
  if (value === 'aged') {
    findings.log.rule = 'aged after name';
    ageAt(context, findings, subject, index + 1, limit);
    return;
  }
  if (value === ',') {
    appositions(context, findings, subject, index, limit);
    return;
  }
  if (value === 'who') {
    copulaAt(context, findings, subject, index + 1, limit);
    return;
  }
  if (value === 'of' || value === 'from') {
    findings.log.rule = 'organisation after name';
    // "X of the Y party", "X from the FSB": only an organisation, without a comma.
    const objectStart = word(context, index + 1) === 'the' ? index + 2 : index + 1;
    const organisation = entityOfTypeIn(context, objectStart, objectStart + 1, 'ORG');
    if (organisation >= 0) {
      facts(findings, subject).add('affiliation', (context.entities[organisation] as Entity).name);
    }
    return;
  }
  copulaAt(context, findings, subject, index, limit);
}

function thingAfter(
  context: AttributeContext,
  findings: Findings,
  mention: MentionTokens,
  limit: number,
): void {
  if (mention.kind !== 'name') return;
  findings.log.rule = 'description';
  const subject = mention.entity;
  const index = mention.end;
  const value = word(context, index);
  if (value !== ',') {
    copulaAt(context, findings, subject, value === 'which' ? index + 1 : index, limit);
    return;
  }
  // "Britain, the United States, and Ukraine": a name inside a list has no apposition.
  const before = word(context, mention.first - 1) === 'the' ? mention.first - 2 : mention.first - 1;
  if (word(context, before) === ',') return;
  const next = index + 1;
  if (word(context, next) === 'which') {
    copulaAt(context, findings, subject, next + 1, limit);
    return;
  }
  const phrase = readNounPhrase(context, next, limit);
  if (phrase === undefined) return;
  const namedPossessor = phrase.possessor >= 0 && pos(context, phrase.possessor) !== 'PRON';
  if (!isDeterminer(context, next) && !namedPossessor) return;
  const end = phrase.end;
  if (end < limit && !CLOSING_PUNCTUATION.has(word(context, end))) return;
  const after = word(context, end + 1);
  if (word(context, end) === ',' && (after === 'and' || after === 'or')) return;
  describeThing(context, findings, subject, phrase);
}

/** The rules that read what follows a mention: appositions, ages, copulas, "born in", "from". */
export function readAfterMention(
  context: AttributeContext,
  findings: Findings,
  mention: MentionTokens,
): void {
  const limit = context.sentenceEnd[mention.first] as number;
  if (mention.end >= limit || context.members[mention.entity] !== undefined) return;
  const type = (context.entities[mention.entity] as Entity).type;
  if (type === 'PERSON') personAfter(context, findings, mention, limit);
  else if (type === 'ORG' || type === 'LOC') thingAfter(context, findings, mention, limit);
}
