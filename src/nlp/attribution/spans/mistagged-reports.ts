import type { Segments, Span, Token } from '../../../model/index.js';
import { baseFormOf, lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synsetsOf } from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, CUE, QUOTED, SOURCE, type Proposal, type ReportPass } from './add-reports.js';
import { reportingVerb } from './reporting-predicate.js';

/**
 * Reports whose verb the tagger read as a plural noun after a noun: "prosecutors [claim] that
 * losses were hidden", "research group JD Power [estimates] sales will hit 200,000", "…, latest
 * figures [show]." A word tagged NOUN, or a verb the parse made a noun compound's modifier in a
 * headline-like sentence ("Mayor [confirms] bridge will reopen"), is read as the reporting verb when
 *
 * - its form is a verb's base form or its -s form, and the verb reports with a clause by WordNet
 *   (`reportingVerb`: a communication or cognition sense with the that-clause frame);
 * - a noun phrase (nouns, names, adjectives, a determiner, a possessive) stands right before it
 *   and opens its clause: at the sentence's start, or after a comma, "and", "but" or "while"
 *   ("The firm collapsed and prosecutors claim …"), not after a preposition or a verb ("in line
 *   with Bank of England forecasts");
 * - and a clause follows it: "that", or a noun phrase and then a verb before the sentence ends;
 *   or, at the sentence's end after that noun phrase and a comma, the clause before the comma is
 *   what is reported ("Exports hit a record, latest figures show.").
 *
 * Cue = the word, source = the noun phrase, content = the clause (without "that"). A word in a cue
 * or a source found before, or in quoted words, adds nothing. The phrase may hold "of" ("critics of
 * the plan claim …").
 */

const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const CLAUSE_OPENERS = /^(?:,|and|but|while|;|—|–|-)$/iu;

function verbForm(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'verb');
  if (lemma === null || !(key === lemma || key === `${lemma}s` || key === `${lemma}es`)) return false;
  const found = reportingVerb(lemma);
  return found.clause && (found.communication || found.cognition);
}

/**
 * Whether a noun is singular and names no group or people: its form is its lemma and does not end
 * in a small "s" ("US" may), and its first WordNet sense is in neither noun.group nor noun.person ("US", "record";
 * not "police", "staff", "prosecutors").
 */
function singularNoun(text: string, token: Token): boolean {
  const form = text.slice(token.start, token.end);
  if (form.toLowerCase() !== token.lemma.toLowerCase() || /s$/u.test(form)) return false;
  const first = synsetsOf(form.toLowerCase(), 'noun')[0];
  if (first === undefined) return token.pos === 'PROPN';
  const file = lexicographerFileOf(first, 'noun');
  return file !== NOUN_GROUP && file !== NOUN_PERSON;
}

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** The report at token `cue` of the sentence [firstToken, endToken) when its tagged noun is a verb misread (see above), or null. */
function mistaggedReport(
  text: string,
  tokens: readonly Token[],
  cue: number,
  firstToken: number,
  endToken: number,
): AttributionCandidate | null {
  if (cue <= firstToken || cue >= endToken - 1) return null;
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  const token = tokens[cue] as Token;
  const before = tokens[cue - 1] as Token;
  // a noun, or a verb the parse made part of a noun compound ("Mayor [confirms] bridge will reopen")
  const misread = token.pos === 'NOUN' || (token.pos === 'VERB' && token.dep === 'compound');
  if (!misread || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return null;
  if (!/^[a-z]+$/u.test(word(cue)) || !verbForm(word(cue))) return null;
  // "US [record] shops are stocking …": a base form after a singular noun that names no group
  // agrees with no subject; it modifies the noun after it
  if (baseFormOf(word(cue), 'verb') === word(cue) && singularNoun(text, before)) return null;
  // the noun phrase before it, and what opens it
  let first = cue - 1;
  while (first > firstToken) {
    const previous = tokens[first - 1] as Token;
    if (
      PHRASE_TAGS.has(previous.pos) ||
      (previous.pos === 'PART' && /^['’]s?$/u.test(word(first - 1))) ||
      (previous.pos === 'ADP' && /^of$/iu.test(word(first - 1)))
    )
      first -= 1;
    else break;
  }
  const opener = first > firstToken ? word(first - 1) : '';
  // "As the Gazette [reports], the mayor has resigned": an aside that opens the sentence, the main
  // clause after its comma what is reported
  const aside = first - 1 === firstToken && /^as$/iu.test(opener) && word(cue + 1) === ',';
  if (first > firstToken && !aside && !CLAUSE_OPENERS.test(opener) && !/^["“‘']$/u.test(opener)) return null;
  let last = endToken - 1;
  while (last > cue && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  let content: Span;
  if (aside) {
    const clause = tokens.slice(cue + 2, last + 1);
    if (!clause.some((inner) => inner.pos === 'VERB' || inner.pos === 'AUX')) return null;
    content = spanOf(tokens, cue + 2, last);
  } else if (last === cue) {
    // "…, latest figures show.": the clause before the comma
    if (opener !== ',' || first - 2 <= firstToken) return null;
    let end = first - 2;
    let start = firstToken;
    while (start < end && (tokens[start] as Token).pos === 'PUNCT') start += 1;
    while (end > start && (tokens[end] as Token).pos === 'PUNCT') end -= 1;
    const clause = tokens.slice(start, end + 1);
    if (!clause.some((inner) => inner.pos === 'VERB' || inner.pos === 'AUX')) return null;
    content = spanOf(tokens, start, end);
  } else {
    let start = cue + 1;
    if (/^that$/iu.test(word(start))) start += 1;
    else {
      // a noun phrase, then a verb of its own
      const next = tokens[start] as Token;
      if (!PHRASE_TAGS.has(next.pos) && next.pos !== 'PRON') return null;
      let at = start;
      while (
        at <= last &&
        (PHRASE_TAGS.has((tokens[at] as Token).pos) || (tokens[at] as Token).pos === 'PRON')
      )
        at += 1;
      const verb = tokens[at];
      if (at > last || verb === undefined || (verb.pos !== 'AUX' && verb.pos !== 'VERB')) return null;
    }
    if (start > last) return null;
    content = spanOf(tokens, start, last);
  }
  return {
    kind: 'indirect',
    cue: spanOf(tokens, cue, cue),
    source: spanOf(tokens, first, cue - 1),
    content: [content],
  };
}

/**
 * Whether the tagged noun at `position` is a reporting verb the tagger misread (`addMistaggedReports`)
 * and `source` (when given) lies in the noun phrase before it.
 */
export function mistaggedReportingVerb(
  text: string,
  segments: Segments,
  position: number,
  source: Span | null = null,
): boolean {
  const sentence = segments.sentences.find(
    (inner) => position >= inner.firstToken && position < inner.endToken,
  );
  if (sentence === undefined) return false;
  const found = mistaggedReport(text, segments.tokens, position, sentence.firstToken, sentence.endToken);
  return found !== null && (source === null || (found.source !== null && source.start >= found.source.start));
}

function* mistaggedReportProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  for (const sentence of segments.sentences) {
    const { firstToken, endToken } = sentence;
    for (let cue = firstToken + 1; cue < endToken - 1; cue += 1) {
      const found = mistaggedReport(text, tokens, cue, firstToken, endToken);
      if (found === null || found.cue === null || found.source === null) continue;
      yield { candidate: found };
    }
  }
}

/**
 * Nothing is added on the cues and sources found, nor on quoted words: a candidate the filter will
 * drop may have taken the clause as its content ("is expected [to grow …, economists forecast]").
 */
export const MISTAGGED_REPORTS: ReportPass = {
  propose: mistaggedReportProposals,
  guards: [{ held: CUE | SOURCE | QUOTED, checked: CUE | SOURCE, grows: CUE | SOURCE }],
};

export function addMistaggedReports(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, MISTAGGED_REPORTS);
}
