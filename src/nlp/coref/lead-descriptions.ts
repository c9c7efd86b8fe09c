import type { Token } from '../../model/index.js';
import { reportingVerb } from '../attribution/spans/reporting-predicate.js';

/**
 * The delayed name of a news lead: "A suspected smuggler was arrested in Dunmore on Monday. / Oren
 * Vask, 41, was held at the port." A description that is the subject of a sentence naming nobody of
 * its kind is the person whom the next sentence first names as its subject. Returns the index (in
 * `nameAt`'s numbering) of that person, or -1. `head` is the description's first head token;
 * `nameAt` maps each token to the person or organisation one of whose names covers it (-1 for
 * none); `isCandidate` says whether an index is of the description's kind; `firstNamed` gives the
 * start of a candidate's first mention. Left alone: a next sentence whose verb reports ("Oren Vask
 * said"; a spokesman is named so), and a subject named earlier in the text (someone else then).
 */
export function leadNamedPerson(
  tokens: readonly Token[],
  sentences: readonly { readonly firstToken: number; readonly endToken: number }[],
  sentenceOf: Int32Array,
  head: number,
  nameAt: Int32Array,
  isCandidate: (index: number) => boolean,
  firstNamed: (index: number) => number,
): number {
  const token = tokens[head];
  if (token === undefined || (token.dep !== 'nsubj' && token.dep !== 'nsubj:pass')) return -1;
  const sentence = sentences[sentenceOf[head]!];
  const next = sentences[sentenceOf[head]! + 1];
  if (sentence === undefined || next === undefined) return -1;
  for (let at = sentence.firstToken; at < sentence.endToken; at++)
    if (nameAt[at]! >= 0 && isCandidate(nameAt[at]!)) return -1;
  for (let at = next.firstToken; at < next.endToken; at++) {
    const subject = tokens[at]!;
    if (subject.dep !== 'nsubj' && subject.dep !== 'nsubj:pass') continue;
    const verb = tokens[subject.head];
    if (verb === undefined || verb.dep !== 'root') continue;
    const person = nameAt[at]!;
    if (person < 0 || !isCandidate(person)) return -1;
    if (reportingVerb(verb.lemma).communication) return -1;
    return firstNamed(person) >= tokens[next.firstToken]!.start ? person : -1;
  }
  return -1;
}
