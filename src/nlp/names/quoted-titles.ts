import type { NameMention } from './name-mention.js';

const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", '»']);

/**
 * Titles of films, shows, songs and books are written in quotation marks: 'the hit drama "The
 * O.C.,"', 'the festival favourite "Lawn Dogs"'. A name that fills a quotation by itself (an article
 * and a comma or full stop inside the marks allowed) is a work, MISC, whatever the recogniser made
 * of it ("Lawn Dogs" was a place). A quoted name inside a longer quotation is a name in speech and
 * stays. Organisations keep their type: some house styles quote them.
 */
export function typeQuotedTitles(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    // organisations are quoted by some house styles ('the site “Meduza,”', «Gazprom»)
    if (name.type === 'MISC' || name.type === 'ORG') return name;
    let before = name.start;
    const article = /(?:The|A|An) $/u.exec(text.slice(Math.max(0, before - 4), before));
    if (article !== null) before -= article[0].length;
    let after = name.end;
    while (after < text.length && /[,.!?]/u.test(text.charAt(after))) after += 1;
    const opens = before > 0 && OPENING_QUOTES.has(text.charAt(before - 1));
    const closes = after < text.length && CLOSING_QUOTES.has(text.charAt(after));
    return opens && closes ? { start: name.start, end: name.end, type: 'MISC' } : name;
  });
}
