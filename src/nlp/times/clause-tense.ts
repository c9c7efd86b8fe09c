import type { Segments, Token } from '../../model/index.js';
import { lexicographerFileOf, synsetsOf } from '../events/wordnet.js';

/**
 * The tense of the verb a time expression hangs on, read from the parse: "will meet Friday",
 * "is scheduled to land Tuesday morning", "is flying Monday" speak of what is ahead; "met Friday",
 * "had left Friday", "was seen Friday" of what is past. A bare weekday or month is then read ahead
 * of, or behind, the reference day (normalise.ts). `null` when the parse says nothing clear (no
 * verb above the expression, a bare present, an infinitive under a past verb).
 */
export type ClauseTense = 'future' | 'past' | 'present' | null;

/** Verbs whose present tense announces what is to come ("is scheduled to", "plans to", "expects"). */
const ANNOUNCING =
  /^(?:schedule|plan|expect|set|slate|due|intend|prepare|aim|hope|propose|seek|want|promise|vow|threaten|pledge)$/;

const FUTURE_AUX = /^(?:will|'ll|wo|shall|would|'d)$/i;
const PAST_AUX = /^(?:did|was|were|had|has|have|'d|'ve)$/i;
const PRESENT_BE = /^(?:is|are|am|'s|'re)$/i;

/** WordNet's lexicographer files of verbs whose present describes a state or a saying, not a plan. */
const STATIVE_FILES: ReadonlySet<number> = new Set([
  31, // verb.cognition: know, believe
  32, // verb.communication: say, tell, ask
  40, // verb.possession: have, own
  42, // verb.stative: be, remain, include
]);

/** Whether a verb's most frequent WordNet sense is an event (meet, rule, vote, land), not a state or a saying. */
function eventive(lemma: string): boolean {
  const offsets = synsetsOf(lemma, 'verb');
  if (offsets.length === 0) return false;
  return !STATIVE_FILES.has(lexicographerFileOf(offsets[0]!, 'verb'));
}

function word(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

/** Index of the token at or after `offset` (tokens are in text order). */
function tokenAt(segments: Segments, offset: number): number {
  const tokens = segments.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function children(segments: Segments, head: number): number[] {
  const found: number[] = [];
  const tokens = segments.tokens;
  // a head's dependents are in its sentence: look a bounded window either side
  for (let index = Math.max(0, head - 40); index < Math.min(tokens.length, head + 40); index += 1)
    if (tokens[index]!.head === head) found.push(index);
  return found;
}

/**
 * A word tagged a noun that the parse gives a subject and no copula is a verb the tagger missed
 * ("the leaders travel to Oslo on Sunday": "travel" NOUN with the subject "leaders").
 */
function predicateNoun(segments: Segments, index: number): boolean {
  const token = segments.tokens[index]!;
  if (token.pos !== 'NOUN') return false;
  const below = children(segments, index);
  return (
    below.some((child) => /^nsubj/.test(segments.tokens[child]!.dep)) &&
    !below.some((child) => segments.tokens[child]!.dep === 'cop')
  );
}

/** The tense of one verb (or copular predicate) from its auxiliaries and its form. */
function verbTense(text: string, segments: Segments, verb: number, depth: number): ClauseTense {
  const tokens = segments.tokens;
  const token = tokens[verb]!;
  const form = word(text, token).toLowerCase();
  const below = children(segments, verb);
  const auxiliaries = below
    .filter((index) => /^(?:aux|aux:pass|cop)$/.test(tokens[index]!.dep))
    .map((index) => word(text, tokens[index]!).toLowerCase());
  const infinitive = below.some(
    (index) => tokens[index]!.dep === 'mark' && word(text, tokens[index]!).toLowerCase() === 'to',
  );
  if (auxiliaries.some((aux) => FUTURE_AUX.test(aux)))
    return auxiliaries.some((aux) => /^(?:have|'ve)$/.test(aux)) ? 'past' : 'future';
  if (auxiliaries.some((aux) => /^(?:going|gon)$/.test(aux))) return 'future';
  const presentBe = auxiliaries.some((aux) => PRESENT_BE.test(aux));
  // "is scheduled to", "are expected", "is due"
  if (presentBe && ANNOUNCING.test(token.lemma)) return 'future';
  // "is flying to Paris on Monday": an arrangement
  if (presentBe && token.pos === 'VERB' && form.endsWith('ing')) return 'future';
  // "planned a rally on Saturday", "has scheduled a news conference Thursday": the plan is past, the rally may not be
  if (auxiliaries.some((aux) => PAST_AUX.test(aux))) return ANNOUNCING.test(token.lemma) ? null : 'past';
  if (presentBe) return 'present';
  // "to meet Friday": the tense of the verb it completes ("plans to meet", "agreed to meet")
  if (infinitive) {
    if (depth < 2 && token.head >= 0 && /^(?:xcomp|ccomp|advcl)$/.test(token.dep)) {
      const above = tokens[token.head]!;
      const governing = verbTense(text, segments, token.head, depth + 1);
      // "did not plan to leave on Thursday": the plan is past or denied, the leaving still ahead
      if (ANNOUNCING.test(above.lemma)) return 'future';
      return governing === 'future' ? 'future' : null;
    }
    // "the league plans to hold …" parsed with "plans" as the subject of "hold": the verb the
    // tagger took for a noun still announces
    const announcing = below.some(
      (index) =>
        /^nsubj/.test(tokens[index]!.dep) &&
        tokens[index]!.pos === 'NOUN' &&
        ANNOUNCING.test(tokens[index]!.lemma) &&
        /s$/i.test(word(text, tokens[index]!)) &&
        tokens[index + 1] !== undefined &&
        word(text, tokens[index + 1]!).toLowerCase() === 'to',
    );
    return announcing ? 'future' : null;
  }
  if (token.pos !== 'VERB' && !predicateNoun(segments, verb)) return null;
  if (
    form === token.lemma.toLowerCase() ||
    form === `${token.lemma.toLowerCase()}s` ||
    form.endsWith('ing')
  ) {
    if (ANNOUNCING.test(token.lemma)) return 'future';
    // "the ministers meet Monday", "the court rules Tuesday": news tells a dated event in the simple
    // present only when it is to come (a verb with its own subject, not "-ing", not a verb of saying,
    // being or knowing, whose present is the reporter's)
    const subject = below.some((index) => /^nsubj/.test(tokens[index]!.dep));
    if (subject && !form.endsWith('ing') && eventive(token.lemma.toLowerCase())) return 'future';
    return 'present';
  }
  return ANNOUNCING.test(token.lemma) ? null : 'past';
}

export function clauseTense(text: string, segments: Segments, start: number, end: number): ClauseTense {
  const tokens = segments.tokens;
  const first = tokenAt(segments, start);
  if (first >= tokens.length) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last += 1;
  // the expression's own head: the token whose head lies outside it
  let head = first;
  for (let index = first; index <= last; index += 1) {
    const above = tokens[index]!.head;
    if (above < first || above > last) {
      head = index;
      break;
    }
  }
  // only the word the expression hangs on: climbing further through a noisy parse reads the tense
  // of another clause
  const governor = tokens[head]!.head;
  if (governor < 0) return null;
  const token = tokens[governor]!;
  if (token.pos === 'VERB' || token.pos === 'AUX') return verbTense(text, segments, governor, 0);
  if (predicateNoun(segments, governor)) return verbTense(text, segments, governor, 0);
  // a copular predicate ("was busy Friday", "will be payable Jan. 3") carries its auxiliaries itself
  if (children(segments, governor).some((index) => tokens[index]!.dep === 'cop'))
    return verbTense(text, segments, governor, 0);
  return null;
}
