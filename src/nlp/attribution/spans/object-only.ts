import type { Segments, Span, Token } from '../../../model/index.js';
import { relationIs, type DependencyTree } from '../../grammar/index.js';
import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_GROUP,
  NOUN_PERSON,
  synsetsOf,
  VERB_COGNITION,
  VERB_COMMUNICATION,
} from '../../events/wordnet.js';

/**
 * A verb of seeing or finding with only a thing or a person as its object reports nothing (issue
 * 10): "the tiring third seed showed [incredible reserves of strength] to force the break", "the
 * winger's corner found [the striker], whose volley soared …", "a treaty which obliges [countries]
 * to accept …". A verb whose first WordNet sense is neither communication nor cognition ("show",
 * "find", "reveal", "allow", "oblige": perception, possession, social first) reports only through
 * a clause: "the survey found [that most firms had cut jobs]", "the test revealed [the car was
 * overloaded]". With a subject that cannot speak (no personal pronoun, name, person or group: "the
 * corner", "the seed", "which"), a noun or a name as its direct object and no clausal complement
 * of its own, what follows the object (a relative clause, an infinitive of purpose, an adverbial
 * the parser filled with auxiliaries) is no proposition. A clausal complement that opens with a
 * relative word after the object ("found Adriano, [whose volley soared …]") is a relative clause
 * the parser misplaced; a finite verb after the object outside relative and adverbial clauses
 * ("found [Easter 2003 was the worst]") is a complement the parser broke up, and keeps the report.
 * Whatever the subject, "it" with an adjective after it ("found it cheaper to sack a worker",
 * "finds it hard to sleep") says how hard or dear a deed was, no proposition either. Verbs whose
 * first sense reports or thinks ("said", "announced", "confirmed the sale") are left to the other
 * rules.
 */

/** The relative words that open a relative clause the parser may hang on the verb. */
const RELATIVE_OPENERS = /^(?:who|whom|whose|which)$/iu;

function firstSenseFile(word: string): number | null {
  const lemma = baseFormOf(word.toLowerCase(), 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  return first === undefined ? null : lexicographerFileOf(first, 'verb');
}

/** Whether the verb's first WordNet sense is neither communication nor cognition ("show", "find"). */
export function nonReportingFirstSense(word: string): boolean {
  const file = firstSenseFile(word);
  return file !== null && file !== VERB_COMMUNICATION && file !== VERB_COGNITION;
}

function inside(segments: Segments, position: number, content: readonly Span[]): boolean {
  const token = segments.tokens[position];
  return token !== undefined && content.some((span) => token.start >= span.start && token.end <= span.end);
}

/** Whether the clausal dependent `clause` of the verb is a relative clause the parser misplaced. */
function misplacedRelative(text: string, segments: Segments, tree: DependencyTree, clause: number): boolean {
  let first = tree.subtreeStart(clause);
  while (first < clause && segments.tokens[first]!.pos === 'PUNCT') first += 1;
  const opener = segments.tokens[first] as Token;
  return RELATIVE_OPENERS.test(text.slice(opener.start, opener.end));
}

/**
 * Whether the cue verb `verb` has a noun or a name as its direct object, inside the content, and no
 * clausal complement, where its first WordNet sense neither reports nor thinks.
 */
export function thingObjectOnly(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  content: readonly Span[],
  verb: number,
): boolean {
  const token = segments.tokens[verb] as Token;
  if (token.pos !== 'VERB') return false;
  if (!nonReportingFirstSense(token.lemma || text.slice(token.start, token.end))) return false;
  // "some firms found [it cheaper to sack a worker]", "finds [it hard to sleep]": "it" and an
  // adjective after it say how easy or dear a deed was to the subject, no proposition of anybody's
  const placeholder = [tree.dependent(verb, 'obj'), tree.dependent(verb, 'expl')].find((at) => at > verb);
  const adjective = tree.dependents(verb, ['xcomp']).find((at) => segments.tokens[at]?.pos === 'ADJ');
  if (
    placeholder !== undefined &&
    adjective !== undefined &&
    adjective > placeholder &&
    /^it$/iu.test(text.slice(segments.tokens[placeholder]!.start, segments.tokens[placeholder]!.end)) &&
    inside(segments, placeholder, content) &&
    // (not "found it likely [that prices would rise]": a clause with its own subject is a finding)
    tree.dependents(adjective, ['ccomp']).every((clause) => tree.dependent(clause, 'nsubj') < 0)
  )
    return true;
  // (a person or a body may see, find or show a thing as a view of theirs: "critics see [the law as
  // a chance to …]", "Mr Smith attacked [his rival in tweets]": left to the other rules)
  if (voicedSubject(text, segments, tree, verb)) return false;
  const object = tree.dependent(verb, 'obj');
  const noun = segments.tokens[object];
  if (object < verb || noun === undefined || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return false;
  if (!inside(segments, object, content)) return false;
  // "found [that …]", "showed [the firm had lied]": a clause of the verb's own
  for (const clause of tree.dependents(verb, ['ccomp', 'csubj', 'parataxis']))
    if (clause > verb && !misplacedRelative(text, segments, tree, clause)) return false;
  // "found [90% of PCs infested]": the object with a participle or a predicate on it is a small
  // clause, left to the other rules (a relative clause, a gerund or an infinitive on it is not)
  for (const child of tree.dependents(object, ['acl', 'xcomp'])) {
    const predicate = segments.tokens[child] as Token;
    if (child < object || predicate.dep === 'acl:relcl') continue;
    if (/ing$/iu.test(text.slice(predicate.start, predicate.end))) continue;
    const opener = segments.tokens[tree.subtreeStart(child)] as Token;
    if (!/^to$/iu.test(text.slice(opener.start, opener.end))) return false;
  }
  // "found [Christmas 2004 was the worst]", "maintain [the US is happy]", "found [the flag topped
  // the list]": a finite verb after the object, outside a relative or an adverbial clause, is the
  // predicate of a clause the parser broke up
  const end = content.reduce((last, span) => Math.max(last, span.end), 0);
  for (let position = object + 1; position < segments.tokens.length; position += 1) {
    const word = segments.tokens[position] as Token;
    if (word.start >= end) break;
    if (finiteForm(text, word) && !subordinated(text, segments, tree, position, verb)) return false;
  }
  return true;
}

/** Personal pronouns and "who": a person or a body. */
const PERSONAL = /^(?:i|you|he|she|we|they|who|others|everyone|everybody|someone|somebody)$/iu;

/**
 * Whether the verb's subject can speak: a personal pronoun, a name, or a noun one of whose two most
 * frequent WordNet senses is a person or a group ("critics", "firms"); not "the corner", "the
 * poster", "which".
 */
function voicedSubject(text: string, segments: Segments, tree: DependencyTree, verb: number): boolean {
  const token = segments.tokens[tree.dependent(verb, 'nsubj')];
  if (token === undefined) return false;
  const word = text.slice(token.start, token.end).toLowerCase();
  if (token.pos === 'PRON' || PERSONAL.test(word)) return PERSONAL.test(word);
  if (token.pos === 'PROPN') return true;
  const noun = synsetsOf(token.lemma.toLowerCase(), 'noun').length > 0 ? token.lemma.toLowerCase() : word;
  return synsetsOf(noun, 'noun')
    .slice(0, 2)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_PERSON || file === NOUN_GROUP;
    });
}

/** Finite auxiliaries ("is", "had", "will") and past or present forms of a verb ("topped", "says"). */
const FINITE_AUXILIARY =
  /^(?:is|are|was|were|am|has|have|had|will|would|can|could|may|might|shall|should|must|do|does|did|'s|’s|'re|’re|'ll|’ll|'d|’d)$/iu;

function finiteForm(text: string, token: Token): boolean {
  const form = text.slice(token.start, token.end);
  if (token.pos === 'AUX') return FINITE_AUXILIARY.test(form);
  if (token.pos !== 'VERB' || /ing$/iu.test(form)) return false;
  return form.toLowerCase() !== token.lemma.toLowerCase() && /(?:ed|s)$/iu.test(form);
}

/**
 * Whether the token lies, below the cue verb, in a relative clause ("the striker, who has scored"),
 * in a second predicate of the verb's subject ("… and was integral"),
 * in a clause opened by a relative word, or in a clause with a subordinator other than a
 * complementiser ("despite being outplayed", "to force the break").
 */
function subordinated(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  position: number,
  verb: number,
): boolean {
  for (let at = position, steps = 0; at >= 0 && at !== verb && steps < segments.tokens.length; steps += 1) {
    const token = segments.tokens[at] as Token;
    if (token.dep === 'acl:relcl' || misplacedRelative(text, segments, tree, at)) return true;
    // "he ruled the rucks for a decade [and was integral …]": the verb's own second predicate
    if (token.head === verb && relationIs(token.dep, 'conj')) return true;
    const marker = segments.tokens[tree.dependent(at, 'mark')];
    if (marker !== undefined && !COMPLEMENTISERS.test(text.slice(marker.start, marker.end))) return true;
    at = token.head;
  }
  return false;
}

const COMPLEMENTISERS = /^(?:that|whether|if)$/iu;
