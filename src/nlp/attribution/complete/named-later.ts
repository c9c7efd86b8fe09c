import type { Entity, Token } from '../../../model/index.js';
import { roleImplies } from '../../coref/kind-words.js';
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
  const head = index.phraseHead(first, end);
  if (head < 0) return null;
  const token = index.tokens[head] as Token;
  const word = index.tokenText(head);
  // singular ("spokeswoman", not "officials"), a common noun, no name held by it
  if (token.pos !== 'NOUN' || token.lemma.toLowerCase() !== word.toLowerCase()) return null;
  if (index.mentionCovering(token.start, token.end)?.kind === 'name') return null;
  if (!isCommonPersonWord(word) && !isPersonNoun(word)) return null;
  // "the coast guard" names a body, not a guard
  if (groupCompound(index, head)) return null;
  return word.toLowerCase();
}

/**
 * Whether a source word is the role word, its abbreviated title ("Capt." for captain, "Gov.") or a
 * word WordNet puts under the role ("Attorney" or "solicitor" for lawyer: `roleImplies`).
 */
function titleFor(word: string, role: string): boolean {
  const lower = word.toLowerCase();
  if (lower === role) return true;
  if (/^[a-z]{3,}\.$/u.test(lower) && role.startsWith(lower.slice(0, -1))) return true;
  return /^[a-z]{3,}$/u.test(lower) && roleImplies(lower, role);
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
      for (let word = first; word < end && !titled; word += 1) titled = titleFor(index.tokenText(word), role);
      if (!titled) break;
      const wanted = NOUN_GENDER[personNounGender(role) ?? ''];
      const gender = entityGender(index.text, entity);
      if (wanted !== undefined && gender !== undefined && wanted !== gender) break;
      resolutions[position] = { speaker: entity.id, anonymous: false };
      break;
    }
  }
}
