import type { Segments, Span, Token } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import { DependencyTree, isPassive, relationIs } from '../../grammar/index.js';
import { lexicographerFileOf, lemmaOf, synsetsOf } from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';
import { phrasalClass, WN_COMMUNICATION } from './cue-wordnet.js';
import { reportingVerb } from './reporting-predicate.js';
import { hasHypernym } from '../../lexicon/hypernyms.js';

/**
 * Sources the writer names in an aside to the reported clause:
 *
 * - an as-clause with a verb of speech: "As Ms Varga put it, the plan was doomed", "The budget, as
 *   Dr Olsen noted, has grown", "…, as the paper reported.", "As he put it: “…”". The clause is set
 *   off from the sentence (it opens the sentence, or follows a comma, a dash or a bracket, and a
 *   comma, a colon, a dash, a bracket or the sentence's end follows it), "as" is its subject's
 *   marker, and its verb has a subject and nothing it says of its own (no object but the "it" of
 *   "put it", no clausal complement): "as bad as she said", "just as she said she would", "as he
 *   wrote the letter" stay out. The verb reports when its frequent WordNet senses are of
 *   communication with a that-clause frame (`reportingVerb`), or it forms such a phrase with its
 *   particle ("as she pointed out"), or it is "put it" (to formulate). Cue = the verb with the adverbs
 *   and auxiliaries before it ("recently noted", "has said", "put it"), source = the subject,
 *   content = the rest of the sentence, in pieces around the aside.
 * - "per" before a source at a clause's edge: "Prices rose 4%, per a list compiled by the Farmers
 *   Union", "Per the council, the road will close". "per" opens the sentence or follows a comma, a
 *   dash or a bracket; the phrase after it runs to a comma, a bracket, a dash or the sentence's end,
 *   holds no verb but a participle ("compiled by"), and its head is a name, a pronoun, or a noun
 *   with a sense among WordNet's people, groups, acts or communication ("per the council", "per a
 *   report"; not "per cent", "per capita", "per year": those follow no comma either). Cue = "per",
 *   source = the phrase, content = the rest of the sentence.
 * - "in" before somebody's words or opinion at a clause's edge: "In Ortiz's words, the project is
 *   doomed", "In the words of one resident, the village has been forgotten", "In her view, the plan
 *   is dead". The phrase opens the sentence (or follows an opening mark or a conjunction), a comma,
 *   a colon or a dash follows it, "in" is its head noun's case marker, and one of the noun's five
 *   most frequent WordNet senses is (a kind of) "the words that are spoken" or "a personal belief or
 *   judgment" (the first sense of "words" and of "opinion"): "In his speech, Mr Hale attacked …"
 *   stays out. The source is the noun's possessor or its of-phrase (a name, a pronoun other than
 *   the first or second person, a noun among WordNet's people, groups, acts or communication).
 *   Cue = the noun ("words", "view"), or "in the words of" up to the source; content = the rest of
 *   the sentence.
 *
 * An aside whose cue or source is held by a candidate already adds nothing; one whose content
 * holds another cue ("Guccifer said, per a translator, that …") is a channel of that report, not a
 * report of its own.
 */

const OPENERS = /^(?:,|—|–|-|\(|\[|;)$/u;
const QUOTE_MARKS = /^(?:["“”‘’']|'')$/u;
const CLOSERS = /^(?:,|—|–|-|\)|\]|;|:|\.|!|\?)$/u;
/** WordNet noun files of what can be a source: noun.act (4), noun.communication (10), noun.group (14), noun.person (18). */
const SOURCE_NOUN_FILES: ReadonlySet<number> = new Set([4, 10, 14, 18]);

function wordAt(text: string, tokens: readonly Token[], at: number): string {
  const token = tokens[at];
  return token === undefined ? '' : text.slice(token.start, token.end);
}

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/**
 * Whether the aside starting at `first` opens its clause: the sentence's first token, or after an
 * opening punctuation mark, or after a conjunction that itself opens the sentence or follows one
 * ("But as Clyburn noted, …").
 */
function opensClause(text: string, tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  if (first === sentenceStart) return true;
  const before = wordAt(text, tokens, first - 1);
  if (OPENERS.test(before)) return true;
  if ((tokens[first - 1] as Token).pos !== 'CCONJ') return false;
  return first - 1 === sentenceStart || OPENERS.test(wordAt(text, tokens, first - 2));
}

/** Whether `verb` reports as the verb of an aside: speech with a that-clause by WordNet, a reporting phrase with its particle, or "put it". */
function asideVerb(text: string, tree: DependencyTree, verb: number): boolean {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  const form = text.slice(token.start, token.end);
  const lemma = (token.lemma || form).toLowerCase();
  if (lemma === 'put') {
    const object = tree.dependent(verb, 'obj');
    return object === verb + 1 && /^it$/iu.test(wordAt(text, tokens, object));
  }
  const particle = tree.dependent(verb, 'compound:prt');
  if (particle === verb + 1) {
    const code = phrasalClass(lemma, form, wordAt(text, tokens, particle).toLowerCase());
    if ((code & WN_COMMUNICATION) !== 0) return true;
  }
  const found = reportingVerb(lemma);
  return found.communication && found.clause;
}

/**
 * The verb of an as-clause aside that `as` (a token "as") opens, with the clause's last token, or
 * null (see above). The clause's end is read from the verb's own dependents, not its subtree: the
 * parser sometimes hangs the main clause off the aside's verb ("As Ms Varga put it, [the plan was
 * doomed]" as a conjunct of "put").
 */
export function asideClause(
  text: string,
  tree: DependencyTree,
  as: number,
  sentenceStart: number,
  sentenceEnd: number,
): { verb: number; subject: number; last: number } | null {
  const tokens = tree.tokens;
  const marker = tokens[as] as Token;
  if (!/^as$/iu.test(text.slice(marker.start, marker.end))) return null;
  // "as" marks the verb, or the parser made it the case marker of the subject ("as [Dr Olsen]
  // noted") or of a phrase it took for an oblique ("as [an aide] put it")
  let verb = marker.head;
  let subject = -1;
  const head = tokens[verb];
  if (head === undefined) return null;
  if (head.pos !== 'VERB') {
    if (!relationIs(head.dep, 'nsubj') && head.dep !== 'obl') return null;
    subject = verb;
    verb = head.head;
  }
  if (verb <= as || verb >= sentenceEnd || (tokens[verb] as Token).pos !== 'VERB') return null;
  const nominal = tree.dependent(verb, 'nsubj');
  if (subject < 0) subject = nominal;
  // (a subject before the aside is the main clause's, misattached: "The plan, as an aide put it, …")
  else if (nominal > as && nominal !== subject) return null;
  if (subject < 0 || subject > verb || (tokens[subject] as Token).dep === 'nsubj:pass') return null;
  if (tree.subtreeStart(subject) > as + 1 || tree.subtreeStart(subject) < as) return null;
  // only adverbs and auxiliaries between the subject and the verb ("as Rubio has said")
  for (let at = tree.subtreeEnd(subject) + 1; at < verb; at += 1) {
    const between = tokens[at] as Token;
    if (between.head !== verb || (between.dep !== 'aux' && between.dep !== 'advmod')) return null;
  }
  if (isPassive(tree, verb) || tree.dependent(verb, 'neg') >= 0) return null;
  // nothing said of its own: a clause after the verb, before any closing mark ("as she said [she
  // would]"); a clause outside the aside is the main clause misattached ("The vote, as Mr Dale has
  // said, was rigged" with "rigged" under "said")
  for (const child of tree.dependents(verb, ['ccomp', 'xcomp', 'csubj', 'iobj'])) {
    if (child < as) continue;
    let closed = false;
    for (let at = verb + 1; at < child && !closed; at += 1) closed = CLOSERS.test(wordAt(text, tokens, at));
    if (!closed) return null;
  }
  if (!opensClause(text, tokens, as, sentenceStart)) return null;
  if (!asideVerb(text, tree, verb)) return null;
  const object = tree.dependent(verb, 'obj');
  if (object >= 0 && !(object === verb + 1 && /^it$/iu.test(wordAt(text, tokens, object)))) return null;
  // the clause's last token: the verb's own dependents after it, but no clause joined to it
  let last = verb;
  const count = tree.childCount(verb);
  for (let nth = 0; nth < count; nth += 1) {
    const child = tree.child(verb, nth);
    if (child < verb) continue;
    const dep = (tokens[child] as Token).dep;
    if (/^(?:conj|parataxis|punct|cc|advcl|ccomp|dep|list)/u.test(dep)) break;
    last = Math.max(last, tree.subtreeEnd(child));
  }
  // the clause ends at its first closing mark ("As Dr Byler pointed out in May, “In the week
  // before …”" with the quotation's opening phrase parsed under "pointed")
  for (let at = verb + 1; at <= last; at += 1)
    if (CLOSERS.test(wordAt(text, tokens, at)) || QUOTE_MARKS.test(wordAt(text, tokens, at))) {
      last = at - 1;
      break;
    }
  if (last + 1 < sentenceEnd && !CLOSERS.test(wordAt(text, tokens, last + 1))) return null;
  return { verb, subject, last };
}

/** Tokens [first, last] without punctuation and conjunctions at their edges, or null when nothing is left. */
function trimmed(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): [number, number] | null {
  // (quotation marks stay: "As one aide told the paper, “…”")
  const mark = (token: Token): boolean => QUOTE_MARKS.test(text.slice(token.start, token.end));
  const edge = (token: Token): boolean => (token.pos === 'PUNCT' && !mark(token)) || token.pos === 'CCONJ';
  while (first <= last && edge(tokens[first] as Token)) first += 1;
  while (last >= first && (tokens[last] as Token).pos === 'PUNCT' && !mark(tokens[last] as Token)) last -= 1;
  // a connective alone ("However, as the paper reported, …") is no part of what was said
  let words = false;
  for (let at = first; at <= last && !words; at += 1)
    words = !/^(?:ADV|CCONJ|SCONJ|PUNCT)$/u.test((tokens[at] as Token).pos);
  if (!words) return null;
  return first <= last ? [first, last] : null;
}

function holdsVerb(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  for (let at = from; at <= to; at += 1) {
    const pos = (tokens[at] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/**
 * The content of an aside spanning tokens [first, last] of the sentence [sentenceStart,
 * sentenceEnd): after a colon, what follows it; else the sentence around the aside, in pieces; or
 * null when that holds no verb.
 */
function contentAround(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  sentenceStart: number,
  sentenceEnd: number,
  bracketed = false,
): Span[] | null {
  const ranges: [number, number][] = [];
  if (wordAt(text, tokens, last + 1) === ':') {
    // the quotation's marks stay with it
    let end = sentenceEnd - 1;
    while (
      end > last + 1 &&
      (tokens[end] as Token).pos === 'PUNCT' &&
      !/^[”"’']$/u.test(wordAt(text, tokens, end))
    )
      end -= 1;
    if (end > last + 1) ranges.push([last + 2, end]);
  } else {
    const before = trimmed(text, tokens, sentenceStart, first - 1);
    const after = trimmed(text, tokens, last + 1, sentenceEnd - 1);
    // an aside in the middle of a clause ("…, a blot, as Mr Dale has said, on our landscape"):
    // what it refers to is some words around it, not the sentence; it follows the sentence's
    // opening phrase or subject, or ends the sentence
    if (!bracketed && before !== null && after !== null && holdsVerb(tokens, before)) return null;
    if (before !== null) ranges.push(before);
    if (after !== null) ranges.push(after);
  }
  if (!ranges.some((range) => holdsVerb(tokens, range))) return null;
  return ranges.map(([from, to]) => spanOf(tokens, from, to));
}

/** Whether the head of a "per" phrase names a source (see above). */
function namesSource(text: string, token: Token): boolean {
  if (token.pos === 'PROPN' || token.pos === 'PRON') return true;
  if (token.pos !== 'NOUN') return false;
  const word = text.slice(token.start, token.end).toLowerCase();
  if (/^\p{Lu}/u.test(text.slice(token.start, token.end)) && token.pos !== 'NOUN') return true;
  const lemma = synsetsOf(word, 'noun').length > 0 ? word : lemmaOf(word, 'noun');
  if (lemma === null) return false;
  return synsetsOf(lemma, 'noun').some((offset) =>
    SOURCE_NOUN_FILES.has(lexicographerFileOf(offset, 'noun')),
  );
}

/** The synsets an "in …'s words" aside's noun must be or descend from (see above), read once. */
let opinionSenses: ReadonlySet<number> | null = null;

function wordsOrOpinion(lemma: string): boolean {
  opinionSenses ??= new Set(['words', 'opinion'].flatMap((word) => synsetsOf(word, 'noun').slice(0, 1)));
  const targets = opinionSenses;
  return synsetsOf(lemma, 'noun')
    .slice(0, 5)
    .some((sense) => hasHypernym(sense, 'noun', { levels: 3 }, (entry) => targets.has(entry.offset)));
}

/**
 * The "in …'s words" aside at token `inToken` (see above): its last token, the noun (the cue) and
 * the source's head, or null.
 */
export function wordsAside(
  text: string,
  tree: DependencyTree,
  inToken: number,
  sentenceStart: number,
  sentenceEnd: number,
): { last: number; noun: number; source: number } | null {
  const tokens = tree.tokens;
  const marker = tokens[inToken] as Token;
  if (!/^in$/iu.test(wordAt(text, tokens, inToken)) || marker.dep !== 'case') return null;
  if (!opensClause(text, tokens, inToken, sentenceStart)) return null;
  const noun = marker.head;
  if (noun <= inToken || noun >= sentenceEnd || (tokens[noun] as Token).pos !== 'NOUN') return null;
  // (the parse hangs the comma after the phrase on its noun)
  let last = tree.subtreeEnd(noun);
  while (last > noun && (tokens[last] as Token).pos === 'PUNCT' && (tokens[last] as Token).head === noun)
    last -= 1;
  if (last + 1 >= sentenceEnd || !/^(?:,|:|—|–|-)$/u.test(wordAt(text, tokens, last + 1))) return null;
  const word = wordAt(text, tokens, noun).toLowerCase();
  const lemma = synsetsOf(word, 'noun').length > 0 ? word : lemmaOf(word, 'noun');
  if (lemma === null || !wordsOrOpinion(lemma)) return null;
  let source = tree.dependent(noun, 'nmod:poss');
  if (source < 0) source = tree.dependents(noun, ['nmod']).find((child) => child > noun) ?? -1;
  if (source < 0 || source > last) return null;
  const head = tokens[source] as Token;
  if (head.pos === 'PRON' && /^(?:my|our|your|i|we|you|me|us)$/iu.test(wordAt(text, tokens, source)))
    return null;
  if (!namesSource(text, head)) return null;
  return { last, noun, source };
}

/**
 * Whether `cue` is the cue of an "in …'s words" aside (`wordsAside`): the noun, or "in the words
 * of"; for the predicate filter, as "per" and "according to" always report.
 */
export function isWordsAsideCue(text: string, segments: Segments, cue: Span): boolean {
  const tokens = segments.tokens;
  const first = firstTokenAt(tokens, cue.start);
  const token = tokens[first];
  if (token === undefined) return false;
  const sentence = segments.sentences.find((inner) => first >= inner.firstToken && first < inner.endToken);
  if (sentence === undefined) return false;
  const tree = new DependencyTree(tokens);
  let marker = first;
  if (!/^in$/iu.test(wordAt(text, tokens, first)))
    marker = tree.dependents(first, ['case']).find((child) => child < first) ?? -1;
  if (marker < 0) return false;
  const aside = wordsAside(text, tree, marker, sentence.firstToken, sentence.endToken);
  return aside !== null && (aside.noun === first || marker === first);
}

/** The "per" aside at token `per` of the sentence [sentenceStart, sentenceEnd), as [first, last] tokens with the phrase's head, or null (see above). */
export function perAside(
  text: string,
  tree: DependencyTree,
  per: number,
  sentenceStart: number,
  sentenceEnd: number,
): { last: number; head: number } | null {
  const tokens = tree.tokens;
  if (!/^per$/iu.test(wordAt(text, tokens, per)) || per + 1 >= sentenceEnd) return null;
  if (per !== sentenceStart && !OPENERS.test(wordAt(text, tokens, per - 1))) return null;
  let last = per;
  while (last + 1 < sentenceEnd && !CLOSERS.test(wordAt(text, tokens, last + 1))) last += 1;
  if (last === per || last - per > 15) return null;
  let head = -1;
  for (let at = per + 1; at <= last; at += 1) {
    const token = tokens[at] as Token;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !relationIs(token.dep, 'acl'))) return null;
    if (token.head < per || token.head > last) {
      if (head >= 0) return null;
      head = at;
    }
  }
  if (head < 0 || (tokens[per + 1] as Token).pos === 'NUM') return null;
  // "(per parent)", "per night": a rate, a bare singular noun with no determiner
  const opening = tokens[per + 1] as Token;
  const headToken = tokens[head] as Token;
  if (
    (opening.pos === 'NOUN' || opening.pos === 'ADJ') &&
    headToken.pos === 'NOUN' &&
    text.slice(headToken.start, headToken.end).toLowerCase() === headToken.lemma.toLowerCase()
  )
    return null;
  if (!namesSource(text, tokens[head] as Token)) return null;
  return { last, head };
}

/**
 * Whether the verb at `verb` is the verb of an as-clause aside (`asideClause`), for the predicate
 * filter: "As Ms Varga put it, …" reports though "put" alone does not.
 */
export function isAsideVerb(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const first = tree.subtreeStart(verb);
  // "as" opens the verb's subtree, or the subject's ("as [Dr Olsen] noted")
  let as = -1;
  for (let at = first; at < verb && at <= first + 1; at += 1)
    if (/^as$/iu.test(wordAt(text, tree.tokens, at))) as = at;
  if (as < 0) {
    const subject = tree
      .dependents(verb, ['nsubj', 'obl'])
      .find((child) => child < verb && /^as$/iu.test(wordAt(text, tree.tokens, tree.subtreeStart(child))));
    if (subject === undefined) return false;
    as = tree.subtreeStart(subject);
  }
  const sentence = segments.sentences.find((inner) => verb >= inner.firstToken && verb < inner.endToken);
  if (sentence === undefined) return false;
  return asideClause(text, tree, as, sentence.firstToken, sentence.endToken)?.verb === verb;
}

/**
 * A citation in brackets ("The figure rose 8% (according to the Halvard Institute) last year"): the
 * source ends at the closing bracket and the content is the sentence around the brackets. Applies to
 * a candidate whose cue follows an opening bracket whose closing one comes after the cue in the
 * same sentence, when its source or content runs over a bracket.
 */
export function fitBracketedCitation(
  text: string,
  segments: Segments,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { cue, source } = candidate;
  if (cue === null) return candidate;
  const tokens = segments.tokens;
  const first = firstTokenAt(tokens, cue.start);
  if (first <= 0 || !/^[([]$/u.test(wordAt(text, tokens, first - 1))) return candidate;
  const sentence = segments.sentences.find((inner) => first >= inner.firstToken && first < inner.endToken);
  if (sentence === undefined) return candidate;
  const closing = wordAt(text, tokens, first - 1) === '(' ? ')' : ']';
  let close = first;
  while (close < sentence.endToken && wordAt(text, tokens, close) !== closing) close += 1;
  if (close >= sentence.endToken) return candidate;
  const bracket = (tokens[close] as Token).start;
  const opening = (tokens[first - 1] as Token).start;
  const overRuns =
    (source !== null && source.end > bracket) ||
    candidate.content.some((piece) => piece.end > opening && piece.start <= opening);
  if (!overRuns) return candidate;
  const content = contentAround(text, tokens, first - 1, close, sentence.firstToken, sentence.endToken, true);
  if (content === null) return candidate;
  let fitted = source;
  if (source !== null && source.end > bracket) {
    let last = close - 1;
    while (
      last >= first &&
      (tokens[last] as Token).start >= source.start &&
      (tokens[last] as Token).pos === 'PUNCT'
    )
      last -= 1;
    if (last < first || (tokens[last] as Token).end <= source.start) return candidate;
    fitted = { start: source.start, end: (tokens[last] as Token).end };
  }
  return { ...candidate, source: fitted, content };
}

/** The index of the first token that starts at or after `offset` (binary search). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function addAsideReports(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  let tree: DependencyTree | null = null;
  const result = candidates.map((candidate) => fitBracketedCitation(text, segments, candidate));
  const cues: Span[] = [];
  const sources: Span[] = [];
  for (const candidate of result) {
    if (candidate.cue !== null) cues.push(candidate.cue);
    if (candidate.source !== null) sources.push(candidate.source);
  }
  for (const sentence of segments.sentences) {
    const { firstToken, endToken } = sentence;
    for (let at = firstToken; at < endToken; at += 1) {
      const token = tokens[at] as Token;
      const length = token.end - token.start;
      if (length !== 2 && length !== 3) continue;
      const word = text.slice(token.start, token.end).toLowerCase();
      if (word !== 'as' && word !== 'per' && word !== 'in') continue;
      tree ??= new DependencyTree(tokens);
      let found: AttributionCandidate;
      let replace = -1;
      if (word === 'as') {
        const clause = asideClause(text, tree, at, firstToken, endToken);
        if (clause === null) continue;
        let cueFirst = clause.verb;
        while (cueFirst - 1 > tree.subtreeEnd(clause.subject)) cueFirst -= 1;
        const cueLast =
          wordAt(text, tokens, clause.verb + 1).toLowerCase() === 'it' ? clause.verb + 1 : clause.verb;
        const particle = tree.dependent(clause.verb, 'compound:prt');
        const cue = spanOf(tokens, cueFirst, Math.max(cueLast, particle));
        const source = spanOf(tokens, at + 1, tree.subtreeEnd(clause.subject));
        const content = contentAround(text, tokens, at, clause.last, firstToken, endToken);
        if (content === null) continue;
        // the learned tagger's candidate for the same verb is replaced when its content holds the
        // aside ("The budget, as … has grown")
        replace = result.findIndex((candidate) => candidate.cue !== null && spansOverlap(candidate.cue, cue));
        if (replace >= 0) {
          const other = result[replace] as AttributionCandidate;
          if (other.source !== null && !spansOverlap(other.source, source)) continue;
          // one whose content leaves the aside out is kept as it is
          const aside = spanOf(tokens, at, clause.last);
          if (!other.content.some((piece) => spansOverlap(piece, aside))) continue;
        } else if (sources.some((span) => spansOverlap(span, source) || spansOverlap(span, cue))) continue;
        // (its cue stays when it is words only: "noted in The Intercept", "reported just today")
        const kept = replace >= 0 ? (result[replace] as AttributionCandidate).cue : null;
        const words = kept !== null && !/[,:;—–]/u.test(text.slice(kept.start, kept.end));
        found = { kind: 'indirect', cue: words && kept !== null ? kept : cue, source, content };
      } else if (word === 'in') {
        const aside = wordsAside(text, tree, at, firstToken, endToken);
        if (aside === null) continue;
        const possessed = aside.source < aside.noun;
        // "In the words of [one resident]": the source after its "of"
        let sourceFirst = tree.subtreeStart(aside.source);
        while (sourceFirst < aside.source && (tokens[sourceFirst] as Token).dep === 'case') sourceFirst += 1;
        const cue = possessed ? spanOf(tokens, aside.noun, aside.noun) : spanOf(tokens, at, sourceFirst - 1);
        const source = possessed
          ? spanOf(tokens, sourceFirst, aside.source)
          : spanOf(tokens, sourceFirst, aside.last);
        const content = contentAround(text, tokens, at, aside.last, firstToken, endToken);
        if (content === null) continue;
        const held = [...cues, ...sources];
        if (held.some((span) => spansOverlap(span, source) || spansOverlap(span, cue))) continue;
        found = { kind: 'indirect', cue, source, content };
      } else {
        const aside = perAside(text, tree, at, firstToken, endToken);
        if (aside === null) continue;
        const cue = spanOf(tokens, at, at);
        const source = spanOf(tokens, at + 1, aside.last);
        const bracket = at > firstToken && /^[([]$/u.test(wordAt(text, tokens, at - 1));
        const content = contentAround(
          text,
          tokens,
          bracket ? at - 1 : at,
          bracket && /^[)\]]$/u.test(wordAt(text, tokens, aside.last + 1)) ? aside.last + 1 : aside.last,
          firstToken,
          endToken,
          bracket,
        );
        if (content === null) continue;
        const held = [...cues, ...sources];
        if (held.some((span) => spansOverlap(span, source) || spansOverlap(span, cue))) continue;
        found = { kind: 'indirect', cue, source, content };
      }
      // a channel of a report in the sentence ("Guccifer said, per a translator, that …")
      const own = found;
      const replaced = replace >= 0 ? (result[replace] as AttributionCandidate).cue : null;
      if (cues.some((span) => span !== replaced && own.content.some((piece) => spansOverlap(piece, span))))
        continue;
      if (replace >= 0) result[replace] = found;
      else result.push(found);
      if (found.cue !== null) cues.push(found.cue);
      if (found.source !== null) sources.push(found.source);
    }
  }
  return result;
}
