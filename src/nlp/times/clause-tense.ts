import type { Segments, Token } from '../../model/index.js';
import { lexicographerFileOf, synsetsOf, VERB_CHANGE } from '../events/wordnet.js';

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
const PAST_AUX = /^(?:did|was|were|had|has|have|having|'d|'ve)$/i;
const PRESENT_BE = /^(?:is|are|am|'s|'re)$/i;

/** WordNet's lexicographer files of verbs whose present describes a state or a saying, not a plan. */
const STATIVE_FILES: ReadonlySet<number> = new Set([
  31, // verb.cognition: know, believe
  32, // verb.communication: say, tell, ask
  40, // verb.possession: have, own
  42, // verb.stative: be, remain, include
]);

/**
 * Whether a verb's most frequent WordNet sense is an event (meet, rule, vote, land), not a state or a
 * saying; a verb whose first sense is a state and whose second is a change ("the offer expires",
 * "the strike ends") counts as an event too.
 */
function eventive(lemma: string): boolean {
  const offsets = synsetsOf(lemma, 'verb');
  if (offsets.length === 0) return false;
  const first = lexicographerFileOf(offsets[0]!, 'verb');
  if (!STATIVE_FILES.has(first)) return true;
  return first === 42 && offsets.length > 1 && lexicographerFileOf(offsets[1]!, 'verb') === VERB_CHANGE;
}

/** WordNet's noun files of acts, communications, events and processes ("the vote", "the report", "the meeting"). */
const EVENT_NOUN_FILES: ReadonlySet<number> = new Set([4, 10, 11, 22]);

/** Whether a noun can name a happening that a time expression dates by itself ("the vote on Friday"). */
function eventNoun(lemma: string): boolean {
  return synsetsOf(lemma.toLowerCase(), 'noun')
    .slice(0, 3)
    .some((offset) => EVENT_NOUN_FILES.has(lexicographerFileOf(offset, 'noun')));
}

/**
 * A subject the bare form of a verb cannot agree with in the present: a singular common noun ("the
 * storm"), a name, or "he", "she", "it" — so "the storm hit", "the company cut" are past tenses
 * whose form is the bare one, not presents.
 */
function singularSubject(text: string, segments: Segments, subject: number): boolean {
  const token = segments.tokens[subject]!;
  const form = word(text, token).toLowerCase();
  // "Smith and Jones meet Monday": coordinated subjects are plural
  if (children(segments, subject).some((child) => segments.tokens[child]!.dep === 'conj')) return false;
  if (token.pos === 'PRON') return /^(?:he|she|it|this|that|one)$/.test(form);
  if (token.pos === 'PROPN') return !/s$/.test(form);
  if (token.pos !== 'NOUN') return false;
  // a plural ends in "s" where the lemma does not ("officials", "shares"); "news", "series" are rare
  return form === token.lemma.toLowerCase() && !/s$/.test(form);
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
    const subjects = below.filter((index) => tokens[index]!.dep === 'nsubj');
    // "the storm hit the coast Friday", "the company cut its dividend": a bare form after a singular
    // subject is no present (that would be "hits", "cuts"), so a past whose form is the bare one
    if (
      form === token.lemma.toLowerCase() &&
      !form.endsWith('ing') &&
      auxiliaries.length === 0 &&
      subjects.length > 0 &&
      subjects.every((index) => singularSubject(text, segments, index))
    )
      return 'past';
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
  // the time is itself the predicate ("the vote is on Thursday", "the funeral was Friday"): the
  // copula's tense, a present one announcing what is to come
  if (children(segments, head).some((index) => tokens[index]!.dep === 'cop')) {
    const tense = verbTense(text, segments, head, 0);
    return tense === 'present' ? 'future' : tense;
  }
  // only the word the expression hangs on: climbing further through a noisy parse reads the tense
  // of another clause
  const governor = tokens[head]!.head;
  if (governor < 0) return null;
  const token = tokens[governor]!;
  if (token.pos === 'VERB' || token.pos === 'AUX') return verbTense(text, segments, governor, 0);
  // "travelling to Paris on Thursday", "comes into force in April": the parse hung the time on a
  // place or a thing the verb governs (a noun naming no happening, which the time could date by
  // itself as in "the vote on Friday"): the tense of that verb
  if (
    (token.pos === 'NOUN' || token.pos === 'PROPN') &&
    /^nmod/.test(tokens[head]!.dep) &&
    /^(?:obl|obj|iobj)/.test(token.dep) &&
    token.head >= 0 &&
    tokens[token.head]!.pos === 'VERB' &&
    !eventNoun(token.lemma) &&
    !predicateNoun(segments, governor)
  )
    return verbTense(text, segments, token.head, 0);
  if (predicateNoun(segments, governor)) return verbTense(text, segments, governor, 0);
  // a copular predicate ("was busy Friday", "will be payable Jan. 3") carries its auxiliaries itself
  if (children(segments, governor).some((index) => tokens[index]!.dep === 'cop'))
    return verbTense(text, segments, governor, 0);
  return null;
}
