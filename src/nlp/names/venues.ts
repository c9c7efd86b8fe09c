import { organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { isPersonWord, placeHeadSense } from './word-senses.js';

/**
 * "at the Staples Center", "inside Madison Square Garden": a locative preposition right before the
 * name (with or without "the"); the word before the preposition is captured.
 */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(\p{L}*)\s+(?:at|in|inside|outside|into)(?:\s+the)?\s+$/u;

/** Verbs of a person's work or study at an institute: "works at the Carter Center" stays ORG. */
const WORK_VERB =
  /^(?:work|works|worked|working|study|studies|studied|studying|teach|teaches|taught|teaching|research|researches|researched|based|employed|served|serves|intern|interned|trained)$/u;

/**
 * An organisation's name whose head is a built place (WordNet's first noun sense of the last word a
 * made thing, or a place with a made-thing sense: "Center", "Garden", "Park", "Arena") is a venue
 * (LOC/FAC) where the text puts it as a place: after "at", "in", "inside", "outside" or "into"
 * ("played at the Staples Center", "a concert at Madison Square Garden"). It stays ORG as an
 * institute: after a person noun ("a fellow at the Wilson Center") or a verb of work or study
 * ("works at the Carter Center"), when the lexicon knows it as an organisation, or when it is one
 * word.
 */
export function typeVenues(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name): NameMention => {
    if (name.type !== 'ORG') return name;
    const surface = text.slice(name.start, name.end);
    if (!surface.includes(' ') || placeHeadSense(surface) !== 'FAC') return name;
    if (organisation(surface) !== undefined) return name;
    const before = LOCATIVE_BEFORE.exec(text.slice(Math.max(0, name.start - 40), name.start));
    if (before === null) return name;
    const word = (before[1] as string).toLowerCase();
    if (WORK_VERB.test(word) || isPersonWord(word)) return name;
    return { start: name.start, end: name.end, type: 'LOC', subtype: 'FAC' };
  });
}
