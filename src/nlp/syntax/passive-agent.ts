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
