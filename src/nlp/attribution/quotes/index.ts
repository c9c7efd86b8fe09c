/**
 * Quotations and the attributions of direct and mixed quotations.
 *
 * ```ts
 * const quotes = findQuotations(text, segments);          // every quotation, with its marks
 * const candidates = quoteAttributions(text, segments, quotes);
 * ```
 *
 * `findQuotations(text, segments): Quotation[]` — sorted by opening mark. Each quotation has its
 * `open` / `close` marks (close null for a piece left open at its paragraph's end), `outer` (marks
 * included) and `inner` (marks and edge spaces excluded) spans, `style`, `level` (0 outermost, 1
 * inside another, …), `parent` (index of the enclosing quotation or -1), `paragraph`, and `scare`
 * (at most 3 words, no verb, inside a sentence: a phrase set off, rarely an attribution).
 * Marks: " ' “ ” ‘ ’ „ ‚ « » (and » « reversed) ‹ › ” ” and '' typed as a double mark; “ and " close
 * each other (texts typed on two keyboards). Apostrophes (don’t, Putin’s, rock ’n’ roll, ’90s, the
 * students’ union) are not marks.
 *
 * Quotations over several paragraphs are LINKED PIECES, one `Quotation` per paragraph: each piece
 * spans only its paragraph; `continues` / `continuedBy` give the previous / next piece (-1 when
 * none); only the last piece has a closing mark. A paragraph's open quotation continues only when
 * the next paragraph starts with an opening mark of the same family; a chain that never closes, or
 * runs over more than 24 paragraphs, is dropped, and a stray mark otherwise pairs with nothing or
 * with a mark in its own paragraph: no quotation ever spans paragraphs on its own.
 *
 * `quoteAttributions(text, segments, quotes, options?): AttributionCandidate[]` — candidates in the
 * shape of ../candidate.ts, sorted by their first content span; `continues` indexes THIS list (remap
 * it when merging into another list). Conventions:
 * - `content` of a direct quotation follows PolNeAR (checked on its train .ann files): the quotation
 *   WITH its marks and the punctuation inside them, `“We will stay,”` (option `content: 'inner'`
 *   gives `We will stay,` instead). Several spans when the quotation is interrupted by its
 *   attribution (`“A,” he said, “B.”`), resumed after it in the same paragraph (`“A,” he said. “B.”`)
 *   or runs over several paragraphs (one span per piece).
 * - `content` of a mixed quotation is the reported clause: after the cue (and its addressee), with
 *   "that", to the end of the sentence without a final stop outside the marks; with a cue after it
 *   (`The plan is “dead,” the senator said.`) from the sentence start to the quotation or the comma
 *   before the cue; with a naming verb (`called the plan “a disgrace”`, `described X as “…”`) from
 *   the object through the closing mark.
 * - `cue` is the speech verb ("said", "told", "pointed out", "called") or "according to", without
 *   auxiliaries or adverbs; `source` the whole subject noun phrase with an appositive or a "who"
 *   clause ("Lena Ortiz, a spokeswoman for the board", "Sen. Ann Lee (D-Ohio)"), without a trailing
 *   comma; for "…, saying: “…”" and "… and added: “…”" the subject of the sentence.
 * - a whole-paragraph quotation (4 words or more) with no cue right after a paragraph whose last
 *   candidate is direct or mixed gets cue and source null and `continues` = the index of that
 *   candidate (which may itself be such a continuation); not when its marks are single and the
 *   speaker's were double (a subhead). A cue-less whole-paragraph quotation right BEFORE a paragraph
 *   quotation with a cue after it is added to that candidate's content as its first span.
 * - titles are not speech: no cue is looked for before a quotation after "book", "show", "film", …,
 *   or after "on ABC’s"; a cue already given to one quotation is not given to another.
 * - a quotation inside a quotation with its own cue and source inside the outer one gives its own
 *   direct candidate (`“He asked me, ‘will you help?’”` → source "He", cue "asked").
 */
export { findQuotations, type Quotation, type QuoteStyle } from './quotations.js';
export {
  quoteAttributions,
  type QuoteAttributionOptions,
  type QuoteContentStyle,
} from './quote-attributions.js';
