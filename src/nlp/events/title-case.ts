import type { Entity, Segments } from '../../model/index.js';
import { lineAround, titleCase } from '../names/headline-verbs.js';
import { segment } from '../segment/segment.js';
import { withEventNouns } from './nominal-events.js';
import { recogniseEvents, type EventMention } from './recognise.js';
import { hasLemma, lemmaOf, type WordNetPos } from './wordnet.js';

/**
 * Events of headlines in title case ("Storm Floods Harbour Town, Ferries Cancelled"): with every
 * word capitalised the tagger reads most of them as parts of names and marks few events. Such a
 * line is read again in sentence case: each capitalised word after the first of its sentence is
 * lower-cased unless the article uses it as a name elsewhere (capitalised in the middle of a
 * sentence outside title-case lines more often than in lower case), it is written in capitals
 * ("NATO"), or WordNet does not know it in lower case (an unknown word is likely a name). The
 * lowered line (same length, so the same offsets) is segmented, parsed and tagged on its own, and
 * its events, with the event nouns of nominal-events.ts, replace the line's.
 */

const WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const POS: readonly WordNetPos[] = ['noun', 'verb', 'adj'];

interface Line {
  readonly start: number;
  readonly end: number;
}

/** The title-case lines holding whole sentences, in text order. */
function titleCaseLines(text: string, segments: Segments): Line[] {
  const lines: Line[] = [];
  const seen = new Map<number, boolean>();
  for (const sentence of segments.sentences) {
    const [start, end] = lineAround(text, sentence.start);
    let title = seen.get(start);
    if (title === undefined) {
      title = titleCase(text.slice(start, end));
      seen.set(start, title);
      if (title) lines.push({ start, end });
    }
  }
  return lines;
}

function inLines(lines: readonly Line[], offset: number): boolean {
  return lines.some((line) => offset >= line.start && offset < line.end);
}

/** How often each lower-cased word is written capitalised and in lower case inside sentences outside the lines. */
function caseCounts(
  text: string,
  segments: Segments,
  lines: readonly Line[],
): { capitalised: Map<string, number>; lower: Map<string, number> } {
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const sentence of segments.sentences) {
    if (inLines(lines, sentence.start)) continue;
    for (let index = sentence.firstToken + 1; index < sentence.endToken; index += 1) {
      const token = segments.tokens[index]!;
      const word = text.slice(token.start, token.end);
      const first = word[0]!;
      const key = word.toLowerCase();
      if (first !== first.toLowerCase()) capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
      else if (first !== first.toUpperCase()) lower.set(key, (lower.get(key) ?? 0) + 1);
    }
  }
  return { capitalised, lower };
}

/** Whether WordNet knows the lower-cased word as a noun, verb or adjective (any inflection). */
function knownInLowerCase(word: string): boolean {
  return POS.some((pos) => {
    const lemma = lemmaOf(word, pos);
    return lemma !== null && hasLemma(lemma, pos);
  });
}

/**
 * The line in sentence case: the words to lower-case as decided above. `tokens` are the line's
 * tokens, with whether each starts a sentence.
 */
export function sentenceCase(
  line: string,
  words: readonly { start: number; end: number; first: boolean }[],
  capitalised: ReadonlyMap<string, number>,
  lower: ReadonlyMap<string, number>,
): string {
  let result = line;
  for (const { start, end, first } of words) {
    const word = line.slice(start, end);
    if (first || !WORD.test(word) || word === word.toUpperCase()) continue;
    const lowered = word.toLowerCase();
    if (lowered.length !== word.length) continue;
    const asName = capitalised.get(lowered) ?? 0;
    const asWord = lower.get(lowered) ?? 0;
    const keep = asName > asWord || (asName === 0 && asWord === 0 && !knownInLowerCase(lowered));
    if (keep) continue;
    result = result.slice(0, start) + lowered + result.slice(end);
  }
  return result;
}

/** The tagger's mentions with those of the title-case lines replaced by their sentence-case reading. */
export function withTitleCaseLines(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  mentions: readonly EventMention[],
): EventMention[] {
  const lines = titleCaseLines(text, segments);
  if (lines.length === 0) return [...mentions];
  const { capitalised, lower } = caseCounts(text, segments, lines);
  const added: EventMention[] = [];
  for (const line of lines) {
    const words: { start: number; end: number; first: boolean }[] = [];
    for (const sentence of segments.sentences) {
      if (sentence.start < line.start || sentence.start >= line.end) continue;
      for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
        const token = segments.tokens[index]!;
        words.push({
          start: token.start - line.start,
          end: token.end - line.start,
          first: index === sentence.firstToken,
        });
      }
    }
    const original = text.slice(line.start, line.end);
    const cased = sentenceCase(original, words, capitalised, lower);
    const lineSegments = segment(cased);
    const lineEntities = entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions
        .filter((mention) => mention.start >= line.start && mention.end <= line.end)
        .map((mention) => ({ ...mention, start: mention.start - line.start, end: mention.end - line.start })),
    }));
    const found = withEventNouns(cased, lineSegments, lineEntities, recogniseEvents(cased, lineSegments));
    for (const mention of found)
      added.push({ ...mention, start: mention.start + line.start, end: mention.end + line.start });
  }
  const kept = mentions.filter((mention) => !inLines(lines, mention.start));
  return [...kept, ...added].sort((left, right) => left.start - right.start);
}
