import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import { spansOverlap } from '../../../model/span.js';
import type { AttributionCandidate } from '../candidate.js';
import { keepCandidates } from './keep-candidates.js';
import { tokenAt } from '../../names/token-index.js';
import { withoutDateline } from './source-phrases.js';
import { reportingVerb } from './reporting-predicate.js';
import { ADDRESSEE_VERBS } from '../quotes/speech-verbs.js';

/**
 * Content stops where the reported words stop:
 *
 * - reported speech (no quotation mark) lies in the cue's own sentence: in "New rules cut costs, she
 *   added. The airline's chief also warned that …" the second sentence is someone else's, so a
 *   piece of content in a later sentence is dropped, and a piece running past the end of the cue's
 *   sentence is cut there (a quotation that follows it stays, as a piece of its own);
 * - a quotation ends at its closing mark: in "“Nothing was agreed,” Ms Novak testified. The hearing
 *   resumes on Monday" the writer's words after the mark are cut off (a piece that opens with a
 *   mark keeps everything up to its last closing mark inside the cue's sentence or later ones, since
 *   a quotation may run over several sentences).
 *
 * - reported speech ends with its clause: the narrator's next verb coordinated with the cue's
 *   clause ("Mayor Alder said the bridge would reopen [and then left for the capital]": "left"
 *   cannot share "would", so it is the mayor's act, not her words) and a sentential "which" that
 *   comments on the report ("said the vote was rigged[, which surprised his supporters]") are the
 *   writer's, read on the parse.
 *
 * Cuts fall on token boundaries (the span finder's pieces are whole tokens), never inside
 * "hand-picked", ".45" or "O'Neill". A candidate left with no content is dropped.
 */

const OPENING = /^["“‘'«„]/u;
const CLOSING = /["”’'»]/gu;
/** After a closing mark: a new sentence of the writer's (a capital first, or after a full stop). */
const WRITER_SENTENCE = /^[\s,]*\p{Lu}|[.!?]\s+\p{Lu}/u;

function sentenceIndexAt(segments: Segments, offset: number): number {
  const sentences = segments.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((sentences[middle] as Span).start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The end of the last token before `limit` that is not punctuation: the sentence's own final "."
 * goes, the point of "U.S." (inside its token) stays.
 */
function lastWordEnd(segments: Segments, limit: number): number {
  const tokens = segments.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= limit) low = middle + 1;
    else high = middle;
  }
  for (let position = low - 1; position >= 0; position -= 1) {
    const token = tokens[position] as Token;
    if (token.pos !== 'PUNCT') return token.end;
  }
  return 0;
}

/** A quoted piece cut after its last closing mark, or the piece itself. */
function endAtClosingMark(text: string, piece: Span): Span {
  const body = text.slice(piece.start, piece.end);
  if (!OPENING.test(body)) return piece;
  let last = -1;
  CLOSING.lastIndex = 1;
  for (let match = CLOSING.exec(body); match !== null; match = CLOSING.exec(body)) {
    // an apostrophe inside a word ("O'Neill", "don't") closes nothing
    const after = body[match.index + 1];
    if (match[0] === "'" || match[0] === '’') if (after !== undefined && /\p{L}/u.test(after)) continue;
    last = match.index + 1;
  }
  if (last <= 0 || last >= body.length) return piece;
  // only the writer's words after the mark are cut: ",” Ms Novak testified. The hearing …"
  // only the writer's next sentence after the mark is cut ("” The hearing resumes …"), not the
  // rest of a mixed report ("“between 100 and 200” could die")
  const rest = body.slice(last);
  return WRITER_SENTENCE.test(rest) ? { start: piece.start, end: piece.start + last } : piece;
}

/**
 * A quotation interrupted by the writer, taken as one piece: “We ran hard,” [the coach said
 * later], “and it paid off.” The writer's stretch after a closing mark that follows a comma, "!" or
 * "?" goes when it holds a verb of communication and no quotation mark, and runs to the next
 * opening mark or to the piece's end: the piece becomes the quoted parts (the contract's content is
 * an array of spans for this). A quotation that goes on after a verb that is not the candidate's
 * own cue ("“…,” he told the radio. “…”" inside a piece of "said") is left whole, and so is any
 * other piece (the one element).
 */
const INTERRUPTION = /[,!?]["”]([^"“”]{2,160}?)(?:[.,:;]\s*)?(?=["“]|$)/gu;

function withoutWritersInterruption(text: string, segments: Segments, piece: Span, cue: Span): Span[] {
  const body = text.slice(piece.start, piece.end);
  if (!OPENING.test(body)) return [piece];
  const pieces: Span[] = [];
  let from = piece.start;
  INTERRUPTION.lastIndex = 1;
  for (let match = INTERRUPTION.exec(body); match !== null; match = INTERRUPTION.exec(body)) {
    const stretchStart = piece.start + match.index + 2;
    const stretchEnd = piece.start + match.index + match[0].length;
    const stretch = (match[1] ?? '').trim();
    if (!/^\p{Ll}|^\p{Lu}\p{L}*\s/u.test(stretch) || stretch.split(/\s+/u).length > 12) continue;
    const tokens = segments.tokens;
    let verb = false;
    let ownCue = false;
    for (
      let at = tokenAt(tokens, stretchStart);
      at < tokens.length && (tokens[at] as Token).end <= stretchEnd;
      at += 1
    ) {
      const token = tokens[at] as Token;
      if (token.start < stretchStart || token.pos !== 'VERB') continue;
      if (!reportingVerb(token.lemma || text.slice(token.start, token.end)).communication) continue;
      verb = true;
      if (token.start >= cue.start && token.end <= cue.end) ownCue = true;
    }
    if (!verb) continue;
    // a quotation that goes on after another speaker's cue is that speaker's: left to the rules
    // that share quotations out
    if (!ownCue && stretchEnd < piece.end) return [piece];
    pieces.push({ start: from, end: stretchStart });
    from = stretchEnd;
  }
  if (pieces.length === 0) return [piece];
  if (from < piece.end && OPENING.test(text.slice(from, piece.end)))
    pieces.push({ start: from, end: piece.end });
  return pieces;
}

/** Whether the token is the cue's verb (any verb when the cue is not known). */
function isCueVerb(token: Token, cue: Span | null): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  return cue === null || (token.start >= cue.start && token.end <= cue.end);
}

const MODALS = /^(?:would|will|could|can|should|may|might|must|shall|'ll|'d)$/iu;
const PRESENT_AUXILIARY = /^(?:am|is|are|has|have|does|do|'s|'re|'ve|'m)$/iu;
const PAST_AUXILIARY = /^(?:was|were|had|did)$/iu;

/**
 * The form of a verb read from its word and lemma: "-ing", the base form ("refrain"), the third
 * person present ("looks") or a past form ("said", "left").
 */
export function verbForm(word: string, lemma: string): 'ing' | 'base' | 'present' | 'past' {
  const lower = word.toLowerCase();
  const base = lemma.toLowerCase();
  if (lower === base) return 'base';
  if (/ing$/u.test(lower)) return 'ing';
  if (
    lower === `${base}s` ||
    lower === `${base}es` ||
    (/y$/u.test(base) && lower === `${base.slice(0, -1)}ies`)
  )
    return 'present';
  return 'past';
}

/**
 * The form of a verb group, for telling the reported clause's verbs from the narrator's next act: a
 * group whose first auxiliary or copula is a modal is 'modal' ("would reopen", "could be changed"),
 * another with an auxiliary or copula has that word's form ("was blocking" past, "has said"
 * present), a lone verb its own (`verbForm`).
 */
export function groupForm(
  text: string,
  tree: DependencyTree,
  verb: number,
): 'modal' | 'ing' | 'base' | 'present' | 'past' {
  const tokens = tree.tokens;
  const first = tree.dependents(verb, ['aux', 'cop']).find((at) => at < verb);
  const word = (at: number): string => text.slice((tokens[at] as Token).start, (tokens[at] as Token).end);
  if (first === undefined) return verbForm(word(verb), (tokens[verb] as Token).lemma);
  if (MODALS.test(word(first))) return 'modal';
  if (PRESENT_AUXILIARY.test(word(first))) return 'present';
  if (PAST_AUXILIARY.test(word(first))) return 'past';
  return verbForm(word(first), (tokens[first] as Token).lemma);
}

const SINGULAR_FINITE = /^(?:was|is|has|does|'s)$/iu;
const PLURAL_FINITE = /^(?:were|are|have|do|'re|'ve)$/iu;
const SINGULAR_PRONOUN = /^(?:he|she|it|this|that|who)$/iu;
const PLURAL_PRONOUN = /^(?:they|we|these|those)$/iu;

/** The grammatical number of a subject read on the parse, or null when the words do not tell. */
function subjectNumber(text: string, tree: DependencyTree, subject: number): 'one' | 'many' | null {
  const token = tree.tokens[subject] as Token;
  const word = text.slice(token.start, token.end);
  if (tree.dependent(subject, 'conj') > subject) return 'many';
  if (token.pos === 'PRON')
    return SINGULAR_PRONOUN.test(word) ? 'one' : PLURAL_PRONOUN.test(word) ? 'many' : null;
  // a name tells nothing ("Police are", "Reuters is")
  if (token.pos !== 'NOUN') return null;
  return word.toLowerCase() === token.lemma.toLowerCase() ? 'one' : /s$/iu.test(word) ? 'many' : null;
}

/**
 * Whether the verb group of `verb` (with no subject of its own) cannot agree with the subject of
 * `owner`: "the coach insisted … [and were not meant to hurt]": "were" is no verb of the coach's,
 * so the conjunct goes on with the reported clause. Read on the first auxiliary or copula ("was",
 * "were", "has", "have") or a verb in "-s".
 */
export function disagreesWithSubject(
  text: string,
  tree: DependencyTree,
  verb: number,
  owner: number,
): boolean {
  return agreement(text, tree, verb, owner) === 'disagrees';
}

/** Whether the verb group of `verb` agrees in number with the subject of `owner`; null when the words do not tell. */
function agreement(
  text: string,
  tree: DependencyTree,
  verb: number,
  owner: number,
): 'agrees' | 'disagrees' | null {
  const tokens = tree.tokens;
  const subject = tree.dependents(owner, ['nsubj', 'nsubj:pass']).find((at) => at < owner);
  if (subject === undefined) return null;
  const number = subjectNumber(text, tree, subject);
  if (number === null) return null;
  const finite = tree.dependents(verb, ['aux', 'cop']).find((at) => at < verb) ?? verb;
  const token = tokens[finite] as Token;
  const word = text.slice(token.start, token.end);
  let own: 'one' | 'many' | null = null;
  if (SINGULAR_FINITE.test(word) || (finite === verb && verbForm(word, token.lemma) === 'present'))
    own = 'one';
  else if (PLURAL_FINITE.test(word)) own = 'many';
  if (own === null) return null;
  return own === number ? 'agrees' : 'disagrees';
}

/**
 * Where a reported clause after its cue ends, read on the parse: the token index of the "and" of
 * the narrator's coordinated verb or of the comma before a sentential "which"; -1 when the piece
 * is the reported clause throughout.
 */
/**
 * Whether the words after the comma at `comma` up to `last` are a clause "SUBJECT (AUX) VERB …"
 * whose verb reports speech and takes no object or clause after it ("he was quoted as saying by the
 * agency", "officials told reporters").
 */
function trailingReport(text: string, tree: DependencyTree, comma: number, last: number): boolean {
  const tokens = tree.tokens;
  for (let verb = comma + 2; verb <= last; verb += 1) {
    const token = tokens[verb] as Token;
    if (token.pos !== 'VERB') continue;
    if (!reportingVerb(token.lemma || text.slice(token.start, token.end)).communication) return false;
    const subject = tree.dependents(verb, ['nsubj', 'nsubj:pass']).find((at) => at > comma && at < verb);
    if (subject === undefined || tree.subtreeStart(subject) !== comma + 1) return false;
    if (tree.subtreeEnd(verb) < last) return false;
    // a citation of a person ("he was quoted", "Olsen told him"), not "a method allowed for …"; a
    // noun subject only with nothing said after the verb ("…, the spokesman said")
    const passive = tree.dependents(verb, ['aux:pass']).length > 0;
    const objects = tree.dependents(verb, ['obj', 'iobj', 'ccomp', 'xcomp']).filter((at) => at > verb);
    if (
      !passive &&
      !/^(?:PRON|PROPN)$/u.test((tokens[subject] as Token).pos) &&
      !((tokens[subject] as Token).pos === 'NOUN' && objects.length === 0)
    )
      return false;
    // nothing said after the verb: only where, when, by whom, and "as saying"
    for (let at = verb + 1; at <= last; at += 1) {
      const child = tokens[at] as Token;
      if (child.head !== verb || child.pos === 'PUNCT') continue;
      if (/^(?:obl|advmod|nmod)/u.test(child.dep)) continue;
      if (
        child.dep === 'advcl' &&
        at === verb + 2 &&
        /^as$/iu.test(text.slice(tokens[verb + 1]!.start, tokens[verb + 1]!.end))
      )
        continue;
      if (child.dep === 'obj' && child.pos === 'PRON') continue;
      // the people addressed: "…, he told activists", "…, she told the committee"
      if (
        (child.dep === 'obj' || child.dep === 'iobj') &&
        /^(?:NOUN|PROPN)$/u.test(child.pos) &&
        ADDRESSEE_VERBS.has(text.slice(token.start, token.end).toLowerCase()) &&
        tree.dependents(verb, ['ccomp', 'xcomp']).length === 0
      )
        continue;
      return false;
    }
    return tree
      .dependents(verb, ['advmod'])
      .every((at) => !/^(?:not|n['’]t|never)$/iu.test(text.slice(tokens[at]!.start, tokens[at]!.end)));
  }
  return false;
}

export function reportedClauseCut(
  text: string,
  tree: DependencyTree,
  piece: Span,
  cueParticiple = false,
  cue: Span | null = null,
): number {
  const tokens = tree.tokens;
  const first = tokenAt(tokens, piece.start);
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).start < piece.end) end += 1;
  let last = end - 1;
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  let cueVerb = -1;
  if (cue !== null)
    for (
      let at = tokenAt(tokens, cue.start);
      at < tokens.length && (tokens[at] as Token).start < cue.end;
      at += 1
    )
      if ((tokens[at] as Token).pos === 'VERB') cueVerb = at;
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  for (let at = first + 1; at < end; at += 1) {
    const token = tokens[at] as Token;
    // "… the ferry will stop next month[, he was quoted as saying by the agency]": a trailing clause
    // of its own subject and a reporting verb that completes nothing after it is the writer's
    // citation, not the reported words
    if (word(at) === ',' && trailingReport(text, tree, at, last)) return at;
    // ", which surprised his supporters": a relative on a verb (not on a noun) that runs to the end
    // (not after a noun or a number: "over the limit of 10,000, which was reached …" is the limit's)
    if (
      /^which$/iu.test(word(at)) &&
      word(at - 1) === ',' &&
      /^nsubj/u.test(token.dep) &&
      !/^(?:NOUN|PROPN|NUM)$/u.test((tokens[at - 2] as Token | undefined)?.pos ?? '')
    ) {
      const verb = token.head;
      const governor = verb >= 0 ? (tokens[verb] as Token).head : -1;
      if (
        verb > at &&
        verb < end &&
        governor >= first &&
        governor < at &&
        ((tokens[governor] as Token).pos === 'VERB' || (tokens[governor] as Token).pos === 'AUX') &&
        tree.subtreeEnd(verb) >= last
      )
        return at - 1;
    }
    // "said her car was blocking two lanes [and said she failed to signal]": a verb with no
    // subject coordinated with the cue's verb, before the piece, is the source’s next act (not a
    // verb the parser hangs on a noun cue or on the writer's verb: "the remarks contradict claims
    // that X was backed by Y [and tried …]")
    if (
      token.pos === 'VERB' &&
      token.dep === 'conj' &&
      token.head < first &&
      token.head >= 0 &&
      isCueVerb(tokens[token.head] as Token, cue) &&
      tree.dependent(at, 'nsubj') < 0 &&
      tree.dependent(at, 'nsubj:pass') < 0 &&
      // the source's next act has the cue's form ("said … and said"); "asked to discuss X and
      // refrain from Y", "said she was glad and looks forward to …" and "said the rules were not
      // binding and could be changed" go on with the reported clause
      // (only a modal tells: "said X but did not believe Y" may go either way)
      (groupForm(text, tree, at) === 'modal' ? 'modal' : verbForm(word(at), token.lemma)) ===
        verbForm(word(token.head), (tokens[token.head] as Token).lemma) &&
      !disagreesWithSubject(text, tree, at, token.head)
    ) {
      const coordinator = tree.dependent(at, 'cc');
      if (coordinator > first && coordinator < at) return coordinator;
    }
    // "said the players were tired [and was later fined]": a conjunct with no subject of its own
    // whose verb cannot agree with the reported clause's subject but agrees with the cue's
    if (
      token.pos === 'VERB' &&
      token.dep === 'conj' &&
      token.head >= first &&
      token.head < at &&
      cueVerb >= 0 &&
      tree.dependent(at, 'nsubj') < 0 &&
      tree.dependent(at, 'nsubj:pass') < 0 &&
      agreement(text, tree, at, token.head) === 'disagrees' &&
      agreement(text, tree, at, cueVerb) === 'agrees'
    ) {
      const coordinator = tree.dependent(at, 'cc');
      if (coordinator > first && coordinator < at) return coordinator;
    }
    // "would reopen and then left": a finite verb that cannot share the first verb's modal
    if (token.pos !== 'VERB' || token.dep !== 'conj' || token.head < first || token.head >= at) continue;
    if (tree.dependent(at, 'nsubj') >= 0 || tree.dependent(at, 'aux') >= 0 || tree.dependent(at, 'mark') >= 0)
      continue;
    const coordinator = tree.dependent(at, 'cc');
    if (coordinator < first || coordinator > at) continue;
    // "stepped down, saying he needed a rest [and putting his deputy in charge]": a participle
    // coordinated after a participle cue is the subject's next act, whatever the parser hung it on
    // (not "said he was running and jumping", where the head is a participle too)
    if (
      cueParticiple &&
      /ing$/iu.test(word(at)) &&
      !/ing$/iu.test(word(token.head)) &&
      (tokens[token.head] as Token).pos !== 'AUX'
    )
      return coordinator;
    const head = token.head;
    const modal = tree.dependents(head, ['aux']).some((aux) => MODALS.test(word(aux)));
    const base = word(at).toLowerCase() === token.lemma.toLowerCase();
    if (modal && !base && !/ing$/iu.test(word(at))) return coordinator;
    // "said her car was blocking two lanes [and said she failed to signal]": a past form cannot
    // share the progressive's "was"
    const progressive =
      /ing$/iu.test(word(head)) &&
      tree.dependents(head, ['aux']).some((aux) => (tokens[aux] as Token).lemma.toLowerCase() === 'be');
    if (progressive && !base && !/ing$/iu.test(word(at))) return coordinator;
  }
  return -1;
}

/** Whether the source is the relative pronoun of a non-restrictive clause (", who said …"). */
function nonRestrictiveRelative(text: string, source: Span | null): boolean {
  if (source === null || !/^(?:who|which)$/iu.test(text.slice(source.start, source.end))) return false;
  return /,\s*$/u.test(text.slice(Math.max(0, source.start - 3), source.start));
}

/**
 * Where a non-restrictive relative clause that holds the cue closes inside a piece after it: the
 * comma before the main clause's verb, which has no subject of its own in the parse ("The singer,
 * who revealed that she was engaged[, arrived at the gala]"); the token index of that comma, or -1.
 */
function relativeClauseClose(text: string, tree: DependencyTree, piece: Span): number {
  const tokens = tree.tokens;
  const first = tokenAt(tokens, piece.start);
  for (let at = first + 1; at + 1 < tokens.length && (tokens[at + 1] as Token).end <= piece.end; at += 1) {
    if (text.slice((tokens[at] as Token).start, (tokens[at] as Token).end) !== ',') continue;
    const verb = tokens[at + 1] as Token;
    if (verb.pos !== 'VERB' && verb.pos !== 'AUX') continue;
    if (/ing$/iu.test(text.slice(verb.start, verb.end))) continue;
    if (tree.dependent(at + 1, 'nsubj') >= 0 || tree.dependent(at + 1, 'nsubj:pass') >= 0) continue;
    return at;
  }
  return -1;
}

/**
 * Where the quotation of a piece before its cue starts when the writer's own clause opens the piece
 * and the quotation is coordinated with it: in "The other judges liked the show, but “I did not
 * enjoy it,” Ms Vale said" the speaker said only the quoted words. Read on the parse: the quotation's
 * verb is a conjunct whose coordinator ("but", "and") stands just before the opening mark, and the
 * quotation runs to the end of the piece. The piece's start otherwise.
 */
function quotationAfterWritersClause(text: string, segments: Segments, piece: Span): number {
  const tokens = segments.tokens;
  const first = tokenAt(tokens, piece.start);
  for (let at = first + 1; at < tokens.length && (tokens[at] as Token).end < piece.end; at += 1) {
    const coordinator = tokens[at] as Token;
    if (coordinator.dep !== 'cc' || coordinator.pos !== 'CCONJ') continue;
    const mark = tokens[at + 1];
    if (mark === undefined || !OPENING.test(text.slice(mark.start, mark.end))) continue;
    const verb = tokens[coordinator.head];
    if (verb === undefined || !verb.dep.startsWith('conj') || coordinator.head <= at) continue;
    const head = tokens[verb.head];
    if (head === undefined || verb.head < first || head.start < piece.start) continue;
    // the quotation closes at the piece's end: nothing of the writer's follows it
    const rest = text.slice(mark.start, piece.end);
    if (!/["”’'»][\s,.]*$/u.test(rest)) continue;
    return mark.start;
  }
  return piece.start;
}

const MARKS = /["“”]/gu;

/**
 * A quoted piece that holds another speaker's whole report, frame and all, gives it back:
 *
 *   The shops were busy, he said. [“Prices fell,” he said. “People came back.”]
 *
 * The piece of the first "said" ran on over the second report; the second candidate holds those
 * quoted words (each of its pieces a quotation) and its cue stands outside quotation marks inside
 * the piece (an even number, two or more, of double marks before it), so the piece keeps only its
 * quoted words before that report and a quotation right after its frame ("… he said. “…”"); the
 * writer's next words after the frame ("… she said. Meanwhile …") are kept only when the piece's own
 * cue comes after them, and then from the start of the cue's sentence.
 * A report inside the quoted words ("“I told him, and he said ‘no’”") is the speaker's own and stays.
 */
export function withoutOtherReports(
  text: string,
  piece: Span,
  own: AttributionCandidate,
  candidates: readonly AttributionCandidate[],
  cueSentence: Span,
): Span[] {
  let parts: Span[] = [piece];
  for (const other of candidates) {
    const cue = other.cue;
    if (other === own || cue === null || other.content.length === 0) continue;
    if (own.cue !== null && cue.start < own.cue.end && own.cue.start < cue.end) continue;
    if (cue.start <= piece.start || cue.end >= piece.end) continue;
    if (
      !other.content.every(
        (span) =>
          piece.start <= span.start &&
          span.end <= piece.end &&
          OPENING.test(text.slice(span.start, span.end)),
      )
    )
      continue;
    if (other.content.some((span) => span.start <= cue.start && cue.end <= span.end)) continue;
    const marks = (text.slice(piece.start, cue.start).match(MARKS) ?? []).length;
    if (marks < 2 || marks % 2 !== 0) continue;
    const spans = [cue, ...other.content, ...(other.source === null ? [] : [other.source])];
    const from = Math.min(...spans.map((span) => span.start));
    const to = Math.max(...spans.map((span) => span.end));
    parts = parts.flatMap((part) => {
      if (to <= part.start || from >= part.end) return [part];
      const kept: Span[] = [];
      const before = text.slice(part.start, Math.max(part.start, from)).replace(/\s+$/u, '');
      if (/\p{L}/u.test(before)) kept.push({ start: part.start, end: part.start + before.length });
      const afterText = text.slice(Math.min(to, part.end), part.end);
      // a quotation right after that report's frame ("… he said. “…”"), not the writer's next words,
      // unless the piece's own cue comes after it ("“…,” said Ms Vale. Buyers want …, [they say]")
      const fronted = own.cue !== null && own.cue.start >= piece.end;
      const skip = (fronted ? /^[\s.,:;]*/u : /^[\s.,:;]*(?=["“])/u).exec(afterText)?.[0].length ?? -1;
      // the fronted words are reported speech: only those in the cue's own sentence
      const start = fronted ? Math.max(to + skip, cueSentence.start) : to + skip;
      const rest = text.slice(start, part.end);
      const blank = rest.length - rest.trimStart().length;
      if (skip >= 0 && /\p{L}/u.test(rest)) kept.push({ start: start + blank, end: part.end });
      return kept;
    });
  }
  return parts;
}

/**
 * The participle that opens a piece after the cue while the reported clause stands before the cue,
 * or -1: "The minister resigned on Friday, she said[, adding to the pressure on the government]",
 * "…, he said[, smiling]": the clause ended at the cue, and the participle is the writer's account
 * of the speaking or its effect, or the source's next report, which is a report of its own ("…, he
 * said, adding that the rules were broken"). A preposition-like participle goes on
 * with the content ("…, the paper said, including speeches and meetings": parsed as a case marker),
 * and so does a gerund that is the subject of a clause of the piece ("…, he said, replacing the
 * nominee would be acrimonious", "…, said Mr Hale, filtering out links can stop spam": a verb with
 * a subject of its own, no complement of the participle, heads the piece's clause).
 */
function trailingParticiple(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidates: readonly AttributionCandidate[],
  candidate: AttributionCandidate,
  piece: Span,
): number {
  const cue = candidate.cue;
  if (cue === null || piece.start < cue.end) return -1;
  if (!candidate.content.some((other) => other.end <= cue.start)) return -1;
  const tokens = segments.tokens;
  let first = tokenAt(tokens, piece.start);
  while (first < tokens.length && (tokens[first] as Token).pos === 'PUNCT') first += 1;
  const token = tokens[first];
  if (token === undefined || token.start >= piece.end) return -1;
  // (a participle the tagger read as a noun in a verb's place: "…, the bank said, [warning] that …")
  if (token.pos !== 'VERB' && !(token.pos === 'NOUN' && /^(?:ccomp|advcl|xcomp|conj)/u.test(token.dep)))
    return -1;
  if (verbForm(text.slice(token.start, token.end), token.lemma) !== 'ing') return -1;
  if (token.dep === 'case' || token.dep === 'mark' || /^(?:nsubj|csubj)/u.test(token.dep)) return -1;
  const inside = (at: number): boolean =>
    at >= 0 && (tokens[at] as Token).start >= piece.start && (tokens[at] as Token).end <= piece.end;
  if (inside(token.head)) return -1;
  // a report: its own candidate's when there is one ("…, he said, [adding] that …"), or the
  // writer's when nothing is said after it ("…, she said, adding to the pressure"); with a clause
  // after it and no candidate of its own it stays the source's words ("…, he said, claiming the
  // Tories were wrong", which the parse may not give the participle)
  if (reportingWord(text, token)) {
    const own = { start: token.start, end: token.end };
    if (candidates.some((other) => other !== candidate && other.cue !== null && spansOverlap(other.cue, own)))
      return first;
    for (let at = first + 1; at < tokens.length && inside(at); at += 1)
      if ((tokens[at] as Token).pos === 'VERB' || (tokens[at] as Token).pos === 'AUX') return -1;
    return first;
  }
  for (let at = first + 1; at < tokens.length && inside(at); at += 1) {
    const word = tokens[at] as Token;
    if (!/^(?:nsubj|csubj)/u.test(word.dep) || !inside(word.head)) continue;
    // (a verb that takes no clause: a clause with a subject and no "as", "while" in the piece is
    // the parser's reading of a gerund subject, "replacing [the mayor would be harder]")
    if (tree.dependent(word.head, 'mark') < 0) return -1;
  }
  return first;
}

/** Whether a participle reports speech or thought by WordNet ("adding", "claiming", "warning"). */
function reportingWord(text: string, token: Token): boolean {
  const word = reportingVerb(
    token.pos === 'VERB'
      ? token.lemma || text.slice(token.start, token.end)
      : text.slice(token.start, token.end),
  );
  return word.communication || word.cognition;
}

/**
 * A reported piece that opens a quoted phrase or a bracket and stops before it closes ("accused
 * the referee of “cheating", "a year (£140bn; $258bn") runs on to the closing mark or bracket when it
 * stands later in the same sentence with no other quotation mark or bracket before it: the writer
 * quoted or glossed a phrase of the report, and the report does not stop inside it.
 */
export function closeOpenPhrase(text: string, piece: Span, sentenceEnd: number): Span {
  const body = text.slice(piece.start, piece.end);
  if (OPENING.test(body)) return piece;
  let end = piece.end;
  const doubles = (body.match(/["“”]/gu) ?? []).length;
  const lastMark = Math.max(body.lastIndexOf('"'), body.lastIndexOf('“'));
  // an odd mark followed by a word of the piece: the quoted phrase is open
  if (doubles % 2 === 1 && lastMark >= 0 && /\p{L}/u.test(body.slice(lastMark + 1))) {
    const rest = text.slice(piece.end, sentenceEnd);
    const close = rest.search(/["”]/u);
    if (close >= 0 && !/[“(]/u.test(rest.slice(0, close))) end = piece.end + close + 1;
  }
  const opened = (body.match(/\(/gu) ?? []).length - (body.match(/\)/gu) ?? []).length;
  if (opened === 1) {
    const rest = text.slice(end, sentenceEnd);
    const close = rest.indexOf(')');
    if (close >= 0 && !/[("“”]/u.test(rest.slice(0, close))) end = end + close + 1;
  }
  return end === piece.end ? piece : { start: piece.start, end };
}

/**
 * Where a reported clause that the parse broke off runs on: in "adding that while the minister has
 * promised reform [little progress] has been made" and "noting that a lot of firms, which were
 * closed, are re-opening" the parse hangs the clause's own finite verb on the cue's verb or on the
 * root, with no subject of its own (or a subject inside the piece), so the piece stopped at its
 * subject. A finite verb group (an auxiliary or a copula before it, or, right after the piece with no
 * comma, a present or past form) with no subject outside the piece and no coordinator or clause
 * marker after it, that opens right after the piece and runs to the end of the sentence, belongs to
 * the piece's clause: the end of its last word, or -1.
 */
export function strandedPredicateEnd(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  piece: Span,
  sentenceEnd: number,
): number {
  const tokens = segments.tokens;
  let next = tokenAt(tokens, piece.end);
  while (next < tokens.length && (tokens[next] as Token).start < piece.end) next += 1;
  if (next >= tokens.length) return -1;
  const comma = text.slice((tokens[next] as Token).start, (tokens[next] as Token).end) === ',';
  if (comma) next += 1;
  const first = tokens[next];
  if (first === undefined || first.start >= sentenceEnd) return -1;
  // the verb the group belongs to: the first token itself or the head of its auxiliaries
  const verb = /^(?:aux|aux:pass|cop)$/u.test(first.dep) ? first.head : next;
  const head = tokens[verb];
  if (head === undefined || verb < next || (head.pos !== 'VERB' && head.pos !== 'AUX' && head.pos !== 'ADJ'))
    return -1;
  // no subject of its own (one inside the piece is the clause's, misread), no coordinator or marker after the piece
  const pieceFirst = tokenAt(tokens, piece.start);
  if (
    tree
      .dependents(verb, ['nsubj', 'nsubj:pass', 'csubj', 'expl'])
      .some((at) => at < pieceFirst || at >= next) ||
    tree.dependents(verb, ['cc', 'mark']).some((at) => at >= next)
  )
    return -1;
  const auxiliary = tree.dependents(verb, ['aux', 'aux:pass', 'cop']).some((at) => at >= next && at < verb);
  const word = text.slice(head.start, head.end);
  const form = verbForm(word, head.lemma);
  if (!auxiliary && (comma || head.pos !== 'VERB' || (form !== 'present' && form !== 'past'))) return -1;
  if (/ing$/iu.test(word) && !auxiliary) return -1;
  // it runs to the end of the sentence: nothing of the writer's after it
  const end = lastWordEnd(segments, sentenceEnd);
  const last = tokenAt(tokens, end - 1);
  if (tree.subtreeEnd(verb) < last) return -1;
  // no quotation or bracket in the run
  if (/["“”()]/u.test(text.slice(piece.end, end))) return -1;
  return end;
}

export function trimContentBoundaries(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  if (segments.sentences.length === 0) return [...candidates];
  let tree: DependencyTree | null = null;
  const trimmed = candidates.map((candidate) => {
    const cue = candidate.cue;
    if (cue === null) return candidate;
    const sentence = segments.sentences[sentenceIndexAt(segments, cue.start)] as Span;
    const content: Span[] = [];
    for (const listed of candidate.content) {
      // ‘added: “There's been no bid …”’: the colon or comma after the cue opens no content
      const lead = /^[:;,]\s*/u.exec(text.slice(listed.start, listed.end))?.[0].length ?? 0;
      const piece =
        lead > 0 && listed.start + lead < listed.end
          ? { start: listed.start + lead, end: listed.end }
          : listed;
      if (OPENING.test(text.slice(piece.start, piece.end))) {
        for (const own of withoutOtherReports(text, piece, candidate, candidates, sentence))
          for (const part of withoutWritersInterruption(text, segments, own, cue))
            content.push(endAtClosingMark(text, part));
        continue;
      }
      // reported speech: inside the cue's sentence only
      if (piece.start >= sentence.end || piece.end <= sentence.start) continue;
      tree ??= new DependencyTree(segments.tokens);
      const participle = trailingParticiple(text, segments, tree, candidates, candidate, piece);
      // "OSLO (Wire) - The budget is balanced, the minister said": the dateline is no part of it
      let start = withoutDateline(text, {
        start: Math.max(piece.start, sentence.start),
        end: piece.end,
      }).start;
      if (piece.end <= sentence.end) {
        if (participle >= 0) continue;
        let end = piece.end;
        if (piece.start >= cue.end) {
          tree ??= new DependencyTree(segments.tokens);
          const cueWord = text.slice(cue.start, cue.end);
          const cut = reportedClauseCut(text, tree, { start, end }, /^\p{L}+ing$/iu.test(cueWord), cue);
          if (cut >= 0) end = lastWordEnd(segments, (segments.tokens[cut] as Token).start);
          const close = nonRestrictiveRelative(text, candidate.source)
            ? relativeClauseClose(text, tree, { start, end })
            : -1;
          if (close >= 0) end = lastWordEnd(segments, (segments.tokens[close] as Token).start);
        }
        if (piece.end <= cue.start) start = quotationAfterWritersClause(text, segments, { start, end });
        else if (end > start && start >= cue.end) {
          end = closeOpenPhrase(text, { start, end }, sentence.end).end;
          const stranded =
            end === piece.end ? strandedPredicateEnd(text, segments, tree, { start, end }, sentence.end) : -1;
          if (stranded > end) end = stranded;
        }
        if (end > start) content.push(start === piece.start && end === piece.end ? piece : { start, end });
        continue;
      }
      const end = lastWordEnd(segments, sentence.end);
      if (end > start && participle < 0) content.push({ start, end });
      // "… to be reviewed. “We will return …”": a quotation after the reported clause is kept
      const rest = text.slice(sentence.end, piece.end);
      const opening = rest.search(/\S/u);
      if (opening >= 0 && OPENING.test(rest.slice(opening)))
        content.push(endAtClosingMark(text, { start: sentence.end + opening, end: piece.end }));
    }
    return content.length === candidate.content.length &&
      content.every(
        (span, nth) =>
          span.start === candidate.content[nth]?.start && span.end === candidate.content[nth]?.end,
      )
      ? candidate
      : { ...candidate, content };
  });
  return keepCandidates(
    trimmed,
    trimmed.map((candidate) => candidate.content.length > 0),
  );
}

/** A letter or a digit. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Marks that join two parts of one word: "ex-minister", "O'Neill", "5.45", "abc.gov". */
const JOINER = /[-'’.]/u;
/** What a word ends with that is no part of it: "said, …", "won.", "“done”" (not the point of "U.S."). */
const WORD_TAIL = /[,;:!?"“”‘’'()[\]«»]+$|(?<!\.\p{L})\.$/u;

/** Whether the offset falls inside a word: letters or digits on both sides, or a joiner between. */
function insideWord(text: string, offset: number): boolean {
  const before = text[offset - 1];
  const after = text[offset];
  if (before === undefined || after === undefined) return false;
  if (WORD_CHARACTER.test(before) && WORD_CHARACTER.test(after)) return true;
  if (JOINER.test(after) && WORD_CHARACTER.test(before)) return WORD_CHARACTER.test(text[offset + 1] ?? '');
  if (JOINER.test(before) && WORD_CHARACTER.test(after)) return WORD_CHARACTER.test(text[offset - 2] ?? '');
  return false;
}

/**
 * Content pieces that begin or end inside a word ("from an abc[.gov]" where the parse left the
 * address's tail out, "[can]not be trusted" where it left the auxiliary out) grow to the whole word,
 * without the punctuation it ends with: a cut never falls inside "cannot", "abc.gov", "5.45",
 * "O'Neill" or "ex-minister".
 */
export function wholeWordContent(
  text: string,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return candidates.map((candidate) => {
    let changed = false;
    const content = candidate.content.map((piece) => {
      let { start, end } = piece;
      if (insideWord(text, start)) while (start > 0 && /\S/u.test(text[start - 1] as string)) start -= 1;
      if (insideWord(text, end)) {
        let wordEnd = end;
        while (wordEnd < text.length && /\S/u.test(text[wordEnd] as string)) wordEnd += 1;
        const tail = WORD_TAIL.exec(text.slice(end, wordEnd))?.[0].length ?? 0;
        end = Math.max(end, wordEnd - tail);
      }
      if (start === piece.start && end === piece.end) return piece;
      // (not into the cue or the source: "[HE]['S BEEN CALLED OUT]" keeps its cut)
      const grownSpan = { start, end };
      const own = [candidate.cue, candidate.source].some(
        (part) => part !== null && spansOverlap(part, grownSpan) && !spansOverlap(part, piece),
      );
      if (own) return piece;
      changed = true;
      return { start, end };
    });
    return changed ? { ...candidate, content } : candidate;
  });
}
