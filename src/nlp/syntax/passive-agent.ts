/**
 * "Ms Malmo had been freed by soldiers": the parser may label a passive's by-phrase a plain `obl`,
 * and the doer is lost. In a clause with a passive auxiliary or a passive subject, a `by` phrase
 * hung on the verb whose head is a noun, a name or a pronoun is its agent (`obl:agent`), unless it
 * gives a figure ("cut by 5 per cent"), a time ("finished by Sunday", "by the end of 2004", `isTime`) or a means without a
 * determiner ("paid by cheque", "sent by post"): a bare singular common noun is a doer only when it
 * names people (`isParty`: "arrested by police"); a by-phrase with its own "not" is a doer set aside
 * ("opened on a commander's orders, not by fans"). Returns whether the arrays changed.
 */
export function repairPassiveAgent(
  forms: readonly string[],
  pos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: string[],
  isTime: (lemma: string) => boolean,
  isParty: (lemma: string) => boolean,
): boolean {
  let changed = false;
  const count = forms.length;
  for (let index = 0; index < count; index += 1) {
    if (dep[index] === 'obl:agent' && activeAgent(forms, pos, head, dep, index)) {
      dep[index] = bareObject(head, dep, index) ? 'obj' : 'obl';
      changed = true;
      continue;
    }
    if (dep[index] !== 'obl') continue;
    const verb = head[index]!;
    if (verb < 0 || pos[verb] !== 'VERB') continue;
    let by = false;
    let determined = false;
    let passive = false;
    let negated = false;
    for (let child = 0; child < count; child += 1) {
      if (head[child] === index) {
        if (dep[child] === 'case' && forms[child]!.toLowerCase() === 'by' && child < index) by = true;
        if (dep[child] === 'det' || dep[child] === 'nmod:poss' || dep[child] === 'nummod') determined = true;
        // ("opened on a commander's orders, not by fans": a doer set aside is no agent)
        if (dep[child] === 'advmod' && /^(?:not|never)$/i.test(forms[child]!)) negated = true;
      }
      if (head[child] === verb && (dep[child] === 'aux:pass' || dep[child] === 'nsubj:pass')) passive = true;
    }
    if (!by || !passive || negated || index < verb) continue;
    const tag = pos[index]!;
    if (tag !== 'NOUN' && tag !== 'PROPN' && tag !== 'PRON') continue;
    const word = lemma[index]!.toLowerCase();
    if (word === 'percent' || word === 'cent' || isTime(word)) continue;
    // ("sold by the end of 2004", "by the middle of next week": a part of a time)
    let ofTime = false;
    for (let child = index + 1; child < count; child += 1)
      if (head[child] === index && dep[child] === 'nmod')
        ofTime ||= /^\d{4}$/.test(forms[child]!) || isTime(lemma[child]!.toLowerCase());
    if (ofTime) continue;
    // ("paid by cheque", "travelled by train": a bare singular common noun is a means unless it
    // names people; plural bare nouns are doers: "freed by soldiers")
    if (tag === 'NOUN' && !determined && word === forms[index]!.toLowerCase() && !isParty(word)) continue;
    dep[index] = 'obl:agent';
    changed = true;
  }
  return changed;
}

/**
 * "the average fare would rise by 4 per cent": the parser may label a by-phrase `obl:agent` in an
 * active clause. An agent belongs to a passive: a verb with an active subject (`nsubj`) and no
 * passive auxiliary or passive subject has none, and its by-phrase is a plain oblique ("customers
 * had taken out 120 million crowns": a noun phrase with no preposition at all, of a verb with no
 * object, is its object) — when the clause is surely active: the verb has an auxiliary of its own
 * ("would rise", "had won", "is standing by") or is an -ing form, or the phrase gives a figure
 * ("rose by 4 per cent"). A bare participle may be a reduced relative whose noun the parse made its
 * subject ("the specialist appointed by the government"), whose by-phrase is its agent.
 */
function activeAgent(
  forms: readonly string[],
  pos: readonly string[],
  head: Int32Array,
  dep: readonly string[],
  index: number,
): boolean {
  const verb = head[index]!;
  if (verb < 0) return false;
  let active = false;
  let auxiliary = false;
  let figure = /^(?:percent|cent|%)$/i.test(forms[index]!);
  for (let child = 0; child < dep.length; child += 1) {
    if (head[child] === index && dep[child] === 'nummod' && pos[child] === 'NUM') figure = true;
    if (head[child] !== verb) continue;
    if (dep[child] === 'aux:pass' || dep[child] === 'nsubj:pass' || dep[child] === 'csubj:pass') return false;
    if (dep[child] === 'nsubj') active = true;
    if (dep[child] === 'aux') auxiliary = true;
  }
  return active && (auxiliary || figure || /ing$/i.test(forms[verb]!));
}

/** Whether a noun phrase has no preposition (`case`) and its verb no object: the verb's object. */
function bareObject(head: Int32Array, dep: readonly string[], index: number): boolean {
  const verb = head[index]!;
  for (let child = 0; child < dep.length; child += 1) {
    if (head[child] === index && dep[child] === 'case') return false;
    if (head[child] === verb && (dep[child] === 'obj' || dep[child] === 'ccomp')) return false;
  }
  return true;
}
