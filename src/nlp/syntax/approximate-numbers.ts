/**
 * "The bank said about two million customers were affected": before a number of two words the parser
 * may take "about" (or "around") for a preposition, the counted noun for an oblique of the verb after
 * it, and leave that verb without a subject. When "about" / "around" marks a noun whose number
 * follows it at once, and that noun stands before a verb that has no subject, "about" qualifies the
 * number (as the parser reads "about 200 customers") and the noun is the verb's subject. Returns
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
    if (noun <= marker + 1 || pos[noun] !== 'NOUN' || dep[noun] !== 'obl' || pos[marker + 1] !== 'NUM')
      continue;
    // the number right after "about" belongs to the noun: its nummod, or a word of it ("two million")
    let number = marker + 1;
    while (number > marker && number < noun && head[number] !== noun) number = head[number]!;
    if (number <= marker || number >= noun || dep[number] !== 'nummod') continue;
    const verb = head[noun]!;
    if (verb <= noun || (pos[verb] !== 'VERB' && pos[verb] !== 'ADJ')) continue;
    let subject = false;
    for (let index = 0; index < forms.length; index += 1)
      if (head[index] === verb && /^nsubj/u.test(dep[index]!)) subject = true;
    if (subject) continue;
    head[marker] = number;
    dep[marker] = 'advmod';
    dep[noun] = 'nsubj';
    changed = true;
  }
  return changed;
}
