import type { Segments, Span, Token } from '../../../model/index.js';
import { evidenceNoun, messageOrBeliefNoun, namingVerb, reportingVerb } from './reporting-predicate.js';
import type { AttributionCandidate } from '../candidate.js';
import { DependencyTree, relationIs } from '../../grammar/index.js';
import { baseFormOf, lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synsetsOf } from '../../events/wordnet.js';

/**
 * Post-processing rules for three English reporting constructions the learned tagger gets wrong:
 *
 * 1. A cue that runs on into a participle or prepositional phrase ("…, the mayor said in a
 *    statement praising the staff"): the cue is cut back to the speech verb; when the attribution
 *    follows its content ("CONTENT, SOURCE said …") the content is the clause before the comma.
 * 2. Nominal cues with a by-phrase or possessive source and a that-clause ("claims by the council
 *    that …", "the governor's claim that …"): cue = the noun, source = the by-NP or the possessor,
 *    content = the that-clause. A non-reporting verb governing the noun ("undermining",
 *    "contradicts") loses its candidate whose content is that noun phrase.
 * 3. Reporting verbs sharing one subject ("denied the report and insisted that …", "said on
 *    Monday, adding that …"): the first content ends before the second cue, and the second cue gets
 *    the first one's source when it has none.
 *
 * One pass over the candidates plus one over the tokens.
 */

const NOMINAL_CUES = new Set([
  'claim',
  'claims',
  'allegation',
  'allegations',
  'assertion',
  'assertions',
  'accusation',
  'accusations',
  'suggestion',
  'suggestions',
  'denial',
  'denials',
  'insistence',
  'assurance',
  'assurances',
]);

/** Verbs that take a nominal cue as object without reporting anything themselves. */
const NON_REPORTING = /^(undermin|contradict|bolster|fuel|reinforc|weaken|strengthen|support|echo|back)/iu;

/** Speech verbs whose cue may run on into a following phrase. */
const SPEECH_VERB =
  /^(said|says|say|added|adds|stated|states|announced|announces|wrote|writes|insisted|insists|declared|declares|noted|notes|explained|explains|argued|argues|warned|warns|claimed|claims|told|tells)$/iu;

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

const QUOTE_MARK = /["“”]/u;

const lower = (text: string, span: Span) => text.slice(span.start, span.end).toLowerCase();

/** Is the span a lone comma? (What `lower(text, span) === ','` tells, without a new string per token.) */
export const isComma = (text: string, span: Span): boolean =>
  span.end - span.start === 1 && text.charCodeAt(span.start) === 0x2c;

/** Index of the token starting at `offset`, or -1 (binary search over the sorted tokens). */
function tokenAt(segments: Segments, offset: number, starts: boolean): number {
  const tokens = segments.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const token = tokens[mid]!;
    if (token.end <= offset) lo = mid + 1;
    else if (token.start > offset) hi = mid - 1;
    else return mid;
  }
  return starts ? lo : hi;
}

/** Index of the token ending at or before `offset` (the last one inside a span ending there). */
function lastTokenBefore(segments: Segments, offset: number): number {
  return tokenAt(segments, offset - 1, false);
}

function sentenceOf(segments: Segments, token: number): { first: number; end: number } {
  const sentences = segments.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid]!;
    if (sentence.endToken <= token) lo = mid + 1;
    else if (sentence.firstToken > token) hi = mid - 1;
    else return { first: sentence.firstToken, end: sentence.endToken };
  }
  return { first: token, end: token + 1 };
}

const isPunct = (segments: Segments, token: number) => segments.tokens[token]?.pos === 'PUNCT';

/** Last content token of a clause ending at `end` (exclusive): drops trailing punctuation. */
function trimEnd(segments: Segments, first: number, end: number): number {
  let last = end - 1;
  while (last >= first && isPunct(segments, last)) last--;
  return last;
}

function trimStart(segments: Segments, first: number, last: number): number {
  let at = first;
  while (at <= last && isPunct(segments, at)) at++;
  return at;
}

const spanOf = (segments: Segments, first: number, last: number): Span => ({
  start: segments.tokens[first]!.start,
  end: segments.tokens[last]!.end,
});

/**
 * Whether tokens `from`..`last` hold a participle ("praising"). A gerund after a preposition
 * ("said of running …", "quoted as saying") or a capitalised title word is none.
 */
function hasParticiple(text: string, segments: Segments, from: number, last: number): boolean {
  for (let at = from; at <= last; at++) {
    const token = segments.tokens[at]!;
    if (token.pos !== 'VERB' || segments.tokens[at - 1]?.pos === 'ADP') continue;
    const word = text.slice(token.start, token.end);
    if (/^[a-z]+ing$/u.test(word) && word !== 'according') return true;
  }
  return false;
}

/**
 * The single-word variant of rule 1: "CONTENT, the mayor said in a speech praising the staff"
 * with the phrase after "said" taken as a second content piece; that piece goes.
 */
function dropRunOnPiece(
  text: string,
  segments: Segments,
  candidate: AttributionCandidate,
  cueToken: number,
): AttributionCandidate {
  if (candidate.content.length < 2) return candidate;
  const after = segments.tokens[cueToken + 1];
  if (after === undefined) return candidate;
  const piece = candidate.content.find((part) => part.start === after.start);
  if (piece === undefined || !candidate.content.some((part) => part.end <= candidate.cue!.start))
    return candidate;
  const pieceLast = lastTokenBefore(segments, piece.end);
  if (pieceLast >= sentenceOf(segments, cueToken).end) return candidate;
  const drop = { ...candidate, content: candidate.content.filter((part) => part !== piece) };
  // "CONTENT, two aides said Monday" / "… said Monday, setting up a clash": the verb's time
  // adjunct, alone or before a participle, is no part of what was said
  const adjunctEnd = afterTimeAdjunct(segments, cueToken);
  if (adjunctEnd > cueToken + 1) {
    if (pieceLast < adjunctEnd) return drop;
    const next = isComma(text, segments.tokens[adjunctEnd]!) ? adjunctEnd + 1 : adjunctEnd;
    return next <= pieceLast && hasParticiple(text, segments, next, next) ? drop : candidate;
  }
  if (after.pos !== 'ADP') return candidate;
  // "in a speech praising …": a short noun phrase, then the participle.
  let at = cueToken + 2;
  while (at <= pieceLast && at <= cueToken + 6 && NOUN_PHRASE.has(segments.tokens[at]!.pos)) at++;
  if (at === cueToken + 2 || at > pieceLast || !hasParticiple(text, segments, at, at)) return candidate;
  return drop;
}

/**
 * The token after the verb `verb` and the bare time adjunct the parse hangs on it ("said Monday",
 * "said last week"): a noun phrase with no preposition (`obl:unmarked`, `obl:tmod`), which is no
 * object of a genuine multiword cue ("told reporters").
 */
function afterTimeAdjunct(segments: Segments, verb: number): number {
  const next = segments.tokens[verb + 1];
  if (next === undefined || next.head !== verb) return verb + 1;
  if (!relationIs(next.dep, 'obl:unmarked') && !relationIs(next.dep, 'obl:tmod')) return verb + 1;
  return new DependencyTree(segments.tokens).subtreeEnd(verb + 1) + 1;
}

/**
 * "His lawyer said Friday he had no comment on [the case]": a cue the tagger ran on into the verb's
 * own clausal complement (its subject right after the verb or its time adjunct). The complement,
 * cut of its final punctuation, is the content; null when the cue holds no such clause.
 */
function complementInsideCue(segments: Segments, verb: number, last: number): Span | null {
  const tokens = segments.tokens;
  // the cheap test first, on the cue's own tokens: a clause of the verb with its subject inside
  let clause = -1;
  for (let at = verb + 1; at < tokens.length && clause < 0 && tokens[at]!.head !== -1; at += 1)
    if (tokens[at]!.head === verb && relationIs(tokens[at]!.dep, 'ccomp')) clause = at;
  if (clause < 0) return null;
  // (an infinitive is no reported clause: "added 4% to close at a record")
  if (isInfinitive(tokens, clause)) return null;
  // the clause's subject inside the cue, or its first words ("said [around 4,000] people had …":
  // the tagger took the subject's modifiers into the cue)
  const tree = new DependencyTree(tokens);
  let subject = -1;
  for (let at = verb + 1; at < clause && subject < 0; at += 1)
    if (tokens[at]!.head === clause && relationIs(tokens[at]!.dep, 'nsubj')) subject = at;
  if (subject < 0) return null;
  if (subject > last) {
    let word = tree.subtreeStart(subject);
    while (word < subject && tokens[word]!.pos === 'PUNCT') word += 1;
    if (word > last) return null;
  }
  // its subject's words, after the verb and a bare time adjunct the parse may hang on the clause
  const start = tree.subtreeStart(subject);
  for (let at = verb + 1; at < start; at += 1) {
    let top = at;
    while (top >= 0 && top !== verb && top !== clause && !isTimeAdjunct(segments, top))
      top = segments.tokens[top]!.head;
    if (top === verb || top === clause || top < 0) return null;
  }
  const end = trimEnd(segments, start, tree.subtreeEnd(clause) + 1);
  return end < start ? null : spanOf(segments, start, end);
}

/** Whether a clause is an infinitive: a "to" marks its verb. */
function isInfinitive(tokens: readonly Token[], clause: number): boolean {
  for (let at = clause - 1; at >= 0 && at >= clause - 3; at -= 1) {
    const token = tokens[at]!;
    if (token.head === clause && token.dep === 'mark' && token.pos === 'PART') return true;
  }
  return false;
}

/** A bare noun phrase of time the parse hangs on a verb ("Friday", "last week"). */
function isTimeAdjunct(segments: Segments, token: number): boolean {
  const dep = segments.tokens[token]!.dep;
  return relationIs(dep, 'obl:unmarked') || relationIs(dep, 'obl:tmod');
}

/**
 * A cue that runs over a semicolon ("The deal is dead, he [said; the talks continue] on Monday"):
 * what follows the semicolon is the writer's next clause, so the cue ends before it and, when the
 * content came before the cue, no content is taken after it.
 */
function cutCueAtSemicolon(text: string, candidate: AttributionCandidate): AttributionCandidate {
  const cue = candidate.cue;
  if (cue === null) return candidate;
  const at = text.slice(cue.start, cue.end).indexOf(';');
  if (at <= 0) return candidate;
  const end = cue.start + text.slice(cue.start, cue.start + at).trimEnd().length;
  const before = candidate.content.filter((piece) => piece.end <= cue.start);
  const content =
    before.length > 0 ? before : candidate.content.filter((piece) => piece.end <= cue.start + at);
  if (content.length === 0) return candidate;
  return { ...candidate, cue: { start: cue.start, end }, content };
}

/** Rule 1: "SOURCE said in a statement praising …" → cue "said". */
function cutRunOnCue(
  text: string,
  segments: Segments,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const cue = candidate.cue;
  if (cue === null) return candidate;
  const first = tokenAt(segments, cue.start, true);
  const last = lastTokenBefore(segments, cue.end);
  if (!SPEECH_VERB.test(lower(text, segments.tokens[first]!))) return candidate;
  if (last === first) return dropRunOnPiece(text, segments, candidate, first);
  const after = afterTimeAdjunct(segments, first);
  if (after > last) return candidate;
  const complement = complementInsideCue(segments, first, last);
  if (complement !== null) {
    const before = candidate.content.filter((piece) => piece.end <= cue.start);
    return { ...candidate, cue: spanOf(segments, first, first), content: [...before, complement] };
  }
  const next = segments.tokens[after]!;
  // Genuine multiword cues ("told reporters", "said to be") continue with a noun or particle.
  if (next.pos !== 'ADP' && next.pos !== 'PUNCT' && next.pos !== 'VERB') return candidate;
  if (!hasParticiple(text, segments, after, last)) return candidate;
  const newCue = spanOf(segments, first, first);
  let content = candidate.content.filter((piece) => piece.end <= cue.start || piece.start >= cue.end);
  // Content after the run-on phrase belongs to the participle; when the source precedes the cue
  // after a comma, the content is the clause before that comma.
  const source = candidate.source;
  content = content.filter((piece) => piece.start < cue.start);
  if (content.length === 0 && source !== null && source.end <= cue.start) {
    const sourceFirst = tokenAt(segments, source.start, true);
    const sentence = sentenceOf(segments, first);
    const comma = sourceFirst - 1;
    if (comma > sentence.first && isComma(text, segments.tokens[comma]!)) {
      const start = trimStart(segments, sentence.first, comma - 1);
      const end = trimEnd(segments, start, comma);
      if (end >= start) content = [spanOf(segments, start, end)];
    }
  }
  return { ...candidate, cue: newCue, content };
}

/**
 * Rule 3: a content piece that runs into a later cue sharing its source ("denied the report and
 * insisted …", "said on Monday, adding that …") ends before the joining word. Returns the new
 * content pieces.
 */
function cutAtSharedCue(
  text: string,
  segments: Segments,
  candidate: AttributionCandidate,
  later: AttributionCandidate,
): Span[] | null {
  const laterCue = later.cue!;
  const piece = candidate.content.find((part) => part.start <= laterCue.start && laterCue.start < part.end);
  if (piece === undefined) return null;
  const cueFirst = tokenAt(segments, laterCue.start, true);
  const joint = cueFirst - 1;
  if (joint < 0) return null;
  const jointWord = lower(text, segments.tokens[joint]!);
  const coordinated = jointWord === 'and' || jointWord === 'but';
  const participle = jointWord === ',' && lower(text, segments.tokens[cueFirst]!).endsWith('ing');
  if (!coordinated && !participle) return null;
  const shared =
    later.source === null ||
    candidate.source === null ||
    (later.source.start === candidate.source.start && later.source.end === candidate.source.end);
  if (!shared) return null;
  // A verb inside a quotation ("“… rights, knowing that …”") is quoted speech, not a cue.
  let marks = 0;
  for (let at = piece.start; at < laterCue.start; at++) {
    const char = text[at]!;
    if (QUOTE_MARK.test(char)) marks++;
    else if ((char === "'" || char === '`') && text[at + 1] === char) {
      marks++;
      at++;
    }
  }
  if (marks % 2 === 1) return null;
  const pieceFirst = tokenAt(segments, piece.start, true);
  let end = joint;
  if (coordinated && end - 1 >= pieceFirst && isComma(text, segments.tokens[end - 1]!)) end--;
  let last = end - 1;
  while (last >= pieceFirst && /^[,;:]$/u.test(lower(text, segments.tokens[last]!))) last--;
  const rest = candidate.content.filter((part) => part !== piece);
  if (last >= pieceFirst) {
    // A bare adjunct ("on Tuesday") left before ", adding" is no content.
    const adjunct = segments.tokens[pieceFirst]!.pos === 'ADP' && participle;
    if (!adjunct) rest.push(spanOf(segments, pieceFirst, last));
  }
  return rest.sort((a, b) => a.start - b.start);
}

/**
 * Last token of a that-clause running from `first`: it stops before a comma or dash that leads
 * into a participle or an attribution ("…, saying …", "…, the minister said"), else at the end of
 * the sentence.
 */
function clauseEnd(text: string, segments: Segments, first: number, end: number): number {
  const tokens = segments.tokens;
  for (let at = first + 1; at < end; at++) {
    const word = lower(text, tokens[at]!);
    if (tokens[at]!.pos !== 'PUNCT' || !/^[,;—–-]$/u.test(word)) continue;
    let next = at + 1;
    while (next < end && QUOTE_MARK.test(lower(text, tokens[next]!))) next++;
    let speech = next < end && tokens[next]!.pos === 'VERB' && lower(text, tokens[next]!).endsWith('ing');
    for (let k = next; !speech && k < end && k <= next + 3; k++)
      speech = SPEECH_VERB.test(lower(text, tokens[k]!));
    if (speech) return trimEnd(segments, first, at);
  }
  return trimEnd(segments, first, end);
}

/** Reporting verbs that the tagger may miss after "and" ("denied X and suggested …"). */
const COORDINATED_CUE =
  /^(said|insisted|suggested|added|argued|claimed|denied|warned|noted|stressed|maintained|asserted|acknowledged|admitted|alleged|stated|explained|announced|predicted|contended|countered|conceded|hinted|implied)$/u;

/**
 * Rule 3 for a second verb the tagger missed: "CUE X and suggested CLAUSE" inside the content of
 * CUE becomes a candidate of its own with CUE's source.
 */
function splitCoordinated(
  text: string,
  segments: Segments,
  candidate: AttributionCandidate,
  cueStarts: ReadonlySet<number>,
): { first: AttributionCandidate; second: AttributionCandidate } | null {
  const tokens = segments.tokens;
  for (const piece of candidate.content) {
    const first = tokenAt(segments, piece.start, true);
    const last = lastTokenBefore(segments, piece.end);
    let marks = 0;
    for (let at = first; at < last - 1; at++) {
      const word = lower(text, tokens[at]!);
      if (QUOTE_MARK.test(word)) marks++;
      if (marks % 2 === 1 || (word !== 'and' && word !== 'but') || at === first) continue;
      const verb = tokens[at + 1]!;
      if (verb.pos !== 'VERB' || !COORDINATED_CUE.test(lower(text, verb)) || cueStarts.has(verb.start))
        continue;
      const next = tokens[at + 2]!;
      if (next.pos === 'PUNCT' && !QUOTE_MARK.test(lower(text, next))) continue;
      const sentence = sentenceOf(segments, at);
      const end = clauseEnd(text, segments, at + 2, Math.min(sentence.end, last + 1));
      if (end < at + 2) continue;
      let before = at - 1;
      while (before >= first && /^[,;:]$/u.test(lower(text, tokens[before]!))) before--;
      const content = candidate.content.filter((part) => part !== piece);
      if (before >= first) content.push(spanOf(segments, first, before));
      content.sort((a, b) => a.start - b.start);
      return {
        first: { ...candidate, content },
        second: {
          kind: 'indirect',
          cue: { start: verb.start, end: verb.end },
          source: candidate.source,
          content: [spanOf(segments, at + 2, end)],
        },
      };
    }
  }
  return null;
}

/**
 * Whether the noun at `at` has a possessor ("his", "the mayor's") and is followed by "that" opening
 * a clause with a subject of its own ("his position [that the council must repay]"), not a relative
 * clause ("the view that he held"), and is no evidence noun ("his sign that").
 */
function possessedClauseNoun(text: string, segments: Segments, at: number): boolean {
  const tokens = segments.tokens;
  const that = tokens[at + 1];
  if (that === undefined || lower(text, that) !== 'that' || that.dep !== 'mark') return false;
  const clause = that.head;
  if (clause <= at + 1 || clause >= tokens.length) return false;
  let subject = false;
  for (let index = at + 2; index < clause; index++)
    if (tokens[index]!.head === clause && /^(?:nsubj|expl)/u.test(tokens[index]!.dep)) subject = true;
  if (!subject) return false;
  let possessor = false;
  for (let index = at - 1; index >= 0 && index >= at - 4; index--)
    if (tokens[index]!.head === at && relationIs(tokens[index]!.dep, 'nmod:poss')) possessor = true;
  return possessor && !evidenceNoun(lower(text, tokens[at]!));
}

/** The nominal candidates found by `possessedClauseNoun` rather than the list, or with a possessive pronoun. */
const POSSESSED_NOUNS = new WeakSet<AttributionCandidate>();

/** A name, or a noun whose first WordNet sense is a person or a group ("police", "union"). */
function speakerNoun(text: string, token: Token): boolean {
  if (token.pos === 'PROPN') return true;
  // (a compound the tagger took for an adjective: "the union claim")
  if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return false;
  const lemma = baseFormOf(lower(text, token), 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  return file === NOUN_PERSON || file === NOUN_GROUP;
}

/** Rule 2: nominal cues found in the tokens. */
function nominalCandidates(text: string, segments: Segments): AttributionCandidate[] {
  const tokens = segments.tokens;
  const result: AttributionCandidate[] = [];
  let tree: DependencyTree | null = null;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') continue;
    const listed = NOMINAL_CUES.has(lower(text, token));
    // "his position that …", "her view that …": a message or belief noun with a possessive pronoun
    // and a that-clause the parse gives a subject of its own
    if (!listed && !(possessedClauseNoun(text, segments, at) && messageOrBeliefNoun(lower(text, token))))
      continue;
    const sentence = sentenceOf(segments, at);
    let source: Span | null = null;
    let thatAt = -1;
    let pronoun = false;
    if (at + 1 < sentence.end && lower(text, tokens[at + 1]!) === 'by') {
      // "claims by the council and local landlords that …": the by-NP runs up to "that".
      for (let k = at + 2; k < sentence.end && k <= at + 12; k++) {
        const word = lower(text, tokens[k]!);
        if (word === 'that') {
          thatAt = k;
          break;
        }
        if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') break;
      }
      if (thatAt > at + 2) source = spanOf(segments, at + 2, thatAt - 1);
    } else if (at + 1 < sentence.end && lower(text, tokens[at + 1]!) === 'that') {
      // "the governor's claim that …": the possessor is the source.
      let k = at - 1;
      while (k > sentence.first && tokens[k]!.pos === 'ADJ') k--;
      const possessive = k > sentence.first && /^['’]s?$/u.test(lower(text, tokens[k]!));
      if (tokens[k]!.pos === 'PRON' && relationIs(tokens[k]!.dep, 'nmod:poss') && tokens[k]!.head === at) {
        // "his view that …": the possessive pronoun is the source
        source = spanOf(segments, k, k);
        pronoun = true;
        thatAt = at + 1;
      } else if (
        listed &&
        at - 1 > sentence.first &&
        tokens[at - 1]!.head === at &&
        tokens[at - 1]!.dep === 'compound' &&
        speakerNoun(text, tokens[at - 1]!)
      ) {
        // "the police claim that …": a noun naming a person or group (WordNet's first sense) or a
        // name, as compound modifier right before the listed noun, is the source
        source = spanOf(segments, at - 1, at - 1);
        thatAt = at + 1;
      } else if (possessive) {
        let start = k - 1;
        while (
          start - 1 >= sentence.first &&
          ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM'].includes(tokens[start - 1]!.pos)
        )
          start--;
        if (['PROPN', 'NOUN', 'PRON'].includes(tokens[k - 1]!.pos)) {
          source = spanOf(segments, start, k - 1);
          thatAt = at + 1;
        }
      }
    }
    if (source === null || thatAt < 0) continue;
    let last = clauseEnd(text, segments, thatAt + 1, sentence.end);
    // "Despite her view that the bridge was unsafe, the council …": the clause the parse gives
    if (!listed) {
      tree ??= new DependencyTree(tokens);
      last = Math.min(last, tree.subtreeEnd(tokens[thatAt]!.head));
      while (last > thatAt && tokens[last]!.pos === 'PUNCT') last--;
    }
    if (last <= thatAt) continue;
    const candidate: AttributionCandidate = {
      kind: 'indirect',
      cue: { start: token.start, end: token.end },
      source,
      content: [spanOf(segments, thatAt, last)],
    };
    if (!listed || pronoun) POSSESSED_NOUNS.add(candidate);
    result.push(candidate);
  }
  return result;
}

/** A short source between the commas of a parenthetical cue: "he", "Mr Hale", "the minister". */
function parentheticalSource(segments: Segments, first: number, verb: number): boolean {
  const length = verb - first;
  if (length < 1 || length > 4) return false;
  for (let at = first; at < verb; at++) {
    const pos = segments.tokens[at]!.pos;
    if (pos !== 'PRON' && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'DET' && pos !== 'ADJ') return false;
  }
  return segments.tokens[verb - 1]!.pos !== 'DET' && segments.tokens[verb - 1]!.pos !== 'ADJ';
}

/**
 * Rule 5: a cue set off by commas inside reported speech, "In some towns, he said, permits were
 * impossible to get": cue = the verb, source = the words before it, content = the clause around it
 * (two pieces). Only in a sentence with no quotation mark, between two commas, with a speech verb
 * and a short source.
 */
function parentheticalCandidates(text: string, segments: Segments): AttributionCandidate[] {
  const tokens = segments.tokens;
  const result: AttributionCandidate[] = [];
  for (const sentence of segments.sentences) {
    if (QUOTE_MARK.test(text.slice(sentence.start, sentence.end))) continue;
    for (let comma = sentence.firstToken + 1; comma < sentence.endToken - 3; comma++) {
      if (!isComma(text, tokens[comma]!)) continue;
      let verb = comma + 1;
      while (verb < comma + 6 && verb < sentence.endToken && tokens[verb]!.pos !== 'VERB') verb++;
      const closing = verb + 1;
      if (verb >= sentence.endToken - 1 || !isComma(text, tokens[closing]!)) continue;
      if (!SPEECH_VERB.test(lower(text, tokens[verb]!))) continue;
      if (!parentheticalSource(segments, comma + 1, verb)) continue;
      let start = trimStart(segments, sentence.firstToken, comma - 1);
      if (start < comma - 1 && OPENING_CONJUNCTION.test(lower(text, tokens[start]!))) start += 1;
      const beforeLast = trimEnd(segments, start, comma);
      const afterFirst = trimStart(segments, closing + 1, sentence.endToken - 1);
      const afterLast = trimEnd(segments, afterFirst, sentence.endToken);
      // a whole clause after the cue: at least a subject and a verb
      if (beforeLast < start || afterLast - afterFirst < 2) continue;
      let clause = false;
      for (let at = afterFirst; at <= afterLast && !clause; at++)
        clause = tokens[at]!.pos === 'VERB' || tokens[at]!.pos === 'AUX';
      if (!clause) continue;
      result.push({
        kind: 'indirect',
        cue: spanOf(segments, verb, verb),
        source: spanOf(segments, comma + 1, verb - 1),
        content: [spanOf(segments, start, beforeLast), spanOf(segments, afterFirst, afterLast)],
      });
      break;
    }
  }
  return result;
}

/**
 * Rule 6: an inverted cue closing its sentence, "Online gaming could strain networks, warns
 * monitoring firm Sandvine.": cue = the speech verb right after the comma, source = the noun phrase
 * after it up to the end of the sentence (no verb in it), content = the clause before the comma. Only
 * in a sentence with no quotation mark. The verb is any verb of communication or cognition that takes
 * a that-clause in WordNet (`invertedReportVerb`): "…, predicts the report", "…, suggests a survey",
 * "…, reports the Daily Mail", which the tagger often reads as a noun ("claims his agent"). The noun
 * phrase may hold a possessive ("his agent"), a coordination ("former programmer and analyst Ann
 * Bell") and hyphenated words ("the think-tank").
 */
function invertedCandidates(text: string, segments: Segments): AttributionCandidate[] {
  const tokens = segments.tokens;
  const result: AttributionCandidate[] = [];
  for (const sentence of segments.sentences) {
    if (QUOTE_MARK.test(text.slice(sentence.start, sentence.end))) continue;
    const last = trimEnd(segments, sentence.firstToken, sentence.endToken);
    for (let comma = last - 2; comma > sentence.firstToken + 2; comma--) {
      if (!isComma(text, tokens[comma]!)) continue;
      const verb = comma + 1;
      if (!invertedReportVerb(text, tokens, verb)) break;
      const source = verb + 1;
      // the source's noun phrase, and after it at most prepositional phrases of noun phrases ("say
      // police in the city"), which are not the source unless "of" opens them
      let sourceEnd = last;
      let nounPhrase = true;
      for (let at = source; at <= last && nounPhrase; at++) {
        const pos = tokens[at]!.pos;
        if (pos === 'ADP' && at > source && at < last) {
          // ("a panel of experts": an "of" phrase belongs to the source)
          if (sourceEnd === last && lower(text, tokens[at]!) !== 'of') sourceEnd = at - 1;
          continue;
        }
        nounPhrase =
          NOUN_PHRASE.has(pos) || pos === 'PART' || innerSourceWord(text, tokens, at, source, last);
      }
      if (
        !nounPhrase ||
        !['NOUN', 'PROPN'].includes(tokens[last]!.pos) ||
        !['NOUN', 'PROPN'].includes(tokens[sourceEnd]!.pos)
      )
        break;
      let start = trimStart(segments, sentence.firstToken, comma - 1);
      if (start < comma - 1 && OPENING_CONJUNCTION.test(lower(text, tokens[start]!))) start += 1;
      const end = trimEnd(segments, start, comma);
      if (end - start < 2) break;
      result.push({
        kind: 'indirect',
        cue: spanOf(segments, verb, verb),
        source: spanOf(segments, source, sourceEnd),
        content: [spanOf(segments, start, end)],
      });
      break;
    }
  }
  return result;
}

/**
 * Whether the word after a comma reports as an inverted cue: a finite or base form (not "-ing",
 * not a participle after "have") of a verb whose frequent WordNet senses include verb.communication
 * or verb.cognition with a that-clause frame (reporting-predicate.ts): "warns", "predicts",
 * "suggests", "say", "believes"; not "ban", "reach", "order" with its noun-phrase object.
 */
function invertedReportVerb(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (token.pos !== 'VERB' && token.pos !== 'NOUN') return false;
  const word = lower(text, token);
  if (word.endsWith('ing') || !/^[a-z]+$/u.test(word)) return false;
  // a noun read as a verb only in its "-s" form with a determiner, a possessive or a name after it
  // ("claims his agent"; not "…, figures show.")
  if (token.pos === 'NOUN') {
    const next = tokens[at + 1];
    if (!word.endsWith('s') || next === undefined || !['DET', 'PRON', 'PROPN'].includes(next.pos))
      return false;
  }
  // "…, called podcasts": a participle naming the noun before it
  if (namingVerb(word)) return false;
  if (SPEECH_VERB.test(word)) return true;
  const found = reportingVerb(word);
  return found.clause && (found.communication || found.cognition);
}

/**
 * A word inside an inverted cue's source phrase besides its nouns and determiners: a possessive
 * pronoun ("his agent"), a conjunction between two nouns ("former programmer and analyst Ann
 * Bell"), or a hyphen inside a word ("the think-tank").
 */
function innerSourceWord(
  text: string,
  tokens: readonly Token[],
  at: number,
  first: number,
  last: number,
): boolean {
  const token = tokens[at]!;
  if (token.pos === 'PRON') return relationIs(token.dep, 'nmod:poss');
  if (at === first || at === last) return false;
  if (token.pos === 'CCONJ')
    return NOUN_PHRASE.has(tokens[at - 1]!.pos) && NOUN_PHRASE.has(tokens[at + 1]!.pos);
  return (
    token.pos === 'PUNCT' &&
    lower(text, token) === '-' &&
    tokens[at - 1]!.end === token.start &&
    tokens[at + 1]!.start === token.end
  );
}

const overlaps = (a: Span | null, b: Span | null) =>
  a !== null && b !== null && a.start < b.end && b.start < a.end;

/** A coordinating word that opens a sentence without belonging to what was said: "But …". */
const OPENING_CONJUNCTION = /^(?:but|and|yet|so|or)$/iu;

/**
 * Rule 4: the reported clause before an inverted attribution ("CONTENT, said SOURCE." / "CONTENT,
 * SOURCE said.") is the whole clause from the start of the sentence: in "But the surge in traffic
 * should be a wake-up call to the industry, said its chief technology officer" the content starts at
 * "the surge", not inside the clause where the pointer stopped. Only when the content is one unquoted
 * piece that ends at the comma before the attribution, and nothing else in the sentence before it
 * holds a cue. Returns the content, changed or not.
 */
function contentFromSentenceStart(
  text: string,
  segments: Segments,
  candidate: AttributionCandidate,
  cueStarts: readonly number[],
): readonly Span[] {
  const cue = candidate.cue;
  if (cue === null || candidate.content.length !== 1) return candidate.content;
  const piece = candidate.content[0] as Span;
  if (piece.end > cue.start || QUOTE_MARK.test(text.slice(piece.start, piece.end))) return candidate.content;
  const source = candidate.source;
  const attributionStart = source !== null && source.start < cue.start ? source.start : cue.start;
  if (source !== null && source.end > piece.start && source.start < piece.end) return candidate.content;
  // "CONTENT, said …": only a comma between the content and the attribution
  if (!/^\s*,\s*$/u.test(text.slice(piece.end, attributionStart))) return candidate.content;
  const first = tokenAt(segments, piece.start, true);
  const sentence = sentenceOf(segments, first);
  let start = trimStart(segments, sentence.first, first);
  if (start < first && OPENING_CONJUNCTION.test(lower(text, segments.tokens[start]!))) start += 1;
  if (start >= first) return candidate.content;
  const from = segments.tokens[start]!.start;
  if (cueStarts.some((other) => other >= from && other < piece.start)) return candidate.content;
  if (QUOTE_MARK.test(text.slice(from, piece.start))) return candidate.content;
  return [{ start: from, end: piece.end }];
}

/** Which rules run (all by default; the switches are for measuring each one). */
export interface RuleOptions {
  readonly runOn: boolean;
  readonly nominal: boolean;
  readonly shared: boolean;
  readonly inverted: boolean;
  readonly parenthetical: boolean;
}

export const RULE_DEFAULTS: RuleOptions = {
  runOn: true,
  nominal: true,
  shared: true,
  inverted: true,
  parenthetical: true,
};

export function applyAttributionRules(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
  options: RuleOptions = RULE_DEFAULTS,
): AttributionCandidate[] {
  if (candidates.length === 0 && segments.tokens.length === 0) return [];
  const withCue: { candidate: AttributionCandidate; old: number }[] = [];
  const continuations: { candidate: AttributionCandidate; old: number }[] = [];
  candidates.forEach((candidate, old) => {
    if (candidate.cue === null) continuations.push({ candidate, old });
    else
      withCue.push({
        candidate: !options.runOn
          ? candidate
          : cutRunOnCue(text, segments, cutCueAtSemicolon(text, candidate)),
        old,
      });
  });
  // Rule 4, the clause before an inverted attribution.
  if (options.inverted) {
    const cueStarts = withCue.map((entry) => entry.candidate.cue!.start);
    for (const entry of withCue) {
      const content = contentFromSentenceStart(text, segments, entry.candidate, cueStarts);
      if (content !== entry.candidate.content) entry.candidate = { ...entry.candidate, content };
    }
  }
  // Rule 3, over neighbouring candidates in text order.
  for (let i = 0; options.shared && i + 1 < withCue.length; i++) {
    const current = withCue[i]!;
    const next = withCue[i + 1]!;
    const cut = cutAtSharedCue(text, segments, current.candidate, next.candidate);
    if (cut === null) continue;
    current.candidate = { ...current.candidate, content: cut };
    if (next.candidate.source === null && current.candidate.source !== null)
      next.candidate = { ...next.candidate, source: current.candidate.source };
  }
  // Rule 3, coordinated reporting verbs the tagger missed.
  if (options.shared) {
    const cueStarts = new Set(withCue.map((entry) => entry.candidate.cue!.start));
    const found: { candidate: AttributionCandidate; old: number }[] = [];
    for (const entry of withCue) {
      const split = splitCoordinated(text, segments, entry.candidate, cueStarts);
      if (split === null) continue;
      entry.candidate = split.first;
      found.push({ candidate: split.second, old: -1 });
    }
    withCue.push(...found);
  }
  // Rule 2.
  const nominal = !options.nominal ? [] : nominalCandidates(text, segments);
  const drop = new Set<number>();
  const added: { candidate: AttributionCandidate; old: number }[] = [];
  for (const candidate of nominal) {
    const same = withCue.find((entry) => overlaps(entry.candidate.cue, candidate.cue));
    if (same) {
      if (same.candidate.source === null)
        same.candidate = { ...same.candidate, source: candidate.source, content: candidate.content };
      continue;
    }
    // "maintained [her view that …]": the verb's report already holds the noun, its possessor and
    // its clause as its content (not "believes the plan will underpin his claim that …")
    if (
      POSSESSED_NOUNS.has(candidate) &&
      withCue.some((entry) =>
        entry.candidate.content.some(
          (piece) => piece.start === candidate.source!.start && piece.end >= candidate.cue!.end,
        ),
      )
    )
      continue;
    withCue.forEach((entry, index) => {
      const governing = entry.candidate;
      const covers = governing.content.some((piece) => overlaps(piece, candidate.cue));
      if (covers && NON_REPORTING.test(lower(text, governing.cue!))) drop.add(index);
    });
    added.push({ candidate, old: -1 });
  }
  // Rule 5.
  if (options.parenthetical)
    for (const candidate of parentheticalCandidates(text, segments)) {
      const same = withCue.find((entry) => overlaps(entry.candidate.cue, candidate.cue));
      if (same === undefined) added.push({ candidate, old: -1 });
      // the cue found with a content that misses the clause after it (a quotation before it)
      else if (!same.candidate.content.some((piece) => overlaps(piece, candidate.content[1] ?? null)))
        same.candidate = { ...same.candidate, source: candidate.source, content: candidate.content };
    }
  // Rule 6.
  if (options.parenthetical)
    for (const candidate of invertedCandidates(text, segments)) {
      if (added.some((entry) => overlaps(entry.candidate.cue, candidate.cue))) continue;
      const same = withCue.find((entry) => overlaps(entry.candidate.cue, candidate.cue));
      if (same === undefined) added.push({ candidate, old: -1 });
      // source and content read the wrong way round: the clause taken for the source
      else if (!same.candidate.content.some((piece) => overlaps(piece, candidate.content[0] ?? null)))
        same.candidate = { ...same.candidate, source: candidate.source, content: candidate.content };
    }
  const kept = [...withCue.filter((_, index) => !drop.has(index)), ...added].sort(
    (a, b) => a.candidate.cue!.start - b.candidate.cue!.start,
  );
  const newIndex = new Map<number, number>();
  const result: AttributionCandidate[] = [];
  for (const entry of kept) {
    if (entry.old >= 0) newIndex.set(entry.old, result.length);
    result.push(entry.candidate);
  }
  for (const entry of continuations) {
    const parent =
      entry.candidate.continues === undefined ? undefined : newIndex.get(entry.candidate.continues);
    if (parent === undefined) continue;
    newIndex.set(entry.old, result.length);
    result.push({ ...entry.candidate, continues: parent });
  }
  return result;
}
