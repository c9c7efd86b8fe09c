import { isoDay, monthNumber } from '../../ingest/dates.js';

/**
 * A small resolver of the date expressions news reports use for when something was said or done:
 * weekday names ("on Monday evening"), "yesterday", "today", "last night", and explicit dates
 * ("March 22", "22 March 2024"), resolved against the reference (publication) date.
 *
 * News convention: a bare weekday ("on Monday") is the most recent such day on or before the
 * reference date; "last Monday" is strictly before it; "next Monday" strictly after it. A date
 * without a year is put in the year that brings it closest to the reference date (a paper
 * published on 3 January writing "December 28" means the previous year).
 *
 * Values are TimeML TIMEX3: `2024-03-25`, and with a part of the day `2024-03-25TEV`
 * (MO morning, AF afternoon, EV evening, NI night).
 */

export interface ResolvedTime {
  /** Span of the whole expression in the searched text, preposition included ("On Monday evening"). */
  readonly start: number;
  readonly end: number;
  /** TIMEX3 value, e.g. `2024-03-25TEV`. */
  readonly value: string;
  /** The calendar day alone, e.g. `2024-03-25` (null when no reference date fixes it). */
  readonly day: string | null;
}

const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

const MONTH_WORD =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';

/**
 * One pattern for every form, so a text is scanned once. Groups: 1 modifier (on/last/next/this/
 * early/late), 2 weekday, 3 relative day word, 4 month-first month, 5 its day, 6 its year,
 * 7 day-first day, 8 its month, 9 its year, 10 part of the day.
 */
const TIME_PATTERN = new RegExp(
  '\\b(?:(on|last|next|this|early|late|earlier|later)\\s+(?:on\\s+)?)?' +
    '(?:' +
    '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)' +
    '|(yesterday|today|tonight)' +
    `|(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?` +
    `|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD})(?:,?\\s+(\\d{4}))?` +
    ')' +
    '(?:\\s+(morning|afternoon|evening|night))?\\b',
  'gi',
);

/** "this morning", "last night", "overnight": parts of the reference day or the night before it. */
const DAY_PART_PATTERN = /\b(this|last)\s+(morning|afternoon|evening|night)\b|\b(overnight)\b/gi;

const DAY_MS = 86_400_000;

/** How much farther a future date without a year counts than a past one when choosing its year. */
const FUTURE_WEIGHT = 1.5;

export interface TimeOptions {
  /**
   * Only days on or before the reference day, for what already happened ("said on March 2"): a
   * date without a year then takes the latest such day not after the reference.
   */
  readonly past?: boolean;
}

/** The last reference date parsed: a document's sentences are searched one by one with the same date. */
let lastReference: { readonly text: string | null; readonly time: number | null } = {
  text: null,
  time: null,
};

function parseReference(referenceDate: string | null): number | null {
  if (referenceDate === null) return null;
  if (lastReference.text === referenceDate) return lastReference.time;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(referenceDate);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  lastReference = { text: referenceDate, time: Number.isNaN(time) ? null : time };
  return lastReference.time;
}

function isoFromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The weekday `target` (0 = Sunday) relative to the reference day, by the news convention above. */
function resolveWeekday(reference: number, target: number, modifier: string): number {
  const referenceWeekday = new Date(reference).getUTCDay();
  if (modifier === 'next') {
    const ahead = (target - referenceWeekday + 7) % 7 || 7;
    return reference + ahead * DAY_MS;
  }
  let back = (referenceWeekday - target + 7) % 7;
  if (modifier === 'last' && back === 0) back = 7;
  return reference - back * DAY_MS;
}

/** A month and day without a year: the year that puts it nearest the reference day. */
function resolveMonthDay(reference: number | null, month: number, day: number, past: boolean): string | null {
  if (reference === null) {
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  const year = new Date(reference).getUTCFullYear();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of [year - 1, year, year + 1]) {
    const iso = isoDay(candidate, month, day);
    if (iso === null) continue;
    const time = Date.UTC(candidate, month - 1, day);
    if (past && time > reference) continue;
    // news looks back more often than ahead: a future date counts as half again as far
    const distance = Math.abs(time - reference) * (time > reference ? FUTURE_WEIGHT : 1);
    if (distance < bestDistance) {
      best = iso;
      bestDistance = distance;
    }
  }
  return best;
}

function withPart(
  day: string | null,
  part: string | undefined,
): { value: string; day: string | null } | null {
  if (day === null) return null;
  const suffix = part === undefined ? undefined : PART_OF_DAY[part.toLowerCase()];
  return { value: suffix === undefined ? day : `${day}T${suffix}`, day: day.startsWith('XXXX') ? null : day };
}

function resolveMatch(
  match: RegExpExecArray,
  reference: number | null,
  past: boolean,
): { value: string; day: string | null } | null {
  const modifier = (match[1] ?? 'on').toLowerCase();
  const part = match[10];
  if (match[2] !== undefined) {
    if (reference === null) return null;
    const target = WEEKDAYS.indexOf(match[2].toLowerCase());
    return withPart(isoFromTime(resolveWeekday(reference, target, modifier)), part);
  }
  if (match[3] !== undefined) {
    if (reference === null) return null;
    const word = match[3].toLowerCase();
    if (word === 'tonight') return withPart(isoFromTime(reference), 'night');
    const offset = word === 'yesterday' ? -1 : 0;
    return withPart(isoFromTime(reference + offset * DAY_MS), part);
  }
  const monthText = match[4] ?? match[8];
  const dayText = match[5] ?? match[7];
  const yearText = match[6] ?? match[9];
  if (monthText === undefined || dayText === undefined) return null;
  // "may 22" only as a date when written "May": the modal verb is lower case.
  if (monthText.toLowerCase() === 'may' && monthText[0] !== 'M') return null;
  const month = monthNumber(monthText);
  if (month === null) return null;
  const day = Number(dayText);
  const iso =
    yearText === undefined
      ? resolveMonthDay(reference, month, day, past)
      : isoDay(Number(yearText), month, day);
  return withPart(iso, part);
}

/**
 * Every date expression in `text` between `from` and `to` (default: all of it), resolved against
 * `referenceDate` (`YYYY-MM-DD`); expressions that cannot be resolved (a weekday with no reference
 * date) are left out. Sorted by position.
 */
export function findTimeExpressions(
  text: string,
  referenceDate: string | null,
  from = 0,
  to = text.length,
  options: TimeOptions = {},
): ResolvedTime[] {
  const past = options.past === true;
  const reference = parseReference(referenceDate);
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: ResolvedTime[] = [];
  TIME_PATTERN.lastIndex = 0;
  for (let match = TIME_PATTERN.exec(region); match !== null; match = TIME_PATTERN.exec(region)) {
    const resolved = resolveMatch(match, reference, past);
    if (resolved === null) continue;
    // "early on Monday": the span keeps "early"; it does not move the day.
    found.push({ start: from + match.index, end: from + match.index + match[0].length, ...resolved });
  }
  if (reference !== null) {
    DAY_PART_PATTERN.lastIndex = 0;
    for (let match = DAY_PART_PATTERN.exec(region); match !== null; match = DAY_PART_PATTERN.exec(region)) {
      const start = from + match.index;
      if (found.some((time) => time.start <= start && start < time.end)) continue;
      const night =
        match[3] !== undefined || (match[1]?.toLowerCase() === 'last' && match[2]?.toLowerCase() === 'night');
      // "last night" and "overnight" in a morning paper: the night before the reference day.
      const dayTime =
        match[1]?.toLowerCase() === 'last' || match[3] !== undefined ? reference - DAY_MS : reference;
      const part = night ? 'night' : (match[2] ?? 'morning');
      const resolved = withPart(isoFromTime(dayTime), part);
      if (resolved !== null) found.push({ start, end: start + match[0].length, ...resolved });
    }
    found.sort((left, right) => left.start - right.start);
  }
  return found;
}

/** The TIMEX3 value of one expression ("Monday evening", "yesterday", "March 22"), or null. */
export function resolveTimeExpression(expression: string, referenceDate: string | null): string | null {
  const found = findTimeExpressions(expression, referenceDate);
  return found.length > 0 ? (found[0] as ResolvedTime).value : null;
}
