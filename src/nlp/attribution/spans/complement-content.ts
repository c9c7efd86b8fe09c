import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, relationIs } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { tokenAt } from '../../names/token-index.js';
import { disagreesWithSubject, groupForm, verbForm } from './content-boundaries.js';
import { ADDRESSEE_VERBS } from '../quotes/speech-verbs.js';
import { reportingVerb } from './reporting-predicate.js';
import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_COMMUNICATION,
  NOUN_EVENT,
  NOUN_GROUP,
  NOUN_PERSON,
  NOUN_TIME,
  synsetsOf,
} from '../../events/wordnet.js';

/**
 * The content of a verb cue is its complement, read on the dependency parse: the clause or object
 * the cue verb governs (`ccomp`, `xcomp`, `parataxis`, `obj`, `iobj`, or the object of a preposition
 * the cue holds: "called for [more rail investment]"), with everything inside that complement's
 * subtree — its own conjuncts included — and nothing that hangs on the cue verb itself:
 *
 * - a verb with no subject coordinated with the cue verb, in the cue verb's form, is the source's
 *   next act ("attacked the plan [and blamed the mayor]"); a clause with a subject of its own is
 *   kept (on PolNeAR train the parser hangs the source's own "…, but he knows that …" on the cue
 *   about three times as often as it finds the writer's narration there);
 * - the main clause after a subordinate clause that holds the cue is the writer's ("When the
 *   ministry announced that …[, there was always the risk …]");
 * - the cue's own adjuncts after the complement are not what was said: a concessive clause or a
 *   participle after a comma ("said the canal would be dredged[, though he admitted …]") and, after
 *   an object, the channel, occasion or day ("attacked the proposal [in a letter on Monday]");
 *   those before a clause that opens with "that" go too ("told reporters [on Monday] that …"), and
 *   a piece made of nothing but them ("said [on Tuesday at a trade fair in Lyon]", after a
 *   quotation) is dropped when a quotation stays;
 * - before a reported clause, the person a "tell"/"warn" verb addresses ("told [the jury] he was at
 *   home") and a time that opens a clause with no "that" ("said [yesterday] the road would close")
 *   are not what was said;
 * - a clause coordinated with the cue's whose verb is another candidate's cue is that report, not
 *   this one's words ("said the bridge was safe [and her deputy insisted …]").
 *
 * Quoted pieces are left to the quotation rules; a cut never separates an opening quotation mark
 * from its closing one; cuts fall on token boundaries.
 */

const OPENING = /^["“‘'«„]/u;
const QUOTE_MARK = /^["“”«»„]$/u;
const CLAUSE_MARK = /^(?:that|whether|if)$/iu;
/** Relations of what a verb says: its clausal complement, its object. */
const COMPLEMENTS = ['ccomp', 'xcomp', 'parataxis', 'obj', 'iobj'];
/** Relations of a verb's adjuncts, which a piece made only of them (and punctuation) is. */
const ADJUNCTS = ['obl', 'advmod', 'nmod', 'punct', 'advcl', 'cc'];

/** The cue's head: the token inside the cue whose head lies outside it (prepositions aside); -1 when none or several. */
function cueHead(tokens: readonly Token[], cue: Span): number {
  const first = tokenAt(tokens, cue.start);
  let found = -1;
  for (let at = first; at >= 0 && at < tokens.length && (tokens[at] as Token).start < cue.end; at += 1) {
    const head = (tokens[at] as Token).head;
    const inside =
      head >= 0 && (tokens[head] as Token).start >= cue.start && (tokens[head] as Token).end <= cue.end;
    // the preposition of "called for" belongs to the object it marks
    if (inside || (tokens[at] as Token).pos === 'PUNCT' || relationIs((tokens[at] as Token).dep, 'case'))
      continue;
    if (found >= 0) return -1;
    found = at;
  }
  return found;
}

/** Token index range [first, end) of the tokens inside `span`. */
function tokenRange(tokens: readonly Token[], span: Span): [number, number] {
  const first = tokenAt(tokens, span.start);
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).start < span.end) end += 1;
  return [first, end];
}

/** Whether `at` is a complement of `verb` (an object of a preposition the cue holds counts). */
function isComplement(tree: DependencyTree, at: number, verb: number, cue: Span): boolean {
  const token = tree.tokens[at] as Token;
  if (token.head !== verb) return false;
  if (COMPLEMENTS.some((relation) => relationIs(token.dep, relation))) return true;
  if (!relationIs(token.dep, 'obl')) return false;
  const marker = tree.dependent(at, 'case');
  return (
    marker >= 0 &&
    (tree.tokens[marker] as Token).start >= cue.start &&
    (tree.tokens[marker] as Token).end <= cue.end
  );
}

/** Whether the tokens first..last (inclusive) hold an odd number of straight or curly double quotation marks. */
function unbalancedQuotes(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  let marks = 0;
  for (let at = first; at <= last; at += 1) {
    const token = tokens[at] as Token;
    if (QUOTE_MARK.test(text.slice(token.start, token.end))) marks += 1;
  }
  return marks % 2 === 1;
}

/** The last token at or before `at` (and not before `floor`) that is not punctuation, or -1. */
function lastWord(tokens: readonly Token[], at: number, floor: number): number {
  for (let position = at; position >= floor; position -= 1)
    if ((tokens[position] as Token).pos !== 'PUNCT') return position;
  return -1;
}

const CONCESSIVE = /^(?:though|although|while|whereas|but)$/iu;
const TIME_CASES = /^since$/iu;
const CHANNEL_CASES = /^(?:in|on|via|through|during|at|over)$/iu;
const OCCASION_CASES = /^(?:at|during)$/iu;

/** The lexicographer file of a noun's most frequent WordNet sense, or -1. */
function firstNounFile(word: string): number {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  return first === undefined ? -1 : lexicographerFileOf(first, 'noun');
}

function wordOf(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

/**
 * Whether the phrase headed by `at` says when or through what the cue was uttered: "in a statement",
 * "at a meeting", "during a rally" (the first WordNet sense of the head a communication, or after
 * "at"/"during" an act, event or gathering), and, when `time` allows it, "on Monday", "since the
 * debate" (a noun.time head, or a temporal preposition).
 */
function cueCircumstance(text: string, tree: DependencyTree, at: number, time: boolean): boolean {
  const token = tree.tokens[at] as Token;
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
  const marker = tree.dependent(at, 'case');
  const preposition = marker >= 0 ? wordOf(text, tree.tokens[marker] as Token) : '';
  const file = firstNounFile(wordOf(text, token));
  if (CHANNEL_CASES.test(preposition) && file === NOUN_COMMUNICATION) return true;
  if (OCCASION_CASES.test(preposition) && (file === NOUN_ACT || file === NOUN_EVENT || file === NOUN_GROUP))
    return true;
  if (!time) return false;
  if (TIME_CASES.test(preposition)) return true;
  if (file !== NOUN_TIME) return false;
  return preposition === '' ? token.pos === 'PROPN' : /^(?:on|at)$/iu.test(preposition);
}

/**
 * Whether a clause coordinated with the cue's (its subject checked by the caller) is a report of its
 * own: its verb is the cue of another candidate ("she said X and he added Y"), a verb of speech with
 * a clause or an object after it.
 */
function secondReport(tree: DependencyTree, verb: number, cues: ReadonlySet<number>): boolean {
  if (!cues.has(verb) || (tree.tokens[verb] as Token).pos !== 'VERB') return false;
  return COMPLEMENTS.some((relation) => tree.dependent(verb, relation) > verb);
}

/**
 * Where the writer's words hang on the cue verb after its complement (the token index the content
 * stops before), or -1: the first word after the complement climbs to a dependent of the cue verb
 * that is a coordinated clause ("[and] the council then voted"), a concessive clause or a participle
 * after a comma ("[, though] he admitted …", "[, adding] …"), a clause after a colon or semicolon,
 * or the cue's circumstance (`cueCircumstance`).
 */
function narrationAfter(
  text: string,
  tree: DependencyTree,
  from: number,
  end: number,
  verb: number,
  nominal: boolean,
  cues: ReadonlySet<number>,
): number {
  const tokens = tree.tokens;
  let word = from;
  while (word < end && (tokens[word] as Token).pos === 'PUNCT') word += 1;
  if (word >= end) return -1;
  // "When the ministry announced that …[, there was always the risk …]": the main clause the cue's
  // clause depends on is the writer's
  const comma = tokens.slice(from, word).some((token) => /^[,;:—–]$/u.test(wordOf(text, token)));
  const clause = (tokens[verb] as Token).dep;
  // (only a clause that comes before its head: a participle after the main clause, "…, saying she
  // had steady hands, but …", is more often the parser's mistake)
  if (!tree.dominates(verb, word))
    return comma &&
      (tokens[verb] as Token).head > verb &&
      (relationIs(clause, 'advcl') || relationIs(clause, 'acl'))
      ? from
      : -1;
  let top = word;
  for (let steps = 0; top >= 0 && (tokens[top] as Token).head !== verb && steps < tokens.length; steps += 1)
    top = (tokens[top] as Token).head;
  if (top < 0 || (tokens[top] as Token).head !== verb || top < from) return -1;
  const dep = (tokens[top] as Token).dep;
  const mark = tree.dependent(top, 'mark');
  if (mark >= 0 && CLAUSE_MARK.test(wordOf(text, tokens[mark] as Token))) return -1;
  // a quotation in what follows is the source's words
  for (let at = word; at < end; at += 1) if (QUOTE_MARK.test(wordOf(text, tokens[at] as Token))) return -1;
  if (relationIs(dep, 'conj')) {
    const coordinator = tree.dependent(top, 'cc');
    if (coordinator < from || coordinator > top) return -1;
    // "…, and who feel …": a relative clause the parser coordinated with the verb
    // a clause with a subject of its own is as often the source's words the parser hung on the
    // cue ("said X, but he knows that …") as the writer's: kept; a verb with no subject and an
    // auxiliary ("… and would owe …") goes on with the reported clause's subject; a word that is no
    // verb ("first and foremost") is no act
    // "Lenz said the bridge was safe [and her deputy insisted the tests were complete]": a second
    // report, by a subject of its own and with a verb of speech, is that subject's, not Lenz's words
    if (tree.dependent(top, 'nsubj') >= 0 || tree.dependent(top, 'nsubj:pass') >= 0)
      return secondReport(tree, top, cues) &&
        /^(?:and|but)$/iu.test(wordOf(text, tokens[coordinator] as Token))
        ? from
        : -1;
    if ((tokens[top] as Token).pos !== 'VERB' || tree.dependent(top, 'aux') >= 0) return -1;
    // and, as the source's next act, has the cue verb's form ("attacked X and blamed Y")
    const verbToken = tokens[verb] as Token;
    if (
      verbForm(wordOf(text, tokens[top] as Token), (tokens[top] as Token).lemma) !==
      verbForm(wordOf(text, verbToken), verbToken.lemma)
    )
      return -1;
    return /^(?:and|but)$/iu.test(wordOf(text, tokens[coordinator] as Token)) ? from : -1;
  }
  if (relationIs(dep, 'advcl')) {
    if (mark >= 0 && CONCESSIVE.test(wordOf(text, tokens[mark] as Token))) return from;
    if (comma && mark < 0 && /ing$/iu.test(wordOf(text, tokens[top] as Token))) return from;
    return -1;
  }
  if (relationIs(dep, 'parataxis'))
    return tokens.slice(from, word).some((token) => /^[;:]$/u.test(wordOf(text, token))) ? from : -1;
  if (!nominal) return -1;
  if (relationIs(dep, 'obl') || relationIs(dep, 'nmod'))
    return cueCircumstance(text, tree, top, true) ? from : -1;
  return -1;
}

/**
 * For a nominal complement: the start of a last circumstance the parser hung on the noun instead of
 * the verb ("attacked the proposal [in a letter on Monday]"), or -1.
 */
function circumstanceInObject(text: string, tree: DependencyTree, object: number): number {
  for (let nth = tree.childCount(object) - 1; nth >= 0; nth -= 1) {
    const child = tree.child(object, nth);
    if (child < object) return -1;
    const token = tree.tokens[child] as Token;
    if (token.pos === 'PUNCT') continue;
    if (!relationIs(token.dep, 'nmod') && !relationIs(token.dep, 'obl')) return -1;
    // the first of a run of circumstances: "in a letter [on Monday]"
    let start = -1;
    for (let earlier = nth; earlier >= 0; earlier -= 1) {
      const other = tree.child(object, earlier);
      if (other < object) break;
      const otherToken = tree.tokens[other] as Token;
      if (!relationIs(otherToken.dep, 'nmod') && !relationIs(otherToken.dep, 'obl')) break;
      if (!cueCircumstance(text, tree, other, true)) break;
      start = tree.subtreeStart(other);
    }
    return start;
  }
  return -1;
}

/** A lone opening mark: "'" or "‘", "\"" or "“" with a space before it and a word right after it. */
const DANGLING_MARK = /^["“‘']$/u;

/**
 * A piece whose end breaks a word or a phrase: it stops inside a token, before a hyphen or a word
 * glued to its last token ("the 26-year[-old winger]", "hand[-picked]") or on an opening quotation
 * mark ("asked for '[a huge sum' …]"). Such a piece runs on to the end of the phrase its last word
 * belongs to, read on the parse: the highest head above that word that still comes after it (a
 * phrase that starts inside the piece; the run stays inside the sentence, quotation marks
 * balanced). Any other piece is returned as it is.
 */
export function mendBrokenEnd(text: string, segments: Segments, tree: DependencyTree, piece: Span): Span {
  const tokens = segments.tokens;
  const [first, end] = tokenRange(tokens, piece);
  if (end <= first) return piece;
  const lastToken = tokens[end - 1] as Token;
  const next = tokens[end];
  const insideToken = piece.end > lastToken.start && piece.end < lastToken.end;
  const glued =
    next !== undefined &&
    next.start === lastToken.end &&
    lastToken.pos !== 'PUNCT' &&
    // a hyphen or a glued word, not a dash ("Ariz.--John Bacon")
    /^(?:[-‐](?![-‐])|[\p{L}\p{N}])/u.test(wordOf(text, next));
  const dangling =
    end - 1 > first &&
    DANGLING_MARK.test(wordOf(text, lastToken)) &&
    /\s/u.test(text[lastToken.start - 1] ?? '') &&
    next !== undefined &&
    next.start === lastToken.end;
  if (!insideToken && !glued && !dangling) return piece;
  // the whole word first: "paint[-Trump-as-a-plutocrat]" is one word in the text, several tokens
  let word = end - 1;
  while (word + 1 < tokens.length && (tokens[word + 1] as Token).start === (tokens[word] as Token).end)
    word += 1;
  let top = word;
  for (let steps = 0; steps < tokens.length; steps += 1) {
    const head = (tokens[top] as Token).head;
    if (head <= word) break;
    top = head;
  }
  // the phrase starts inside the piece (it may be the clause the cue governs: "said [the players
  // were hand]-picked")
  if (tree.subtreeStart(top) < first) return piece;
  const sentence = segments.sentences.find((span) => span.start <= piece.start && piece.start < span.end);
  if (sentence === undefined) return piece;
  const last = lastWord(tokens, Math.max(tree.subtreeEnd(top), word), end - 1);
  if (last < end - 1 || (tokens[last] as Token).end > sentence.end) return piece;
  if (unbalancedQuotes(text, tokens, first, last)) return piece;
  const finish = (tokens[last] as Token).end;
  return finish > piece.end ? { start: piece.start, end: finish } : piece;
}

/** The piece fitted to the cue verb's complement; null when it is only the cue's adjuncts. */
function fitPiece(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  verb: number,
  cue: Span,
  piece: Span,
  cues: ReadonlySet<number>,
): Span | null {
  const tokens = segments.tokens;
  const [first, end] = tokenRange(tokens, piece);
  if (end <= first) return piece;
  let complementEnd = -1;
  let complementStart = end;
  let last = -1;
  let adjunctsOnly = true;
  for (let at = first; at < end; at += 1) {
    const token = tokens[at] as Token;
    if (isComplement(tree, at, verb, cue)) {
      complementStart = Math.min(complementStart, tree.subtreeStart(at));
      if (tree.subtreeEnd(at) > complementEnd) {
        complementEnd = tree.subtreeEnd(at);
        last = at;
      }
    }
    const outside = token.head < first || token.head >= end;
    if (outside && (token.head !== verb || !ADJUNCTS.some((relation) => relationIs(token.dep, relation))))
      adjunctsOnly = false;
  }
  if (last < 0) return adjunctsOnly ? null : piece;
  const complement = last;
  // an object, not a clause: "attacked [the proposal]", "called for [more investment]"
  const nominal = ['obj', 'iobj', 'obl'].some((relation) =>
    relationIs((tokens[complement] as Token).dep, relation),
  );
  let stop = -1;
  if (complementEnd + 1 < end) {
    const cut = narrationAfter(text, tree, complementEnd + 1, end, verb, nominal, cues);
    if (cut >= 0) stop = cut;
  }
  // the circumstances end the object, or come right before those hung on the verb
  const objectEnd = lastWord(tokens, (stop < 0 ? end : stop) - 1, first);
  if (nominal && tree.subtreeEnd(complement) >= objectEnd) {
    const inside = circumstanceInObject(text, tree, complement);
    if (inside > first && (stop < 0 || inside < stop)) stop = inside;
  }
  // only before a clause that opens with its "that" (", only too well, storms …" is the parser's guess)
  let start =
    complementStart < end &&
    CLAUSE_MARK.test(wordOf(text, tokens[complementStart] as Token)) &&
    adjunctsBefore(tree, first, complementStart, verb)
      ? complementStart
      : first;
  if (start === first && !nominal) {
    const clause = clauseAfterAddressee(text, tree, first, end, verb, complement);
    if (clause > first) start = clause;
  }
  if (!nominal) {
    const after = leadingTimeOfReport(text, tree, start, complement);
    if (after > start && after < end) start = after;
  }
  const kept = stop < 0 ? end - 1 : lastWord(tokens, stop - 1, start);
  if (kept < 0 || unbalancedQuotes(text, tokens, start, kept)) return piece;
  const from = start === first ? piece.start : (tokens[start] as Token).start;
  const finish = stop < 0 ? piece.end : Math.min(piece.end, (tokens[kept] as Token).end);
  return from === piece.start && finish === piece.end ? piece : { start: from, end: finish };
}

/** Pronouns that stand for things, not for somebody addressed. */
const THING_PRONOUNS = /^(?:it|this|that|these|those|what|which|something|anything|nothing|everything)$/iu;

/**
 * Whether an object names somebody who can be told something: a personal pronoun, a name, or a noun
 * whose first WordNet sense is a person or a group ("him", "Ms Ortiz", "the family", "passengers").
 */
function personAddressed(text: string, token: Token): boolean {
  if (token.pos === 'PRON') return !THING_PRONOUNS.test(wordOf(text, token));
  if (token.pos === 'PROPN') return true;
  if (token.pos !== 'NOUN') return false;
  const file = firstNounFile(token.lemma || wordOf(text, token));
  return file === NOUN_PERSON || file === NOUN_GROUP;
}

/**
 * The start of the reported clause after the cue's addressee: "told [the forum] he was against the
 * war", "warned [the finance committee] that the fund would run dry". Read on the parse: the cue is
 * a verb whose first object is the person addressed (`ADDRESSEE_VERBS`), the clause is its `ccomp`
 * that opens with its marker "that", "whether", "if" or has a subject of its own, and what stands
 * before it in the piece is an object of the cue verb and the verb's own adjuncts. Not an
 * infinitive: in "urged Congress to act" Congress is who is to act, part of what was urged. The
 * clause's first token, or -1.
 */
function clauseAfterAddressee(
  text: string,
  tree: DependencyTree,
  first: number,
  end: number,
  verb: number,
  clause: number,
): number {
  const tokens = tree.tokens;
  const token = tokens[clause] as Token;
  if (token.head !== verb || !relationIs(token.dep, 'ccomp')) return -1;
  const listed = ADDRESSEE_VERBS.has(wordOf(text, tokens[verb] as Token).toLowerCase());
  if (
    !listed &&
    !reportingVerb((tokens[verb] as Token).lemma || wordOf(text, tokens[verb] as Token)).communication
  )
    return -1;
  const start = tree.subtreeStart(clause);
  if (start <= first || start >= end) return -1;
  // "that" as the clause's marker, not a relative pronoun ("cited problems [that] he blamed on …")
  const opening = tokens[start] as Token;
  const marked =
    CLAUSE_MARK.test(wordOf(text, opening)) && relationIs(opening.dep, 'mark') && opening.head === clause;
  const subject = tree.dependent(clause, 'nsubj') >= 0 || tree.dependent(clause, 'nsubj:pass') >= 0;
  if (!marked && !subject) return -1;
  let addressee = false;
  for (let at = first; at < start; at += 1) {
    const before = tokens[at] as Token;
    if (before.head >= first && before.head < start) continue;
    if (before.head !== verb) return -1;
    if (relationIs(before.dep, 'obj') || relationIs(before.dep, 'iobj')) {
      // (another verb of communication addresses a person or a group: "informed [the family] that …",
      // "notified [passengers] the flight was off"; not a thing: "explained the rule that …")
      if (!listed && !personAddressed(text, before)) return -1;
      addressee = true;
    } else if (!ADJUNCTS.some((relation) => relationIs(before.dep, relation))) return -1;
  }
  return addressee ? start : -1;
}

/** A demonstrative that announces the words after a colon: "said this: …", "wrote these words: …". */
const ANNOUNCING = /^(?:this|these)$/iu;

/**
 * "She said this: the plan is dead", "He e-mailed this: the vote is off": a piece that is only the
 * cue verb's demonstrative object, right before a colon, stands for the clause after the colon that
 * the parse hangs on the same verb (`ccomp` or `parataxis`); that clause, to its last word, is the
 * content. Otherwise the piece itself.
 */
function clauseAfterDemonstrative(text: string, tree: DependencyTree, verb: number, piece: Span): Span {
  const tokens = tree.tokens;
  const [first, end] = tokenRange(tokens, piece);
  if (end !== first + 1) return piece;
  const object = tokens[first] as Token;
  if (object.head !== verb || !relationIs(object.dep, 'obj') || !ANNOUNCING.test(wordOf(text, object)))
    return piece;
  const colon = tokens[first + 1];
  if (colon === undefined || wordOf(text, colon) !== ':') return piece;
  for (const clause of tree.dependents(verb, ['ccomp', 'parataxis'])) {
    const start = tree.subtreeStart(clause);
    if (start !== first + 2 && !(start === first + 1 && clause > first + 1)) continue;
    const last = lastWord(tokens, tree.subtreeEnd(clause), first + 2);
    if (last < first + 2) continue;
    return { start: (tokens[first + 2] as Token).start, end: (tokens[last] as Token).end };
  }
  return piece;
}

/** Relations of a bare noun phrase of time: "[Tuesday night] two men were held". */
const BARE_TIME = /^(?:obl:unmarked|obl:tmod|nmod:tmod|nmod:unmarked)$/u;

/**
 * A time that opens a reported clause with no "that", before the clause's subject: "said
 * [yesterday] the road would close", "said [Tuesday night] two men were held". The parser hangs it on
 * the reported verb, but in that place it says when the report was made (the day of the event
 * itself follows the subject: "said the road would close on Friday"). Read on the parse: the phrase
 * at `first` hangs on the clause's verb as a bare noun phrase or an adverb whose head's first WordNet
 * noun sense is a time ("Tuesday night", "yesterday", "today") or a time after a preposition
 * (`cueCircumstance`), and the clause's own subject follows it. The token index where the clause starts after it, or -1.
 */
function leadingTimeOfReport(text: string, tree: DependencyTree, first: number, clause: number): number {
  const tokens = tree.tokens;
  const subjects = tree.dependents(clause, ['nsubj', 'nsubj:pass', 'expl']);
  const subject = subjects[0];
  if (subject === undefined || subjects.some((at) => at < first)) return -1;
  let top = first;
  for (let steps = 0; top >= 0 && (tokens[top] as Token).head !== clause && steps < tokens.length; steps += 1)
    top = (tokens[top] as Token).head;
  if (top < 0 || (tokens[top] as Token).head !== clause || tree.subtreeStart(top) !== first) return -1;
  const token = tokens[top] as Token;
  // a word of time, not any noun the parser took for one ("said [Lord Vale's admission] … suggested")
  const time =
    ((BARE_TIME.test(token.dep) || relationIs(token.dep, 'advmod')) &&
      firstNounFile(wordOf(text, token)) === NOUN_TIME) ||
    (relationIs(token.dep, 'obl') && cueCircumstance(text, tree, top, true));
  if (!time) return -1;
  let next = tree.subtreeEnd(top) + 1;
  while (next < tokens.length && (tokens[next] as Token).pos === 'PUNCT') next += 1;
  return next <= tree.subtreeStart(subject) ? next : -1;
}

/**
 * Whether the tokens first..before (exclusive) are the cue verb's own adjuncts ahead of its
 * complement: "said [on Tuesday at a meeting in Oslo] that …", "remembers [only too well] …".
 */
function adjunctsBefore(tree: DependencyTree, first: number, before: number, verb: number): boolean {
  if (before <= first || before >= tree.tokens.length) return false;
  for (let at = first; at < before; at += 1) {
    const token = tree.tokens[at] as Token;
    if (token.head >= first && token.head < before) continue;
    if (token.head !== verb || !ADJUNCTS.some((relation) => relationIs(token.dep, relation))) return false;
  }
  return true;
}

/** Relations of a cue verb's dependents that a quoted phrase inside the content may leave unfinished. */
const UNFINISHED = [...COMPLEMENTS, 'advcl', 'obl'];

/**
 * A piece that stops on the closing mark of a quoted phrase inside the reported clause (the span
 * finder often ends there): "claimed that the “forces of correctness” [and “social engineering”
 * were hurting the army]", "called on the council to “act now” [and consider a ban]". It runs on to
 * the end of the phrase it left unfinished, read on the parse: a complement of the cue verb (or its
 * clause or phrase after "to", "on") whose subtree starts inside the piece and goes on past the
 * mark. The run stays inside the cue's sentence, keeps quotation marks balanced and takes in no
 * other cue; a piece that opens with a mark is a quotation, left to the quotation rules.
 */
function runOnPastQuotedPhrase(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  verb: number,
  piece: Span,
  cueSpans: readonly Span[],
): Span {
  const tokens = segments.tokens;
  const [first, end] = tokenRange(tokens, piece);
  const last = end - 1;
  if (last <= first || !QUOTE_MARK.test(wordOf(text, tokens[last] as Token))) return piece;
  if (unbalancedQuotes(text, tokens, first, last) || last + 1 >= tokens.length) return piece;
  const sentence = segments.sentences.find((span) => span.start <= piece.start && piece.start < span.end);
  if (sentence === undefined || (tokens[last + 1] as Token).start >= sentence.end) return piece;
  // the phrase goes on with a conjunct, an apposition or a participle ("” and “…”", "”, an “…”",
  // "”, making …"), not with a circumstance or an aside ("” during a campaign stop", "” — a metaphor")
  let next = last + 1;
  while (next < tokens.length && /^(?:,|["“”«»„])$/u.test(wordOf(text, tokens[next] as Token))) next += 1;
  const nextToken = tokens[next];
  if (nextToken === undefined || /^(?:ADP|SCONJ|PUNCT)$/u.test(nextToken.pos)) return piece;
  let reach = -1;
  for (const at of tree.dependents(verb, UNFINISHED)) {
    const start = tree.subtreeStart(at);
    if (start < first || start >= last || tree.subtreeEnd(at) <= last) continue;
    // a clause whose verb comes after the mark only when the piece opens with its "that": in "assumed
    // the “dumb name”, Stan Lee, now adopted" the parser's clause is no clause the cue governs
    if (at > last) {
      const opening = tokens[start] as Token;
      if (!CLAUSE_MARK.test(wordOf(text, opening)) || !relationIs(opening.dep, 'mark') || opening.head !== at)
        continue;
    }
    reach = Math.max(reach, tree.subtreeEnd(at));
  }
  if (reach < 0) return piece;
  let finish = lastWord(tokens, reach, last + 1);
  if (finish <= last) return piece;
  // a quotation that closes after the sentence's point: "… and “sick.”"
  if (unbalancedQuotes(text, tokens, first, finish)) {
    let mark = finish + 1;
    while (
      mark < tokens.length &&
      mark <= finish + 2 &&
      /^[.!?,]$/u.test(wordOf(text, tokens[mark] as Token))
    )
      mark += 1;
    if (mark >= tokens.length || !QUOTE_MARK.test(wordOf(text, tokens[mark] as Token))) return piece;
    finish = mark;
  }
  if ((tokens[finish] as Token).end > sentence.end) return piece;
  // a clause of its own inside the run ("…, the victims “do need …”") is no part of the phrase
  for (let at = last + 1; at <= finish; at += 1)
    if (
      relationIs((tokens[at] as Token).dep, 'parataxis') &&
      tree.dependents(at, ['nsubj', 'nsubj:pass']).length > 0
    )
      return piece;
  const from = (tokens[last + 1] as Token).start;
  const to = (tokens[finish] as Token).end;
  if (cueSpans.some((span) => span.start < to && from < span.end)) return piece;
  return { start: piece.start, end: to };
}

/** Coordinators that go on with the reported clause: "said the bridge was late [but would open in May]". */
const GOES_ON = /^(?:and|but|yet)$/iu;

/**
 * A reported clause whose piece stops before a conjunct of it: "argued that the fund was growing[,
 * and would soon cover the deficit]", "said the rules were not binding [but could be changed]". The
 * piece runs on over the conjunct, read on the parse: right after the piece come (a comma and) a
 * coordinator "and", "but" or "yet", and the conjunct it marks, which the parser hangs on the cue
 * verb or inside the clause the cue governs, has no subject of its own (its subject is the reported
 * clause's) and is no other candidate's cue. Its verb group must not agree with the cue's subject
 * ("the coach insisted his remarks were kind [and were not meant to hurt]"), or else must not have
 * the cue's form (the source's next act does: "said the pier was unsafe [and closed it]") and must
 * share the clause's or be one the narrator's past cannot be (a modal group, an infinitive: "was late
 * [but would open]"). The run stays inside the cue's sentence, keeps quotation marks balanced and
 * takes in no other cue.
 */
function runOnOverConjuncts(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  verb: number,
  piece: Span,
  cues: ReadonlySet<number>,
  cueSpans: readonly Span[],
): Span {
  const tokens = segments.tokens;
  const [first, end] = tokenRange(tokens, piece);
  if (end <= first) return piece;
  let complement = -1;
  for (let at = first; at < end; at += 1) {
    const token = tokens[at] as Token;
    if (
      token.head === verb &&
      ['ccomp', 'xcomp', 'parataxis'].some((relation) => relationIs(token.dep, relation))
    )
      complement = at;
  }
  if (complement < 0) return piece;
  const sentence = segments.sentences.find((span) => span.start <= piece.start && piece.start < span.end);
  if (sentence === undefined) return piece;
  let last = end - 1;
  const reaches = (finish: number): boolean => {
    if (finish < 0 || (tokens[finish] as Token).end > sentence.end) return false;
    if (unbalancedQuotes(text, tokens, first, finish)) return false;
    const from = (tokens[last + 1] as Token).start;
    const to = (tokens[finish] as Token).end;
    return !cueSpans.some((span) => span.start < to && from < span.end);
  };
  // the clause and the conjuncts already taken in: a conjunct of either goes on with them
  const roots = [complement];
  for (let round = 0; round < 3; round += 1) {
    let next = last + 1;
    if (next < tokens.length && wordOf(text, tokens[next] as Token) === ',') next += 1;
    const coordinator = tokens[next];
    if (
      coordinator === undefined ||
      !relationIs(coordinator.dep, 'cc') ||
      !GOES_ON.test(wordOf(text, coordinator))
    )
      break;
    const conjunct = coordinator.head;
    const token = tokens[conjunct];
    if (token === undefined || conjunct <= next || !relationIs(token.dep, 'conj')) break;
    if (tree.subtreeStart(conjunct) < next - 1 || cues.has(conjunct)) break;
    // "said that the fund was growing[, and that it would cover the deficit]": a second clause that
    // opens with its own "that" after the coordinator is a second complement of the same cue
    const marker = tokens[next + 1];
    if (
      marker !== undefined &&
      CLAUSE_MARK.test(wordOf(text, marker)) &&
      relationIs(marker.dep, 'mark') &&
      marker.head === conjunct &&
      (token.head === verb || (token.head >= first && roots.some((root) => tree.dominates(root, token.head))))
    ) {
      const finish = lastWord(tokens, tree.subtreeEnd(conjunct), next);
      if (!reaches(finish)) break;
      last = finish;
      roots.push(conjunct);
      continue;
    }
    if (tree.dependents(conjunct, ['nsubj', 'nsubj:pass', 'csubj', 'expl']).length > 0) break;
    if (token.pos !== 'VERB' && token.pos !== 'AUX' && token.pos !== 'ADJ') break;
    const form = groupForm(text, tree, conjunct);
    if (
      token.head !== verb &&
      (token.head < first || !roots.some((root) => tree.dominates(root, token.head)))
    )
      break;
    if (!disagreesWithSubject(text, tree, conjunct, verb)) {
      if (form === groupForm(text, tree, verb)) break;
      // (a bare verb only with its "to": "have" alone may be a present plural)
      const infinitive = tree
        .dependents(conjunct, ['mark'])
        .some((at) => /^to$/iu.test(wordOf(text, tokens[at] as Token)));
      if (form !== 'modal' && !(form === 'base' && infinitive) && form !== groupForm(text, tree, complement))
        break;
    }
    // the clause's own words the parser hung after the conjunct ("was late but would open [in May]")
    const reach = Math.max(tree.subtreeEnd(conjunct), ...roots.map((root) => tree.subtreeEnd(root)));
    const finish = lastWord(tokens, reach, next);
    if (finish < 0 || (tokens[finish] as Token).end > sentence.end) break;
    if (unbalancedQuotes(text, tokens, first, finish)) break;
    const from = (tokens[next] as Token).start;
    const to = (tokens[finish] as Token).end;
    if (cueSpans.some((span) => span.start < to && from < span.end)) break;
    last = finish;
    roots.push(conjunct);
  }
  if (last === end - 1) return piece;
  return { start: piece.start, end: (tokens[last] as Token).end };
}

/**
 * The spans a content piece may not run on over: the cues of the other candidates (`cued`: those
 * with a cue), then the candidate's other pieces, in that order.
 */
export function othersThan(
  cued: readonly AttributionCandidate[],
  found: AttributionCandidate,
  pieces: readonly Span[],
  piece: Span,
): Span[] {
  const spans: Span[] = [];
  for (const other of cued) if (other !== found) spans.push(other.cue!);
  for (const span of pieces) if (span !== piece) spans.push(span);
  return spans;
}

/**
 * Whether the cue's head is a verb, or a past participle the tagger read as an adjective that has a
 * subject and a clause of its own ("Police [informed] the family that …", adjective-reports.ts).
 */
function verbalCue(tree: DependencyTree, verb: number): boolean {
  const token = tree.tokens[verb] as Token;
  if (token.pos === 'VERB') return true;
  return (
    token.pos === 'ADJ' &&
    tree.dependent(verb, 'cop') < 0 &&
    tree.dependent(verb, 'nsubj') >= 0 &&
    tree.dependent(verb, 'ccomp') > verb
  );
}

export function fitContentToComplement(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  const tree = new DependencyTree(tokens);
  // the head token of every candidate's cue: a clause coordinated with the cue's that holds one is a
  // second report
  const cues = new Set<number>();
  for (const other of candidates) if (other.cue !== null) cues.add(cueHead(tokens, other.cue));
  // the candidates with a cue, listed once: each candidate's "others" below are these but itself
  // (a flatMap over every candidate for each one was a tenth of this step's time)
  const cued = candidates.filter((other) => other.cue !== null);
  return candidates.map((found) => {
    const cue = found.cue;
    if (cue === null || found.content.length === 0) return found;
    // a piece after the cue that breaks off inside a word or phrase first runs on to its end,
    // whatever the cue
    const mended = found.content.map((piece) =>
      piece.start < cue.end || OPENING.test(text.slice(piece.start, piece.end))
        ? piece
        : mendBrokenEnd(text, segments, tree, piece),
    );
    const candidate = mended.every((piece, nth) => piece === found.content[nth])
      ? found
      : { ...found, content: mended };
    const verb = cueHead(tokens, cue);
    if (verb < 0 || !verbalCue(tree, verb)) return candidate;
    let changed = false;
    const content: Span[] = [];
    // the other candidates' cues (and the candidate's other pieces) a piece may not run on over
    for (const listed of candidate.content) {
      // "She said this: the plan is dead": the clause the demonstrative points to after the colon
      const original = clauseAfterDemonstrative(text, tree, verb, listed);
      if (original !== listed) changed = true;
      let piece = original;
      if (original.start >= cue.end && !OPENING.test(text.slice(original.start, original.end))) {
        const blocking = othersThan(cued, found, candidate.content, original);
        piece = runOnOverConjuncts(
          text,
          segments,
          tree,
          verb,
          runOnPastQuotedPhrase(text, segments, tree, verb, original, blocking),
          cues,
          blocking,
        );
      }
      if (piece !== original) changed = true;
      if (piece.start < cue.end || OPENING.test(text.slice(piece.start, piece.end))) {
        content.push(piece);
        continue;
      }
      const fitted = fitPiece(text, segments, tree, verb, cue, piece, cues);
      if (fitted !== piece) changed = true;
      if (fitted !== null) content.push(fitted);
    }
    if (!changed) return candidate;
    // a piece of the cue's adjuncts goes only when a quotation stays ("“…,” she said [on Tuesday in Lyon]")
    if (
      content.length < candidate.content.length &&
      !content.some((piece) => OPENING.test(text.slice(piece.start, piece.end)))
    ) {
      const fitted = candidate.content.map((piece) =>
        piece.start < cue.end || OPENING.test(text.slice(piece.start, piece.end))
          ? piece
          : (fitPiece(text, segments, tree, verb, cue, piece, cues) ?? piece),
      );
      return { ...candidate, content: fitted };
    }
    return { ...candidate, content };
  });
}
