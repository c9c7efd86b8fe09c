import { honorific } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { isCompanyPlural } from './word-senses.js';

const TITLE_BEFORE = /(\p{Lu}\p{Ll}+) $/u;
const PLURAL_WORD = /^\p{Lu}\p{Ll}+s$/u;

/** True when every time the text writes `word` as a word, `title` and a space stand before it. */
function alwaysAfter(text: string, word: string, title: string): boolean {
  const before = `${title} `;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const next = text.charCodeAt(at + word.length);
    const previous = text.charCodeAt(at - 1);
    const whole = !(next >= 0x61 && next <= 0x7a) && !(previous >= 0x41 && previous <= 0x7a);
    if (whole && text.slice(at - before.length, at) !== before) return false;
  }
  return true;
}

/**
 * "General Motors said", "the carmaker General Motors": the recogniser reads "General" as a rank
 * and tags "Motors" alone as a PERSON. A one-word PERSON name that is a company plural
 * (`isCompanyPlural`: "Motors", "Airlines", "Holdings") right after a title that is no courtesy or
 * academic one ("General"; not "Mr" or "Dr") names a company with that title word:
 * ORG, the title included. Not when the text writes the word anywhere without that title before it
 * ("Major Coates … Coates said" is a person).
 */
export function joinTitledCompanyNames(text: string, names: readonly NameMention[]): NameMention[] {
  let lastEnd = 0;
  return names.map((name) => {
    const previousEnd = lastEnd;
    lastEnd = name.end;
    if (name.type !== 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    if (!PLURAL_WORD.test(surface) || !isCompanyPlural(surface)) return name;
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, name.start - 20), name.start));
    if (before === null) return name;
    const title = before[1] as string;
    const start = name.start - title.length - 1;
    const kind = honorific(title)?.kind;
    if (start < previousEnd || kind === undefined || kind === 'courtesy' || kind === 'academic') return name;
    if (!alwaysAfter(text, surface, title)) return name;
    return { start, end: name.end, type: 'ORG' };
  });
}
