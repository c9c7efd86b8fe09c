import type { TimeType } from '../../model/index.js';
import { holidayIn, holidayName } from './holidays.js';
import { CARDINAL_WORDS, digitsForSpelledDates, ORDINAL_WORDS } from './spelled-numbers.js';
import {
  addMonths,
  DAY_MS,
  dayNumber,
  isoDay,
  parseReferenceDay,
  isoWeek,
  MONTHS,
  monthOf,
  monthValue,
  pad,
  quarterOf,
  SEASON_START,
  SEASONS,
  WEEKDAYS,
  weekdayOf,
  yearOf,
} from './calendar.js';

/**
 * TIMEX3 values for time expressions, by rules (TimeML 1.2 / TIMEX3 guidelines): dates resolved
 * against the reference (publication) day, durations (`P20Y`, `PT5H30M`, `PXW` for "weeks"), sets
 * (`P1D` for "daily"), parts of the day (`2024-03-22TNI`), weeks (`2024-W12`, `2024-W12-WE`),
 * quarters (`1989-Q3`), seasons (`1998-SU`), and the deictic `PRESENT_REF`, `PAST_REF`,
 * `FUTURE_REF`. "a year earlier" and "the previous day" move from the time being talked about (the
 * anchor: the last date of the text before them), not from the reference day.
 *
 * Without a reference day, values that need one stay unresolved (`XXXX-XX-XX`): never today.
 */

export interface NormaliseContext {
  /** The reference day (UTC milliseconds at 00:00), or null. */
  readonly reference: number | null;
  /** The value of the last date before the expression (the time being talked about), or null. */
  readonly anchor: string | null;
  /** The clause speaks of the future ("will meet on Tuesday"): a bare weekday or month is then ahead. */
  readonly future?: boolean;
  /**
   * The verb the expression hangs on is in the past ("changed … in December"): a month or day
   * without a year is then not read ahead of the reference (no grace).
   */
  readonly past?: boolean;
  /** A deadline comes right before ("payable by Feb. 1"): a month or dated day is then ahead too. */
  readonly deadline?: boolean;
  /** The last quarter the text spoke of (`1989-Q3`), if any. */
  readonly lastQuarter?: string | null;
  /**
   * A stretch from the start of a year ("the nine months", "the first half") was spoken of after
   * that quarter: "a year earlier" then compares that stretch, and names the year before.
   */
  readonly yearToDate?: boolean;
  /** The text right after the expression ("ended Sept. 30"), if known. */
  readonly after?: string;
  /** The text right before the expression in its sentence ("since "), if known. */
  readonly before?: string;
}

export interface NormalisedTime {
  readonly type: TimeType;
  readonly value: string;
}

/** Amount words: the cardinals of spelled-numbers.ts, with the articles and words for amounts. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...CARDINAL_WORDS,
  a: 1,
  an: 1,
  couple: 2,
  dozen: 12,
  half: 0.5,
};

const ORDINALS: Readonly<Record<string, number>> = {
  ...ORDINAL_WORDS,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** Unit word → [TIMEX3 letter, whether it is a time-of-day unit (after `T`), multiplier]. */
const UNITS: Readonly<Record<string, readonly [string, boolean, number]>> = {
  second: ['S', true, 1],
  minute: ['M', true, 1],
  min: ['M', true, 1],
  hour: ['H', true, 1],
  hr: ['H', true, 1],
  day: ['D', false, 1],
  night: ['D', false, 1],
  week: ['W', false, 1],
  weekend: ['D', false, 2],
  fortnight: ['W', false, 2],
  month: ['M', false, 1],
  quarter: ['M', false, 3],
  year: ['Y', false, 1],
  yr: ['Y', false, 1],
  // TimeBank writes a decade E, a century C, a millennium L ("about a decade" P1E, "for centuries" PXC)
  decade: ['E', false, 1],
  century: ['C', false, 1],
  millennium: ['L', false, 1],
};

const DECADE_WORDS: readonly string[] = [
  'twenties',
  'thirties',
  'forties',
  'fifties',
  'sixties',
  'seventies',
  'eighties',
  'nineties',
];

const UNIT_PATTERN =
  'seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries|millenni(?:um|a)';

function unitOf(word: string): string {
  let unit = word.toLowerCase();
  if (unit === 'centuries') return 'century';
  if (unit.startsWith('millenni')) return 'millennium';
  if (unit.endsWith('s') && unit !== 's') unit = unit.slice(0, -1);
  return unit;
}

/** A number written in digits or words ("twenty four", "5 1/2", "a"), or null; NaN for "several". */
function parseAmount(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/^(?:no|not) (?:more|less|fewer) than /, '')
    .split(/\s+/)
    // "20 more years", "two more weeks": the amount is the number
    .filter((word) => word.length > 0 && word !== 'and' && word !== 'of' && word !== 'more');
  if (words.length === 0) return null;
  // "10-15 years ago": a range written with a dash, an unknown amount
  if (/^\d+\s*[-–]\s*\d+$/.test(text.trim())) return Number.NaN;
  // "12 to 18 months", "two or three weeks": a range, an unknown amount
  if (
    /^\S+ (?:to|or) \S+$/.test(words.join(' ')) &&
    words.every(
      (word) => word === 'to' || word === 'or' || /^\d/.test(word) || NUMBER_WORDS[word] !== undefined,
    )
  )
    return Number.NaN;
  // "a few", "the next several": a vague amount, when every word is one of an amount ("a week
  // last" of "a week last year", "2004 several" of "November 2004 several months" are two
  // expressions run together: none)
  if (
    words.some((word) =>
      /^(several|few|many|some|numerous|multiple|recent|coming|next|past|last)$/.test(word),
    ) &&
    words.every(
      (word) =>
        /^(several|few|many|some|numerous|multiple|recent|coming|next|past|last|the|a|an)$/.test(word) ||
        (/^\d/.test(word) && !/^(?:1[89]|20)\d\d$/.test(word)) ||
        NUMBER_WORDS[word] !== undefined,
    )
  )
    return Number.NaN;
  let total = 0;
  let seen = false;
  for (const word of words) {
    if (/^\d+(\.\d+)?$/.test(word.replace(/,/g, ''))) {
      total += Number(word.replace(/,/g, ''));
      seen = true;
    } else if (/^\d+\/\d+$/.test(word)) {
      const [numerator, denominator] = word.split('/').map(Number) as [number, number];
      total += numerator / denominator;
      seen = true;
    } else if (word === 'hundred' && total > 0) {
      total *= 100;
    } else if (NUMBER_WORDS[word] !== undefined) {
      total += NUMBER_WORDS[word];
      seen = true;
    } else return null;
  }
  return seen ? total : null;
}

/** `P20Y`, `PT5H30M`, `PXW`, `P1.5Y` → as TIMEX3 writes it. */
function durationValue(amount: number, unitWord: string): string {
  const unit = UNITS[unitOf(unitWord)];
  if (unit === undefined) return 'PXD';
  const [letter, clock, multiplier] = unit;
  const prefix = clock ? 'PT' : 'P';
  if (Number.isNaN(amount)) return `${prefix}X${letter}`;
  const value = amount * multiplier;
  if (!Number.isInteger(value)) {
    // "5 1/2 hours" → PT5H30M; "2 1/2 years" → P2Y6M (as TimeBank writes both); "half a year" → P6M
    if (letter === 'H') return `PT${Math.floor(value)}H${Math.round((value % 1) * 60)}M`;
    // "one and a half minutes" → PT1M30S
    if (letter === 'M' && clock) return `PT${Math.floor(value)}M${Math.round((value % 1) * 60)}S`;
    if (letter === 'Y')
      return value < 1
        ? `P${Math.round(value * 12)}M`
        : `P${Math.floor(value)}Y${Math.round((value % 1) * 12)}M`;
    if (letter === 'D') return `PT${Math.round(value * 24)}H`;
    if (letter === 'W') return `P${Math.round(value * 7)}D`;
    if (letter === 'M' && !clock) return `P${Math.round(value * 30)}D`;
  }
  return `${prefix}${value}${letter}`;
}

interface Granular {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly quarter?: number;
  readonly week?: boolean;
}

/** Reads an anchor value back (`1989-Q3`, `2024-03-22TNI`, `1998-02`, `1998`). */
function parseValue(value: string | null): Granular | null {
  if (value === null) return null;
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /^(\d{4})-Q(\d)/.exec(value);
  if (match) return { year: Number(match[1]), quarter: Number(match[2]) };
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) return { year: Number(match[1]), month: Number(match[2]) };
  match = /^(\d{4})$/.exec(value);
  if (match) return { year: Number(match[1]) };
  return null;
}

function shiftYears(anchor: Granular, years: number): string {
  const year = anchor.year + years;
  if (anchor.quarter !== undefined) return `${year}-Q${anchor.quarter}`;
  return String(year);
}

/** A weekday by the news convention: the most recent such day on or before the reference. */
function weekday(reference: number, target: number, modifier: string): number {
  const current = weekdayOf(reference);
  if (modifier === 'next' || modifier === 'coming' || modifier === 'this coming') {
    const ahead = (target - current + 7) % 7 || 7;
    return reference + ahead * DAY_MS;
  }
  if (modifier === 'ahead') return reference + ((target - current + 7) % 7) * DAY_MS;
  let back = (current - target + 7) % 7;
  if (modifier === 'last' && back === 0) back = 7;
  return reference - back * DAY_MS;
}

/** How far ahead of the reference day a date without a year may fall when nothing speaks of the future. */
const LOOKAHEAD_DAYS = 60;
/** How far before the reference day a date in a clause about the future may still fall. */
const FUTURE_GRACE_DAYS = 14;

/**
 * The year of a month or day written without one. News reports what happened: "in March", "on
 * Jan. 31" is the latest such day not after the reference (give or take a month: a paper can
 * announce what is weeks away without a future verb); in a clause about the future ("will open
 * in December") it is the first such day from the reference on.
 */
function yearFor(
  reference: number,
  month: number,
  day: number | null,
  future: boolean,
  past = false,
): number {
  // a month is ahead while it lasts ("will close in March" on 20 March is this March), and not
  // after: "will land in May" on 11 June is next May (the grace is for a dated day)
  if (day === null && future)
    return occurrenceYear(
      reference,
      (year) => (month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1))! - DAY_MS,
      true,
      false,
      0,
    );
  const last = day ?? 1;
  return occurrenceYear(reference, (year) => dayNumber(year, month, Math.min(last, 28)), future, past);
}

/** The year in which a day that recurs every year (`dayIn`) is read, by the rule of yearFor. */
function occurrenceYear(
  reference: number,
  dayIn: (year: number) => number | null,
  future: boolean,
  past = false,
  graceDays = FUTURE_GRACE_DAYS,
): number {
  const year = yearOf(reference);
  const candidates = [year - 1, year, year + 1];
  if (future) {
    // a day a few days back still counts ("was to meet on Jan. 14" in a paper of 15 January)
    for (const candidate of candidates) {
      const time = dayIn(candidate);
      if (time !== null && time >= reference - graceDays * DAY_MS) return candidate;
    }
    return year;
  }
  let best = year - 1;
  for (const candidate of candidates) {
    const time = dayIn(candidate);
    if (time !== null && time <= reference + (past ? 0 : LOOKAHEAD_DAYS) * DAY_MS) best = candidate;
  }
  return best;
}

/** "Thanksgiving Day", "last Christmas", "Easter 1998", "Easter week": a named day, or its week. */
function holidayValue(text: string, context: NormaliseContext): string | null | undefined {
  const match = /^(?:(last|next|this) )?(.+?)(?: (week|weekend))?(?: (\d{4}))?$/.exec(text);
  if (match === null) return undefined;
  const name = holidayName(match[2]!);
  if (name === null) return undefined;
  const { reference } = context;
  let year: number | null = match[4] === undefined ? null : Number(match[4]);
  if (year === null && reference !== null) {
    const dayIn = (candidate: number): number | null => holidayIn(name, candidate);
    if (match[1] === 'last') {
      year = yearOf(reference);
      if ((dayIn(year) ?? Infinity) >= reference) year -= 1;
    } else if (match[1] === 'next') {
      year = yearOf(reference);
      if ((dayIn(year) ?? -Infinity) <= reference) year += 1;
    } else if (match[1] === 'this') year = yearOf(reference);
    else year = occurrenceYear(reference, dayIn, context.future === true || context.deadline === true);
  }
  if (year === null) return match[3] === undefined ? 'XXXX-XX-XX' : 'XXXX-WXX';
  const day = holidayIn(name, year);
  if (day === null) return null;
  if (match[3] === 'week') return isoWeek(day);
  if (match[3] === 'weekend') return `${isoWeek(day)}-WE`;
  return isoDay(day);
}

const PARTS: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  tonight: 'NI',
};

/**
 * A sum of money given for comparison right before a time: "compared with a loss of $3 million ",
 * "up from 45 cents a share ", "versus $1.2 billion " (not a rate: "growth falling from 3.2% last
 * year" compares years).
 */
const COMPARED_FIGURE =
  /\b(?:compared (?:with|to)|from|versus|vs\.?|against)\s[^.;:]{0,40}?(?:[$£€]\d[\d.,]*(?:\s*(?:million|billion|m|bn))?|\d[\d.,]*\s*(?:million|billion|cents))(?:,? or [^,.;]{0,30}?\d[\d.,]*(?: cents)? a share)?,?\s*$/i;

const PRESENT =
  /^(now|right now|just now|currently|current|present|the present|presently|nowadays|today's|these days|at the moment|at present|at this time|this time|already|for now|by now|now-?a-?days|contemporary)$/;
const PAST =
  /^(recently|recent|the past|past|previously|formerly|lately|once|earlier|before|in the past|former|then|historically|the recent past|not long ago|some time ago|ago|long ago|years ago|the old days|back then|then current)$/;
const FUTURE =
  /^(soon|the future|future|later|shortly|eventually|someday|in the future|the near future|near future|the near term|the short term|upcoming|the coming|forthcoming|later on|next|a later date)$/;

const MONTH_NAME =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY_NAME =
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?';

const DAY_FIRST = new RegExp(`^(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH_NAME},?(?: (\\d{4}))?$`);
const MONTH_FIRST = new RegExp(`^${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`);
const MONTH_YEAR = new RegExp(
  `^(?:(early|mid|late|the end of|the beginning of|the start of|the middle of|last|next|this|until) ?-?)?${MONTH_NAME}(?:(?:,| of)? (\\d{4}|this year|last year|next year))?$`,
);
const WEEKDAY_PHRASE = new RegExp(
  `^(?:(last|next|this|this coming|coming|early|late|past|previous|following) )?${WEEKDAY_NAME}(?:,? ${MONTH_NAME} (\\d{1,2})(?:,? (\\d{4}))?)?(?: (morning|afternoon|evening|night|overnight))?$`,
);
const DURATION_PHRASE = new RegExp(
  `^(?:(?:the|a|an|another|an additional|additional|an extra|about|around|nearly|almost|more than|less than|at least|up to|over|some|just|only|roughly|approximately|the next|the past|the last|the previous|the first|the latest|latest|year-earlier|year-ago|comparable|the coming|the following|past|last|next|first|recent|coming|the recent|following|previous|full|the full|whole|the whole|entire|the entire|several|few|many|the few) )*([\\w\\d ,./-]*?)[ -]?(${UNIT_PATTERN})(?:[ -](long|olds?|old-|period|span|stretch|term|time|or so|and a half))?$`,
);
/** "the end of " before a weekday ("the end of Thursday"). */
const END_OF_WEEKDAY = new RegExp(
  `^(?:the )?(?:end|close|beginning|start|middle) of (?=${WEEKDAY_NAME.replace('\\.?', '')}$)`,
);
/** "Mondays", "Tuesday nights": a weekday in the plural. */
const PLURAL_WEEKDAY = new RegExp(
  `^${WEEKDAY_NAME.replace('\\.?', '')}(?:s|(?: (?:morning|afternoon|evening|night)s))$`,
);
/** ", and Tuesday nights" after a weekday: the plural that makes both recur. */
const DISTRIBUTED_WEEKDAY = new RegExp(
  `^,? (?:and|or) (?:${WEEKDAY_NAME.replace('\\.?', '')})(?:s|( (?:morning|afternoon|evening|night))s)\\b`,
);
/** A weekday, singular or plural. */
const BARE_WEEKDAY = new RegExp(`^${WEEKDAY_NAME.replace('\\.?', '')}s?$`);
/** "each Thursday", "every Monday evening", "on Tuesday nights". */
const EVERY_WEEKDAY = new RegExp(
  `^(?:(?:every|each|on) )?(?:${WEEKDAY_NAME.replace('\\.?', '')})(s)?(?: (morning|afternoon|evening|night)(s)?)?$`,
);
/** "every March". */
const EVERY_MONTH = new RegExp(`^(?:every|each) ${MONTH_NAME}$`);
/** "Friday this week", "Tuesday next week". */
const WEEKDAY_OF_WEEK = new RegExp(
  `^${WEEKDAY_NAME}(?: (morning|afternoon|evening|night))? (this|next|last) week$`,
);
const CLOCK =
  /^(?:at |about |around )?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|o'clock)?(?:\s+(?:[a-z]{2,4}))?$/;

function partOfDay(word: string | undefined): string {
  return word === undefined ? '' : `T${PARTS[word] ?? ''}`;
}

/**
 * The TIMEX3 type and value of one expression. `type` is the tagger's guess, kept unless the
 * value says otherwise (a `P…` value is a DURATION unless the tagger saw a SET).
 */
export function normaliseTimex(surface: string, type: TimeType, context: NormaliseContext): NormalisedTime {
  return resolveTimex(surface, type, context) ?? { type, value: unresolved(type) };
}

/** As normaliseTimex, but null where the rules cannot read the expression (rather than `XXXX-XX-XX`). */
export function resolveTimex(
  surface: string,
  type: TimeType,
  context: NormaliseContext,
): NormalisedTime | null {
  const text = digitsForSpelledDates(surface.toLowerCase())
    // "in two weeks' time", "in a year's time": that long from now
    .replace(/(?:['’]s|(s)['’]) time$/, (_, plural: string | undefined) => `${plural ?? ''} from now`)
    .replace(/[’']s\b/g, '')
    // "at least May 22", "around Nov. 1": the modifier is TIMEX3's mod, not part of the value
    .replace(
      /^(?:at least|at most|almost|nearly|up to|no (?:more|less) than|(?:more|less) than|approximately|roughly) (?=\S)/,
      '',
    )
    .replace(/\s+/g, ' ')
    // "two and a half years", "a year and a half": the amount with its half (2.5, 1.5)
    .replace(/ and a half (?=[a-z]+s\b)/, ' 1/2 ')
    .replace(/^(?:an?|one) ([a-z]+?) and a half\b/, '1 1/2 $1s')
    .replace(
      /^(?:on|in|at|by|from|since|until|till|through|during|for|over|within|of|to|before|after|as of|as early as|as late as|so far|around|about|early|as recently as) (?!least\b|most\b)(?=\S)/,
      '',
    )
    .trim();
  // the last word, after a hyphen too ("mid-March": the month's name, not the verb)
  const valueContext = {
    ...context,
    capitalised: /^[A-Z]/.test(
      surface
        .trim()
        .split(/[\s-]+/)
        .pop() ?? '',
    ),
  };
  let value = valueOf(text, type, valueContext);
  // an extent the tagger began a word early ("third this year" from "one-third this year"): the rest
  if (value === null && /^\S+ \S/.test(text)) value = valueOf(text.replace(/^\S+ /, ''), type, valueContext);
  if (value === null) return null;
  let finalType = type;
  // "in the past", "the future": TimeML's vague points are dates whatever the tagger's type
  // (train + dev: 114 of 115 `_REF` values)
  if (/_REF$/.test(value)) finalType = 'DATE';
  // a weekday of every week ("Tuesday nights") is a set whatever the tagger's type
  else if (/^XXXX-WXX-\d/.test(value)) finalType = 'SET';
  else if (value.startsWith('P') && !/_REF$/.test(value) && type !== 'SET') finalType = 'DURATION';
  else if (/T\d\d:\d\d/.test(value) || /^\d{4}-\d\d-\d\dT(MO|AF|EV|NI)$/.test(value))
    finalType = type === 'SET' ? 'SET' : 'TIME';
  else if (type === 'DURATION' && !value.startsWith('P')) finalType = 'DATE';
  else if (type === 'TIME' && !value.includes('T')) finalType = 'DATE';
  return { type: finalType, value };
}

function unresolved(type: TimeType): string {
  switch (type) {
    case 'DURATION':
      return 'PXD';
    case 'SET':
      return 'XXXX-XX-XX';
    case 'TIME':
      return 'XXXX-XX-XXTXX:XX';
    case 'DATE':
      return 'XXXX-XX-XX';
  }
}

interface ValueContext extends NormaliseContext {
  /** The expression's last word is capitalised ("in May", not "may"). */
  readonly capitalised?: boolean;
}

const ORDINAL_NAMES: readonly string[] = ['first', 'second', 'third', 'fourth'];

/** Words after a quarter that name its results ("fourth-quarter earnings"): a quarter already over. */
const RESULTS_AFTER = /^\s*(?:results|earnings|profits?|net|loss(?:es)?|sales|revenues?|figures|numbers)\b/i;

function valueOf(raw: string, type: TimeType, context: ValueContext): string | null {
  const { reference } = context;
  let match: RegExpExecArray | null;
  const text = raw
    // "sometime next year", "most recently last October": the time named
    .replace(
      /^(?:sometime|some time|(?:most |more )?recently|just|only|exactly|precisely|roughly|approximately) (?=\S+ \S)/,
      '',
    )
    .replace(/^the /, '')
    .replace(
      /^(?:early|late|mid|end of|beginning of|start of|middle of)[ -]?(?=(?:\d{4}|\d{3}0s|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))/,
      '',
    )
    .replace(/^this past (?=spring|summer|autumn|fall|winter|week|month|year)/, 'last ')
    // "the closing months", "the opening days": the last or first stretch of that unit
    .replace(/^(?:the )?(?:final|closing) (?=(?:few )?(?:hours|days|weeks|months|years)$)/, 'the last ')
    .replace(/^(?:the )?opening (?=(?:few )?(?:hours|days|weeks|months|years)$)/, 'the first ')
    // "the morning of saturday", "dawn on monday", "the early hours of march 3": the day's part
    .replace(
      /^(?:the )?(morning|afternoon|evening|night|early hours|small hours|dawn|daybreak|dusk|nightfall|mid[- ]?morning|mid[- ]?afternoon) (?:of|on) (.+)$/,
      '$2 $1',
    )
    .replace(/(^| )(?:dawn|daybreak|mid-?morning)$/, '$1morning')
    .replace(/(^| )(?:dusk|nightfall)$/, '$1evening')
    .replace(/(^| )mid-?afternoon$/, '$1afternoon')
    .replace(/(^| )(?:early|small) hours$/, '$1night')
    // "q3 2024", "h1", "fy2024", "fy24": business shorthand spelled out
    .replace(
      /^q([1-4])(?: of)?(?= \d{4}$|$)/,
      (_, digit: string) => `${ORDINAL_NAMES[Number(digit) - 1]!} quarter of`,
    )
    .replace(/ of$/, '')
    .replace(
      /^h([12])(?: of)?(?= \d{4}$|$)/,
      (_, digit: string) => `${ORDINAL_NAMES[Number(digit) - 1]!} half of`,
    )
    .replace(/ of$/, '')
    // "the year before", "the week after" (an adverb, find-times.ts): the one before or after the
    // time talked about, as "the previous year"
    .replace(/^the (week|month|year) (before|after)$/, (_, unit: string, side: string) =>
      side === 'before' ? `the previous ${unit}` : `the following ${unit}`,
    )
    .replace(/^fy ?(\d{4})$/, 'fiscal $1')
    .replace(/^fy ?(\d\d)$/, "fiscal '$1")
    // "1994 or later", "March or so": the time named
    .replace(/ or (?:later|earlier|before|after|so)$/, '')
    // "by the end of Thursday", "the start of Monday": the day (the part is TimeML's mod)
    .replace(END_OF_WEEKDAY, '');

  if (PRESENT.test(raw) || PRESENT.test(text)) return 'PRESENT_REF';
  if (PAST.test(raw) || PAST.test(text)) return 'PAST_REF';
  if (FUTURE.test(raw) || FUTURE.test(text)) return 'FUTURE_REF';
  // "in recent years", "in recent weeks": TimeML reads an unknown stretch of that unit (PXY)
  if ((match = /^(?:more )?recent (days|weeks|months|quarters|years|decades)$/.exec(text)))
    return durationValue(Number.NaN, match[1]!);
  // "will one day be": a vague future; "followed by one day", "in the job one day": a day's length
  if (text === 'one day') return context.future === true ? 'FUTURE_REF' : 'P1D';
  // "the disasters of this century": TimeBank reads the century being lived as a stretch of it
  if (text === 'this century') return 'P100Y';
  // "for the year ended March 31", "the quarter ending tomorrow": a fiscal period, a length; so is
  // "in the year to March", "the financial year to April 2024", as "the three months to June"
  if (
    /^(?:year|fiscal year|financial year|twelve months|12 months)$/.test(text) &&
    (/^\s*(?:ended|ending)\b/.test(context.after ?? '') ||
      // ("the 12 months to June" stays P12M, as written)
      (/year$/.test(text) &&
        /^\s*(?:to|through|until|till) (?:the end of )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])|\d)/i.test(
          context.after ?? '',
        )))
  )
    return 'P1Y';

  // "on Mondays", "Tuesday nights": a weekday in the plural recurs
  if (PLURAL_WEEKDAY.test(text)) {
    const set = setValue(text);
    if (set !== null) return set;
  }
  // "on Monday and Tuesday nights", "Saturdays and Sundays" read back onto "Monday", "Saturdays":
  // the plural after the conjunction makes both weekdays recur
  const distributed = DISTRIBUTED_WEEKDAY.exec(context.after?.toLowerCase() ?? '');
  if (distributed !== null && BARE_WEEKDAY.test(text)) {
    const set = setValue(
      `${text.replace(/s$/, '')}${distributed[2] === undefined ? 's' : `${distributed[2]}s`}`,
    );
    if (set !== null) return set;
  }
  // sets: "daily", "every week", "each year", "twice a week", "annually"
  if (
    type === 'SET' ||
    /^(?:daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|every|each|per)\b/.test(text)
  ) {
    const set = setValue(text);
    if (set !== null) return set;
  }

  // years: "1998", "fiscal 1989", "'98", "the 1990s"
  if ((match = /^(?:fiscal |calendar |the year |year )?(\d{4})$/.exec(text))) return match[1]!;
  // "in '97", "fiscal '05": the year of that number nearest the reference, at most ten years ahead
  if ((match = /^(?:fiscal |calendar |the year |year )?['’](\d\d)$/.exec(text))) {
    const twoDigits = Number(match[1]);
    if (reference === null) return `XX${match[1]}`;
    const latest = yearOf(reference) + 10;
    const year = latest - ((((latest - twoDigits) % 100) + 100) % 100);
    return String(year);
  }
  // "the 1800s", "the early 1900s": the hundreds of a century before 2000 name that century (`18`),
  // not its first decade; "the 2000s" is the decade
  if ((match = /^(?:the )?(?:early |late |mid-?)?(1\d)00['’]?s$/.exec(text))) return match[1]!;
  if ((match = /^(?:the )?(?:early |late |mid-?)?(\d{3})0['’]?s$/.exec(text))) return `${match[1]}X`;
  if ((match = /^(?:the )?(?:early |late |mid-?)?['’]?(\d)0['’]?s$/.exec(text))) return `19${match[1]}X`;
  // "the nineties", "the eighties": the decade of the 1900s, as TimeML writes a decade (`199`)
  if (
    (match =
      /^(?:the )?(?:early |late |mid-?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/.exec(
        text,
      ))
  )
    return `19${DECADE_WORDS.indexOf(match[1]!) + 2}`;
  if ((match = /^(?:the )?(\d{1,2})(?:st|nd|rd|th) century$/.exec(text))) return pad(Number(match[1]) - 1, 2);

  const holiday = holidayValue(text, context);
  if (holiday !== undefined) return holiday;

  // explicit days
  if ((match = MONTH_FIRST.exec(text))) return explicitDay(context, match[1]!, match[2]!, match[3]);
  if ((match = DAY_FIRST.exec(text))) return explicitDay(context, match[2]!, match[1]!, match[3]);
  if (/^(\d{4})-(\d{2})-(\d{2})$/.test(text)) return text;
  if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(text))) {
    const year = match[3]!.length === 2 ? 1900 + Number(match[3]) : Number(match[3]);
    const time = dayNumber(year, Number(match[1]), Number(match[2]));
    return time === null ? null : isoDay(time);
  }

  // months: "January", "January 1998", "late November", "last April"
  if ((match = MONTH_YEAR.exec(text))) {
    const month = MONTHS[match[2]!]!;
    // a lower-case "may" alone is the verb the tagger took for the month, a lower-case "march" the
    // noun or verb ("at this march", "where they march each July"; train + dev: 0 of 2 annotated)
    if (match[2] === 'may' && raw === 'may' && !context.capitalised) return null;
    if (match[2] === 'march' && match[3] === undefined && !context.capitalised) return null;
    const yearText = match[3];
    let year: number | null = null;
    // "between March and October 2004", "from July to September 2004": the year named at the
    // range's end is its start's too (a year earlier if the range turns the year: "November to
    // February 2005")
    const rangeEnd =
      yearText === undefined && match[1] === undefined
        ? new RegExp(`^,? (?:and|to|until|till|through|-|–) ${MONTH_NAME},? (\\d{4})\\b`).exec(
            (context.after ?? '').toLowerCase(),
          )
        : null;
    if (yearText !== undefined && /^\d{4}$/.test(yearText)) year = Number(yearText);
    else if (rangeEnd !== null) {
      const endYear = Number(rangeEnd[2]);
      year = MONTHS[rangeEnd[1]!]! < month ? endYear - 1 : endYear;
    } else if (reference !== null) {
      const referenceYear = yearOf(reference);
      if (yearText === 'last year') year = referenceYear - 1;
      else if (yearText === 'next year') year = referenceYear + 1;
      else if (yearText === 'this year' || match[1] === 'this') year = referenceYear;
      // "last May" written in June is the May a year before: the month just gone is "last month"
      else if (match[1] === 'last')
        year = month >= monthOf(reference) - 1 ? referenceYear - 1 : referenceYear;
      else if (match[1] === 'next') year = month <= monthOf(reference) ? referenceYear + 1 : referenceYear;
      else
        year = yearFor(
          reference,
          month,
          null,
          context.future === true || context.deadline === true,
          context.past === true,
        );
    }
    return year === null ? `XXXX-${pad(month)}` : monthValue(year, month);
  }

  // "Friday this week", "Tuesday next week", "on Monday last week": that day of the week named
  if (reference !== null && (match = WEEKDAY_OF_WEEK.exec(text))) {
    const target = WEEKDAYS[match[1]!]!;
    const shift = match[3] === 'next' ? 7 : match[3] === 'last' ? -7 : 0;
    // ISO weeks begin on Monday: Monday is 1, Sunday 7
    const monday = reference - ((weekdayOf(reference) + 6) % 7) * DAY_MS;
    return `${isoDay(monday + (((target + 6) % 7) + shift) * DAY_MS)}${partOfDay(match[2])}`;
  }

  // weekdays: "Friday", "last Wednesday", "Monday evening", "Tuesday, March 26"
  if ((match = WEEKDAY_PHRASE.exec(text))) {
    const part = partOfDay(match[6]);
    if (match[3] !== undefined && match[4] !== undefined) {
      const day = explicitDay(context, match[3], match[4], match[5]);
      return day === null ? null : `${day}${part}`;
    }
    // "they were held on a Thursday, then …": an indefinite weekday names no day, only the day of
    // some week (not "a Sunday night memorial", a day all the same)
    if (
      match[1] === undefined &&
      /\bon an? $/i.test(context.before ?? '') &&
      /^(?:\s*[.,;:!?)]|\s*$|\s+(?:and|or|in|when|then|but|until|before|after)\b)/i.test(context.after ?? '')
    )
      return `XXXX-WXX-${WEEKDAYS[match[2]!] || 7}${part}`;
    if (reference === null) return `XXXX-XX-XX${part}`;
    const target = WEEKDAYS[match[2]!]!;
    // in a clause about the future, the first such day from the reference on ("meets Monday" on a Monday is today)
    const modifier = match[1] ?? (context.future === true ? 'ahead' : 'on');
    // "the previous Friday", "the following Monday": from the day being talked about
    if (modifier === 'previous' || modifier === 'following') {
      const anchor = parseValue(context.anchor);
      const from =
        anchor?.month !== undefined && anchor.day !== undefined
          ? (dayNumber(anchor.year, anchor.month, anchor.day) ?? reference)
          : reference;
      return `${isoDay(weekday(from, target, modifier === 'previous' ? 'last' : 'next'))}${part}`;
    }
    return `${isoDay(weekday(reference, target, modifier))}${part}`;
  }

  const deictic = deicticValue(text, raw, context, type);
  if (deictic !== undefined) return deictic;

  // clock times: "9 a.m.", "3:30 p.m. Tuesday", "noon"
  const clock = clockValue(text, context);
  if (clock !== null) return clock;

  // durations
  if ((match = DURATION_PHRASE.exec(text))) {
    const amountText = match[1]!.trim();
    const unit = match[2]!;
    const amount =
      amountText === ''
        ? /s$/.test(unit) && unitOf(unit) !== unit.toLowerCase()
          ? Number.NaN
          : 1
        : parseAmount(amountText);
    if (amount !== null) {
      // "the past two months", "the last twenty four hours" stay durations; "the year" as a DATE is this year
      // ("a year", "an hour" are lengths whatever the tagger's type)
      // "For the year, volume was flat": "the year" is the current one whatever the tagger's type
      // (train + dev: 4 of 4 outside "the year ended …", which is a length and read above)
      // "year-long", "a month-old": a length whatever the tagger's type
      if (
        (type === 'DATE' || /^the (?:year|quarter|month|week)$/.test(raw)) &&
        match[3] === undefined &&
        amountText === '' &&
        !/s$/.test(unit) &&
        !/^(?:a|an) /.test(text)
      ) {
        const current = periodValue(unitOf(unit), 0, context);
        if (current !== null) return current;
      }
      return durationValue(amount, unit);
    }
  }
  if (
    /^(?:a |the )?(?:few|several|many|some|couple of) (?:more )?(?:seconds|minutes|hours|days|weeks|months|years|decades)$/.test(
      text,
    )
  ) {
    return durationValue(Number.NaN, text.split(' ').pop()!);
  }
  // "the early months of 2004", "the final weeks of 1999": a stretch of that year (TimeML's value
  // is the year, the part being its `mod`)
  if (
    (match =
      /^(?:the )?(?:very )?(?:early|earliest|first|late|later|last|final|closing|opening) (?:days|weeks|months) of (\d{4})$/.exec(
        text,
      ))
  )
    return match[1]!;
  // "the early years of the scheme", "its final months", "the opening weeks": a stretch of an
  // unstated number of units, as "the early days" and "recent years" (PXY), not a calendar date
  if (
    (match =
      /^(?:the |its |his |her |their |our |my )?(?:very )?(?:early|earliest|late|later|final|initial|closing|opening|dying|waning) (seconds|minutes|hours|days|weeks|months|years|decades)$/.exec(
        text,
      ))
  )
    return durationValue(Number.NaN, match[1]!);
  return null;
}

function explicitDay(
  context: NormaliseContext,
  monthText: string,
  dayText: string,
  yearText: string | undefined,
): string | null {
  const month = MONTHS[monthText];
  if (month === undefined) return null;
  const day = Number(dayText);
  if (yearText !== undefined) {
    const time = dayNumber(Number(yearText), month, day);
    return time === null ? null : isoDay(time);
  }
  const { reference } = context;
  if (reference === null) return day >= 1 && day <= 31 ? `XXXX-${pad(month)}-${pad(day)}` : null;
  const time = dayNumber(
    yearFor(
      reference,
      month,
      day,
      context.future === true || context.deadline === true,
      context.past === true,
    ),
    month,
    day,
  );
  return time === null ? null : isoDay(time);
}

/**
 * "that year", "the same quarter": the time being talked about, at the unit's granularity (the
 * year of "1998-06", the quarter the text last spoke of).
 */
function anchorAt(unit: string, context: NormaliseContext): string | null {
  const anchor = parseValue(context.anchor);
  if (anchor === null) return unit === 'quarter' ? (context.lastQuarter ?? null) : null;
  switch (unit) {
    case 'year':
      return String(anchor.year);
    case 'quarter':
      if (context.lastQuarter !== undefined && context.lastQuarter !== null) return context.lastQuarter;
      if (anchor.quarter !== undefined) return `${anchor.year}-Q${anchor.quarter}`;
      return anchor.month === undefined ? null : `${anchor.year}-Q${quarterOf(anchor.month)}`;
    case 'month':
      return anchor.month === undefined ? null : monthValue(anchor.year, anchor.month);
    case 'week': {
      if (anchor.month === undefined || anchor.day === undefined) return null;
      const time = dayNumber(anchor.year, anchor.month, anchor.day);
      return time === null ? null : isoWeek(time);
    }
    default:
      return context.anchor;
  }
}

/** "this week" (offset 0), "last month" (-1), "next year" (+1) as a TIMEX3 value. */
function periodValue(unit: string, offset: number, context: NormaliseContext): string | null {
  const { reference } = context;
  if (reference === null) {
    if (unit === 'year') return 'XXXX';
    if (unit === 'month') return 'XXXX-XX';
    if (unit === 'week') return 'XXXX-WXX';
    if (unit === 'day') return 'XXXX-XX-XX';
    return null;
  }
  const year = yearOf(reference);
  const month = monthOf(reference);
  switch (unit) {
    case 'day':
      return isoDay(reference + offset * DAY_MS);
    case 'week':
      return isoWeek(reference + offset * 7 * DAY_MS);
    case 'weekend': {
      // the weekend just past (or this one, on a Saturday or Sunday)
      const current = weekdayOf(reference);
      const saturday = reference - ((current + 1) % 7) * DAY_MS + offset * 7 * DAY_MS;
      return `${isoWeek(saturday)}-WE`;
    }
    case 'month': {
      const shifted = addMonths(year, month, offset);
      return monthValue(shifted.year, shifted.month);
    }
    case 'quarter': {
      const index = year * 4 + (quarterOf(month) - 1) + offset;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'year':
      return String(year + offset);
    case 'decade':
      return String(Math.floor((year + offset * 10) / 10));
    case 'century':
      return pad(Math.floor((year + offset * 100) / 100), 2);
    default:
      return null;
  }
}

function deicticValue(
  text: string,
  raw: string,
  context: NormaliseContext,
  type: TimeType,
): string | null | undefined {
  const { reference } = context;
  let match: RegExpExecArray | null;
  const day = (offset: number, part = ''): string | null =>
    reference === null ? `XXXX-XX-XX${part}` : `${isoDay(reference + offset * DAY_MS)}${part}`;
  if (
    (match =
      /^(?:early |late |earlier |later )?(today|yesterday|tomorrow|tonight)(?: (morning|afternoon|evening|night))?$/.exec(
        text,
      ))
  ) {
    const word = match[1]!;
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    return day(offset, word === 'tonight' ? 'TNI' : partOfDay(match[2]));
  }
  // "later this afternoon", "early this morning", "mid afternoon": the part of the day named
  if ((match = /^(?:early|late|earlier|later|mid) ?-?(?:this )?(morning|afternoon|evening)$/.exec(text)))
    return /this/.test(text)
      ? day(0, partOfDay(match[1]))
      : `${anchorDay(context) ?? day(0)}${partOfDay(match[1])}`;
  if ((match = /^(this|last|yesterday|tomorrow) (morning|afternoon|evening|night)$/.exec(text))) {
    const word = match[1]!;
    if (word === 'last' && match[2] === 'night') return day(-1, 'TNI');
    const offset = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
    return day(offset, partOfDay(match[2]));
  }
  // "overnight": last night, but before a noun in a story of an earlier day ("London shares fell
  // Friday, hurt by overnight losses in New York" in Monday's paper) the night before that day
  if (text === 'overnight') {
    const talkedAbout = parseReferenceDay(anchorDay(context));
    const beforeNoun =
      /^\s+(?!(?:and|or|but|to|in|on|at|as|the|a|an|for|from|with|by|of|that|when|while|after|before|so|then|is|was|were|are)\b)[a-z]+/.test(
        context.after ?? '',
      );
    return beforeNoun && talkedAbout !== null && reference !== null && talkedAbout < reference - DAY_MS
      ? `${isoDay(talkedAbout - DAY_MS)}TNI`
      : day(-1, 'TNI');
  }
  if ((match = /^(morning|afternoon|evening|night)$/.exec(text))) return day(0, partOfDay(match[1]));

  // "this week", "last month", "next year", "earlier this year", "the past year", "the latest quarter"
  if (
    (match =
      /^(?:(?:earlier|later|early|late|(?:the )?(?:end|beginning|start|middle|rest|remainder) of|mid) )?(this|last|next|past|previous|coming|current|latest|same|following|prior|that|the same) (?:(fiscal) )?(week|weekend|month|quarter|year|decade|century|season|period)$/.exec(
        text,
      ))
  ) {
    const modifier = match[1]!;
    const unit = match[3] === 'period' ? 'quarter' : match[3]!;
    // "the latest fiscal year": the last one closed, as "the latest quarter"
    if (modifier === 'latest' && match[2] === 'fiscal' && unit === 'year')
      return periodValue('year', -1, context);
    // "posted earnings of $24 million, compared with a loss of $3 million last year" in a report
    // on a quarter: the figure of that quarter a year before, as "a year ago" there
    if (text === 'last year' && context.yearToDate !== true && COMPARED_FIGURE.test(context.before ?? '')) {
      const quarter = parseValue(context.lastQuarter ?? null);
      if (quarter?.quarter !== undefined && (reference === null || quarter.year <= yearOf(reference)))
        return `${quarter.year - 1}-Q${quarter.quarter}`;
    }
    // "last season", "next season": a sports or working season is no calendar unit (TIMEX3 has codes
    // only for the four seasons of the year), so the vague times before and after now that TimeML
    // gives "recently" and "in the future"; "that season", "the following season" stay unresolved
    if (unit === 'season')
      return /^(?:last|past)$/.test(modifier)
        ? 'PAST_REF'
        : /^(?:next|coming)$/.test(modifier)
          ? 'FUTURE_REF'
          : /^(?:this|current)$/.test(modifier)
            ? 'PRESENT_REF'
            : null;
    if (modifier === 'same' || modifier === 'that' || modifier === 'the same')
      return anchorAt(unit, context) ?? periodValue(unit, 0, context);
    if (modifier === 'following') return shiftAnchor(context, unit, 1);
    if (modifier === 'previous' || modifier === 'prior') return shiftAnchor(context, unit, -1);
    if (modifier === 'latest' && unit === 'quarter') return periodValue('quarter', -1, context);
    const offset =
      modifier === 'last' || modifier === 'past' ? -1 : modifier === 'next' || modifier === 'coming' ? 1 : 0;
    // weekends count from the one just past: "last weekend" said on a Tuesday is that one, "this
    // weekend" the one ahead; on a Saturday or Sunday "this weekend" is the current one
    if (unit === 'weekend' && reference !== null) {
      const inWeekend = weekdayOf(reference) === 6 || weekdayOf(reference) === 0;
      if (!inWeekend && (modifier === 'last' || modifier === 'past')) return periodValue(unit, 0, context);
      if (!inWeekend && (modifier === 'this' || modifier === 'current')) return periodValue(unit, 1, context);
    }
    return periodValue(unit, offset, context);
  }
  if ((match = /^(week|weekend|month|year)$/.exec(text))) {
    // "Profits for the year rose 20%" after "during 2004" in a story of 2005: in a clause in the
    // past, or after "for"/"during" in one not about the future, "the year" is the earlier year
    // talked about, not the reference's
    const anchorYear = parseValue(context.anchor)?.year;
    if (
      raw === 'the year' &&
      (context.past === true ||
        (context.future !== true && /\b(?:for|during|over)\s+$/i.test(context.before ?? ''))) &&
      anchorYear !== undefined &&
      reference !== null &&
      anchorYear < yearOf(reference)
    )
      return String(anchorYear);
    return periodValue(match[1]!, 0, context);
  }
  // "by the end of the month", "since the start of the week": the period the reference day is in
  // (TimeML's value of the period, its part being the `mod`); the year's end is read below
  if ((match = /^(?:end|beginning|start|middle|rest|remainder) of (?:the )?(week|month|quarter)$/.exec(text)))
    return periodValue(match[1]!, 0, context);
  // "at month-end", "after quarter-end": the period's end, as "the end of the month"
  if ((match = /^(month|quarter)(?:[- ]end|'s end)$/.exec(text))) return periodValue(match[1]!, 0, context);
  if ((match = /^(?:beginning|start|middle|rest|remainder) of (?:the )?(year)$/.exec(text)))
    return periodValue(match[1]!, 0, context);
  // "the year-ago quarter", "the comparable year-earlier period", "the same quarter a year ago":
  // the quarter talked about, a year before
  if (
    /^(?:comparable )?year[ -](?:ago|earlier) (?:quarter|period)$|^(?:same )?(?:quarter|period) (?:a year ago|a year earlier|last year|of last year|the (?:previous|prior) year|the year before)$|^last year (?:quarter|period)$/.test(
      text,
    )
  ) {
    const anchor = parseValue(context.anchor);
    // the quarter talked about, unless it is a projection past the reference year ("the third
    // quarter of 1990" in a 1989 report): a year-ago period is behind the reference
    if (anchor?.quarter !== undefined && (reference === null || anchor.year <= yearOf(reference)))
      return `${anchor.year - 1}-Q${anchor.quarter}`;
    const latest = parseValue(periodValue('quarter', -1, context));
    return latest?.quarter === undefined ? null : `${latest.year - 1}-Q${latest.quarter}`;
  }
  // "the year-ago third quarter": that quarter of the year before the one talked about
  if (
    (match =
      /^(?:comparable )?year[ -](?:ago|earlier) (first|second|third|fourth|1st|2nd|3rd|4th) quarter$/.exec(
        text,
      ))
  ) {
    const quarter = parseValue(context.lastQuarter ?? null);
    const year = quarter?.year ?? (reference === null ? null : yearOf(reference));
    return year === null ? null : `${year - 1}-Q${ORDINALS[match[1]!]}`;
  }
  if ((match = /^(\d{4}) (first|second|third|fourth|1st|2nd|3rd|4th) quarter$/.exec(text)))
    return `${match[1]}-Q${ORDINALS[match[2]!]}`;
  if ((match = /^(\d{4}) (?:period|fiscal year|season)$/.exec(text))) return match[1]!;
  // "close the sale by year-end": this year; "prices are up since year-end": the last day of last year
  if (/^(?:year[- ]end|year's end|end of (?:the )?year)$/.test(text)) {
    if (reference === null) return 'XXXX';
    return /\bsince $/i.test(context.before ?? '')
      ? `${yearOf(reference) - 1}-12-31`
      : String(yearOf(reference));
  }
  // "For the full year, the carmaker earned …" after its fourth-quarter figures: the year of the
  // quarter talked about (a report of January on last year's results), else the reference year
  if (/^(?:full|whole|entire) year$/.test(text)) {
    const quarter = parseValue(context.lastQuarter ?? null);
    if (quarter !== null) return String(quarter.year);
    return reference === null ? 'XXXX' : String(yearOf(reference));
  }
  // "later that night", "that evening": that part of the day talked about
  if (
    (match =
      /^(?:(?:earlier|later|early|late) )?(?:that|that same|the same) (morning|afternoon|evening|night)$/.exec(
        raw,
      ))
  ) {
    const talkedAbout = anchorDay(context);
    return talkedAbout === null ? null : `${talkedAbout}${partOfDay(match[1])}`;
  }
  // "it was a great day for the town", "the day" with the determiner left out of the extent: the
  // day talked about (train + dev: 3 of the 3 bare "day" DATEs)
  if (
    /^(?:(?:earlier|later) )?(?:the|that|that same|the same) day$/.test(raw) ||
    (raw === 'day' && type === 'DATE')
  )
    return anchorDay(context) ?? dayOfCoarserAnchor(context.anchor) ?? day(0);
  if (/^(?:the )?(?:previous|prior) (?:day|night)$|^the day before$|^the night before$/.test(raw))
    return shiftAnchor(context, 'day', -1);
  if (/^(?:the )?(?:next|following) (?:day|morning)$|^the day after$/.test(raw))
    return shiftAnchor(context, 'day', 1);
  // "the next afternoon", "the previous evening": that part of the day after or before the one
  // talked about, as "that evening" is of the day itself
  if (
    (match =
      /^(?:the )?(?:(next|following) (afternoon|evening|night)|(?:previous|prior|preceding) (afternoon|evening))$/.exec(
        raw,
      ))
  ) {
    const shifted = shiftAnchor(context, 'day', match[1] === undefined ? -1 : 1);
    return shifted !== null && /^\d{4}-\d\d-\d\d$/.test(shifted)
      ? `${shifted}${partOfDay(match[2] ?? match[3])}`
      : shifted;
  }

  // halves: "the first half of 1990", "the last half of 1989", "the first two quarters of 1990"
  if (
    (match =
      /^(?:the )?(first|second|last|latter|1st|2nd) (?:half|two quarters)(?: of (?:(?:the|fiscal|calendar) )?(?:year )?(\d{4}|this year|last year|next year|the year))?$/.exec(
        text,
      ))
  ) {
    const half = match[1] === 'first' || match[1] === '1st' ? 1 : 2;
    const named = match[2];
    let year: number | null = named !== undefined && /^\d{4}$/.test(named) ? Number(named) : null;
    if (year === null && reference !== null)
      year = yearOf(reference) + (named === 'last year' ? -1 : named === 'next year' ? 1 : 0);
    return `${year === null ? 'XXXX' : String(year)}-H${half}`;
  }
  // "the week of March 6": the ISO week of that day
  if ((match = /^week of (.+)$/.exec(text))) {
    const day = valueOf(match[1]!, 'DATE', context);
    const parsed = parseValue(day);
    if (parsed?.day !== undefined && parsed.month !== undefined) {
      const time = dayNumber(parsed.year, parsed.month, parsed.day);
      if (time !== null) return isoWeek(time);
    }
  }

  // "the last week of December 2004", "the first week of March": the week of the month's first or
  // last days (in the year the month would have alone)
  if (
    (match = new RegExp(
      `^(?:the )?(first|last|final|opening|closing) week of ${MONTH_NAME}(?:,? (\\d{4}))?$`,
    ).exec(text))
  ) {
    const month = MONTHS[match[2]!]!;
    const monthAlone =
      valueOf(match[3] === undefined ? match[2]! : `${match[2]!} ${match[3]}`, 'DATE', {
        ...context,
        capitalised: true,
      }) ?? '';
    const year = /^\d{4}-\d\d$/.test(monthAlone) ? Number(monthAlone.slice(0, 4)) : null;
    if (year === null) return null;
    const first = /^(?:first|opening)$/.test(match[1]!);
    // the middle of the month's first or last seven days: the ISO week with most of them
    const day = first
      ? dayNumber(year, month, 4)
      : (month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1))! - 4 * DAY_MS;
    return day === null ? null : isoWeek(day);
  }
  // "the last quarter of 2004", "the final quarter of last year": that year's fourth
  if (
    (match =
      /^(?:the )?(?:last|final|closing) quarter of (?:fiscal )?(\d{4}|this year|last year|next year)$/.exec(
        text,
      ))
  ) {
    const shift = match[1] === 'last year' ? -1 : match[1] === 'next year' ? 1 : 0;
    const year = /^\d{4}$/.test(match[1]!)
      ? Number(match[1])
      : reference === null
        ? null
        : yearOf(reference) + shift;
    return year === null ? 'XXXX-Q4' : `${year}-Q4`;
  }
  // quarters: "the third quarter", "fourth-quarter", "the third quarter of 1990", "this year's third quarter"
  if (
    (match =
      /^(?:(?:this|last|next) year )?(?:the |its )?(?:fiscal[ -])?(first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal )?quarter(?: of (?:fiscal )?(\d{4}|this year|last year|next year))?$/.exec(
        text,
      ))
  ) {
    const quarter = ORDINALS[match[1]!]!;
    // "the third quarter of last year": the year named from the reference
    const named = match[2] === undefined ? null : /^\d{4}$/.test(match[2]) ? Number(match[2]) : null;
    const relative = match[2] !== undefined && named === null && reference !== null;
    let year: number | null = relative
      ? yearOf(reference) + (match[2] === 'last year' ? -1 : match[2] === 'next year' ? 1 : 0)
      : named;
    // "in the year-ago quarter, the second quarter ended Oct. 31": in apposition to the quarter
    // just named, that quarter's year
    const apposed = /\bquarter,\s*(?:the\s+)?$/i.test(context.before ?? '')
      ? parseValue(context.lastQuarter ?? null)
      : null;
    if (year === null && apposed !== null) year = apposed.year;
    if (year === null) {
      const anchor = parseValue(context.anchor);
      if (reference !== null) {
        year = yearOf(reference);
        if (text.startsWith('last year')) year -= 1;
        else if (text.startsWith('next year')) year += 1;
        // a quarter not yet over at the reference day is last year's in a results report, this
        // year's in a clause about what is ahead ("will close in the second quarter")
        // "will report fourth-quarter results" in January: results are of a quarter over
        // ("this year's third quarter" is the year named, over or not)
        else if (
          !text.startsWith('this year') &&
          quarter > quarterOf(monthOf(reference)) &&
          (context.future !== true || RESULTS_AFTER.test(context.after ?? ''))
        )
          year -= 1;
      } else if (anchor !== null) year = anchor.year;
    }
    return year === null ? `XXXX-Q${quarter}` : `${year}-Q${quarter}`;
  }
  if (/^(?:the )?quarter$/.test(text)) return periodValue('quarter', -1, context);

  // seasons: "this summer", "last spring", "winter"
  if (
    (match =
      /^(?:(this|last|next|early|late|the|that|that same) )?(spring|summer|autumn|fall|winter)(?: of)?(?: (\d{4}))?$/.exec(
        text,
      ))
  ) {
    const season = SEASONS[match[2]!]!;
    if (match[3] !== undefined) return `${match[3]}-${season}`;
    // "that summer": the season of the year talked about
    if (match[1] === 'that' || match[1] === 'that same') {
      const talkedAbout = parseValue(context.anchor);
      if (talkedAbout !== null) return `${talkedAbout.year}-${season}`;
    }
    if (reference === null) return `XXXX-${season}`;
    let year = yearOf(reference);
    const started = monthOf(reference) >= SEASON_START[season]!;
    const ended = monthOf(reference) >= SEASON_START[season]! + 3;
    if (match[1] === 'last') year -= ended ? 0 : 1;
    else if (match[1] === 'next') year += started ? 1 : 0;
    // "the museum opened in the spring" written in January: the spring gone; "will open in the
    // autumn" written in December: the one ahead (not winter, which straddles the new year)
    else if (match[1] !== 'this' && season !== 'WI') {
      if (context.past === true && !started) year -= 1;
      else if (context.future === true && ended) year += 1;
    }
    return `${year}-${season}`;
  }

  // "two years ago", "a week ago", "three days earlier", "a year earlier", "year-earlier"
  if (
    (match =
      /^(.*?)[ -]?(days?|weeks?|months?|years?|decades?|hours?|minutes?|seconds?|quarters?)[ -](?:or so )?(ago|earlier|before|later|after|previously|from now|hence|back|since)$/.exec(
        text,
      ))
  ) {
    // "year-earlier", "a year ago" count one; "days later", "weeks ago" (a unit in the plural with
    // no amount) an unknown number, as "a few days later"
    const amount =
      match[1]!.trim() === ''
        ? /s$/.test(match[2]!)
          ? Number.NaN
          : 1
        : parseAmount(match[1]!.replace(/^(?:about|some|nearly|almost|more than|just|only|at least) /, ''));
    if (amount === null) return undefined;
    const sign = /^(later|after|from now|hence)$/.test(match[3]!) ? 1 : -1;
    const unit = unitOf(match[2]!);
    const fromAnchor = match[3] !== 'ago' && match[3] !== 'from now' && match[3] !== 'back';
    const withinDay = unit === 'hour' || unit === 'minute' || unit === 'second';
    if (Number.isNaN(amount) && !withinDay) {
      // "a few days later" after "March 3": no day can be named, and the time is neither ahead of
      // nor behind the reference — the unknown length, as TimeBank writes it (`PXD`)
      if (fromAnchor && context.anchor !== null) return durationValue(Number.NaN, match[2]!);
      return match[3] === 'later' || match[3] === 'after' || match[3] === 'from now'
        ? 'FUTURE_REF'
        : 'PAST_REF';
    }
    if (withinDay) {
      // "several hours later": still the day being talked about
      // after a night ("Friday night … several hours later"), the next day
      if (fromAnchor && context.anchor !== null) {
        const anchorDay = parseValue(context.anchor);
        if (
          sign > 0 &&
          context.anchor.endsWith('TNI') &&
          anchorDay?.day !== undefined &&
          anchorDay.month !== undefined
        ) {
          const time = dayNumber(anchorDay.year, anchorDay.month, anchorDay.day);
          if (time !== null) return isoDay(time + DAY_MS);
        }
        return context.anchor.slice(0, 10);
      }
      return reference === null ? null : isoDay(reference);
    }
    // "a year ago" in a report about a quarter ("profit rose from $3 million a year ago") is that
    // quarter a year before: TimeBank's reading in results reports
    const quarter = parseValue(context.lastQuarter ?? null);
    // after "the nine months" the comparison is of that stretch: the year before, as a year
    if (unit === 'year' && amount === 1 && sign < 0 && quarter?.quarter !== undefined)
      return context.yearToDate === true
        ? String(quarter.year - 1)
        : `${quarter.year - 1}-Q${quarter.quarter}`;
    // "2 1/2 years ago": thirty months back, named as the year it falls in (the granularity of the
    // unit); "1 1/2 weeks later" ten or eleven days on
    if (!Number.isInteger(amount) && (unit === 'year' || unit === 'week')) {
      const smaller = unit === 'year' ? 'month' : 'day';
      const count = Math.round(amount * (unit === 'year' ? 12 : 7));
      // from a year with no month ("in 1990 … 2 1/2 years later") only the whole years can move it
      if (fromAnchor && context.anchor !== null && parseValue(context.anchor)?.month === undefined)
        return unit === 'year' ? shiftAnchor(context, 'year', sign * Math.floor(amount)) : null;
      const shifted = fromAnchor
        ? shiftAnchor(context, smaller, sign * count)
        : shiftReference(context, smaller, sign * count);
      return unit === 'year' ? (shifted?.slice(0, 4) ?? null) : shifted;
    }
    // "a decade ago": the year ten years back (a point in time, not the decade it falls in)
    if (unit === 'decade')
      return fromAnchor
        ? shiftAnchor(context, 'year', sign * amount * 10)
        : shiftReference(context, 'year', sign * amount * 10);
    return fromAnchor
      ? shiftAnchor(context, unit, sign * amount)
      : shiftReference(context, unit, sign * amount);
  }
  if ((match = /^(year|month|week|day)[ -](ago|earlier)$/.exec(text)))
    return shiftAnchor(context, match[1]!, -1);
  return undefined;
}

/** Moves the reference day by `amount` units, at the granularity of the unit. */
function shiftReference(context: NormaliseContext, unit: string, amount: number): string | null {
  const { reference } = context;
  if (reference === null) return null;
  switch (unit) {
    case 'day':
      return isoDay(reference + amount * DAY_MS);
    case 'week':
      return isoWeek(reference + amount * 7 * DAY_MS);
    case 'month': {
      const shifted = addMonths(yearOf(reference), monthOf(reference), amount);
      return monthValue(shifted.year, shifted.month);
    }
    case 'quarter': {
      const shifted = addMonths(yearOf(reference), monthOf(reference), amount * 3);
      return `${shifted.year}-Q${quarterOf(shifted.month)}`;
    }
    case 'year':
      return String(yearOf(reference) + amount);
    case 'decade':
      return String(Math.floor((yearOf(reference) + amount * 10) / 10));
    default:
      return null;
  }
}

/** Moves the anchor (the time being talked about) by `amount` units; the reference day when there is none. */
function shiftAnchor(context: NormaliseContext, unit: string, amount: number): string | null {
  const anchor = parseValue(context.anchor);
  if (anchor === null) return shiftReference(context, unit, amount);
  if (unit === 'year') return shiftYears(anchor, amount);
  if (unit === 'day' && anchor.day !== undefined && anchor.month !== undefined) {
    const time = dayNumber(anchor.year, anchor.month, anchor.day);
    return time === null ? null : isoDay(time + amount * DAY_MS);
  }
  if (unit === 'month' && anchor.month !== undefined) {
    const shifted = addMonths(anchor.year, anchor.month, amount);
    return monthValue(shifted.year, shifted.month);
  }
  if (unit === 'week' && anchor.day !== undefined && anchor.month !== undefined) {
    const time = dayNumber(anchor.year, anchor.month, anchor.day);
    return time === null ? null : isoWeek(time + amount * 7 * DAY_MS);
  }
  if (unit === 'quarter' && anchor.quarter !== undefined) {
    const index = anchor.year * 4 + anchor.quarter - 1 + amount;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  return shiftReference(context, unit, amount);
}

function setValue(setText: string): string | null {
  let text = setText;
  const simple: Readonly<Record<string, string>> = {
    daily: 'P1D',
    nightly: 'P1D',
    weekly: 'P1W',
    biweekly: 'P2W',
    monthly: 'P1M',
    quarterly: 'P3M',
    yearly: 'P1Y',
    annually: 'P1Y',
    annual: 'P1Y',
    hourly: 'PT1H',
  };
  const known = simple[text];
  if (known !== undefined) return known;
  // "twice a year", "three times a week": the period repeated (the frequency is not a value)
  text = text.replace(
    /^(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times) (?=a |an |per |every |each )/,
    '',
  );
  // "each Thursday", "every Monday evening", "on Tuesday nights", "Sundays": that day of every week
  let match = EVERY_WEEKDAY.exec(text);
  if (match && (/^(?:every|each) /.test(text) || match[2] !== undefined || match[4] !== undefined)) {
    const day = WEEKDAYS[match[1]!]!;
    return `XXXX-WXX-${day === 0 ? 7 : day}${match[3] === undefined ? '' : `T${PARTS[match[3]]}`}`;
  }
  match =
    /^(?:every|each|per|a|an) (?:(other|\w+) )?(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon|evening)s?$/.exec(
      text,
    );
  if (match) {
    const part = PARTS[match[2]!];
    if (part !== undefined) return `XXXX-XX-XXT${part}`;
    const amount = match[1] === 'other' ? 2 : match[1] === undefined ? 1 : parseAmount(match[1]);
    return durationValue(amount === null ? 1 : amount, match[2]!);
  }
  // "each summer": the season of every year
  match = /^(?:every|each) (spring|summer|autumn|fall|winter)$/.exec(text);
  if (match) return `XXXX-${SEASONS[match[1]!]!}`;
  match = EVERY_MONTH.exec(text);
  if (match) return `XXXX-${pad(MONTHS[match[1]!]!)}`;
  return null;
}

/**
 * "that same day" after "last October": a day of the month (or year) talked about, the day unknown
 * (`1998-10-XX`, as TimeML writes a day whose month alone is known); other anchors as they are.
 */
function dayOfCoarserAnchor(anchor: string | null): string | null {
  if (anchor === null) return null;
  if (/^\d{4}-\d\d$/.test(anchor)) return `${anchor}-XX`;
  if (/^\d{4}$/.test(anchor)) return `${anchor}-XX-XX`;
  return anchor;
}

/** The day being talked about ("… on Friday. At 10 a.m. the police came"), when the anchor is a day. */
function anchorDay(context: NormaliseContext): string | null {
  const anchor = context.anchor;
  return anchor !== null && /^\d{4}-\d\d-\d\d/.test(anchor) ? anchor.slice(0, 10) : null;
}

function clockValue(clockText: string, context: NormaliseContext): string | null {
  let text = clockText;
  const { reference } = context;
  let hour: number | null = null;
  let minute = 0;
  let rest = text;
  let match: RegExpExecArray | null;
  // "nine o'clock", "two in the morning": the hour in words
  text = text.replace(
    /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= o'clock\b| in the (?:morning|afternoon|evening|night)\b| at night\b)/,
    (word) => String(CARDINAL_WORDS[word]),
  );
  if (
    (match = /^(\d{1,2}) (?:o'clock )?(?:in the (morning|afternoon|evening|night)|at (night))$/.exec(text))
  ) {
    // "4 in the morning", "6 o'clock in the evening", "10 at night" (but "3 at night" is 03:00)
    hour = Number(match[1]);
    const part = match[2] ?? match[3]!;
    if ((part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6)) && hour < 12)
      hour += 12;
    rest = '';
  } else if ((match = /^(noon|midday|midnight)\b ?(.*)$/.exec(text))) {
    hour = match[1] === 'midnight' ? 24 : 12;
    rest = match[2]!;
  } else if (
    (match = /^(\d{1,2})(?:[:.](\d{2}))? ?(a\.?m\.?|p\.?m\.?|o'clock)(?: [a-z]{2,4}\b)? ?(.*)$/.exec(text))
  ) {
    hour = Number(match[1]);
    minute = match[2] === undefined ? 0 : Number(match[2]);
    if (match[3]!.startsWith('p') && hour < 12) hour += 12;
    if (match[3]!.startsWith('a') && hour === 12) hour = 0;
    rest = match[4]!;
  } else if (
    // "23:00 bst on friday", "19:45 on saturday": the 24-hour clock, its zone, then its day
    (match =
      /^([01]?\d|2[0-4]):([0-5]\d)(?: (?:gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt|local time))? ?(.*)$/.exec(
        text,
      )) &&
    match[3] !== ''
  ) {
    hour = Number(match[1]);
    minute = Number(match[2]);
    rest = match[3]!;
  } else if (
    // "1650 gmt", "0735 bst": the 24-hour clock without its colon, as wire and British news write it
    // with the zone after it (the zone tells it from a year)
    (match = /^([01]\d|2[0-3])([0-5]\d) (?:gmt|bst|utc|cet|cest)\b ?(.*)$/.exec(text))
  ) {
    hour = Number(match[1]);
    minute = Number(match[2]);
    rest = match[3]!;
  } else if ((match = CLOCK.exec(text)) && match[2] !== undefined) {
    hour = Number(match[1]);
    minute = Number(match[2]);
    rest = '';
  }
  if (hour === null || hour > 24 || minute > 59) return null;
  const time = `T${pad(hour)}:${pad(minute)}`;
  rest = rest.replace(/^(?:on|,) ?/, '').trim();
  if (rest === '' || rest === 'today' || rest === 'local time')
    return `${anchorDay(context) ?? (reference === null ? 'XXXX-XX-XX' : isoDay(reference))}${time}`;
  const day = valueOf(rest, 'DATE', context);
  if (day !== null && /^\d{4}-\d\d-\d\d$|^XXXX-XX-XX$/.test(day)) return `${day}${time}`;
  return null;
}
