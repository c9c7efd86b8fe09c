/**
 * "The bank said about two million customers were affected": before a number of two words the parser
 * may take "about" (or "around") for a preposition, the counted noun for an oblique of the verb after
 * it, and leave that verb without a subject. When "about" / "around" marks a noun whose number
 * follows it at once, and that noun stands before a verb that has no subject, "about" qualifies the
 * number (as the parser reads "about 200 customers") and the noun is the verb's subject (the verb
 * made the noun's clause becomes the clause of the verb before: see below). Returns
 * whether the arrays changed.
 */
export function repairApproximateNumber(
  forms: readonly string[],
  pos: readonly string[],
  head: Int32Array,
  dep: string[],
): boolean {
  let changed = false;
  for (let marker = 0; marker + 1 < forms.length; marker += 1) {
    if (dep[marker] !== 'case' || !/^(?:about|around)$/iu.test(forms[marker]!)) continue;
    const noun = head[marker]!;
    if (noun <= marker + 1 || pos[noun] !== 'NOUN' || pos[marker + 1] !== 'NUM') continue;
    // ("that about 1.2 million households lost power": a subject or object takes no preposition, so
    // "about" can only qualify the number)
    if (/^(?:nsubj|obj)/u.test(dep[noun]!)) {
      const figure = numberOf(head, dep, marker, noun);
      if (figure < 0) continue;
      head[marker] = figure;
      dep[marker] = 'advmod';
      changed = true;
      continue;
    }
    if (dep[noun] !== 'obl') continue;
    const number = numberOf(head, dep, marker, noun);
    if (number < 0) continue;
    // "said about 450,000 households lost power": the noun made an oblique of the verb before it and
    // the verb after it the noun's clause (`acl`); an active verb there (an object or an auxiliary
    // of its own: no reduced relative, "households hit by the storm") is the clause the earlier
    // verb governs
    const clause = head[noun]! < noun ? activeClauseOf(pos, head, dep, noun) : -1;
    const verb = clause >= 0 ? clause : head[noun]!;
    if (verb <= noun || (pos[verb] !== 'VERB' && pos[verb] !== 'ADJ')) continue;
    let subject = false;
    for (let index = 0; index < forms.length; index += 1)
      if (head[index] === verb && /^nsubj/u.test(dep[index]!)) subject = true;
    if (subject) continue;
    if (clause >= 0) {
      head[clause] = head[noun]!;
      dep[clause] = 'ccomp';
      head[noun] = clause;
    }
    head[marker] = number;
    dep[marker] = 'advmod';
    dep[noun] = 'nsubj';
    changed = true;
  }
  return changed;
}

/** The active verb after a noun that the parse made the noun's clause (`acl`), or -1. */
function activeClauseOf(
  pos: readonly string[],
  head: Int32Array,
  dep: readonly string[],
  noun: number,
): number {
  for (let verb = noun + 1; verb < pos.length; verb += 1) {
    if (head[verb] !== noun || dep[verb] !== 'acl' || pos[verb] !== 'VERB') continue;
    for (let child = 0; child < pos.length; child += 1)
      if (head[child] === verb && (dep[child] === 'obj' || dep[child] === 'aux')) return verb;
  }
  return -1;
}

/** The number right after "about" that belongs to the noun: its nummod, or a word of it ("two million"); -1 when none. */
function numberOf(head: Int32Array, dep: readonly string[], marker: number, noun: number): number {
  let number = marker + 1;
  while (number > marker && number < noun && head[number] !== noun) number = head[number]!;
  return number <= marker || number >= noun || dep[number] !== 'nummod' ? -1 : number;
}
