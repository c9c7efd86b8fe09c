import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, isPassive } from '../../grammar/index.js';
import { tokenAt } from '../../names/token-index.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, ALL_PARTS, type Proposal, type ReportPass } from './add-reports.js';
import { accusationVerb, accusesThings } from './reporting-predicate.js';
import { lexicographerFileOf, synsetsOf } from '../../events/wordnet.js';

/**
 * Accusations read from the parse: a verb that accuses by WordNet (`accusationVerb`: "accuse",
 * "blame") states a proposition through its arguments, not a clause. "The club accused the referee
 * of bias" says the referee was biased; "The mayor blamed the flooding on poor maintenance" says
 * maintenance caused it. The charge is a phrase opened by "of", "for" or "on" that hangs from the
 * verb, from its object or, in the passive, from its agent (the parser attaches it to any of them).
 *
 * In the passive the accuser is the `by` agent, never the subject: "Mr Lind was accused by two
 * former partners of hiding the losses" → cue "was accused", source "two former partners", content
 * "Mr Lind" and "of hiding the losses" (`repairPassiveAccusations`).
 */

const CHARGE_MARKERS = new Set(['of', 'for', 'on']);

function wordOf(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase();
}

/** The head of a charge phrase ("of" + bias) attached to one of `anchors`, or -1. */
export function chargePhrase(text: string, tree: DependencyTree, anchors: readonly number[]): number {
  const tokens = tree.tokens;
  for (const anchor of anchors) {
    if (anchor < 0) continue;
    const count = tree.childCount(anchor);
    for (let nth = 0; nth < count; nth += 1) {
      const child = tree.child(anchor, nth);
      const childCount = tree.childCount(child);
      for (let inner = 0; inner < childCount; inner += 1) {
        const marker = tokens[tree.child(child, inner)] as Token;
        if ((marker.dep === 'case' || marker.dep === 'mark') && CHARGE_MARKERS.has(wordOf(text, marker)))
          if (tree.child(child, inner) < child) return child;
      }
    }
  }
  return -1;
}

/**
 * Whether the accusation verb at `verb` has its accused and its charge: the object (active) or the
 * passive subject, and a charge phrase.
 */
export function accusesSomebody(text: string, tree: DependencyTree, verb: number): boolean {
  const token = tree.tokens[verb] as Token;
  if (!accusationVerb(token.lemma || wordOf(text, token))) return false;
  const passive = isPassive(tree, verb);
  const accused = passive ? passiveSubject(tree, verb) : tree.dependent(verb, 'obj');
  if (accused < 0) return false;
  const agent = passive ? tree.dependent(verb, 'obl:agent') : -1;
  const charge = chargePhrase(text, tree, [verb, accused, agent]);
  if (charge < 0) return false;
  // "cold weather threatened [stocks of heating oil]": a thing (no person or group, WordNet) as the
  // object of a verb whose charging senses take only somebody ("accuse", "threaten"; not "blame",
  // "blamed the flooding on …") is no accused, so the verb does not charge
  const object = tree.tokens[accused] as Token;
  if (
    !passive &&
    object.pos === 'NOUN' &&
    !accusesThings(token.lemma || wordOf(text, token)) &&
    !speakerNoun(text, object)
  )
    return false;
  return true;
}

/** WordNet noun files of who can be charged: noun.group (14), noun.person (18). */
const SPEAKER_NOUN_FILES = [14, 18];

/** Whether one of a noun's two most frequent senses is a person or a group ("referee", "company"). */
function speakerNoun(text: string, token: Token): boolean {
  const lemma = (token.lemma || wordOf(text, token)).toLowerCase();
  return synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some((offset) => SPEAKER_NOUN_FILES.includes(lexicographerFileOf(offset, 'noun')));
}

/**
 * The subject of a passive: `nsubj:pass`, or the `nsubj` the parser sometimes gives one ("Tom Hale
 * was accused by …").
 */
export function passiveSubject(tree: DependencyTree, verb: number): number {
  const subject = tree.dependent(verb, 'nsubj:pass');
  return subject >= 0 ? subject : tree.dependent(verb, 'nsubj');
}

/** The span of tokens [first, last], without punctuation at either edge (", Omar Sayed,"). */
function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  let from = first;
  let to = last;
  while (from < to && (tokens[from] as Token).pos === 'PUNCT') from += 1;
  while (to > from && (tokens[to] as Token).pos === 'PUNCT') to -= 1;
  return { start: (tokens[from] as Token).start, end: (tokens[to] as Token).end };
}

/**
 * The agent's phrase, as first and last token: from its first word after "by" up to the charge
 * when the charge hangs inside it (or to its end), without closing punctuation.
 */
function agentPhrase(tree: DependencyTree, agent: number, charge: number): [number, number] {
  const tokens = tree.tokens;
  let first = tree.subtreeStart(agent);
  while (first < agent && (tokens[first] as Token).dep === 'case') first += 1;
  let last = tree.subtreeEnd(agent);
  if (charge >= 0 && tree.subtreeStart(charge) > first && tree.subtreeStart(charge) <= last)
    last = tree.subtreeStart(charge) - 1;
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return [first, last];
}

/** The token index at `offset`, or -1. */
function tokenAtOffset(tokens: readonly Token[], offset: number): number {
  const at = tokenAt(tokens, offset);
  return at < tokens.length && (tokens[at] as Token).start <= offset ? at : -1;
}

/**
 * Passive accusations with a `by` agent: source = the agent's phrase (without "by" and without the
 * charge), cue = the verb group without "by", content = the accused and the charge.
 */
export function repairPassiveAccusations(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  let tree: DependencyTree | null = null;
  return candidates.map((candidate) => {
    const cue = candidate.cue;
    if (cue === null) return candidate;
    tree ??= new DependencyTree(tokens);
    let verb = -1;
    for (let at = tokenAtOffset(tokens, cue.start); at >= 0 && at < tokens.length; at += 1) {
      const token = tokens[at] as Token;
      if (token.start >= cue.end) break;
      if (token.pos === 'VERB') verb = at;
    }
    if (verb < 0 || !isPassive(tree, verb) || !accusesSomebody(text, tree, verb)) return candidate;
    const agent = tree.dependent(verb, 'obl:agent');
    const accused = passiveSubject(tree, verb);
    if (agent < 0 || accused < 0) return candidate;
    const charge = chargePhrase(text, tree, [verb, accused, agent]);
    // the agent's phrase from its first word after "by" up to the charge (or its end)
    const [first, last] = agentPhrase(tree, agent, charge);
    const cueFirst = tokenAtOffset(tokens, cue.start);
    let cueLast = verb;
    while (cueLast > cueFirst && (tokens[cueLast] as Token).pos === 'ADP') cueLast -= 1;
    const content: Span[] = [spanOf(tokens, tree.subtreeStart(accused), tree.subtreeEnd(accused))];
    if (charge >= 0) {
      let chargeLast = tree.subtreeEnd(charge);
      while (chargeLast > charge && (tokens[chargeLast] as Token).pos === 'PUNCT') chargeLast -= 1;
      content.push(spanOf(tokens, tree.subtreeStart(charge), chargeLast));
    }
    return {
      ...candidate,
      cue: spanOf(tokens, cueFirst, cueLast),
      source: spanOf(tokens, first, last),
      content,
    };
  });
}

/** The verb group of `verb`: its auxiliaries and adverbs right before it ("has been accused"). */
export function verbGroupStart(tree: DependencyTree, verb: number): number {
  let first = verb;
  while (first > 0) {
    const before = tree.tokens[first - 1] as Token;
    if (before.head !== verb || !/^(?:aux|aux:pass|advmod)$/u.test(before.dep)) break;
    first -= 1;
  }
  return first;
}

/**
 * Accusations the span finder missed, read from the parse: "The club accused the referee of bias"
 * (source the subject, content the accused and the charge) and "Ali has been accused by the
 * authorities of involvement in the bombing" (source the `by` agent). A passive with no agent names
 * no accuser and is left out; a verb inside a found cue, source or content adds nothing.
 */
function* accusationProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  let tree: DependencyTree | null = null;
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const token = tokens[verb] as Token;
    if (token.pos !== 'VERB' || !accusationVerb(token.lemma || wordOf(text, token))) continue;
    tree ??= new DependencyTree(tokens);
    if (!accusesSomebody(text, tree, verb)) continue;
    const passive = isPassive(tree, verb);
    const accused = passive ? passiveSubject(tree, verb) : tree.dependent(verb, 'obj');
    const agent = passive ? tree.dependent(verb, 'obl:agent') : tree.dependent(verb, 'nsubj');
    if (agent < 0 || accused < 0) continue;
    const charge = chargePhrase(text, tree, [verb, accused, agent]);
    const [first, last] = agentPhrase(tree, agent, charge);
    let chargeLast = charge >= 0 ? tree.subtreeEnd(charge) : tree.subtreeEnd(accused);
    while (chargeLast > verb && (tokens[chargeLast] as Token).pos === 'PUNCT') chargeLast -= 1;
    const content: Span[] = passive
      ? [spanOf(tokens, tree.subtreeStart(accused), tree.subtreeEnd(accused))]
      : [spanOf(tokens, tree.subtreeStart(accused), Math.max(chargeLast, tree.subtreeEnd(accused)))];
    if (passive && charge >= 0) content.push(spanOf(tokens, tree.subtreeStart(charge), chargeLast));
    const cue = spanOf(tokens, verbGroupStart(tree, verb), verb);
    const source = spanOf(tokens, first, last);
    yield { candidate: { kind: 'indirect', cue, source, content } };
  }
}

/** A span some candidate (or an accusation found before) holds adds nothing: a verb inside one among them. */
export const ACCUSATIONS: ReportPass = {
  propose: accusationProposals,
  guards: [{ held: ALL_PARTS, checked: ALL_PARTS, grows: ALL_PARTS }],
};

export function addAccusations(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, ACCUSATIONS);
}
