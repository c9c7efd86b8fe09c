import type { Segments, Token } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { tokenRange } from './predicate-filter.js';

/**
 * A source cut down to the body a person speaks for:
 *
 *   Mark Dunn from the Doctors' Association said the report was flawed.
 *
 * The apostrophe of a plural possessive ("Doctors'") is read as punctuation and the parse makes the
 * body's name the subject of "said", so the span finder takes "Association" as the source. The
 * source is the whole phrase from the person's name: when the source comes before its cue, and the
 * words before it in its sentence are a name opening the sentence (two to four proper nouns), then
 * "of", "from" or "at", then "the" and capitalised words or a possessive apostrophe up to the source,
 * the source starts at the name ("Mark Dunn from the Doctors' Association"), whose head region
 * (`speaker.ts`) is the person. A body's name that opens the sentence with "the" is the source whole
 * ("The Doctors' Association said").
 */

const LINKS = /^(?:of|from|at)$/iu;
const APOSTROPHE = /^['’]s?$/u;

function capitalised(text: string, token: Token): boolean {
  return /^\p{Lu}/u.test(text.slice(token.start, token.end));
}

export function extendSourcesToMembers(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  return candidates.map((candidate) => {
    const source = candidate.source;
    const cue = candidate.cue;
    if (source === null || cue === null || source.end > cue.start) return candidate;
    const [first] = tokenRange(segments, source);
    const sentence = segments.sentences.find((each) => each.firstToken <= first && first < each.endToken);
    if (sentence === undefined || first <= sentence.firstToken) return candidate;
    let position = first - 1;
    let apostrophe = false;
    // the body's name before the source: "the Doctors' …"
    while (position > sentence.firstToken) {
      const token = tokens[position] as Token;
      const word = text.slice(token.start, token.end);
      if (APOSTROPHE.test(word)) apostrophe = true;
      else if (!(token.pos === 'PROPN' || token.pos === 'NOUN') || !capitalised(text, token)) break;
      position -= 1;
    }
    if (!apostrophe) return candidate;
    const opening = { start: (tokens[sentence.firstToken] as Token).start, end: source.end };
    if (
      text.slice((tokens[position] as Token).start, (tokens[position] as Token).end).toLowerCase() === 'the'
    ) {
      // "The Doctors' Association said": the whole name from the sentence's start
      if (position === sentence.firstToken) return { ...candidate, source: opening };
      position -= 1;
    }
    const link = tokens[position];
    if (link === undefined || !LINKS.test(text.slice(link.start, link.end))) return candidate;
    // a name of two to four proper nouns opening the sentence
    const names = position - sentence.firstToken;
    if (names < 2 || names > 4) return candidate;
    for (let at = sentence.firstToken; at < position; at += 1) {
      const token = tokens[at] as Token;
      if (token.pos !== 'PROPN' || !capitalised(text, token)) return candidate;
    }
    return { ...candidate, source: opening };
  });
}
