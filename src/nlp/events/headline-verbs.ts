import type { Entity, Segments } from '../../model/index.js';
import { inflectedVerb, lineAround, titleCase } from '../names/headline-verbs.js';
import type { EventMention } from './recognise.js';
import { hasLemma, lemmaOf } from './wordnet.js';

/**
 * The verb of a title-case headline right after its subject's name ("Lena Marsh Checks Into
 * Clinic", "Vantix Releases Urgent Update"): capitalised like the name, the tagger reads it as part
 * of one and marks no event. An inflected verb form (names/headline-verbs.ts) directly after a
 * name, in a title-case line, that no mention covers is an OCCURRENCE.
 */
export function withHeadlineVerbs(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  mentions: readonly EventMention[],
): EventMention[] {
  const nameEnds = new Set<number>();
  for (const entity of entities)
    for (const mention of entity.mentions) if (mention.kind === 'name') nameEnds.add(mention.end);
  if (nameEnds.size === 0) return [...mentions];
  const added: EventMention[] = [];
  const titleLines = new Map<number, boolean>();
  const tokens = segments.tokens;
  tokens.forEach((token, index) => {
    if (index === 0) return;
    const previous = tokens[index - 1]!;
    if (!nameEnds.has(previous.end) || text.slice(previous.end, token.start).trim() !== '') return;
    const word = text.slice(token.start, token.end);
    if (word[0] === word[0]!.toLowerCase() || !inflectedVerb(word)) return;
    const [lineStart, lineEnd] = lineAround(text, token.start);
    let title = titleLines.get(lineStart);
    if (title === undefined) {
      title = titleCase(text.slice(lineStart, lineEnd));
      titleLines.set(lineStart, title);
    }
    if (!title) return;
    if (mentions.some((mention) => mention.start < token.end && mention.end > token.start)) return;
    // "Checks Into": the particle or preposition after it when WordNet lists the two as one verb
    const next = tokens[index + 1];
    const lemma = lemmaOf(word.toLowerCase(), 'verb');
    const end =
      next !== undefined &&
      lemma !== null &&
      (next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PART') &&
      hasLemma(`${lemma}_${text.slice(next.start, next.end).toLowerCase()}`, 'verb')
        ? next.end
        : token.end;
    added.push({ start: token.start, end, eventClass: 'OCCURRENCE' });
  });
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((left, right) => left.start - right.start);
}
