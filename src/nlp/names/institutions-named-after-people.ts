import type { Segments, Token } from '../../model/index.js';
import { facilityHead, isInstitutionHead } from '../lexicon/index.js';
import { isUpperCode } from '../lexicon/normalise.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/** At most this many capitalised words between a person's name and the head ("Harold Wood Memorial Hospital"). */
const MAX_WORDS_BEFORE_HEAD = 2;

function headType(word: string): Pick<NameMention, 'type' | 'subtype'> | null {
  if (isInstitutionHead(word)) return { type: 'ORG' };
  const facility = facilityHead(word);
  return facility === 'structure' ? { type: 'LOC', subtype: 'FAC' } : null;
}

function isHeadName(text: string, name: NameMention): boolean {
  return headType(text.slice(name.start, name.end)) !== null;
}

/**
 * Institutions and buildings named after a person are not that person: the recogniser stops at
 * "Harold Wood" in "the Harold Wood Hospital had closed" and calls it PERSON. A PERSON name followed
 * (word by word, capitalised, on the same line) by an institution head ("Hospital", "Foundation",
 * "University") or a building head ("Stadium", "Hall", "Airport") becomes that institution (ORG) or
 * building (LOC, FAC), head included; so does a PERSON name that already ends in such a head.
 */
export function typeInstitutionsNamedAfterPeople(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const output: NameMention[] = [];
  let swallowedUntil = -1;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    // a name inside an institution's extended name ("Hospital" tagged on its own)
    if (name.end <= swallowedUntil) continue;
    if (name.type !== 'PERSON') {
      output.push(name);
      continue;
    }
    const lastToken = tokens[tokenAt(tokens, name.end - 1)] as Token | undefined;
    const own = lastToken === undefined ? null : headType(text.slice(lastToken.start, lastToken.end));
    if (own !== null && lastToken !== undefined && lastToken.start > name.start) {
      output.push({ start: name.start, end: name.end, ...own });
      continue;
    }
    // the words up to the head may be untagged, or the head itself tagged on its own
    const nextName = names[index + 1];
    const nextNameStart =
      nextName !== undefined && !isHeadName(text, nextName) ? nextName.start : text.length;
    let position = tokenAt(tokens, name.end);
    let end = name.end;
    let extended: NameMention | null = null;
    for (let words = 0; words <= MAX_WORDS_BEFORE_HEAD; words += 1) {
      const token = tokens[position];
      if (token === undefined || token.start !== end + 1 || text.charCodeAt(end) !== 32) break;
      if (token.end > nextNameStart || !isUpperCode(text.charCodeAt(token.start))) break;
      const head = headType(text.slice(token.start, token.end));
      if (head !== null) {
        extended = { start: name.start, end: token.end, ...head };
        break;
      }
      end = token.end;
      position += 1;
    }
    if (extended !== null) swallowedUntil = extended.end;
    output.push(extended ?? name);
  }
  return output;
}
