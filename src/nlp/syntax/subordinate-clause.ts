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
      let at = index;
      while (at >= 0 && at !== noun) at = head[at]!;
      if (at !== noun) break;
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
