import { isFirstName } from '../coref/first-name-gender.js';
import {
  hasLemma,
  lemmaOf,
  NOUN_GROUP,
  synset,
  synsetsOf,
  taggedSenses,
  type WordNetPos,
} from '../events/wordnet.js';
import {
  demonym,
  isInstitutionHead,
  isNationalityOrGroup,
  lookupPlace,
  organisation,
} from '../lexicon/index.js';
import { lineAround, titleCase } from './headline-verbs.js';
import type { NameMention } from './name-mention.js';

/**
 * Names of wire press releases and business pages.
 *
 * A headline in title case ("Enterprises View Open Source As Key To Cutting Costs") gives the
 * recogniser capitals on ordinary words, and it makes names of them ("Enterprises View Open"). A
 * name inside a title-case line (headline-verbs.ts: most longer words capitalised; not a line
 * mostly in capitals, where the capitals say nothing, nor a sentence ending in a full stop; in a
 * text with running lines to compare against) that the text does not write again outside
 * such lines is dropped when every word of it is an ordinary word: the article writes it in lower
 * case more often than capitalised in the middle of its sentences, or, when the article does not
 * use it elsewhere, WordNet knows it in lower case as a word in common use (a sense tagged in its
 * concordance), or it is a closed-class word ("As", "To"). When only its last words are such words
 * and the words before them are a name the text writes outside the line ("Brightwater Survey
 * Finds" and "Brightwater" in the body), the name is cut to those words.
 */
export function dropTitleCaseWordNames(text: string, names: readonly NameMention[]): NameMention[] {
  let counts: WordCounts | undefined;
  const titled = new Map<number, boolean>();
  const output: NameMention[] = [];
  for (const name of names) {
    const [lineStart, lineEnd] = lineAround(text, name.start);
    if (name.end > lineEnd) {
      output.push(name);
      continue;
    }
    let title = titled.get(lineStart);
    if (title === undefined) {
      const line = text.slice(lineStart, lineEnd);
      title =
        titleCase(line) &&
        !inCapitals(line) &&
        !sentence(line) &&
        !LISTING.test(line) &&
        hasBody(text, lineStart, lineEnd);
      titled.set(lineStart, title);
    }
    if (!title) {
      output.push(name);
      continue;
    }
    const surface = text.slice(name.start, name.end);
    if (writtenOutside(text, surface, lineStart, lineEnd)) {
      output.push(name);
      continue;
    }
    // "Wall Street", "White House": a name WordNet lists as one word; a place, a body or a nationality
    // the lexicon knows; a person's name ("Guy Forget"); a body's name ("Michigan National Bank")
    if (knownName(surface) || isFirstName(surface.split(' ')[0]!) || bodyHead(surface)) {
      output.push(name);
      continue;
    }
    counts ??= wordCounts(text);
    const words = [...surface.matchAll(WORD)];
    const ordinary = words.map((word) => ordinaryWord(word[0], counts!));
    if (ordinary.every(Boolean)) continue;
    // "Brightwater Survey Finds": cut the ordinary words at its end when the rest is a name written elsewhere
    let cut: NameMention = name;
    for (let last = words.length - 1; last > 0 && ordinary[last]; last -= 1) {
      const word = words[last]!;
      const prefix = surface.slice(0, word.index).trimEnd();
      // "Mac Mini" and "the Mac mini" in the body: the product's own name
      const lowered = prefix + surface.slice(prefix.length).toLowerCase();
      if (writtenOutside(text, lowered, lineStart, lineEnd)) break;
      if (prefix.length > 0 && writtenOutside(text, prefix, lineStart, lineEnd)) {
        cut = { ...name, end: name.start + prefix.length };
        break;
      }
    }
    output.push(cut);
  }
  return output;
}

const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Closed-class words that WordNet does not list: never a name by themselves. */
const CLOSED: ReadonlySet<string> = new Set(
  (
    'a an the of to in into onto on at by for from with without about after against as before ' +
    'between but during over through under until up upon via and or nor so yet if that than ' +
    'its his her their our your we they it is are was were be been has have had do does did ' +
    'will would can could may might must not no new how why what who when where'
  ).split(' '),
);
const POS: readonly WordNetPos[] = ['noun', 'verb', 'adj'];

interface WordCounts {
  /** Lower-cased word → times written capitalised in the middle of a sentence, outside title-case lines. */
  readonly capitalised: ReadonlyMap<string, number>;
  /** Lower-cased word → times written in lower case outside title-case lines. */
  readonly lower: ReadonlyMap<string, number>;
}

/** How each word is written in the lines of the text that are not in title case. */
function wordCounts(text: string): WordCounts {
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (titleCase(line)) continue;
    for (const match of line.matchAll(WORD)) {
      const word = match[0];
      const key = word.toLowerCase();
      const at = match.index;
      if (word[0] === key[0]) lower.set(key, (lower.get(key) ?? 0) + 1);
      else {
        // in the middle of a sentence: not at the line's start nor after a stop, a colon or a quotation mark
        const before = line.slice(Math.max(0, at - 4), at).trimEnd();
        if (before !== '' && !/[.!?:;"“”‘’'(\-–—]$/u.test(before))
          capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
      }
    }
  }
  return { capitalised, lower };
}

/** A word of the headline that is no name in this article (see `dropTitleCaseWordNames`). */
function ordinaryWord(word: string, counts: WordCounts): boolean {
  const key = word.toLowerCase();
  if (CLOSED.has(key)) return true;
  // "AMD", "iPod": written otherwise than a capital and lower-case letters
  if (!/^\p{Lu}[\p{Ll}'’-]*$/u.test(word)) return false;
  if (knownName(word)) return false;
  const asName = counts.capitalised.get(key) ?? 0;
  const asWord = counts.lower.get(key) ?? 0;
  if (asName > 0 || asWord > 0) return asWord > asName;
  return POS.some((pos) => {
    const lemma = lemmaOf(key, pos);
    return lemma !== null && taggedSenses(lemma, pos) > 0;
  });
}

/** Lines of results, lists and labels, not headlines: a digit, two commas, a colon. */
const LISTING = /\d|,.*,|:/u;

/** The name's last word is the head of a body: an institution's head word, or a noun whose first WordNet sense is a group ("Bank"). */
function bodyHead(surface: string): boolean {
  const last = /\p{L}+$/u.exec(surface)?.[0];
  if (last === undefined) return false;
  if (isInstitutionHead(last)) return true;
  const lemma = lemmaOf(last.toLowerCase(), 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  return first !== undefined && synset(first, 'noun').lexicographerFile === NOUN_GROUP;
}

/**
 * A name WordNet lists as one word of several ("Wall Street"), or a place, an organisation or a
 * nationality the lexicon knows ("African"): WordNet's index is in lower case, so "african" would
 * pass for a word in common use.
 */
function knownName(surface: string): boolean {
  if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return true;
  if (!surface.includes(' ')) return demonym(surface) !== undefined || isNationalityOrGroup(surface);
  return hasLemma(surface.toLowerCase().replace(/ /gu, '_'), 'noun');
}

/** Whether the text writes `surface` as a word sequence outside the line. */
function writtenOutside(text: string, surface: string, lineStart: number, lineEnd: number): boolean {
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (at >= lineStart && at < lineEnd) continue;
    const before = text[at - 1];
    const after = text[at + surface.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      return true;
  }
  return false;
}

/**
 * A line ending in a full stop with a longer word in lower case is a sentence whose capitals are
 * mostly names ("Fans left the Harmony Concert Hall for Vnukovo Airport."), not a headline.
 */
function sentence(line: string): boolean {
  return /[.!?]["'’”]?\s*$/u.test(line) && /(?<![\p{L}'’-])\p{Ll}{4,}/u.test(line);
}

/** Whether the text has a line of running text (eight words or more, not in title case) besides the line: the words' evidence. */
function hasBody(text: string, lineStart: number, lineEnd: number): boolean {
  const rest = text.slice(0, lineStart) + '\n' + text.slice(lineEnd);
  return rest.split('\n').some((line) => !titleCase(line) && (line.match(/\p{L}+/gu) ?? []).length >= 8);
}

/** Whether most of the line's words of two letters or more are written all in capitals. */
function inCapitals(line: string): boolean {
  const words = (line.match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1);
  const capitals = words.filter((word) => word === word.toUpperCase());
  return words.length > 0 && capitals.length >= 0.5 * words.length;
}

/** A company's legal form ending a name: "Kestrel Networks Corp.", "Brightwater Research Ltd". */
const LEGAL_FORM_END = /[\p{L}\p{N}.)]?,? (?:&\s*)?(?:Inc|Corp|Ltd|Llc|LLC|plc|PLC|LLP|GmbH)\.?$/u;

/**
 * A name ending in a company's legal form is an organisation whatever the recogniser typed it:
 * "Kestrel Networks Corp. said" was a person, the speaker of "said".
 */
export function typeLegalFormNames(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) =>
    name.type !== 'ORG' && LEGAL_FORM_END.test(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'ORG' }
      : name,
  );
}
