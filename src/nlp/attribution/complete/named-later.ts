import type { Entity, Token } from '../../../model/index.js';
import { descriptionType } from '../../coref/descriptions.js';
import { kindImplies, roleImplies } from '../../coref/kind-words.js';
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

/** The source's head word when it is a singular noun for a person, lower-cased, else null. */
function describedHead(index: DocumentIndex, candidate: AttributionCandidate): string | null {
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
  return word.toLowerCase();
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
  return /^[a-z]{3,}$/u.test(lower) && roleImplies(lower, role, title ? 12 : 2);
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
): void {
  for (let position = 0; position < sorted.length; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    if ((containers[position] as number) >= 0 || candidate.source === null) continue;
    if ((resolutions[position]?.speaker ?? null) !== null) continue;
    // "an independent watchdog": a body ("watchdog" is a person first in WordNet, a body here)
    nameLaterBody(index, sorted, containers, entities, resolutions, position);
    if ((resolutions[position]?.speaker ?? null) !== null) continue;
    const role = describedHead(index, candidate);
    if (role === null) continue;
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
      let titled = false;
      for (let word = first; word < end && !titled; word += 1) {
        // "Father Tom Nolan": a title, a proper noun right after it in the source
        const beforeName = word + 1 < end && (index.tokens[word + 1] as Token).pos === 'PROPN';
        titled = titleFor(index.tokenText(word), role, beforeName);
      }
      if (!titled) break;
      const wanted = NOUN_GENDER[personNounGender(role) ?? ''];
      const gender = entityGender(index.text, entity);
      if (wanted !== undefined && gender !== undefined && wanted !== gender) break;
      resolutions[position] = { speaker: entity.id, anonymous: false };
      break;
    }
  }
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
