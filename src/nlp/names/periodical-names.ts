import { lemmaOf, synsetsOf, writtenCapitalised } from '../events/wordnet.js';
import { hasHypernymWord, lookupPlace } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/** WordNet synsets (by one of their words) that newspapers and magazines descend from. */
const PERIODICAL_WORDS: ReadonlySet<string> = new Set(['periodical', 'print_media', 'press', 'publisher']);

/**
 * "Writing in Velmora Monthly", "the Harbour Gazette": a name of two words or more typed a place or
 * a person whose last word is a kind of newspaper or magazine (one of its first two WordNet noun
 * senses lies under a periodical, the press or a publisher: "Journal", "Gazette", "Weekly",
 * "Monthly", "Magazine", "Press") names a publication and its publisher, an organisation, unless
 * the place lexicon knows the whole name. Words WordNet files under a medium only by a later sense,
 * or under another kind first ("Channel": a stretch of water), are left, and so are senses WordNet
 * writes capitalised (a surname that names one publisher: "Murdoch").
 */
export function typePeriodicalNames(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type !== 'LOC' && name.type !== 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    const last = /\s(\p{Lu}\p{Ll}+)$/u.exec(surface)?.[1];
    if (last === undefined || !isPeriodicalNoun(last) || lookupPlace(surface) !== undefined) return name;
    return { start: name.start, end: name.end, type: 'ORG' };
  });
}

function isPeriodicalNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const lemma = lemmaOf(lower, 'noun') ?? lower;
  return synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some(
      (sense) =>
        !writtenCapitalised(sense, 'noun', lemma) &&
        hasHypernymWord(sense, 'noun', { levels: 6 }, PERIODICAL_WORDS),
    );
}
