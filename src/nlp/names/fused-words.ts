import type { Segments } from '../../model/index.js';
import { NOUN_COMMUNICATION, synsetsOf, writtenCapitalised } from '../events/wordnet.js';
import { nounFiles } from './word-senses.js';
import { lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/**
 * Words the recogniser fused with a name, and names typed by their form where the brackets around
 * them say what they are (issue 10):
 * - a greeting the tagger reads as an interjection opening a name ("Hi Girish", "Hello Ada") is
 *   cut off: the name is what follows;
 * - a month's abbreviation and a day after a name ("Sprint Nextel Dec. 18") are a date, no part of
 *   the name; the name ends before the month;
 * - a lower-case word glued by a hyphen to the word before the name ("five-star Marriott Hotel"
 *   read as "star Marriott Hotel") is cut off;
 * - a MISC name made of a word, a hyphen and "winning" or "free" ("Grammy-winning", "DRM-free")
 *   is the word alone; a word WordNet knows only as a common noun ("Internet-based") is no name;
 * - a stock ticker in brackets ("Logitech (SWX:LOGN)") says that the name before it is a company;
 *   the word before the colon is the exchange its shares trade on, no mention of a company, and is
 *   dropped there (the exchange named elsewhere in the text stays).
 */
export function trimFusedWords(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const output: NameMention[] = [];
  for (const name of names) {
    const trimmed = trimName(text, segments, name);
    if (trimmed !== null && trimmed.end > trimmed.start) output.push(trimmed);
  }
  return typePublishersOfReports(
    text,
    segments,
    typeLetterSignatures(text, dropBareTickers(text, typeTickerBrackets(text, output))),
  );
}

/**
 * "a Forbes report", "a Forbes magazine list": a one-word name after "a" that modifies a noun WordNet
 * files first as communication (a report, a list, a survey) names who published it, an organisation,
 * even when a small town has that name. A country or a city of 100,000 people or more is left a place
 * ("a Kenya report" is about Kenya).
 */
function typePublishersOfReports(text: string, segments: Segments, names: NameMention[]): NameMention[] {
  const { tokens } = segments;
  let output: NameMention[] | null = null;
  names.forEach((name, index) => {
    if (name.type !== 'LOC') return;
    const at = tokenAt(tokens, name.start);
    const token = tokens[at];
    if (token === undefined || token.start !== name.start || token.end !== name.end) return;
    const before = tokens[at - 1];
    if (before === undefined || !/^an?$/iu.test(text.slice(before.start, before.end))) return;
    let next = at + 1;
    while (tokens[next]?.dep === 'compound' && tokens[next]?.pos === 'NOUN' && next < at + 3) next += 1;
    const head = tokens[next];
    if (token.dep !== 'compound' || head === undefined || head.pos !== 'NOUN') return;
    if (nounFiles(head.lemma)[0] !== NOUN_COMMUNICATION) return;
    const place = lookupPlace(text.slice(name.start, name.end));
    if (place !== undefined && (place.kinds.includes('country') || (place.population ?? 0) >= 100_000))
      return;
    output ??= [...names];
    output[index] = { start: name.start, end: name.end, type: 'ORG' };
  });
  return output ?? names;
}

/**
 * "— Ravi Anand, Chennai" under a reader's letter: a line opened by a dash, then a name, a comma and
 * a place that ends the line, is the writer's signature: the first name is the writer (a person),
 * unless the gazetteer knows it as a place ("— Leeds, Yorkshire" stays).
 */
function typeLetterSignatures(text: string, names: NameMention[]): NameMention[] {
  let output: NameMention[] | null = null;
  for (let index = 0; index + 1 < names.length; index += 1) {
    const name = names[index] as NameMention;
    const place = names[index + 1] as NameMention;
    if (name.type === 'PERSON' || place.type !== 'LOC') continue;
    if (!SIGNATURE_OPEN.test(text.slice(Math.max(0, name.start - 4), name.start))) continue;
    if (!/^,\s?$/u.test(text.slice(name.end, place.start))) continue;
    if (!/^\s*(?:\n|$)/u.test(text.slice(place.end, place.end + 3))) continue;
    const surface = text.slice(name.start, name.end);
    if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) continue;
    output ??= [...names];
    output[index] = { start: name.start, end: name.end, type: 'PERSON' };
  }
  return output ?? names;
}

/** A dash opening a line, spaces around it: "\n— ", "\n- ". */
const SIGNATURE_OPEN = /(?:^|\n)[ \t]*[-\u2013\u2014][ \t]*$/u;

function trimName(text: string, segments: Segments, name: NameMention): NameMention | null {
  const { tokens } = segments;
  let { start, end } = name;
  let { type } = name;
  // "Hi Girish": an interjection opening a name of several words
  const firstIndex = tokenAt(tokens, start);
  const first = tokens[firstIndex];
  // (only a greeting opening its sentence or clause: "the single Hey Joe" is a title)
  const previous = tokens[firstIndex - 1];
  const opens =
    previous === undefined || previous.pos === 'PUNCT' || /\n\s*$/u.test(text.slice(previous.end, start));
  if (first !== undefined && first.start === start && first.end < end && first.pos === 'INTJ' && opens) {
    const next = tokens[firstIndex + 1];
    if (next !== undefined && next.start > first.start && /^\p{Lu}/u.test(text.slice(next.start, next.end)))
      start = next.start;
  }
  // "Sprint Nextel Dec. 18": a month's abbreviation with a day after it
  const month = MONTH_AT_END.exec(text.slice(start, end));
  if (month !== null && month.index > 0 && DAY_AFTER.test(text.slice(end, end + 4)))
    end = start + month.index;
  // "five-star Marriott Hotel": a lower-case word after a hyphen glued to the word before
  if (isHyphen(text.charCodeAt(start - 1)) && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) {
    const lead = /^\p{Ll}+ (?=\p{Lu})/u.exec(text.slice(start, end));
    if (lead !== null) start += lead[0].length;
  }
  // "Grammy-winning", "DRM-free", "Internet-based"
  if (type === 'MISC') {
    const fused = FUSED_SUFFIX.exec(text.slice(start, end));
    if (fused !== null) {
      const word = fused[1] as string;
      if (/^\p{Lu}\p{Ll}+$/u.test(word) && isCommonNounOnly(word)) return null;
      if (SUFFIXES_CUT.has((fused[2] as string).toLowerCase())) end = start + word.length;
    }
  }
  while (end > start && /[\s,]/u.test(text[end - 1] as string)) end -= 1;
  if (start === name.start && end === name.end && type === name.type) return name;
  if (end <= start) return null;
  type = type ?? name.type;
  return name.subtype === undefined || start !== name.start || end !== name.end
    ? { start, end, type }
    : { start, end, type, subtype: name.subtype };
}

const MONTH_AT_END = /\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;
const DAY_AFTER = /^\s\d{1,2}\b/u;
/** A name ending in a hyphen and a lower-case word that makes it an adjective. */
const FUSED_SUFFIX = /^(\p{Lu}[\p{L}\p{N}]*)[-\u2010\u2011](winning|free|based)$/u;
/** Suffixes cut off, the word before kept: "Grammy-winning" (the award), "DRM-free". */
const SUFFIXES_CUT: ReadonlySet<string> = new Set(['winning', 'free']);

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** "Internet", "Web": a capitalised word whose lower-case form WordNet has as a noun, never a name. */
function isCommonNounOnly(word: string): boolean {
  const lower = word.toLowerCase();
  const senses = synsetsOf(lower, 'noun');
  return senses.length > 0 && senses.every((offset) => !writtenCapitalised(offset, 'noun', lower));
}

/** "(SWX:LOGN)", "(NASDAQ: LOGI)": an exchange, a colon and a ticker in brackets. */
const TICKER = /\(\s*(\p{Lu}[\p{L}]*)\s*:\s*[A-Z][A-Z.]{0,7}\s*\)/gu;

function typeTickerBrackets(text: string, names: NameMention[]): NameMention[] {
  if (!text.includes(':')) return names;
  const tickers = [...text.matchAll(TICKER)];
  // no ticker bracket, no company before one either (the same bracket is looked ahead for)
  if (tickers.length === 0) return names;
  const retype = new Map<NameMention, NameMention | null>();
  for (const match of tickers) {
    const open = match.index;
    const close = open + match[0].length;
    const exchangeStart = text.indexOf(match[1] as string, open);
    for (const name of names) {
      // the exchange (and ticker) in the bracket: where the shares trade, no mention of a company
      if (name.start >= exchangeStart && name.end <= close) {
        retype.set(name, null);
        continue;
      }
      // the company before the bracket (or before another ticker bracket)
      const gap = text.slice(name.end, open);
      if (name.end <= open && /^\s*(?:\([^()]*\)\s*)*$/u.test(gap) && name.type !== 'ORG')
        retype.set(name, { start: name.start, end: name.end, type: 'ORG' });
    }
  }
  let output =
    retype.size === 0
      ? names
      : names.flatMap((name) => {
          const changed = retype.get(name);
          return changed === undefined ? [name] : changed === null ? [] : [changed];
        });
  // "Logitech (SWX:LOGN)" opening a sentence, the company left out by the recogniser
  const added: NameMention[] = [];
  for (const match of text.matchAll(COMPANY_BEFORE_TICKER)) {
    const start = match.index + (match[1] as string).length;
    const end = start + (match[2] as string).length;
    if (output.some((name) => name.start < end && name.end > start)) continue;
    added.push({ start, end, type: 'ORG' });
  }
  if (added.length > 0) output = [...output, ...added].sort((a, b) => a.start - b.start);
  return output;
}

/**
 * "Intel Corp. (INTC)": a ticker of capitals in brackets right after a company, starting with the
 * company's first letter, is no organisation of its own. It is dropped unless coreference joins it
 * to the company anyway (its letters the company's initials, or it spells a word of the name: "Acme
 * Corp. (ACME)").
 */
function dropBareTickers(text: string, names: NameMention[]): NameMention[] {
  return names.filter((name, index) => {
    const previous = names[index - 1];
    if (previous === undefined || previous.type !== 'ORG') return true;
    if (text.slice(previous.end, name.start) !== ' (' || text[name.end] !== ')') return true;
    const ticker = text.slice(name.start, name.end);
    if (!/^[A-Z]{2,5}$/u.test(ticker)) return true;
    const words = text.slice(previous.start, previous.end).split(/[\s\u2010-]+/u);
    // a company's full name with its legal form ("Intel Corp.", "Lindqvist Holdings plc"); an
    // institution's acronym ("Inter-American Development Bank (IADB)") is no ticker
    if (!LEGAL_FORM_AT_END.test(words[words.length - 1] as string)) return true;
    if (ticker[0] !== (words[0] as string)[0]?.toUpperCase()) return true;
    if (words.some((word) => word.toUpperCase().replace(/\W/gu, '') === ticker)) return true;
    const initials = new Set(words.map((word) => (word[0] as string).toUpperCase()));
    return [...ticker].every((letter) => initials.has(letter));
  });
}

const LEGAL_FORM_AT_END = /^(?:Inc|Corp|Co|Ltd|plc|PLC|LLC|AG|SA|NV|Group|Holdings)\.?$/u;

/** One to three capitalised words right before a ticker bracket, after a sentence's start or a space. */
const COMPANY_BEFORE_TICKER =
  /(^|[\s.(])((?:\p{Lu}[\p{L}\p{N}&.'-]*\s){0,2}\p{Lu}[\p{L}\p{N}&'-]*)(?=\s?\(\s*\p{Lu}[\p{L}]*\s*:\s*[A-Z][A-Z.]{0,7}\s*\))/gu;
