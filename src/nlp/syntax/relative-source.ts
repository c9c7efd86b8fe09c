import { reportsInFrequentSense } from './inverted-report.js';

/**
 * "An official, who asked not to be named, said five crates were seized": a source modified by a
 * subject relative clause, then the reporting verb. The parser tends to hang the reporting verb
 * inside the relative clause (a conjunct of "asked", or an open complement of "named"), which
 * leaves the sentence rooted on the noun, with no verb. The repair: when the root is a noun or a
 * name with no copula, subject or clause of its own, and it is modified by a relative clause
 * (`acl:relcl`) after it whose subject is a relative pronoun ("who", "that"), the first verb
 * inside that clause that is attached as a conjunct or an open complement, has no subject of its
 * own, reports speech or thought in a frequent WordNet sense, and governs a clausal complement, is
 * the sentence's verb: the noun becomes its subject, the relative clause stays on the noun, and the
 * root's words after the verb (the full stop) go to the verb. (A noun with a relative clause and no
 * other verb is a headline's fragment, never a reported sentence.) Pure but for WordNet: it rewrites
 * the arrays it is given.
 */

const RELATIVE_PRONOUNS = /^(?:who|that|which)$/iu;
const ROOT_CLAUSE = new Set(['cop', 'nsubj', 'nsubj:pass', 'csubj', 'ccomp', 'aux', 'aux:pass']);

export function repairRelativeClauseSource(
  forms: readonly string[],
  pos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: string[],
): boolean {
  const count = forms.length;
  const root = head.indexOf(-1);
  if (root < 0 || (pos[root] !== 'NOUN' && pos[root] !== 'PROPN')) return false;
  let relative = -1;
  for (let index = 0; index < count; index += 1) {
    if (head[index] !== root) continue;
    if (ROOT_CLAUSE.has(dep[index]!)) return false;
    if (relative < 0 && dep[index] === 'acl:relcl' && index > root) relative = index;
  }
  if (relative < 0) return false;
  const relativeSubject = head.findIndex(
    (parent, child) => parent === relative && dep[child] === 'nsubj' && child < relative,
  );
  if (relativeSubject < 0 || !RELATIVE_PRONOUNS.test(forms[relativeSubject]!)) return false;
  const verb = reportingVerbInside(forms, pos, lemma, head, dep, relative);
  if (verb < 0) return false;
  for (let index = verb + 1; index < count; index += 1) if (head[index] === root) head[index] = verb;
  // the comma that closes the relative clause is the clause's, as in a sentence the parser got right
  if (verb > 0 && forms[verb - 1] === ',' && head[verb - 1] === verb) head[verb - 1] = relative;
  head[verb] = -1;
  dep[verb] = 'root';
  head[root] = verb;
  dep[root] = 'nsubj';
  return true;
}

/** The first verb under the relative clause that the parser hung there but that reports: see above. */
function reportingVerbInside(
  forms: readonly string[],
  pos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: readonly string[],
  relative: number,
): number {
  for (let index = relative + 1; index < forms.length; index += 1) {
    if (!descendsFrom(head, index, relative)) continue;
    if (pos[index] !== 'VERB' || (dep[index] !== 'conj' && dep[index] !== 'xcomp')) continue;
    // "who asked to be named and said": a subject of its own or a coordinator makes it the clause's
    const own = head.some(
      (parent, child) =>
        parent === index && child < index && (dep[child]!.startsWith('nsubj') || dep[child] === 'cc'),
    );
    if (own) continue;
    // an infinitive ("who asked to speak") belongs to the clause
    if (index > 0 && forms[index - 1]!.toLowerCase() === 'to') continue;
    if (!reportsInFrequentSense(lemma[index]!)) continue;
    const complement = head.some(
      (parent, child) => parent === index && dep[child] === 'ccomp' && child > index,
    );
    if (complement) return index;
  }
  return -1;
}

function descendsFrom(head: Int32Array, index: number, ancestor: number): boolean {
  let at = head[index]!;
  for (let steps = 0; at >= 0 && steps < head.length; steps += 1) {
    if (at === ancestor) return true;
    at = head[at]!;
  }
  return false;
}
