import type { Segments, Sentence, Span } from '../../../model/index.js';
import { personNoun, roleNoun } from '../../lexicon/index.js';
import type { AttributionCandidate } from '../candidate.js';
import type { QuoteStyle } from './marks.js';
import { findQuotations, type Quotation } from './quotations.js';
import { TokenView, type TokenRange } from './token-view.js';

/**
 * How a direct quotation's content span is drawn:
 * - `outer` (default): with its quotation marks and the punctuation inside them, `“We will stay,”`,
 *   as PolNeAR's gold draws it;
 * - `inner`: without the marks and edge spaces, `We will stay,`.
 * A mixed quotation's content is the reported clause either way.
 */
export type QuoteContentStyle = 'outer' | 'inner';

export interface QuoteAttributionOptions {
  readonly content?: QuoteContentStyle;
}

/** Rules that look for a cue around a quotation look at most this many tokens away from it. */
const WINDOW = 12;
/** A quotation paragraph with no cue continues the previous speaker only when it has this many words. */
const MINIMUM_CUELESS_WORDS = 4;
const GO = new Set(['go', 'goes', 'went', 'going', 'gone']);

interface Found {
  readonly cue: TokenRange;
  readonly source: TokenRange | null;
  /** Last token of the attribution clause (cue, source, addressee). */
  readonly last: number;
}

interface Draft {
  kind: 'direct' | 'mixed';
  cue: Span | null;
  source: Span | null;
  content: Span[];
  continues: number;
  /** Paragraph of the last content span, and the token after which an adjacent quotation may join. */
  paragraph: number;
  joinAfter: number;
  /** Marks of the quotation the candidate was made from. */
  style: QuoteStyle;
}

/**
 * Attribution candidates for direct and mixed quotations, by high-precision rules:
 * - after the quotation: `“…,” he said.`, `“…,” said the minister.`, `“…” Smith told reporters.`,
 *   `“…,” according to the agency.`;
 * - before it: `He said: “…”`, `Smith told Reuters “…”`, `According to the agency, “…”`, and a
 *   paragraph ending in `She added:` before a paragraph that is a quotation; a person's clause with
 *   no speech verb before a colon (`The coach was blunt: “…”`, `Tarn offered words of comfort: “…”`);
 * - interrupted: `“First part,” he said, “second part.”` and `“…,” he said. “More.”` give ONE
 *   candidate with several content spans; so does a quotation running over several paragraphs;
 * - mixed: `X said the men were “able to travel freely” between …` → kind `mixed`, content = the whole
 *   reported clause after the cue (with "that"), to the sentence end (without a final "." outside the
 *   marks); also `The men were “able to go,” the official said.` (content = the clause before);
 * - a paragraph that is a quotation, with no cue, right after a paragraph whose candidate is a direct
 *   quotation: cue and source null, `continues` = index of that candidate (itself possibly such a
 *   continuation);
 * - a quotation inside a quotation with its own cue (`“He asked me: ‘will you help?’”`): a direct
 *   candidate for the inner one, source "He", cue "asked".
 * Scare quotes (`Quotation.scare`) become candidates only with a cue right next to them or as part of
 * a mixed quotation. Candidates are sorted by their first content span; `continues` indexes this list.
 */
export function quoteAttributions(
  text: string,
  segments: Segments,
  quotes: readonly Quotation[],
  options: QuoteAttributionOptions = {},
): AttributionCandidate[] {
  const view = new TokenView(text, segments);
  view.markQuotations(quotes);
  const contentStyle = options.content ?? 'outer';
  const drafts: Draft[] = [];
  const consumed = new Uint8Array(quotes.length);
  const spanOf = (range: TokenRange): Span => ({
    start: view.token(range.first).start,
    end: view.token(range.end - 1).end,
  });
  const contentOf = (quote: Quotation): Span => (contentStyle === 'outer' ? quote.outer : quote.inner);
  /** The pieces of the quotation that starts at `index` (one, or several linked paragraphs). */
  const chainOf = (index: number): number[] => {
    const chain = [index];
    for (
      let next = (quotes[index] as Quotation).continuedBy;
      next >= 0;
      next = (quotes[next] as Quotation).continuedBy
    )
      chain.push(next);
    return chain;
  };
  let lastDirect = -1;
  /** Cue tokens already given to a quotation: "“…,” he said of the show on ABC’s “This Week.”" */
  const usedCues = new Set<number>();
  /** A whole-paragraph quotation with no cue, that the next paragraph's quotation may claim. */
  let orphan: { paragraph: number; content: Span[] } | null = null;
  /** The last candidate of any kind: whom a cue-less quotation paragraph after it continues. */
  let lastSpeaker = -1;
  const add = (draft: Draft, cue: TokenRange | null): void => {
    drafts.push(draft);
    lastSpeaker = drafts.length - 1;
    if (cue !== null) usedCues.add(cue.first);
  };

  for (let index = 0; index < quotes.length; index += 1) {
    const quote = quotes[index] as Quotation;
    if (consumed[index] === 1 || quote.level !== 0 || quote.continues >= 0) continue;
    const chain = chainOf(index);
    const last = quotes[chain[chain.length - 1] as number] as Quotation;
    const openToken = view.at(quote.open.start);
    const closeToken = last.close === null ? -1 : view.at(last.close.end - 1);
    if (openToken >= view.length) continue;
    const sentence = view.sentences[view.sentenceOf(openToken)];
    if (sentence === undefined) continue;
    const startsSentence =
      openToken === sentence.firstToken || onlyPunctuationBetween(view, sentence.firstToken, openToken);
    const markChain = (): void => {
      for (const piece of chain) consumed[piece] = 1;
    };
    const chainContent = (): Span[] => chain.map((piece) => contentOf(quotes[piece] as Quotation));
    const lastParagraph = last.paragraph;
    const opensParagraph = quote.open.start === segments.paragraphs[quote.paragraph]?.start;
    const wholeParagraph = opensParagraph && closeToken >= 0 && restOfParagraphIsEmpty(text, last, segments);
    const joinAfter = closeToken >= 0 ? closeToken : view.at(last.outer.end - 1);

    // 1. A cue after the (last piece of the) quotation.
    const after = closeToken >= 0 ? attributionAfter(view, last, closeToken, !startsSentence) : null;
    if (after !== null && !(after.mixed && chain.length > 1)) {
      const mixed = after.mixed;
      const content = mixed
        ? [{ start: view.token(sentence.firstToken).start, end: last.outer.end }]
        : chainContent();
      // "“Not only that.”¶“And more,” she said.": a cue-less quotation paragraph just before is hers too.
      // (not an interviewer's question to the speaker: "“What made you go back?”¶“I missed it,” she
      // said."; nor the answer before the interviewer's next question: "“Not this year.”¶“Do you
      // regret it?” Hale asked.")
      if (
        !mixed &&
        orphan !== null &&
        orphan.paragraph === quote.paragraph - 1 &&
        opensParagraph &&
        !asksTheAddressee(text, orphan.content) &&
        !asksTheAddressee(text, content)
      )
        content.unshift(...orphan.content);
      add(
        {
          kind: mixed ? 'mixed' : 'direct',
          cue: spanOf(after.cue),
          source: after.source === null ? null : spanOf(after.source),
          content,
          continues: -1,
          paragraph: lastParagraph,
          style: quote.style,
          joinAfter: after.last,
        },
        after.cue,
      );
      orphan = null;
      markChain();
      lastDirect = mixed ? -1 : drafts.length - 1;
      continue;
    }

    // 1b. A cue closing the sentence after a comma: "“We’re happy” about it, said the director."
    const trailing =
      closeToken >= 0 && chain.length === 1 ? trailingAttribution(view, closeToken, sentence.endToken) : null;
    if (trailing !== null) {
      add(
        {
          kind: 'mixed',
          cue: spanOf(trailing.found.cue),
          source: trailing.found.source === null ? null : spanOf(trailing.found.source),
          content: [
            { start: view.token(sentence.firstToken).start, end: view.token(trailing.comma - 1).end },
          ],
          continues: -1,
          paragraph: lastParagraph,
          style: quote.style,
          joinAfter: trailing.found.last,
        },
        trailing.found.cue,
      );
      for (let other = index + 1; other < quotes.length; other += 1) {
        const next = quotes[other] as Quotation;
        if (next.open.start >= view.token(trailing.comma).start) break;
        consumed[other] = 1;
      }
      orphan = null;
      markChain();
      lastDirect = -1;
      continue;
    }

    // 2. The next part of the previous direct quotation: "“…,” he said, “more.”" / "“…,” he said. “More.”"
    const previous = drafts[lastDirect];
    if (
      previous !== undefined &&
      previous.paragraph === quote.paragraph &&
      joinsPrevious(view, previous.joinAfter, openToken, startsSentence)
    ) {
      previous.content.push(...chainContent());
      previous.paragraph = lastParagraph;
      previous.joinAfter = joinAfter;
      markChain();
      continue;
    }

    // 3. A cue before the quotation, in its sentence (or closing the paragraph before with a colon).
    let before = attributionBefore(view, openToken, sentence.firstToken, closeToken, usedCues);
    if (before === null && opensParagraph && openToken === sentence.firstToken)
      before = attributionEndingParagraph(view, quote, openToken, usedCues);
    // 3b. "The coach was blunt: “We were not good enough.”"
    if (before === null && closeToken >= 0) before = copularFrame(view, openToken, sentence, closeToken);
    // 3b'. "Coach Tarn offered words of comfort: “Just play your game.”"
    if (before === null && closeToken >= 0 && !quote.scare && chain.length === 1)
      before = colonFrame(view, openToken, sentence, closeToken, usedCues);
    // 3c. "Ms Ortiz described the night." ¶ "“We ran down the stairs …”"
    if (
      before === null &&
      wholeParagraph &&
      !quote.scare &&
      wordCount(view, openToken, joinAfter) >= MINIMUM_CUELESS_WORDS
    )
      before = reportEndingParagraph(view, quote, openToken, usedCues);
    if (before !== null) {
      const mixed = before.mixed !== null;
      add(
        {
          kind: mixed ? 'mixed' : 'direct',
          cue: spanOf(before.cue),
          source: before.source === null ? null : spanOf(before.source),
          content: !mixed
            ? chainContent()
            : before.naming === true
              ? [{ start: view.token(before.mixed as number).start, end: last.outer.end }]
              : [clauseSpan(view, before.mixed as number, sentence.endToken, quotes, index)],
          continues: -1,
          paragraph: lastParagraph,
          style: quote.style,
          joinAfter,
        },
        before.cue,
      );
      orphan = null;
      markChain();
      lastDirect = mixed ? -1 : drafts.length - 1;
      continue;
    }

    // 4. A paragraph that is a quotation, with no cue, after a paragraph quoting someone directly.
    if (wholeParagraph && !quote.scare && wordCount(view, openToken, joinAfter) >= MINIMUM_CUELESS_WORDS) {
      const speaker = drafts[lastSpeaker];
      // Same marks as the speaker's quotation: "''A subhead in single quotes.''" is not the speaker.
      // (nor the answer to a question the speaker put to somebody: "Hale asked her: “Will you
      // tour?”¶“Not this year.”", `asksTheAddressee`)
      if (
        speaker !== undefined &&
        speaker.paragraph === quote.paragraph - 1 &&
        isSingle(speaker.style) === isSingle(quote.style) &&
        !asksTheAddressee(text, speaker.content)
      ) {
        add(
          {
            kind: 'direct',
            cue: null,
            source: null,
            content: chainContent(),
            continues: lastSpeaker,
            paragraph: lastParagraph,
            style: quote.style,
            joinAfter,
          },
          null,
        );
        markChain();
        lastDirect = drafts.length - 1;
        continue;
      }
      orphan = { paragraph: lastParagraph, content: chainContent() };
    }
    if (previous !== undefined && previous.paragraph < quote.paragraph) lastDirect = -1;
  }

  // 5. Quotations inside quotations with their own speaker: "“He asked me: ‘will you help?’”".
  for (let index = 0; index < quotes.length; index += 1) {
    const quote = quotes[index] as Quotation;
    if (quote.level === 0 || quote.close === null || quote.parent < 0) continue;
    const parent = quotes[quote.parent] as Quotation;
    const floor = view.at(parent.inner.start);
    const openToken = view.at(quote.open.start);
    const closeToken = view.at(quote.close.end - 1);
    const sentence = view.sentences[view.sentenceOf(openToken)];
    if (sentence === undefined) continue;
    const lowest = Math.max(floor, sentence.firstToken);
    const found = attributionBefore(view, openToken, lowest, closeToken, new Set());
    if (found === null || found.mixed !== null || found.source === null) continue;
    drafts.push({
      kind: 'direct',
      cue: spanOf(found.cue),
      source: spanOf(found.source),
      content: [contentOf(quote)],
      continues: -1,
      paragraph: quote.paragraph,
      style: quote.style,
      joinAfter: closeToken,
    });
  }

  return sortCandidates(drafts);
}

/**
 * Whether quoted words end in a question put to the person spoken to: the last piece ends with a
 * question mark (before its closing marks) and holds "you" or "your" ("“What made you go back to
 * the studio?”"). An interviewer's question: the answer after it is somebody else's words, and a
 * cue after the answer is not the question's.
 */
export function asksTheAddressee(text: string, content: readonly Span[]): boolean {
  const last = content[content.length - 1];
  if (last === undefined) return false;
  const words = text.slice(last.start, last.end).replace(/[\s"“”'‘’»«]+$/u, '');
  return words.endsWith('?') && /\byou(?:r|rs|rself|rselves)?\b/iu.test(words);
}

function sortCandidates(drafts: readonly Draft[]): AttributionCandidate[] {
  const order = drafts.map((_, index) => index);
  const startOf = (draft: Draft): number => (draft.content[0] as Span).start;
  order.sort((a, b) => startOf(drafts[a] as Draft) - startOf(drafts[b] as Draft) || a - b);
  const position = new Int32Array(drafts.length);
  order.forEach((draftIndex, sorted) => (position[draftIndex] = sorted));
  return order.map((draftIndex) => {
    const draft = drafts[draftIndex] as Draft;
    const candidate: AttributionCandidate = {
      kind: draft.kind,
      cue: draft.cue,
      source: draft.source,
      content: draft.content,
    };
    return draft.continues >= 0
      ? { ...candidate, continues: position[draft.continues] as number }
      : candidate;
  });
}

/** Single marks (‘…’, '…', ‹…›), which British style uses for speech and others for subheads. */
function isSingle(style: QuoteStyle): boolean {
  return (
    style === 'single' ||
    style === 'low-single' ||
    style === 'straight-single' ||
    style === 'single-guillemet' ||
    style === 'reversed-single-guillemet'
  );
}

function wordCount(view: TokenView, first: number, end: number): number {
  let count = 0;
  for (let index = first; index < end; index += 1) if (!view.isPunctuation(index)) count += 1;
  return count;
}

function onlyPunctuationBetween(view: TokenView, first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) if (!view.isPunctuation(index)) return false;
  return true;
}

/** Nothing but punctuation after the quotation in its paragraph ("“We will stay.”" / "“…”."). */
function restOfParagraphIsEmpty(text: string, last: Quotation, segments: Segments): boolean {
  const paragraph = segments.paragraphs[last.paragraph];
  if (paragraph === undefined) return false;
  return /^[\s.,;:!?)\]]*$/u.test(text.slice(last.outer.end, paragraph.end));
}

/**
 * The quotation at `openToken` is the next part of the direct quotation whose attribution ends at
 * `joinAfter`: in the same sentence with only punctuation between ("he said, “…"), or starting the
 * sentence right after ("he said in a statement. “…").
 */
function joinsPrevious(
  view: TokenView,
  joinAfter: number,
  openToken: number,
  startsSentence: boolean,
): boolean {
  if (joinAfter < 0 || joinAfter >= openToken) return false;
  if (view.sentenceOf(joinAfter) === view.sentenceOf(openToken))
    return (
      (openToken - joinAfter <= 2 && onlyPunctuationBetween(view, joinAfter + 1, openToken)) ||
      attributionsAdjuncts(view, joinAfter, openToken)
    );
  if (!startsSentence) return false;
  // The attribution's sentence must end right before this one: "“…,” he said on Monday. “…"
  const previousSentence = view.sentenceOf(openToken) - 1;
  return view.sentenceOf(joinAfter) === previousSentence;
}

/** The longest stretch of the writer's words between an attribution and the quotation it interrupts. */
const MAXIMUM_INTERRUPTION_TOKENS = 14;

/**
 * Whether the tokens after an attribution up to the opening mark at `openToken` are the attribution's
 * own adjuncts, read on the parse: “We will reopen,” she said [on Friday], “and we will stay.” and
 * “…,” Moreau said[, pointing to the fee], “…”. The stretch ends with a comma before the mark, holds
 * no quotation mark and no verb of speech (“…,” he said, and Vale replied, “…” is another report),
 * and every word of it whose head lies outside it hangs on the attribution's last word or on that
 * word's own head.
 */
function attributionsAdjuncts(view: TokenView, joinAfter: number, openToken: number): boolean {
  const first = joinAfter + 1;
  const comma = openToken - 1;
  if (comma <= first || comma - first > MAXIMUM_INTERRUPTION_TOKENS || !view.isMark(comma, ',')) return false;
  const attribution = view.token(joinAfter).head;
  for (let index = first; index < comma; index += 1) {
    if (view.isQuoteToken(index) || view.cueAt(index) !== null) return false;
    const token = view.token(index);
    if (token.head >= first && token.head < comma) continue;
    if (token.pos === 'PUNCT') continue;
    // a dependent of the attribution's last word ("said" in "she said") or of the word that one
    // hangs on (the parser may hang "said" and "pointing" both on the quotation's verb)
    if (token.head < 0 || (token.head !== joinAfter && token.head !== attribution)) return false;
  }
  return true;
}

/** After the cue: an addressee ("told reporters") and adverbials; the last token of the clause. */
function skipAddressee(view: TokenView, cue: TokenRange, limit: number): number {
  let end = cue.end;
  if (view.takesAddressee(cue) && end < limit) {
    if (view.isObjectPronoun(end)) return end + 1;
    const addressee = view.nounPhraseForward(end, limit, false);
    if (addressee !== null) end = addressee.end;
  }
  return end;
}

interface FoundAfter extends Found {
  /** The quotation is part of a clause the cue reports: "The plan was “dead,” the senator said." */
  readonly mixed: boolean;
}

/**
 * The attribution right after a quotation's closing mark: "“…,” he said", "“…,” said the minister",
 * "“…” Smith told reporters", "“…,” according to the agency". A quotation that ends a sentence
 * ("“We won.” He said the …") only takes a cue not followed by a clause or a quotation of its own.
 * When the quotation is inside its sentence (`insideSentence`), the result is a mixed quotation and
 * needs a comma at the quotation's end and nothing but adverbials after the cue.
 */
function attributionAfter(
  view: TokenView,
  quote: Quotation,
  closeToken: number,
  insideSentence: boolean,
): FoundAfter | null {
  let index = closeToken + 1;
  if (index >= view.length || view.paragraphOf(index) !== quote.paragraph) return null;
  const commaAfter = view.isMark(index, ',—–');
  if (commaAfter) index += 1;
  const sentence = view.sentences[view.sentenceOf(index)];
  if (sentence === undefined) return null;
  const limit = Math.min(sentence.endToken, index + WINDOW + 8);
  const found =
    parseAttributionAt(view, index, limit) ??
    (insideSentence
      ? null
      : communicationAttributionAt(view, index, trimStop(view, sentence.endToken, index)));
  if (found === null) return null;
  const next = found.last + 1;
  if (insideSentence) {
    const endsWithComma = commaAfter || view.isMark(view.at(quote.inner.end - 1), ',');
    if (!endsWithComma || !adjunctsOnly(view, next, trimStop(view, sentence.endToken, next))) return null;
    const openToken = view.at(quote.open.start);
    for (let inside = sentence.firstToken; inside < openToken; inside += 1)
      if (view.isQuoteToken(inside)) return null;
    return { ...found, mixed: true };
  }
  const endsSentence = /[.?!…]$/u.test(view.text.slice(quote.inner.start, quote.inner.end));
  if (endsSentence) {
    // "“We won.” He said the party …" / "“We won.” He added, “…”": the cue belongs to what follows.
    if (startsClause(view, next)) return null;
    if (view.isMark(next, ',:') && view.isQuoteToken(next + 1)) return null;
  }
  return { ...found, mixed: false };
}

/** "said the minister", "according to the agency", "the minister said", "Smith, an aide, told Reuters" at `index`. */
function parseAttributionAt(view: TokenView, index: number, limit: number): Found | null {
  const cue = view.cueAt(index);
  if (cue !== null && view.isNamingCue(cue)) return null;
  if (cue !== null) {
    // Verb first: "said the minister", "according to the agency".
    const source = view.nounPhraseForward(cue.end, limit, true);
    return source === null ? null : { cue, source, last: source.end - 1 };
  }
  // "“…,” Shook said": a capitalised word the tagger took for a verb, right before the cue.
  const source =
    view.nounPhraseForward(index, limit, true) ??
    (/^\p{Lu}/u.test(view.text.charAt(view.token(index).start)) && view.cueAt(index + 1, true) !== null
      ? { first: index, end: index + 1 }
      : null);
  if (source === null) return null;
  let verb = source.end;
  if (view.isMark(verb, ',')) verb += 1; // the appositive's closing comma
  while (verb < limit && verb - source.end < 3 && view.isBetweenSourceAndVerb(verb)) verb += 1;
  const sourceCue = view.cueAt(verb, true);
  if (sourceCue === null || view.isAccordingTo(sourceCue) || view.isNamingCue(sourceCue)) return null;
  return { cue: sourceCue, source, last: skipAddressee(view, sourceCue, limit) - 1 };
}

/**
 * "“…,” she chats.", "“…,” enthuses Ms Cole.": after a quotation, a subject pronoun or a name and a
 * verb WordNet places in verb.communication (`communicationCueAt`) with nothing but adverbials after
 * it ("she chats over coffee"), or that verb and a name, making up the whole rest of the sentence
 * (`end`: its last token before the stop). A verb not on the
 * speech-verb list is taken only in this shape, where nothing else can be its content.
 */
function communicationAttributionAt(view: TokenView, index: number, end: number): Found | null {
  const verbFirst = view.communicationCueAt(index);
  if (verbFirst !== null) {
    const source = view.nounPhraseForward(verbFirst.end, end, true);
    if (source === null || source.end !== end || !namesSomeone(view, source)) return null;
    return { cue: verbFirst, source, last: source.end - 1 };
  }
  const source = view.nounPhraseForward(index, end, true);
  if (source === null || !namesSomeone(view, source)) return null;
  const cue = view.communicationCueAt(source.end, view.isSubjectPronoun(source.first));
  if (cue === null || (cue.end !== end && !adjunctsOnly(view, cue.end, end))) return null;
  return { cue, source, last: cue.end - 1 };
}

/** A subject pronoun ("she") or a phrase ending in a proper name ("Ms Cole", "the BBC's Ann Lee"). */
function namesSomeone(view: TokenView, source: TokenRange): boolean {
  if (source.end - source.first === 1 && view.isSubjectPronoun(source.first))
    return view.word(source.first) !== 'it';
  return view.pos(source.end - 1) === 'PROPN';
}

/**
 * An attribution closing the sentence after a comma, with a quotation before it in the sentence:
 * "“We’re happy” about the decision, said the director." → the comma's token.
 */
function trailingAttribution(
  view: TokenView,
  closeToken: number,
  sentenceEnd: number,
): { found: Found; comma: number } | null {
  const end = trimStop(view, sentenceEnd, closeToken + 1);
  for (let comma = end - 2; comma > closeToken && end - comma <= WINDOW * 2; comma -= 1) {
    if (view.isQuoteToken(comma)) return null;
    if (!view.isMark(comma, ',')) continue;
    const found = parseAttributionAt(view, comma + 1, end);
    if (found !== null && adjunctsOnly(view, found.last + 1, end)) return { found, comma };
  }
  return null;
}

/** The end of a sentence's tokens without its final stop. */
function trimStop(view: TokenView, end: number, floor: number): number {
  let last = end;
  while (last > floor && view.isMark(last - 1, '.;!?')) last -= 1;
  return last;
}

/** A reported clause starts at `index`: "that …", "the party …", "he …". */
function startsClause(view: TokenView, index: number): boolean {
  if (index >= view.length) return false;
  const word = view.word(index);
  if (word === 'that' || word === 'if' || word === 'whether') return true;
  const pos = view.pos(index);
  return pos === 'DET' || pos === 'PRON' || pos === 'PROPN' || pos === 'NOUN';
}

/** A mixed quotation's reported clause may start here: "that …", "the men …", "he …", "Trump “unhinged”". */
function startsReportedClause(view: TokenView, index: number, openToken: number): boolean {
  if (index === openToken) return true;
  const word = view.word(index);
  if (word === 'that' || word === 'if' || word === 'whether') return true;
  const pos = view.pos(index);
  return (
    pos === 'DET' || pos === 'PRON' || pos === 'PROPN' || pos === 'NOUN' || pos === 'NUM' || pos === 'ADJ'
  );
}

interface FoundBefore extends Found {
  /** For a mixed quotation: the first token of the reported clause; null for a direct one. */
  readonly mixed: number | null;
  /** The cue names what something was called ("called the plan “a disgrace”"). */
  readonly naming?: boolean;
}

/** Tokens allowed between a cue and its quotation: "said in a statement on Monday:", "told reporters". */
/**
 * Whether the word at `index` is an object that stands for the words after a colon: "this" or
 * "these" right before it, or "the following" ("e-mailed this: “…”").
 */
function pointsAhead(view: TokenView, index: number): boolean {
  const word = view.word(index);
  if (word === 'the') return view.word(index + 1) === 'following' && view.isMark(index + 2, ':');
  return /^(this|these|following)$/u.test(word) && view.isMark(index + 1, ':');
}

function adjunctsOnly(view: TokenView, first: number, end: number): boolean {
  let afterPreposition = false;
  for (let index = first; index < end; index += 1) {
    const pos = view.pos(index);
    if (pos === 'ADP') {
      afterPreposition = true;
      continue;
    }
    if (view.isMark(index, ',:—–')) {
      afterPreposition = false;
      continue;
    }
    if (pos === 'ADV' && view.word(index) !== 'that') continue;
    if (afterPreposition && view.isNounPhraseToken(index)) continue;
    if (pos === 'PROPN' || pos === 'NUM') continue; // "said Tuesday", "said March 3"
    if (
      pos === 'NOUN' &&
      /^(yesterday|today|tonight|earlier|later|morning|evening|afternoon|night|day|week|weekend|month|year)$/u.test(
        view.word(index),
      )
    )
      continue;
    if (pos === 'DET' && /^(this|last|next|each)$/u.test(view.word(index))) continue;
    // "said this: “…”", "wrote the following: “…”": an object that points at the quotation after
    // the colon
    if (pointsAhead(view, index)) continue;
    return false;
  }
  return true;
}

/**
 * A cue before the quotation in its sentence. Direct when only an addressee and adverbials stand
 * between ("He said: “…”", "Smith told Reuters “…”", "According to the agency, “…”"); mixed when
 * a reported clause does ("X said the men were “able to travel freely” …"). A cue already given to
 * another quotation is not taken again.
 */
function attributionBefore(
  view: TokenView,
  openToken: number,
  floor: number,
  closeToken: number,
  usedCues: ReadonlySet<number>,
): FoundBefore | null {
  if (isTitlePosition(view, openToken)) return null;
  const lowest = Math.max(floor, openToken - WINDOW * 3);
  for (let index = openToken - 1; index >= lowest; index -= 1) {
    if (view.isMark(index, '.;?!')) return null;
    if (view.isQuoteToken(index)) return null; // another quotation in between
    const cue = view.cueAt(index);
    if (cue === null || cue.end > openToken) continue;
    if (usedCues.has(cue.first)) return null;
    let source: TokenRange | null;
    let clauseEnd: number;
    if (view.isAccordingTo(cue)) {
      source = view.nounPhraseForward(cue.end, openToken, false);
      if (source === null) return null;
      clauseEnd = source.end;
    } else {
      let before = cue.first;
      // "The statement went on to say: “…”"
      if (view.word(before - 1) === 'to' && view.word(before - 2) === 'on' && GO.has(view.word(before - 3)))
        before -= 3;
      while (before - 1 >= floor && cue.first - before < 3 && view.isBetweenSourceAndVerb(before - 1))
        before -= 1;
      source = view.nounPhraseBackward(before, floor);
      if (source === null) source = sentenceSubject(view, cue, floor, before);
      // "a voice that said “…”" has no source here: look further back.
      if (source === null) continue;
      clauseEnd = skipAddressee(view, cue, openToken);
    }
    // Direct: only adverbials between, and a colon or comma before the quotation unless nothing is
    // between ("said on ABC’s “This Week”" names a show).
    let lastBetween = openToken - 1;
    const punctuated = view.isMark(lastBetween, ':,');
    if (punctuated) lastBetween -= 1;
    const naming = view.isNamingCue(cue);
    const direct =
      !naming &&
      adjunctsOnly(view, clauseEnd, openToken) &&
      (punctuated || lastBetween < clauseEnd) &&
      (closeToken < 0 || endsClause(view, closeToken));
    if (direct) return { cue, source, last: cue.end - 1, mixed: null };
    // Mixed: the quotation sits inside the clause the cue reports. Not across a colon.
    for (let inside = clauseEnd; inside < openToken; inside += 1) if (view.isMark(inside, ':')) return null;
    const clauseStart = reportedClauseStart(view, clauseEnd, openToken);
    if (clauseStart < 0) return null;
    if (naming && !namedObject(view, clauseStart, openToken, cue.first)) return null;
    return { cue, source, last: cue.end - 1, mixed: clauseStart, naming };
  }
  return null;
}

/** Words before a quotation that make it a title, not speech: "MSNBC’s “Morning Joe”", "the book “Exile”". */
const TITLE_WORDS = new Set([
  'book',
  'books',
  'show',
  'program',
  'programme',
  'film',
  'movie',
  'song',
  'album',
  'series',
  'column',
  'article',
  'headline',
  'essay',
  'novel',
  'documentary',
  'podcast',
  'titled',
  'entitled',
  'hashtag',
  'slogan',
  'motto',
  'banner',
  'memoir',
]);

function isTitlePosition(view: TokenView, openToken: number): boolean {
  const previous = view.word(openToken - 1);
  if (TITLE_WORDS.has(previous)) return true;
  // "on MSNBC’s “Morning Joe”", "to ABC’s “This Week”" (but not "Obama’s “pivot”" in a reported clause)
  if (previous !== "'s" && previous !== '’s') return false;
  return view.pos(openToken - 3) === 'ADP' || view.pos(openToken - 4) === 'ADP';
}

/**
 * What a naming verb names, before the quotation: "the plan", "it", "the talks as", "Lee, his rival,";
 * nothing when a relative pronoun stands before the cue ("which he called “…”", "what she called “…”").
 * Not "a film called “…”", not "called him rude and accused him of “…”".
 */
function namedObject(view: TokenView, first: number, openToken: number, cueFirst: number): boolean {
  if (first >= openToken) {
    for (let index = cueFirst - 1; index >= 0 && cueFirst - index <= 4; index -= 1) {
      const word = view.word(index);
      if (word === 'which' || word === 'what' || word === 'whom') return true;
    }
    return false;
  }
  for (let index = first; index < openToken; index += 1) {
    const pos = view.pos(index);
    if (pos === 'VERB' || pos === 'AUX' || view.isMark(index, '—–:;(')) return false;
  }
  return true;
}

/**
 * The subject of the sentence, for a cue with none of its own: a participle after a comma ("Trump
 * left, saying: “…”") or a second verb ("McConnell praised him and said that …"): the first noun
 * phrase at a clause start that a verb follows.
 */
function sentenceSubject(
  view: TokenView,
  cue: TokenRange,
  floor: number,
  verbGroupStart: number,
): TokenRange | null {
  const word = view.word(cue.first);
  const before = view.word(verbGroupStart - 1);
  // "…, saying" or "… “fantastic,” telling"
  const afterComma =
    before === ',' || (view.isQuoteToken(verbGroupStart - 1) && view.word(verbGroupStart - 2) === ',');
  const participle = word.endsWith('ing') && afterComma;
  const coordinated = before === 'and' || before === 'but';
  if (!participle && !coordinated) return null;
  const sentence = view.sentences[view.sentenceOf(cue.first)];
  if (sentence === undefined) return null;
  const first = Math.max(floor, sentence.firstToken);
  for (let index = first; index < verbGroupStart - 1 && index - first < WINDOW * 2; index += 1) {
    if (index !== first && !view.isMark(index - 1, ',')) continue;
    const subject = view.nounPhraseForward(index, verbGroupStart, true);
    if (subject === null) continue;
    let verb = subject.end;
    if (view.isMark(verb, ',')) verb += 1;
    for (let step = 0; step < 3 && verb < verbGroupStart - 1; step += 1) {
      const pos = view.pos(verb);
      if (pos === 'VERB' || pos === 'AUX') return subject;
      if (!view.isBetweenSourceAndVerb(verb) && pos !== 'ADV') break;
      verb += 1;
    }
  }
  return null;
}

/**
 * Where the clause a cue reports starts, for a mixed quotation: right after the cue (and its
 * addressee), or at "that" after adverbials ("said earlier this year that …"); -1 when what follows
 * the cue is not a reported clause ("proclaimed by …", "replied to him").
 */
function reportedClauseStart(view: TokenView, clauseEnd: number, openToken: number): number {
  let start = view.isMark(clauseEnd, ',') ? clauseEnd + 1 : clauseEnd;
  for (let index = start; index < openToken && index - start < 8; index += 1) {
    if (view.word(index) === 'that') {
      if (adjunctsOnly(view, start, index)) start = index;
      break;
    }
  }
  return startsReportedClause(view, start, openToken) ? start : -1;
}

/**
 * After a directly quoted quotation: the sentence ends, or punctuation, or a conjunction or adverbial;
 * or the quotation itself ends with a stop ("‘I will.’ That is all").
 */
function endsClause(view: TokenView, closeToken: number): boolean {
  let before = view.token(closeToken).start - 1;
  while (before > 0 && /['"’”»]/u.test(view.text.charAt(before))) before -= 1;
  if (/[.?!…]/u.test(view.text.charAt(before))) return true;
  const next = closeToken + 1;
  if (next >= view.length || view.sentenceOf(next) !== view.sentenceOf(closeToken)) return true;
  if (view.isPunctuation(next)) return true;
  const pos = view.pos(next);
  return pos === 'SCONJ' || pos === 'CCONJ' || pos === 'ADP' || pos === 'ADV';
}

/** "She added:" closing the paragraph before a paragraph that opens with the quotation. */
function attributionEndingParagraph(
  view: TokenView,
  quote: Quotation,
  openToken: number,
  usedCues: ReadonlySet<number>,
): FoundBefore | null {
  const colon = openToken - 1;
  if (!view.isMark(colon, ':') || view.paragraphOf(colon) !== quote.paragraph - 1) return null;
  const sentence = view.sentences[view.sentenceOf(colon)];
  if (sentence === undefined) return null;
  const found = attributionBefore(view, colon + 1, sentence.firstToken, -1, usedCues);
  return found !== null && found.mixed === null ? found : null;
}

/** The token that `dep` hangs from `head` in [first, end), or -1. */
function dependentIn(view: TokenView, head: number, dep: RegExp, first: number, end: number): number {
  for (let index = first; index < end; index += 1) {
    const token = view.token(index);
    if (token.head === head && dep.test(token.dep)) return index;
  }
  return -1;
}

/** A subject that can speak: a name, a personal pronoun, a noun for a person ("the coach"). */
function personSubject(view: TokenView, index: number): boolean {
  const pos = view.pos(index);
  const word = view.word(index);
  if (pos === 'PROPN') return true;
  if (pos === 'PRON') return /^(?:he|she|they|i|we)$/u.test(word);
  return pos === 'NOUN' && (personNoun(word) !== undefined || roleNoun(word) !== undefined);
}

/**
 * A person's copular predicate before a colon and a quotation that ends the sentence: "The coach was
 * blunt: “We were not good enough.”", "She was more cautious: “…”". Cue = the copula and the
 * predicate, source = the subject. The sentence holds nothing else: not "The reason was simple:
 * “…”" (no person), not "He was 12 when …: “…”".
 */
function copularFrame(
  view: TokenView,
  openToken: number,
  sentence: Sentence,
  closeToken: number,
): FoundBefore | null {
  const colon = openToken - 1;
  const predicate = colon - 1;
  if (!view.isMark(colon, ':') || predicate <= sentence.firstToken) return null;
  for (let index = closeToken + 1; index < sentence.endToken; index += 1)
    if (!view.isPunctuation(index)) return null;
  const pos = view.pos(predicate);
  if (pos !== 'ADJ' && pos !== 'VERB') return null;
  const copula = dependentIn(view, predicate, /^cop$/u, sentence.firstToken, predicate);
  if (copula < 0) return null;
  // "was more blunt", "was characteristically blunt"
  for (let index = copula + 1; index < predicate; index += 1) if (view.pos(index) !== 'ADV') return null;
  const subject = dependentIn(view, predicate, /^nsubj$/u, sentence.firstToken, copula);
  if (subject < 0 || !personSubject(view, subject)) return null;
  const source = view.nounPhraseBackward(copula, sentence.firstToken);
  if (source === null || source.first > subject || source.end <= subject) return null;
  // nothing before the subject but a conjunction or an adverb ("But the coach was blunt: …")
  for (let index = sentence.firstToken; index < source.first; index += 1) {
    const before = view.pos(index);
    if (before !== 'CCONJ' && before !== 'ADV' && !view.isMark(index, ',')) return null;
  }
  return { cue: { first: copula, end: predicate + 1 }, source, last: predicate, mixed: null };
}

/**
 * Whether the direct quotation that starts at `content` is given, by `colonFrame`, the cue whose
 * head is the token `cueHead`: the span finder's filter keeps such a cue ("offered words of
 * comfort: “…”") that is no speech verb, and only then.
 */
export function colonFrameCue(text: string, segments: Segments, cueHead: number, content: Span): boolean {
  const quotes = findQuotations(text, segments);
  const quote = quotes.find((item) => item.outer.start === content.start);
  if (quote === undefined || quote.level !== 0 || quote.scare || quote.close === null) return false;
  if (quote.continuedBy >= 0 || quote.continues >= 0) return false;
  const view = new TokenView(text, segments);
  view.markQuotations(quotes);
  const openToken = view.at(quote.open.start);
  const sentence = view.sentences[view.sentenceOf(openToken)];
  if (sentence === undefined) return false;
  const found = colonFrame(view, openToken, sentence, view.at(quote.close.end - 1), new Set());
  return found !== null && found.cue.first === cueHead;
}

/**
 * Words in title case, a title rather than speech ("released a new single: “Love Will Find a Way”"):
 * every word after the first that is longer than three letters starts with a capital, and there
 * are at least two such words.
 */
function titleCased(view: TokenView, first: number, end: number): boolean {
  let long = 0;
  for (let index = first + 1; index < end; index += 1) {
    const token = view.token(index);
    const form = view.text.slice(token.start, token.end);
    if (!/^\p{L}{4,}$/u.test(form)) continue;
    if (!/^\p{Lu}/u.test(form)) return false;
    long += 1;
  }
  return long >= 2;
}

/**
 * A person's main clause before a colon and a quotation that ends the sentence, with no speech verb:
 * "Coach Tarn offered words of comfort: “Just play your game.”", "He summed up his season: “…”".
 * Cue = the main verb, source = its subject (a person: `personSubject`). The clause holds no other
 * quotation and is not negated; the quotation has at least `MINIMUM_CUELESS_WORDS` words and a verb
 * (not a list of items or a title after the colon).
 */
function colonFrame(
  view: TokenView,
  openToken: number,
  sentence: Sentence,
  closeToken: number,
  usedCues: ReadonlySet<number>,
): FoundBefore | null {
  const colon = openToken - 1;
  if (!view.isMark(colon, ':') || colon <= sentence.firstToken) return null;
  for (let index = closeToken + 1; index < sentence.endToken; index += 1)
    if (!view.isPunctuation(index)) return null;
  if (wordCount(view, openToken, closeToken) < MINIMUM_CUELESS_WORDS) return null;
  let quotedVerb = false;
  for (let index = openToken + 1; index < closeToken; index += 1)
    if (view.pos(index) === 'VERB' || view.pos(index) === 'AUX') quotedVerb = true;
  if (!quotedVerb || titleCased(view, openToken + 1, closeToken)) return null;
  const { firstToken } = sentence;
  let root = -1;
  for (let index = firstToken; index < colon; index += 1) {
    if (view.isQuoteToken(index)) return null;
    if (view.token(index).dep === 'root') root = index;
  }
  if (root < 0 || view.pos(root) !== 'VERB' || usedCues.has(root)) return null;
  // the quotation hangs from that verb, not from a clause inside it ("She became so upset that I
  // had to change my answer: “…”" is the writer's answer)
  const quoted = view.token(openToken).head;
  if (quoted !== root && view.tokens[quoted]?.head !== root) return null;
  // a verb that reports a clause of its own before the colon has that clause for its content ("Dr
  // Holt added that funding was short: “…”")
  if (dependentIn(view, root, /^(?:ccomp|csubj)/u, root + 1, colon) >= 0) return null;
  if (negatedBetween(view, root, firstToken, colon)) return null;
  const source = personSourceOf(view, root, firstToken);
  if (source === null) return null;
  // nothing before the subject but a conjunction or an adverb ("But Tarn offered …")
  for (let index = firstToken; index < source.first; index += 1) {
    const before = view.pos(index);
    if (before !== 'CCONJ' && before !== 'ADV' && !view.isMark(index, ',')) return null;
  }
  return { cue: { first: root, end: root + 1 }, source, last: colon - 1, mixed: null };
}

/**
 * A paragraph that is a quotation, after a paragraph whose last sentence is a person's speech verb
 * with a noun phrase as its object: "Ms Ortiz described the night." ¶ "“We ran down the stairs …”",
 * "He recalled the first day." ¶ "“…”". Cue = the verb, source = its subject. Not when the verb
 * reports a clause of its own ("She said the night was terrible.": that report is the speaker the
 * quotation continues), is negated, or the sentence quotes.
 */
function reportEndingParagraph(
  view: TokenView,
  quote: Quotation,
  openToken: number,
  usedCues: ReadonlySet<number>,
): FoundBefore | null {
  const stop = openToken - 1;
  if (!view.isMark(stop, '.') || view.paragraphOf(stop) !== quote.paragraph - 1) return null;
  const sentence = view.sentences[view.sentenceOf(stop)];
  if (sentence === undefined) return null;
  const { firstToken, endToken } = sentence;
  let root = -1;
  for (let index = firstToken; index < endToken; index += 1) {
    if (view.isQuoteToken(index)) return null;
    if (view.token(index).dep === 'root') root = index;
  }
  if (root < 0 || view.pos(root) !== 'VERB' || usedCues.has(root)) return null;
  const cue = view.cueAt(root);
  if (cue === null || cue.first !== root || view.isAccordingTo(cue)) return null;
  if (dependentIn(view, root, /^(?:ccomp|xcomp|parataxis|csubj)/u, firstToken, endToken) >= 0) return null;
  if (negatedBetween(view, root, firstToken, endToken)) return null;
  const source = personSourceOf(view, root, firstToken);
  if (source === null) return null;
  return { cue, source, last: cue.end - 1, mixed: null };
}

/** Whether a negation between `from` and `to` hangs on the verb `root` ("did not describe", "never said"). */
function negatedBetween(view: TokenView, root: number, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const token = view.token(index);
    if (token.head === root && (token.dep === 'neg' || /^(?:not|n't|never)$/u.test(view.word(index))))
      return true;
  }
  return false;
}

/**
 * The noun phrase of the person who is the verb's subject, read back from the verb group (its
 * auxiliaries and adverbs) to no further than `firstToken`; null when the subject is no person or
 * the phrase does not hold it.
 */
function personSourceOf(
  view: TokenView,
  root: number,
  firstToken: number,
): ReturnType<TokenView['nounPhraseBackward']> {
  const subject = dependentIn(view, root, /^nsubj$/u, firstToken, root);
  if (subject < 0 || !personSubject(view, subject)) return null;
  let verbGroup = root;
  while (verbGroup - 1 > subject && view.isBetweenSourceAndVerb(verbGroup - 1)) verbGroup -= 1;
  const source = view.nounPhraseBackward(verbGroup, firstToken);
  return source === null || source.first > subject || source.end <= subject ? null : source;
}

/**
 * The reported clause of a mixed quotation: from `first` to the end of the sentence, without a
 * final stop outside the quotation marks ("… “able to travel freely” between cities." → up to
 * "cities"; "… “comprehensive reform.”" → through the closing mark).
 */
function clauseSpan(
  view: TokenView,
  first: number,
  sentenceEnd: number,
  quotes: readonly Quotation[],
  quoteIndex: number,
): Span {
  let last = sentenceEnd - 1;
  while (last > first && view.isMark(last, '.;:!?')) last -= 1;
  const quote = quotes[quoteIndex] as Quotation;
  const start = Math.min(view.token(first).start, quote.outer.start);
  const end = Math.max(view.token(last).end, quote.outer.end);
  return { start, end };
}
