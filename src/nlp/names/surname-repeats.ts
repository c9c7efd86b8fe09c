import type { Segments } from '../../model/index.js';
import { lookupPlace } from '../lexicon/index.js';
import { isUpperCode } from '../lexicon/normalise.js';
import { lineAround, titleCase } from './headline-verbs.js';
import type { NameMention } from './name-mention.js';

/**
 * A surname that is also a common word ("Felt", "Cook", "Luck") is often missed by the recogniser
 * when it stands alone ("Felt was 91"), though the article named the person in full before
 * ("J. Robert Felt"). The last word of a PERSON name of two words or more, written capitalised
 * where no name covers it, becomes a PERSON mention of its own: inside a
 * sentence, or at its start when the parser reads the next word as a verb ("Felt was", "Felt
 * died"; not "Felt like"). Not in a headline in title case, not before a number ("Page 3") or
 * another capitalised word, nor after one (another name).
 * After a lower-case surname particle ("Bernhard von Alt" where only "Von Alt" was named whole),
 * the one-word name right before the particle is the person's given name: the two become one
 * PERSON name, so that "Bernhard" is not left alone to join another Bernhard of the story.
 */
/** Lower-case particles inside a surname: "von Alt", "van der Berg", "de la Cruz", "bin Laden". */
const PARTICLE_WORD = /^(?:van|von|de|da|di|du|del|della|der|den|dos|le|la|ter|ten|bin|ibn|al|zu)$/u;

const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?,?$/u;
/** A capitalised word with a lower-case letter: "Felt", "LaRue", "McDermott", "O'Neill"; not "NASA". */
const SURNAME = /^(?=[\p{L}'’]{3,}$)\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$/u;

export function addSurnameRepeats(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens, sentences } = segments;
  const surnames = new Set<string>();
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const words = text.slice(name.start, name.end).split(/\s+/u);
    // "W. Mark Felt Sr.": the surname before a generational suffix
    if (words.length > 2 && GENERATION.test(words[words.length - 1]!)) words.pop();
    const last = words[words.length - 1]!;
    if (words.length >= 2 && SURNAME.test(last)) surnames.add(last);
  }
  if (surnames.size === 0) return [...names];
  const covered = (start: number, end: number) => names.some((name) => name.start < end && name.end > start);
  const sentenceStarts = new Set(sentences.map((sentence) => sentence.firstToken));
  const added: NameMention[] = [];
  const joined = new Map<NameMention, NameMention>();
  const lengths = new Set([...surnames].map((surname) => surname.length));
  tokens.forEach((token, index) => {
    // most tokens are ruled out by their length and first letter before any string is made
    if (!lengths.has(token.end - token.start) || !isUpperCode(text.charCodeAt(token.start))) return;
    const word = text.slice(token.start, token.end);
    if (!surnames.has(word) || covered(token.start, token.end)) return;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const capitalised = (other: (typeof tokens)[number] | undefined) =>
      other !== undefined && /^\p{Lu}/u.test(text.slice(other.start, other.end));
    if (next !== undefined && (/^\d/u.test(text.slice(next.start, next.end)) || capitalised(next))) return;
    const opening =
      sentenceStarts.has(index) ||
      (previous !== undefined && /^["'“‘(]$/u.test(text.slice(previous.start, previous.end)));
    if (opening) {
      if (token.pos === 'VERB' || next === undefined || (next.pos !== 'VERB' && next.pos !== 'AUX')) return;
    } else if (capitalised(previous)) return;
    const [lineStart, lineEnd] = lineAround(text, token.start);
    if (titleCase(text.slice(lineStart, lineEnd))) return;
    const given = givenNameBeforeParticles(text, tokens, index, names);
    if (given !== undefined) {
      joined.set(given, { start: given.start, end: token.end, type: 'PERSON' });
      return;
    }
    added.push({ start: token.start, end: token.end, type: 'PERSON' });
  });
  if (added.length === 0 && joined.size === 0) return [...names];
  return [...names.map((name) => joined.get(name) ?? name), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The one-word name (a capitalised word, a person or no known place) that ends one space before
 * the lower-case particles right before token `index` ("Bernhard" of "Bernhard von Alt", "Jan" of
 * "Jan van der Berg"), if any.
 */
function givenNameBeforeParticles(
  text: string,
  tokens: Segments['tokens'],
  index: number,
  names: readonly NameMention[],
): NameMention | undefined {
  let first = index;
  while (first > 0 && index - first < 3) {
    const previous = tokens[first - 1]!;
    if (!PARTICLE_WORD.test(text.slice(previous.start, previous.end))) break;
    first -= 1;
  }
  if (first === index) return undefined;
  const particle = tokens[first]!;
  const name = names.find((candidate) => candidate.end === particle.start - 1);
  if (name === undefined || text.charAt(name.end) !== ' ') return undefined;
  const word = text.slice(name.start, name.end);
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) return undefined;
  // the recogniser may have typed the given name a place ("Bernhard"/LOC); a known place stays one
  return name.type === 'PERSON' || (name.type !== 'ORG' && lookupPlace(word) === undefined)
    ? name
    : undefined;
}
