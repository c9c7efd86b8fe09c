import { lightVerbReport, makingSure } from './light-verb-reports.js';
import { adjectiveReport } from './adjective-reports.js';
import { isAsideVerb, isWordsAsideCue } from './aside-reports.js';
import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, isPassive, relationIs } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { colonFrameCue } from '../quotes/quote-attributions.js';
import { isDeclineAt } from '../complete/words.js';
import { honorificOf } from '../../coref/lexicon.js';
import { agentlessReportClause, expletiveBeliefContent } from './agentless-reports.js';
import { raisedReportInfinitive, sourcingAdverb } from './hedged-sourcing.js';
import { keepCandidates } from './keep-candidates.js';
import { thingObjectOnly } from './object-only.js';
import { cueVerb, phraseHead } from './cue-wordnet.js';
import {
  directiveVerb,
  knowledgeVerb,
  causativeVerb,
  consentVerb,
  nounPhraseReportVerb,
  adjudicatorNoun,
  attitudeNoun,
  attitudeVerb,
  conveyingVerb,
  messageNoun,
  reportingNoun,
  deniableNoun,
  denialVerb,
  spokenAct,
  reportingVerb,
  remarkVerb,
  statementNoun,
  deedVerb,
  examiningVerb,
  speechOrThoughtVerb,
  sourceNounKind,
  evidenceNoun,
  namingVerb,
  thoughtVerb,
  forecastVerb,
  topicVerb,
  consequenceVerb,
  possessionVerb,
  perceiverVerb,
  actionInfinitiveVerb,
  speechFirstVerb,
  thingInfinitiveVerb,
  type ReportingWord,
} from './reporting-predicate.js';
import { accusesSomebody, passiveSubject } from './accusations.js';
import { personNoun } from '../../lexicon/index.js';
import { hasHypernym, hasHypernymWord } from '../../lexicon/hypernyms.js';
import { judgementContent, topicContent, warningOfContent } from './speech-acts.js';
import { agentReport } from './agent-reports.js';
import { attitudeReport } from './attitude-reports.js';
import { documentWording } from './document-wording.js';
import { documentEvidence, thingAsSign } from './document-evidence.js';
import { mistaggedReportingVerb } from './mistagged-reports.js';
import { classOf } from '../../claims/predicate-classes.js';
import {
  adverbSenses,
  baseFormOf,
  lemmaOf,
  lexicographerFileOf,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  NOUN_PERSON,
  NOUN_TIME,
  synsetsOf,
} from '../../events/wordnet.js';

/**
 * The predicate filter: an attribution needs a reporting predicate and propositional content.
 *
 * - The predicate is the cue's syntactic head. A verb must report speech or thought by WordNet
 *   (reporting-predicate.ts): "Officials say …", "she estimated …" pass; "aims to put", "plans to",
 *   "imposed a curfew", "distanced themselves from" do not; a verb with the particle after it in the
 *   cue is read as the phrase when WordNet lists it ("chimed in", cue-wordnet.ts). A noun cue must be a communication noun
 *   ("claims by the council that …", "a statement"). "according to" always reports.
 * - The content must be a proposition: quoted words, a clause with its own subject ("said [the talks
 *   had failed]"), or, after a communication verb, an infinitive with its addressee ("urged [the
 *   government to act]"). A bare noun phrase is not: "declared [his retirement]", "called [the
 *   Queen]", "cited [a lack of access]".
 * - A passive cue with no `by` agent reports nobody's words unless it quotes a clause or is an
 *   agentless report (agentless-reports.ts: "it was claimed that …", "the court heard that …"): "is expected to
 *   receive", "were seen stacking coffins", "is known as “the Butcher”" go; "was accused of fraud by
 *   two partners" stays. A participle on a noun with no clause names it ("an actress called “Mona”").
 * - A naming verb whose content is only the name gives a name, quoted or not: "what he calls a
 *   “reset”", "whom he dubbed “the little senator”", "Ms Varga, dubbed the “iron lady”, …"
 *   (`namedOnly`); "called the plan “a disgrace”" judges the plan and stays.
 * - A verb of thought that is no communication verb needs a clause even when it quotes: "felt
 *   “trapped”" goes.
 * - A perceiver's verb with a gerund, a bare infinitive or a participle perceives an event ("heard
 *   shots fired", "saw the car leave"); a verb of neither speech nor thought in a relative clause
 *   takes the noun it describes as its object ("how much money he makes, …"); a thing asked of
 *   somebody named is a request for a service ("asked the coast guard for a tow").
 *
 * - Supposed speech is none: "if she said …", "people would say …" (`isHypothetical`).
 * - The speaker must be able to speak (WordNet noun files of the verb's subject): "the dome has
 *   shown that …" and "the idea recognizes that …" go; "the museum said", "the poll showed" stay.
 * - A verb whose first sense is a deed acts on its noun object, whatever it quotes: "added [a late
 *   goal]", "add [a social side to “Harbour”]". An imperative that opens its sentence is the
 *   writer's advice: "Expect them to struggle".
 *
 * - Neither can a time ("the last week has shown that …"), nor a thing or an act a consequence is
 *   drawn from ("the format meant that …": a verb.stative sense and no that-clause frame).
 * - A verb of having takes a determined thing ("claimed [the coldest temperature on record]"); a
 *   message named by its topic is a narrative ("the film tells [the story of …]"); half of a
 *   hyphenated adjective is no cue ("self-declared"); a noun cue that is an argument of the
 *   sentence's own verb, with no word of the content hanging from it, reports nothing ("he hosted a
 *   music video [show]", "[talks] will begin only if …").
 *
 * A refusal ("declined to comment", "did not respond") is kept: its stance is `decline`.
 * Cue-less quotation paragraphs are kept; one that continued a dropped candidate no longer does.
 */

/** Token index range [first, end) of the tokens inside `span`, found by binary search. */
export function tokenRange(segments: Segments, span: Span): [number, number] {
  const tokens = segments.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= span.start) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < tokens.length && (tokens[end] as Token).start < span.end) end += 1;
  return [low, end];
}

/** The cue's head: its token whose syntactic head lies outside the cue (the last such one), or -1. */
export function cueHead(segments: Segments, cue: Span): number {
  const [first, end] = tokenRange(segments, cue);
  let head = -1;
  for (let position = first; position < end; position += 1) {
    const token = segments.tokens[position] as Token;
    if (token.pos === 'PUNCT') continue;
    if (token.head < first || token.head >= end) head = position;
  }
  return head;
}

/**
 * Whether the content holds a clause, or (`infinitive`) a to-infinitive. A clause: a subject inside
 * it, an auxiliary or copula ("[best film and director were between …]"), or a verb at its top that
 * is neither an infinitive nor a gerund. The parser's slips ("Finding Neverland had been lavished"
 * read with no subject) are why a subject alone is not required.
 */
function contentShape(
  text: string,
  segments: Segments,
  content: readonly Span[],
  cueHead = -1,
): { clause: boolean; infinitive: boolean; verb: boolean; subject: boolean } {
  let subject = false;
  let clause = false;
  let infinitive = false;
  let verb = false;
  for (const span of content) {
    const [first, end] = tokenRange(segments, span);
    const skipped = adjoinedClauses(segments, first, end, cueHead);
    const relative = relativeClauses(segments, first, end);
    for (let position = first; position < end; position += 1) {
      if (skipped[position - first] === 1) continue;
      const token = segments.tokens[position] as Token;
      const inside = token.head >= first && token.head < end;
      if (token.pos === 'VERB' || token.pos === 'AUX') verb = true;
      // "found [that most voters support the tax]" with "support" tagged a noun: a word with a
      // subordinator and a subject of its own is the clause's verb, whatever its tag
      else if (
        token.dep === 'mark' &&
        inside &&
        (token.lemma === 'that' || token.lemma === 'whether') &&
        subjectOf(segments, token.head, first, end)
      )
        verb = true;
      // "imagined [himself as the champion everyone wanted]": a relative clause on a noun of the
      // content makes no proposition of it
      if (relative[position - first] === 1) continue;
      if (token.dep === 'mark' && token.lemma === 'to' && inside) {
        // "urged [the council to act]": the infinitive is the verb's own complement; in "defended
        // [her decision to close the port]" it completes a noun of the content, which stays a noun
        const governor = (segments.tokens[token.head] as Token).head;
        if (governor < first || governor >= end || addressee(segments.tokens[governor] as Token))
          infinitive = true;
        continue;
      }
      if (
        inside &&
        (relationIs(token.dep, 'nsubj') || relationIs(token.dep, 'csubj') || token.dep === 'expl')
      ) {
        clause = true;
        subject = true;
      } else if (token.pos === 'AUX' && inside && position > first) {
        clause = true;
        subject = true;
      }
      // "said [the attackers escaped to the border]" parsed as object + reduced relative: a verb
      // in past form on the content's first noun is its predicate (an -ing form is not:
      // "described [the men guarding the gate]")
      else if (
        inside &&
        position > first &&
        // (or, by a slip, an xcomp of the noun: "said [lightning struck the hills]")
        (token.dep === 'acl' || token.dep === 'xcomp') &&
        token.pos === 'VERB' &&
        (token.head === firstNounHead(segments, first, end) ||
          // an xcomp on a word that is no verb, itself on the first noun, is the parser's slip too
          // ("said [troops from neighbouring Orsa crossed the border]" with "crossed" on
          // "neighbouring"; not a noun further in: "defended [his decision despite a ruling …]")
          (token.dep === 'xcomp' &&
            !isVerbal(segments.tokens[token.head] as Token) &&
            (segments.tokens[token.head] as Token).head === firstNounHead(segments, first, end))) &&
        pastPredicate(text, segments, position, end) &&
        !toInfinitive(segments, position)
      )
        clause = true;
      // "suggested [Russia orchestrated it]" with "orchestrated" mistagged: a clausal complement
      else if (!inside && /^(?:ccomp|xcomp|parataxis)/u.test(token.dep) && position > first) {
        if (!toInfinitive(segments, position)) clause = true;
      } else if (!inside && token.pos === 'VERB' && !/ing$/iu.test(text.slice(token.start, token.end))) {
        if (
          !toInfinitive(segments, position) &&
          !adverbialSlip(segments, position, first) &&
          !determinedObject(text, segments, position, first)
        )
          clause = true;
      }
    }
  }
  return { clause, infinitive, verb, subject };
}

/** Whether a token of [first, end) is the subject of the word at `head`. */
function subjectOf(segments: Segments, head: number, first: number, end: number): boolean {
  for (let position = first; position < end; position += 1) {
    const token = segments.tokens[position] as Token;
    if (token.head === head && relationIs(token.dep, 'nsubj')) return true;
  }
  return false;
}

/** Subordinators that open an adverbial clause (not "that", "whether", "if", which open complements). */
const ADVERBIAL_SUBORDINATORS = new Set([
  'as',
  'after',
  'before',
  'since',
  'until',
  'till',
  'when',
  'whenever',
  'while',
  'whilst',
  'because',
  'once',
  'although',
  'though',
  'unless',
]);

/** Words of a short noun phrase between a subordinator and its clause's verb ("as [the river] rose"). */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * Whether a verb hanging from outside the content, which the parser did not read as a complement
 * (an adverbial clause or an oblique), is an adverbial clause whose subordinator it misattached:
 * "ordered [the evacuation of the towns as the river rose]" with "as the river" read as a
 * prepositional phrase, "called [the vote after the coalition collapsed]" with "after the
 * coalition" on "vote". A subordinator before the verb's subject, nothing else between, says the
 * clause tells when or why the cue's act happened, not what was said.
 */
function adverbialSlip(segments: Segments, position: number, first: number): boolean {
  const tokens = segments.tokens;
  const dep = (tokens[position] as Token).dep;
  if (!/^(?:advcl|obl|nmod)/u.test(dep)) return false;
  for (let at = position - 1; at >= first && position - at <= SUBJECT_WORDS_MAX + 1; at -= 1) {
    const token = tokens[at] as Token;
    if (ADVERBIAL_SUBORDINATORS.has(token.lemma.toLowerCase())) return at < position - 1;
    if (!SUBJECT_WORDS.has(token.pos)) return false;
  }
  return false;
}

/**
 * Whether a word tagged as a verb is the cue's noun object: the parser made it the object and a
 * determiner inside the content hangs from it ("ordered [a broadband upgrade]" with "upgrade" tagged
 * as a verb). A verb takes no determiner; the object of an order or a purchase is no proposition.
 */
function determinedObject(text: string, segments: Segments, position: number, first: number): boolean {
  const tokens = segments.tokens;
  const token = tokens[position] as Token;
  if (!/^(?:obj|iobj)/u.test(token.dep)) return false;
  // a word WordNet knows as a noun ("upgrade"; not "fail" in "say [the new figures fail to …]")
  if (synsetsOf(text.slice(token.start, token.end).toLowerCase(), 'noun').length === 0) return false;
  let determined = false;
  for (let at = position - 1; at >= first; at -= 1) {
    const child = tokens[at] as Token;
    if (child.head !== position) continue;
    if (child.dep === 'det') determined = true;
    // a plural noun before it is its subject, not a modifier ("the figures show")
    if (child.pos === 'NOUN' && /s$/iu.test(text.slice(child.start, child.end))) return false;
  }
  return determined;
}

/** How many words the subject between a misattached subordinator and its verb may have. */
const SUBJECT_WORDS_MAX = 5;

/** How far before its verb the "to" of a split infinitive may stand ("to [effectively] lend"). */
const SPLIT_INFINITIVE = 3;

/**
 * Whether the verb at `position` is a to-infinitive: "to" right before it, or a "to" marking it
 * with adverbs between ("agreed to effectively lend him $5 million", "to not go back").
 */
function toInfinitive(segments: Segments, position: number): boolean {
  const tokens = segments.tokens;
  if ((tokens[position - 1] as Token | undefined)?.lemma === 'to') return true;
  for (let at = position - 1; at >= Math.max(0, position - 1 - SPLIT_INFINITIVE); at -= 1) {
    const token = tokens[at] as Token;
    if (token.head === position && token.dep === 'mark' && token.lemma === 'to') return true;
    if (token.pos !== 'ADV' && token.pos !== 'PART') return false;
  }
  return false;
}

function isVerbal(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/**
 * A verb in past form that can be the reported clause's predicate: "-ed" ("said [the attackers
 * escaped]"), or an irregular past with an object of its own ("said [lightning struck the hills]"):
 * a reduced relative is passive and takes none ("cited [the figures shown] on Monday").
 */
function pastPredicate(text: string, segments: Segments, verb: number, end: number): boolean {
  const token = segments.tokens[verb] as Token;
  const surface = text.slice(token.start, token.end).toLowerCase();
  if (/ed$/u.test(surface)) return true;
  if (surface === token.lemma.toLowerCase() || /(?:ing|s)$/u.test(surface)) return false;
  for (let position = verb + 1; position < end; position += 1) {
    const dependent = segments.tokens[position] as Token;
    if (dependent.head === verb && dependent.dep === 'obj') return true;
  }
  return false;
}

/**
 * Whether a noun the parser hung an infinitive on can be the one addressed ("called on [the rebels
 * to lay down their arms]"): a pronoun, a name, or a noun whose first WordNet sense is a person or a
 * group; not "her decision to close", "a plan to build".
 */
function addressee(token: Token): boolean {
  if (token.pos === 'PRON' || token.pos === 'PROPN') return true;
  if (token.pos !== 'NOUN') return false;
  const first = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  return file === NOUN_PERSON || file === NOUN_GROUP;
}

/**
 * The tokens of [first, end) inside a relative clause that hangs from a word of the range ("the
 * champion [everyone wanted]"); 1 marks one.
 */
function relativeClauses(segments: Segments, first: number, end: number): Uint8Array {
  const tokens = segments.tokens;
  const marked = new Uint8Array(end - first);
  const root = contentRoot(segments, first, end);
  for (let position = first; position < end; position += 1) {
    let at = position;
    for (let step = 0; step < end - first; step += 1) {
      const token = tokens[at] as Token;
      if (token.head < first || token.head >= end) break;
      if (
        (token.dep === 'acl:relcl' || relativeAdverbClause(segments, at)) &&
        !(token.head === root && misreadClause(segments, at, first, end))
      ) {
        marked[position - first] = 1;
        break;
      }
      at = token.head;
    }
  }
  return marked;
}

/**
 * "early in the final set [when she saved two break points]": a clause on a noun (`acl`, or `advcl`
 * by a slip of the parser) opened by a relative "when" or "where" is a relative clause the parser
 * did not label as one; it says when or where, it makes no proposition of the content.
 */
function relativeAdverbClause(segments: Segments, verb: number): boolean {
  const tokens = segments.tokens;
  const token = tokens[verb] as Token;
  if (token.dep !== 'acl' && token.dep !== 'advcl') return false;
  const noun = tokens[token.head] as Token | undefined;
  if (noun === undefined || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return false;
  for (let position = token.head + 1; position < verb; position += 1) {
    const word = tokens[position] as Token;
    if (word.head === verb && word.dep === 'advmod' && /^(?:when|where)$/iu.test(word.lemma)) return true;
  }
  return false;
}

/** The first token of the range whose head lies outside it: the root of the content's phrase. */
function contentRoot(segments: Segments, first: number, end: number): number {
  for (let position = first; position < end; position += 1) {
    const head = (segments.tokens[position] as Token).head;
    if (head < first || head >= end) return position;
  }
  return -1;
}

/**
 * "said [the two raised $850,000]" parsed as the object "the" with a relative clause on it: a
 * determiner or a number takes no relative clause, and a relative clause leaves one of its places
 * empty for the noun it describes ("the money [the two raised]"), so a verb on a determiner with its
 * own subject and its own object and no relative word is the reported clause the parser misread.
 */
function misreadClause(segments: Segments, verb: number, first: number, end: number): boolean {
  const governor = segments.tokens[(segments.tokens[verb] as Token).head] as Token;
  const onDeterminer = governor.pos === 'DET' || governor.pos === 'NUM';
  let subject = false;
  let object = false;
  let passiveSubject = false;
  let passive = false;
  for (let position = first; position < end; position += 1) {
    const token = segments.tokens[position] as Token;
    if (token.head !== verb) continue;
    if (RELATIVE_WORD.test(token.lemma) && position < verb) return false;
    if (token.dep === 'nsubj') subject = true;
    else if (token.dep === 'nsubj:pass') passiveSubject = true;
    else if (token.dep === 'aux:pass') passive = true;
    else if (token.dep === 'obj' || token.dep === 'ccomp') object = true;
  }
  if (onDeterminer) return subject && object;
  // "said [the panel itself might be damaged]": a passive with a subject of its own leaves no place
  // for the noun it hangs from (unless that noun is a time or a manner: "the day it was built")
  return passiveSubject && passive && governor.pos === 'NOUN' && !adverbialNoun(governor.lemma);
}

/** Nouns a relative clause can hang from with no gap of its own: times, ways, reasons, places. */
function adverbialNoun(lemma: string): boolean {
  if (/^(?:way|reason|place|extent|degree)$/iu.test(lemma)) return true;
  const first = synsetsOf(lemma.toLowerCase(), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_TIME;
}

const RELATIVE_WORD = /^(?:who|whom|whose|which|that|where|when|why)$/iu;

function within(segments: Segments, position: number, span: Span): boolean {
  const token = segments.tokens[position] as Token;
  return token.start >= span.start && token.end <= span.end;
}

/** Whether the content holds the accused (the object, or the passive subject) of the verb. */
function holdsArgument(
  segments: Segments,
  tree: DependencyTree,
  content: readonly Span[],
  verb: number,
): boolean {
  const accused = isPassive(tree, verb) ? passiveSubject(tree, verb) : tree.dependent(verb, 'obj');
  return accused >= 0 && content.some((span) => within(segments, accused, span));
}

/**
 * The lemma a directive is looked up by: the verb, or the WordNet phrase it forms with the particle
 * after it in the cue ("call" + "for" → "call_for").
 */
function cueLemma(text: string, tokens: readonly Token[], head: number, cue: Span): string {
  const token = tokens[head] as Token;
  const lemma = (token.lemma || text.slice(token.start, token.end)).toLowerCase();
  const next = tokens[head + 1];
  if (next === undefined || next.end > cue.end) return lemma;
  const phrase = `${lemma}_${text.slice(next.start, next.end).toLowerCase()}`;
  return synsetsOf(phrase, 'verb').length > 0 ? phrase : lemma;
}

/**
 * Whether a directive names whom it asks: an object that is a person, a group or a name before a
 * "for" phrase ("asked [the coast guard] for a tow"), or a "from" phrase of one ("requested help
 * [from the coast guard]").
 */
function askedOfSomebody(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const tokens = segments.tokens;
  const opens = (at: number, word: string): boolean => {
    const first = tokens[tree.subtreeStart(at)] as Token;
    return text.slice(first.start, first.end).toLowerCase() === word;
  };
  const obliques = tree.dependents(verb, ['obl']).filter((at) => at > verb);
  for (const at of tree.dependents(verb, ['obj', 'iobj'])) {
    if (at < verb || !speakerToken(text, tokens[at] as Token)) continue;
    // (the parser hangs the "for" phrase from the verb or from the one asked)
    const phrases = [...obliques, ...tree.dependents(at, ['nmod'])];
    if (phrases.some((phrase) => phrase > at && opens(phrase, 'for'))) return true;
  }
  return obliques.some((at) => opens(at, 'from') && speakerToken(text, tokens[at] as Token));
}

/** A pronoun, a name, or a noun that is a person or a group by its first WordNet sense. */
function speakerToken(text: string, token: Token): boolean {
  if (token.pos === 'PRON' || token.pos === 'PROPN') return true;
  return addressee(token) || personNoun(text.slice(token.start, token.end).toLowerCase()) !== undefined;
}

/**
 * Whether the content holds what a directive asks for: its object after it, or its "for" phrase
 * ("called [for] an inquiry"), a thing, not a person (the person asked is an addressee, and needs
 * the infinitive that says what they should do). A thing asked of somebody named ("asked the
 * coast guard for a tow", "requested assistance from the port authority") is a request for a
 * service or a good, no proposition; "called for an inquiry", addressed to nobody, stays.
 */
function asksFor(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  content: readonly Span[],
  verb: number,
): boolean {
  const tokens = segments.tokens;
  if (askedOfSomebody(text, segments, tree, verb)) return false;
  for (const object of tree.dependents(verb, ['obj', 'iobj', 'obl'])) {
    if (object < verb) continue;
    const token = tokens[object] as Token;
    if (relationIs(token.dep, 'obl')) {
      const first = tokens[tree.subtreeStart(object)] as Token;
      if (text.slice(first.start, first.end).toLowerCase() !== 'for') continue;
    }
    if (token.pos !== 'NOUN' || speakerToken(text, token)) continue;
    if (content.some((span) => within(segments, object, span))) return true;
  }
  return false;
}

/**
 * Whether `at` heads a clause of its own (with a subject) joined to the cue's verb as a conjunct or
 * an adverbial clause: "found [a knife …] and [he was charged]". A clause hanging from a word the
 * content was cut from ("said that [until the list is cleared] …") is not set apart.
 */
function adjoinedToCue(
  tokens: readonly Token[],
  at: number,
  first: number,
  end: number,
  cueHead: number,
): boolean {
  const token = tokens[at] as Token;
  if (token.head !== cueHead || !ADJOINED.test(token.dep) || !hasSubject(tokens, at, first, end))
    return false;
  // the parse's own evidence of a clause joined, not a complement it mislabelled: a coordinating
  // conjunction before a conjunct ("and he was charged"), a subordinating one before an adverbial
  // clause ("as firemen went"; not the complementiser "that", nor "between" read as a marker)
  for (let position = first; position < at; position += 1) {
    const child = tokens[position] as Token;
    if (child.head !== at) continue;
    if (token.dep.startsWith('conj') && child.dep === 'cc') return true;
    // "showed glimpses of resolve [when he held his serve]": a when-clause, its adverb read as advmod
    if (
      token.dep.startsWith('advcl') &&
      child.dep === 'advmod' &&
      WHEN_ADVERBS.has(child.lemma.toLowerCase())
    )
      return true;
    if (
      token.dep.startsWith('advcl') &&
      child.dep === 'mark' &&
      (child.pos === 'SCONJ' || TEMPORAL_SUBORDINATORS.has(child.lemma.toLowerCase())) &&
      !COMPLEMENTISERS.has(child.lemma.toLowerCase())
    )
      return true;
  }
  return false;
}

/** Whether the verb has a subject of its own in [first, end): a clause, not an infinitive or a participle. */
function hasSubject(tokens: readonly Token[], verb: number, first: number, end: number): boolean {
  for (let position = first; position < end; position += 1) {
    const token = tokens[position] as Token;
    if (token.head === verb && (relationIs(token.dep, 'nsubj') || token.dep === 'expl')) return true;
  }
  return false;
}

/** A communication verb with a clausal complement inside [first, end): "saying [they could …]". */
function adjoinedReport(tokens: readonly Token[], verb: number, first: number, end: number): boolean {
  if (!reportingVerb((tokens[verb] as Token).lemma).communication) return false;
  for (let position = verb + 1; position < end; position += 1) {
    const token = tokens[position] as Token;
    if (token.head === verb && token.dep === 'ccomp' && position >= first) return true;
  }
  return false;
}

/** Subordinators the tagger often reads as prepositions ('as firemen went'). */
const TEMPORAL_SUBORDINATORS = new Set(['as', 'after', 'before', 'since', 'until', 'till']);

/** Adverbs the parser leaves as the advmod of an adverbial clause they open ("when he held …"). */
const WHEN_ADVERBS = new Set(['when', 'whenever']);

/** Words that open a complement clause, not an adverbial one. */
const COMPLEMENTISERS = new Set(['that', 'whether', 'if']);

/** Relations that join a clause of its own to the cue's clause, not a complement of the cue. */
const ADJOINED = /^(?:conj|advcl)/u;

/**
 * The tokens of [first, end) that belong to a clause adjoined to the cue's (a conjunct or an
 * adverbial clause hanging from a word outside the range), when the range holds something else too:
 * in "police found [cocaine in her purse and she was then charged]" the conjunct "she was charged"
 * is the writer's next statement, and in "signed [the order as inspectors went door to door]" the
 * as-clause says when; neither makes the object a proposition. 1 marks a skipped token.
 */
function adjoinedClauses(segments: Segments, first: number, end: number, cueHead: number): Uint8Array {
  const tokens = segments.tokens;
  const top = new Int32Array(end - first);
  let other = false;
  for (let position = first; position < end; position += 1) {
    let at = position;
    for (let step = 0; step < end - first; step += 1) {
      const head = (tokens[at] as Token).head;
      if (head < first || head >= end) break;
      at = head;
    }
    top[position - first] = at;
    const token = tokens[at] as Token;
    if (token.pos !== 'PUNCT' && !adjoinedToCue(tokens, at, first, end, cueHead)) other = true;
    // "attacked the law, saying prices would rise": an adjoined report carries the content
    if (ADJOINED.test(token.dep) && at === position && adjoinedReport(tokens, at, first, end))
      return new Uint8Array(end - first);
  }
  const skipped = new Uint8Array(end - first);
  if (!other) return skipped;
  for (let position = first; position < end; position += 1) {
    const at = top[position - first] as number;
    if (adjoinedToCue(tokens, at, first, end, cueHead)) skipped[position - first] = 1;
  }
  return skipped;
}

/** The first noun of tokens [first, end) that heads its phrase from outside the range, or -1. */
function firstNounHead(segments: Segments, first: number, end: number): number {
  for (let position = first; position < end; position += 1) {
    const token = segments.tokens[position] as Token;
    if (
      (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON') &&
      (token.head < first || token.head >= end)
    )
      return position;
  }
  return -1;
}

/** "according to", "per", "in X's words": phrases that always report. */
function isAccordingTo(segments: Segments, cue: Span, text: string): boolean {
  // "…, per a list compiled by the union" (aside-reports.ts)
  const words = text.slice(cue.start, cue.end);
  if (/^according\b/iu.test(words) || /^per$/iu.test(words) || segments.tokens.length === 0) return true;
  // "In Ortiz's words, …", "in the words of one resident, …" (aside-reports.ts)
  return /^(?:in\b|\p{L}+$)/iu.test(words) && isWordsAsideCue(text, segments, cue);
}

/** WordNet noun files of what can be a source: noun.act (4, "a survey"), noun.communication (10), noun.group (14), noun.person (18). */
const SOURCE_NOUN_FILES: ReadonlySet<number> = new Set([4, 10, 14, 18]);

/**
 * Whether "according to X" cites a source, read from the parse: X is the head "according" is the case
 * marker of (or, when the parser made "according" an adverb, its complement). A name or a pronoun is
 * a source; a common noun is one when WordNet gives it a sense among people, groups, acts or
 * communication ("police", "officials", "a survey", "the report"). "Costs grow according to [the
 * size] of the house" (in proportion to) and "went according to [plan]" (as planned) cite nobody.
 */
export function accordingToCitesSource(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  cue: Span,
): boolean {
  const tokens = segments.tokens;
  let according = -1;
  const [first, end] = tokenRange(segments, cue);
  for (let position = first; position < end; position += 1) {
    const token = tokens[position] as Token;
    if (
      token.start >= cue.start &&
      token.end <= cue.end &&
      /^according$/iu.test(text.slice(token.start, token.end))
    ) {
      according = position;
      break;
    }
  }
  if (according < 0) return true;
  const token = tokens[according] as Token;
  let object = token.dep === 'case' ? token.head : -1;
  if (object < 0) object = tree.dependents(according, ['xcomp', 'obj', 'obl', 'ccomp'])[0] ?? -1;
  const head = tokens[object];
  if (head === undefined) return true;
  const word = text.slice(head.start, head.end);
  if (head.pos === 'PRON' || head.pos === 'PROPN' || head.pos === 'NUM' || /^\p{Lu}/u.test(word)) return true;
  if (sourceNoun(word)) return true;
  // "according to the Tally Post average", "according to the average of recent polls": a figure
  // drawn up by a name, or from surveys or reports, cites them
  return tree.dependents(object, ['compound', 'nmod:poss', 'nmod']).some((at) => {
    const modifier = tokens[at] as Token;
    if (modifier.dep !== 'nmod') return modifier.pos === 'PROPN' || modifier.pos === 'PRON';
    const of = tree.dependent(at, 'case');
    return (
      modifier.pos === 'NOUN' &&
      of >= 0 &&
      (tokens[of] as Token).lemma.toLowerCase() === 'of' &&
      sourceNoun(text.slice(modifier.start, modifier.end))
    );
  });
}

/** A noun WordNet gives a sense among people, groups, acts or communication (or does not know). */
function sourceNoun(word: string): boolean {
  const lemma = synsetsOf(word.toLowerCase(), 'noun').length > 0 ? word.toLowerCase() : lemmaOf(word, 'noun');
  // a word WordNet does not know as a noun is given the benefit of the doubt
  if (lemma === null) return true;
  return synsetsOf(lemma, 'noun').some((offset) =>
    SOURCE_NOUN_FILES.has(lexicographerFileOf(offset, 'noun')),
  );
}

/** WordNet noun lexicographer files of measures (noun.attribute, noun.possession, noun.quantity, noun.state). */
const MEASURE_FILES = new Set([7, 21, 23, 26]);

/**
 * Whether the phrase after "according to" names no source: a measure ("according to their size",
 * "according to income": in proportion to; WordNet's first sense an attribute, possession, quantity
 * or state), or a bare singular idea ("according to plan", "according to schedule"; a noun with no
 * determiner whose first sense is noun.cognition, where "according to estimates", "according to
 * the poll" and "according to research" name one).
 */
function noSourceAfterAccording(text: string, segments: Segments, source: Span): boolean {
  const [first, end] = tokenRange(segments, source);
  let head = -1;
  for (let position = first; position < end; position += 1) {
    const token = segments.tokens[position] as Token;
    if (token.pos !== 'PUNCT' && (token.head < first || token.head >= end)) head = position;
  }
  const token = segments.tokens[head];
  // (the tagger reads a bare "according to plan" as an infinitive: the word is still the noun)
  if (token === undefined || (token.pos !== 'NOUN' && !(token.pos === 'VERB' && end - first === 1)))
    return false;
  const noun = token.pos === 'NOUN' ? token.lemma : text.slice(token.start, token.end);
  const sense = synsetsOf(noun.toLowerCase(), 'noun')[0];
  if (sense === undefined) return false;
  const file = lexicographerFileOf(sense, 'noun');
  if (MEASURE_FILES.has(file)) return true;
  const word = text.slice(token.start, token.end).toLowerCase();
  const bare = end - first === 1 && (word === token.lemma.toLowerCase() || token.pos === 'VERB');
  return bare && file === NOUN_COGNITION;
}

/** Content before its cue, with a verb: a clause whatever the parser made of it. */
function fronted_(candidate: AttributionCandidate, cue: Span, verb: boolean): boolean {
  return (candidate.content[0]?.end ?? Infinity) <= cue.start && verb;
}

/** Modal auxiliaries of speech that was not made: "people would say", "he could claim". */
const HYPOTHETICAL_MODALS = /^(?:would|could|might|may|should)$/iu;

/**
 * Speech that is only supposed, read from the parse: the cue verb in an "if" or "unless" clause
 * ("if she said she was hard up") or, for reported speech, under a modal with no negation ("people
 * would say the town is dead"). A negated modal is a refusal and stays ("would not say whether …");
 * a quotation under a modal was said ("“I was in shock,” Hale would say of the match").
 */
export function isHypothetical(text: string, tree: DependencyTree, verb: number, quoted = false): boolean {
  const tokens = tree.tokens;
  let modal = false;
  let negated = false;
  const count = tree.childCount(verb);
  for (let nth = 0; nth < count; nth += 1) {
    const child = tree.child(verb, nth);
    const token = tokens[child] as Token;
    const word = text.slice(token.start, token.end).toLowerCase();
    if (token.dep === 'mark' && (word === 'if' || word === 'unless')) return true;
    // "When the judge says something, you can take him at his word": what he says whenever he
    // speaks, in the present, is no report of words said (a past "when she said that" is)
    if (
      !quoted &&
      (word === 'when' || word === 'whenever') &&
      (token.dep === 'mark' || token.dep === 'advmod') &&
      child < verb &&
      presentTense(text, tokens[verb] as Token)
    )
      return true;
    if (token.dep === 'aux' && HYPOTHETICAL_MODALS.test(word)) modal = true;
    if (token.dep === 'advmod' && (word === 'not' || word === "n't" || word === 'never')) negated = true;
    if (token.dep === 'aux' && /n['’]t$/u.test(word)) negated = true;
  }
  // "should come out and say whether …": a conjunct with no auxiliary or subject of its own shares
  // its head's modal, when its form can (a base form: not "could spell trouble, warns the charity")
  const token = tokens[verb] as Token;
  if (
    !modal &&
    !quoted &&
    token.dep === 'conj' &&
    text.slice(token.start, token.end).toLowerCase() === token.lemma.toLowerCase() &&
    token.head >= 0 &&
    tree.dependent(verb, 'nsubj') < 0 &&
    tree.dependent(verb, 'aux') < 0
  )
    return isHypothetical(text, tree, token.head, quoted);
  // “…,” Hale would say of the match: words quoted under a modal were said (narration's "would")
  return modal && !negated && !quoted;
}

/** Whether the verb is under "will", "shall" or "’ll": something still to happen. */
function isFuture(text: string, tree: DependencyTree, verb: number): boolean {
  return tree.dependents(verb, ['aux']).some((child) => {
    const token = tree.tokens[child] as Token;
    return /^(?:will|shall|['’]ll)$/iu.test(text.slice(token.start, token.end));
  });
}

/**
 * Whether a piece before the cue is an adverbial of the cue's verb opened by its own preposition or
 * subordinator ("[In listing his terms], Lund said", "[After the vote], she said"): its top word
 * hangs from the cue as `advcl` or `obl` and the piece's first word is that word's `mark` or `case`.
 */
function frontedAdjunct(segments: Segments, piece: Span, cueHead: number): boolean {
  const [first, end] = tokenRange(segments, piece);
  if (first >= end || end > cueHead) return false;
  const tokens = segments.tokens;
  let top = -1;
  for (let position = first; position < end; position += 1) {
    const token = tokens[position] as Token;
    if (token.pos === 'PUNCT' || (token.head >= first && token.head < end)) continue;
    if (top >= 0) return false;
    top = position;
  }
  const token = tokens[top];
  if (token === undefined || token.head !== cueHead || !/^(?:advcl|obl)/u.test(token.dep)) return false;
  const opener = tokens[first] as Token;
  return opener.head === top && (opener.dep === 'mark' || opener.dep === 'case');
}

const RELATIVE_PRONOUNS = /^(?:that|which|who|whom)$/iu;

export const REFLEXIVES =
  /^(?:itself|himself|herself|themselves|themself|oneself|myself|ourselves|yourself|yourselves)$/iu;

const WH_WORDS = new Set([
  'what',
  'whatever',
  'whether',
  'who',
  'whom',
  'which',
  'where',
  'when',
  'how',
  'why',
  'if',
]);

/** Whether the first word of the piece is one of `words`. */
function openingWord(text: string, segments: Segments, piece: Span, words: ReadonlySet<string>): boolean {
  const [first, end] = tokenRange(segments, piece);
  if (first >= end) return false;
  const token = segments.tokens[first] as Token;
  return words.has(text.slice(token.start, token.end).toLowerCase());
}

/** Whether a content opens "not to be …" ("asked [not to be named]"). */
function selfRequest(text: string, segments: Segments, piece: Span): boolean {
  const [first, end] = tokenRange(segments, piece);
  if (end - first < 4) return false;
  const words = [0, 1, 2].map((at) => {
    const token = segments.tokens[first + at] as Token;
    return text.slice(token.start, token.end).toLowerCase();
  });
  return words[0] === 'not' && words[1] === 'to' && (words[2] === 'be' || words[2] === 'get');
}

/**
 * noun.act, noun.attribute, noun.event, noun.state: a deed or a state of affairs that the object
 * asserts ("announced her resignation", "admitted wrongdoing", "confirmed the sale", "claimed
 * responsibility", "admitted his guilt"). Not a thing, a message or an idea that is only handled or
 * stressed ("snubbed the offer of an interview", "admitted the evidence", "will emphasize ethanol",
 * "underlined his credentials"): on real news pages those were not reports (tenth session, 40 pages
 * read by hand).
 */
const PROPOSITION_NOUN_FILES = [4, 7, 11, 26];

/**
 * Whether the content holds the verb's object, a common noun that stands for a proposition: the
 * verb reports one by WordNet (`nounPhraseReportVerb`), is no infinitive, and the noun's most
 * frequent sense is a deed or a state of affairs (`PROPOSITION_NOUN_FILES`). The parser sometimes makes a bare object an `xcomp` ("admitted [wrongdoing]").
 */
function propositionObject(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): number {
  const token = segments.tokens[verb] as Token;
  if (token.pos !== 'VERB' || isPassive(tree, verb) || tree.dependent(verb, 'iobj') >= 0) return -1;
  // "a deadline to disclose its programme": an infinitive asserts nothing yet
  const marker = tree.dependent(verb, 'mark');
  if (marker >= 0 && /^to$/iu.test(text.slice(segments.tokens[marker]!.start, segments.tokens[marker]!.end)))
    return -1;
  if (!nounPhraseReportVerb(token.lemma || text.slice(token.start, token.end))) return -1;
  if (knowledgeVerb(token.lemma || text.slice(token.start, token.end))) return -1;
  // "denied the request": a verb that contradicts denies a statement or a deed only (the rule below)
  if (classOf('conflict', token.lemma, 'verb') === 'pos') return -1;
  const object = tree
    .dependents(verb, ['obj', 'xcomp'])
    .find((at) => at > verb && segments.tokens[at]?.pos === 'NOUN');
  if (object === undefined || !candidate.content.some((span) => within(segments, object, span))) return -1;
  const noun = segments.tokens[object] as Token;
  // the surface form: WordNet finds its lemma ("wrongdoing", which the tagger's lemma cuts to "wrongdo")
  const word = text.slice(noun.start, noun.end).toLowerCase();
  if (personNoun(word) !== undefined || personNoun(noun.lemma.toLowerCase()) !== undefined) return -1;
  // "claimed [the coldest temperature on record]", "claimed [his third title]": a verb of having
  // takes a determined thing; a bare noun is asserted ("claimed responsibility")
  if (
    possessionVerb(token.lemma || text.slice(token.start, token.end)) &&
    tree.dependents(object, ['det', 'nmod:poss', 'nummod']).length > 0
  )
    return -1;
  // "Ohio has recorded 2,000 new cases": a place that counts things narrates a tally, no words
  if (placeSubject(text, segments, tree, verb) && countedNoun(text, segments, tree, object)) return -1;
  const lemma = synsetsOf(word, 'noun').length > 0 ? word : lemmaOf(word, 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  if (first === undefined || !PROPOSITION_NOUN_FILES.includes(lexicographerFileOf(first, 'noun'))) return -1;
  // "admitted [defeat]", "conceded defeat": the close of a contest (a bare noun whose first sense is
  // an event under WordNet's "ending") names an outcome owned up to, a deed, with no proposition
  // stated ("predicted [an election defeat]" forecasts one, and stays)
  if (
    lexicographerFileOf(first, 'noun') === NOUN_EVENT &&
    tree.dependents(object, ['det', 'nmod:poss', 'compound', 'amod', 'nummod']).length === 0 &&
    hasHypernymWord(first, 'noun', { levels: 3 }, OUTCOME_WORDS)
  )
    return -1;
  return object;
}

/** WordNet's noun.event; the close of a contest ("defeat", "victory") lies under "ending". */
const NOUN_EVENT = 11;
const OUTCOME_WORDS: ReadonlySet<string> = new Set(['ending']);

/** WordNet's noun.location (a country, a state, a city). */
const NOUN_LOCATION = 15;

/**
 * Whether the verb's subject is a name whose first WordNet sense is a place ("Ohio", "France",
 * "New York"): a country or a city that records or imposes acts, it speaks through people.
 */
function placeSubject(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const subject = tree.dependent(verb, 'nsubj');
  const token = segments.tokens[subject];
  if (token === undefined || token.pos !== 'PROPN') return false;
  const parts = [subject, ...tree.dependents(subject, ['flat', 'compound'])].sort((a, b) => a - b);
  const whole = parts.map((at) => text.slice(segments.tokens[at]!.start, segments.tokens[at]!.end)).join('_');
  return [whole, text.slice(token.start, token.end)].some((name) => {
    const first = synsetsOf(name.toLowerCase(), 'noun')[0];
    return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_LOCATION;
  });
}

/** Whether a noun is counted by a number other than "one" ("2,000 new cases", "300 deaths"). */
function countedNoun(text: string, segments: Segments, tree: DependencyTree, noun: number): boolean {
  return tree.dependents(noun, ['nummod']).some((at) => {
    const word = segments.tokens[at] as Token;
    return word.pos === 'NUM' && !/^(?:one|1)$/iu.test(text.slice(word.start, word.end));
  });
}

/**
 * The content of a report kept for its noun-phrase object, cut before an oblique the parser hung on
 * that noun: "admitted [wrongdoing] in a statement on Friday" (the verb's own adjuncts are the
 * writer's).
 */
function nounPhraseContent(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const cue = candidate.cue;
  if (cue === null || candidate.kind !== 'indirect' || candidate.content.length !== 1) return candidate;
  const head = cueHead(segments, cue);
  if (head < 0 || contentShape(text, segments, candidate.content, head).clause) return candidate;
  const object = propositionObject(text, segments, tree, candidate, head);
  if (object < 0) return candidate;
  const tokens = segments.tokens;
  const piece = candidate.content[0] as Span;
  // an oblique on the noun is the verb's adjunct the parser hung there ("[wrongdoing] in a
  // statement on Friday"): the content ends before it; nothing else is cut
  let last = -1;
  for (const oblique of tree.dependents(object, ['obl']))
    if (oblique > object && (tokens[tree.subtreeStart(oblique)] as Token).start < piece.end) {
      const before = tree.subtreeStart(oblique) - 1;
      last = last < 0 ? before : Math.min(last, before);
    }
  if (last < 0) return candidate;
  while (last > object && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  const end = Math.min(piece.end, (tokens[last] as Token).end);
  if (piece.start >= end || end === piece.end) return candidate;
  return { ...candidate, content: [{ start: piece.start, end }] };
}

/**
 * Whether the verb gives a message by its object (WordNet, `conveyingVerb` and `messageNoun`):
 * "offered its condolences", "paid tribute to the coach", "sent congratulations"; or voices an
 * attitude, a verb whose first sense voices something (`attitudeVerb`: "express", "voice"; not
 * "dub", "mention") with a feeling or a state of mind as its object: "expressed concern about the delays", "voiced regret". The object may lie in the cue
 * ("expressed concern about") or in the content.
 */
function messageObject(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const token = segments.tokens[verb] as Token;
  if (token.pos !== 'VERB' || isPassive(tree, verb) || candidate.cue === null) return false;
  // "Both sides were granted [permission] to appeal": the subject received the thing given, though
  // the parse made "were" a plain auxiliary and the subject an active one
  if (beParticiple(text, tree, verb)) return false;
  const lemma = token.lemma || text.slice(token.start, token.end);
  // "denied the request": refusing a message gives none
  if (!conveyingVerb(lemma) || classOf('conflict', token.lemma, 'verb') === 'pos') return false;
  const object = tree.dependent(verb, 'obj');
  const noun = segments.tokens[object];
  if (object < verb || noun === undefined || noun.pos !== 'NOUN') return false;
  if (![candidate.cue, ...candidate.content].some((span) => within(segments, object, span))) return false;
  const word = text.slice(noun.start, noun.end).toLowerCase();
  // "tells [the story of two boys]", "told [the tale of a lost dog]": a message named by its topic
  // is a narrative, not words given to somebody ("paid tribute to the coach" stays)
  // "gave investigators [information] about the crash", "provided details": knowledge handed over
  // (a noun under WordNet's "information") states nothing unless a clause of its own says what
  // ("gave information that the car had been stolen")
  if (messageNoun(word) && informationNoun(word) && !ownClause(text, segments, tree, object)) return false;
  if (messageNoun(word)) return !topicOf(text, tree, object);
  // (a plural WordNet lists as a word of its own is read as the tagger's singular too: "signed
  // [letters]" gives documents, though "letters", literary culture, is a state of mind)
  const singular = noun.lemma.toLowerCase();
  return (
    attitudeVerb(lemma) &&
    attitudeNoun(word) &&
    (singular === word || synsetsOf(singular, 'noun').length === 0 || attitudeNoun(singular))
  );
}

const INFORMATION_WORDS: ReadonlySet<string> = new Set(['information']);

/** Whether the noun's first WordNet sense is, or falls under, "information" ("information", "details"). */
function informationNoun(word: string): boolean {
  const lemma = synsetsOf(word, 'noun').length > 0 ? word : lemmaOf(word, 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  return first !== undefined && hasHypernymWord(first, 'noun', { levels: 2 }, INFORMATION_WORDS);
}

/**
 * Whether the noun has a content clause of its own, opened by "that" as a conjunction ("information
 * [that the car had been stolen]"), not a relative clause ("information that helped them").
 */
function ownClause(text: string, segments: Segments, tree: DependencyTree, noun: number): boolean {
  return tree.dependents(noun, ['acl', 'ccomp']).some((clause) =>
    tree.dependents(clause, ['mark']).some((mark) => {
      const word = segments.tokens[mark] as Token;
      return /^that$/iu.test(text.slice(word.start, word.end));
    }),
  );
}

/**
 * Whether the verb is a past participle after an auxiliary "be" ("were granted", "was given"): a
 * passive whatever the parse's labels; not a progressive ("were granting") nor a form the same as
 * its lemma ("were set"), which the form alone cannot tell.
 */
function beParticiple(text: string, tree: DependencyTree, verb: number): boolean {
  const token = tree.tokens[verb] as Token;
  const form = text.slice(token.start, token.end).toLowerCase();
  if (form === token.lemma.toLowerCase() || /ing$/u.test(form)) return false;
  return tree
    .dependents(verb, ['aux'])
    .some((at) => at < verb && (tree.tokens[at] as Token).lemma.toLowerCase() === 'be');
}

/** Whether a noun has an "of" phrase that names its topic ("the story [of a veteran]"). */
function topicOf(text: string, tree: DependencyTree, noun: number): boolean {
  return tree.dependents(noun, ['nmod']).some((child) =>
    tree.dependents(child, ['case']).some((marker) => {
      const word = tree.tokens[marker] as Token;
      return /^of$/iu.test(text.slice(word.start, word.end));
    }),
  );
}

/** Whether a verb is negated ("did not criticize", "never praised"). */
function negatedVerb(text: string, tree: DependencyTree, verb: number): boolean {
  return tree.dependents(verb, ['advmod', 'neg']).some((at) => {
    const token = tree.tokens[at] as Token;
    return /^(?:not|n['’]t|never)$/iu.test(text.slice(token.start, token.end));
  });
}

const NEGATION = /\b(?:not|never)\b|n['’]t\b/iu;

/** Verbs of saying whose negation says that the words were not spoken ("did not say", "never claimed"). */
const SPOKEN: ReadonlySet<string> = new Set([
  'say',
  'claim',
  'state',
  'mention',
  'specify',
  'disclose',
  'reveal',
  'announce',
  'explain',
  'indicate',
  'tell',
  'assert',
  'allege',
  'suggest',
]);

/**
 * A verb of saying negated by "not", "n't" or "never" ("did not say", "has never claimed"); not
 * "not only said", whose words were said and more.
 */
function negatedSpeech(text: string, tree: DependencyTree, verb: number): boolean {
  const token = tree.tokens[verb] as Token;
  if (token.pos !== 'VERB' || !SPOKEN.has((token.lemma || text.slice(token.start, token.end)).toLowerCase()))
    return false;
  if (!negatedVerb(text, tree, verb)) return false;
  return !tree.dependents(verb, ['advmod']).some((at) => {
    const word = tree.tokens[at] as Token;
    return /^(?:only|just|merely|simply)$/iu.test(text.slice(word.start, word.end));
  });
}

/** The verb under "can" (not negated: "cannot say" is a refusal). */
function ableToSay(text: string, tree: DependencyTree, verb: number): boolean {
  const word = (at: number): string => {
    const token = tree.tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  if (tree.dependents(verb, ['advmod']).some((at) => /^(?:not|n't|never)$/iu.test(word(at)))) return false;
  return tree.dependents(verb, ['aux']).some((at) => /^can$/iu.test(word(at)));
}

/**
 * Whether the piece opens with a relative pronoun that is an argument of a relative clause on a noun
 * before the piece ("… the league [that starts in April]"); not the demonstrative of "said [that
 * was a mistake]", whose verb is the cue's complement.
 */
function relativeOnNounBefore(text: string, segments: Segments, piece: Span, cue?: Span): boolean {
  const [first, end] = tokenRange(segments, piece);
  if (first >= end) return false;
  const pronoun = segments.tokens[first] as Token;
  if (pronoun.pos !== 'PRON' || !/^(?:nsubj|obj)/u.test(pronoun.dep)) return false;
  // a relative pronoun ("he did not know …" after "on Tuesday morning" is a clause of its own)
  if (!RELATIVE_PRONOUNS.test(text.slice(pronoun.start, pronoun.end))) return false;
  // the pronoun must be the verb's only argument of its kind: in "remarks [that radicals had
  // carried out the attack]" the parser's object "that" stands beside the object "the attack"
  for (let position = first + 1; position < end; position += 1) {
    const other = segments.tokens[position] as Token;
    if (other.head === pronoun.head && other.dep === pronoun.dep) return false;
  }
  const verb = segments.tokens[pronoun.head];
  if (verb !== undefined && verb.dep === 'acl:relcl' && verb.head < first) return true;
  // the parser's slip ("the league [that starts]" read as a complement): a noun just before the
  // pronoun that is no object of the cue (not "told reporters that …"), and a verb right after the
  // pronoun, which is then its subject (not "said in remarks [that radicals had …]", a complement
  // with a subject of its own)
  const before = first > 0 ? (segments.tokens[first - 1] as Token) : undefined;
  const after = segments.tokens[first + 1];
  return (
    before !== undefined &&
    after !== undefined &&
    (after.pos === 'VERB' || after.pos === 'AUX') &&
    (before.pos === 'NOUN' || before.pos === 'PROPN') &&
    !/^i?obj/u.test(before.dep) &&
    before.head < first &&
    !(
      cue !== undefined &&
      before.start >= cue.start &&
      before.end <= cue.end &&
      hasSubjectChild(segments, first - 1)
    )
  );
}

/**
 * Whether the token at `position` has a subject among its dependents: in "recent polls [show] that
 * has reversed" the tagger read the cue's verb as a noun, and "that" is its complement's subject,
 * no relative pronoun on a noun.
 */
function hasSubjectChild(segments: Segments, position: number): boolean {
  const tokens = segments.tokens;
  for (let at = Math.max(0, position - 12); at < position; at += 1)
    if ((tokens[at] as Token).head === position && /^nsubj/u.test((tokens[at] as Token).dep)) return true;
  return false;
}

/** "says", "say", "argues": the present form of a verb (its lemma, or the lemma with -s). */
function presentTense(text: string, verb: Token): boolean {
  const word = text.slice(verb.start, verb.end).toLowerCase();
  const lemma = verb.lemma.toLowerCase();
  return word === lemma || word === `${lemma}s` || word === `${lemma}es`;
}

const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);

/** The source is one demonstrative pronoun that is not a relative one ("That tells …", not "… that said"). */
function isDemonstrativeSubject(text: string, segments: Segments, source: Span): boolean {
  if (!DEMONSTRATIVES.has(text.slice(source.start, source.end).toLowerCase())) return false;
  const [first, end] = tokenRange(segments, source);
  if (end - first !== 1) return false;
  const token = segments.tokens[first] as Token;
  const head = segments.tokens[token.head];
  return token.pos === 'PRON' && head !== undefined && head.dep !== 'acl:relcl' && head.dep !== 'acl';
}

/** Relations of a word used as a noun ("Express" as the subject of "runs"). */
const NOMINAL_RELATION = /^(?:nsubj|obj|iobj|compound|flat|appos|nmod|obl)/u;

function isCapitalised(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  return code >= 65 && code <= 90;
}

/** Whether token `position` opens its sentence (after any opening quotation marks or brackets). */
export function isSentenceStart(segments: Segments, position: number): boolean {
  for (const sentence of segments.sentences) {
    if (position < sentence.firstToken || position >= sentence.endToken) continue;
    for (let at = sentence.firstToken; at < position; at += 1)
      if ((segments.tokens[at] as Token).pos !== 'PUNCT') return false;
    return true;
  }
  return false;
}

function judgedInCue(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  cue: Span,
): boolean {
  const [first, end] = tokenRange(segments, cue);
  for (let index = first; index < end; index += 1) {
    if (isPassive(tree, index)) continue;
    // "praised the crew for …"; "warned of delays"; "complained about the noise" (speech-acts.ts)
    const judged =
      judgementContent(text, tree, index) ??
      warningOfContent(text, tree, index) ??
      topicContent(text, tree, index);
    if (judged !== null && candidate.content.some((piece) => within(segments, judged.first, piece)))
      return true;
  }
  return false;
}

/** Whether the candidate is the agent-report reading of a passive judgement at `verb`. */
function judgedByAgent(
  text: string,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  if (candidate.source === null) return false;
  const found = agentReport(text, tree, verb);
  if (found === null || found.content.length === 0) return false;
  const same = (left: Span, right: Span): boolean => left.start === right.start && left.end === right.end;
  return (
    same(found.source, candidate.source) &&
    found.content.every((piece, index) => {
      const other = candidate.content[index];
      return other !== undefined && same(piece, other);
    })
  );
}

/**
 * Whether the source cannot speak, read from the cue verb's subject and WordNet (`sourceNounKind`):
 * a common noun in lower case (with the word before it when WordNet lists the pair: "web site") that
 * names a thing, with a verb whose first sense is no saying or thinking and the content after it
 * ("the dome has shown that …"; "the museum said …" is the institution speaking, and "…, the airline
 * added" reports words), or an idea with a verb of thinking ("the idea recognizes that …": an idea
 * does not think; "the poll showed that …", "the rules require …" cite a document, and stay). Names,
 * pronouns, words WordNet does not know and sources that are not the verb's subject are left to speak.
 */
function voicelessSource(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const source = candidate.source;
  let subject = tree.dependent(verb, 'nsubj');
  // the last noun of a run the parse split ("the Moscow region health ministry" with "health" as
  // a subject of its own): the noun the phrase is about
  while (
    subject >= 0 &&
    subject + 1 < verb &&
    segments.tokens[subject + 1]?.pos === 'NOUN' &&
    within(segments, subject + 1, source ?? { start: -1, end: -1 })
  )
    subject += 1;
  const token = segments.tokens[subject];
  if (source === null || token === undefined || token.pos !== 'NOUN' || !within(segments, subject, source))
    return false;
  const word = text.slice(token.start, token.end);
  if (!/^[a-z]+$/u.test(word) || (token.start > 0 && !/\s/u.test(text[token.start - 1] as string)))
    return false;
  const before = segments.tokens[subject - 1];
  const pair =
    before !== undefined && before.head === subject && before.dep === 'compound'
      ? `${text.slice(before.start, before.end).toLowerCase()}_${word}`
      : null;
  // the tagger's lemma first: "polls" is also a WordNet entry of its own (a place to vote)
  const noun = synsetsOf(token.lemma.toLowerCase(), 'noun').length > 0 ? token.lemma : word;
  const kind = sourceNounKind(pair !== null && synsetsOf(pair, 'noun').length > 0 ? pair : noun);
  const cue = segments.tokens[verb] as Token;
  const lemma = cue.lemma || text.slice(cue.start, cue.end);
  if (kind === 'thing')
    return !speechOrThoughtVerb(lemma) && candidate.content.every((piece) => piece.start >= cue.end);
  // a sum or a holding that moved ("the pound had added 0.5%", "shares added 3%"), by a verb whose
  // first sense is a deed (`deedVerb`; "the budget showed that …" cites a document, as "a poll
  // shows" does), and not the head of a
  // count of people ("thousands of fans", "the majority of members")
  if (kind === 'measure')
    return (
      deedVerb(lemma) &&
      candidate.content.every((piece) => piece.start >= cue.end) &&
      !tree.dependents(subject, ['nmod']).some((noun) =>
        tree.dependents(noun, ['case']).some((marker) => {
          const word = segments.tokens[marker] as Token;
          return /^of$/iu.test(text.slice(word.start, word.end));
        }),
      )
    );
  // what happened, before a clause it is read as evidence for (not "An early tweet quoted the
  // mayor as saying …": WordNet knows a tweet only as a bird's call)
  if (kind === 'happening')
    return (
      candidate.kind === 'indirect' &&
      candidate.content.every((piece) => piece.start >= cue.end) &&
      contentShape(text, segments, candidate.content, verb).clause
    );
  return kind === 'idea' && thoughtVerb(lemma);
}

const BE_FORMS = /^(?:is|are|was|were|be|been|being|am|'s|’s|'re|’re|'m|’m)$/iu;

/**
 * The cue's head token, as a verb when the tagger read a progressive of a communication verb as an
 * adjective: a word in "-ing" with a form of "be" as its auxiliary whose verb has a frequent
 * communication sense by WordNet ("is [promising] to cut taxes", "are [warning] that …"); otherwise
 * the token as it is ("an alarming rise" has no auxiliary).
 */
function progressiveReadAsAdjective(text: string, tree: DependencyTree, head: number, token: Token): Token {
  if (token.pos !== 'ADJ') return token;
  const word = text.slice(token.start, token.end).toLowerCase();
  if (!/^[a-z]+ing$/u.test(word)) return token;
  const lemma = baseFormOf(word, 'verb');
  if (lemma === null || lemma === word || !reportingVerb(lemma).communication) return token;
  const auxiliary = tree.tokens[tree.dependent(head, 'aux')];
  if (auxiliary === undefined || !BE_FORMS.test(text.slice(auxiliary.start, auxiliary.end))) return token;
  return { ...token, pos: 'VERB', lemma };
}

/**
 * Whether the verb acts on a thing rather than reports: its most frequent WordNet sense is a deed
 * (`deedVerb`: "add", "threaten", "write", "find", "give"), it has a noun object inside the content
 * and no clause or infinitive of its own, and the object carries no that-clause ("raised concerns
 * that …" reports): "added [a second goal]", "added [fuel to the fire] as …", "threatens [the
 * security of their funds]", "found [the body], said the agent".
 */
function deedOnObject(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const token = segments.tokens[verb] as Token;
  if (token.pos !== 'VERB' || !deedVerb(token.lemma || text.slice(token.start, token.end))) return false;
  if (tree.dependents(verb, ['ccomp', 'xcomp', 'csubj']).length > 0) return false;
  // "attacked the rules, saying they …": a report adjoined to the verb carries the content
  const adjoined = tree.dependents(verb, ['advcl', 'conj']);
  if (adjoined.some((at) => adjoinedReport(segments.tokens, at, at, segments.tokens.length))) return false;
  const object = tree.dependent(verb, 'obj');
  const noun = segments.tokens[object];
  // a common noun or a number (a name is often the subject of a clause the parser broke up:
  // "imagined [Christie] was thinking")
  // (or a noun the tagger read as a verb, counted or determined: "added two free [throws]")
  const countedVerb =
    noun !== undefined &&
    noun.pos === 'VERB' &&
    tree.dependents(object, ['nummod', 'det']).length > 0 &&
    tree.dependents(object, ['nsubj', 'obj', 'aux', 'mark']).length === 0;
  if (object < verb || noun === undefined || (noun.pos !== 'NOUN' && noun.pos !== 'NUM' && !countedVerb))
    return false;
  // "posted a message on Twitter reading: “…”": a message that quotes is words said
  const lemma = synsetsOf(noun.lemma.toLowerCase(), 'noun')[0];
  if (
    candidate.kind !== 'indirect' &&
    lemma !== undefined &&
    lexicographerFileOf(lemma, 'noun') === NOUN_COMMUNICATION
  )
    return false;
  // the object in the content, or in the cue ("[added a second goal in the last minute] as …")
  const cue = candidate.cue;
  const holds = (span: Span): boolean => within(segments, object, span);
  if (!candidate.content.some(holds) && (cue === null || !holds(cue))) return false;
  // "a poll shows [Sanders leading]", "voters see [Clinton as the stronger candidate]", "the rules
  // require [delegates to vote …]": the object with a predicate of its own is a proposition
  const predicated = (at: number): boolean =>
    tree.dependents(at, ['acl', 'xcomp', 'obl', 'nmod']).some((child) => {
      const dep = (segments.tokens[child] as Token).dep;
      // "added [a jumper] to put the side ahead": an infinitive on a thing that cannot act is the
      // deed's purpose ("require [delegates] to vote" predicates of people)
      if (at === object && dep === 'acl' && purposeInfinitive(text, segments, tree, child, noun))
        return false;
      if (dep === 'acl' || dep.startsWith('xcomp')) return true;
      if (dep === 'acl:relcl') return false;
      // (not a subordinate clause the parser read as a phrase: "as [the crowd] fell silent")
      if (segments.tokens[tree.subtreeEnd(child) + 1]?.pos === 'VERB') return false;
      return tree.dependents(child, ['case']).some((marker) => {
        const word = segments.tokens[marker] as Token;
        return /^(?:as|with)$/iu.test(text.slice(word.start, word.end));
      });
    });
  if (predicated(object) || predicated(verb)) return false;
  return !tree.dependents(object, ['acl', 'ccomp']).some((clause) =>
    tree.dependents(clause, ['mark']).some((mark) => {
      const word = segments.tokens[mark] as Token;
      return /^that$/iu.test(text.slice(word.start, word.end));
    }),
  );
}

/**
 * Whether clause `clause` on the noun `noun` is a to-infinitive and the noun is one thing not yet
 * named (an indefinite article) or cannot act (its first sense is no person or group): "a jumper to
 * put the side ahead", "goals to win the cup" (a purpose; "require delegates to vote" predicates).
 */
function purposeInfinitive(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  clause: number,
  noun: Token,
): boolean {
  const marked = tree.dependents(clause, ['mark']).some((mark) => {
    const word = segments.tokens[mark] as Token;
    return /^to$/iu.test(text.slice(word.start, word.end));
  });
  if (!marked || noun.pos === 'PROPN') return false;
  // one thing, not yet named ("added [a jumper] to put …"): somebody asked to act is named
  const at = segments.tokens.indexOf(noun);
  const indefinite = tree.dependents(at, ['det']).some((det) => {
    const word = segments.tokens[det] as Token;
    return /^an?$/iu.test(text.slice(word.start, word.end));
  });
  if (indefinite) return true;
  const word = text.slice(noun.start, noun.end).toLowerCase();
  const lemma = synsetsOf(word, 'noun').length > 0 ? word : lemmaOf(word, 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  return file !== NOUN_PERSON && file !== NOUN_GROUP;
}

/**
 * Whether the cue's verb is an "-ing" participle at the root of its sentence, opening it, with no
 * subject and no auxiliary: "Explaining why the board quit." is a fragment (a caption, a teaser), not
 * a report ("Explaining the decision, Ms Lee said …" has "said" for its root).
 */
function participleFragment(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const token = segments.tokens[verb] as Token;
  if (token.pos !== 'VERB' || token.dep !== 'root' || !isSentenceStart(segments, verb)) return false;
  if (!/ing$/iu.test(text.slice(token.start, token.end))) return false;
  return tree.dependents(verb, ['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'expl', 'cop']).length === 0;
}

/**
 * Whether the cue is the word "said" used as an adjective ("the aforementioned"): the whole cue, with
 * no subject or auxiliary, after a preposition or a wh-adverb and before the first word of a noun
 * phrase ("fans of said pop star", "where said star was staying"). An inverted report ("…,” said
 * pop star Mira") has a quotation or a comma before it.
 */
function adjectivalSaid(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  cue: Span,
  verb: number,
): boolean {
  const token = segments.tokens[verb] as Token;
  if (!/^said$/iu.test(text.slice(cue.start, cue.end).trim())) return false;
  // (a subject the parse found far before it is a slip: "Fans …, where said star was staying")
  if (tree.dependents(verb, ['aux', 'aux:pass', 'expl']).length > 0) return false;
  if (tree.dependents(verb, ['nsubj', 'nsubj:pass']).some((at) => at === verb - 1)) return false;
  const before = segments.tokens[verb - 1];
  const after = segments.tokens[verb + 1];
  if (before === undefined || after === undefined || token.start < before.end) return false;
  const word = text.slice(before.start, before.end).toLowerCase();
  const opener = before.pos === 'ADP' || /^(?:where|when|whereas|while|because)$/u.test(word);
  const nominal = (word: Token | undefined): boolean =>
    word !== undefined && (word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'ADJ');
  // (the next word a noun, or a word the parse hung on a noun after it: "said [pop] star")
  return opener && (nominal(after) || (after.head > verb + 1 && nominal(segments.tokens[after.head])));
}

/**
 * Whether the cue's verb is an imperative that opens its sentence: its base form at the root, with no
 * subject and no auxiliary ("Expect them to struggle", "Think about what the money is for"): the
 * writer tells the reader what to do, nobody's words are reported.
 */
function imperativeCue(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const token = segments.tokens[verb] as Token;
  if (token.pos !== 'VERB' || token.dep !== 'root' || !isSentenceStart(segments, verb)) return false;
  if (text.slice(token.start, token.end).toLowerCase() !== token.lemma.toLowerCase()) return false;
  return tree.dependents(verb, ['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'expl']).length === 0;
}

/**
 * Whether a noun cue is the subject or object of a word of its own content ("[he hosted] a music
 * video show", "[Her remarks follow] criticism by the committee"), or of a word outside it with the content
 * coming later and apart ("talks [will begin] only [if …]"), and no word of the content hangs from
 * it: the content is then the sentence around the noun, not what the noun reports. "over claims [it
 * was not scary enough]", "his allegations [that …]" (the clause right after the noun, whatever the
 * parse made of it) and "the claim is [that …]" stay.
 */
function nounCueOutsideContent(
  text: string,
  segments: Segments,
  content: readonly Span[],
  cue: Span,
  cueHead: number,
): boolean {
  const tokens = segments.tokens;
  const noun = tokens[cueHead] as Token;
  if (!/^(?:nsubj|obj|iobj|obl)/u.test(noun.dep) || content.length === 0) return false;
  const governor = tokens[noun.head];
  // (an oblique is often the parser's reading of a frame after a comma: "…, new figures show")
  const governed =
    governor !== undefined &&
    !noun.dep.startsWith('obl') &&
    content.some((piece) => within(segments, noun.head, piece));
  const apart = content.every(
    (piece) =>
      piece.start >= cue.end && /\p{L}/u.test(text.slice(cue.end, piece.start).replace(/\bthat\b/giu, '')),
  );
  if (!governed && !apart) return false;
  for (const piece of content) {
    const [first, end] = tokenRange(segments, piece);
    for (let position = first; position < end; position += 1) {
      const token = tokens[position] as Token;
      if (token.pos === 'PUNCT' || (token.head >= first && token.head < end)) continue;
      // "the claim is [that …]": the clause whose subject the noun is
      if (position === noun.head && noun.dep.startsWith('nsubj') && position > cueHead) return false;
      let at = position;
      for (let step = 0; step < tokens.length && at >= 0; step += 1) {
        if (at === cueHead) return false;
        at = (tokens[at] as Token).head;
      }
    }
  }
  return true;
}

/** The parse's relations of a noun: an argument, a modifier, a conjunct or a complement. */
const NOMINAL_DEP = /^(?:nsubj|obj|iobj|obl|nmod|conj|compound|appos|xcomp)/u;

/**
 * Whether the cue word is a noun by the parse (issue 10): a noun modifies it ("summer [shows]",
 * "reality [shows]", "a local cable [show]", which the tagger may call a verb), it has no subject of
 * its own and hangs as a noun does, and every piece of its content lies before it, so that the
 * "content" is the writer's sentence before the noun ("He married in 1941 and they produced pantos
 * and summer [shows]"). A reporting noun says what it reports after it ("the press statement that
 * …") and a verb after its content has a subject ("…, the figures show"); a frame that follows its
 * content at once and ends the sentence is left, whatever the parse ("…, the book claims.").
 */
function nominalCue(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  cue: Span,
  head: number,
): boolean {
  const tokens = segments.tokens;
  const token = tokens[head] as Token;
  const content = candidate.content;
  if (content.length === 0 || /\s/u.test(text.slice(cue.start, cue.end))) return false;
  if (!content.every((piece) => piece.end <= cue.start)) return false;
  // "…, the book claims.", "…, tests reveal.": a frame right after its content that ends the
  // sentence is a report, whatever the parse made of its noun and verb
  const last = Math.max(...content.map((piece) => piece.end));
  const frame =
    candidate.source !== null && candidate.source.start >= last ? candidate.source.start : cue.start;
  // (not one after a sentence of its own: "… a bit more.' The orchestra plays during the Oscars [show].")
  if (!/[\p{L}\p{N}.!?]/u.test(text.slice(last, frame)) && /^\s*(?:[.!?]|$)/u.test(text.slice(cue.end)))
    return false;
  if ((token.pos !== 'NOUN' && token.pos !== 'VERB') || !NOMINAL_DEP.test(token.dep)) return false;
  const before = tokens[head - 1];
  if (before === undefined || before.head !== head || before.dep !== 'compound') return false;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return false;
  return tree.dependent(head, 'nsubj') < 0;
}

/** WordNet noun files of who can speak: noun.group (14), noun.person (18). */
function personOrGroup(text: string, token: Token): boolean {
  const word = text.slice(token.start, token.end).toLowerCase();
  const noun = synsetsOf(token.lemma.toLowerCase(), 'noun').length > 0 ? token.lemma.toLowerCase() : word;
  return synsetsOf(noun, 'noun')
    .slice(0, 2)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_PERSON || file === NOUN_GROUP;
    });
}

const TIME_SPANS: ReadonlySet<string> = new Set(['time_period', 'time_unit']);

/**
 * Whether the token is a common noun whose first WordNet sense is a span of time, a period or a unit
 * ("for weeks", "for months"; not "rates", a magnitude WordNet also files under noun.time).
 */
function timeNoun(text: string, token: Token): boolean {
  if (token.pos !== 'NOUN') return false;
  const word = text.slice(token.start, token.end).toLowerCase();
  const noun = synsetsOf(token.lemma.toLowerCase(), 'noun').length > 0 ? token.lemma.toLowerCase() : word;
  const first = synsetsOf(noun, 'noun')[0];
  return (
    first !== undefined &&
    lexicographerFileOf(first, 'noun') === NOUN_TIME &&
    hasHypernymWord(first, 'noun', { levels: 3 }, TIME_SPANS)
  );
}

/**
 * Whether the cue verb draws a consequence from a subject that is no person or group (WordNet,
 * `consequenceVerb`): "poor control over the process can mean that …", "the format also meant
 * that …", "it means that …"; "she meant that …" and "the union meant …" are left.
 */
function consequenceOfThing(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const cue = segments.tokens[verb] as Token;
  if (!consequenceVerb(cue.lemma || text.slice(cue.start, cue.end))) return false;
  const subject = segments.tokens[tree.dependent(verb, 'nsubj')];
  if (subject === undefined) return false;
  if (subject.pos === 'PRON') return /^it$/iu.test(text.slice(subject.start, subject.end));
  return subject.pos === 'NOUN' && !personOrGroup(text, subject);
}

/**
 * Whether the cue word is the second half of a hyphenated word ("self-declared", "much-trumpeted"):
 * an adjective made of a word and a participle, no report. A short prefix ("re-stated",
 * "co-signed") leaves the verb.
 */
function hyphenatedModifier(text: string, segments: Segments, position: number): boolean {
  const tokens = segments.tokens;
  const hyphen = tokens[position - 1];
  const word = tokens[position - 2];
  const cue = tokens[position] as Token;
  if (hyphen === undefined || word === undefined) return false;
  if (text.slice(hyphen.start, hyphen.end) !== '-' || hyphen.end !== cue.start || word.end !== hyphen.start)
    return false;
  const first = text.slice(word.start, word.end).toLowerCase();
  return (
    /^\p{L}{4,}$/u.test(first) &&
    (synsetsOf(first, 'noun').length > 0 ||
      synsetsOf(first, 'adj').length > 0 ||
      adverbSenses(first).length > 0)
  );
}

/**
 * "Neighbours heard [shots fired]", "a witness saw [the car leave]", "the game sees [Snake having to
 * survive]": a perceiver's verb (WordNet, `perceiverVerb`) whose complement in the content is a
 * gerund, a bare infinitive or a participle with no auxiliary perceives an event; it reports no
 * proposition. A that-clause or a finite clause is a fact perceived as true and stays ("saw that
 * the gate had been forced", "saw he was tired").
 */
function perceivedEvent(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const tokens = segments.tokens;
  const token = tokens[verb] as Token;
  if (!perceiverVerb(token.lemma || text.slice(token.start, token.end))) return false;
  const complements = tree
    .dependents(verb, ['ccomp', 'xcomp'])
    .filter((at) => candidate.content.some((span) => within(segments, at, span)));
  if (complements.length === 0) return false;
  return complements.every((at) => {
    const complement = tokens[at] as Token;
    if (complement.pos !== 'VERB') return false;
    if (tree.dependents(at, ['aux', 'cop']).length > 0) return false;
    if (
      tree
        .dependents(at, ['mark'])
        .some((mark) => COMPLEMENTISERS.has((tokens[mark] as Token).lemma.toLowerCase()))
    )
      return false;
    const form = text.slice(complement.start, complement.end).toLowerCase();
    if (/ing$/u.test(form)) return true;
    // "The slump saw [thousands of savings] disappear": a bare infinitive after a perceiver in the
    // past (a finite clause there would be in the past too: "saw [that savings disappeared]")
    const perceived = text.slice(token.start, token.end).toLowerCase();
    if (form === complement.lemma.toLowerCase() && perceived !== token.lemma.toLowerCase()) return true;
    // "saw [the car] leave", "heard [shots] fired": the parser's small clause, its subject the
    // perceiver's object
    return relationIs(complement.dep, 'xcomp') && tree.dependent(verb, 'obj') >= 0;
  });
}

/**
 * "One form of spyware called adware has the ability to …", "party leaders, called superdelegates,
 * …", "an event was held called Pies and Politics": a past participle of naming (WordNet,
 * `namingVerb`) with no subject or auxiliary of its own, right after a noun or a comma, names that
 * noun; it reports nothing, whatever the parser made of the words after it. "He called the plan a
 * disaster" (a subject), "was called …" (an auxiliary), "… and called it a disaster", "David Axelrod
 * on Wednesday called on …" (the noun before is the source's) stay.
 */
function namingParticiple(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  verb: number,
  source: Span | null,
): boolean {
  const tokens = segments.tokens;
  const token = tokens[verb] as Token;
  if (!/ed$/iu.test(text.slice(token.start, token.end))) return false;
  const before = tokens[verb - 1];
  if (before === undefined) return false;
  // "a drama for the network, called “Home”" read as a second predicate: after a comma, with a
  // name and no object ("…, called it a farce" has one: a verb of its own)
  if (
    relationIs(token.dep, 'conj') &&
    (text.slice(before.start, before.end) !== ',' || tree.dependents(verb, ['obj']).length > 0)
  )
    return false;
  // the word before is the source's ("David Axelrod on Wednesday called on …"), or a particle or a
  // preposition follows ("called on", "called for"): a verb with its subject, not a participle (a
  // source after the verb is the name the pointer took for one)
  if (source !== null && source.start < token.start && source.end > before.start) return false;
  const after = tokens[verb + 1];
  if (after !== undefined && (after.pos === 'ADP' || relationIs(after.dep, 'compound:prt'))) return false;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN' && text.slice(before.start, before.end) !== ',')
    return false;
  if (tree.dependents(verb, ['nsubj', 'aux', 'expl']).length > 0) return false;
  return namingVerb(token.lemma || text.slice(token.start, token.end));
}

/**
 * "Having said that, the club have not conceded a goal", "Having said all that, …", "Having said
 * this much, …": a perfect participle with no subject whose object, a demonstrative with at most a
 * determiner or a degree word round it, stands right before a comma points back to what was said;
 * the idiom concedes a point, and the clause after the comma is no complement ("He said that,
 * despite the rain, …" has a subject and reports).
 */
function havingSaidThat(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const tokens = segments.tokens;
  if (tree.dependent(verb, 'nsubj') >= 0) return false;
  if (
    !tree
      .dependents(verb, ['aux'])
      .some((at) => /^having$/iu.test(text.slice((tokens[at] as Token).start, (tokens[at] as Token).end)))
  )
    return false;
  let demonstrative = false;
  for (let at = verb + 1; at <= verb + POINTING_BACK_MAX + 1; at += 1) {
    const token = tokens[at];
    if (token === undefined) return false;
    const word = text.slice(token.start, token.end);
    if (word === ',') return demonstrative;
    if (DEMONSTRATIVES.has(word.toLowerCase())) demonstrative = true;
    // ("all", "much", "of": closed-class words round the demonstrative; no noun, no verb)
    else if (!/^(?:DET|ADV|ADP|PRON|ADJ)$/u.test(token.pos)) return false;
  }
  return false;
}

/** At most this many words between "Having said" and its comma ("all of that"). */
const POINTING_BACK_MAX = 3;

/**
 * "Rest assured that your data will never be shared": the parser made the imperative a noun at the
 * sentence's root, with no determiner, and hung the cue from it with no subject of its own; that
 * "source" is no argument of the cue, and the sentence addresses the reader.
 */
function imperativeReadAsNoun(segments: Segments, tree: DependencyTree, source: Span, verb: number): boolean {
  const token = segments.tokens[verb] as Token;
  const governor = segments.tokens[token.head];
  if (token.dep !== 'advcl' || governor === undefined || governor.dep !== 'root') return false;
  if (governor.pos !== 'NOUN' && governor.pos !== 'PROPN') return false;
  if (!within(segments, token.head, source) || !isSentenceStart(segments, token.head)) return false;
  // the one word of the source is a verb's base form ("Rest"; not "PolitiFact …, responded that")
  const [first, end] = tokenRange(segments, source);
  const word = governor.lemma.toLowerCase();
  if (end - first !== 1 || baseFormOf(word, 'verb') !== word) return false;
  return tree.dependent(verb, 'nsubj') < 0 && tree.dependent(token.head, 'det') < 0;
}

/**
 * "how much money he [makes]", "what Mr Ortiz has [seen] instead are …": a verb of neither speech
 * nor thought in a relative clause with a subject of its own and no object has the noun it
 * describes for its object; the words after it are no complement of it.
 */
function objectGapRelative(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const token = segments.tokens[verb] as Token;
  if (token.dep !== 'acl:relcl') return false;
  if (speechOrThoughtVerb(token.lemma || text.slice(token.start, token.end))) return false;
  const subject = segments.tokens[tree.dependent(verb, 'nsubj')];
  if (subject === undefined || RELATIVE_WORD.test(subject.lemma)) return false;
  return tree.dependent(verb, 'obj') < 0;
}

/**
 * "Mayor confirms budget cut", "Minister warns of delays": a lone title (a word WordNet knows as a
 * noun of a person, "mayor", "minister"; not "Mr", "Dr") as the subject of a cue that opens in a
 * small letter, right after it: a headline's speaker named by role, not an honorific before a
 * surname ("Mr Read said").
 */
export function titleBeforeVerb(text: string, segments: Segments, source: Span, cue: Span): boolean {
  const [first, end] = tokenRange(segments, source);
  if (end - first !== 1) return false;
  const title = segments.tokens[first] as Token;
  const next = segments.tokens[end];
  if (next === undefined || next.start !== cue.start) return false;
  const letter = text.charAt(cue.start);
  if (letter === letter.toUpperCase()) return false;
  const word = text.slice(title.start, title.end).toLowerCase();
  const sense = synsetsOf(word, 'noun')[0];
  return sense !== undefined && lexicographerFileOf(sense, 'noun') === NOUN_PERSON;
}

/** WordNet synsets a noun of asking or of leave reaches ("request", "appeal", "permission", "access"). */
const ASKING_OR_LEAVE = new Set(['request', 'approval', 'authorization', 'right']);
/** WordNet synsets of a statement ("allegation", "claim", "report"): a denial of one is a denial of words. */
const STATEMENT_NOUN = new Set(['statement', 'informing', 'assertion']);
const ASKING_WALK = { levels: 6 };

/**
 * "denied a request for more time", "refused permission for the march", "denied access to
 * reporters": a denial whose object is a noun of asking or of leave (WordNet: under "request",
 * "approval", "authorization" or "right" in one of its two first senses, its first sense no
 * statement) is a refusal, not a denial of anybody's words.
 */
function refusalOfAsking(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const tokens = segments.tokens;
  const token = tokens[verb] as Token;
  const lemma = (token.lemma || text.slice(token.start, token.end)).toLowerCase();
  if (lemma !== 'deny' && lemma !== 'refuse') return false;
  const object = tree.dependent(verb, 'obj');
  if (object < 0) return false;
  const noun = tokens[object] as Token;
  if (noun.pos !== 'NOUN') return false;
  const senses = synsetsOf((noun.lemma || text.slice(noun.start, noun.end)).toLowerCase(), 'noun');
  const first = senses[0];
  if (first === undefined || hasHypernymWord(first, 'noun', ASKING_WALK, STATEMENT_NOUN)) return false;
  return senses.slice(0, 2).some((sense) => hasHypernymWord(sense, 'noun', ASKING_WALK, ASKING_OR_LEAVE));
}

/**
 * "The season was, to say the least, a letdown", "Needless to say, …", "It was, so to speak, …": a
 * speech verb's infinitive set off as the writer's own aside — its "to" (after at most one word
 * that is no verb) opens the sentence or follows a comma, and a comma or the sentence's end comes
 * within three words after the verb, none of them a verb or "that" — is no report.
 */
function writersAsideInfinitive(text: string, segments: Segments, verb: number): boolean {
  const tokens = segments.tokens;
  let to = verb - 1;
  if ((tokens[to] as Token | undefined)?.lemma !== 'to') return false;
  let before = tokens[to - 1] as Token | undefined;
  if (before !== undefined && before.pos !== 'PUNCT' && !isSentenceStart(segments, to)) {
    if (isVerbal(before) || before.pos === 'NOUN' || before.pos === 'PRON') return false;
    to -= 1;
    before = tokens[to - 1] as Token | undefined;
    if (before !== undefined && before.pos !== 'PUNCT' && !isSentenceStart(segments, to)) return false;
  }
  if (
    before !== undefined &&
    before.pos === 'PUNCT' &&
    !/^[,(\u2013\u2014-]$/u.test(text.slice(before.start, before.end))
  )
    return false;
  for (let at = verb + 1; at <= verb + 4 && at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.pos === 'PUNCT') return at - verb - 1 <= 3;
    if (isVerbal(token) || token.lemma === 'that' || token.pos === 'SCONJ') return false;
  }
  return false;
}

const MANNER_OR_REASON: ReadonlySet<string> = new Set(['how', 'why']);

/**
 * Whether the verb's subject quantifies over nobody: "nobody", "no one", "none (of …)", or a noun
 * with the determiner "no" ("No group has claimed …").
 */
function nobodySubject(text: string, tree: DependencyTree, verb: number): boolean {
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0) return false;
  const token = tree.tokens[subject] as Token;
  const word = text.slice(token.start, token.end).toLowerCase();
  if (word === 'nobody' || word === 'none' || word === 'no-one') return true;
  // (not "No 10 said …", "a No 10 spokesman": "No" before a figure abbreviates "number")
  return tree.dependents(subject, ['det']).some((at) => {
    const determiner = tree.tokens[at] as Token;
    const next = tree.tokens[at + 1];
    return (
      text.slice(determiner.start, determiner.end).toLowerCase() === 'no' &&
      (next === undefined || !/^[\d.]/u.test(text.slice(next.start, next.end)))
    );
  });
}

/**
 * Whether the verb's subject is a "which" that stands for the clause before it: the parse attaches
 * its clause to a verb ("They raised taxes, which explains why …": `conj` or `parataxis` of
 * "raised"), not as a relative clause on a noun ("a report, which says …").
 */
function clauseRelative(text: string, tree: DependencyTree, verb: number): boolean {
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || subject >= verb) return false;
  const token = tree.tokens[subject] as Token;
  if (text.slice(token.start, token.end).toLowerCase() !== 'which') return false;
  const verbToken = tree.tokens[verb] as Token;
  const headToken = tree.tokens[verbToken.head];
  if (headToken === undefined) return false;
  return verbToken.dep !== 'acl:relcl' || headToken.pos === 'VERB' || headToken.pos === 'AUX';
}

export function keepsReporting(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
): boolean {
  const cue = candidate.cue;
  if (cue === null) return true;
  if (isAccordingTo(segments, cue, text))
    return (
      segments.tokens.length === 0 ||
      (accordingToCitesSource(text, segments, tree, cue) &&
        (candidate.source === null || !noSourceAfterAccording(text, segments, candidate.source)))
    );
  // "Mr Read said" read as source "Mr" and cue "Read": a name, not a report; a title with a verb in
  // small letters after it is a headline's source ("Mayor confirms budget cut")
  const source = candidate.source;
  if (
    source !== null &&
    honorificOf(text.slice(source.start, source.end).toLowerCase().replace(/\.$/u, '')) !== undefined &&
    !titleBeforeVerb(text, segments, source, cue)
  )
    return false;
  // "That tells him the odds are long", "This shows …": a demonstrative subject is a fact that
  // indicates, not a speaker (a relative "that" is: "a report that said …")
  if (source !== null && isDemonstrativeSubject(text, segments, source)) return false;
  const quoted = candidate.kind !== 'indirect';
  // "declined to comment": no words, but a stance the record keeps (`decline`)
  const first = candidate.content[0];
  // (not a content before its cue: "What Robert does not say is that …" is the speaker's own claim)
  if (
    first !== undefined &&
    isDeclineAt(text, cue, first) &&
    !(first.start < cue.start && NEGATION.test(text.slice(cue.start, cue.end)))
  )
    return true;
  // "was reportedly carrying": a sourcing adverb passes on unnamed sources' words (hedged-sourcing.ts)
  if (candidate.source === null && sourcingAdverb(text.slice(cue.start, cue.end))) return true;
  const found = cueHead(segments, cue);
  if (found < 0) return quoted;
  const head = phraseHead(text, segments.tokens, found, tokenRange(segments, cue)[0]);
  // "The governor is [promising] to cut taxes": a progressive the tagger read as an adjective is
  // read as the verb it is (`progressiveReadAsAdjective`)
  const token = progressiveReadAsAdjective(text, tree, head, segments.tokens[head] as Token);
  // "No group has claimed responsibility", "Nobody said the plan would fail": a subject that
  // quantifies over no one names nobody who spoke (`nobodySubject`)
  if (token.pos === 'VERB' && nobodySubject(text, tree, head)) return false;
  // "could hear what was being said", "saw how the fire spread": a perceiver's verb with a
  // question clause perceives an event, nobody reports it (`perceiverVerb`; "heard that …" is hearsay)
  if (
    !quoted &&
    token.pos === 'VERB' &&
    first !== undefined &&
    first.start >= cue.end &&
    openingWord(text, segments, first, WH_WORDS) &&
    // ("the court heard how documents were taken": told how a deed was done, a report)
    !openingWord(text, segments, first, MANNER_OR_REASON) &&
    perceiverVerb(token.lemma || text.slice(token.start, token.end))
  )
    return false;
  // "…, which explains why voters stayed home": "which" standing for the clause before it is a fact
  // that explains, nobody's words (`clauseRelative`)
  // (with a question clause only: "the committee, which said rates were too high" may be read so)
  if (
    !quoted &&
    token.pos === 'VERB' &&
    first !== undefined &&
    first.start >= cue.end &&
    openingWord(text, segments, first, WH_WORDS) &&
    clauseRelative(text, tree, head)
  )
    return false;
  // "Needless to say, …", "to say the least": the writer's aside (`writersAsideInfinitive`)
  if (token.pos === 'VERB' && writersAsideInfinitive(text, segments, head)) return false;
  // "denied a request for more time": a refusal, not a denial of words (`refusalOfAsking`)
  if (token.pos === 'VERB' && refusalOfAsking(text, segments, tree, head)) return false;
  // "did not say that taxes would rise", "has never claimed the title": words not spoken are no
  // report (with a question left open, "did not say whether …", it is a decline, kept above)
  if (!quoted && negatedSpeech(text, tree, head)) return false;
  // "a string of TV shows", "a local cable show": the cue is a noun the parse gave a noun modifier,
  // whatever tag it took, and what was read as its content is the sentence before it (`nominalCue`)
  if (nominalCue(text, segments, tree, candidate, cue, head)) return false;
  // "made it clear that …", "gave an assurance that …": a light verb and its message word
  // (light-verb-reports.ts), when the cue is that phrase (its head may be read as the noun)
  if (!quoted) {
    const [cueFirst, cueEnd] = tokenRange(segments, cue);
    for (let verb = cueFirst; verb < cueEnd; verb += 1) {
      // "made sure that the doors were locked": a deed
      if (makingSure(text, segments.tokens, verb)) return false;
      const light = lightVerbReport(text, tree, verb);
      if (light !== null && light.candidate.cue?.end === cue.end && !isHypothetical(text, tree, verb, quoted))
        return true;
    }
  }
  // "Asked whether he would stay, …", "Told of the ruling, …": a question or a message put to the
  // subject by somebody unnamed (`passiveOpener`)
  // (the cue's first word: "Asked about" has its preposition for a head)
  // ("Said the mayor: “…”" is an inversion, its source right after the verb; "Asked to describe the
  // device, …" is a request to act, which PolNeAR marks as the asker's)
  if (
    passiveOpener(text, segments, tree, tokenRange(segments, cue)[0]) &&
    (source === null || source.start < cue.end || /\S/u.test(text.slice(cue.end, source.start))) &&
    !(first !== undefined && /^to\b/iu.test(text.slice(first.start, first.end)))
  )
    return false;
  // "It is expected that …", "Hewitt is expected to call for …", "shipments expected to grow": a
  // forecast in the passive or a participle with nobody named is no report (`forecastVerb`)
  if (source === null && !quoted && token.pos === 'VERB' && agentlessForecast(text, tree, head)) return false;
  // "met to discuss how the labels can be made clearer", "discussed whether the ferry should run": a
  // matter talked over, an indirect question nobody answered (`topicVerb`); PolNeAR marks a noun
  // phrase talked over ("discussed his commitment to …") as a report, so that stays
  if (
    !quoted &&
    token.pos === 'VERB' &&
    first !== undefined &&
    first.start >= cue.end &&
    openingWord(text, segments, first, WH_WORDS) &&
    topicVerb(token.lemma || text.slice(token.start, token.end))
  )
    return false;
  // "As Ms Varga put it, …", "…, as the paper noted." (aside-reports.ts)
  if (token.pos === 'VERB' && isAsideVerb(text, segments, tree, head)) return true;
  // "Mayor confirms bridge will reopen": a headline's verb the parse made a noun compound's
  // modifier (mistagged-reports.ts)
  if (
    token.pos === 'VERB' &&
    token.dep === 'compound' &&
    mistaggedReportingVerb(text, segments, head, source)
  )
    return true;
  // "The leader alleged that the vote was rigged": a past reporting verb the tagger read as an
  // adjective, with a subject and a clause of its own (adjective-reports.ts)
  if (token.pos === 'ADJ' && adjectiveReport(text, tree, head) !== null) return true;
  // "It was claimed that …", "The court heard that …": a report with no speaker in the text
  // (not a question still open on finding out or deciding: "It has yet to be determined [how much
  // each owner will pay]" reports nobody's finding, `knowledgeVerb`; nor somebody resolved: "The
  // coach is determined that his side will attack" is his resolve, no finding of anybody's)
  if (
    candidate.source === null &&
    agentlessReportClause(text, tree, head) >= 0 &&
    !(
      knowledgeVerb(token.lemma || text.slice(token.start, token.end)) &&
      ((first !== undefined && openingWord(text, segments, first, WH_WORDS)) ||
        !expletiveSubject(text, tree, head))
    )
  )
    return true;
  // "It is understood the club are …": a belief passed on with no source (agentless-reports.ts)
  if (candidate.source === null && expletiveBeliefContent(text, tree, head) !== null) return true;
  // "The gunmen are said to have fled" (hedged-sourcing.ts)
  if (candidate.source === null && raisedReportInfinitive(text, tree, head) >= 0) return true;
  // "The coach was blunt: “…”": a copular predicate of the speaker before the quotation (the
  // quotation rules' frame, quote-attributions.ts)
  if (quoted && copularCue(segments, tree, cue, head)) return true;
  // "Coach Tarn offered words of comfort: “…”": the main verb of a person's clause before a colon
  // and the quotation that ends the sentence (the quotation rules' `colonFrame`)
  if (candidate.kind === 'direct' && first !== undefined && colonCue(text, segments, head, first))
    return true;
  // a capitalised word inside a name is no cue, whatever its tag ("The Samjhauta Express runs …")
  if (
    isCapitalised(text, token) &&
    (token.pos === 'PROPN' || NOMINAL_RELATION.test(token.dep)) &&
    !isSentenceStart(segments, head)
  )
    return false;
  // "Expect them to struggle": the writer's advice to the reader
  if (source === null && candidate.kind === 'indirect' && imperativeCue(text, segments, tree, head))
    return false;
  // "Explaining why the board quit.": a participle that opens a sentence with no verb of its own
  // (no subject, no auxiliary) heads a fragment, a caption or a teaser, nobody's words
  if (source === null && candidate.kind === 'indirect' && participleFragment(text, segments, tree, head))
    return false;
  // "fans of [said] pop star", "where [said] star was staying": "said" as an adjective (the
  // aforementioned) before a noun phrase, after a preposition or a wh-word, with no subject
  if (!quoted && adjectivalSaid(text, segments, tree, cue, head)) return false;
  // "Police are probing claims that …", "investigators probing the case": examining a matter (a
  // verb whose first WordNet sense is, or falls under, "analyze, examine") reports no words
  if (!quoted && token.pos === 'VERB' && examiningVerb(token.lemma || text.slice(token.start, token.end)))
    return false;
  // "the idea recognizes that …", "the dome has shown that …": a source that cannot speak
  if (token.pos === 'VERB' && voicelessSource(text, segments, tree, candidate, head)) return false;
  // "official figures showed a rise", "the law prohibits …", "the rules require firms to …": a
  // thing that shows or rules gives evidence or a rule, nobody's words (document-evidence.ts)
  // (also a verb the tagger read as a noun with a subject: "the latest figures [show] that …")
  if (
    (token.pos === 'VERB' || (token.pos === 'NOUN' && tree.dependent(head, 'nsubj') >= 0)) &&
    documentEvidence(text, segments, tree, head, source)
  )
    return false;
  // "the price suggests demand is weak": a thing that is a sign of something (document-evidence.ts)
  if (!quoted && thingAsSign(text, segments, tree, head, source)) return false;
  // "the format meant that …": a consequence drawn from a thing
  // (not an infinitive: "the rules require [delegates to vote]" is left to `documentEvidence` above)
  if (
    token.pos === 'VERB' &&
    !quoted &&
    consequenceOfThing(text, segments, tree, head) &&
    !contentShape(text, segments, candidate.content, head).infinitive
  )
    return false;
  // "The new law ensures that every child gets a place": making certain brings a state about, it
  // reports no words or belief (WordNet, `causativeVerb`); a cue of a verb and its particle is read as
  // the phrase below ("chimed in that …": "chime" alone is a sound)
  if (
    token.pos === 'VERB' &&
    !quoted &&
    !/\s/u.test(text.slice(cue.start, cue.end)) &&
    causativeVerb(token.lemma || text.slice(token.start, token.end))
  )
    return false;
  // "The net's self-declared spam king": half of a hyphenated adjective
  if (!quoted && hyphenatedModifier(text, segments, head)) return false;
  // "praised the firefighters for their courage", "condemned the decision", "issued a statement
  // branding them as vandals": a judgement spoken about its object (WordNet, speech-acts.ts), by a
  // verb of the cue whose object the content holds
  // (not when negated: "did not criticize the government" reports that nothing was said)
  if (!isHypothetical(text, tree, head, quoted) && judgedInCue(text, segments, tree, candidate, cue))
    return !negatedVerb(text, tree, head) || quoted;
  // "expressed concern about [the delays]": a message or an attitude given by the cue's verb,
  // whose object the cue holds (the cue's head read above is then its preposition)
  if (!quoted) {
    const [cueFirst, cueEnd] = tokenRange(segments, cue);
    for (let verb = cueFirst; verb < cueEnd; verb += 1) {
      const inner = segments.tokens[verb] as Token;
      if (inner.pos !== 'VERB' || (inner.head >= cueFirst && inner.head < cueEnd)) continue;
      if (verb !== head && !isHypothetical(text, tree, verb, quoted) && !negatedVerb(text, tree, verb))
        if (messageObject(text, segments, tree, candidate, verb)) return true;
    }
  }
  // "The plan was criticised by unions as a betrayal": a judgement in the passive, spoken by its
  // agent about its subject (agent-reports.ts)
  if (!quoted && !isHypothetical(text, tree, head, quoted) && judgedByAgent(text, tree, candidate, head))
    return true;
  // "signed deals with the league [that starts in April]", "her support among farmers, [which
  // faded …]": a relative clause on a noun before the content is no complement of the cue
  if (
    !quoted &&
    first !== undefined &&
    first.start >= cue.end &&
    relativeOnNounBefore(text, segments, first, cue)
  )
    return false;
  // "In listing his terms before the hearing, Lund said: …": an adverbial phrase of the cue before
  // it is the writer's circumstance, not what was said
  if (
    candidate.content.length > 0 &&
    candidate.content.every((piece) => frontedAdjunct(segments, piece, head))
  )
    return false;
  // "Residents fear that the river will flood", "she is worried that …": an attitude of the source
  // to a clause (attitude-reports.ts)
  if (!quoted && !isHypothetical(text, tree, head, quoted) && attitudeReport(text, tree, candidate, head))
    return true;
  const shape = contentShape(text, segments, candidate.content, head);
  // "what he calls a “reset”", "Rubio, whom he dubbed “the little senator”", "dubbed the “iron
  // lady”": a naming verb whose only object is the name in the content, quoted or not, gives a name,
  // it reports no words ("called [the plan] “a disgrace”" judges the plan and stays); also when the
  // tagger read the verb as a noun with a subject ("what its makers [call] a “reset”")
  if (
    (token.pos === 'VERB' || (token.pos === 'NOUN' && tree.dependent(head, 'nsubj') >= 0)) &&
    namingVerb(cueLemma(text, segments.tokens, head, cue)) &&
    namedOnly(text, segments, tree, candidate, head)
  )
    return false;
  let word: ReportingWord;
  switch (token.pos) {
    case 'VERB':
    case 'AUX': {
      if (isHypothetical(text, tree, head, quoted)) return false;
      // "The team knows it must win", "an autopsy determined that …", "she realised that …": knowing,
      // finding out and deciding present a fact, they report no words (WordNet, reporting-predicate.ts)
      // (not "The statement reads: “…”", a document's wording, document-wording.ts)
      // ("Ms Dale observed [the vote was lost]": a verb whose frequent senses include a remark
      // before a clause, `remarkVerb`)
      if (
        knowledgeVerb(token.lemma || text.slice(token.start, token.end)) &&
        !documentWording(text, segments, tree, candidate, head) &&
        !(shape.clause && remarkVerb(token.lemma || text.slice(token.start, token.end)))
      )
        return false;
      word = cueVerb(text, segments.tokens, head, tokenRange(segments, cue)[1]);
      // "“… at the next election.” Mr Dale is continuing in his job": the writer's next sentence
      if (quoted && writersNextSentence(text, segments, tree, candidate, head)) return false;
      if (havingSaidThat(text, segments, tree, head)) return false;
      // "Rest assured that your data …": an imperative read as a bare noun at the root
      if (source !== null && imperativeReadAsNoun(segments, tree, source, head)) return false;
      // "heard shots fired", "saw the car leave": an event perceived, no proposition
      if (!quoted && perceivedEvent(text, segments, tree, candidate, head)) return false;
      // "how much money he makes, …": the verb's object is the noun its relative clause describes
      // (not after its content: "…, a Ledger analysis of the filings shows." read as a relative)
      if (
        !quoted &&
        candidate.content.some((piece) => piece.start >= cue.end) &&
        objectGapRelative(text, segments, tree, head)
      )
        return false;
      // "Pensioners can rest assured that …", "fans came away reassured": a bare participle predicated
      // of another verb's subject says what was done to that subject, as a passive does
      if (
        (isPassive(tree, head) || predicatedParticiple(text, segments, tree, head)) &&
        tree.dependent(head, 'obl:agent') < 0
      ) {
        if (!quoted) return false;
        // "is known as “the Butcher”", "was dubbed “Mr Fix-It”": a name given, no words reported
        if (!shape.subject) return false;
      }
      // "a form of spyware called adware has …", "officials, called superdelegates": a naming
      // participle on the noun before it, whatever the parser hung on it
      if (!quoted && namingParticiple(text, segments, tree, head, source)) return false;
      // "an organisation called [the Relief Committee has been set up]", "trying to call [centres
      // are getting …]": a naming verb takes a name, never a clause, so the clause is the
      // sentence's own, which the parser hung on the verb
      if (
        !quoted &&
        shape.subject &&
        shape.verb &&
        !shape.infinitive &&
        namingVerb(cueLemma(text, segments.tokens, head, cue))
      )
        return false;
      // "They called their son [Jack]", "named the ship [Endeavour]": a naming verb whose object's
      // predicate is a name gives a name, it judges nothing ("called the plan a disgrace" does)
      if (
        !quoted &&
        namingVerb(cueLemma(text, segments.tokens, head, cue)) &&
        namePredicate(segments, tree, head)
      )
        return false;
      // "an actress called “Mona”": a participle on a noun that names it, with no clause
      if (token.dep === 'acl' && !shape.subject) return false;
      // "The board will ask Maria Lopez to lead the review": a request still to be made is a plan
      if (!quoted && !shape.clause && shape.infinitive && isFuture(text, tree, head)) return false;
      // "The firm agreed to pay a fine": consent to a deed commits the subject to act, it reports
      // no words (WordNet, `consentVerb`); "agreed that …" and "promised to …" stay reports
      if (
        !quoted &&
        !shape.clause &&
        shape.infinitive &&
        consentVerb(cueLemma(text, segments.tokens, head, cue))
      )
        return false;
      // "Officials refuse to steer the debate", "the cuts threatened to fuel more unrest", "the
      // skyline calls to mind an older city": an infinitive that is a deed or no complement at all
      if (
        !quoted &&
        !shape.clause &&
        shape.infinitive &&
        actionInfinitive(text, segments, tree, candidate, head)
      )
        return false;
      // "an official, who asked not to be named, …": a request about how one is to be treated, no
      // proposition (a negated passive infinitive with nobody addressed)
      if (!quoted && first !== undefined && selfRequest(text, segments, first)) return false;
      if (!quoted && first !== undefined) {
        // "he can say what he likes", "only she can say whether …": what one is able to say, not
        // what was said (a declarative "I can say that …" reports)
        if (ableToSay(text, tree, head) && openingWord(text, segments, first, WH_WORDS)) return false;
      }
      // "a group calling itself [the Northern Shield Front]", "styles herself [a reformer]": a
      // name or description given to oneself, no proposition
      const object = tree.dependent(head, 'obj');
      const reflexive = segments.tokens[object];
      // (a participle so, whatever the parser made of what follows: "A group calling itself Grey
      // Wolf said …" read with "calling" as the root and the sentence as its content)
      if (
        reflexive !== undefined &&
        REFLEXIVES.test(text.slice(reflexive.start, reflexive.end)) &&
        (!shape.subject || (object === head + 1 && /ing$/iu.test(text.slice(token.start, token.end))))
      )
        return false;
      break;
    }
    case 'NOUN':
    case 'PROPN':
      // "prosecutors [claim] that …", "Ramage's appeal [states] the judge erred": a verb the tagger
      // read as a noun (mistagged-reports.ts)
      if (mistaggedReportingVerb(text, segments, head, source)) {
        word = reportingVerb(text.slice(token.start, token.end));
        break;
      }
      // "“…,” she enthuses.", "“…,” enthuses Ms Cole.": beside a quotation, a verb form the tagger
      // read as a noun (`quotationVerbForm`)
      if (quoted) {
        const verb = quotationVerbForm(text, segments, head);
        if (verb !== null) {
          word = reportingVerb(verb);
          break;
        }
      }
      // "hosted a music video [show]": a noun of the sentence, whose content is not its own
      if (!quoted && nounCueOutsideContent(text, segments, candidate.content, cue, head)) return false;
      // "a good [indication] that the economy is growing": evidence that nobody gives
      if (source === null && !quoted && evidenceNoun(token.lemma || text.slice(token.start, token.end)))
        return false;
      word = reportingNoun(text.slice(token.start, token.end));
      break;
    default:
      return quoted;
  }
  if (token.pos === 'VERB' && !shape.clause) {
    // "accused the referee of bias", "blamed the flooding on poor maintenance": the charge is the
    // proposition (accusations.ts)
    if (accusesSomebody(text, tree, head) && holdsArgument(segments, tree, candidate.content, head))
      return true;
    // "called for an inquiry", "urged restraint", "demanded an apology": a verb of asking for
    // something (WordNet, reporting-predicate.ts) whose object is what the speaker said should be
    if (
      !quoted &&
      directiveVerb(cueLemma(text, segments.tokens, head, cue)) &&
      asksFor(text, segments, tree, candidate.content, head)
    )
      return true;
    // "announced her resignation", "denied any involvement", "admitted wrongdoing", "confirmed the
    // sale": a noun phrase where the verb's reporting sense takes a that-clause (WordNet,
    // `nounPhraseReportVerb`), not a person or group spoken to ("told reporters")
    if (
      !quoted &&
      !negatedVerb(text, tree, head) &&
      propositionObject(text, segments, tree, candidate, head) >= 0
    )
      return true;
    // "offered its condolences", "paid tribute to the coach", "expressed concern about the delays"
    if (!quoted && !negatedVerb(text, tree, head) && messageObject(text, segments, tree, candidate, head))
      return true;
    // "estimated the bank's loss at 3bn", "puts the damage at £5m": a judged quantity
    if (!quoted && !negatedVerb(text, tree, head) && estimatesAt(text, segments, tree, candidate, head))
      return true;
    // "denied the allegations", "rejected the claims": a statement named by the object of a verb
    // that contradicts (the WordNet conflict class of claims/predicate-classes.ts); not "concluded
    // an agreement" or "signed a contract", though WordNet files both nouns under statements
    // "denied any wrongdoing", "denied involvement" (an act or a quality denied: the proposition
    // that the subject did it), "denied making the comment" (a gerund); not "denied him a chance"
    // (not a judge's or a court's: "the magistrate dismissed all charges" rules on a case)
    if (
      classOf('conflict', token.lemma, 'verb') === 'pos' &&
      tree.dependent(head, 'iobj') < 0 &&
      !adjudicatorSource(text, segments, source)
    ) {
      const object = tree.dependent(head, 'obj');
      const objectToken = segments.tokens[object];
      if (
        objectToken !== undefined &&
        objectToken.pos === 'NOUN' &&
        candidate.content.some((span) => within(segments, object, span))
      ) {
        const noun = text.slice(objectToken.start, objectToken.end);
        // (an act denied is a proposition only for a verb that declares untrue: "denied any
        // wrongdoing"; "rejected a move to Leeds" refuses an offer, it reports no words)
        if (statementNoun(noun) || (deniableNoun(noun) && (denialVerb(token.lemma) || spokenAct(noun))))
          return true;
      }
      // (a gerund the tagger took for a noun has an object of its own: "denied [planting] the bomb")
      const gerund = tree.dependents(head, ['xcomp', 'ccomp']).find((child) => {
        const verb = segments.tokens[child] as Token;
        return (
          (verb.pos === 'VERB' || (verb.pos === 'NOUN' && tree.dependent(child, 'obj') >= 0)) &&
          /ing$/u.test(text.slice(verb.start, verb.end))
        );
      });
      if (gerund !== undefined && candidate.content.some((span) => within(segments, gerund, span)))
        return true;
    }
    // "has admitted murdering three patients", "confessed to stealing the car": a verb of telling
    // that takes a that-clause (WordNet) with a gerund, the speaker's own deed, as its complement
    if (!quoted && !negatedVerb(text, tree, head) && gerundReport(text, segments, tree, candidate, head))
      return true;
  }
  // "added a second goal", "threatens the security of their funds": a deed done to a thing
  if (
    !messageObject(text, segments, tree, candidate, head) &&
    deedOnObject(text, segments, tree, candidate, head)
  )
    return false;
  // "the third seed showed [incredible reserves of strength to force the break]", "the corner found
  // [the striker, whose volley soared …]": a verb of seeing or finding with a thing or a person as
  // its object and no clause of its own reports nothing (object-only.ts)
  if (!quoted && thingObjectOnly(text, segments, tree, candidate.content, head)) return false;
  // a rarer sense that reports ("maintained the film would win"): only before a that-clause
  // (a clause with a verb: in "held [the visitors scoreless]" the parse makes a verbless small
  // clause of a deed's object and its state)
  // (not a participle that subordinates, which the parse made a second verb of the sentence with no
  // "and" and no subject: "Rangers will sign him, [provided] he recovers from injury")
  if (word.rareClause === true && shape.clause && shape.verb && !shape.infinitive)
    return !subordinatorReadAsVerb(tree, head);
  if (!word.communication && !word.clause) return false;
  // "It does not feel like a wave of fraud is coming": "it" with a verb of thought and "like" says
  // how things seem, nobody's belief ("I feel like …" and "it said" stay)
  if (!word.communication && seemingLike(text, segments, tree, cue, head)) return false;
  // "felt “trapped”", "sees great promise": thought or perception with no proposition, quoted or not
  if (!word.communication && !shape.subject && !fronted_(candidate, cue, shape.verb)) return false;
  // "Vandals pasted code on the board, the harbour master said": content before its cue is a
  // clause even when the parser makes its subject the cue's
  // (a noun cue fronts nothing: in "The actress, best known for [her portrayal] as …" the words
  // before it are the writer's)
  const fronted =
    (candidate.content[0]?.end ?? Infinity) <= cue.start &&
    shape.verb &&
    token.pos !== 'NOUN' &&
    token.pos !== 'PROPN';
  if (quoted || shape.clause || fronted) return word.communication || word.clause;
  return word.communication && shape.infinitive;
}

/**
 * Whether the cue verb `verb` tells of a deed in a gerund: a verb whose frequent senses include
 * communication and that takes a that-clause (WordNet, `reportingVerb`), with no object of its own
 * and a verb in "-ing" as its clausal complement (or, after "to", its oblique: "confessed to
 * stealing"), inside the content, with no subject of its own ("admitted him entering" is no such
 * report). "admitted causing the crash" is the proposition that the speaker caused it.
 */
function gerundReport(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const tokens = segments.tokens;
  const cue = tokens[verb] as Token;
  const word = reportingVerb(cue.lemma || text.slice(cue.start, cue.end));
  if (!word.communication || !word.clause) return false;
  if (tree.dependent(verb, 'iobj') >= 0) return false;
  // (the parse may make the gerund the verb's object: "admitted [murdering] three patients")
  const complements = tree.dependents(verb, ['obj', 'xcomp', 'ccomp', 'advcl', 'obl']);
  if (
    complements.some(
      (child) => (tokens[child] as Token).pos !== 'VERB' && relationIs((tokens[child] as Token).dep, 'obj'),
    )
  )
    return false;
  const gerund = complements.find((child) => {
    const token = tokens[child] as Token;
    if (token.pos !== 'VERB' || child < verb || !/[a-z]ing$/u.test(text.slice(token.start, token.end)))
      return false;
    // (with an object or a clause of its own: "suggested [policing], unlike …, was …" is a noun
    // the tagger made a verb)
    if (tree.dependent(child, 'nsubj') >= 0) return false;
    if (tree.dependents(child, ['obj', 'xcomp', 'ccomp']).length === 0) return false;
    // only "to" may stand between the cue and the gerund ("confessed to stealing")
    const between = tokens.slice(verb + 1, child);
    return between.every((inner) => inner.pos === 'ADV' || /^to$/iu.test(text.slice(inner.start, inner.end)));
  });
  return gerund !== undefined && candidate.content.some((span) => within(segments, gerund, span));
}

/** The first sense of "estimate" (to judge a quantity), read once. */
let estimateSense: number | null | undefined;

/**
 * "He estimated the bank's loss at 3bn", "The firm puts the damage at more than £5m": a verb one of
 * whose five most frequent WordNet senses is the first sense of "estimate" or a kind of it (within
 * two steps: "put", "place", "set" have the sense "estimate"), with a subject, a direct object and
 * an "at" phrase holding a number, both inside the content, and a source that holds the subject. The quantity judged is the speaker's
 * claim ("sets the table at eight" has no number-bearing "at" phrase in WordNet's estimate sense
 * unless its verb has that sense).
 */
function estimatesAt(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const tokens = segments.tokens;
  // (the source holds the subject's head: not "[Thailand's] Prime Minister Tan has estimated …")
  // (one active subject: a parse that also gives the verb a passive one is not read)
  const subjects = tree.dependents(verb, ['nsubj', 'nsubj:pass']);
  const subject = subjects[0] ?? -1;
  if (subjects.length !== 1 || (tokens[subject] as Token).dep !== 'nsubj') return false;
  if (candidate.source === null || !within(segments, subject, candidate.source)) return false;
  const object = tree.dependent(verb, 'obj');
  if (object < 0 || !candidate.content.some((span) => within(segments, object, span))) return false;
  // (the parse hangs the "at" phrase on the verb or on its object, and "at" on the phrase's head or
  // on a number in it: "estimated [the loss at 3bn dollars]")
  const opensWithAt = (child: number): boolean => {
    const first = tokens[tree.subtreeStart(child)] as Token;
    return first.pos === 'ADP' && text.slice(first.start, first.end).toLowerCase() === 'at';
  };
  const at = [...tree.dependents(verb, ['obl']), ...tree.dependents(object, ['nmod'])].find(
    (child) =>
      child > object && opensWithAt(child) && candidate.content.some((span) => within(segments, child, span)),
  );
  if (at === undefined) return false;
  let number = false;
  for (let position = tree.subtreeStart(at); position <= tree.subtreeEnd(at) && !number; position += 1)
    number =
      (tokens[position] as Token).pos === 'NUM' ||
      /\d/u.test(text.slice((tokens[position] as Token).start, (tokens[position] as Token).end));
  if (!number) return false;
  if (estimateSense === undefined) estimateSense = synsetsOf('estimate', 'verb')[0] ?? null;
  const target = estimateSense;
  if (target === null) return false;
  return synsetsOf((tokens[verb] as Token).lemma.toLowerCase(), 'verb')
    .slice(0, 5)
    .some((sense) => hasHypernym(sense, 'verb', { levels: 3 }, (entry) => entry.offset === target));
}

/** Whether the verb's subject is "it" or it has none ("It was decided that …", "… was found that …"). */
function expletiveSubject(text: string, tree: DependencyTree, verb: number): boolean {
  const subject = tree.tokens[tree.dependents(verb, ['nsubj', 'nsubj:pass', 'expl'])[0] ?? -1];
  return subject === undefined || text.slice(subject.start, subject.end).toLowerCase() === 'it';
}

/** A verb joined to the one before it with no "and" or "or" and no subject of its own (`keepsReporting`). */
function subordinatorReadAsVerb(tree: DependencyTree, verb: number): boolean {
  const token = tree.tokens[verb] as Token;
  return (
    token.dep === 'conj' &&
    tree.dependents(verb, ['cc', 'nsubj', 'nsubj:pass', 'aux', 'aux:pass']).length === 0
  );
}

/**
 * Whether the cue ends in "like" and its verb's subject is "it" ("It feels like …", "it does not
 * feel like …"): an impression of how things seem, with no thinker.
 */
function seemingLike(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  cue: Span,
  verb: number,
): boolean {
  const [first, end] = tokenRange(segments, cue);
  let last = end - 1;
  while (last > first && (segments.tokens[last] as Token).pos === 'PUNCT') last -= 1;
  const like = segments.tokens[last] as Token;
  if (last === verb || like.lemma.toLowerCase() !== 'like') return false;
  const subject = tree.tokens[tree.dependent(verb, 'nsubj')];
  return subject !== undefined && text.slice(subject.start, subject.end).toLowerCase() === 'it';
}

/** Whether the source's head is a common noun for a judge or a court (`adjudicatorNoun`). */
function adjudicatorSource(text: string, segments: Segments, source: Span | null): boolean {
  if (source === null) return false;
  const head = segments.tokens[cueHead(segments, source)];
  return head !== undefined && head.pos === 'NOUN' && adjudicatorNoun(text.slice(head.start, head.end));
}

/**
 * A noun one of whose two most frequent WordNet senses is a message or a thought (noun.communication,
 * noun.cognition): "details", "figures", "information"; not "fine", "champion".
 */
function messageNounObject(token: Token): boolean {
  if (token.pos !== 'NOUN') return false;
  return synsetsOf(token.lemma.toLowerCase(), 'noun')
    .slice(0, 2)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_COMMUNICATION || file === NOUN_COGNITION;
    });
}

const SPEAKING_PRONOUNS = /^(?:i|you|he|she|we|they|who|me|him|her|us|them)$/iu;

/**
 * Whether the to-infinitive the cue verb governs with nobody addressed between them ("urged [the
 * council to act]", "called on [the firm to act]" are no such) is a deed or no complement, so that
 * the content is no proposition:
 *
 * - the infinitive hangs on the verb as no complement (a purpose clause, or the parse of an idiom:
 *   "calls [to mind] an older city" with "mind" an `acl`), or verb, "to" and the word after it are a
 *   WordNet phrase ("comes to mind");
 * - the verb's infinitive may be a thing's (`thingInfinitiveVerb`: "threaten") and its subject is
 *   a noun that names no person or group, or "it", "this" ("the cuts threatened [to fuel more
 *   unrest]", "the flood threatens [to cut off the valley]"; "the rebels threatened to attack"
 *   stays, and so does "… have asked to see the files" whatever the parse made its subject);
 * - the verb's infinitive is a deed it takes a stance to (`actionInfinitiveVerb`: "refuse",
 *   "decline") and the infinitive is no speech or thought (`speechFirstVerb`), nor a giving of a
 *   message ("refused to give any details"): "refused [to pay the fine]" goes; "refused to confirm
 *   the sale", "refused to rule out a bid" stay.
 */
function actionInfinitive(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const tokens = segments.tokens;
  let infinitive = -1;
  for (const piece of candidate.content) {
    const [first, end] = tokenRange(segments, piece);
    for (let position = first; position < end && infinitive < 0; position += 1) {
      const token = tokens[position] as Token;
      if (token.head !== verb || !(token.pos === 'VERB' || token.pos === 'AUX')) continue;
      const mark = tree.dependent(position, 'mark');
      const marker = tokens[mark];
      if (marker !== undefined && marker.lemma.toLowerCase() === 'to' && mark < position)
        infinitive = position;
    }
  }
  const token = tokens[infinitive];
  if (token === undefined) return false;
  // "called on [the management to recall the notice]": somebody addressed between verb and infinitive
  for (let position = verb + 1; position < infinitive; position += 1) {
    const between = tokens[position] as Token;
    // (not a span of time, which addresses nobody: in "talked [for weeks] to settle the dispute" the
    // infinitive is a purpose; "called on [the management] to …", "called for [action] to …" stay)
    if (
      between.head === verb &&
      /^(?:obj|iobj|obl|nsubj)/u.test(between.dep) &&
      !(/^obl/u.test(between.dep) && timeNoun(text, between))
    )
      return false;
  }
  const cue = tokens[verb] as Token;
  const cueWord = (cue.lemma || text.slice(cue.start, cue.end)).toLowerCase();
  const word = (token.lemma || text.slice(token.start, token.end)).toLowerCase();
  if (!/^(?:xcomp|ccomp)/u.test(token.dep)) return true;
  // "Harlow expects [to win the seat]", "she forgot [to lock the door]": a verb whose first sense is
  // thinking (`thoughtVerb`) with an infinitive its own subject is to carry out holds a forecast or
  // an intention of that subject about itself, no proposition reported ("expects [profits to rise]",
  // with a subject of the infinitive between, was left above)
  if (thoughtVerb(cueWord)) return true;
  if (/^[a-z]+$/u.test(word) && synsetsOf(`${cueWord}_to_${word}`, 'verb').length > 0) return true;
  const subject = tokens[tree.dependent(verb, 'nsubj')];
  if (subject !== undefined && thingInfinitiveVerb(cueWord)) {
    const form = text.slice(subject.start, subject.end);
    if (subject.pos === 'PRON' && /^(?:it|this|these|those|which)$/iu.test(form)) return true;
    if (subject.pos === 'NOUN' && !SPEAKING_PRONOUNS.test(form) && !personOrGroup(text, subject)) return true;
  }
  if (!actionInfinitiveVerb(cueWord)) return false;
  const particle = tokens[tree.dependent(infinitive, 'compound:prt')];
  const phrase =
    particle === undefined ? word : `${word}_${text.slice(particle.start, particle.end).toLowerCase()}`;
  if (speechFirstVerb(synsetsOf(phrase, 'verb').length > 0 ? phrase : word, phrase !== word)) return false;
  // "refused to give [any details]", "declined to provide figures": words handed over
  const object = tokens[tree.dependent(infinitive, 'obj')];
  return !(object !== undefined && conveyingVerb(word) && messageNounObject(object));
}

/**
 * Whether a verb after a quotation that closed its sentence is the writer's next statement, not the
 * quotation's frame: its first WordNet sense is no saying or thinking (`speechFirstVerb`) and it is
 * in the progressive or has an object or clause of its own outside the quotation ("“… at the next
 * election.” Mr Dale is continuing in his job", "“…” Jones continued [his recovery]"). "“…,” he
 * continued", "He continued: “…”" and "“…” Smith added in a statement" are frames, and "said",
 * "told reporters" say first.
 */
function writersNextSentence(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const token = segments.tokens[verb] as Token;
  const last = candidate.content[candidate.content.length - 1];
  if (token.pos !== 'VERB' || last === undefined || last.end > token.start) return false;
  if (!/[.?!]\P{L}*$/u.test(text.slice(last.start, last.end))) return false;
  if (speechFirstVerb(token.lemma || text.slice(token.start, token.end))) return false;
  // a state that goes on ("is continuing"): no frame is in the progressive
  if (
    /ing$/iu.test(text.slice(token.start, token.end)) &&
    tree.dependents(verb, ['aux']).some((at) => (segments.tokens[at] as Token).lemma.toLowerCase() === 'be')
  )
    return true;
  // an object or a clause of its own ("continued [his recovery]"; not "added [in a statement]")
  return tree.dependents(verb, ['obj', 'xcomp', 'ccomp']).some((at) => {
    const complement = segments.tokens[at] as Token;
    // "“…?” he is seen [asking]": the complement is the report
    if (complement.pos === 'VERB' && speechFirstVerb(complement.lemma)) return false;
    return at > verb && !candidate.content.some((piece) => within(segments, at, piece));
  });
}

/** Pronouns that stand for the thing named in a relative or a free relative ("what he calls …"). */
const RELATIVE_OBJECTS = /^(?:what|whatever|who|whom|which|that)$/iu;
const FREE_RELATIVE = /^what(?:ever)?$/iu;

/**
 * Whether a naming verb's content is only the name it gives (`keepsReporting`), in one of two frames:
 * - a relative whose pronoun is the verb's object, a free relative ("what he calls [a “reset”]",
 *   "what its makers [call] …" with the verb hung on "what") or another relative of a verb that
 *   only names ("whom he dubbed [“the little senator”]"; "which he called a disgrace" judges the
 *   thing the relative is about and stays), with no other object outside the content and no verb in
 *   it;
 * - a past participle with no auxiliary, its subject, if the parse gave it one, set off by a comma
 *   ("Ms Varga, dubbed [the “iron lady”] …"), whose object is in the content with no predicate of
 *   its own there, on the object or on the verb.
 * A finite verb with its object ("has called [the rivalry] “bitter”", "dubbed [the proposals] an
 * “abuse of power”") judges the object and stays, whatever the parse made of the predicate.
 */
function namedOnly(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  verb: number,
): boolean {
  const tokens = segments.tokens;
  const token = tokens[verb] as Token;
  const word = (at: number): string => {
    const found = tokens[at] as Token;
    return text.slice(found.start, found.end);
  };
  // (a piece after the verb: "whom … “the little senator”" holds the relative pronoun too)
  if (!candidate.content.some((piece) => piece.start >= token.end)) return false;
  const inContent = (at: number): boolean => candidate.content.some((piece) => within(segments, at, piece));
  const objects = tree.dependents(verb, ['obj', 'iobj']);
  const relative = objects.find((at) => at < verb && RELATIVE_OBJECTS.test(word(at)));
  const freeRelative =
    (relative !== undefined && FREE_RELATIVE.test(word(relative))) ||
    (token.dep === 'acl:relcl' && token.head < verb && FREE_RELATIVE.test(word(token.head)));
  if (freeRelative || (relative !== undefined && token.lemma.toLowerCase() !== 'call')) {
    if (objects.some((at) => at !== relative && !inContent(at))) return false;
    return !candidate.content.some((piece) => {
      const [start, end] = tokenRange(segments, piece);
      for (let at = start; at < end; at += 1)
        if (at !== verb && /^(?:VERB|AUX)$/u.test((tokens[at] as Token).pos)) return true;
      return false;
    });
  }
  // "Ms Varga, dubbed the “iron lady” …": a participle set off from any subject the parse gave it
  const form = text.slice(token.start, token.end).toLowerCase();
  if (token.pos !== 'VERB' || form === token.lemma.toLowerCase() || !/(?:ed|en|wn)$/u.test(form))
    return false;
  // (a clause the parse hung on it outside the content is the sentence's own, checked below)
  if (tree.dependents(verb, ['aux', 'aux:pass', 'cop']).length > 0) return false;
  const subject = tree.dependent(verb, 'nsubj');
  if (subject >= 0 && !(verb > 0 && word(verb - 1) === ',')) return false;
  if (objects.length !== 1 || !inContent(objects[0] as number)) return false;
  const named = objects[0] as number;
  // "called [the report] “[deeply flawed]”": a predicate of the object, on it or on the verb, judges
  if (tree.dependents(named, ['appos', 'xcomp', 'nmod:unmarked', 'acl', 'acl:relcl']).length > 0)
    return false;
  return !tree
    .dependents(verb, ['parataxis', 'xcomp', 'ccomp', 'appos', 'obl', 'advcl'])
    .some((at) => at > named && inContent(at));
}

/**
 * Whether the verb has an object and, as the object's predicate, a proper name and nothing else
 * clausal ("called [their son] [Jack]", "named [the ship] [Endeavour]"): the parse's open complement
 * of the verb, or a name it hung on the object.
 */
function namePredicate(segments: Segments, tree: DependencyTree, verb: number): boolean {
  const object = tree.dependent(verb, 'obj');
  if (object < 0 || tree.dependents(verb, ['ccomp', 'advcl']).some((at) => at > verb)) return false;
  const predicates = [
    ...tree.dependents(verb, ['xcomp']).filter((at) => at > object),
    ...tree.dependents(object, ['nmod:unmarked', 'appos', 'flat']).filter((at) => at > object),
  ];
  return predicates.length > 0 && predicates.every((at) => (segments.tokens[at] as Token).pos === 'PROPN');
}

/**
 * Whether the verb is a bare past participle predicated of the subject of another verb: an open
 * complement or an adverbial clause of a verb, with no subject, auxiliary or copula of its own
 * ("Pensioners can rest [assured] that …", "they left [reassured] that …"). Its subject is the one
 * the act was done to, as in a passive: without a `by` agent nobody is reported. A participle that
 * is an attitude ("came away convinced that …") was kept before this is asked (attitude-reports.ts).
 */
function predicatedParticiple(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const token = segments.tokens[verb] as Token;
  if (token.pos !== 'VERB' || !/^(?:xcomp|advcl)$/u.test(token.dep)) return false;
  const form = text.slice(token.start, token.end).toLowerCase();
  if (!/(?:ed|en)$/u.test(form) || form === token.lemma.toLowerCase()) return false;
  const governor = segments.tokens[token.head];
  if (governor === undefined || governor.pos !== 'VERB' || token.head > verb) return false;
  // right after its verb, an adverb or particle between ("came away convinced"); a noun before it
  // is its subject the parse hung elsewhere ("…, Britain urged donors to give")
  let before = verb - 1;
  while (before > token.head && /^(?:ADV|ADP|PART)$/u.test((segments.tokens[before] as Token).pos))
    before -= 1;
  if (before !== token.head) return false;
  return (
    tree.dependents(verb, ['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'cop', 'expl', 'mark']).length === 0
  );
}

/** A forecast verb (`forecastVerb`) as a past participle with no `by` agent ("is expected to", "expected to grow"). */
function agentlessForecast(text: string, tree: DependencyTree, verb: number): boolean {
  const token = tree.tokens[verb] as Token;
  const form = text.slice(token.start, token.end).toLowerCase();
  return (
    /ed$/u.test(form) &&
    form !== token.lemma.toLowerCase() &&
    forecastVerb(token.lemma || form) &&
    tree.dependent(verb, 'obl:agent') < 0 &&
    // (an active subject: "Many expected this to be her year"; `dependent` matches "nsubj:pass" too)
    tree.dependents(verb, ['nsubj']).every((at) => (tree.tokens[at] as Token).dep !== 'nsubj')
  );
}

/**
 * Whether the verb is a past participle that opens its sentence with no subject, auxiliary or
 * expletive of its own ("Asked whether he would stay, Morton smiled", "Told of the ruling, the
 * family wept"): a passive, whose unnamed agent put the question or the message to the subject of
 * the main clause. What follows it is that agent's question, no claim of anybody named. An
 * inversion ("Said the mayor: …", read with the mayor as an object) is told by its source right
 * after the verb, and an attitude ("Convinced that …, she …") was kept before this is asked
 * (attitude-reports.ts).
 */
function passiveOpener(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const token = segments.tokens[verb] as Token;
  if (token.pos !== 'VERB' || !isSentenceStart(segments, verb)) return false;
  const form = text.slice(token.start, token.end).toLowerCase();
  if (form === token.lemma.toLowerCase() || /(?:ing|s)$/u.test(form)) return false;
  return (
    tree.dependents(verb, ['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'cop', 'expl', 'obl:agent']).length === 0
  );
}

/**
 * The cue is the root verb of the sentence that a direct quotation ends, and only a colon stands
 * between the clause and the quotation's opening mark ("Tarn offered words of comfort: “…”").
 */
function colonCue(text: string, segments: Segments, head: number, content: Span): boolean {
  const token = segments.tokens[head] as Token;
  if (token.dep !== 'root' || token.pos !== 'VERB' || content.start <= token.end) return false;
  if (!/^["“”«]/u.test(text.slice(content.start, content.start + 1))) return false;
  if (!/:\s*$/u.test(text.slice(token.end, content.start))) return false;
  return colonFrameCue(text, segments, head, content);
}

/** The cue is a copula and its predicate ("was blunt", "was more cautious"). */
function copularCue(segments: Segments, tree: DependencyTree, cue: Span, head: number): boolean {
  const [first, end] = tokenRange(segments, cue);
  let last = end - 1;
  while (last > first && (segments.tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return tree.dependent(head, 'cop') === first && head === last;
}

export function filterReportingPredicates(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  if (candidates.length === 0) return [];
  const tree = new DependencyTree(segments.tokens);
  const keep = candidates.map((candidate) => keepsReporting(text, segments, tree, candidate));
  return keepCandidates(
    candidates.map((candidate, index) =>
      keep[index] === true ? nounPhraseContent(text, segments, tree, candidate) : candidate,
    ),
    keep,
  );
}

/**
 * The verb lemma of a cue the tagger read as a noun beside a quotation, or null: a lower-case form
 * that WordNet knows only as a verb ("enthuses"), or any verb form right after a subject pronoun
 * ("she chats": a pronoun is followed by its verb, not by a noun).
 */
function quotationVerbForm(text: string, segments: Segments, head: number): string | null {
  const token = segments.tokens[head] as Token;
  const form = text.slice(token.start, token.end);
  if (!/^\p{Ll}+$/u.test(form)) return null;
  const verb = lemmaOf(form, 'verb');
  if (verb === null) return null;
  if (lemmaOf(form, 'noun') === null) return verb;
  const before = segments.tokens[head - 1];
  if (before === undefined || before.pos !== 'PRON') return null;
  return /^(?:he|she|they|we|i)$/iu.test(text.slice(before.start, before.end)) ? verb : null;
}
