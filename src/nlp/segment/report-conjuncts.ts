import { lexicographerFileOf, synsetsOf, VERB_COMMUNICATION } from '../events/wordnet.js';
import type { SentenceParse } from '../syntax/index.js';

/**
 * A parse repair: "The army said soldiers had shot a driver who was armed [and had refused to
 * stop]": a conjunct in the past perfect with no subject of its own, after a reported clause, is
 * read by the parser as a second verb of the report's simple-past cue ("said … and had refused"),
 * which cuts it out of the content. A writer who goes on after "said" does not switch to "had":
 * the conjunct belongs to the reported clause. The shape: a verb of speaking C (WordNet
 * verb.communication, first sense) with no perfect auxiliary of its own, its clausal complement
 * before a conjunct K of C; K has the auxiliary "had" and no subject. K is hung, still as a
 * conjunct, on the nearest predicate before it inside the complement (a verb, or a word with its
 * copula). Returns the parse unchanged when the shape is absent.
 */
export function repairReportConjuncts(forms: readonly string[], parse: SentenceParse): SentenceParse {
  let head: Int32Array | null = null;
  for (let conjunct = 0; conjunct < forms.length; conjunct += 1) {
    if (parse.dep[conjunct] !== 'conj' || parse.pos[conjunct] !== 'VERB') continue;
    const heads = head ?? parse.head;
    const cue = heads[conjunct] as number;
    if (cue < 0 || cue > conjunct || parse.pos[cue] !== 'VERB' || !isSpeaking(parse.lemma[cue] ?? ''))
      continue;
    if (
      !hasChild(
        heads,
        parse.dep,
        forms,
        conjunct,
        (at, name) => name === 'aux' && /^had$/i.test(forms[at] ?? ''),
      )
    )
      continue;
    if (hasChild(heads, parse.dep, forms, conjunct, (_, name) => name.startsWith('nsubj') || name === 'expl'))
      continue;
    if (
      hasChild(
        heads,
        parse.dep,
        forms,
        cue,
        (at, name) => name.startsWith('aux') && /^ha[ds]|have$/i.test(forms[at] ?? ''),
      )
    )
      continue;
    const complement = childWhere(
      heads,
      parse.dep,
      cue,
      (at, name) => name === 'ccomp' && at > cue && at < conjunct,
    );
    if (complement < 0) continue;
    const target = nearestPredicate(heads, parse, forms, complement, conjunct);
    if (target < 0) continue;
    head ??= Int32Array.from(parse.head);
    head[conjunct] = target;
  }
  return head === null ? parse : { ...parse, head };
}

function isSpeaking(lemma: string): boolean {
  const first = synsetsOf(lemma.toLowerCase(), 'verb')[0];
  return first !== undefined && lexicographerFileOf(first, 'verb') === VERB_COMMUNICATION;
}

function hasChild(
  head: Int32Array,
  dep: readonly string[],
  forms: readonly string[],
  parent: number,
  test: (at: number, name: string) => boolean,
): boolean {
  for (let at = 0; at < forms.length; at += 1)
    if (head[at] === parent && test(at, dep[at] as string)) return true;
  return false;
}

function childWhere(
  head: Int32Array,
  dep: readonly string[],
  parent: number,
  test: (at: number, name: string) => boolean,
): number {
  for (let at = 0; at < head.length; at += 1)
    if (head[at] === parent && test(at, dep[at] as string)) return at;
  return -1;
}

function within(head: Int32Array, at: number, root: number): boolean {
  for (let step = 0, node = at; node >= 0 && step < head.length; step += 1, node = head[node] as number)
    if (node === root) return true;
  return false;
}

/** The last predicate before `before` inside `root`'s subtree: a verb, or an adjective or noun with its copula. */
function nearestPredicate(
  head: Int32Array,
  parse: SentenceParse,
  forms: readonly string[],
  root: number,
  before: number,
): number {
  for (let at = before - 1; at >= root; at -= 1) {
    if (!within(head, at, root)) continue;
    const pos = parse.pos[at];
    if (pos === 'VERB' && !(parse.dep[at] as string).startsWith('aux') && parse.dep[at] !== 'amod') return at;
    if (
      (pos === 'ADJ' || pos === 'NOUN') &&
      hasChild(head, parse.dep, forms, at, (_, name) => name === 'cop')
    )
      return at;
  }
  return -1;
}
