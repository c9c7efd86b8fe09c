import type { EntityType } from '../../model/index.js';
import { honorific } from '../lexicon/index.js';
import type { NameMention } from '../names/name-mention.js';
import { oneTitle } from '../names/compound-titles.js';
import { isMarkCode } from '../segment/quotations.js';
import type { DocumentView } from './document-view.js';
import { COLLECTIVE_PERSON_NOUNS, honorificOf, type Gender } from './lexicon.js';
import { normaliseNameWord } from './name-variants.js';

/**
 * A name mention made ready for clustering: its span in the text (which may take in an honorific,
 * "Mr Lukashenko", or a lower-case article, "the Kremlin"), the words of the name itself and
 * what the mention says about gender.
 */
export interface NameItem {
  readonly start: number;
  readonly end: number;
  /** Token range of the mention span. */
  readonly firstToken: number;
  readonly endToken: number;
  /** The name as the document writes it, without honorific or lower-case article. */
  readonly display: string;
  /** Normalised words of the full name ("dilovar islomov" for "Dilovar" in "Dilovar and Aminchon Islomov"). */
  readonly keys: readonly string[];
  readonly type: EntityType;
  readonly subtype: string | undefined;
  readonly gender: Gender | undefined;
  /** Set when the item came from a coordination of people; items of one coordination share it. */
  readonly coordination: number | undefined;
  /** Span of the coordination with its collective noun ("Brothers A and B Surname"), when it had one. */
  readonly collective: { readonly start: number; readonly end: number } | undefined;
  /** Start of a collective noun cut off the front of the span ("Brothers" in "Brothers Dilovar"). */
  readonly collectiveStart?: number | undefined;
  /** Set when an honorific stands before the name ("Mr X": X is a surname). */
  readonly honorific: boolean;
}

interface Draft {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  type: EntityType;
  subtype: string | undefined;
}

const HAS_CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/** Spaces, quotation marks and brackets: never at the edge of a name. */
function isEdgeCharacter(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || isMarkCode(code)
  );
}

/**
 * Cleans a recogniser's span: trims spaces, quote marks and a final possessive; takes in the name
 * after a lone honorific ("Mr" recognised without "Putin"); splits at commas ("FSB, Russia" is two
 * names); drops spans without a capital letter or digit ("internal"). Returns the cleaned drafts.
 */
function cleanSpan(view: DocumentView, mention: NameMention): Draft[] {
  const text = view.text;
  let start = Math.max(0, mention.start);
  let end = Math.min(text.length, mention.end);
  if (end <= start) return [];
  while (start < end && isEdgeCharacter(text.charCodeAt(start)) && !closes(text, start, end)) start += 1;
  while (end > start && isEdgeCharacter(text.charCodeAt(end - 1)) && !opens(text, start, end - 1)) end -= 1;
  // (not a one-word ORG whose "'s" the refiner took in: "McDonald's said …", src/nlp/names/possessive-business-names.ts)
  if (
    end - start > 2 &&
    (text.charCodeAt(end - 1) === 0x73 || text.charCodeAt(end - 1) === 0x53) &&
    !(mention.type === 'ORG' && /^\p{Lu}[\p{L}\p{M}-]*['’]s$/u.test(text.slice(start, end)))
  ) {
    const apostrophe = text.charCodeAt(end - 2);
    if (apostrophe === 0x27 || apostrophe === 0x2019) end -= 2;
  }
  if (end <= start) return [];
  const firstToken = view.tokenAtOrAfter(start);
  let endToken = Math.max(firstToken + 1, view.tokenAtOrAfter(end));
  // "Mr" alone: the name is the capitalised words after it. A title that is also a name ("King"
  // the surname, "Lord's" the ground) stays as recognised when no name follows.
  if (endToken === firstToken + 1 && honorificOf(view.lower(firstToken))) {
    let next = endToken;
    while (
      next < endToken + 3 &&
      view.pos(next) === 'PROPN' &&
      view.isCapitalised(next) &&
      !view.isPossessiveMarker(next)
    )
      next += 1;
    if (next === endToken && mention.type === 'PERSON' && isBareTitle(view.word(firstToken))) return [];
    endToken = next;
    end = view.tokens[next - 1]?.end ?? end;
  }
  const drafts: Draft[] = [];
  let partFirst = firstToken;
  for (let token = firstToken; token <= endToken; token += 1) {
    if (token < endToken && view.word(token) !== ',') continue;
    let partEnd = token;
    while (
      partEnd > partFirst &&
      view.pos(partEnd - 1) === 'PUNCT' &&
      view.word(partEnd - 1) !== '.' &&
      !opens(text, view.tokens[partFirst]?.start ?? start, view.tokens[partEnd - 1]?.start ?? end)
    )
      partEnd -= 1;
    if (partEnd > partFirst) {
      const partStart = Math.max(start, view.tokens[partFirst]?.start ?? start);
      const partStop = token === endToken ? end : (view.tokens[partEnd - 1]?.end ?? end);
      if (partStop > partStart && HAS_CAPITAL_OR_DIGIT.test(text.slice(partStart, partStop)))
        drafts.push({
          start: partStart,
          end: partStop,
          firstToken: partFirst,
          endToken: partEnd,
          type: mention.type,
          subtype: mention.subtype,
        });
    }
    partFirst = token + 1;
  }
  return drafts;
}

/** Is the character at `end` a closing bracket that an opening bracket in [start, end) pairs with? */
function opens(text: string, start: number, end: number): boolean {
  const close = text.charCodeAt(end);
  const open = close === 0x29 ? 0x28 : close === 0x5d ? 0x5b : -1;
  if (open < 0) return false;
  let depth = 0;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code === open) depth += 1;
    else if (code === close && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** Is the character at `start` an opening bracket that a closing bracket in (start, end) pairs with? */
function closes(text: string, start: number, end: number): boolean {
  const open = text.charCodeAt(start);
  const close = open === 0x28 ? 0x29 : open === 0x5b ? 0x5d : -1;
  if (close < 0) return false;
  let depth = 1;
  for (let index = start + 1; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code === open) depth += 1;
    else if (code === close && (depth -= 1) === 0) return true;
  }
  return false;
}

/** A title that is never a name by itself: "Mr", "Mrs", "Dr", "Sir" (courtesy and academic titles). */
function isBareTitle(word: string): boolean {
  const kind = honorific(word)?.kind;
  return kind === undefined || kind === 'courtesy' || kind === 'academic';
}

function isJoiner(view: DocumentView, token: number): boolean {
  const word = view.lower(token);
  return word === 'and' || word === '&';
}

/** Does a noun phrase go on after the name ("the Crocus City Hall concert venue")? */
function nounPhraseContinues(view: DocumentView, token: number): boolean {
  for (let index = token; index < token + 4 && index < view.length; index += 1) {
    const pos = view.pos(index);
    if (pos === 'NOUN' || pos === 'PROPN') return true;
    if (pos !== 'ADJ' && !(pos === 'PUNCT' && view.lower(index) === '-')) return false;
  }
  return false;
}

let coordinationCounter = 0;

/**
 * From the recogniser's mentions to name items: trimmed spans, honorifics taken in, coordinated
 * people split ("A and B Surname" → "A Surname", "B Surname"), overlapping mentions dropped.
 */
export function prepareNames(view: DocumentView, names: readonly NameMention[]): NameItem[] {
  coordinationCounter = 0;
  const drafts = names
    .flatMap((mention) => cleanSpan(view, mention))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  for (const draft of drafts) {
    const last = kept[kept.length - 1];
    if (last && draft.start < last.end) continue;
    kept.push(draft);
  }

  // tokens of other names: a title's first word that is a name of its own ("Treasury" in
  // "Treasury Secretary X") stays out of the person's mention
  const named = new Set<number>();
  for (const draft of kept)
    for (let token = draft.firstToken; token < draft.endToken; token += 1) named.add(token);
  const items: NameItem[] = [];
  for (const draft of kept) items.push(...itemsOf(view, draft, named));
  linkAdjacentCoordinations(view, items);
  return items;
}

/** One mention's items: usually one, two or more for "A and B Surname". */
function itemsOf(view: DocumentView, draft: Draft, named: ReadonlySet<number>): NameItem[] {
  let start = draft.start;
  let firstNameToken = draft.firstToken;
  let honorificGender: Gender | undefined;
  let honorific = false;
  let titleTokens = 0;
  // "Mr Lukashenko": the honorific inside the recogniser's span, or just before it.
  // Other types only with an abbreviated courtesy title ("Mr X" typed ORG): "Major League",
  // "Queen of the South" and "Miss Universe" are names of their own.
  const firstWord = view.word(draft.firstToken);
  const inside =
    draft.type === 'PERSON' ||
    (draft.endToken - draft.firstToken > 1 &&
      (firstWord.length <= 3 || firstWord.endsWith('.')) &&
      isBareTitle(firstWord))
      ? honorificOf(firstWord)
      : undefined;
  if (inside && draft.endToken - draft.firstToken > 1 && view.isCapitalised(draft.firstToken)) {
    honorific = true;
    honorificGender = inside.gender;
    firstNameToken = draft.firstToken + 1;
  } else if (draft.type === 'PERSON' && draft.firstToken > 0 && view.isCapitalised(draft.firstToken - 1)) {
    const before = honorificOf(view.word(draft.firstToken - 1));
    if (before && view.sentenceOf[draft.firstToken - 1] === view.sentenceOf[draft.firstToken]) {
      honorific = true;
      honorificGender = before.gender;
      start = view.tokens[draft.firstToken - 1]?.start ?? start;
      titleTokens = 1;
      // A two-word title is taken whole ("Prime Minister", "Vice President", "Inspector General"),
      // not cut to its head.
      const outer = draft.firstToken - 2;
      if (
        outer >= 0 &&
        view.isCapitalised(outer) &&
        view.sentenceOf[outer] === view.sentenceOf[draft.firstToken] &&
        (honorificOf(`${view.word(outer)} ${view.word(draft.firstToken - 1)}`) ||
          (!named.has(outer) && oneTitle(view.word(outer), view.word(draft.firstToken - 1))))
      ) {
        start = view.tokens[outer]?.start ?? start;
        titleTokens = 2;
      }
    }
  }
  let firstToken = honorific && start !== draft.start ? draft.firstToken - titleTokens : draft.firstToken;
  // "the Kremlin", "the United States": the article belongs to the mention, not to the name.
  if (
    (draft.type === 'ORG' || draft.type === 'LOC') &&
    !honorific &&
    draft.firstToken > 0 &&
    view.word(draft.firstToken - 1) === 'the' &&
    !nounPhraseContinues(view, draft.endToken)
  ) {
    start = view.tokens[draft.firstToken - 1]?.start ?? start;
    firstToken = draft.firstToken - 1;
  }

  // Collective noun inside the span: "Brothers Dilovar and Aminchon Islomov".
  let collectiveStart: number | undefined;
  let type = draft.type;
  if (COLLECTIVE_PERSON_NOUNS.has(view.lower(firstNameToken)) && draft.endToken - firstNameToken > 1) {
    collectiveStart = view.tokens[firstNameToken]?.start;
    firstNameToken += 1;
    type = 'PERSON';
    start = view.tokens[firstNameToken]?.start ?? start;
    firstToken = firstNameToken;
  }

  // Coordination inside one span: split at "and" / "&".
  const joiners: number[] = [];
  for (let token = firstNameToken; token < draft.endToken; token += 1)
    if (isJoiner(view, token)) joiners.push(token);
  if (type === 'PERSON' && joiners.length > 0) {
    return splitCoordination(view, draft, firstNameToken, joiners, collectiveStart, honorificGender);
  }

  const nameStart = view.tokens[firstNameToken]?.start ?? draft.start;
  const display = view.text.slice(Math.max(nameStart, draft.start), draft.end);
  return [
    {
      start,
      end: draft.end,
      firstToken,
      endToken: draft.endToken,
      display,
      keys: wordsOf(display),
      type,
      subtype: draft.subtype,
      gender: honorificGender,
      coordination: undefined,
      collective: undefined,
      collectiveStart,
      honorific,
    },
  ];
}

/** A generational suffix ending a name: "Jr.", "Sr", "III". */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/u;

/**
 * The name's words as keys, without a generational suffix at the end ("Larry Mullen Jr" is keyed as
 * "larry mullen", so that "Mullen" alone finds it).
 */
function wordsOf(display: string): string[] {
  const words = display.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length >= 2 && GENERATION.test(words[words.length - 1] as string)) words.pop();
  return words.map(normaliseNameWord);
}

function splitCoordination(
  view: DocumentView,
  draft: Draft,
  firstNameToken: number,
  joiners: readonly number[],
  collectiveStart: number | undefined,
  gender: Gender | undefined,
): NameItem[] {
  const bounds: [number, number][] = [];
  let partStart = firstNameToken;
  for (const joiner of [...joiners, draft.endToken]) {
    let partEnd = joiner;
    while (partEnd > partStart && view.pos(partEnd - 1) === 'PUNCT') partEnd -= 1;
    if (partEnd > partStart) bounds.push([partStart, partEnd]);
    partStart = joiner + 1;
    while (partStart < draft.endToken && view.pos(partStart) === 'PUNCT') partStart += 1;
  }
  const last = bounds[bounds.length - 1];
  if (!last) return [];
  const lastWords = wordsOf(view.text.slice(view.tokens[last[0]]?.start ?? 0, draft.end));
  const surnameKey = lastWords.length > 1 ? lastWords[lastWords.length - 1] : undefined;
  const surnameText =
    lastWords.length > 1 ? view.text.slice(view.tokens[last[1] - 1]?.start ?? 0, draft.end) : undefined;
  const coordination = ++coordinationCounter;
  const collective = collectiveStart !== undefined ? { start: collectiveStart, end: draft.end } : undefined;
  return bounds.map(([from, to], index) => {
    const spanStart = view.tokens[from]?.start ?? draft.start;
    const spanEnd = view.tokens[to - 1]?.end ?? draft.end;
    const written = view.text.slice(spanStart, spanEnd);
    const words = wordsOf(written);
    const isLast = index === bounds.length - 1;
    const borrowsSurname = !isLast && words.length === 1 && surnameKey !== undefined;
    return {
      start: spanStart,
      end: spanEnd,
      firstToken: from,
      endToken: to,
      display: borrowsSurname ? `${written} ${surnameText}` : written,
      keys: borrowsSurname ? [...words, surnameKey] : words,
      type: 'PERSON',
      subtype: draft.subtype,
      gender,
      coordination,
      collective,
      honorific: false,
    };
  });
}

/**
 * "Dilovar and Aminchon Islomov" recognised as two mentions, "Dilovar" and "Aminchon Islomov":
 * a one-word person joined by "and" (or a comma list) to a person with a surname borrows it.
 * A collective noun before the first ("Brothers") marks the coordination as a group.
 */
function linkAdjacentCoordinations(view: DocumentView, items: NameItem[]): void {
  // A word the document also uses as someone's surname, or alone elsewhere, is a name of its own:
  // "Putin and Xi Jinping" does not make "Putin Jinping".
  const surnames = new Set<string>();
  const singles = new Map<string, number>();
  for (const item of items) {
    if (item.type === 'PERSON' && item.keys.length > 1)
      surnames.add(item.keys[item.keys.length - 1] as string);
    if (item.keys.length === 1)
      singles.set(item.keys[0] as string, (singles.get(item.keys[0] as string) ?? 0) + 1);
  }
  for (let index = items.length - 1; index > 0; index -= 1) {
    const last = items[index] as NameItem;
    if (last.type !== 'PERSON' || last.keys.length < 2 || last.coordination !== undefined) continue;
    let first = index;
    while (first > 0) {
      const previous = items[first - 1] as NameItem;
      const current = items[first] as NameItem;
      if (previous.keys.length !== 1 || previous.coordination !== undefined) break;
      if (previous.type !== 'PERSON' && previous.collectiveStart === undefined) break;
      if (previous.honorific) break;
      const gap = current.firstToken - previous.endToken;
      const between = previous.endToken;
      const joined =
        (gap === 1 && (isJoiner(view, between) || (first < index && view.word(between) === ','))) ||
        (gap === 2 && view.word(between) === ',' && isJoiner(view, between + 1));
      if (!joined) break;
      first -= 1;
    }
    if (first === index) continue;
    const head = items[first] as NameItem;
    const before = head.firstToken - 1;
    const collectiveStart =
      head.collectiveStart ??
      (before >= 0 && COLLECTIVE_PERSON_NOUNS.has(view.lower(before))
        ? view.tokens[before]?.start
        : undefined);
    const hasCollective = collectiveStart !== undefined;
    // "Ada Voss, 40 Below, Brevik and Corvane Lind": the last two of a longer list (a comma before
    // the first of them) are two names, not one family.
    if (!hasCollective && before >= 0 && view.word(before) === ',') continue;
    if (!hasCollective) {
      let known = false;
      for (let member = first; member < index; member += 1) {
        const key = (items[member] as NameItem).keys[0] as string;
        if (surnames.has(key) || (singles.get(key) ?? 0) > 1) known = true;
      }
      if (known) continue;
    }
    const surnameKey = last.keys[last.keys.length - 1] as string;
    const surnameText = last.display.split(/\s+/u).pop() ?? '';
    const coordination = ++coordinationCounter;
    const collective = collectiveStart !== undefined ? { start: collectiveStart, end: last.end } : undefined;
    for (let member = first; member <= index; member += 1) {
      const item = items[member] as NameItem;
      const borrows = member < index;
      items[member] = {
        ...item,
        type: 'PERSON',
        display: borrows ? `${item.display} ${surnameText}` : item.display,
        keys: borrows ? [...item.keys, surnameKey] : item.keys,
        coordination,
        collective,
      };
    }
    index = first;
  }
}
