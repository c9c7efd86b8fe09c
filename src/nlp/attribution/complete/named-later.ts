import type { Entity, Token } from '../../../model/index.js';
import { descriptionType } from '../../coref/descriptions.js';
import { kindImplies, roleImplies, roleUnderTitle } from '../../coref/kind-words.js';
import { lexicographerFileOf, NOUN_GROUP, NOUN_TOPS, synsetsOf } from '../../events/wordnet.js';
import { personNounGender } from '../../lexicon/index.js';
import type { AttributionCandidate } from '../candidate.js';
import type { DocumentIndex } from './document-index.js';
import { entityGender } from './recent-speaker.js';
import { groupCompound, isPersonNoun } from './role-description.js';
import { isCommonPersonWord, type SourceResolution } from './speaker.js';

/**
 * A person first described and named only in the next sentences, as a speaker again:
 *
 *   A spokeswoman declined to comment on the theft. Later, museum spokeswoman Dalia Ferro said …
 *   The captain of the ferry thanked the crew, saying … “…,” Capt. Ivo Marsh told reporters.
 *
 * The described source (a singular person word heading it: "spokeswoman", "captain") is the person
 * the next attribution with a source names, when that source gives the person the same word as a
 * title or apposition ("museum spokeswoman Dalia Ferro", "Dalia Ferro, the museum's spokeswoman",
 * "Capt." for captain) and the genders agree. Only the first later attribution with a source is read,
 * within two sentences: anyone else quoted in between is someone else.
 */

/** How many sentences after the description the name may come. */
const REACH = 2;

const NOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { male: 'm', female: 'f' };

/** The source's head word when it is a singular noun for a person, lower-cased, with its token, else null. */
function describedHeadToken(
  index: DocumentIndex,
  candidate: AttributionCandidate,
): { word: string; head: number } | null {
  if (candidate.source === null) return null;
  const [first, end] = index.tokenRange(candidate.source);
  let head = index.phraseHead(first, end);
  if (head < 0) return null;
  // "one of its former managers": one person, of the kind the "of" phrase's plural noun says
  const one = index.tokenText(head).toLowerCase() === 'one' ? partitiveNoun(index, head, end) : -1;
  if (one >= 0) head = one;
  const token = index.tokens[head] as Token;
  const word = one >= 0 ? token.lemma : index.tokenText(head);
  // singular ("spokeswoman", not "officials"), a common noun, no name held by it
  if (token.pos !== 'NOUN' || (one < 0 && token.lemma.toLowerCase() !== word.toLowerCase())) return null;
  if (index.mentionCovering(token.start, token.end)?.kind === 'name') return null;
  if (!isCommonPersonWord(word) && !isPersonNoun(word)) return null;
  // "the coast guard" names a body, not a guard
  if (groupCompound(index, head)) return null;
  return { word: word.toLowerCase(), head };
}

/** The plural noun of "one of the managers" (an `nmod` of `one` with the case "of"), else -1. */
function partitiveNoun(index: DocumentIndex, one: number, end: number): number {
  for (let at = one + 1; at < end; at += 1) {
    const token = index.tokens[at] as Token;
    if (token.head !== one || token.dep !== 'nmod' || token.pos !== 'NOUN') continue;
    if (token.lemma.toLowerCase() === index.tokenText(at).toLowerCase()) return -1;
    for (let before = one + 1; before < at; before += 1)
      if ((index.tokens[before] as Token).head === at && index.tokenText(before).toLowerCase() === 'of')
        return at;
  }
  return -1;
}

/**
 * Whether a source word is the role word, its abbreviated title ("Capt." for captain, "Gov.") or a
 * word WordNet puts under the role ("Attorney" or "solicitor" for lawyer: `roleImplies`).
 */
function titleFor(word: string, role: string, beforeName: boolean): boolean {
  const lower = word.toLowerCase();
  if (lower === role) return true;
  if (/^[a-z]{3,}\.$/u.test(lower) && role.startsWith(lower.slice(0, -1))) return true;
  // a capitalised title before the name is read in any of its senses ("Father" of a priest,
  // WordNet's third sense of "father"); a common noun in its first two
  const title = beforeName && /^\p{Lu}\p{Ll}{2,}$/u.test(word);
  if (!/^[a-z]{3,}$/u.test(lower)) return false;
  if (roleImplies(lower, role, title ? 12 : 2)) return true;
  // "a vicar" … "Father X": the described role is a kind of the title (a vicar is a priest)
  return title && roleUnderTitle(role, lower, 12);
}

/**
 * The head of a source that introduces an organisation by description ("an independent watchdog",
 * "a campaign group"): an indefinite singular common noun of an organisation's kind, lower-cased, else null.
 */
function introducedBody(index: DocumentIndex, candidate: AttributionCandidate): string | null {
  if (candidate.source === null) return null;
  const [first, end] = index.tokenRange(candidate.source);
  const head = index.phraseHead(first, end);
  if (head < 0 || !/^an?$/iu.test(index.tokenText(first))) return null;
  const token = index.tokens[head] as Token;
  const word = index.tokenText(head).toLowerCase();
  if (token.pos !== 'NOUN' || token.lemma.toLowerCase() !== word) return null;
  if (index.mentionCovering(token.start, token.end)?.kind === 'name') return null;
  return descriptionType(word) === 'ORG' ? word : null;
}

/**
 * A description resolved here, as the nominal mention of the one it was resolved to: from the
 * source's start to its head ("A priest" of "A priest who runs the shelter", "A federal judge" of "A
 * federal judge in Manhattan", "one of its former managers"), when no entity holds a mention there.
 */
export interface NamedLaterMention {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
}

function describedMention(
  index: DocumentIndex,
  candidate: AttributionCandidate,
  head: number,
  entity: string,
): NamedLaterMention | null {
  if (candidate.source === null || head < 0) return null;
  const start = candidate.source.start;
  const end = (index.tokens[head] as Token).end;
  if (end <= start || end > candidate.source.end) return null;
  const [first] = index.tokenRange(candidate.source);
  for (let at = first; at <= head; at += 1) {
    const token = index.tokens[at] as Token;
    if (index.mentionCovering(token.start, token.end) !== null) return null;
  }
  return { entity, start, end };
}

/**
 * Whether the organisation's name fits the description's head: its head word is of that kind by
 * WordNet ("Air Safety Office" for "an agency": `kindImplies`), or the head has no group sense
 * WordNet could compare ("watchdog", first a person who guards) and fits any organisation.
 */
function bodyFits(entity: Entity, head: string): boolean {
  const words = entity.name.split(/\s+/u);
  const of = words.indexOf('of');
  const nameHead = of > 0 ? words[of - 1] : words[words.length - 1];
  if (nameHead !== undefined && /^\p{Lu}\p{Ll}+$/u.test(nameHead) && kindImplies(nameHead, head)) return true;
  // "group", a top-level word in WordNet, says nothing of the kind
  const senses = synsetsOf(head, 'noun');
  if (senses[0] === undefined || lexicographerFileOf(senses[0], 'noun') === NOUN_TOPS) return false;
  return !senses.slice(0, 3).some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_GROUP);
}

export function nameLaterDescriptions(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  containers: readonly number[] | Int32Array,
  entities: ReadonlyMap<string, Entity>,
  resolutions: (SourceResolution | null)[],
): NamedLaterMention[] {
  const mentions: NamedLaterMention[] = [];
  for (let position = 0; position < sorted.length; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    if ((containers[position] as number) >= 0 || candidate.source === null) continue;
    if ((resolutions[position]?.speaker ?? null) !== null) continue;
    // "an independent watchdog": a body ("watchdog" is a person first in WordNet, a body here)
    nameLaterBody(index, sorted, containers, entities, resolutions, position);
    const body = resolutions[position]?.speaker ?? null;
    if (typeof body === 'string') {
      const [first, end] = index.tokenRange(candidate.source);
      const mention = describedMention(index, candidate, index.phraseHead(first, end), body);
      if (mention !== null) mentions.push(mention);
      continue;
    }
    if (body !== null) continue;
    // "The 26-year-old told the court … . Omar Hadi, 26, said": the one person of that age
    const aged = agedPerson(index, candidate, entities);
    if (aged !== null) {
      resolutions[position] = { speaker: aged.entity, anonymous: false };
      mentions.push(aged);
      continue;
    }
    const described = describedHeadToken(index, candidate);
    if (described === null) continue;
    const role = described.word;
    const sentence = index.sentenceIndexAt(candidate.source.start);
    for (let later = position + 1; later < sorted.length; later += 1) {
      const next = sorted[later] as AttributionCandidate;
      if (next.source === null || next.source.start <= candidate.source.end) continue;
      if (index.sentenceIndexAt(next.source.start) - sentence > REACH) break;
      if ((containers[later] as number) >= 0) continue;
      const speaker = resolutions[later]?.speaker;
      const entity = typeof speaker === 'string' ? entities.get(speaker) : undefined;
      if (entity === undefined || entity.type !== 'PERSON') break;
      const [first, end] = index.tokenRange(next.source);
      let titled = -1;
      for (let word = first; word < end && titled < 0; word += 1) {
        // "Father Tom Nolan": a title, a proper noun right after it in the source
        const beforeName = word + 1 < end && (index.tokens[word + 1] as Token).pos === 'PROPN';
        if (titleFor(index.tokenText(word), role, beforeName)) titled = word;
      }
      if (titled < 0) break;
      // "“…,” a spokesman said [of the Conservatives' plan]. Lib Dem home affairs spokesman X said":
      // a name that ties the title to a body the description's sentence (or the one before) never
      // mentions is another body's spokesman
      if (!modifiersNearby(index, first, titled, sentence, entity.id)) break;
      const wanted = NOUN_GENDER[personNounGender(role) ?? ''];
      const gender = entityGender(index.text, entity);
      if (wanted !== undefined && gender !== undefined && wanted !== gender) break;
      resolutions[position] = { speaker: entity.id, anonymous: false };
      const mention = describedMention(index, candidate, described.head, entity.id);
      if (mention !== null) mentions.push(mention);
      break;
    }
  }
  return mentions;
}

/**
 * Whether each name before the title in the later source ("Lib Dem" of "Lib Dem home affairs
 * spokesman X", not the person's own name) occurs in the description's sentence or the one before.
 */
function modifiersNearby(
  index: DocumentIndex,
  first: number,
  title: number,
  sentence: number,
  person: string,
): boolean {
  const from = index.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const to = index.sentences[sentence]?.end ?? index.text.length;
  const context = index.text.slice(from, to);
  for (let word = first; word < title; word += 1) {
    const token = index.tokens[word] as Token;
    // a name of some other entity ("Former" opening the sentence is none)
    const held = token.pos === 'PROPN' ? index.mentionCovering(token.start, token.end) : null;
    if (held === null || held.kind !== 'name' || held.entity.id === person) continue;
    if (!context.includes(index.tokenText(word))) return false;
  }
  return true;
}

/** "the 26-year-old", "a 26-year-old man": the age, and the noun after it if any. */
const AGE_DESCRIPTION = /^(?:the|an?)\s+(\d{1,3})[-‐]year[-‐]old(?:\s+(\p{L}+))?$/iu;

/**
 * "The 26-year-old told the court he had acted alone. Omar Hadi, 26, said …": a source that is an age
 * description alone is the person the text gives that age (an apposition ", 26,", "aged 26": the
 * entity's age attribute), first named within the next sentences, when that person is the only one of
 * that age in the text and the noun after the age, if any, is a person noun of no other gender.
 */
function agedPerson(
  index: DocumentIndex,
  candidate: AttributionCandidate,
  entities: ReadonlyMap<string, Entity>,
): NamedLaterMention | null {
  if (candidate.source === null) return null;
  const match = AGE_DESCRIPTION.exec(index.text.slice(candidate.source.start, candidate.source.end));
  if (match === null) return null;
  const age = Number(match[1]);
  const noun = match[2]?.toLowerCase();
  if (noun !== undefined && !isCommonPersonWord(noun) && !isPersonNoun(noun)) return null;
  const wanted = NOUN_GENDER[noun === undefined ? '' : (personNounGender(noun) ?? '')];
  const sentence = index.sentenceIndexAt(candidate.source.start);
  let found: Entity | null = null;
  for (const entity of entities.values()) {
    if (entity.type !== 'PERSON' || entity.attributes?.['age'] !== age) continue;
    if (found !== null) return null;
    found = entity;
  }
  if (found === null) return null;
  // named after the description (one named before is coreference's), within reach
  const named = found.mentions.filter((mention) => mention.kind === 'name');
  const first = Math.min(...named.map((mention) => mention.start));
  if (!Number.isFinite(first) || first < candidate.source.end) return null;
  if (index.sentenceIndexAt(first) - sentence > REACH) return null;
  const gender = entityGender(index.text, found);
  if (wanted !== undefined && gender !== undefined && wanted !== gender) return null;
  const covered = found.mentions.some(
    (mention) => mention.start < candidate.source!.end && candidate.source!.start < mention.end,
  );
  return covered ? null : { entity: found.id, start: candidate.source.start, end: candidate.source.end };
}

/**
 * "“…,” an independent watchdog said. The Geneva-based Air Safety Office said …": an organisation
 * introduced by description is the one the next attribution with a source names, within two
 * sentences, when that source's speaker is an organisation first named there and its name fits
 * the description (`bodyFits`).
 */
function nameLaterBody(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  containers: readonly number[] | Int32Array,
  entities: ReadonlyMap<string, Entity>,
  resolutions: (SourceResolution | null)[],
  position: number,
): void {
  const candidate = sorted[position] as AttributionCandidate;
  const head = introducedBody(index, candidate);

  if (head === null || candidate.source === null) return;
  const sentence = index.sentenceIndexAt(candidate.source.start);
  for (let later = position + 1; later < sorted.length; later += 1) {
    const next = sorted[later] as AttributionCandidate;
    if (next.source === null || next.source.start <= candidate.source.end) continue;
    if (index.sentenceIndexAt(next.source.start) - sentence > REACH) return;
    if ((containers[later] as number) >= 0) continue;
    const speaker = resolutions[later]?.speaker;
    const entity = typeof speaker === 'string' ? entities.get(speaker) : undefined;
    if (entity === undefined || entity.type !== 'ORG') return;
    // first named in that source, not one the text named before
    const firstMention = Math.min(...entity.mentions.map((mention) => mention.start));
    if (firstMention < next.source.start || firstMention >= next.source.end) return;
    if (!bodyFits(entity, head)) return;
    resolutions[position] = { speaker: entity.id, anonymous: false };
    return;
  }
}
