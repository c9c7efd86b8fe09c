/**
 * "made a landing after one of its engines caught fire": the parser may read a subordinator that is
 * also a preposition ("after", "before", "until", "since") as the preposition of the noun that
 * follows it, hang that noun on the verb before it as an oblique, and leave the verb right after the
 * noun's phrase with no subject, under some other head. When that verb is finite (a past or present
 * form, not "-ing", no infinitive marker), has no subject and starts right where the noun's phrase
 * ends, the noun is its subject and the word its subordinator: the clause is an adverbial clause of
 * the verb the noun hung on. Returns whether the arrays changed.
 */
export function repairSubordinateClause(
  forms: readonly string[],
  pos: readonly string[],
  head: Int32Array,
  dep: string[],
): boolean {
  let changed = false;
  const count = forms.length;
  for (let marker = 0; marker + 2 < count; marker += 1) {
    if (dep[marker] !== 'case' || !SUBORDINATORS.has(forms[marker]!.toLowerCase())) continue;
    const noun = head[marker]!;
    if (noun <= marker || dep[noun] !== 'obl' || !NOMINAL.has(pos[noun]!)) continue;
    const governor = head[noun]!;
    if (governor < 0 || governor > marker) continue;
    // the end of the noun's phrase
    let end = noun;
    for (let index = noun + 1; index < count; index += 1) {
      if (!isUnder(head, index, noun)) break;
      end = index;
    }
    const verb = end + 1;
    if (verb >= count || pos[verb] !== 'VERB' || /ing$/iu.test(forms[verb]!)) continue;
    if (head[verb] === noun) continue;
    let blocked = false;
    for (let index = 0; index < count; index += 1)
      if (head[index] === verb && (/^nsubj|^csubj|^expl/u.test(dep[index]!) || dep[index] === 'mark'))
        blocked = true;
    if (blocked) continue;
    // the verb's own dependents stay; the noun and the marker move under it
    head[verb] = governor;
    dep[verb] = 'advcl';
    head[noun] = verb;
    dep[noun] = 'nsubj';
    head[marker] = verb;
    dep[marker] = 'mark';
    changed = true;
  }
  return changed;
}

const SUBORDINATORS = new Set(['after', 'before', 'until', 'since']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * "said on Monday that five inmates had escaped": the parser may hang the `that` clause on the
 * noun of time before it as a relative clause ("Monday that …"). A relative clause has a relative
 * pronoun, not the subordinator `that` (tagged SCONJ and attached as `mark`); a clause opened by
 * one, under an oblique of a verb, is that verb's complement clause. Returns whether the arrays
 * changed.
 */
export function repairComplementOfOblique(
  forms: readonly string[],
  pos: readonly string[],
  head: Int32Array,
  dep: string[],
): boolean {
  let changed = false;
  for (let clause = 0; clause < forms.length; clause += 1) {
    // (a verb's clause: an adjective there is often a misparsed modifier, "sources [close] to …")
    if (dep[clause] !== 'acl:relcl' || pos[clause] !== 'VERB') continue;
    const noun = head[clause]!;
    if (noun < 0 || noun > clause || !OBLIQUE.has(dep[noun]!)) continue;
    const governor = head[noun]!;
    if (governor < 0 || pos[governor] !== 'VERB' || governor > noun) continue;
    // its subordinator "that", first word of the clause, right after the noun's phrase
    let marker = -1;
    for (let index = noun + 1; index < clause; index += 1)
      if (head[index] === clause && dep[index] === 'mark' && forms[index]!.toLowerCase() === 'that') {
        marker = index;
        break;
      }
    if (marker < 0 || pos[marker] !== 'SCONJ') continue;
    let inside = true;
    for (let index = noun + 1; index < marker; index += 1) {
      if (!isUnder(head, index, noun)) inside = false;
    }
    if (!inside) continue;
    head[clause] = governor;
    dep[clause] = 'ccomp';
    changed = true;
  }
  return changed;
}

const OBLIQUE = new Set(['obl', 'obl:tmod', 'obl:npmod', 'obl:unmarked']);

/**
 * "said 40 of its fans had been arrested": the parser may make the counted phrase the reporting
 * verb's clausal complement and the clause's verb a second one with no subject. A number or noun
 * attached as a clausal complement (a relation only a clause takes), whose phrase ends right before
 * a verb of the same head that has no subject, is that verb's subject (`nsubj:pass` when the verb
 * is passive). Returns whether the arrays changed.
 */
export function repairStrandedSubject(
  forms: readonly string[],
  pos: readonly string[],
  head: Int32Array,
  dep: string[],
): boolean {
  let changed = false;
  const count = forms.length;
  for (let noun = 0; noun < count; noun += 1) {
    if (dep[noun] !== 'ccomp' || !['NUM', 'NOUN', 'PROPN'].includes(pos[noun]!)) continue;
    const governor = head[noun]!;
    if (governor < 0 || pos[governor] !== 'VERB') continue;
    let end = noun;
    for (let index = noun + 1; index < count; index += 1) {
      if (!isUnder(head, index, noun)) break;
      end = index;
    }
    // the verb, past its auxiliaries
    let verb = end + 1;
    while (verb < count && pos[verb] === 'AUX') verb += 1;
    if (verb >= count || pos[verb] !== 'VERB' || head[verb] !== governor) continue;
    let blocked = false;
    let passive = false;
    for (let index = 0; index < count; index += 1) {
      if (head[index] !== verb) continue;
      if (/^nsubj|^csubj|^expl/u.test(dep[index]!)) blocked = true;
      if (dep[index] === 'aux:pass') passive = true;
    }
    for (let index = end + 1; index < verb; index += 1) if (head[index] !== verb) blocked = true;
    if (blocked) continue;
    head[noun] = verb;
    dep[noun] = passive ? 'nsubj:pass' : 'nsubj';
    if (dep[verb] !== 'ccomp') dep[verb] = 'ccomp';
    changed = true;
  }
  return changed;
}

/**
 * "officers had not used tear gas": the parser may read the participle after a perfect "have" as an
 * adjective of the noun after it ("used tear gas") and make that noun the clause's head. A participle
 * tagged as a verb, attached as `amod` to a noun on its right, with a form of "have" right before it
 * (adverbs and a negation aside) that hangs on the same noun, is the clause's verb: it takes the
 * noun's place, the words before it (subject, auxiliary, negation) move to it, and the noun is its
 * object. Returns whether the arrays changed.
 */
export function repairPerfectParticiple(
  forms: readonly string[],
  pos: string[],
  head: Int32Array,
  dep: string[],
): boolean {
  let changed = false;
  const count = forms.length;
  for (let verb = 1; verb < count; verb += 1) {
    if (pos[verb] !== 'VERB' || dep[verb] !== 'amod' || /ing$/iu.test(forms[verb]!)) continue;
    const noun = head[verb]!;
    if (noun <= verb || pos[noun] !== 'NOUN') continue;
    let auxiliary = verb - 1;
    while (auxiliary >= 0 && (pos[auxiliary] === 'ADV' || pos[auxiliary] === 'PART')) auxiliary -= 1;
    if (auxiliary < 0 || !PERFECT.has(forms[auxiliary]!.toLowerCase()) || head[auxiliary] !== noun) continue;
    for (let index = 0; index < verb; index += 1) if (head[index] === noun) head[index] = verb;
    // a second clause joined to it ("… and had only pushed back fans") is the verb's conjunct
    for (let index = noun + 1; index < count; index += 1)
      if (head[index] === noun && dep[index] === 'conj' && (pos[index] === 'VERB' || pos[index] === 'AUX'))
        head[index] = verb;
    head[verb] = head[noun]!;
    dep[verb] = dep[noun]!;
    head[noun] = verb;
    dep[noun] = 'obj';
    pos[auxiliary] = 'AUX';
    dep[auxiliary] = 'aux';
    changed = true;
  }
  return changed;
}

const PERFECT = new Set(['had', 'has', 'have']);

/** Whether `node` is `ancestor` or lies under it (a walk bounded by the sentence's length). */
function isUnder(head: Int32Array, node: number, ancestor: number): boolean {
  let at = node;
  for (let steps = 0; at >= 0 && steps <= head.length; steps += 1) {
    if (at === ancestor) return true;
    at = head[at]!;
  }
  return false;
}

/** Whether every word reaches a root (no cycle), so that a repair that would make one is undone. */
export function isTree(head: Int32Array): boolean {
  for (let index = 0; index < head.length; index += 1) {
    let at = index;
    let steps = 0;
    while (at >= 0 && steps <= head.length) {
      at = head[at]!;
      steps += 1;
    }
    if (at >= 0) return false;
  }
  return true;
}

/**
 * Runs a repair and undoes it when it leaves a cycle in the heads (a later walk up the tree would
 * never end): the arrays are as the parser left them, or repaired into a tree.
 */
export function repairSafely(
  repair: (forms: readonly string[], pos: string[], head: Int32Array, dep: string[]) => boolean,
  forms: readonly string[],
  pos: string[],
  head: Int32Array,
  dep: string[],
): boolean {
  // The copies go into buffers kept from call to call (no repair calls this function again).
  const length = head.length;
  if (savedHead.length < length) savedHead = new Int32Array(Math.max(length, savedHead.length * 2));
  savedHead.set(head);
  for (let index = 0; index < length; index += 1) {
    savedPos[index] = pos[index]!;
    savedDep[index] = dep[index]!;
  }
  if (!repair(forms, pos, head, dep)) return false;
  if (isTree(head)) return true;
  for (let index = 0; index < length; index += 1) {
    pos[index] = savedPos[index]!;
    head[index] = savedHead[index]!;
    dep[index] = savedDep[index]!;
  }
  return false;
}

let savedHead = new Int32Array(64);
const savedPos: string[] = [];
const savedDep: string[] = [];
