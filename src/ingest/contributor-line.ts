/**
 * The note that credits the reporters of a story at its foot ("Staff writers Tom Bell and Ana Ruiz
 * contributed to this report.", "Reporting by Ana Ruiz; Editing by Tom Bell", "Ana Ruiz contributed
 * reporting from Lyon."): page furniture, not story. Left in the body it turns the reporters into
 * people the story talks about.
 */
export const CONTRIBUTOR_PHRASE =
  /\b(?:contributed (?:to (?:this|the) (?:report|story|article)|(?:additional )?reporting)|(?:additional )?reporting by|writing by|editing by|compiled by)\b/i;

/** Contributor notes are short; a sentence of the story that says "contributed reporting" is not. */
const MAX_WORDS = 30;

export function isContributorLine(paragraph: string): boolean {
  return CONTRIBUTOR_PHRASE.test(paragraph) && paragraph.split(/\s+/u).length <= MAX_WORDS;
}
