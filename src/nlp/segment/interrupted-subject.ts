import type { SentenceParse } from '../syntax/index.js';

/**
 * A parse repair: "Police said [the driver, a man of 45,] was arrested", "She said [the plan, which
 * was agreed last year,] would cost more": when the subject of a reported clause is interrupted by an
 * apposition or a relative clause, the parser takes that subject for the object of the verb before
 * it, and the reported clause's verb R is left with no subject (hung as the head of that verb, or as
 * its `parataxis`), so the report has no content. The shape: a verb C with its own subject before
 * it and an object O after it; after O a stretch enclosed by commas (an apposition, or a clause
 * opened by a relative pronoun) that belongs to O or hangs on C; then only R's auxiliaries, adverbs
 * and copula up to R; R has no subject and is C's head (C its `advcl` or `parataxis`) or C's
 * `parataxis`, `ccomp` or `conj`. Then O is R's subject, the interruption O's, and R C's clausal
 * complement (C taking R's place when R was its head). An apposition read as a conjunct ("the
 * driver, a man of 45,") counts when it has no "and". Returns the parse unchanged when the shape is
 * absent.
 */
export function repairInterruptedSubjects(forms: readonly string[], parse: SentenceParse): SentenceParse {
  const count = forms.length;
  if (count < 8 || !forms.includes(',')) return parse;
  let head: Int32Array | null = null;
  let dep: string[] | null = null;
  for (let clause = 0; clause < count; clause += 1) {
    if (parse.pos[clause] !== 'VERB') continue;
    const heads = head ?? parse.head;
    const deps = dep ?? parse.dep;
    const shape = interruptedShape(forms, parse.pos, heads, deps, clause);
    if (shape === null) continue;
    const { object, interruption, close, main, below } = shape;
    head ??= Int32Array.from(parse.head);
    dep ??= [...parse.dep];
    const passive = firstChild(head, main, (_, name) => name === 'aux:pass', dep) >= 0;
    if (below) {
      // C takes R's place, and what came before C and hung on R
      head[clause] = head[main] as number;
      dep[clause] = dep[main] as string;
      for (let at = 0; at < clause; at += 1) if (head[at] === main) head[at] = clause;
      const end = count - 1;
      if (head[end] === main && /^[.!?]$/.test(forms[end] as string)) head[end] = clause;
    }
    head[main] = clause;
    dep[main] = 'ccomp';
    head[object] = main;
    dep[object] = passive ? 'nsubj:pass' : 'nsubj';
    head[interruption] = object;
    dep[interruption] = shape.relation;
    head[close] = interruption;
    dep[close] = 'punct';
  }
  return head === null || dep === null ? parse : { ...parse, head, dep };
}

interface Shape {
  readonly object: number;
  /** The apposition or relative clause's head. */
  readonly interruption: number;
  /** The comma that closes it. */
  readonly close: number;
  /** The reported clause's verb. */
  readonly main: number;
  /** Whether the parser made the report's verb a dependent of the reported one. */
  readonly below: boolean;
  /** The interruption's relation to O once repaired. */
  readonly relation: string;
}

const BETWEEN = new Set(['aux', 'aux:pass', 'advmod', 'cop']);
const INTERRUPTIONS = new Set(['appos', 'acl:relcl', 'acl', 'conj']);
const RELATIVE = /^(?:which|who|whom|whose)$/i;

function interruptedShape(
  forms: readonly string[],
  pos: SentenceParse['pos'],
  head: Int32Array,
  dep: readonly string[],
  clause: number,
): Shape | null {
  if (firstChild(head, clause, (at, name) => at < clause && name.startsWith('nsubj'), dep) < 0) return null;
  const object = firstChild(head, clause, (at, name) => at > clause && name === 'obj', dep);
  if (object < 0) return null;
  const objectEnd = subtreeEnd(head, object);
  const own = dep[clause] as string;
  const up = head[clause] as number;
  const below = (own === 'advcl' || own === 'parataxis') && up > objectEnd;
  let main = below ? up : -1;
  if (!below)
    main = lastChild(
      head,
      clause,
      (at, name) => at > objectEnd && (name === 'parataxis' || name === 'ccomp' || name === 'conj'),
      dep,
    );
  if (main < 0 || !['VERB', 'ADJ'].includes(pos[main] as string)) return null;
  if (
    firstChild(
      head,
      main,
      (_, name) => name.startsWith('nsubj') || name.startsWith('csubj') || name === 'expl',
      dep,
    ) >= 0
  )
    return null;
  // R's auxiliaries, adverbs and copula right before it; the comma before them
  let close = main - 1;
  while (close > objectEnd && head[close] === main && BETWEEN.has(dep[close] as string)) close -= 1;
  if (close <= objectEnd || forms[close] !== ',') return null;
  // the interruption: inside O's subtree, or a stretch ", … ," of its own right after O
  let interruption = -1;
  let relation = 'acl:relcl';
  if (close === objectEnd + 1) {
    interruption = lastChild(head, object, (at, name) => at > object && INTERRUPTIONS.has(name), dep);
    if (interruption < 0 || !hasComma(forms, object, objectEnd)) return null;
    if (dep[interruption] === 'conj' && firstChild(head, interruption, (_, name) => name === 'cc', dep) >= 0)
      return null;
    relation = dep[interruption] === 'conj' ? 'appos' : (dep[interruption] as string);
  } else {
    if (forms[objectEnd + 1] !== ',') return null;
    // one subtree between the commas, opened by a relative pronoun
    const first = objectEnd + 2;
    if (!RELATIVE.test(forms[first] as string)) return null;
    for (let at = first; at < close; at += 1) {
      const above = head[at] as number;
      if (above < first || above >= close) {
        if (interruption >= 0) return null;
        interruption = at;
      }
    }
    if (interruption < 0 || (head[interruption] !== clause && head[interruption] !== object)) return null;
  }
  return { object, interruption, close, main, below, relation };
}

type Test = (at: number, relation: string) => boolean;

function firstChild(head: Int32Array, parent: number, test: Test, dep: readonly string[]): number {
  for (let at = 0; at < head.length; at += 1)
    if (head[at] === parent && test(at, dep[at] as string)) return at;
  return -1;
}

function lastChild(head: Int32Array, parent: number, test: Test, dep: readonly string[]): number {
  for (let at = head.length - 1; at >= 0; at -= 1)
    if (head[at] === parent && test(at, dep[at] as string)) return at;
  return -1;
}

/** The last position of `root`'s subtree. */
function subtreeEnd(head: Int32Array, root: number): number {
  let end = root;
  for (let at = root + 1; at < head.length; at += 1) if (descends(head, at, root)) end = at;
  return end;
}

function descends(head: Int32Array, at: number, root: number): boolean {
  let up = at;
  for (let steps = 0; steps < head.length && up >= 0; steps += 1) {
    if (up === root) return true;
    up = head[up] as number;
  }
  return false;
}

function hasComma(forms: readonly string[], first: number, last: number): boolean {
  for (let at = first + 1; at <= last; at += 1) if (forms[at] === ',') return true;
  return false;
}
