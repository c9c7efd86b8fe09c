import type { NameMention } from './name-mention.js';
import { isCommonWord } from './linked-names.js';
import { lemmaOf, NOUN_TIME, synset, synsetsOf, lexicographerFileOf } from '../events/wordnet.js';
import { isNationalityOrGroup, roleNoun } from '../lexicon/index.js';

/**
 * Names the recogniser cut short or grew over words that are no names, and words it took for names
 * (the shapes of a blind review of news pages; every example below is invented).
 */

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/**
 * "the Metro Police Const. Dave Ruiz": a police rank's abbreviation (or the rank written out) ends
 * the force's name and starts the officer's, whichever the recogniser made of them: "Metro Police
 * Const." came out as a person, or "Metro" alone as an organisation with "Police Const." lost. The
 * words before the rank become an organisation, the capitalised words after it a person.
 */
const POLICE_RANK = /^(?:Const|Cst|Sgt|Det|Insp|Cpl|Supt|Constable|Sergeant|Detective|Inspector|Corporal)$/u;
const FORCE_HEAD = /^(?:Police|Constabulary|Service|Force|Department|Sheriff's|Patrol)$/u;

export function splitPoliceRanks(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const surface = text.slice(name.start, name.end);
    // the rank inside one name: "Harbourton Police Sgt. Ann Kowal"
    const inside =
      / ((?:Const|Cst|Sgt|Det|Insp|Cpl|Supt)\.|Constable|Sergeant|Detective|Inspector|Corporal) (\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*)$/u.exec(
        surface,
      );
    if (inside !== null && FORCE_HEAD.test(surface.slice(0, inside.index).split(' ').pop() as string)) {
      output.push({ start: name.start, end: name.start + inside.index, type: 'ORG' });
      const personStart = name.end - (inside[2] as string).length;
      output.push({ start: personStart, end: name.end, type: 'PERSON' });
      continue;
    }
    // the force's last words and the rank between two names: "Metro" … "Police Const." … "Dave Ruiz"
    const next = names[index + 1];
    if (next !== undefined && next.type === 'PERSON' && name.type !== 'PERSON') {
      const gap = text.slice(name.end, next.start);
      const words = / ((?:\p{Lu}\p{Ll}+ )*?)(\p{Lu}\p{Ll}+)\.? $/u.exec(gap);
      if (words !== null && words.index === 0) {
        const inner = gap.trim().replace(/\.$/u, '').split(' ');
        const rank = inner[inner.length - 1] as string;
        const force = inner.slice(0, -1);
        if (
          POLICE_RANK.test(rank) &&
          force.length > 0 &&
          force.length <= 3 &&
          FORCE_HEAD.test(force[force.length - 1] as string)
        ) {
          output.push({ start: name.start, end: name.end + 1 + force.join(' ').length, type: 'ORG' });
          continue;
        }
      }
    }
    output.push(name);
  }
  return output;
}

/**
 * "the Nineties", "in the Seventies": a decade is no name. A one-word name whose every noun sense in
 * WordNet is a time and one of whose senses is written as a decade ("1990s") is dropped.
 */
export function dropDecades(text: string, names: readonly NameMention[]): NameMention[] {
  return names.filter((name) => {
    const surface = text.slice(name.start, name.end);
    if (name.type === 'PERSON' || !CAPITALISED.test(surface) || !surface.endsWith('ies')) return true;
    const senses = synsetsOf(surface.toLowerCase(), 'noun');
    if (senses.length === 0 || !senses.every((offset) => lexicographerFileOf(offset, 'noun') === NOUN_TIME))
      return true;
    return !senses.some((offset) => synset(offset, 'noun').words.some((word) => /^\d{4}s$/u.test(word)));
  });
}

/**
 * "more than 1,000 Canadians": a number before a nationality's plural is no part of a name; the
 * name keeps the nationality.
 */
export function dropLeadingNumbers(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    const match = /^\d[\d,.]* (\p{Lu}\p{Ll}+)$/u.exec(text.slice(name.start, name.end));
    if (match === null || !isNationalityOrGroup(match[1] as string)) return name;
    return { start: name.end - (match[1] as string).length, end: name.end, type: 'MISC', subtype: 'NORP' };
  });
}

/**
 * "the San Diego Union-Tribune" was cut at its hyphen: a name of two words or more followed,
 * across a hyphen, by a capitalised common noun that no other name holds ("-Tribune", "-Herald")
 * takes it. "the New York-Chicago route" stays apart: "Chicago" is no common word.
 */
export function joinHyphenatedNameParts(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name, index) => {
    if (name.type === 'PERSON' || !text.slice(name.start, name.end).includes(' ')) return name;
    const match = /^-(\p{Lu}\p{Ll}+)(?![\p{L}-])/u.exec(text.slice(name.end, name.end + 30));
    if (match === null || !isCommonWord(match[1] as string)) return name;
    const next = names[index + 1];
    const end = name.end + match[0].length;
    if (next !== undefined && next.start < end) return name;
    return { start: name.start, end, type: 'ORG' };
  });
}

/**
 * "the Upper West Side": "Upper" or "Lower" written with a capital inside a sentence, right
 * before a place's name, is part of it.
 */
export function joinDirectionalPlaceWords(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name, index) => {
    if (name.type !== 'LOC') return name;
    const before = /(?:^|[^.!?"“] )(Upper|Lower) $/u.exec(
      text.slice(Math.max(0, name.start - 10), name.start),
    );
    if (before === null || before.index === 0) return name;
    const start = name.start - (before[1] as string).length - 1;
    const previous = names[index - 1];
    if (previous !== undefined && previous.end > start) return name;
    return { ...name, start };
  });
}

/**
 * "the American Society for the Prevention of Cruelty to Animals" was cut before "to Animals": an
 * organisation's name that links its head with "of" or "for", followed by "to" and a capitalised
 * plural common noun, takes them.
 */
export function joinLinkedObjects(text: string, names: readonly NameMention[]): NameMention[] {
  return names
    .map((name, index) => {
      if (name.type !== 'ORG' || !/ (?:of|for) /u.test(text.slice(name.start, name.end))) return name;
      const match = /^ to (\p{Lu}\p{Ll}+)(?![\p{L}-])/u.exec(text.slice(name.end, name.end + 30));
      if (match === null) return name;
      const word = (match[1] as string).toLowerCase();
      const lemma = lemmaOf(word, 'noun');
      if (lemma === null || lemma === word) return name;
      const end = name.end + match[0].length;
      const next = names[index + 1];
      if (next !== undefined && next.start < end && next.end > end) return name;
      return { start: name.start, end, type: 'ORG' as const };
    })
    .filter((name, index, all) => index === 0 || name.start >= (all[index - 1] as NameMention).end);
}

/**
 * "The Interior Minister said …": a title of capitalised common words ending in a role noun, after
 * "the" and with no name after it, is no organisation ("Football Manager", a game's name without
 * the article, stays).
 */
export function dropTitlesAsOrganisations(text: string, names: readonly NameMention[]): NameMention[] {
  return names.filter((name) => {
    if (
      name.type !== 'ORG' ||
      !/(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, name.start - 5), name.start))
    )
      return true;
    const words = text.slice(name.start, name.end).split(' ');
    if (words.length < 2 || words.length > 3 || !words.every((word) => CAPITALISED.test(word))) return true;
    const last = words[words.length - 1] as string;
    const role = roleNoun(last);
    if (role === undefined || lemmaOf(last.toLowerCase(), 'noun') !== last.toLowerCase()) return true;
    if (!words.slice(0, -1).every((word) => isCommonWord(word))) return true;
    // a name after the title: "Interior Minister Ann Hale" is the recogniser's person to find
    return /^ \p{Lu}/u.test(text.slice(name.end, name.end + 2));
  });
}
