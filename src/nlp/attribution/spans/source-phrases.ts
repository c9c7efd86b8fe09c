import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import { tokenAt } from '../../names/token-index.js';
import { matchGazetteer } from '../../lexicon/gazetteer.js';
import { lexicographerFileOf, NOUN_TIME, synsetsOf } from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';

/**
 * The source is the noun phrase that speaks, not a clause inside or before it:
 *
 * - a relative clause inside the subject: in "The director of a museum where a painting was stolen
 *   has admitted that …" the source pointer may take the relative clause ("a painting was stolen");
 *   the source is the whole subject, from the noun phrase the relative word hangs on;
 * - a clause before the speaker: in "Judges allowed prosecutors to play videos of witnesses
 *   describing how …" the source of "describing" is "witnesses", not the sentence before the cue.
 *
 * Decided on the tokens' parts of speech and the parse's main verb; the source pointer's choice is
 * kept whenever it is already a noun phrase.
 */

const RELATIVE_WORDS = /^(?:where|who|whom|whose|which|when)$/iu;

function isClauseWord(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

function isPhraseWord(text: string, token: Token): boolean {
  switch (token.pos) {
    case 'NOUN':
    case 'PROPN':
    case 'ADJ':
    case 'DET':
    case 'NUM':
      return true;
    case 'PART':
    case 'PUNCT':
      // the possessive "'s" / "’s" and a bare apostrophe ("the officers' union")
      return /^['’]s?$/u.test(text.slice(token.start, token.end));
    default:
      return false;
  }
}

/**
 * The first token of the noun phrase that ends at `last`, not before `floor`; with `ofChains`, "of"
 * phrases join it ("the director of a museum"). -1 when `last` ends no noun phrase.
 */
export function nounPhraseStart(
  text: string,
  tokens: readonly Token[],
  last: number,
  floor: number,
  ofChains: boolean,
): number {
  const end = tokens[last];
  if (end === undefined || (end.pos !== 'NOUN' && end.pos !== 'PROPN')) return -1;
  let first = last;
  for (let position = last - 1; position >= floor; position -= 1) {
    const token = tokens[position] as Token;
    if (isPhraseWord(text, token)) {
      first = position;
      continue;
    }
    const word = text.slice(token.start, token.end).toLowerCase();
    if (ofChains && word === 'of' && position > floor && isPhraseWord(text, tokens[position - 1] as Token))
      continue;
    break;
  }
  // a phrase starts with no "of" and no possessive mark
  while (first < last && !/^(?:NOUN|PROPN|ADJ|DET|NUM)$/u.test((tokens[first] as Token).pos)) first += 1;
  return first;
}

function holdsClause(tokens: readonly Token[], first: number, end: number): boolean {
  for (let position = first; position < end; position += 1)
    if (isClauseWord(tokens[position] as Token)) return true;
  return false;
}

/**
 * "said prosecutor Nick Koumjian, arguing for …": a participle after a comma opens a clause of its
 * own, which is no part of the source. The source ends at the comma.
 */
function withoutTrailingParticiple(text: string, segments: Segments, source: Span): Span {
  const tokens = segments.tokens;
  const first = tokenAt(tokens, source.start);
  for (let position = first + 1; position + 1 < tokens.length; position += 1) {
    const comma = tokens[position] as Token;
    if (comma.start >= source.end) break;
    const next = tokens[position + 1] as Token;
    if (
      text.slice(comma.start, comma.end) === ',' &&
      next.start < source.end &&
      next.pos === 'VERB' &&
      next.dep !== 'root'
    )
      return { start: source.start, end: comma.start };
  }
  return source;
}

/**
 * A dateline that opens a paragraph ("OSLO - ", "OSLO (Agency) - ", "PORT LOUIS, Mauritius – ",
 * "OSLO: ", "OSLO, Jan 7 (Agency) - ", "OSLO -- ") is the article's place and wire, not part of the subject after it: "OSLO (Agency) -
 * Finance minister Eva Dahl said …" has the source "Finance minister Eva Dahl". The place is written
 * in capitals, which a subject's first word is not.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}(?:, [\p{L}\d. ]{2,30})?(?: ?\([^()\n]{1,30}\))? ?(?:--|[-–—:]) +/u;

/** After a place written as a name ("Lagos - The …"): a dash, then a capital. */
const PLACE_DATELINE_END = /^(?: ?\([^()\n]{1,30}\))? ?[-–—] +(?=\p{Lu})/u;

export function withoutDateline(text: string, source: Span): Span {
  if (source.start > 0 && text.charCodeAt(source.start - 1) !== 0x0a) return source;
  const match = DATELINE.exec(text.slice(source.start, source.end));
  if (match !== null && match[0].length < source.end - source.start)
    return { start: source.start + match[0].length, end: source.end };
  // "Lagos - The ministry …": a city or country of the gazetteer written as a name, then a dash
  const place = matchGazetteer(text, source.start);
  if (place === null || (place.entry.source !== 'city' && place.entry.source !== 'country')) return source;
  const dash = PLACE_DATELINE_END.exec(text.slice(place.end, source.end));
  if (dash === null || place.end + dash[0].length >= source.end) return source;
  return { start: place.end + dash[0].length, end: source.end };
}

const SUBJECT_HEADS = /^(?:NOUN|PROPN|PRON)$/u;
const EDGE_PUNCTUATION = /^[,;:—–-]$/u;

/** The index of the first verb inside the cue, or -1. */
function cueVerbIndex(tokens: readonly Token[], cue: Span): number {
  const first = tokenAt(tokens, cue.start);
  if (first < 0) return -1;
  for (let at = first; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.start >= cue.end) return -1;
    if (token.pos === 'VERB') return at;
  }
  return -1;
}

/**
 * A reporting verb with a subject of its own in the parse speaks through that subject: in
 * "Officials declined to comment, but a spokeswoman, Ana Reis, said that …" the source of "said" is
 * "a spokeswoman, Ana Reis", not the subject of the clause before it. Only when the pointer's source
 * lies wholly before the cue verb's active subject (`nsubj`, not `nsubj:pass`: a passive's subject is
 * the one spoken of), and that subject's phrase ends before the cue; its edge punctuation trimmed.
 */
function cueVerbSubject(text: string, segments: Segments, cue: Span, source: Span): Span | null {
  const tokens = segments.tokens;
  const verb = cueVerbIndex(tokens, cue);
  if (verb < 0) return null;
  const tree = new DependencyTree(tokens);
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || (tokens[subject] as Token).dep !== 'nsubj') return null;
  if (!SUBJECT_HEADS.test((tokens[subject] as Token).pos)) return null;
  let first = tree.subtreeStart(subject);
  let last = tree.subtreeEnd(subject);
  const word = (index: number): string => text.slice(tokens[index]!.start, tokens[index]!.end);
  while (first < last && EDGE_PUNCTUATION.test(word(first))) first += 1;
  while (last > first && EDGE_PUNCTUATION.test(word(last))) last -= 1;
  if (last >= verb || (tokens[last] as Token).end > cue.start) return null;
  if (source.end > (tokens[first] as Token).start) return null;
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** Relations of a cue verb's bare modifiers: "today", "last week", "however". */
const BARE_MODIFIER = /^(?:obl:unmarked|obl:tmod|obl:npmod|advmod)$/u;

/**
 * Whether a dependent of the cue verb is a bare adverb ("recently", "however": `BARE_MODIFIER`) or a
 * noun of time by WordNet's first sense, bare or oblique ("today", "last week", "on the eve of the
 * vote"; not "of the League", "for a firm", a number: "Some 87% said").
 */
function timeModifier(text: string, token: Token): boolean {
  // a noun or an adverb, not a number or a symbol ("Some 87% said", "%" parsed as a modifier)
  if (!/^(?:NOUN|ADV)$/u.test(token.pos) || /\d/u.test(text.slice(token.start, token.end))) return false;
  if (token.pos === 'ADV') return BARE_MODIFIER.test(token.dep);
  // a noun only when it is a time ("last week", "on the eve of the vote"; not "Khodorkovsky ally")
  if (!BARE_MODIFIER.test(token.dep) && token.dep !== 'obl') return false;
  const first = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_TIME;
}

/**
 * A modifier of the cue verb right before it is no part of the source: in "Coverity, Inc., the
 * leader in software analysis, today announced …" the pointer may end the source on "today", or
 * take "today" alone. Words at the source's end whose ancestor just below the cue verb modifies it
 * (`obl…`, `advmod`) are cut off with the commas before them; when nothing is left, the source is
 * the cue verb's subject (`cueVerbSubject`, the part before the modifier).
 */
function withoutVerbModifier(text: string, segments: Segments, cue: Span, source: Span): Span {
  const tokens = segments.tokens;
  const verb = cueVerbIndex(tokens, cue);
  if (verb < 0) return source;
  const first = tokenAt(tokens, source.start);
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).start < source.end) end += 1;
  if (end !== verb || first < 0) return source;
  const word = (index: number): string => text.slice(tokens[index]!.start, tokens[index]!.end);
  const modifiesVerb = (index: number): boolean => {
    let at = index;
    for (let steps = 0; steps < 8 && at >= 0; steps += 1) {
      const token = tokens[at] as Token;
      if (token.head === verb) return token.pos !== 'PUNCT' && timeModifier(text, token);
      at = token.head;
    }
    return false;
  };
  let last = end;
  let cut = false;
  while (last > first && (modifiesVerb(last - 1) || (cut && EDGE_PUNCTUATION.test(word(last - 1))))) {
    if (!EDGE_PUNCTUATION.test(word(last - 1))) cut = true;
    last -= 1;
  }
  if (!cut) return source;
  while (last > first && EDGE_PUNCTUATION.test(word(last - 1))) last -= 1;
  // a source that holds a clause is no noun phrase this could mend, nor one left ending on a
  // conjunction, preposition or determiner ("the prime minister time and [again]")
  for (let at = first; at < last; at += 1) if (isClauseWord(tokens[at] as Token)) return source;
  if (last > first && /^(?:CCONJ|ADP|DET|SCONJ)$/u.test((tokens[last - 1] as Token).pos)) return source;
  if (last > first) return { start: source.start, end: (tokens[last - 1] as Token).end };
  return cueVerbSubject(text, segments, cue, { start: 0, end: 0 }) ?? source;
}

/** Words that open a fronted adverbial clause: "Several hours before the vote was held, …". */
const SUBORDINATORS =
  /^(?:before|after|when|while|as|since|until|once|because|although|though|if|whereas)$/iu;

/**
 * A clause fronted before the subject is no part of the source: in "Several hours before the vote was
 * held, the top commander in the north, Gen. X, said …" the pointer may take the sentence from its
 * start. When the source opens its sentence, holds a subordinating word followed by a verb, and its
 * last comma-separated part is a noun phrase with no verb, that part is the source.
 */
function withoutFrontedClause(text: string, segments: Segments, source: Span): Span {
  const tokens = segments.tokens;
  const first = tokenAt(tokens, source.start);
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).start < source.end) end += 1;
  const sentence = segments.sentences.find((item) => item.firstToken <= first && first < item.endToken);
  if (sentence === undefined) return source;
  for (let position = sentence.firstToken; position < first; position += 1)
    if ((tokens[position] as Token).pos !== 'PUNCT') return source;
  const word = (index: number): string => text.slice(tokens[index]!.start, tokens[index]!.end);
  let last = end;
  while (last > first && EDGE_PUNCTUATION.test(word(last - 1))) last -= 1;
  let comma = -1;
  for (let position = last - 1; position > first; position -= 1)
    if (word(position) === ',') {
      comma = position;
      break;
    }
  if (comma < 0 || comma + 1 >= last) return source;
  for (let position = comma + 1; position < last; position += 1)
    if (isClauseWord(tokens[position] as Token)) return source;
  if (!/^(?:NOUN|PROPN|ADJ|DET|NUM)$/u.test((tokens[comma + 1] as Token).pos)) return source;
  // the subordinator among the first words, a verb after it, before the comma
  let subordinator = -1;
  for (let position = first; position < Math.min(comma, first + 4); position += 1)
    if (SUBORDINATORS.test(word(position))) {
      subordinator = position;
      break;
    }
  if (subordinator < 0 || !holdsClause(tokens, subordinator + 1, comma)) return source;
  return { start: (tokens[comma + 1] as Token).start, end: source.end };
}

/**
 * A fronted clause the parse swallowed the subject into: in "After meeting the families, the
 * governor, Ed Morales, told reporters …" the parser makes "the governor" a second object of
 * "meeting" and gives "told" no subject, and the pointer takes "the families, the governor, Ed
 * Morales" as the source. When the cue verb has no subject, the sentence opens with a subordinator
 * (within its first four words) whose clause's head lies before a comma inside the source, and what
 * follows that comma holds no verb and opens with a noun phrase's word, the source starts there.
 */
function withoutSwallowedFrontedClause(text: string, segments: Segments, source: Span, cue: Span): Span {
  if (source.end > cue.start) return source;
  const tokens = segments.tokens;
  const verb = cueVerbIndex(tokens, cue);
  if (verb < 0) return source;
  const tree = new DependencyTree(tokens);
  if (tree.dependent(verb, 'nsubj') >= 0 || tree.dependent(verb, 'nsubj:pass') >= 0) return source;
  const first = tokenAt(tokens, source.start);
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).start < source.end) end += 1;
  const sentence = segments.sentences.find((item) => item.firstToken <= first && first < item.endToken);
  if (sentence === undefined) return source;
  const word = (index: number): string => text.slice(tokens[index]!.start, tokens[index]!.end);
  let subordinator = -1;
  for (let position = sentence.firstToken; position < Math.min(first, sentence.firstToken + 4); position += 1)
    if (SUBORDINATORS.test(word(position))) {
      subordinator = position;
      break;
    }
  if (subordinator < 0) return source;
  const clauseHead = (tokens[subordinator] as Token).head;
  if (clauseHead <= subordinator || clauseHead >= end) return source;
  if (!/^(?:advcl|obl)/u.test((tokens[clauseHead] as Token).dep)) return source;
  // the source opens inside the fronted clause: no comma closes that clause before it
  for (let position = clauseHead + 1; position < first; position += 1)
    if (word(position) === ',') return source;
  let last = end;
  while (last > first && EDGE_PUNCTUATION.test(word(last - 1))) last -= 1;
  let comma = -1;
  for (let position = Math.max(first, clauseHead + 1); position < last; position += 1)
    if (word(position) === ',') {
      comma = position;
      break;
    }
  if (comma < 0 || comma + 1 >= last) return source;
  for (let position = comma + 1; position < last; position += 1)
    if (isClauseWord(tokens[position] as Token)) return source;
  if (!/^(?:NOUN|PROPN|ADJ|DET|NUM)$/u.test((tokens[comma + 1] as Token).pos)) return source;
  return { start: (tokens[comma + 1] as Token).start, end: (tokens[last - 1] as Token).end };
}

/**
 * A name in apposition left between the source and its cue belongs to the source: "the top
 * commander in the north[, Gen. Mark Hale,] said …" — capitalised words (a title's period included)
 * between two commas right before the cue.
 */
function withAppositiveName(text: string, segments: Segments, source: Span, cue: Span): Span {
  if (source.end >= cue.start) return source;
  const tokens = segments.tokens;
  let position = tokenAt(tokens, source.end);
  while (position < tokens.length && (tokens[position] as Token).start < source.end) position += 1;
  const cueFirst = tokenAt(tokens, cue.start);
  const word = (index: number): string => text.slice(tokens[index]!.start, tokens[index]!.end);
  if (position >= cueFirst || word(position) !== ',') return source;
  let last = cueFirst;
  if (word(last - 1) === ',') last -= 1;
  if (last - position < 2) return source;
  for (let at = position + 1; at < last; at += 1) {
    const token = tokens[at] as Token;
    const surface = word(at);
    if (surface === '.' || (/^\p{Lu}/u.test(surface) && token.pos !== 'VERB' && token.pos !== 'PRON'))
      continue;
    return source;
  }
  return { start: source.start, end: (tokens[last - 1] as Token).end };
}

/** ", whose manager, Colm Darragh," right before a cue: a relative phrase that names its own person. */
const WHOSE_APPOSITION =
  /,\s+(whose\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),?\s*$/u;

/**
 * A person in apposition to a "whose" phrase right before the cue is the one who speaks: in "… a game
 * against Ridgeway Athletic, whose manager, Colm Darragh, says …" the parser may read the sentence
 * before the cue as its complement, and the pointer takes the sentence's subject; the source is
 * "whose manager, Colm Darragh" (the speaker step reads the person named in it).
 */
function withWhoseApposition(text: string, segments: Segments, source: Span, cue: Span): Span {
  if (source.end > cue.start) return source;
  const sentence = segments.sentences.find((item) => item.start <= cue.start && cue.start < item.end);
  if (sentence === undefined) return source;
  const before = text.slice(sentence.start, cue.start);
  const match = WHOSE_APPOSITION.exec(before);
  if (match === null || match[1] === undefined) return source;
  const start = sentence.start + match.index + match[0].indexOf(match[1]);
  if (source.end > start) return source;
  return { start, end: start + match[1].length };
}

/** The repaired source span of one candidate, or the candidate's own. */
function repairSource(text: string, segments: Segments, candidate: AttributionCandidate): Span | null {
  const { cue } = candidate;
  const pointed =
    candidate.source === null
      ? null
      : withoutFrontedClause(
          text,
          segments,
          withoutTrailingParticiple(text, segments, withoutDateline(text, candidate.source)),
        );
  const spoken =
    pointed === null || cue === null || pointed.end > cue.start
      ? pointed
      : (cueVerbSubject(text, segments, cue, pointed) ??
        withoutSwallowedFrontedClause(
          text,
          segments,
          withoutVerbModifier(text, segments, cue, pointed),
          cue,
        ));
  const source =
    spoken === null || cue === null
      ? spoken
      : withAppositiveName(text, segments, withWhoseApposition(text, segments, spoken, cue), cue);
  if (source === null || cue === null || source.end > cue.start) return source;
  const tokens = segments.tokens;
  const first = tokenAt(tokens, source.start);
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).start < source.end) end += 1;
  if (end <= first) return source;
  const sentence = segments.sentences.find((item) => item.firstToken <= first && first < item.endToken);
  if (sentence === undefined || !holdsClause(tokens, first, end)) return source;
  const floor = sentence.firstToken;
  // "The director of a museum where [a painting was stolen] has admitted": the whole subject
  const relative = first - 1;
  if (relative > floor) {
    const word = tokens[relative] as Token;
    if (RELATIVE_WORDS.test(text.slice(word.start, word.end)) && word.pos !== 'VERB') {
      const start = nounPhraseStart(text, tokens, relative - 1, floor, true);
      // the subject: nothing but the phrase before it in its sentence (or a comma-closed opener)
      if (
        start >= 0 &&
        (start === floor || /^[,;:—–-]$/u.test(text.slice(tokens[start - 1]!.start, tokens[start - 1]!.end)))
      )
        return { start: (tokens[start] as Token).start, end: source.end };
      return source;
    }
  }
  // "Judges allowed prosecutors to play videos of [witnesses] describing": a source that holds the
  // sentence's main verb stands for the noun phrase that ends it, right before the cue
  // (a finite clause: the main verb has its subject and an object or complement inside the source;
  // "Footage released on Telegram" is one phrase)
  let main = -1;
  for (let position = first; position < end; position += 1) {
    const token = tokens[position] as Token;
    if (isClauseWord(token) && token.dep === 'root') main = position;
  }
  if (main < 0) return source;
  let subject = false;
  let complement = false;
  for (let position = first; position < end; position += 1) {
    const token = tokens[position] as Token;
    if (token.head !== main) continue;
    if (/^nsubj/u.test(token.dep) && position < main) subject = true;
    if (/^(?:obj|iobj|xcomp|ccomp)/u.test(token.dep) && position > main) complement = true;
  }
  if (!subject || !complement) return source;
  const cueFirst = tokenAt(tokens, cue.start);
  if (cueFirst !== end) return source;
  const start = nounPhraseStart(text, tokens, end - 1, first, false);
  if (start < 0 || start === first) return source;
  return { start: (tokens[start] as Token).start, end: source.end };
}

export function repairSourcePhrases(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return candidates.map((candidate) => {
    const source = repairSource(text, segments, candidate);
    if (source === candidate.source) return candidate;
    if (
      source !== null &&
      candidate.source !== null &&
      source.start === candidate.source.start &&
      source.end === candidate.source.end
    )
      return candidate;
    return { ...candidate, source };
  });
}
