/**
 * "the engine had shut down early because of a fault": the parser may read an adverb that has an
 * adjective's form as the verb's adjectival complement (`xcomp` ADJ), and hang the clause's own
 * adjuncts on it, so the reason is lost to the verb. An `xcomp` adjective after its verb that is
 * also an adverb (`isAdverb`: WordNet has it as one: "early", "late", "hard") and has no subject or
 * object of its own is an adverb (`advmod` ADV) when the verb cannot link a subject to an adjective
 * (`links`: WordNet's frames "Something ----s Adjective/Noun", "Somebody ----s Adjective",
 * "Something ----s something Adjective/Noun": "seemed late", "kept it quiet" keep their complement);
 * its obliques and adverbial clauses move to the verb — only when it holds a reason, "because (of)"
 * or "due to" (the parser's error this repairs), and is no comparative ("bid higher than …"). Returns whether the arrays changed.
 */
export function repairAdverbialAdjective(
  forms: readonly string[],
  pos: string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: string[],
  isAdverb: (lemma: string) => boolean,
  links: (verbLemma: string) => boolean,
): boolean {
  let changed = false;
  const count = pos.length;
  for (let index = 0; index < count; index += 1) {
    if (dep[index] !== 'xcomp' || pos[index] !== 'ADJ') continue;
    const verb = head[index]!;
    if (verb < 0 || verb > index || pos[verb] !== 'VERB') continue;
    let own = false;
    let adjunct = false;
    for (let child = 0; child < count && !own; child += 1) {
      if (head[child] !== index) continue;
      own = /^(?:nsubj|obj|csubj|cop|ccomp|xcomp)/.test(dep[child]!);
      adjunct ||=
        child > index && (dep[child] === 'obl' || dep[child] === 'advcl') && isReason(forms, head, child);
    }
    // (only an adjective holding the clause's reason: "stopped early because of …"; "ran short of
    // money", "free from tax", "finished fourth for Ireland" hold the adjective's own phrase; "bid
    // higher than …" compares)
    if (own || !adjunct || lemma[index]!.toLowerCase() !== forms[index]!.toLowerCase()) continue;
    const word = lemma[index]!.toLowerCase();
    if (!isAdverb(word) || links(lemma[verb]!.toLowerCase())) continue;
    pos[index] = 'ADV';
    dep[index] = 'advmod';
    let previous = -1;
    for (let child = index + 1; child < count; child += 1) {
      if (head[child] !== index || (dep[child] !== 'obl' && dep[child] !== 'advcl')) continue;
      // ("because of an error in the software": a phrase of "of" or "in" right after another
      // oblique noun phrase belongs to that noun)
      if (previous >= 0 && dep[child] === 'obl' && nounModifier(pos, lemma, head, dep, previous, child)) {
        head[child] = previous;
        dep[child] = 'nmod';
      } else head[child] = verb;
      previous = dep[child] === 'obl' ? child : -1;
    }
    changed = true;
  }
  return changed;
}

/** Whether `phrase` ("in the software") directly follows the words of the oblique `noun` and opens with "of" or "in". */
function nounModifier(
  pos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: readonly string[],
  noun: number,
  phrase: number,
): boolean {
  if (pos[noun] !== 'NOUN' || pos[phrase] !== 'NOUN') return false;
  let marker = -1;
  for (let at = noun + 1; at < phrase; at += 1) {
    if (head[at] === phrase && dep[at] === 'case') {
      marker = at;
      break;
    }
    // the words between belong to the noun's phrase
    let up = at;
    while (up >= 0 && up !== noun && up !== phrase) up = head[up]!;
    if (up !== noun) return false;
  }
  return marker >= 0 && /^(?:of|in)$/.test(lemma[marker]!.toLowerCase());
}

/** Whether a phrase or clause opens with "because" ("because of a fault", "because it rained") or "due to". */
function isReason(forms: readonly string[], head: Int32Array, phrase: number): boolean {
  for (let at = 0; at < phrase; at += 1)
    if (head[at] === phrase) {
      const word = forms[at]!.toLowerCase();
      if (word === 'because' || (word === 'due' && forms[at + 1]?.toLowerCase() === 'to')) return true;
    }
  return false;
}
