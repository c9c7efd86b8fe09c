import type { Segments } from '../../model/index.js';
import { hashString } from '../ner/hash.js';
import type { TokenFeatures } from '../ner/token-features.js';

/**
 * What a word says about time, as a small code the time tagger's features read (the "hint" of
 * src/nlp/tagging/linear-tagger.ts): month and weekday names, units ("weeks"), seasons, parts of
 * the day, deictic words ("yesterday", "ago"), years, numbers. The tagger learns from TimeBank how
 * far an expression reaches around them ("the first nine months", "a year earlier").
 */
export const HINT_NONE = 0;
const HINT_MONTH = 1;
const HINT_WEEKDAY = 2;
const HINT_UNIT = 3;
const HINT_YEAR = 4;
const HINT_NUMBER_WORD = 5;
const HINT_SEASON = 6;
const HINT_DAY_PART = 7;
const HINT_DEICTIC = 8;
const HINT_ORDINAL = 9;
const HINT_DIGITS = 10;
const HINT_MODIFIER = 11;
const HINT_FREQUENCY = 12;
const HINT_CLOCK = 13;
const HINT_DECADE = 14;

function codes(words: string, code: number): [string, number][] {
  return words.split(' ').map((word) => [word, code]);
}

const WORD_LIST: readonly [string, number][] = [
  ...codes(
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
    HINT_MONTH,
  ),
  ...codes(
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    HINT_WEEKDAY,
  ),
  ...codes(
    'second seconds minute minutes hour hours day days week weeks weekend weekends fortnight month months year years decade decades century centuries quarter quarters semester millennium yr yrs hr hrs min mins',
    HINT_UNIT,
  ),
  ...codes(
    'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred a an several few many some couple dozen',
    HINT_NUMBER_WORD,
  ),
  ...codes('spring summer autumn fall winter', HINT_SEASON),
  ...codes('morning afternoon evening night overnight noon midnight dawn dusk midday tonight', HINT_DAY_PART),
  ...codes(
    'yesterday today tomorrow now currently recently recent ago earlier later soon previously formerly lately nowadays once then meanwhile past future present former',
    HINT_DEICTIC,
  ),
  ...codes(
    'first second third fourth fifth last final latest next previous coming following this that same prior',
    HINT_ORDINAL,
  ),
  ...codes(
    'early late mid end beginning start middle around about nearly almost only more than least until since through',
    HINT_MODIFIER,
  ),
  ...codes(
    'daily weekly monthly yearly annually annual hourly nightly every each per quarterly biweekly',
    HINT_FREQUENCY,
  ),
  ...codes('a.m. p.m. am pm gmt est edt bst utc', HINT_CLOCK),
  ...codes(
    '1990s 1980s 1970s 1960s 1950s 2000s 2010s 2020s nineties eighties seventies sixties',
    HINT_DECADE,
  ),
];

/** Looked up by the hash of the lower-cased word (`TokenFeatures.lower`); "Sept." as well as "sept". */
const WORD_HINTS: ReadonlyMap<number, number> = new Map(
  WORD_LIST.flatMap(([word, code]): [number, number][] => [
    [hashString(word), code],
    [hashString(`${word}.`), code],
  ]),
);

/** The hint code of every token of the document (0 for most words), into `out`. */
export function timeHints(text: string, segments: Segments, tokens: TokenFeatures, out: Int32Array): void {
  segments.tokens.forEach((token, index) => {
    const first = text.charCodeAt(token.start);
    if (first >= 0x30 && first <= 0x39) {
      if (token.end - token.start > 12) return;
      const word = text.slice(token.start, token.end);
      if (/^(1[6-9]|20)\d\d$/.test(word)) out[index] = HINT_YEAR;
      else if (/^\d{1,2}(:\d\d)+$/.test(word)) out[index] = HINT_CLOCK;
      else if (/^\d+(st|nd|rd|th)$/i.test(word)) out[index] = HINT_ORDINAL;
      else if (/^\d+s$/.test(word)) out[index] = HINT_DECADE;
      else out[index] = HINT_DIGITS;
      return;
    }
    out[index] = WORD_HINTS.get(tokens.lower[index]!) ?? HINT_NONE;
  });
}

/**
 * A token can start a time expression only if it, or one of the next two words of its sentence,
 * says something about time ("the" in "the third quarter", "fiscal" in "fiscal 1989"), or it is a
 * number: the others are not scored after an outside label.
 */
export function timeClosed(
  _text: string,
  segments: Segments,
  _tokens: TokenFeatures,
  hints: Int32Array,
  out: Uint8Array,
): void {
  for (const sentence of segments.sentences) {
    for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
      if (hints[index] !== HINT_NONE || segments.tokens[index]!.pos === 'NUM') continue;
      if (index + 1 < sentence.endToken && hints[index + 1] !== HINT_NONE) continue;
      if (index + 2 < sentence.endToken && hints[index + 2] !== HINT_NONE) continue;
      out[index] = 1;
    }
  }
}
