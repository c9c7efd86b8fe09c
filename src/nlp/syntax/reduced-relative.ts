/**
 * "Three men [arrested] on Monday [were charged]", "Two soldiers [injured] in the attack [have
 * died]": news opens sentences with a subject modified by a participle (a reduced relative clause),
 * and the parser tends to read the participle as the sentence's verb and the real verb as a clause
 * it governs, left without a subject. The repair: when the root is a bare verb (no auxiliary,
 * copula, object or clausal complement marker of its own) with a subject before it, and a later
 * clause it governs opens with a finite auxiliary and has no subject, no subordinator and no
 * infinitive marker, that clause is the sentence's verb: the subject becomes its subject and the
 * participle a modifier (`acl`) of the subject. Pure: it rewrites the arrays it is given.
 */

// the finite forms of the auxiliaries ("were charged", "have died", "will face")
const FINITE_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
]);

const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'expl']);
// relations that make the root a full clause of its own, not a bare participle
const CLAUSE_OF_ITS_OWN = new Set(['aux', 'aux:pass', 'cop', 'obj', 'iobj', 'mark', 'expl', 'xcomp']);
const GOVERNED_CLAUSES = new Set(['ccomp', 'advcl', 'parataxis', 'conj']);

export function repairReducedRelative(
  forms: readonly string[],
  pos: readonly string[],
  head: Int32Array,
  dep: string[],
): boolean {
  const count = forms.length;
  const root = head.indexOf(-1);
  if (root < 0 || pos[root] !== 'VERB' || !/ed$|en$|wn$|ld$|ht$/u.test(forms[root]!.toLowerCase()))
    return false;
  let subject = -1;
  for (let index = 0; index < count; index += 1) {
    if (head[index] !== root) continue;
    if (CLAUSE_OF_ITS_OWN.has(dep[index]!)) return false;
    if (dep[index] === 'nsubj' && index < root) subject = index;
  }
  if (subject < 0 || (pos[subject] !== 'NOUN' && pos[subject] !== 'PROPN')) return false;
  // the real verb: the first clause the root governs after it
  let verb = -1;
  for (let index = root + 1; index < count; index += 1)
    if (head[index] === root && GOVERNED_CLAUSES.has(dep[index]!) && pos[index] === 'VERB') {
      verb = index;
      break;
    }
  if (verb < 0) return false;
  // no comma or other punctuation between them: "Police arrested two men, were …" is no such case
  for (let index = root + 1; index < verb; index += 1) if (pos[index] === 'PUNCT') return false;
  // "… held in the hills north of [Orsa] were released": a noun with a preposition of its own
  // ("of Orsa") read as the clause's subject is a word of the participle's phrase
  const marked = (index: number): boolean =>
    dep[index] !== 'expl' &&
    dep[index] !== 'csubj' &&
    head.some((parent, child) => parent === index && dep[child] === 'case' && pos[child] === 'ADP');
  const strays: number[] = [];
  let firstAuxiliary = -1;
  let passive = false;
  for (let index = 0; index < count; index += 1) {
    if (head[index] !== verb) continue;
    const relation = dep[index]!;
    if (SUBJECTS.has(relation) && index > root && marked(index)) {
      strays.push(index);
      continue;
    }
    if (SUBJECTS.has(relation) || relation === 'mark') return false;
    if ((relation === 'aux' || relation === 'aux:pass') && index < verb) {
      if (firstAuxiliary < 0 || index < firstAuxiliary) firstAuxiliary = index;
      if (relation === 'aux:pass') passive = true;
    }
  }
  if (firstAuxiliary < 0 || !FINITE_AUXILIARIES.has(forms[firstAuxiliary]!.toLowerCase())) return false;
  if (strays.some((stray) => stray > firstAuxiliary)) return false;
  // the auxiliary follows the participle's own words directly: nothing of the root's after it
  for (let index = firstAuxiliary; index < verb; index += 1) if (head[index] !== verb) return false;
  // the stray noun and what hangs on the verb before the auxiliary ("north") belong to the participle
  for (let index = root + 1; index < firstAuxiliary; index += 1) {
    if (head[index] !== verb) continue;
    head[index] = root;
    if (strays.includes(index)) dep[index] = 'obl';
  }
  // what hung on the root before the subject ("On Monday, …") or after the verb (the full stop)
  // belongs to the verb
  for (let index = 0; index < count; index += 1) {
    if (head[index] !== root || index === subject) continue;
    if (index < subject || index > verb) head[index] = verb;
  }
  head[verb] = -1;
  dep[verb] = 'root';
  head[subject] = verb;
  dep[subject] = passive ? 'nsubj:pass' : 'nsubj';
  head[root] = subject;
  dep[root] = 'acl';
  return true;
}

/**
 * The opposite misreading: "Foreign Minister Ana Roe repeated on Thursday that the talks had
 * failed", parsed as a name (the root) modified by a participle ("repeated", `acl`), leaves the
 * sentence without a verb. When the root is a noun with no copula, subject or clause of its own,
 * and its one participle ending in -ed comes straight after its name (no punctuation between), has
 * no object or auxiliary, and governs a clausal complement with a subject of its own ("that the
 * talks had failed"), the participle is the sentence's verb and the noun its subject. (A whole
 * sentence that is a noun with a reduced relative, "The man told that he would die.", is a
 * headline's fragment; news prose has a verb.)
 * Pure: it rewrites the arrays it is given.
 */
export function repairNounRootedSentence(
  forms: readonly string[],
  pos: readonly string[],
  head: Int32Array,
  dep: string[],
): boolean {
  const count = forms.length;
  const root = head.indexOf(-1);
  if (root < 0 || (pos[root] !== 'NOUN' && pos[root] !== 'PROPN')) return false;
  let verb = -1;
  for (let index = 0; index < count; index += 1) {
    if (head[index] !== root) continue;
    const relation = dep[index]!;
    if (relation === 'cop' || relation === 'nsubj' || relation === 'nsubj:pass' || relation === 'ccomp')
      return false;
    if (relation !== 'acl' || pos[index] !== 'VERB' || index < root) continue;
    if (verb >= 0) return false;
    verb = index;
  }
  if (verb < 0 || !/ed$/u.test(forms[verb]!.toLowerCase())) return false;
  // the name runs up to the participle: only its own words (flat, compound) lie between
  for (let index = root + 1; index < verb; index += 1)
    if (head[index] !== root || pos[index] === 'PUNCT') return false;
  let complement = -1;
  for (let index = verb + 1; index < count; index += 1) {
    if (head[index] !== verb) continue;
    if (dep[index] === 'obj' || dep[index] === 'iobj' || dep[index]!.startsWith('aux')) return false;
    if (dep[index] === 'ccomp' && pos[index] === 'VERB' && complement < 0) complement = index;
  }
  if (complement < 0) return false;
  const finite = head.some(
    (parent, child) => parent === complement && dep[child] === 'nsubj' && child < complement,
  );
  if (!finite) return false;
  // the root's other words (the full stop, an opening "On Monday,") go to the verb
  for (let index = 0; index < count; index += 1)
    if (
      head[index] === root &&
      index !== verb &&
      (index > verb || dep[index] === 'obl' || dep[index] === 'punct')
    )
      head[index] = verb;
  head[verb] = -1;
  dep[verb] = 'root';
  head[root] = verb;
  dep[root] = 'nsubj';
  return true;
}

// the forms of "have" that make a perfect tense ("have denied", "has told", "had warned")
const PERFECT_AUXILIARIES = new Set(['have', 'has', 'had', "'ve", '’ve', "'d", '’d']);

/**
 * "Union leaders have denied that the strike will go ahead": after a plural subject the parser
 * sometimes takes "have" for the sentence's verb (the root, tagged as an auxiliary) and the
 * participle after it for an open complement (`xcomp`) governing the that-clause, so the report
 * has no verb with a subject. When the root is a form of "have" tagged as an auxiliary, with no
 * object of its own, and its open complement is a participle that follows it with nothing but
 * adverbs and a negation between them ("have repeatedly denied", "have not said"), with no
 * infinitive marker, the participle is the verb and "have" its auxiliary: the root's other
 * words go to the participle. ("They have plenty to do": no participle; "had the car towed": an
 * object.) Pure: it rewrites the arrays it is given.
 */
export function repairPerfectRoot(
  forms: readonly string[],
  pos: string[],
  head: Int32Array,
  dep: string[],
): boolean {
  const count = forms.length;
  const root = head.indexOf(-1);
  if (
    root < 0 ||
    (pos[root] !== 'AUX' && pos[root] !== 'VERB') ||
    !PERFECT_AUXILIARIES.has(forms[root]!.toLowerCase())
  )
    return false;
  let verb = -1;
  for (let index = 0; index < count; index += 1) {
    if (head[index] !== root) continue;
    const relation = dep[index]!;
    if (relation === 'obj' || relation === 'iobj' || relation === 'ccomp' || relation === 'cop') return false;
    if (relation === 'xcomp' && index > root && verb < 0) verb = index;
  }
  // a participle, not a gerund ("have trouble sleeping") or a present form
  if (verb < 0 || pos[verb] !== 'VERB' || /(?:ing|s)$/u.test(forms[verb]!.toLowerCase())) return false;
  // only adverbs and a negation between "have" and the participle
  for (let index = root + 1; index < verb; index += 1)
    if (pos[index] !== 'ADV' && pos[index] !== 'PART') return false;
  // no infinitive marker or subordinator on the participle ("have to go")
  for (let index = 0; index < count; index += 1)
    if (head[index] === verb && (dep[index] === 'mark' || dep[index]!.startsWith('nsubj'))) return false;
  for (let index = 0; index < count; index += 1)
    if (head[index] === root && index !== verb) head[index] = verb;
  head[verb] = -1;
  dep[verb] = 'root';
  head[root] = verb;
  dep[root] = 'aux';
  pos[root] = 'AUX';
  return true;
}

/**
 * The reduced relative inside a reported clause: "Police said the samples [taken] from the river
 * [contained] oil" is parsed with "the samples" as the object of "said", "taken" modifying it and
 * "contained" a clause of "taken". When a noun that is the object of a verb able to take a clause
 * (WordNet's frame "Somebody ----s that CLAUSE": say, report, find, …) is modified by a bare
 * participle (no auxiliary, subject or subordinator of its own) that governs, after it and with no
 * punctuation between, a verb with neither subject, subordinator nor infinitive marker and not in
 * -ing, that verb is the reported clause: it becomes the complement (`ccomp`) of the reporting verb
 * and the noun its subject. Pure: it rewrites the arrays it is given.
 */
export function repairObjectReducedRelative(
  forms: readonly string[],
  pos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: string[],
  takesClause: (lemma: string) => boolean,
): boolean {
  const count = forms.length;
  let repaired = false;
  for (let participle = 0; participle < count; participle += 1) {
    if (dep[participle] !== 'acl' || pos[participle] !== 'VERB') continue;
    const noun = head[participle]!;
    if (
      noun < 0 ||
      noun > participle ||
      dep[noun] !== 'obj' ||
      (pos[noun] !== 'NOUN' && pos[noun] !== 'PROPN')
    )
      continue;
    const reporting = head[noun]!;
    if (reporting < 0 || pos[reporting] !== 'VERB' || !takesClause(lemma[reporting]!.toLowerCase())) continue;
    if (!/(?:ed|en|wn|rn|ne|ld|ht|nt|ung|ost)$/u.test(forms[participle]!.toLowerCase())) continue;
    if (!nextToPhrase(pos, head, noun, participle)) continue;
    let verb = -1;
    let bare = true;
    for (let index = 0; index < count; index += 1) {
      if (head[index] !== participle) continue;
      const relation = dep[index]!;
      if (
        relation.startsWith('aux') ||
        relation === 'cop' ||
        relation === 'mark' ||
        relation.startsWith('nsubj')
      )
        bare = false;
      if (verb < 0 && index > participle && GOVERNED_CLAUSES.has(relation) && pos[index] === 'VERB')
        verb = index;
    }
    if (!bare) continue;
    if (verb < 0) {
      // "the union said worn rails [caused] the derailment", "said soldiers [fired] first": with no
      // later verb, a participle in -ed right after its noun, with no agent ("by") of its own and an
      // object (or after "say"), is the past tense of the reported clause's verb
      if (!forms[participle]!.toLowerCase().endsWith('ed')) continue;
      let agent = false;
      let object = false;
      for (let index = 0; index < count; index += 1) {
        if (head[index] !== participle) continue;
        if (dep[index] === 'obl:agent') agent = true;
        if (dep[index] === 'obj') object = true;
      }
      // a passive participle takes no object; without one, only "say" (which takes no such noun
      // phrase: "said the report published on Monday") is read so ("confirmed the report published")
      if (
        agent ||
        (!object && lemma[reporting]!.toLowerCase() !== 'say') ||
        !hasNoClauseOf(head, dep, reporting)
      )
        continue;
      head[participle] = reporting;
      dep[participle] = 'ccomp';
      head[noun] = participle;
      dep[noun] = 'nsubj';
      repaired = true;
      continue;
    }
    if (forms[verb]!.toLowerCase().endsWith('ing')) continue;
    let clean = true;
    for (let index = participle + 1; index < verb; index += 1)
      if (pos[index] === 'PUNCT' || pos[index] === 'SCONJ' || pos[index] === 'CCONJ') clean = false;
    for (let index = 0; index < count; index += 1)
      if (
        head[index] === verb &&
        (dep[index]!.startsWith('nsubj') || dep[index] === 'mark' || dep[index] === 'expl')
      )
        clean = false;
    if (!clean) continue;
    let passive = false;
    for (let index = 0; index < verb; index += 1)
      if (head[index] === verb && dep[index] === 'aux:pass') passive = true;
    // the reporting verb has no clause of its own already
    if (!clean || !hasNoClauseOf(head, dep, reporting)) continue;
    head[verb] = reporting;
    dep[verb] = 'ccomp';
    head[noun] = verb;
    dep[noun] = passive ? 'nsubj:pass' : 'nsubj';
    repaired = true;
  }
  return repaired;
}

/**
 * A reported clause opened by a subject with a reduced relative: "said on Monday that samples
 * [taken] from two shops [contained] bacteria" is parsed with the participle as the clause's verb
 * and the real verb as a clause it governs. When a clausal complement is headed by a bare
 * participle that cannot be a past tense ("taken", "seen", "shown", "written": ending in -en, -wn
 * or -rn with another lemma), with a noun subject before it and no auxiliary, copula or object, and
 * governs a later verb with no subject, subordinator or infinitive marker (not in -ing), with no
 * punctuation between, that verb heads the complement: it takes the participle's place and
 * subject, and the participle modifies the subject (`acl`). Pure: rewrites the arrays it is given.
 */
export function repairComplementReducedRelative(
  forms: readonly string[],
  pos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: string[],
): boolean {
  const count = forms.length;
  let repaired = false;
  for (let participle = 0; participle < count; participle += 1) {
    if (dep[participle] !== 'ccomp' || pos[participle] !== 'VERB') continue;
    const form = forms[participle]!.toLowerCase();
    if (!/(?:en|wn|rn)$/u.test(form) || lemma[participle]!.toLowerCase() === form) continue;
    let subject = -1;
    let verb = -1;
    let bare = true;
    for (let index = 0; index < count; index += 1) {
      if (head[index] !== participle) continue;
      const relation = dep[index]!;
      if (relation.startsWith('aux') || relation === 'cop' || relation === 'obj' || relation === 'iobj')
        bare = false;
      if (relation === 'nsubj' && index < participle) subject = index;
      if (verb < 0 && index > participle && GOVERNED_CLAUSES.has(relation) && pos[index] === 'VERB')
        verb = index;
    }
    if (!bare || subject < 0 || verb < 0 || (pos[subject] !== 'NOUN' && pos[subject] !== 'PROPN')) continue;
    if (forms[verb]!.toLowerCase().endsWith('ing')) continue;
    let clean = true;
    for (let index = participle + 1; index < verb; index += 1)
      if (pos[index] === 'PUNCT' || pos[index] === 'SCONJ' || pos[index] === 'CCONJ') clean = false;
    let passive = false;
    for (let index = 0; index < count; index += 1) {
      if (head[index] !== verb) continue;
      const relation = dep[index]!;
      if (relation.startsWith('nsubj') || relation === 'mark' || relation === 'expl') clean = false;
      if (relation === 'aux:pass') passive = true;
    }
    if (!clean) continue;
    // the subordinator and what hung on the participle before its subject go to the verb
    for (let index = 0; index < count; index += 1)
      if (head[index] === participle && (index < subject || index > verb)) head[index] = verb;
    head[verb] = head[participle]!;
    dep[verb] = 'ccomp';
    head[subject] = verb;
    dep[subject] = passive ? 'nsubj:pass' : 'nsubj';
    head[participle] = subject;
    dep[participle] = 'acl';
    repaired = true;
  }
  return repaired;
}

function hasNoClauseOf(head: Int32Array, dep: readonly string[], verb: number): boolean {
  for (let index = 0; index < head.length; index += 1)
    if (head[index] === verb && dep[index] === 'ccomp') return false;
  return true;
}

const PHRASE_WORDS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * Whether the participle follows its noun's own words directly: nothing else between, and no verb,
 * pronoun or subordinator among them ("claimed no responsibility for the content they carry …
 * since the commission [dubbed] them" is no such case).
 */
function nextToPhrase(pos: readonly string[], head: Int32Array, noun: number, participle: number): boolean {
  for (let index = noun + 1; index < participle; index += 1) {
    if (!PHRASE_WORDS.has(pos[index]!)) return false;
    let at = index;
    while (at >= 0 && at !== noun) at = head[at]!;
    if (at !== noun) return false;
  }
  return true;
}
