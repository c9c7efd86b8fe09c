import { assertNever } from '../../model/assert-never.js';
import { DAY_MS, dayNumber, weekdayOf } from './calendar.js';

/**
 * Named days ("Christmas", "Thanksgiving Day", "Election Day", "Easter") as the UTC day they fall
 * on in a given year: fixed dates, the n-th weekday of a month (US customs: Thanksgiving is the
 * fourth Thursday of November, Election Day the Tuesday after the first Monday of November), and
 * Easter Sunday by the Gregorian computus.
 */

type Rule =
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | { readonly kind: 'nth'; readonly month: number; readonly weekday: number; readonly nth: number }
  | { readonly kind: 'easter'; readonly offset: number }
  | { readonly kind: 'election' };

const HOLIDAYS: Readonly<Record<string, Rule>> = {
  christmas: { kind: 'fixed', month: 12, day: 25 },
  'christmas day': { kind: 'fixed', month: 12, day: 25 },
  'christmas eve': { kind: 'fixed', month: 12, day: 24 },
  'boxing day': { kind: 'fixed', month: 12, day: 26 },
  'new year day': { kind: 'fixed', month: 1, day: 1 },
  'new year eve': { kind: 'fixed', month: 12, day: 31 },
  'independence day': { kind: 'fixed', month: 7, day: 4 },
  'fourth of july': { kind: 'fixed', month: 7, day: 4 },
  'july fourth': { kind: 'fixed', month: 7, day: 4 },
  halloween: { kind: 'fixed', month: 10, day: 31 },
  'valentine day': { kind: 'fixed', month: 2, day: 14 },
  'veterans day': { kind: 'fixed', month: 11, day: 11 },
  'armistice day': { kind: 'fixed', month: 11, day: 11 },
  thanksgiving: { kind: 'nth', month: 11, weekday: 4, nth: 4 },
  'thanksgiving day': { kind: 'nth', month: 11, weekday: 4, nth: 4 },
  'labor day': { kind: 'nth', month: 9, weekday: 1, nth: 1 },
  'memorial day': { kind: 'nth', month: 5, weekday: 1, nth: -1 },
  'martin luther king day': { kind: 'nth', month: 1, weekday: 1, nth: 3 },
  "presidents' day": { kind: 'nth', month: 2, weekday: 1, nth: 3 },
  easter: { kind: 'easter', offset: 0 },
  'easter sunday': { kind: 'easter', offset: 0 },
  'easter monday': { kind: 'easter', offset: 1 },
  'good friday': { kind: 'easter', offset: -2 },
  'election day': { kind: 'election' },
};

/** Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" computus). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day)!;
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = dayNumber(year, month, 1)!;
    return first + (((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7) * DAY_MS;
  }
  const last = dayNumber(year, month + 1, 1) ?? dayNumber(year + 1, 1, 1)!;
  const lastDay = last - DAY_MS;
  return lastDay - ((weekdayOf(lastDay) - weekday + 7) % 7) * DAY_MS;
}

/** The holiday's name as the rules key it: lower case, "'s" dropped, "day" kept. */
export function holidayName(text: string): string | null {
  const key = text
    .replace(/['’]s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return HOLIDAYS[key] === undefined ? null : key;
}

/** The day (UTC milliseconds) a named holiday falls on in `year`. */
export function holidayIn(name: string, year: number): number | null {
  const rule = HOLIDAYS[name];
  if (rule === undefined) return null;
  switch (rule.kind) {
    case 'fixed':
      return dayNumber(year, rule.month, rule.day);
    case 'nth':
      return nthWeekday(year, rule.month, rule.weekday, rule.nth);
    case 'easter':
      return easter(year) + rule.offset * DAY_MS;
    case 'election':
      return nthWeekday(year, 11, 1, 1) + DAY_MS;
    default:
      return assertNever(rule, 'holiday rule');
  }
}
