import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, isPassive } from '../../grammar/index.js';
import { tokenAt } from '../../names/token-index.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, CONTENT, CUE, type Proposal, type ReportPass } from './add-reports.js';
import type { Quotation } from '../quotes/index.js';
import { passiveSubject } from './accusations.js';
import { reportingVerb } from './reporting-predicate.js';

/**
 * "“The bridge must be rebuilt,” Mark Olsen was quoted as saying by the agency": the cue is the
 * whole "was quoted as saying" (a passive verb of speech followed by "as" and a participle that
 * reports), and the one quoted is the passive subject, not the agency that quoted him. A candidate
 * whose cue stops at the passive verb gets the cue up to the participle and, when it has no source,
 * the passive subject's phrase.
 */
export function repairQuotedAsSaying(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  let tree: DependencyTree | null = null;
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  return candidates.map((candidate) => {
    const cue = candidate.cue;
    if (cue === null) return candidate;
    let verb = -1;
    for (let at = tokenAt(tokens, cue.start); at >= 0 && at < tokens.length; at += 1) {
      const token = tokens[at] as Token;
      if (token.start >= cue.end) break;
      if (token.pos === 'VERB') verb = at;
    }
    if (verb < 0 || verb + 2 >= tokens.length) return candidate;
    const participle = verb + 2;
    if (
      word(verb + 1).toLowerCase() !== 'as' ||
      !/^\p{Ll}+ing$/u.test(word(participle)) ||
      !reportingVerb((tokens[participle] as Token).lemma || word(participle)).communication ||
      !reportingVerb((tokens[verb] as Token).lemma || word(verb)).communication
    )
      return candidate;
    tree ??= new DependencyTree(tokens);
    if (!isPassive(tree, verb)) return candidate;
    const subject = passiveSubject(tree, verb);
    const extended: Span = { start: cue.start, end: Math.max(cue.end, (tokens[participle] as Token).end) };
    if (candidate.source !== null || subject < 0 || subject > verb) return { ...candidate, cue: extended };
    const source: Span = {
      start: (tokens[tree.subtreeStart(subject)] as Token).start,
      end: (tokens[Math.min(tree.subtreeEnd(subject), verb - 1)] as Token).end,
    };
    if (candidate.content.some((piece) => piece.start < source.end && source.start < piece.end))
      return { ...candidate, cue: extended };
    return { ...candidate, cue: extended, source };
  });
}

/**
 * "Mr Lind was quoted as saying the plant would close": a report the span finder misses when the
 * content is reported speech, not a quotation. A passive verb of speech ("quoted", "reported"),
 * "as", a participle of speech with a clausal complement after it, and a passive subject before the
 * verb: cue = "was quoted as saying", source = the subject's phrase, content = the complement
 * ("that" left out). Nothing is added where a candidate's cue or content already holds the verb.
 */
function* quotedAsSayingProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  for (let verb = 1; verb + 3 < tokens.length; verb += 1) {
    const participle = verb + 2;
    const token = tokens[verb] as Token;
    if (
      token.pos !== 'VERB' ||
      word(verb + 1).toLowerCase() !== 'as' ||
      !/^\p{Ll}+ing$/u.test(word(participle)) ||
      !isPassive(tree, verb) ||
      !reportingVerb((tokens[participle] as Token).lemma || word(participle)).communication ||
      !reportingVerb(token.lemma || word(verb)).communication
    )
      continue;
    const complement = tree.dependent(participle, 'ccomp');
    const subject = passiveSubject(tree, verb);
    if (complement < participle || subject < 0 || subject > verb) continue;
    let first = tree.subtreeStart(complement);
    if (first <= participle) continue;
    if (word(first).toLowerCase() === 'that') first += 1;
    let last = tree.subtreeEnd(complement);
    while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
    if (last <= first || /^["“”‘’']/u.test(word(first))) continue;
    let cueFirst = verb;
    while (cueFirst > subject + 1 && (tokens[cueFirst - 1] as Token).head === verb) cueFirst -= 1;
    const cue: Span = { start: (tokens[cueFirst] as Token).start, end: (tokens[participle] as Token).end };
    const source: Span = {
      start: (tokens[tree.subtreeStart(subject)] as Token).start,
      end: (tokens[Math.min(tree.subtreeEnd(subject), cueFirst - 1)] as Token).end,
    };
    yield {
      candidate: {
        kind: 'indirect',
        cue,
        source,
        content: [{ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end }],
      },
    };
  }
}

/** Nothing is added where a candidate's cue or content already holds the verb. */
export const QUOTED_AS_SAYING: ReportPass = {
  propose: quotedAsSayingProposals,
  guards: [{ held: CUE | CONTENT, checked: CUE }],
};

export function addQuotedAsSaying(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, QUOTED_AS_SAYING);
}

/** A "quoted … as saying" frame on the parse. */
interface QuotedFrame {
  /** The verb of speech ("quoted") and its participle ("saying"). */
  readonly verb: number;
  readonly participle: number;
  /** The one quoted: the passive subject, or the active verb's object; first and last token. */
  readonly quoted: readonly [number, number];
  /** First token of the clause (the passive subject, or the active subject: the outlet). */
  readonly clauseStart: number;
  readonly cue: Span;
}

/** Closing quotation marks of a quotation that ends right before an attribution clause. */
const CLOSING_MARK = /^(?:["”’'»]|'')$/u;

/**
 * "Mark Olsen was quoted by the Courier as saying" and "the Courier quoted Mark Olsen, a spokesman,
 * as saying": a verb of speech whose subtree holds "as" and a participle of speech right after it.
 * The one quoted is the passive subject, or the object of the active verb (the subject is then the
 * outlet that quoted him). Cue: passive, from the first auxiliary to the participle ("was quoted by
 * the Courier as saying"); active, "as saying" (the verb's own span would hold the one quoted).
 */
function quotedFrames(text: string, tree: DependencyTree): QuotedFrame[] {
  const tokens = tree.tokens;
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  const frames: QuotedFrame[] = [];
  for (let participle = 2; participle < tokens.length; participle += 1) {
    const token = tokens[participle] as Token;
    if (token.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(word(participle))) continue;
    if (word(participle - 1).toLowerCase() !== 'as') continue;
    if (!reportingVerb(token.lemma || word(participle)).communication) continue;
    // the verb of speech: the nearest verb before "as" that dominates the participle
    let verb = -1;
    for (let at = participle - 2; at >= 0 && participle - at <= 16; at -= 1) {
      const candidate = tokens[at] as Token;
      // "The Courier quotes the winger as saying": a verb the tagger took for a plural noun
      const predicate =
        candidate.pos === 'NOUN' && tree.dependent(at, 'nsubj') >= 0 && tree.dependent(at, 'obj') > at;
      if (candidate.pos === 'VERB' || predicate) {
        if (tree.dominates(at, participle)) verb = at;
        break;
      }
    }
    if (verb < 0) continue;
    const verbToken = tokens[verb] as Token;
    if (!reportingVerb(verbToken.lemma || word(verb)).communication) continue;
    const asToken = tokens[participle - 1] as Token;
    if (isPassive(tree, verb)) {
      const subject = passiveSubject(tree, verb);
      if (subject < 0 || subject > verb) continue;
      let cueFirst = verb;
      while (cueFirst > subject + 1 && (tokens[cueFirst - 1] as Token).head === verb) cueFirst -= 1;
      const clauseStart = tree.subtreeStart(subject);
      frames.push({
        verb,
        participle,
        quoted: [clauseStart, Math.min(tree.subtreeEnd(subject), cueFirst - 1)],
        clauseStart,
        cue: { start: (tokens[cueFirst] as Token).start, end: token.end },
      });
      continue;
    }
    const object = tree.dependent(verb, 'obj');
    const subject = tree.dependent(verb, 'nsubj');
    if (object < verb || object >= participle || subject < 0 || subject > verb) continue;
    let last = Math.min(tree.subtreeEnd(object), participle - 2);
    while (last > object && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
    frames.push({
      verb,
      participle,
      quoted: [tree.subtreeStart(object), last],
      clauseStart: tree.subtreeStart(subject),
      cue: { start: asToken.start, end: token.end },
    });
  }
  return frames;
}

/**
 * The words of the one quoted in a "quoted … as saying" frame (`quotedFrames`):
 * - a quotation right before the frame, `“We need the crews back,” Kolar was quoted by the Courier
 *   as saying.` / `“…,” the Courier quoted a spokesman as saying.`: the candidate of that quotation
 *   (made here when none has it) gets the one quoted as its source and the frame's cue;
 * - reported speech after an active frame, "The Courier quoted Kolar as saying the crews would
 *   return": a candidate for Kolar (cue "as saying", content the participle's complement) inside the
 *   Courier's, which holds it as its content.
 * The passive form with reported speech after it is `addQuotedAsSaying`'s.
 */
export function attributeQuotedAsSaying(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
  quotations: readonly Quotation[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  const tree = new DependencyTree(tokens);
  const result = [...candidates];
  const spanOf = (first: number, last: number): Span => ({
    start: (tokens[first] as Token).start,
    end: (tokens[last] as Token).end,
  });
  const holds = (span: Span, at: Span): boolean => span.start < at.end && at.start < span.end;
  for (const frame of quotedFrames(text, tree)) {
    const source = spanOf(frame.quoted[0], frame.quoted[1]);
    // a quotation that closes right before the clause (a comma may stand inside or outside the marks)
    let before = frame.clauseStart - 1;
    if (before >= 0 && text.slice((tokens[before] as Token).start, (tokens[before] as Token).end) === ',')
      before -= 1;
    const closing = tokens[before];
    // in the frame's sentence: "“We won.” The paper quoted him as saying he would stay." is no frame
    // of the quotation before
    const sentence = segments.sentences.find(
      (candidate) => candidate.firstToken <= frame.verb && frame.verb < candidate.endToken,
    );
    if (
      closing !== undefined &&
      sentence !== undefined &&
      before >= sentence.firstToken &&
      closing.pos === 'PUNCT' &&
      CLOSING_MARK.test(text.slice(closing.start, closing.end))
    ) {
      const quotation = quotations.find(
        (quote) => quote.level === 0 && quote.close !== null && quote.close.end === closing.end,
      );
      if (quotation === undefined) continue;
      const content: Span[] = [];
      for (let piece: Quotation | undefined = quotation; piece !== undefined;) {
        content.unshift(piece.outer);
        piece = piece.continues >= 0 ? quotations[piece.continues] : undefined;
      }
      const own = result.findIndex(
        (candidate) =>
          candidate.content.some((piece) => holds(piece, quotation.inner)) ||
          (candidate.cue !== null && holds(candidate.cue, frame.cue)),
      );
      const made: AttributionCandidate = { kind: 'direct', cue: frame.cue, source, content };
      if (own < 0) result.push(made);
      else result[own] = { ...(result[own] as AttributionCandidate), ...made };
      continue;
    }
    // passive, reported speech after it: the whole frame is the cue ("was quoted by the Courier as saying")
    if (isPassive(tree, frame.verb)) {
      const own = result.findIndex(
        (candidate) => candidate.cue !== null && holds(candidate.cue, spanOf(frame.verb, frame.participle)),
      );
      if (own >= 0) result[own] = { ...(result[own] as AttributionCandidate), cue: frame.cue, source };
      continue;
    }
    // a quotation right after an active frame: "quoted the winger as saying: “…”"
    let next = frame.participle + 1;
    if (
      next < tokens.length &&
      /^[:,]$/u.test(text.slice((tokens[next] as Token).start, (tokens[next] as Token).end))
    )
      next += 1;
    const opening = tokens[next];
    const after =
      opening === undefined
        ? undefined
        : quotations.find((quote) => quote.level === 0 && quote.open.start === opening.start);
    if (after !== undefined) {
      if (result.some((candidate) => candidate.cue !== null && holds(candidate.cue, frame.cue))) continue;
      const content: Span[] = [after.outer];
      for (let piece = after.continuedBy; piece >= 0; piece = (quotations[piece] as Quotation).continuedBy)
        content.push((quotations[piece] as Quotation).outer);
      result.push({ kind: 'direct', cue: frame.cue, source, content });
      continue;
    }
    // reported speech after an active frame
    const complement = tree.dependent(frame.participle, 'ccomp');
    if (complement < frame.participle) continue;
    let first = tree.subtreeStart(complement);
    if (first <= frame.participle) continue;
    if (/^that$/iu.test(text.slice((tokens[first] as Token).start, (tokens[first] as Token).end))) first += 1;
    let last = tree.subtreeEnd(complement);
    while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
    if (last <= first) continue;
    if (result.some((candidate) => candidate.cue !== null && holds(candidate.cue, frame.cue))) continue;
    result.push({ kind: 'indirect', cue: frame.cue, source, content: [spanOf(first, last)] });
  }
  return result;
}
