import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import { baseFormOf, lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synsetsOf } from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';
import { findQuotations } from '../quotes/index.js';
import { keepCandidates } from './keep-candidates.js';
import { cueHead, isSentenceStart } from './predicate-filter.js';

/**
 * The writer's own voice is no attribution of a source: a report in the article's narration whose
 * source is the first or second person ("I think the sequel drags", "You see, the director …",
 * "Can you honestly say …", "We can only guess that …") gives the writer's opinion or addresses the
 * reader; the contract's sources are the people and bodies the text reports. Only indirect reports
 * (a quotation the writer gives as theirs still records words spoken) outside every quotation and
 * outside the content of another report: inside a quotation "I" is the quoted speaker, and the
 * quoted speaker telling of their own words ("“I warned them the roof would fail,” she said") is
 * part of the quotation, no second report (PolNeAR marks no cue inside a quotation). The gloss "which is to say, …" is the writer's
 * too, wherever it stands. So are the remarks read on the parse (`writerRemark`): a report with no
 * source that the writer bids or deems worth making ("It should be noted that …", "It is worth
 * pointing out that …", "Note that …"), a saying the writer judges ("It is fair to say that …"), and
 * a lesson drawn for the writer and the readers from something that cannot speak ("The episode
 * tells us that …").
 */

const WRITER = /^(?:i|we|you)$/u;
/** The quoted speaker themselves, alone or with others ("I", "we"). */
const FIRST_PERSON = /^(?:i|we)$/iu;
/** "Which is to say, …", "That is to say …": the writer's gloss on their own words, the idiom's "say". */
const GLOSS = /^(?:which|that|this)\s+(?:is|was)\s+to\s+$/iu;

function writerGloss(text: string, candidate: AttributionCandidate): boolean {
  const { cue, source } = candidate;
  return (
    cue !== null &&
    source !== null &&
    source.start < cue.start &&
    /^say$/iu.test(text.slice(cue.start, cue.end)) &&
    GLOSS.test(text.slice(source.start, cue.start))
  );
}

/** Modal auxiliaries of a bid or a judgement: "It should be noted", "It must be said", "It can be argued". */
const MODALS: ReadonlySet<string> = new Set([
  'should',
  'must',
  'can',
  'could',
  'may',
  'might',
  'would',
  'ought',
]);
/** The writer with the readers, or the writer alone, as the one told ("tells us", "reminds me"). */
const WRITER_ADDRESSED = /^(?:us|me)$/iu;

function lemmaOf(text: string, token: Token): string {
  return (token.lemma || text.slice(token.start, token.end)).toLowerCase();
}

/** A noun that is a person or a group by one of its two most frequent WordNet senses ("the council"). */
function personOrGroupNoun(text: string, token: Token): boolean {
  const word = text.slice(token.start, token.end).toLowerCase();
  const lemma = token.lemma.toLowerCase();
  const noun = synsetsOf(lemma, 'noun').length > 0 ? lemma : word;
  return synsetsOf(noun, 'noun')
    .slice(0, 2)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_PERSON || file === NOUN_GROUP;
    });
}

/**
 * The writer's remark, read on the parse of the cue's head:
 * - no source, and the cue is a passive under a modal with "it" or nothing for its subject ("It
 *   should be noted that …", "It can be argued that …"; "It was announced that …" passes on a report
 *   and stays), or the gerund "worth" takes ("It is worth pointing out that …", also when the parser
 *   made the gerund a noun that "worth" modifies);
 * - no source, and the cue is a verb's base form that opens its sentence with no subject, whatever
 *   the tagger made of it: the writer's imperative ("Note that …", read as a name);
 * - an infinitive with no subject of its own on the predicate of "it is" ("It is fair to say that
 *   …", "It is no exaggeration to say that …"); "It is unusual for the mayor to say that …" reports
 *   the mayor;
 * - "us" or "me" told, reminded or shown by a common noun that is no person or group ("The episode
 *   tells us that …", "Such figures remind us that …"); "The mayor told us …" and "The council
 *   reminded us …" report.
 */
export function writerRemark(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
): boolean {
  const { cue, source } = candidate;
  if (cue === null || candidate.kind !== 'indirect') return false;
  const head = cueHead(segments, cue);
  const token = segments.tokens[head];
  if (token === undefined) return false;
  const tokens = segments.tokens;
  if (judgedSaying(text, tree, tokens, head)) return true;
  if (source === null) {
    if (imperativeOpening(text, segments, tree, head)) return true;
    const governor = tokens[token.head];
    if (governor !== undefined && lemmaOf(text, governor) === 'worth') return true;
    if (tree.dependents(head, ['amod']).some((at) => lemmaOf(text, tokens[at] as Token) === 'worth'))
      return true;
    if (token.pos !== 'VERB' || tree.dependent(head, 'aux:pass') < 0) return false;
    const subject = tokens[tree.dependents(head, ['nsubj', 'expl'])[0] ?? -1];
    if (subject !== undefined && !/^it$/iu.test(text.slice(subject.start, subject.end))) return false;
    return tree.dependents(head, ['aux']).some((at) => MODALS.has(lemmaOf(text, tokens[at] as Token)));
  }
  if (token.pos !== 'VERB') return false;
  const told = tree.dependents(head, ['iobj', 'obj']).some((at) => {
    const object = tokens[at] as Token;
    return WRITER_ADDRESSED.test(text.slice(object.start, object.end));
  });
  if (!told) return false;
  const subject = tokens[tree.dependent(head, 'nsubj')];
  if (subject === undefined || subject.pos !== 'NOUN') return false;
  if (subject.start < source.start || subject.end > source.end) return false;
  // a capital only where the sentence opens ("Experience tells us …"; not a name the tagger missed)
  const at = tree.dependent(head, 'nsubj');
  if (!/^[a-z]/u.test(text.slice(subject.start, subject.end)) && !isSentenceStart(segments, at)) return false;
  return !personOrGroupNoun(text, subject);
}

/** "It is fair [to say] that …": an infinitive with no subject of its own on the predicate of "it is". */
function judgedSaying(text: string, tree: DependencyTree, tokens: readonly Token[], head: number): boolean {
  const token = tokens[head] as Token;
  if (token.pos !== 'VERB' || tree.dependent(head, 'nsubj') >= 0) return false;
  const marks = tree.dependents(head, ['mark']).map((at) => lemmaOf(text, tokens[at] as Token));
  if (!marks.includes('to') || marks.includes('for')) return false;
  const governor = token.head;
  if (governor < 0 || tree.dependent(governor, 'cop') < 0) return false;
  const subject = tokens[tree.dependents(governor, ['nsubj', 'expl'])[0] ?? -1];
  return subject !== undefined && /^it$/iu.test(text.slice(subject.start, subject.end));
}

/** "Note that …": a verb's base form opening its sentence with no subject or auxiliary, at the root. */
function imperativeOpening(text: string, segments: Segments, tree: DependencyTree, head: number): boolean {
  const token = segments.tokens[head] as Token;
  if (token.dep !== 'root') return false;
  const form = text.slice(token.start, token.end);
  const word = form.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(form) || baseFormOf(word, 'verb') !== word) return false;
  if (tree.dependents(head, ['nsubj', 'expl', 'aux', 'det']).length > 0) return false;
  return isSentenceStart(segments, head);
}

/** The readers or the writer among them: "some of you", "many of us", "those of you". */
const READERS_AMONG =
  /^(?:some|many|most|all|few|those|any|none|each|one|a\s+few|lots|a\s+lot)\s+of\s+(?:you|us)$/iu;

/**
 * The writer's generalisation, not a report: "people" with no determiner, modifier or qualifier for
 * a subject of a verb in the plain present with no auxiliary ("People think that the internet is
 * safe", "People assume …"); "People said …", "People here think …", "Many people will say …"
 * report somebody.
 */
function genericPeople(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
): boolean {
  const { cue, source } = candidate;
  if (cue === null || source === null || !/^people$/iu.test(text.slice(source.start, source.end)))
    return false;
  const head = cueHead(segments, cue);
  const token = segments.tokens[head];
  if (token === undefined || token.pos !== 'VERB') return false;
  const form = text.slice(token.start, token.end).toLowerCase();
  if (form !== (token.lemma || form).toLowerCase()) return false;
  if (tree.dependents(head, ['aux', 'aux:pass', 'mark']).length > 0) return false;
  const subject = segments.tokens[tree.dependent(head, 'nsubj')];
  if (subject === undefined || subject.start !== source.start) return false;
  return (
    tree.dependents(tree.dependent(head, 'nsubj'), [
      'det',
      'amod',
      'nmod',
      'acl',
      'acl:relcl',
      'advmod',
      'nummod',
    ]).length === 0
  );
}

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

export function dropWriterVoice(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  let tree: DependencyTree | null = null;
  const voiced = candidates.map((candidate) => {
    const { cue, source } = candidate;
    if (writerGloss(text, candidate)) return true;
    if (candidate.kind !== 'indirect' || cue === null) return false;
    if (source !== null && WRITER.test(text.slice(source.start, source.end).toLowerCase())) return true;
    if (source !== null && READERS_AMONG.test(text.slice(source.start, source.end))) return true;
    if (segments.tokens.length === 0) return false;
    tree ??= new DependencyTree(segments.tokens);
    return writerRemark(text, segments, tree, candidate) || genericPeople(text, segments, tree, candidate);
  });
  if (!voiced.includes(true)) return [...candidates];
  const quotations = findQuotations(text, segments);
  const kept = candidates.map((candidate, index) => {
    if (!voiced[index]) return true;
    const cue = candidate.cue as Span;
    const quotation = quotations.find((found) => inside(cue, found.outer));
    // "“We told them it was over,” she said": the quoted speaker telling of their own words inside
    // their quotation is part of what they said, no report of its own (PolNeAR marks no cue inside
    // a quotation); their own words quoted again stay ("I told him, ‘Stay’" is no indirect report)
    if (quotation !== undefined)
      return !(
        candidate.source !== null &&
        FIRST_PERSON.test(text.slice(candidate.source.start, candidate.source.end)) &&
        candidate.content.length > 0 &&
        candidate.content.every((piece) => inside(piece, quotation.inner))
      );
    return candidates.some((other, at) => at !== index && other.content.some((piece) => inside(cue, piece)));
  });
  return keepCandidates(candidates, kept);
}
