import type { Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';

/**
 * The subject of a predicate when the parse may have hung it anywhere. A clause that has a subject
 * in its own dependents gives it; otherwise the subject is recovered through the clause the
 * predicate depends on:
 * - `xcomp` (control and raising: "tried to flee", "were believed to be part"), `conj` ("… and
 *   assisted the attackers"): the governing clause's subject;
 * - `parataxis`: a finite clause with no subject of its own that the parse hung beside another
 *   ("the three, who live in Velmora, were believed …" read as "who live …, [were believed]"): the
 *   neighbouring clause's subject, the nearest guess for a subject the parse lost;
 * - `advcl` marked "of" ("was suspected of hiding the weapons"): the verb's subject; an infinitive
 *   after "too" and an adjective ("was too weak to have caused it"): the adjective's subject;
 * - `acl` (a reduced relative: "the men believed to be part of the group"): the noun it modifies;
 * - `acl:relcl` ("the group that claimed the attack"): the noun the relative clause modifies.
 * A relative pronoun found as the subject ("who", "which", "that") stands for its antecedent: the
 * noun of the relative clause, or, when the parse did not make the clause a relative one, the noun
 * phrase just before ", who" (an asking "who" stays itself). Returns -1 when nothing is found
 * within a few steps.
 */
export function clauseSubject(tree: DependencyTree, predicate: number): number {
  let at = predicate;
  for (let steps = 0; steps < 6 && at >= 0; steps += 1) {
    const subject = tree.dependent(at, 'nsubj');
    if (subject >= 0) {
      const antecedent = isRelativePronoun(tree, subject) ? antecedentOf(tree, subject, at) : -1;
      return antecedent >= 0 ? antecedent : subject;
    }
    // "the two cousins, who run a bakery, were believed …" with the relative clause hung on the
    // predicate and the cousins inside it: the relative pronoun's antecedent
    const relative = tree
      .dependents(at, ['advcl', 'ccomp', 'parataxis', 'obl'])
      .find((child) => child < at && isUnmarkedRelative(tree, child));
    if (relative !== undefined) return antecedentOf(tree, tree.dependent(relative, 'nsubj'), relative);
    const token = tree.tokens[at] as Token;
    if (token.head < 0) return -1;
    switch (token.dep) {
      case 'xcomp':
      case 'conj':
      case 'parataxis':
        at = token.head;
        break;
      // "suspected [of hiding] the weapons": what the verb is of shares its subject
      case 'advcl':
        if (!markedOf(tree, at) && !isExcessComplement(tree, at)) return -1;
        at = token.head;
        break;
      case 'acl':
      case 'acl:relcl':
        return isNominal(tree.tokens[token.head] as Token) ? token.head : -1;
      default:
        return -1;
    }
  }
  return -1;
}

/**
 * "was too weak to have caused the crack": the infinitive after "too" and an adjective (or adverb)
 * says what its subject could not do or be; its subject is the adjective's.
 */
export function isExcessComplement(tree: DependencyTree, clause: number): boolean {
  const token = tree.tokens[clause] as Token;
  if ((token.dep !== 'advcl' && token.dep !== 'xcomp') || token.head < 0) return false;
  const governor = tree.tokens[token.head] as Token;
  if (governor.pos !== 'ADJ' && governor.pos !== 'ADV') return false;
  const marked = tree
    .dependents(clause, ['mark'])
    .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'to');
  return (
    marked &&
    tree
      .dependents(token.head, ['advmod'])
      .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'too')
  );
}

function markedOf(tree: DependencyTree, clause: number): boolean {
  return tree
    .dependents(clause, ['mark', 'case'])
    .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'of');
}

const RELATIVE = new Set(['who', 'which', 'that', 'whom']);

function isNominal(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM' || token.pos === 'PRON';
}

/** "who"/"which"/"that" as a pronoun subject (not the complementiser "that", which is `mark`). */
export function isRelativePronoun(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  return (token.pos === 'PRON' || token.pos === 'DET') && RELATIVE.has(token.lemma.toLowerCase());
}

/**
 * What a relative pronoun stands for: the noun of the relative clause ("the group [that] claimed
 * it"), or, in a clause the parse did not make relative, the noun phrase right before ", who" ("the
 * three, [who] live in Velmora"). -1 for a pronoun that asks ("said who was behind it").
 */
export function antecedentOf(tree: DependencyTree, pronoun: number, clause: number): number {
  const clauseToken = tree.tokens[clause] as Token;
  if (clauseToken.dep === 'acl:relcl' && clauseToken.head >= 0) return clauseToken.head;
  const comma = pronoun - 1;
  if (comma < 1 || (tree.tokens[comma] as Token).lemma !== ',') return -1;
  const before = comma - 1;
  const beforeToken = tree.tokens[before] as Token;
  return isNominal(beforeToken) && beforeToken.pos !== 'PRON' ? before : -1;
}

/**
 * Whether a clause is a relative clause the parse did not mark as one: its subject is a relative
 * pronoun that stands for the noun before it ("the three, who live in Velmora, …"). Such a clause
 * describes its antecedent; it is background, not what the source asserts.
 */
export function isUnmarkedRelative(tree: DependencyTree, clause: number): boolean {
  const subject = tree.dependent(clause, 'nsubj');
  return subject >= 0 && isRelativePronoun(tree, subject) && antecedentOf(tree, subject, clause) >= 0;
}
