import type { Entity, Sentence, Span, Token } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { opinionNoun } from '../spans/view-of.js';
import type { DocumentIndex } from './document-index.js';
import type { SourceResolution } from './speaker.js';

/**
 * The speaker of a quotation with no cue that the narration around it names, rather than the speaker
 * of the quotation it continues:
 *
 *   "We were robbed today. The referee cost us." That was the verdict of Dale boss Ian Pole.
 *   "It was a special night for the club." Reid was speaking after the match.
 *   Dale captain Ben Hale was less happy. "We were poor and we know it."
 *
 * Read from the parse, in the quotation's paragraph:
 * - after it, the sentence right after its last piece: a copula with "that", "this", "those" or
 *   "such" as subject and an opinion or message noun (view, verdict, words) whose "of" phrase names
 *   a person or an organisation; or a person named as subject of "was speaking" / "was talking";
 * - before it, when the quotation opens its sentence: the sentence right before, narration that no
 *   attribution holds and with no quotation mark, whose main clause has a person as subject
 *   (a name or a description the text linked to one). The quotation must speak in the first person
 *   ("I", "we", "my") and say nothing of a third person ("he", "her", the person's own name): "Hale
 *   scored twice. “He was superb”" is somebody else praising Hale.
 * Returns the resolutions found, by candidate position; the candidates left out keep what they continue.
 */

const DEMONSTRATIVE = /^(?:that|this|those|these|such)$/iu;
const QUOTE_MARK = /["“”«»]/u;
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b/u;
const THIRD_PERSON = /\b(?:he|him|his|she|her|hers)\b/iu;

function isPerson(entity: Entity): boolean {
  return entity.type === 'PERSON';
}

function rootOf(index: DocumentIndex, sentence: Sentence): number {
  for (let at = sentence.firstToken; at < sentence.endToken; at += 1)
    if ((index.tokens[at] as Token).dep === 'root') return at;
  return -1;
}

function negated(index: DocumentIndex, sentence: Sentence, head: number): boolean {
  for (let at = sentence.firstToken; at < sentence.endToken; at += 1) {
    const token = index.tokens[at] as Token;
    if (token.head === head && (token.dep === 'neg' || /^(?:not|n't|never)$/iu.test(token.lemma)))
      return true;
  }
  return false;
}

/**
 * The person a noun phrase names, read from its first token up to its head and the name words after
 * it ("Dale boss Ian Pole", "Rovers captain Ben Hale", "Mr Hale"): the last person's name in it that
 * is no possessor ("Hale's agent" is not Hale); else, for `organisations`, the organisation named by
 * its head.
 */
function phraseEntity(index: DocumentIndex, head: number, organisations: boolean): Entity | null {
  const tree = index.tree;
  const first = tree.subtreeStart(head);
  let person: Entity | null = null;
  for (let at = first; at <= tree.subtreeEnd(head); at += 1) {
    const token = index.tokens[at] as Token;
    if (at > head && token.pos !== 'PROPN' && token.pos !== 'NOUN') break;
    if (token.pos === 'PUNCT' || token.pos === 'ADP' || token.pos === 'VERB' || token.pos === 'AUX') {
      if (at > first) break;
      continue;
    }
    const mention = index.mentionCovering(token.start, token.end);
    if (mention === null || mention.kind !== 'name' || !isPerson(mention.entity)) continue;
    if (
      /^['’]s?$/u.test(
        index.text
          .slice(mention.end, mention.end + 2)
          .trim()
          .slice(0, 2),
      )
    )
      continue;
    person = mention.entity;
  }
  if (person !== null || !organisations) return person;
  const token = index.tokens[head] as Token;
  const mention = index.mentionCovering(token.start, token.end);
  return mention !== null && mention.kind === 'name' && mention.entity.type === 'ORG' ? mention.entity : null;
}

/** "That was the verdict of X", "X was speaking after …": the speaker the sentence names, or null. */
function namedAfter(index: DocumentIndex, sentence: Sentence): Entity | null {
  const root = rootOf(index, sentence);
  if (root < 0 || negated(index, sentence, root)) return null;
  const tree = index.tree;
  const token = index.tokens[root] as Token;
  if (token.pos === 'NOUN') {
    const opener = sentence.firstToken;
    if (!DEMONSTRATIVE.test(index.tokenText(opener)) || (index.tokens[opener] as Token).head !== root)
      return null;
    const copula = tree.dependent(root, 'cop');
    if (copula !== opener + 1 || !opinionNoun(token.lemma)) return null;
    const speaker = tree.dependent(root, 'nmod');
    if (speaker <= root || index.tokenText(tree.subtreeStart(speaker)).toLowerCase() !== 'of') return null;
    return phraseEntity(index, speaker, true);
  }
  if (token.pos !== 'VERB' || (token.lemma !== 'speak' && token.lemma !== 'talk')) return null;
  const auxiliary = tree.dependent(root, 'aux');
  if (
    auxiliary < 0 ||
    (index.tokens[auxiliary] as Token).lemma !== 'be' ||
    !/ing$/u.test(index.tokenText(root))
  )
    return null;
  const subject = tree.dependent(root, 'nsubj');
  if (subject < 0 || subject > root) return null;
  return phraseEntity(index, subject, false);
}

function overlaps(span: Span, other: Span): boolean {
  return span.start < other.end && other.start < span.end;
}

/** Whether some candidate's cue or content lies in the span. */
function held(candidates: readonly AttributionCandidate[], span: Span): boolean {
  return candidates.some(
    (candidate) =>
      (candidate.cue !== null && overlaps(candidate.cue, span)) ||
      candidate.content.some((piece) => overlaps(piece, span)),
  );
}

/** "Dale captain Ben Hale was less happy. “We were poor …”": the subject of the narration before. */
function namedBefore(
  index: DocumentIndex,
  candidates: readonly AttributionCandidate[],
  sentence: Sentence,
  quotation: Span,
): Entity | null {
  const quoted = index.text.slice(quotation.start, quotation.end);
  if (!FIRST_PERSON.test(quoted) || THIRD_PERSON.test(quoted)) return null;
  if (QUOTE_MARK.test(index.text.slice(sentence.start, sentence.end)) || held(candidates, sentence))
    return null;
  const root = rootOf(index, sentence);
  if (root < 0) return null;
  const subject = index.tree.dependent(root, 'nsubj');
  if (subject < 0 || subject > root) return null;
  const entity = phraseEntity(index, subject, false);
  if (entity === null) return null;
  // "“I was delighted for Hale”" is not Hale's
  for (const mention of entity.mentions)
    if (mention.kind === 'name' && overlaps(mention, quotation)) return null;
  return entity;
}

export function findNarratedSpeakers(
  index: DocumentIndex,
  candidates: readonly AttributionCandidate[],
  continues: ArrayLike<number>,
): Map<number, SourceResolution> {
  const found = new Map<number, SourceResolution>();
  const sentences = index.sentences;
  candidates.forEach((candidate, position) => {
    if (candidate.cue !== null || candidate.source !== null || candidate.kind !== 'direct') return;
    const first = candidate.content[0];
    const last = candidate.content[candidate.content.length - 1];
    if (first === undefined || last === undefined) return;
    const opening = index.sentenceIndexAt(first.start);
    const closing = index.sentenceIndexAt(Math.max(last.start, last.end - 1));
    const next = sentences[closing + 1];
    if (
      next !== undefined &&
      next.paragraph === (sentences[closing] as Sentence).paragraph &&
      index.text.slice(last.end, next.start).trim() === '' &&
      !QUOTE_MARK.test(index.text.slice(next.start, next.end))
    ) {
      const entity = namedAfter(index, next);
      if (entity !== null) {
        found.set(position, { speaker: entity.id, anonymous: false });
        return;
      }
    }
    if ((continues[position] as number) < 0) return;
    const own = sentences[opening];
    const before = sentences[opening - 1];
    if (own === undefined || before === undefined || before.paragraph !== own.paragraph) return;
    if (index.text.slice(own.start, first.start).trim() !== '') return;
    const entity = namedBefore(index, candidates, before, first);
    if (entity !== null) found.set(position, { speaker: entity.id, anonymous: false });
  });
  return found;
}
