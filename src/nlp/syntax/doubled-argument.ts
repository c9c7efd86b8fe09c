/** The core relations a verb takes once: two of them side by side are one phrase the parser split. */
const SINGLE_ARGUMENTS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj']);

// the words that may stand between a possessive ending and the noun it possesses
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "the Kestrel quarry had been fined": the parser may give the verb two subjects side by side, the
 * name and the noun it modifies ("Kestrel" and "quarry" both `nsubj:pass`). A verb has one subject
 * and one object, so a proper or common noun right before a common noun that hangs on the same
 * verb with the same core relation is that noun's compound modifier, and the words it governed
 * ("the") move to the noun; "mine" tagged as the possessive pronoun there is the noun ("the Kestrel
 * mine"). Returns whether the arrays changed.
 */
export function repairDoubledArgument(
  forms: readonly string[],
  pos: string[],
  head: Int32Array,
  dep: string[],
): boolean {
  let changed = false;
  const count = forms.length;
  for (let first = 0; first + 1 < count; first += 1) {
    const second = first + 1;
    const relation = dep[first]!;
    if (!SINGLE_ARGUMENTS.has(relation) || dep[second] !== relation) continue;
    if (head[first] !== head[second] || head[first]! < 0) continue;
    if (pos[first] !== 'PROPN' && pos[first] !== 'NOUN') continue;
    // ("mine", the one possessive pronoun that is also a common noun, is the noun after a name;
    // any other pronoun there opens a clause of its own: "the place I like")
    const mine = pos[first] === 'PROPN' && pos[second] === 'PRON' && forms[second]!.toLowerCase() === 'mine';
    if (pos[second] !== 'NOUN' && !mine) continue;
    pos[second] = 'NOUN';
    for (let index = 0; index < count; index += 1) if (head[index] === first) head[index] = second;
    head[first] = second;
    dep[first] = 'compound';
    changed = true;
  }
  return repairPossessorArgument(forms, pos, head, dep) || changed;
}

/** One core role: the same relation, or a subject beside a passive subject the parser mixed up. */
function sameRole(one: string, other: string): boolean {
  return one === other || (one.startsWith('nsubj') && other.startsWith('nsubj'));
}

/**
 * "the company's chief executive had resigned": the parser may make the possessor a second subject
 * of the verb ("company" and "executive" both `nsubj`). A noun or name whose possessive ending
 * ("'s", "'") comes right after it, followed only by modifiers of a later noun that hangs on the
 * same verb with the same core relation, is that noun's possessor (`nmod:poss`).
 */
function repairPossessorArgument(
  forms: readonly string[],
  pos: string[],
  head: Int32Array,
  dep: string[],
): boolean {
  let changed = false;
  const count = forms.length;
  for (let first = 0; first + 2 < count; first += 1) {
    const relation = dep[first]!;
    if (!SINGLE_ARGUMENTS.has(relation) || head[first]! < 0) continue;
    if (pos[first] !== 'PROPN' && pos[first] !== 'NOUN') continue;
    const ending = forms[first + 1]!;
    if (head[first + 1] !== first || (ending !== "'s" && ending !== "'" && ending !== '’s' && ending !== '’'))
      continue;
    // the possessed noun: the first word after the ending with the same relation to the same verb,
    // with only adjectives, numbers and nouns between ("the firm's [new] director")
    let second = first + 2;
    while (
      second < count &&
      !(sameRole(dep[second]!, relation) && head[second] === head[first]) &&
      MODIFIER_TAGS.has(pos[second]!) &&
      !SINGLE_ARGUMENTS.has(dep[second]!)
    )
      second += 1;
    if (second >= count || !sameRole(dep[second]!, relation) || head[second] !== head[first]) continue;
    // (an adjective as a subject or object is a noun the tagger missed: "representative")
    if (pos[second] !== 'NOUN' && pos[second] !== 'PROPN' && pos[second] !== 'ADJ') continue;
    if (pos[second] === 'ADJ') pos[second] = 'NOUN';
    // (a modifier the parse hung on the verb goes to the noun: "chief" of "chief executive")
    for (let between = first + 2; between < second; between += 1)
      if (head[between] === head[first]) head[between] = second;
    head[first] = second;
    dep[first] = 'nmod:poss';
    changed = true;
  }
  return changed;
}
