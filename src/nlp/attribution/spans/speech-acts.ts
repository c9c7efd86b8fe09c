import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, isPassive, relationIs, speechSource } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, ALL_PARTS, CUE, type Proposal, type ReportPass } from './add-reports.js';
import { judgementSense, reportingNoun, reportingVerb } from './reporting-predicate.js';
import {
  baseFormOf,
  hasVerbFrame,
  lexicographerFileOf,
  synsetsOf,
  VERB_COMMUNICATION,
} from '../../events/wordnet.js';

/**
 * Reports with no clause that the span finder misses, found on the parse with WordNet 3.1:
 *
 * - judgements spoken about somebody or something (`judgementSense`): "The governor praised the
 *   firefighters for their courage", "Local groups condemned the decision", "…, branding the
 *   protesters as vandals": cue = the verb, source = its subject (a participle's is its governor's),
 *   content = the object with the "for …" or "as …" phrase after it. A verb whose judging sense is
 *   only its second ("brand", "attack": first burn, strike) needs that "as …" or "for …" phrase;
 * - talk about a topic: a verb whose most frequent WordNet sense is speech (verb.communication:
 *   "spoke about", "complained about", "joked about", "talked of") with no object or clause, and
 *   "about" or "of" right after it (adverbs between: "complained bitterly about"): cue = the verb
 *   through the preposition, content = the phrase the preposition opens, as PolNeAR marks them.
 *   "thought about", "cared about", "wrote about" (thinking, feeling, creating first), verbs that
 *   need an object ("accused of", "said … about"), infinitives ("a call to analysts to talk about
 *   its results") and the speaker's own "we're talking about" stay out;
 * - non-answers: a negated communication verb whose object or oblique is a communication noun
 *   ("did not respond to requests for comment", "has not returned calls", "did not answer
 *   questions"): cue = the negated verb group, content = that phrase; the stance is `decline`
 *   (complete/words.ts).
 *
 * A verb inside a cue, source or content already found adds nothing; supposed speech ("if she
 * praised …"), infinitives under another verb ("vowed to condemn") and passives are left out.
 *
 * `addNestedReports`: a report inside the content of another ("She said her brother had told her,
 * “The plan is dead”"; "The lawyer said the mayor had told aides that the contract was signed"):
 * a communication verb that takes a that-clause (WordNet frame 26), with its own subject and a
 * clausal complement or a quotation opening after it, all inside the outer content (a first-person
 * subject only with a quotation). The completion step makes the outer report its parent; the
 * predicate filter then checks it like any other report.
 */

function span(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/**
 * A verb, or a participle the tagger took for a noun ("a statement [branding] the protesters …":
 * an `-ing` word that heads a clause on a noun).
 */
function isVerb(text: string, token: Token): boolean {
  if (token.pos === 'VERB') return true;
  return token.pos === 'NOUN' && relationIs(token.dep, 'acl') && /ing$/u.test(wordOf(text, token));
}

/** A noun, or a plural the tagger took for a verb in a noun's place ("returned [calls]", "to [emails]"). */
function isNoun(token: Token): boolean {
  return (
    token.pos === 'NOUN' || (token.pos === 'VERB' && (token.dep === 'obj' || relationIs(token.dep, 'obl')))
  );
}

function wordOf(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase();
}

function isNegation(text: string, token: Token): boolean {
  const word = wordOf(text, token);
  return (
    relationIs(token.dep, 'neg') ||
    (token.dep === 'advmod' && (word === 'not' || word === 'never')) ||
    word === "n't" ||
    word === 'n’t' ||
    /n['’]t$/u.test(word)
  );
}

function negated(text: string, tree: DependencyTree, verb: number): boolean {
  const count = tree.childCount(verb);
  for (let nth = 0; nth < count; nth += 1) {
    const child = tree.tokens[tree.child(verb, nth)] as Token;
    if (isNegation(text, child)) return true;
  }
  return false;
}

function supposed(text: string, tree: DependencyTree, verb: number): boolean {
  const count = tree.childCount(verb);
  for (let nth = 0; nth < count; nth += 1) {
    const child = tree.tokens[tree.child(verb, nth)] as Token;
    const word = wordOf(text, child);
    if (child.dep === 'mark' && (word === 'if' || word === 'unless')) return true;
    if (child.dep === 'aux' && /^(?:would|could|might|should|may|must|will|shall|ca|can)$/u.test(word))
      return true;
  }
  return false;
}

/** The first word of a dependent's phrase, lower-cased ("as", "for"). */
function firstWord(text: string, tree: DependencyTree, dependent: number): string {
  return wordOf(text, tree.tokens[tree.subtreeStart(dependent)] as Token);
}

/**
 * The object of a judgement verb and the last token of what it judges ("praised [the firefighters
 * for their courage]"), or null: the verb's direct object after it, extended over the "for …" or
 * "as …" phrase that follows; a verb whose judging sense is its second needs that phrase.
 */
export function judgementContent(
  text: string,
  tree: DependencyTree,
  verb: number,
): { first: number; last: number } | null {
  const token = tree.tokens[verb] as Token;
  if (!isVerb(text, token) || relationIs(token.dep, 'amod')) return null;
  // "a much-praised contender": the second half of a compound modifier
  if (token.start > 0 && text[token.start - 1] === '-') return null;
  const sense = judgementSense(token.lemma || wordOf(text, token));
  if (sense < 0) return null;
  const object = tree.dependent(verb, 'obj');
  if (object < verb) return null;
  const first = tree.subtreeStart(object);
  let last = tree.subtreeEnd(object);
  let phrase = false;
  for (const dependent of tree.dependents(verb, ['obl', 'xcomp', 'advcl'])) {
    if (dependent < object) continue;
    const word = firstWord(text, tree, dependent);
    if (word !== 'as' && word !== 'for') continue;
    // "attacked the rebels as they slept": a clause of time, not what they were called
    if (tree.dependent(dependent, 'nsubj') >= 0 || tree.dependent(dependent, 'mark') >= 0) continue;
    phrase = true;
    last = Math.max(last, tree.subtreeEnd(dependent));
  }
  // "for" or "as" attached to the object noun ("branding [the protesters as vandals]")
  if (!phrase) {
    for (let index = object + 1; index <= last; index += 1) {
      const word = wordOf(text, tree.tokens[index] as Token);
      if ((word === 'as' || word === 'for') && (tree.tokens[index] as Token).dep === 'case') phrase = true;
    }
  }
  if (sense > 0 && !phrase) return null;
  while (last > first && (tree.tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return { first, last };
}

const WARN = /^warn(?:s|ed|ing)?$/u;
const WARNING_ENDS = new Set(['.', '!', '?', ',', ';', ':', '—', '–', '(', ')']);

/**
 * What a warning "of" a noun phrase names ("Doctors warned [of] [the risk of an outbreak]",
 * "Minister warns of delays"), or null: "warn" with "of" right after it; the words after "of" up to
 * the sentence's end, a comma, colon, semicolon, dash or bracket, or a conjunction or clause joined
 * to the verb ("… and called for calm"). PolNeAR marks "warned of" the cue and the phrase the content.
 */
export function warningOfContent(
  text: string,
  tree: DependencyTree,
  verb: number,
): { first: number; last: number } | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (!isVerb(text, token) || !WARN.test(wordOf(text, token))) return null;
  const of = tokens[verb + 1];
  if (of === undefined || of.pos !== 'ADP' || wordOf(text, of) !== 'of') return null;
  const first = verb + 2;
  let last = verb + 1;
  for (let at = first; at < tokens.length && at < first + 60; at += 1) {
    const next = tokens[at] as Token;
    if (next.pos === 'PUNCT' && WARNING_ENDS.has(wordOf(text, next))) break;
    if (next.head === verb && (next.dep === 'cc' || relationIs(next.dep, 'conj'))) break;
    // the next sentence, with no full stop between ("… of delays\nThe line …")
    if (at > first && text.slice((tokens[at - 1] as Token).end, next.start).includes('\n')) break;
    last = at;
  }
  while (last >= first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return last >= first ? { first, last } : null;
}

/**
 * The topic a speech verb is about ("complained [about] [checkpoints that hinder movement]"):
 * see the module comment. The preposition's position and the phrase after it, or null.
 */
export function topicContent(
  text: string,
  tree: DependencyTree,
  verb: number,
): { preposition: number; first: number; last: number } | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB') return null;
  if (tree.dependents(verb, ['obj', 'iobj', 'ccomp', 'xcomp']).length > 0) return null;
  const lemma = baseFormOf(token.lemma || wordOf(text, token), 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  if (first === undefined || lexicographerFileOf(first, 'verb') !== VERB_COMMUNICATION) return null;
  // a verb that speaks with no object ("Somebody ----s", "Somebody ----s PP"); not "accuse", "say",
  // "ask", whose "of" or "about" goes with an object they lack in a passive headline ("Labour
  // accused of broken pledge") or a clause ("what it said about its owner")
  if (!hasVerbFrame(lemma!, 2, 1) && !hasVerbFrame(lemma!, 22, 1)) return null;
  // "a call to analysts to talk about its results", "Schroeder to talk about Turkey": an
  // infinitive names talk intended or planned, not words reported
  if (tree.dependents(verb, ['mark']).some((mark) => wordOf(text, tokens[mark] as Token) === 'to'))
    return null;
  // "we're talking about months": the speaker's own words about the matter at hand
  const subject = tree.dependent(verb, 'nsubj');
  if (subject >= 0 && /^(?:i|we|you)$/u.test(wordOf(text, tokens[subject] as Token))) return null;
  // "when asked about the poster": a past participle with no subject or auxiliary of its own is a
  // passive, its governor's subject the one asked
  const form = wordOf(text, token);
  if (
    form !== (token.lemma || form).toLowerCase() &&
    !/ing$/u.test(form) &&
    tree.dependents(verb, ['nsubj', 'aux', 'expl']).length === 0
  )
    return null;
  let preposition = verb + 1;
  while (preposition < tokens.length) {
    const between = tokens[preposition] as Token;
    if (between.head !== verb || between.dep !== 'advmod') break;
    preposition += 1;
  }
  const marker = tokens[preposition];
  if (marker === undefined || marker.pos !== 'ADP' || marker.dep !== 'case') return null;
  const word = wordOf(text, marker);
  if (word !== 'about' && word !== 'of') return null;
  // the preposition opens a phrase the verb governs
  const phrase = marker.head;
  const governed = tokens[phrase];
  if (governed === undefined || governed.head !== verb || phrase <= preposition) return null;
  if (!relationIs(governed.dep, 'obl') && !relationIs(governed.dep, 'advcl')) return null;
  let last = tree.subtreeEnd(phrase);
  while (last > preposition + 1 && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return last > preposition ? { preposition, first: preposition + 1, last } : null;
}

/** The object or oblique of a non-answer ("respond [to requests for comment]"), or -1. */
export function nonAnswerContent(text: string, tree: DependencyTree, verb: number): number {
  const token = tree.tokens[verb] as Token;
  if (!isVerb(text, token) || !negated(text, tree, verb)) return -1;
  const word = reportingVerb(token.lemma || wordOf(text, token));
  if (!word.communication && word.rareClause !== true) return -1;
  for (const dependent of tree.dependents(verb, ['obj', 'obl'])) {
    if (dependent < verb) continue;
    const noun = tree.tokens[dependent] as Token;
    if (isNoun(noun) && reportingNoun(wordOf(text, noun)).communication) return dependent;
  }
  return -1;
}

/**
 * The cue's first token: auxiliaries, negations and adverbs right before the verb ("did not
 * immediately respond"); a progressive's "be" the parse took for a copula ("are [warning] of").
 */
function cueStart(text: string, tree: DependencyTree, verb: number): number {
  const progressive =
    (tree.tokens[verb] as Token).pos === 'VERB' && /ing$/u.test(wordOf(text, tree.tokens[verb] as Token));
  let first = verb;
  while (first > 0) {
    const before = tree.tokens[first - 1] as Token;
    if (before.head !== verb) break;
    const copula = progressive && before.dep === 'cop';
    if (before.dep !== 'aux' && before.dep !== 'advmod' && !copula && !isNegation(text, before)) break;
    first -= 1;
  }
  return first;
}

/**
 * The verb's source: its subject (speechSource), or for a participle on a communication noun the
 * subject of the verb that governs that noun ("The minister issued a statement branding …").
 */
function sourceOf(text: string, tree: DependencyTree, verb: number): number {
  const found = speechSource(tree, verb);
  if (found >= 0) return found;
  const token = tree.tokens[verb] as Token;
  const noun = tree.tokens[token.head];
  if (!relationIs(token.dep, 'acl') || noun === undefined || noun.pos !== 'NOUN') return -1;
  if (!reportingNoun(wordOf(text, noun)).communication || noun.head < 0) return -1;
  return speechSource(tree, noun.head);
}

/**
 * The noun the parse hung on a verb as a compound modifier right before it, as in a headline
 * ("Minister warns of delays": "Minister" compound of "warns"), or -1.
 */
export function compoundSubject(tree: DependencyTree, verb: number): number {
  const before = tree.tokens[verb - 1];
  if (before === undefined || before.head !== verb || before.dep !== 'compound') return -1;
  return before.pos === 'NOUN' || before.pos === 'PROPN' ? verb - 1 : -1;
}

function* speechActProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const token = tokens[verb] as Token;
    if (!isVerb(text, token) || isPassive(tree, verb) || token.dep.startsWith('xcomp')) continue;
    if (supposed(text, tree, verb)) continue;
    let content: Span | null = null;
    let cueLast = verb;
    const answer = nonAnswerContent(text, tree, verb);
    if (answer >= 0) {
      let last = tree.subtreeEnd(answer);
      while (last > answer && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
      content = span(tokens, tree.subtreeStart(answer), last);
    } else if (!negated(text, tree, verb)) {
      let judged = judgementContent(text, tree, verb);
      if (judged === null) {
        // "warned of": the preposition belongs to the cue
        judged = warningOfContent(text, tree, verb);
        if (judged !== null) cueLast = verb + 1;
      }
      if (judged === null) {
        // "complained about": the preposition belongs to the cue
        const topic = topicContent(text, tree, verb);
        if (topic !== null) {
          judged = topic;
          cueLast = topic.preposition;
        }
      }
      if (judged !== null) content = span(tokens, judged.first, judged.last);
    }
    if (content === null) continue;
    const spoken = sourceOf(text, tree, verb);
    // "Minister warns of delays": a headline's subject the parse hung on the verb as a compound
    const subject = spoken < 0 && cueLast > verb ? compoundSubject(tree, verb) : spoken;
    if (subject < 0) continue;
    const first = cueStart(text, tree, verb);
    const cue = span(tokens, first, cueLast);
    // the subject's own words up to the cue ("The minister" of "The minister issued a statement branding …")
    let sourceFirst = tree.subtreeStart(subject);
    // "The governor warns of …" parsed with "The" on the verb: the words before the compound
    while (
      subject !== spoken &&
      sourceFirst > 0 &&
      (tokens[sourceFirst - 1] as Token).head === verb &&
      /^(?:det|amod|compound|nmod:poss)$/u.test((tokens[sourceFirst - 1] as Token).dep)
    )
      sourceFirst -= 1;
    let sourceLast = Math.min(tree.subtreeEnd(subject), first - 1);
    if (subject > sourceLast || sourceFirst > sourceLast) continue;
    sourceLast = Math.max(sourceLast, subject);
    while (sourceLast > sourceFirst && (tokens[sourceLast] as Token).pos === 'PUNCT') sourceLast -= 1;
    const source = span(tokens, sourceFirst, sourceLast);
    yield { candidate: { kind: 'indirect', cue, source, content: [content] } };
  }
}

/** A cue inside a span some candidate (or a speech act added before) holds adds nothing. */
export const SPEECH_ACTS: ReportPass = {
  propose: speechActProposals,
  guards: [{ held: ALL_PARTS, checked: CUE, grows: ALL_PARTS }],
};

export function addSpeechActs(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, SPEECH_ACTS);
}

const OPENING = new Set(['"', '“', "'", '‘']);
const CLOSING: Readonly<Record<string, readonly string[]>> = {
  '"': ['"'],
  '“': ['”', '"'],
  "'": ["'"],
  '‘': ['’', "'"],
};

/**
 * The quotation that opens right after a verb and its objects ("told her, “The plan is dead,”"),
 * as the tokens inside its marks, or null when none opens there or it does not close before `end`.
 */
function quotationAfter(
  text: string,
  tree: DependencyTree,
  verb: number,
  end: number,
): { first: number; last: number } | null {
  const tokens = tree.tokens;
  let at = verb + 1;
  while (at < end) {
    const token = tokens[at] as Token;
    const word = wordOf(text, token);
    if (token.head === verb && (token.dep === 'obj' || token.dep === 'iobj')) at = tree.subtreeEnd(at) + 1;
    else if (word === ',' || word === ':') at += 1;
    else break;
  }
  const open = tokens[at];
  if (open === undefined || at >= end) return null;
  const mark = text.slice(open.start, open.end);
  if (!OPENING.has(mark)) return null;
  const closing = CLOSING[mark] ?? [];
  for (let close = at + 1; close < end; close += 1) {
    const token = tokens[close] as Token;
    if (closing.includes(text.slice(token.start, token.end))) {
      let last = close - 1;
      while (last > at && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
      return last > at ? { first: at + 1, last } : null;
    }
  }
  return null;
}

function tokenSpan(tokens: readonly Token[], piece: Span): [number, number] {
  let first = 0;
  while (first < tokens.length && (tokens[first] as Token).start < piece.start) first += 1;
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).end <= piece.end) end += 1;
  return [first, end];
}

const SITUATION = new Set([
  'where',
  'when',
  'whenever',
  'while',
  'whereby',
  'as',
  'after',
  'before',
  'because',
  'since',
]);

/** A clause opened by "where", "when", "while", "because" …: the verb's situation, not a report. */
function situation(text: string, tree: DependencyTree, verb: number): boolean {
  const count = tree.childCount(verb);
  for (let nth = 0; nth < count; nth += 1) {
    const child = tree.tokens[tree.child(verb, nth)] as Token;
    if ((child.dep === 'advmod' || child.dep === 'mark') && SITUATION.has(wordOf(text, child))) return true;
  }
  return false;
}

/**
 * A report inside a quotation reports up to where the quoted speaker goes on in their own voice:
 * in "“He said the house was his, and I said no. I had nowhere to go,” Ms Hart said." his words end
 * before "and I said no" (the speaker's own report, a first-person subject of a speech verb) and
 * never run past a sentence end inside the quotation (a full stop, "?" or "!" before a capital).
 * Null when nothing is left.
 */
function withinOwnReport(
  text: string,
  tree: DependencyTree,
  content: { first: number; last: number },
): { first: number; last: number } | null {
  const tokens = tree.tokens;
  let last = content.last;
  for (let position = content.first + 1; position <= last; position += 1) {
    const token = tokens[position] as Token;
    const form = wordOf(text, token);
    const next = tokens[position + 1];
    // a full stop of its own, or glued to a lower-case word the tokeniser kept whole ("no."), not
    // an abbreviation's ("U.S. Army", "Mr. Hale")
    const stop = /^[.?!]+$/u.test(form) ? position - 1 : /^\p{Ll}{2,}\.$/u.test(form) ? position : -1;
    if (stop >= 0 && next !== undefined && /^\p{Lu}/u.test(wordOf(text, next))) {
      last = stop;
      break;
    }
    if (
      /^(?:i|we)$/iu.test(form) &&
      token.dep.startsWith('nsubj') &&
      token.head > position &&
      token.head <= last
    ) {
      const governor = tokens[token.head] as Token;
      const word = reportingVerb(governor.lemma || wordOf(text, governor));
      if (governor.pos !== 'VERB' || !word.communication) continue;
      let cut = position - 1;
      while (
        cut > content.first &&
        ((tokens[cut] as Token).pos === 'PUNCT' || (tokens[cut] as Token).pos === 'CCONJ')
      )
        cut -= 1;
      last = cut;
      break;
    }
  }
  if (last === content.last) return content;
  while (last > content.first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return last >= content.first && (tokens[last] as Token).pos !== 'PUNCT'
    ? { first: content.first, last }
    : null;
}

function* nestedReportProposals(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  for (const candidate of candidates) {
    if (candidate.cue === null) continue;
    for (const piece of candidate.content) {
      const [start, end] = tokenSpan(tokens, piece);
      for (let verb = start; verb < end; verb += 1) {
        const token = tokens[verb] as Token;
        if (token.pos !== 'VERB' || isPassive(tree, verb) || token.dep.startsWith('xcomp')) continue;
        // "a meeting where officials agreed …", "when aides said …": a clause on a noun or of time
        // and place describes a situation, it reports nothing of its own
        if (relationIs(token.dep, 'acl') || situation(text, tree, verb)) continue;
        const word = reportingVerb(token.lemma || wordOf(text, token));
        // speech, not a guess or a finding inside the words ("I guess that's why …")
        if (!word.communication || !word.clause || word.cognition) continue;
        if (negated(text, tree, verb) || supposed(text, tree, verb)) continue;
        const subject = tree.dependent(verb, 'nsubj');
        if (subject < start || subject > verb) continue;
        let content: { first: number; last: number } | null = null;
        const complement = tree.dependent(verb, 'ccomp');
        if (complement > verb && tree.subtreeEnd(complement) < end) {
          let first = tree.subtreeStart(complement);
          if ((tokens[first] as Token).dep === 'mark' && first < complement) first += 1;
          // ", “We are leaving”": the comma and the mark open the quotation, they are not in it
          while (first < complement && (tokens[first] as Token).pos === 'PUNCT') first += 1;
          let last = tree.subtreeEnd(complement);
          while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
          if (first > verb && last > first) content = { first, last };
        }
        // "I agree that …", "we have always said that …" inside the speaker's own words is their
        // voice, not a second report; their own earlier words quoted are ("I told him, “Stay”")
        const firstPerson = /^(?:i|we)$/u.test(wordOf(text, tokens[subject] as Token));
        if (firstPerson) content = null;
        content ??= quotationAfter(text, tree, verb, end);
        if (content === null) continue;
        content = withinOwnReport(text, tree, content);
        if (content === null) continue;
        const first = cueStart(text, tree, verb);
        const cue = span(tokens, first, verb);
        const sourceFirst = tree.subtreeStart(subject);
        const sourceLast = Math.min(tree.subtreeEnd(subject), first - 1);
        if (sourceFirst < start || sourceLast < subject) continue;
        const inner = span(tokens, content.first, content.last);
        const quoted = OPENING.has(
          text.slice((tokens[content.first - 1] as Token).start, (tokens[content.first - 1] as Token).end),
        );
        yield {
          candidate: {
            kind: quoted ? 'direct' : 'indirect',
            cue,
            source: span(tokens, sourceFirst, sourceLast),
            content: [inner],
          },
        };
      }
    }
  }
}

/** A cue that overlaps a candidate's cue (or a nested report's found before) adds nothing. */
export const NESTED_REPORTS: ReportPass = {
  propose: nestedReportProposals,
  guards: [{ held: CUE, checked: CUE, grows: CUE }],
};

export function addNestedReports(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, NESTED_REPORTS);
}
