import type { Span, Token } from '../../../model/index.js';
import type { DocumentIndex } from './document-index.js';

/**
 * Hedges: words that weaken a claim, inside its content or governing it ("X reportedly said",
 * "X is believed to have told"). Listed as they are written, once each, in text order.
 */

/** Hedges whatever follows them. */
const ALWAYS = new Set([
  'allegedly',
  'alleged',
  'reportedly',
  'apparently',
  'purportedly',
  'purported',
  'supposedly',
  'possibly',
  'perhaps',
  'probably',
  'presumably',
  'seemingly',
  'likely',
  'unlikely',
  'unproven',
  'unverified',
  'unconfirmed',
  'unsubstantiated',
  'seem',
  'seems',
  'seemed',
]);

/** Hedges only before "to" or "that": "appeared to have been", not "appeared in court". */
const BEFORE_TO = new Set(['appear', 'appears', 'appeared', 'appearing', 'believed', 'thought', 'suspected']);

/** Modal hedges, only as auxiliaries: "may have", not the month "May 22". */
const MODALS = new Set(['may', 'might']);

/** Words that may be hedges: the scan that finds them, before the token checks above. */
const HEDGE_HINT =
  /\b(?:allegedly|alleged|reportedly|apparently|purportedly|purported|supposedly|possibly|perhaps|probably|presumably|seemingly|likely|unlikely|unproven|unverified|unconfirmed|unsubstantiated|seem|seems|seemed|appear|appears|appeared|appearing|believed|thought|suspected|may|might)\b/gi;

/** ", but that …", "and that …": a second complement of the same cue, part of what was said. */
const CONJOINED_COMPLEMENT = /^\s*,?\s*(?:but|and)\s+(?:also\s+)?that\b/i;

function hedgeAt(index: DocumentIndex, position: number): boolean {
  const token = index.tokens[position] as Token;
  const word = index.tokenText(position);
  const lower = word.toLowerCase();
  if (ALWAYS.has(lower)) return true;
  if (BEFORE_TO.has(lower)) return /^(?:to|that)$/i.test(index.tokenText(position + 1));
  if (MODALS.has(lower)) return word !== 'May' && (token.pos === 'AUX' || token.pos === 'VERB');
  return false;
}

/**
 * Hedge words of an attribution: in its content spans, in the words between its source and its
 * cue (in the cue itself when it has no source), and in a conjoined second complement after the content ("…, but that it appeared to …").
 */
export function hedgesOf(
  index: DocumentIndex,
  source: Span | null,
  cue: Span | null,
  content: readonly Span[],
): string[] {
  const regions: Span[] = [...content];
  if (source !== null && cue !== null && source.end <= cue.start)
    regions.push({ start: source.end, end: cue.end });
  // a cue that names no source is the hedge itself: "reportedly", "is believed to have …"
  else if (source === null && cue !== null) regions.push(cue);
  const last = content[content.length - 1];
  if (last !== undefined) {
    const sentence = index.sentenceAt(last.start);
    if (last.end < sentence.end && CONJOINED_COMPLEMENT.test(index.text.slice(last.end, sentence.end)))
      regions.push({ start: last.end, end: sentence.end });
  }
  regions.sort((left, right) => left.start - right.start);
  const found: string[] = [];
  for (const region of regions) {
    // one native scan per region finds the few words worth a look; tokens confirm them
    const slice = index.text.slice(region.start, region.end);
    HEDGE_HINT.lastIndex = 0;
    for (let match = HEDGE_HINT.exec(slice); match !== null; match = HEDGE_HINT.exec(slice)) {
      const position = index.tokenAtOrAfter(region.start + match.index);
      const token = index.tokens[position];
      if (token === undefined || token.start !== region.start + match.index || !hedgeAt(index, position))
        continue;
      const word = index.tokenText(position);
      if (!found.includes(word)) found.push(word);
    }
  }
  return found;
}
