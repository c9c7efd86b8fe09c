import { isFirstName } from '../coref/first-name-gender.js';
import { synsetsOf } from '../events/wordnet.js';
import { hasHypernymWord } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/** WordNet's synsets for written law: "bill" (a statute in draft), "act" (a legal document). */
const LEGAL_DOCUMENT_WORDS: ReadonlySet<string> = new Set(['legal_document', 'legal_instrument', 'statute']);

const legalMemo = new Map<string, boolean>();

/** Is the first WordNet noun sense of a capitalised word a kind of written law ("Bill", "Act")? */
export function isLegislationWord(word: string): boolean {
  const lower = word.toLowerCase();
  const known = legalMemo.get(lower);
  if (known !== undefined) return known;
  const first = synsetsOf(lower, 'noun')[0];
  const found = first !== undefined && hasHypernymWord(first, 'noun', { levels: 3 }, LEGAL_DOCUMENT_WORDS);
  if (legalMemo.size < 1000) legalMemo.set(lower, found);
  return found;
}

/** A capitalised word, or a lower-case joining word inside a law's name ("and", "of"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|and|of|for|on|&)$/u;

/**
 * "the Serious Organised Crime and Police Bill", "the Disability Bill", "the Clean Air Act": a law's
 * name is capitalised words after "the" that end in a word WordNet first reads as written law (a
 * bill, an act). The recogniser kept its last word as a person ("Bill") or cut it ("Organised
 * Crime" + "Bill"). A name ending in such a word, with at least one capitalised word before it on
 * the same line back to a lower-case "the", becomes one MISC name from the word after "the"; the
 * names inside go. "Bill Hale", "Bill said" (nothing capitalised before) stay.
 */
export function joinLegislationNames(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    const last = surface.slice(surface.lastIndexOf(' ') + 1);
    if (!/^\p{Lu}\p{Ll}+$/u.test(last) || !isLegislationWord(last)) {
      output.push(name);
      continue;
    }
    // the words before the name, back to "the" on the same line
    const lineStart = text.lastIndexOf('\n', name.start) + 1;
    const words = text.slice(lineStart, name.start).split(' ');
    words.pop(); // the empty string before the name
    let start = name.start;
    let found = false;
    for (let index = words.length - 1, offset = name.start - 1; index >= 0; index -= 1) {
      const word = words[index] as string;
      offset -= word.length;
      if (word === 'the') {
        found = true;
        break;
      }
      if (!NAME_WORD.test(word)) break;
      start = offset;
      offset -= 1;
    }
    const covered = text.slice(start, name.start);
    // at least one capitalised word before the law's word, and the name does not open on a joining word
    if (
      !found ||
      (start === name.start && !surface.includes(' ')) ||
      /^(?:and|of|for|on|&) /u.test(covered)
    ) {
      // "the federal Can-Spam Act": a longer name ending in a law's word that is no given name
      // ("Buffalo Bill" is a person's)
      output.push(
        surface.includes(' ') && !isFirstName(last)
          ? { start: name.start, end: name.end, type: 'MISC' }
          : name,
      );
      continue;
    }
    while (output.length > 0 && (output[output.length - 1] as NameMention).end > start) output.pop();
    output.push({ start, end: name.end, type: 'MISC' });
  }
  return typeLawsNamedAgain(text, output);
}

/**
 * Once the text names a law ("the Prevention of Terrorism Bill"), "the Bill" alone is that law,
 * not a person named Bill: a one-word name that is the last word of a law's name, right after
 * "the" or "The", becomes MISC.
 */
function typeLawsNamedAgain(text: string, names: readonly NameMention[]): NameMention[] {
  const lawWords = new Set<string>();
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (name.type === 'MISC' && surface.includes(' ')) {
      const last = surface.slice(surface.lastIndexOf(' ') + 1);
      if (isLegislationWord(last)) lawWords.add(last);
    }
  }
  if (lawWords.size === 0) return names.slice();
  return names.map((name) =>
    name.type !== 'MISC' &&
    lawWords.has(text.slice(name.start, name.end)) &&
    /(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, name.start - 5), name.start))
      ? { start: name.start, end: name.end, type: 'MISC' }
      : name,
  );
}
