/**
 * Years and days of the month written in words, as broadcast transcripts spell them ("nineteen
 * ninety-six", "the year two thousand", "March eighth"), rewritten in digits so the date rules read
 * them like "1996", "2000", "March 8". Works on lower-cased text.
 */
import {
  CARDINAL_WORDS,
  TEEN_WORDS as TEENS,
  TEN_WORDS as TENS,
  UNIT_WORDS as UNITS,
} from '../lexicon/number-words.js';

const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};

const ORDINAL_TEENS: Readonly<Record<string, number>> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/** The cardinal words (lexicon/number-words.ts), for amounts in normalise.ts ("twenty four hours"). */
export { CARDINAL_WORDS };

/** Ordinal words up to the ninth ("first", "third"), for quarters and halves as well as days. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = ORDINAL_UNITS;

const words = (table: Readonly<Record<string, number>>): string => Object.keys(table).join('|');

/** 1–99 in words: "seven", "fourteen", "ninety-six", "ninety six". */
const BELOW_HUNDRED = `(?:(?:${words(TENS)})(?:[- ](?:${words(UNITS)}))?|${words(TEENS)}|${words(UNITS)})`;

function belowHundred(text: string): number {
  const parts = text.split(/[- ]/);
  let total = 0;
  for (const part of parts) total += TENS[part] ?? TEENS[part] ?? UNITS[part] ?? 0;
  return total;
}

/** 10–99 in words: "ten", "ninety-six" (a year's last two digits; "nineteen six" is not a year). */
const TEN_TO_NINETY_NINE = `(?:(?:${words(TENS)})(?:[- ](?:${words(UNITS)}))?|${words(TEENS)})`;

/**
 * "nineteen ninety-six" (century and year), "nineteen oh five"; not "twenty four" (hours, not the
 * year 2004), so a century of twenty needs two more digits ("twenty twelve").
 */
const CENTURY_YEAR = new RegExp(
  `\\b(${words(TEENS)}|twenty) (oh[- ](?:${words(UNITS)})|${TEN_TO_NINETY_NINE})\\b`,
  'g',
);
/** "two thousand", "two thousand and one", "two thousand ten". */
const THOUSANDS = new RegExp(`\\btwo thousand(?:(?: and)? (${BELOW_HUNDRED}))?\\b`, 'g');
/** "eighth", "twenty-first", "thirtieth": a day of the month after a month name. */
const ORDINAL_DAY = new RegExp(
  `\\b((?:january|february|march|april|may|june|july|august|september|october|november|december) (?:the )?)((?:${words(TENS)})[- ](?:${words(ORDINAL_UNITS)})|${words(ORDINAL_TEENS)}|${words(ORDINAL_UNITS)})\\b`,
  'g',
);

function ordinal(text: string): number {
  const parts = text.split(/[- ]/);
  let total = 0;
  for (const part of parts) total += TENS[part] ?? ORDINAL_TEENS[part] ?? ORDINAL_UNITS[part] ?? 0;
  return total;
}

export function digitsForSpelledDates(text: string): string {
  if (!/[a-z]/.test(text)) return text;
  return text
    .replace(CENTURY_YEAR, (_, century: string, rest: string) => {
      const high = century === 'twenty' ? 20 : TEENS[century]!;
      const low = rest.startsWith('oh') ? (UNITS[rest.slice(3)] ?? 0) : belowHundred(rest);
      return String(high * 100 + low);
    })
    .replace(THOUSANDS, (_, rest: string | undefined) =>
      String(2000 + (rest === undefined ? 0 : belowHundred(rest))),
    )
    .replace(ORDINAL_DAY, (_, month: string, day: string) => `${month.replace(/the $/, '')}${ordinal(day)}`);
}
