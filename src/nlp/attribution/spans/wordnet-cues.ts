import type { Segments, Span, Token } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import { DependencyTree, isPassive, relationIs, speechContent, speechSource } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import {
  addReports,
  ALL_PARTS,
  CONTENT,
  CUE,
  SOURCE,
  type Proposal,
  type ReportPass,
} from './add-reports.js';
import { classOf, isKindOfClassVerb } from '../../claims/predicate-classes.js';
import { personNoun, roleNoun } from '../../lexicon/index.js';
import {
  conveyingVerb,
  firstSenseReports,
  intransitiveVerb,
  messageNoun,
  reportingVerb,
  speechActNoun,
} from './reporting-predicate.js';

/**
 * Cues the learned tagger missed, found from WordNet and the parse: a verb whose frequent senses
 * include verb.communication and that takes a that-clause (frame 26, "Somebody ----s that
 * CLAUSE"), not an infinitive under another verb ("declined to reveal …") nor negated, with a subject (or a `by` agent) and a clausal complement of its own. "The senator
 * conceded the bill had stalled", "Aides cautioned that talks were fragile": cue = the verb, source
 * = the subject's phrase, content = the complement clause. PolNeAR's annotators marked such
 * phrasings in dev that never occur in train ("has championed an agenda of" does not qualify: no
 * clause). A verb already inside a found cue, source or content adds nothing.
 *
 * Nouns too: a noun that names a speech act by WordNet's derivational links (`speechActNoun`:
 * "admission" ← admit, "warning" ← warn, "speculation" ← speculate) followed by a that-clause with a
 * subject of its own: "In an admission that the survey had been flawed, …", "allegations that the
 * clerk took bribes". Cue = the noun, source = its possessor ("the minister's warning that …") or
 * none, content = the clause. Not a relative clause ("the report [that he wrote]": "that" is a
 * pronoun there, or the clause's verb needs an object it lacks, by WordNet's frames), nor a clause
 * the parse makes a verb's complement ("we know from his statements [that …]"), nor a negated noun
 * ("no indication that …").
 */

function span(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** A subject that is a person: a name, a personal pronoun, a noun for a person ("the senator"). */
function isPerson(text: string, token: Token): boolean {
  const word = text.slice(token.start, token.end).toLowerCase();
  if (token.pos === 'PROPN') return true;
  if (token.pos === 'PRON') return /^(?:he|she|they|i|we|you|who)$/u.test(word);
  return personNoun(word) !== undefined || roleNoun(word) !== undefined;
}

/** What a verb with "back" before a that-clause reports: a reply (`retortParticle`). */
const REPLY = reportingVerb('reply');

/**
 * "The senator hit back that the charges were false", "Mr Dale fired back that …": a verb with the
 * particle "back" right after it, before a clause, is a reply to what was said ("strike back", "fire
 * back", "push back"); the caller asks for a that-clause.
 */
export function retortParticle(text: string, tree: DependencyTree, verb: number): boolean {
  const particle = tree.tokens[verb + 1];
  if (particle === undefined || particle.head !== verb) return false;
  if (text.slice(particle.start, particle.end).toLowerCase() !== 'back') return false;
  return particle.pos === 'ADV' || particle.pos === 'ADP' || particle.pos === 'PART';
}

/** The clause opens with "that" ("hit back [that the charges were false]"). */
function thatClause(tree: DependencyTree, complement: number): boolean {
  const first = tree.subtreeStart(complement);
  const token = tree.tokens[first] as Token;
  return token.dep === 'mark' && token.lemma.toLowerCase() === 'that' && token.head === complement;
}

/**
 * The first token of the cue: auxiliaries and adverbs right before the verb belong to it, as
 * PolNeAR's annotators mark them ("has also contended", "apparently believed").
 */
function cueStart(tree: DependencyTree, verb: number): number {
  const tokens = tree.tokens;
  let first = verb;
  while (first > 0) {
    const before = tokens[first - 1] as Token;
    if (before.head !== verb || (before.dep !== 'aux' && before.dep !== 'advmod')) break;
    first -= 1;
  }
  return first;
}

function* wordNetCueProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  const tree = new DependencyTree(tokens);
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const token = tokens[verb] as Token;
    if (token.pos !== 'VERB') continue;
    const retort = retortParticle(text, tree, verb);
    const word = retort ? REPLY : reportingVerb(token.lemma || text.slice(token.start, token.end));
    // speech, not thought or perception ("ensure", "hear"): a frequent communication sense; or a
    // rarer sense that reports ("maintained the film would win") with a person as the subject
    const reports = word.clause && word.communication;
    if (!reports && word.rareClause !== true && !(word.clause && word.cognition)) continue;
    // "declined to reveal who …", "no one could predict what …": not a report
    if (isPassive(tree, verb) || token.dep.startsWith('xcomp') || tree.dependent(verb, 'neg') >= 0) continue;
    // ("hit back [that the survey was out of date]" with the clause parsed as an adverbial one)
    const complement = retort
      ? (tree.dependents(verb, ['ccomp', 'advcl']).find((child) => child > verb && thatClause(tree, child)) ??
        -1)
      : tree.dependent(verb, 'ccomp');
    if (complement < 0 || complement < verb) continue;
    if (!retort && speechContent(tree, verb) !== complement) continue;
    const subject = speechSource(tree, verb);
    if (subject < 0 || /^(?:one|nobody|noone|none)$/iu.test((tokens[subject] as Token).lemma)) continue;
    if (!reports && !isPerson(text, tokens[subject] as Token)) continue;
    // "hit back that …": only before a that-clause, and the particle is part of the cue
    if (retort && !thatClause(tree, complement)) continue;
    const cue = span(tokens, cueStart(tree, verb), retort ? verb + 1 : verb);
    const source = span(tokens, tree.subtreeStart(subject), tree.subtreeEnd(subject));
    if (source.end > cue.start) continue;
    let first = tree.subtreeStart(complement);
    // "that" opens the clause but is not what was said
    if ((tokens[first] as Token).dep === 'mark' && first < complement) first += 1;
    let last = tree.subtreeEnd(complement);
    while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
    if (last <= first) continue;
    yield { candidate: { kind: 'indirect', cue, source, content: [span(tokens, first, last)] } };
  }
  // reports with a noun phrase as content, where nothing else was found
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const found = objectReport(text, tree, verb);
    if (found !== null && found.cue !== null) yield { candidate: found };
  }
  for (let noun = 0; noun + 2 < tokens.length; noun += 1) {
    const found = nounReport(text, tree, noun);
    if (found !== null && found.cue !== null) yield { candidate: found };
  }
}

/**
 * A report is added when its cue overlaps no cue or source taken (the candidates' and those added)
 * and no content found so far.
 */
export const WORDNET_CUES: ReportPass = {
  propose: wordNetCueProposals,
  guards: [
    { held: CUE | SOURCE, checked: CUE, grows: CUE | SOURCE },
    { held: CONTENT, checked: CUE, grows: CONTENT },
  ],
};

export function addWordNetCues(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  const denied = withDeniedReports(text, new DependencyTree(tokens), candidates);
  return addReports(text, segments, denied, WORDNET_CUES);
}

/**
 * "A spokesman rebuffed reports that the group had planted the device", "the owner contested the
 * police claim that arsonists started the fire": a speech-act noun with its that-clause as the
 * object of a verb that is, by WordNet, a conflict verb or a kind of one ("rebuff" is a kind of
 * "reject") is a denial by the verb's subject: cue = the verb, source = its subject, content = the
 * noun with its clause (as for "rejected reports that …"). It replaces a candidate that took the
 * noun as its cue (a report with no source) and is added when none was found.
 */
function withDeniedReports(
  text: string,
  tree: DependencyTree,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = tree.tokens;
  let result = [...candidates];
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const found = deniedReport(text, tree, verb);
    if (found === null) continue;
    const [cue, noun] = [found.cue as Span, found.content[0] as Span];
    // already read with this verb as its cue ("rejected reports that …")
    if (result.some((candidate) => candidate.cue !== null && spansOverlap(candidate.cue, cue))) continue;
    const nounSpan = { start: noun.start, end: (tokens[tokenIndexAt(tokens, noun.start)] as Token).end };
    result = result.filter((candidate) => candidate.cue === null || !spansOverlap(candidate.cue, nounSpan));
    result.push(found);
  }
  return result;
}

function tokenIndexAt(tokens: readonly Token[], start: number): number {
  return tokens.findIndex((token) => token.start === start);
}

export function deniedReport(text: string, tree: DependencyTree, verb: number): AttributionCandidate | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB' && token.pos !== 'ADJ') return null;
  // the parse first, WordNet last: most verbs have no subject and speech-act object to look up
  if (isPassive(tree, verb) || tree.dependent(verb, 'neg') >= 0) return null;
  const subject = tree.dependent(verb, 'nsubj');
  // "The operator refuted reports that …" may be parsed with the verb as the noun's modifier
  const object =
    relationIs(token.dep, 'amod') && token.head === verb + 1 ? verb + 1 : tree.dependent(verb, 'obj');
  if (subject < 0 || subject > verb || object < verb) return null;
  const noun = tokens[object] as Token;
  if (noun.pos !== 'NOUN') return null;
  if (!isKindOfClassVerb('conflict', (token.lemma || text.slice(token.start, token.end)).toLowerCase()))
    return null;
  if (!speechActNoun((noun.lemma || text.slice(noun.start, noun.end)).toLowerCase())) return null;
  // the that-clause: the noun's own (acl, relcl) or the verb's complement right after the noun
  const after = tree.subtreeEnd(object) + 1;
  const clause =
    tree
      .dependents(object, ['acl', 'ccomp'])
      .find((child) => tree.subtreeStart(child) === object + 1 && child > object + 1) ??
    tree.dependents(verb, ['ccomp']).find((child) => tree.subtreeStart(child) === after);
  if (clause === undefined) return null;
  const opener = tokens[tree.subtreeStart(clause)] as Token;
  if (text.slice(opener.start, opener.end).toLowerCase() !== 'that') return null;
  // the clause without a participle the writer adds after a comma (", calling them a smear")
  let last = tree.subtreeEnd(clause);
  for (const child of tree.dependents(clause, ['advcl'])) {
    const start = tree.subtreeStart(child);
    const first = tokens[start] as Token;
    const before = tokens[start - 1] as Token;
    if (child < clause) continue;
    if (text.slice(first.start, first.end) === ',') last = Math.min(last, start - 1);
    else if (text.slice(before.start, before.end) === ',') last = Math.min(last, start - 2);
  }
  while (last > clause && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  const first = tree.subtreeStart(object);
  const contentFirst = (tokens[first] as Token).dep === 'det' ? object : first;
  return {
    kind: 'indirect',
    cue: span(tokens, cueStart(tree, verb), verb),
    source: span(tokens, tree.subtreeStart(subject), tree.subtreeEnd(subject)),
    content: [span(tokens, Math.min(contentFirst, object), last)],
  };
}

/** Subjects of a clause: what makes "that" open a complement, not a relative clause. */
const SUBJECTS = ['nsubj', 'nsubj:pass', 'expl', 'csubj'];

/** A speech-act noun before a that-clause of its own (see the file comment), or null. */
export function nounReport(text: string, tree: DependencyTree, noun: number): AttributionCandidate | null {
  const tokens = tree.tokens;
  const token = tokens[noun] as Token;
  const that = tokens[noun + 1] as Token;
  // a capitalised noun opening its sentence is often tagged a name ("Speculation that …")
  const before = tokens[noun - 1];
  const opening = token.pos === 'PROPN' && (before === undefined || before.pos === 'PUNCT');
  if (
    (token.pos !== 'NOUN' && !opening) ||
    that.pos !== 'SCONJ' ||
    text.slice(that.start, that.end).toLowerCase() !== 'that'
  )
    return null;
  const clause = that.head;
  if (clause <= noun + 1 || tree.subtreeStart(clause) !== noun + 1) return null;
  if (!tree.dependents(clause, SUBJECTS).some((subject) => subject > noun + 1)) return null;
  // "we know from his statements that …": the clause completes the verb before the noun
  const governor = tokens[(tokens[clause] as Token).head];
  if (relationIs((tokens[clause] as Token).dep, 'ccomp') && governor !== undefined && governor.pos === 'VERB')
    return null;
  // "the report that the clerk filed": an active verb that needs an object and has none is a
  // relative clause whatever the tagger made of "that"
  const verb = tokens[clause] as Token;
  if (
    verb.pos === 'VERB' &&
    !isPassive(tree, clause) &&
    tree.dependents(clause, ['obj', 'ccomp', 'xcomp']).length === 0 &&
    !intransitiveVerb(verb.lemma || text.slice(verb.start, verb.end))
  )
    return null;
  if (!speechActNoun((token.lemma || text.slice(token.start, token.end)).toLowerCase())) return null;
  // "there was no indication that …": nothing was said
  for (const determiner of tree.dependents(noun, ['det']))
    if ((tokens[determiner] as Token).lemma.toLowerCase() === 'no') return null;
  let last = tree.subtreeEnd(clause);
  while (last > noun + 2 && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  if (last <= noun + 2) return null;
  const possessor = tree.dependent(noun, 'nmod:poss');
  const source =
    possessor >= 0 && possessor < noun
      ? span(tokens, tree.subtreeStart(possessor), possessorEnd(tokens, tree, possessor))
      : null;
  return {
    kind: 'indirect',
    cue: span(tokens, noun, noun),
    source,
    content: [span(tokens, noun + 2, last)],
  };
}

/** The possessor's last token without its "'s". */
function possessorEnd(tokens: readonly Token[], tree: DependencyTree, possessor: number): number {
  let last = tree.subtreeEnd(possessor);
  while (last > possessor && (tokens[last] as Token).dep === 'case') last -= 1;
  return last;
}

/**
 * A report whose content is a noun phrase, as PolNeAR's annotators mark them ("has previously
 * addressed the plight of …", "also mentions policies …", "would have described Mr. Obama as …"): a verb whose
 * most frequent WordNet sense is in verb.communication or verb.cognition and which takes a
 * that-clause in such a sense (`firstSenseReports`: "mention", "describe", "declare", "consider"; not
 * "face", "pay", "represent", "require"), active, with a subject of its own before it and a direct
 * object after it, and no clause or infinitive of its own ("asked the panel to predict …" is the
 * learned tagger's), not negated ("isn't expecting anything") nor under a question word ("no
 * matter how demanding the trainer"). Cue = the
 * verb with the auxiliaries and adverbs before it, source = the subject's phrase, content = the
 * object's phrase. Decided on PolNeAR train's held-out tenth (models trained on the other nine):
 * a wider reading (either of the two most frequent senses) or a preposition in place of the object
 * ("talked about") added mostly cues PolNeAR does not mark. The predicate filter keeps such a
 * candidate only with a clause or an infinitive in its content, so the contract's attributions
 * rarely change.
 */
export function objectReport(text: string, tree: DependencyTree, verb: number): AttributionCandidate | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB') return null;
  if (!firstSenseReports(token.lemma || text.slice(token.start, token.end))) return null;
  if (isPassive(tree, verb) || relationIs(token.dep, 'xcomp') || tree.dependent(verb, 'neg') >= 0)
    return null;
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || subject > verb) return null;
  if (/^(?:one|nobody|noone|none)$/iu.test((tokens[subject] as Token).lemma)) return null;
  if (tree.dependents(verb, ['xcomp', 'ccomp']).length > 0) return null;
  for (const adverb of tree.dependents(verb, ['advmod'])) {
    const word = tokens[adverb] as Token;
    if (/^(?:how|why|when|where|however|not|never|n['’]t)$/iu.test(text.slice(word.start, word.end)))
      return null;
  }
  const object = tree.dependent(verb, 'obj');
  if (object < verb) return null;
  const source = span(tokens, tree.subtreeStart(subject), tree.subtreeEnd(subject));
  const cue = span(tokens, cueStart(tree, verb), verb);
  if (source.end > cue.start) return null;
  const first = Math.max(verb + 1, tree.subtreeStart(object));
  let last = tree.subtreeEnd(object);
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return { kind: 'indirect', cue, source, content: [span(tokens, first, last)] };
}

/**
 * A message given ("paid tribute to the coach", "offered its condolences", "sent congratulations"):
 * a verb that conveys or gives (`conveyingVerb`), active, not negated nor an infinitive under
 * another verb, with a subject before it and a message noun (`messageNoun`) as its object. Cue =
 * the verb with the auxiliaries and adverbs before it, source = the subject's phrase, content = the
 * object's phrase.
 */
export function messageReport(text: string, tree: DependencyTree, verb: number): AttributionCandidate | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB' || !conveyingVerb(token.lemma || text.slice(token.start, token.end))) return null;
  // "denied the request": refusing a message gives none
  if (classOf('conflict', token.lemma, 'verb') === 'pos') return null;
  if (isPassive(tree, verb) || relationIs(token.dep, 'xcomp') || tree.dependent(verb, 'neg') >= 0)
    return null;
  for (const adverb of tree.dependents(verb, ['advmod'])) {
    const word = tokens[adverb] as Token;
    if (/^(?:not|never|n['’]t)$/iu.test(text.slice(word.start, word.end))) return null;
  }
  const subject = tree.dependent(verb, 'nsubj');
  const object = tree.dependent(verb, 'obj');
  if (subject < 0 || subject > verb || object < verb) return null;
  const noun = tokens[object] as Token;
  if (noun.pos !== 'NOUN' || !messageNoun(text.slice(noun.start, noun.end))) return null;
  const source = span(tokens, tree.subtreeStart(subject), tree.subtreeEnd(subject));
  const cue = span(tokens, cueStart(tree, verb), verb);
  if (source.end > cue.start) return null;
  const first = Math.max(verb + 1, tree.subtreeStart(object));
  let last = tree.subtreeEnd(object);
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return { kind: 'indirect', cue, source, content: [span(tokens, first, last)] };
}

/**
 * The messages given (`messageReport`) that no candidate holds yet, added after the others (so
 * that the `continues` indices stay right). Run for the contract's attributions only, not in the
 * span finder measured on PolNeAR: its annotators mark few of them.
 */
export function addMessageReports(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, MESSAGE_REPORTS);
}

function* messageReportProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const found = messageReport(text, tree, verb);
    if (found !== null && found.cue !== null) yield { candidate: found };
  }
}

/** A cue inside a span some candidate holds (or a cue or content of a message added before) adds nothing. */
export const MESSAGE_REPORTS: ReportPass = {
  propose: messageReportProposals,
  guards: [{ held: ALL_PARTS, checked: CUE, grows: CUE | CONTENT }],
};
