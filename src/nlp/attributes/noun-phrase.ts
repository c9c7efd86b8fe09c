import { compoundEnd, isPossessiveMark, pos, word, type AttributeContext } from './context.js';
import { countryOfDemonym, lookupPlace } from '../lexicon/index.js';
import { POSSESSIVE_PRONOUNS } from './words.js';

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'another']);
/** Prepositions that attach an object to a role: "head of", "spokesman for", "professor at", "adviser to". */
const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to']);
const MODIFIER_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** A noun phrase longer than this is not an apposition or a title. */
const MAX_PHRASE_TOKENS = 14;

/**
 * A noun phrase as token indices: `[determiner] [possessor] run-of-modifiers head [preposition object]`.
 * "the head of the FSB": start "the", body "head", head "head", preposition "of", object "the FSB".
 * "Russia's security council secretary": possessor "Russia", run "security council secretary".
 */
export interface NounPhrase {
  readonly start: number;
  /** First token after the determiner (the possessor, when there is one). */
  readonly body: number;
  /** The possessive pronoun, or the last token of the name before 's; -1 when there is none. */
  readonly possessor: number;
  readonly runStart: number;
  /** First and end token of the head word (a hyphenated compound is one word). */
  readonly head: number;
  readonly headEnd: number;
  readonly preposition: string;
  /** Object of the preposition, tokens [objectStart, objectEnd); -1 when there is none. */
  readonly objectStart: number;
  readonly objectEnd: number;
  readonly end: number;
}

interface Run {
  readonly possessor: number;
  readonly runStart: number;
  readonly head: number;
  readonly headEnd: number;
  readonly end: number;
}

function isModifier(context: AttributeContext, index: number): boolean {
  const tag = pos(context, index);
  if (MODIFIER_POS.has(tag)) return true;
  // A name the tagger took for a verb ("Arne Lie") is still a name.
  if (context.inName[index] === 1 && tag !== 'PUNCT') return true;
  // "acting president", "ruling party": a participle that modifies the next noun.
  return tag === 'VERB' && word(context, index).endsWith('ing') && pos(context, index + 1) === 'NOUN';
}

/** `[possessive pronoun | name 's] modifiers head`, from `index`, not beyond `limit`. */
function readRun(context: AttributeContext, index: number, limit: number): Run | undefined {
  let cursor = index;
  let possessor = -1;
  if (cursor < limit && POSSESSIVE_PRONOUNS.has(word(context, cursor)) && pos(context, cursor) === 'PRON') {
    possessor = cursor;
    cursor += 1;
  }
  let runStart = cursor;
  let head = -1;
  let headEnd = -1;
  while (cursor < limit) {
    if (isModifier(context, cursor)) {
      const end = compoundEnd(context, cursor, limit);
      head = cursor;
      headEnd = end;
      cursor = end;
      continue;
    }
    // "the Public and Commercial Services union": "and" inside a proper name; "minister of trade and
    // industry", "the law and technology programme": between two common nouns.
    const joiner = word(context, cursor);
    if ((joiner === 'and' || joiner === '&') && head >= 0 && cursor + 1 < limit) {
      const left = pos(context, head);
      const right = pos(context, cursor + 1);
      const names = left === 'PROPN' && right === 'PROPN';
      const nouns =
        left === 'NOUN' && (right === 'NOUN' || right === 'ADJ') && context.owner[cursor + 1] === -1;
      if (names || nouns) {
        cursor += 1;
        continue;
      }
    }
    // "Russia's security council secretary": what came before 's is the possessor.
    if (head >= 0 && isPossessiveMark(context, cursor)) {
      possessor = headEnd - 1;
      cursor += 1;
      runStart = cursor;
      head = -1;
      continue;
    }
    break;
  }
  // "an MP at 27": a number alone is no noun phrase.
  if (head < 0 || (pos(context, head) === 'NUM' && headEnd - head === 1)) return undefined;
  return { possessor, runStart, head, headEnd, end: cursor };
}

function hasProperNoun(context: AttributeContext, first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) if (pos(context, index) === 'PROPN') return true;
  return false;
}

/** Reads the noun phrase starting at token `index`, not beyond token `limit`. */
export function readNounPhrase(
  context: AttributeContext,
  index: number,
  limit: number,
): NounPhrase | undefined {
  const bound = Math.min(limit, index + MAX_PHRASE_TOKENS, context.tokens.length);
  let cursor = index;
  if (cursor < bound && DETERMINERS.has(word(context, cursor)) && pos(context, cursor) === 'DET') cursor += 1;
  const body = cursor;
  const run = readRun(context, cursor, bound);
  if (run === undefined) return undefined;
  let end = run.end;
  let preposition = '';
  let objectStart = -1;
  let objectEnd = -1;
  if (end < bound && ROLE_PREPOSITIONS.has(word(context, end))) {
    let objectCursor = end + 1;
    if (DETERMINERS.has(word(context, objectCursor)) && pos(context, objectCursor) === 'DET')
      objectCursor += 1;
    const object = readRun(context, objectCursor, bound);
    // "analyst at UBS", but not "prince at numerous engagements": "at" takes a name.
    const atName =
      word(context, end) !== 'at' ||
      (object !== undefined && hasProperNoun(context, objectCursor, object.end));
    if (object !== undefined && atName) {
      preposition = word(context, end);
      objectStart = end + 1;
      objectEnd = object.end;
      end = object.end;
      // "the head of the department of internal affairs": one more "of".
      if (end < bound && word(context, end) === 'of') {
        let nextCursor = end + 1;
        if (DETERMINERS.has(word(context, nextCursor)) && pos(context, nextCursor) === 'DET') nextCursor += 1;
        const next = readRun(context, nextCursor, bound);
        if (next !== undefined) {
          objectEnd = next.end;
          end = next.end;
        }
      }
    }
  }
  return {
    start: index,
    body,
    possessor: run.possessor,
    runStart: run.runStart,
    head: run.head,
    headEnd: run.headEnd,
    preposition,
    objectStart,
    objectEnd,
    end,
  };
}

export function isDeterminer(context: AttributeContext, index: number): boolean {
  return DETERMINERS.has(word(context, index)) && pos(context, index) === 'DET';
}

/** The lower-cased text of tokens [first, end) with no spaces: a compound word ("brother-in-law"). */
export function compoundWord(context: AttributeContext, first: number, end: number): string {
  let value = '';
  for (let index = first; index < end; index += 1) value += word(context, index);
  return value;
}

/** Whether `value` (or the first or last part of a hyphenated compound) passes `test`. */
export function compoundIn(test: ReadonlySet<string> | ((word: string) => boolean), value: string): boolean {
  const passes = typeof test === 'function' ? test : (word: string): boolean => test.has(word);
  if (passes(value)) return true;
  const hyphen = value.indexOf('-');
  if (hyphen < 0) return false;
  return passes(value.slice(value.lastIndexOf('-') + 1)) || passes(value.slice(0, hyphen));
}

/**
 * The age a "32-year-old" compound at token `index` gives, or undefined: NUM "-" "year(s)" "-" "old",
 * touching each other.
 */
export function ageCompound(context: AttributeContext, index: number, limit: number): number | undefined {
  if (pos(context, index) !== 'NUM') return undefined;
  const end = compoundEnd(context, index, limit);
  if (end - index !== 5) return undefined;
  const unit = word(context, index + 2);
  if ((unit !== 'year' && unit !== 'years') || word(context, index + 4) !== 'old') return undefined;
  return plausibleAge(word(context, index));
}

/**
 * The birthplace an "Egyptian-born" or "Moscow-born" compound at token `index` gives: the country
 * of the demonym, or the place the gazetteer knows; else undefined.
 */
export function bornCompound(
  context: AttributeContext,
  index: number,
  limit: number,
  floor: number = index,
): string | undefined {
  const end = compoundEnd(context, index, limit);
  if (end - index !== 3 || word(context, index + 2) !== 'born') return undefined;
  const country = countryOfDemonym(word(context, index));
  if (country !== undefined) return country.name;
  if (pos(context, index) !== 'PROPN') return undefined;
  // "New York-born": the longest place name the gazetteer knows, ending at the compound.
  let found: string | undefined;
  for (
    let first = index;
    first >= floor && first > index - 3 && pos(context, first) === 'PROPN';
    first -= 1
  ) {
    const name = tokenTextOf(context, first, index + 1);
    if (lookupPlace(name) !== undefined) found = name;
  }
  return found;
}

function tokenTextOf(context: AttributeContext, first: number, end: number): string {
  const start = context.tokens[first];
  const last = context.tokens[end - 1];
  return start === undefined || last === undefined ? '' : context.text.slice(start.start, last.end);
}

/** A whole number from 1 to 120 written in digits, else undefined ("2024", "3.5", "1,000" are not ages). */
export function plausibleAge(value: string): number | undefined {
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const age = Number(value);
  return age >= 1 && age <= 120 ? age : undefined;
}
