import type { Span } from '../../../model/index.js';
import type { DocumentIndex } from './document-index.js';

/**
 * Verification notes: a sentence saying whether a reported claim was confirmed ("The Herald could
 * not independently verify the account", "The figures have not been verified", "Reuters was able
 * to confirm the report"). Each note goes to the attribution it is about.
 */

export interface VerificationNote {
  /** The whole sentence that states it. */
  readonly sentence: Span;
  /** Where the verification verb phrase is. */
  readonly at: number;
  readonly status: 'confirmed' | 'unconfirmed';
  /** The noun the note is about ("report", "claims", "it"), lower-cased, or null. */
  readonly object: string | null;
}

const KEYWORD = /\b(?:confirm|verif|corroborat|authenticat)/gi;

const ADVERBS = '(?:(?:immediately|independently|separately|yet|so\\s+far|fully)\\s+)*';
const VERB = '(?:confirm(?:ed)?|verif(?:y|ied)|corroborat(?:e|ed)|authenticat(?:e|ed))';

/**
 * "could not immediately confirm the report", "was unable to verify", "did not independently verify",
 * "It was not possible to independently verify the claim".
 */
const ACTIVE_NEGATED = new RegExp(
  `\\b(?:(?:(?:was|is)\\s+not|has\\s+not\\s+been)\\s+possible\\s+to|(?:was|is)\\s+impossible\\s+to|could\\s+not|couldn[’']t|cannot|can[’']t|was\\s+unable\\s+to|were\\s+unable\\s+to|is\\s+unable\\s+to|has\\s+not\\s+been\\s+able\\s+to|have\\s+not\\s+been\\s+able\\s+to|did\\s+not|didn[’']t|has\\s+not|hasn[’']t|have\\s+not|haven[’']t|had\\s+not)\\s+${ADVERBS}${VERB}\\b`,
  'i',
);

/** "could not be independently verified", "has not been confirmed". */
const PASSIVE_NEGATED = new RegExp(
  `\\b(?:could\\s+not|couldn[’']t|cannot|can[’']t|has\\s+not|hasn[’']t|have\\s+not|haven[’']t|had\\s+not|was\\s+not|were\\s+not|is\\s+not|are\\s+not)\\s+(?:yet\\s+)?been\\s+${ADVERBS}${VERB}\\b|\\b(?:could\\s+not|couldn[’']t|cannot|can[’']t)\\s+be\\s+${ADVERBS}${VERB}\\b`,
  'i',
);

/** "was able to independently confirm", "has verified", "independently verified". */
const AFFIRMED = new RegExp(
  `\\b(?:(?:was|were)\\s+able\\s+to\\s+${ADVERBS}${VERB}|(?:has|have)\\s+${ADVERBS}(?:confirmed|verified|corroborated|authenticated)|independently\\s+(?:confirmed|verified|corroborated))\\b`,
  'i',
);

/** The noun phrase head right after the verb: "confirm the report" → "report". */
const OBJECT_AFTER =
  /^\s+(?:(?:the|this|that|these|those|its|his|her|their|such|any\s+of\s+the)\s+)?(?:[\w’'-]+\s+)?([\w’'-]+)/i;

export const ABOUT_A_CLAIM: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'reporting',
  'story',
  'article',
  'account',
  'accounts',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'statement',
  'statements',
  'assertion',
  'assertions',
  'remarks',
  'comments',
  'details',
  'information',
  'it',
  'this',
  'that',
  'them',
  'these',
  'those',
]);

/**
 * What the note is about: the subject of a passive ("The figures have not been verified" →
 * "figures"), else the head of the object ("confirm the Bloomberg report" → "report").
 */
function objectOf(
  text: string,
  sentenceStart: number,
  at: number,
  after: number,
  passive: boolean,
): string | null {
  if (passive) {
    const words = text.slice(sentenceStart, at).trim().split(/\s+/);
    const last = words[words.length - 1];
    return last === undefined || last.length === 0 ? null : last.toLowerCase();
  }
  const match = OBJECT_AFTER.exec(text.slice(after, after + 60));
  if (!match) return null;
  const words = match[0].trim().toLowerCase().split(/\s+/);
  const found = words.find((word) => ABOUT_A_CLAIM.has(word));
  return found ?? words[words.length - 1] ?? null;
}

/** Every verification note in the text, in order; one regex pass finds the sentences to look at. */
export function findVerificationNotes(index: DocumentIndex): VerificationNote[] {
  const notes: VerificationNote[] = [];
  const text = index.text;
  let lastSentence = -1;
  KEYWORD.lastIndex = 0;
  for (let match = KEYWORD.exec(text); match !== null; match = KEYWORD.exec(text)) {
    const sentenceIndex = index.sentenceIndexAt(match.index);
    if (sentenceIndex === lastSentence) continue;
    lastSentence = sentenceIndex;
    const sentence = index.sentenceAt(match.index);
    const slice = text.slice(sentence.start, sentence.end);
    const passive = PASSIVE_NEGATED.exec(slice);
    const active = passive === null ? ACTIVE_NEGATED.exec(slice) : null;
    const affirmed = passive === null && active === null ? AFFIRMED.exec(slice) : null;
    const found = passive ?? active ?? affirmed;
    if (found === null) continue;
    const at = sentence.start + found.index;
    const object = objectOf(text, sentence.start, at, at + found[0].length, passive !== null);
    notes.push({ sentence, at, status: affirmed !== null ? 'confirmed' : 'unconfirmed', object });
  }
  return notes;
}
