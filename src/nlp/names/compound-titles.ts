import { lexicographerFileOf, NOUN_PERSON, synsetsOf } from '../events/wordnet.js';
import { honorific, roleNoun } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/**
 * "Inspector General Mara Lind", "Surgeon General Ada Vey", "Major General Tom Reed": the recogniser
 * took the second word of a two-word title into the person's name ("General Mara Lind") and left
 * the first out, or typed it a name of its own ("Surgeon"/ORG). A PERSON name of two words or more
 * whose first word is a title (an honorific or a role noun of the lexicon), right after a
 * capitalised word that makes one title with it, starts after the title: the title is a
 * description, not half of one in the name. The two words make a title when WordNet has them as
 * one noun for a kind of person ("inspector general", "surgeon general"), the lexicon as one role
 * ("attorney general"), or both are honorifics of one kind ("Major General"). A name that is the
 * first word alone, when that word is a kind of person ("Surgeon", not "Treasury"), or both words,
 * before the title's second word or before the person's name, goes. (Coreference then takes the
 * whole title into the mention, as it takes "President" or "Prime Minister": `oneTitle` tells it
 * where the title starts.)
 */
export function trimCompoundTitles(text: string, names: readonly NameMention[]): NameMention[] {
  let drop: Set<NameMention> | undefined;
  let output: NameMention[] | undefined;
  names.forEach((name, index) => {
    if (name.type !== 'PERSON') return;
    // the title's second word inside the name ("General Mara Lind") or right before it
    const isTitle = (word: string): boolean => honorific(word) !== undefined || roleNoun(word) !== undefined;
    const opening = /^(\p{Lu}\p{Ll}+) +(?=\p{Lu})/u.exec(text.slice(name.start, name.end));
    const inside = opening !== null && isTitle(opening[1] as string) ? opening : null;
    const outside =
      inside === null
        ? / (\p{Lu}\p{Ll}+)$/u.exec(text.slice(Math.max(0, name.start - 30), Math.max(0, name.start - 1)))
        : null;
    const second = (inside ?? outside)?.[1];
    if (second === undefined || !isTitle(second)) return;
    const secondStart = inside === null ? name.start - 1 - second.length : name.start;
    const before = /(?:^|[\s("“'‘])(\p{Lu}\p{Ll}+) $/u.exec(
      text.slice(Math.max(0, secondStart - 30), secondStart),
    );
    if (before === null) return;
    const first = before[1] as string;
    if (!oneTitle(first, second)) return;
    if (inside !== null) {
      output ??= names.slice();
      output[index] = { start: name.start + inside[0].length, end: name.end, type: 'PERSON' };
    }
    // the first word typed a name of its own goes only when it names a kind of person
    // ("Surgeon"), not a body ("Treasury Secretary": the Treasury stays)
    const firstStart = secondStart - 1 - first.length;
    if (!isPersonWord(first)) return;
    for (const other of names)
      if (
        other.start === firstStart &&
        (other.end === firstStart + first.length || other.end === secondStart + second.length)
      )
        (drop ??= new Set()).add(other);
  });
  if (output === undefined && drop === undefined) return names.slice();
  const changed = output ?? names.slice();
  const dropped = drop;
  return dropped === undefined
    ? changed
    : changed.filter((_, index) => !dropped.has(names[index] as NameMention));
}

/** "Inspector" and "General", "Attorney" and "General", "Major" and "General": one title. */
export function oneTitle(first: string, second: string): boolean {
  const compound = `${first.toLowerCase()}_${second.toLowerCase()}`;
  if (synsetsOf(compound, 'noun').some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_PERSON))
    return true;
  if (roleNoun(`${first} ${second}`) !== undefined) return true;
  // two titles of one kind ("Major General"); never a courtesy title before the name ("Minister
  // Lord X", "Auditor General Sir Y": the title before it is a title of its own)
  const kind = honorific(second)?.kind;
  return kind !== undefined && kind !== 'courtesy' && honorific(first)?.kind === kind;
}

/** A word whose first WordNet noun sense is a kind of person ("surgeon", "inspector"). */
function isPersonWord(word: string): boolean {
  const first = synsetsOf(word.toLowerCase(), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_PERSON;
}
