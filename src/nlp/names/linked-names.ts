import type { NameMention } from './name-mention.js';
import { isOrganisationHead } from './organisation-heads.js';
import { lemmaOf, lexicographerFileOf, NOUN_GROUP, synsetsOf } from '../events/wordnet.js';
import { isNationalityOrGroup } from '../lexicon/index.js';

/** Institutions WordNet files as buildings (noun.artifact): "Museum of Art", "Gallery of Modern Art". */
const INSTITUTION_BUILDINGS: ReadonlySet<string> = new Set([
  'Museum',
  'Gallery',
  'Library',
  'Hospital',
  'School',
  'College',
  'University',
]);

/**
 * Does the word head an organisation's name: a listed head ("Committee", "Coalition"), or a
 * capitalised noun whose first WordNet sense is a group ("Guild", "Academy", "Court")?
 */
export function isLinkedHead(word: string): boolean {
  if (isOrganisationHead(word) || INSTITUTION_BUILDINGS.has(word)) return true;
  return isGroupNoun(word);
}

/** Words that link an organisation's head to what it is of, for or on ("Committee on Oversight"). */
const LINK = /^ (?:of|for|on)(?: the)? $/u;
/** A capitalised word of a name ("Oversight", "Black", "U.S.", "Al-Aqsa"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}.’'-]*|\d+)$/u;
/** Lower-case words allowed inside the tail ("Government Reform and the Environment"). */
const TAIL_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', '&']);
/** Days and months end a run: "the Committee on Monday". */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;
/** At most this many words after the link word. */
const MAX_TAIL_WORDS = 8;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function wordsFrom(text: string, from: number, limit: number): Word[] {
  const words: Word[] = [];
  const pattern = /[^\s,;:()"“”]+/gu;
  pattern.lastIndex = from;
  let previousEnd = from;
  for (let match = pattern.exec(text); match !== null && words.length < limit; match = pattern.exec(text)) {
    // one space between words, nothing else
    if (words.length > 0 && match.index !== previousEnd + 1) break;
    if (words.length === 0 && match.index !== from) break;
    const word = match[0].replace(/[.’']$/u, (tail) =>
      tail === '.' && /\p{Lu}\.$/u.test(match[0]) ? tail : '',
    );
    words.push({ start: match.index, end: match.index + word.length, text: word });
    if (word.length !== match[0].length) break;
    previousEnd = match.index + match[0].length;
  }
  return words;
}

/**
 * The run of capitalised words after the link word: its end, and where an "and" inside it falls. A
 * number opens a run only after "of" ("Group of 77"): "the Court on 20 March", "Council for 20 years"
 * are dates and spans.
 */
function tailRun(
  words: readonly Word[],
  link: string,
): { readonly end: number; readonly beforeAnd: number; readonly afterAnd: number } | null {
  if (!NAME_WORD.test(words[0]?.text ?? '')) return null;
  if (/^\d/u.test(words[0]?.text ?? '') && !link.startsWith(' of')) return null;
  let end = -1;
  let beforeAnd = -1;
  let afterAnd = -1;
  for (const [position, word] of words.entries()) {
    if (CALENDAR_WORD.test(word.text) || /[’']s$/u.test(word.text)) break;
    if (NAME_WORD.test(word.text)) end = word.end;
    else if (!TAIL_FUNCTION_WORDS.has(word.text)) break;
    // "and the FBI" is a second organisation; "and Government Reform" goes on
    else if (word.text === 'and' || word.text === '&') {
      if (!NAME_WORD.test(words[position + 1]?.text ?? '') || afterAnd >= 0) break;
      beforeAnd = end;
      afterAnd = word.end;
    }
  }
  if (end < 0) return null;
  return { end, beforeAnd: afterAnd < 0 ? end : beforeAnd, afterAnd };
}

/**
 * The index after the names that lie inside a run ending at `end`, or undefined when one of them
 * may not be taken in: a person's name, one that runs past the run, or after "and" a place or an
 * acronym ("… of Ministers and Germany", "and NATO").
 */
function takenNames(
  text: string,
  names: readonly NameMention[],
  from: number,
  end: number,
  afterAnd: number,
): number | undefined {
  if (end < 0) return undefined;
  let next = from;
  while (next < names.length && (names[next] as NameMention).start < end) {
    const inner = names[next] as NameMention;
    if (inner.type === 'PERSON' || inner.end > end) return undefined;
    const innerSurface = text.slice(inner.start, inner.end);
    if (afterAnd >= 0 && inner.start > afterAnd && (inner.type === 'LOC' || /^\p{Lu}+$/u.test(innerSurface)))
      return undefined;
    next += 1;
  }
  return next;
}

/**
 * Organisations named with a link word stay whole: the recogniser ends "the House Committee on
 * Oversight and Government Reform" at "Committee" and keeps "Government Reform" as a second name,
 * and "National Coalition for Black Civic Participation" becomes two organisations. A name whose
 * last word is an organisation's head ("Committee", "Coalition", "Council", …) followed by "of",
 * "for" or "on" and a run of capitalised words (with "and", "of", "the" inside it) takes that run
 * in, with the names it covers; a person's name after the link word ("Council for Anna Lind") is
 * never taken, nor a run that ends in a lower-case word.
 */
export function joinLinkedOrganisationNames(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const surface = text.slice(name.start, name.end);
    const lastWord = surface.slice(surface.lastIndexOf(' ') + 1);
    const link = text.slice(name.end, name.end + 9).match(/^ (?:of|for|on)(?: the)? /u);
    // "Guild" alone read as a person: a one-word head is no person's name before "of America"
    const person = name.type === 'PERSON' && (surface !== lastWord || !isGroupNoun(lastWord));
    if (person || !isLinkedHead(lastWord) || link === null || !LINK.test(link[0])) {
      output.push(name);
      continue;
    }
    const words = wordsFrom(text, name.end + link[0].length, MAX_TAIL_WORDS);
    const run = tailRun(words, link[0]);
    if (run === null) {
      output.push(name);
      continue;
    }
    // "and NATO" is a name of its own: then the run stops before "and"
    let end = run.end;
    let next = takenNames(text, names, index + 1, end, run.afterAnd);
    if (next === undefined) {
      end = run.beforeAnd;
      next = takenNames(text, names, index + 1, end, -1);
    }
    if (next === undefined) {
      output.push(name);
      continue;
    }
    // a lone head ("Guild of America") takes in the words before it the recogniser left out
    const start = surface === lastWord ? leftEnd(text, output[output.length - 1], name.start) : name.start;
    output.push({ start, end, type: 'ORG' });
    index = next - 1;
  }
  return output;
}

/** A capitalised word of a name's left part: "Writers", "Painters", "Metropolitan". */
const LEFT_WORD = /(?<=^|[ (“"])(\p{Lu}\p{Ll}+) $/u;

/**
 * Where a linked organisation's name begins: its first word, or up to three capitalised common
 * words (WordNet nouns or adjectives, "Writers", "Painters") right before it that no name covers.
 */
function leftEnd(text: string, previous: NameMention | undefined, start: number): number {
  let begin = start;
  for (let taken = 0; taken < 3; taken += 1) {
    const match = LEFT_WORD.exec(text.slice(Math.max(0, begin - 20), begin));
    if (match === null) break;
    const word = (match[1] as string).toLowerCase();
    const from = begin - match[0].length;
    if (previous !== undefined && previous.end > from) break;
    const lemma = word.endsWith('s') && synsetsOf(word, 'noun').length === 0 ? word.slice(0, -1) : word;
    if (synsetsOf(lemma, 'noun').length === 0 && synsetsOf(lemma, 'adj').length === 0) break;
    if (/^(?:the|a|an|in|on|at|of|for|and|but|as|by|with|from|to|this|that|these|those)$/u.test(word)) break;
    begin = from;
  }
  return begin;
}

function isGroupNoun(word: string): boolean {
  const first = /^\p{Lu}\p{Ll}+$/u.test(word) ? synsetsOf(word.toLowerCase(), 'noun')[0] : undefined;
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_GROUP;
}

/** Arabic name particles written with a hyphen: "al-Zarqawi", "el-Sisi", "Al-Masri". */
const ARABIC_PARTICLE = /^ (?:[aA]l|[eE]l|[aA]d|[aA]r|[aA]sh|[aA]t|[aA]z)[-‑]\p{Lu}[\p{L}\p{M}’']*/u;

/**
 * A person's name keeps its Arabic particle and what follows it: "Abu Musab al-Zarqawi" was cut at
 * "al-", leaving "Abu Musab" a person and "Zarqawi" an organisation. A PERSON name followed, one
 * space apart, by "al-…" / "el-…" takes that word in, with any name that lies inside it.
 */
export function joinArabicParticles(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const match = name.type === 'PERSON' ? text.slice(name.end, name.end + 40).match(ARABIC_PARTICLE) : null;
    if (match === null) {
      output.push(name);
      continue;
    }
    const end = name.end + match[0].replace(/[’']s$|[’']$/u, '').length;
    let next = index + 1;
    let blocked = false;
    while (next < names.length && (names[next] as NameMention).start < end) {
      if ((names[next] as NameMention).end > end) blocked = true;
      next += 1;
    }
    if (blocked) {
      output.push(name);
      continue;
    }
    output.push({ ...name, end });
    index = next - 1;
  }
  return output;
}

/** Prefixes of ships' names: "USS Carl Vinson", "HMS Queen Elizabeth", "MV Wakashio", "SS Gaelic", "RMS Tayside". */
const SHIP_PREFIX =
  /^(?:the )?(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|RFS|MV|M\/V|RV|BRP|PNS|SS|RMS)\s+\p{Lu}/u;

/**
 * Ships are no organisations: "the USS Carl Vinson" was typed ORG. A name led by a ship prefix
 * becomes MISC with subtype PRODUCT (the contract's MISC holds products; a vessel is a made thing,
 * not a place).
 */
export function typeShips(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) =>
    SHIP_PREFIX.test(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'MISC', subtype: 'PRODUCT' }
      : name,
  );
}

/**
 * A nationality before an organisation's common-word name is part of it: "the British High
 * Commission" came out as "British" (NORP) and "High Commission" (ORG), and coreference then joined
 * the British and the Canadian "High Commission". A NORP name one space before an ORG name whose
 * words are all capitalised common words (WordNet nouns or adjectives: "High Commission", "Foreign
 * Ministry") ending in an organisation's head becomes one ORG name.
 */
export function joinNationalOrganisations(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const next = names[index + 1];
    if (
      name.type === 'MISC' &&
      (name.subtype === 'NORP' || isNationalityOrGroup(text.slice(name.start, name.end))) &&
      next !== undefined &&
      next.type === 'ORG' &&
      next.start === name.end + 1 &&
      text[name.end] === ' ' &&
      isCommonWordOrganisation(text.slice(next.start, next.end))
    ) {
      output.push({ start: name.start, end: next.end, type: 'ORG' });
      index += 1;
      continue;
    }
    output.push(name);
  }
  return output;
}

function isCommonWordOrganisation(surface: string): boolean {
  // "Institute for Advanced Research": the words up to the link word
  const linked = / (?:of|for) /u.exec(surface);
  const words = (linked === null ? surface : surface.slice(0, linked.index)).split(' ');
  if (words.length > 4 || !isLinkedHead(words[words.length - 1] as string)) return false;
  return words.every((word) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    return isCommonWord(word);
  });
}

/** A capitalised word WordNet knows as a noun (or its plural) or an adjective: "Fisheries", "High". */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const lemma = lemmaOf(lower, 'noun') ?? lower;
  return synsetsOf(lemma, 'noun').length > 0 || synsetsOf(lower, 'adj').length > 0;
}

/** An organisation's head and its link word inside a name: "Alliance of …", "Council for …". */
const HEAD_AND_LINK = /(?:^|\s)(\p{Lu}\p{Ll}+) (?:of|for) /u;

/**
 * "The Alliance of Film and Stage Workers" was cut at "and": "Alliance of Film" and "Stage Workers".
 * An organisation's name holding its head and link word ("Alliance of …") followed by " and " and an
 * ORG or MISC name of capitalised common words ending in a plural noun ("Stage Workers", "Producers")
 * is one name. "the Ministry of Defence and Rolls Royce" stays two: no plural common noun ends it.
 */
export function joinOrganisationsCutAtAnd(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const next = names[index + 1];
    const head = name.type === 'ORG' ? HEAD_AND_LINK.exec(text.slice(name.start, name.end)) : null;
    if (
      head !== null &&
      isLinkedHead(head[1] as string) &&
      next !== undefined &&
      (next.type === 'ORG' || next.type === 'MISC') &&
      text.slice(name.end, next.start) === ' and ' &&
      isPluralCommonName(text.slice(next.start, next.end))
    ) {
      output.push({ start: name.start, end: next.end, type: 'ORG' });
      index += 1;
      continue;
    }
    output.push(name);
  }
  return output;
}

function isPluralCommonName(surface: string): boolean {
  const words = surface.split(' ');
  if (words.length > 4) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  if (!last.endsWith('s') || lemmaOf(last, 'noun') === last) return false;
  return words.every((word) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    return isCommonWord(word);
  });
}
