/** The core relations a verb takes once: two of them side by side are one phrase the parser split. */
const SINGLE_ARGUMENTS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj']);

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
  return changed;
}
