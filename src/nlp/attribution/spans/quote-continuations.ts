import type { Segments, Span, Token } from '../../../model/index.js';
import { tokenAt } from '../../names/token-index.js';
import { personNoun, roleNoun } from '../../lexicon/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { findQuotations } from '../quotes/index.js';
import { asksTheAddressee } from '../quotes/quote-attributions.js';

/**
 * Quoted sentences with no cue of their own that go on from the quotation before them:
 *
 *   “It would be up to each leader,” said Lord Vale. “The broadcasters could then go ahead.”
 *   “Either way would be better than a veto.” The society has campaigned for debates since 1997.
 *
 * The paragraph rule of the span finder (`continuationCandidates`) takes whole paragraphs that open
 * with a quotation and hold no cue; these quotations sit in a paragraph that has a cue elsewhere, or
 * follow their speaker's cue in the same paragraph. A quotation that opens its sentence, that no
 * candidate's content touches and whose sentence has no cue, continues the latest candidate before
 * it in the same or the previous paragraph when that candidate quotes (direct or mixed); it becomes
 * a cue-less candidate of its own (`continues` names that candidate, so it takes the same speaker).
 * A later piece of a quotation (`Quotation.continues`) joins the content of the candidate that holds
 * the piece before it. After an indirect report it goes on from that report when the report closes
 * the previous paragraph, or is the sentence right before in the same paragraph and the quotation
 * speaks of no third person. With no quoting candidate to go on (also in a text with no candidate at
 * all), the person the narration sentence right before names is the source (`narrationSubject`).
 */

/** Fewer words than this are a term or a scare quote ("local loop"), not a continuation. */
const MINIMUM_WORDS = 4;

function overlaps(span: Span, other: Span): boolean {
  return span.start < other.end && other.start < span.end;
}

export function addQuoteContinuations(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const result = [...candidates];
  const anchors = candidates.map((candidate) => candidate.content[0]?.start ?? candidate.cue?.start ?? 0);
  const paragraphOf = (offset: number): number => {
    let low = 0;
    let high = segments.paragraphs.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((segments.paragraphs[middle] as Span).start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const quotations = findQuotations(text, segments);
  for (const quotation of quotations) {
    if (quotation.level !== 0) continue;
    // a later piece of a quotation whose earlier piece a candidate holds: the same candidate's
    // (“… obliged to say why. “The broadcasters would then …” where the sentences run together)
    const earlierPiece = quotation.continues >= 0 ? quotations[quotation.continues] : undefined;
    if (earlierPiece !== undefined) {
      const holder = result.findIndex((candidate) =>
        candidate.content.some((piece) => overlaps(piece, earlierPiece.outer)),
      );
      if (
        holder >= 0 &&
        !result.some((candidate) => candidate.content.some((piece) => overlaps(piece, quotation.outer)))
      ) {
        const candidate = result[holder] as AttributionCandidate;
        result[holder] = { ...candidate, content: [...candidate.content, quotation.outer] };
        continue;
      }
    }
    const inner = text.slice(quotation.inner.start, quotation.inner.end);
    if (inner.split(/\s+/u).length < MINIMUM_WORDS) continue;
    const sentence = segments.sentences.find(
      (candidate) => candidate.start <= quotation.open.start && quotation.open.start < candidate.end,
    );
    // it opens its sentence
    if (sentence === undefined || text.slice(sentence.start, quotation.open.start).trim() !== '') continue;
    const reach: Span = { start: quotation.outer.start, end: Math.max(quotation.outer.end, sentence.end) };
    if (result.some((candidate) => candidate.content.some((piece) => overlaps(piece, quotation.outer))))
      continue;
    if (result.some((candidate) => candidate.cue !== null && overlaps(candidate.cue, reach))) continue;
    const paragraph = paragraphOf(quotation.open.start);
    let previous = -1;
    anchors.forEach((anchor, index) => {
      if (anchor < quotation.open.start && (previous < 0 || anchor >= (anchors[previous] as number)))
        previous = index;
    });
    // "Mr Vale went on to list his plans. “So now we have a choice …”": the person the narration
    // right before names, when no quoting candidate goes on
    const narrated = narrationSubject(text, segments, result, sentence, inner);
    const addNarrated = (): void => {
      if (narrated === null) return;
      result.push({ kind: 'direct', cue: null, source: narrated, content: [quotation.outer] });
      anchors.push(quotation.outer.start);
    };
    if (previous < 0) {
      addNarrated();
      continue;
    }
    // an indirect report in the same sentence as a quoting one before it goes on from the quoting
    // one ("Lind revealed that he was “a born host” - although she denied knowing him well. “…”")
    if ((result[previous] as AttributionCandidate).kind === 'indirect') {
      const quoting = quotingInSameSentence(segments, result, previous);
      if (quoting >= 0) previous = quoting;
    }
    const before = result[previous] as AttributionCandidate;
    const distance = paragraph - paragraphOf(anchors[previous] as number);
    if (distance > 1) {
      addNarrated();
      continue;
    }
    // the answer to an interviewer's question is not the interviewer's ("Hale asked her: “Will you
    // tour?”¶“Not this year.”", `asksTheAddressee`)
    if (asksTheAddressee(text, before.content)) continue;
    // (or the sentence right before in the same paragraph, when the quotation speaks of no third
    // person: "Greene believes he lost the race in the semi-finals. “In my
    // semi-final I should have won.”"; not "Vale said the leaders should decide. “The broadcasters
    // could then go ahead without him.”")
    if (
      before.kind === 'indirect' &&
      !(
        (distance === 1 || !THIRD_PERSON.test(inner)) &&
        closesWithReport(text, segments, before, quotation.open.start) &&
        // not a report the speaker quotes ("“Hale said we should be bold,” said Ruddock.")
        !quotations.some((other) => before.cue !== null && overlaps(other.outer, before.cue))
      )
    ) {
      addNarrated();
      continue;
    }
    result.push({ kind: 'direct', cue: null, source: null, content: [quotation.outer], continues: previous });
    anchors.push(quotation.outer.start);
  }
  return result;
}

const QUOTE_MARK = /["“”«»]/u;
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b/u;
const THIRD_PERSON = /\b(?:he|him|his|she|her|hers)\b/iu;

/** Quoted words in the first person that speak of no third person ("I", "we"; not "he", "her"). */
function firstPersonOnly(quoted: string): boolean {
  return FIRST_PERSON.test(quoted) && !THIRD_PERSON.test(quoted);
}

/**
 * The name that is the subject of the narration sentence right before a quotation's sentence, in
 * the same paragraph, as the quotation's source: "Mr Vale went on to list his plans. “So now we have
 * a choice …”". The sentence holds no quotation mark and no candidate's cue or content; the subject
 * of its main verb is a proper noun (with the proper nouns of its name: "Mr Vale", "Dale boss Ian
 * Pole" gives "Ian Pole"); the quotation speaks in the first person and of no third person ("Hale
 * scored twice. “He was superb”" is somebody else's). Null otherwise.
 */
function narrationSubject(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
  sentence: Segments['sentences'][number],
  quoted: string,
): Span | null {
  if (!firstPersonOnly(quoted)) return null;
  const position = segments.sentences.indexOf(sentence);
  const before = segments.sentences[position - 1];
  if (before === undefined || before.paragraph !== sentence.paragraph) return null;
  if (QUOTE_MARK.test(text.slice(before.start, before.end))) return null;
  if (
    candidates.some(
      (candidate) =>
        (candidate.cue !== null && overlaps(candidate.cue, before)) ||
        candidate.content.some((piece) => overlaps(piece, before)),
    )
  )
    return null;
  const tokens = segments.tokens;
  let root = -1;
  for (let at = before.firstToken; at < before.endToken; at += 1)
    if ((tokens[at] as Token).dep === 'root') root = at;
  if (root < 0) return null;
  let subject = -1;
  for (let at = before.firstToken; at < root; at += 1) {
    const token = tokens[at] as Token;
    // "Moon was asked about the play and agreed."
    if (token.head === root && (token.dep === 'nsubj' || token.dep === 'nsubj:pass')) subject = at;
  }
  if (subject < 0) return null;
  // "Dale boss Ian Pole" parsed with "boss" as the subject and the name as its apposition
  if ((tokens[subject] as Token).pos === 'NOUN')
    for (let at = subject + 1; at < root; at += 1) {
      const token = tokens[at] as Token;
      if (token.head === subject && token.dep === 'appos' && token.pos === 'PROPN') subject = at;
    }
  const named = (at: number): boolean => {
    const token = tokens[at] as Token;
    if (token.pos === 'PROPN') return true;
    // "Kevin Moon" with "Moon" tagged a noun: a capitalised word in the name's flat chain
    const head = tokens[token.head];
    return (
      /^\p{Lu}/u.test(text.slice(token.start, token.end)) &&
      token.dep === 'flat' &&
      head !== undefined &&
      head.pos === 'PROPN'
    );
  };
  if (!named(subject)) return commonPersonSubject(text, tokens, before.firstToken, subject, root);
  // the name: the proper nouns around the subject's head, no possessor ("Hale's agent")
  let first = subject;
  while (first > before.firstToken && named(first - 1)) first -= 1;
  let last = subject;
  while (last + 1 < root && named(last + 1)) last += 1;
  const after = tokens[last + 1];
  if (after !== undefined && /^['’]s?$/u.test(text.slice(after.start, after.end))) return null;
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/**
 * "The coach talked like a proud father after the win.": a singular noun for a person ("coach",
 * "mother", "spokeswoman") with "the" or a possessive as the whole subject that opens the sentence;
 * the source is "The coach".
 */
function commonPersonSubject(
  text: string,
  tokens: readonly Token[],
  firstToken: number,
  subject: number,
  root: number,
): Span | null {
  const token = tokens[subject] as Token;
  if (token.pos !== 'NOUN' || subject !== firstToken + 1 || subject >= root) return null;
  const word = text.slice(token.start, token.end);
  if (personNoun(word) === undefined && roleNoun(word) === undefined) return null;
  if (token.lemma !== word.toLowerCase()) return null;
  const determiner = tokens[firstToken] as Token;
  if (!/^(?:the|his|her|their)$/iu.test(text.slice(determiner.start, determiner.end))) return null;
  return { start: determiner.start, end: token.end };
}

/**
 * The latest candidate before `index` that quotes (direct or mixed) and whose cue lies in the same
 * sentence as the cue of the candidate at `index`, or -1.
 */
function quotingInSameSentence(
  segments: Segments,
  candidates: readonly AttributionCandidate[],
  index: number,
): number {
  const cue = (candidates[index] as AttributionCandidate).cue;
  if (cue === null) return -1;
  const sentence = segments.sentences.find((item) => item.start <= cue.start && cue.start < item.end);
  if (sentence === undefined) return -1;
  for (let at = index - 1; at >= 0; at -= 1) {
    const other = candidates[at] as AttributionCandidate;
    if (other.cue === null || other.cue.start < sentence.start || other.cue.start >= cue.start) continue;
    if (other.kind !== 'indirect') return at;
  }
  return -1;
}

/**
 * Whether the cue token is its sentence's main verb: the root, or a conjunct of it ("Vale, who had
 * never met the coach, said …" parsed with "met" as the root and "said" as its conjunct; "Vale met the
 * coach and said …"). A verb inside a relative or adverbial clause is not.
 */
function mainVerb(tokens: Segments['tokens'], position: number): boolean {
  let at = position;
  for (let step = 0; step < 4; step += 1) {
    const token = tokens[at];
    if (token === undefined) return false;
    if (token.dep === 'root') return true;
    if (token.dep !== 'conj') return false;
    at = token.head;
  }
  return false;
}

/**
 * Whether an indirect candidate is the report that ends the paragraph before a quotation paragraph
 * (or the sentence before a quotation in the same paragraph): its cue is the main verb of that
 * sentence and its source a noun phrase, not a relative pronoun. "Dr Lind said she was impressed by the plan.\n\n“We spoke for an hour.”" — the
 * quotation goes on from the same speaker; "This contradicts Lind, who said …" does not hand on.
 */
function closesWithReport(
  text: string,
  segments: Segments,
  candidate: AttributionCandidate,
  quotationStart: number,
): boolean {
  const { cue, source } = candidate;
  if (cue === null || source === null || /^(?:who|which|that)$/iu.test(text.slice(source.start, source.end)))
    return false;
  const tokens = segments.tokens;
  const sentence = segments.sentences.find((item) => item.start <= cue.start && cue.start < item.end);
  // the cue is the main verb, or its source opens the sentence ("Vale,who had never met him, said …"
  // parsed with "said" as an adverbial clause of "met")
  const opensSentence = sentence !== undefined && text.slice(sentence.start, source.start).trim() === '';
  if (!mainVerb(tokens, tokenAt(tokens, cue.start)) && !(opensSentence && source.end <= cue.start))
    return false;
  // nothing but the rest of the cue's sentence between it and the quotation's paragraph
  return sentence !== undefined && text.slice(sentence.end, quotationStart).trim() === '';
}
