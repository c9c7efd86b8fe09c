/**
 * Calendar arithmetic on UTC day numbers (milliseconds at 00:00 UTC), and the TIMEX3 spellings of
 * days, months, ISO weeks, quarters and seasons. No clock is read: every date comes from a value.
 */

export const DAY_MS = 86_400_000;

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function dayNumber(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return time;
}

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function yearOf(time: number): number {
  return new Date(time).getUTCFullYear();
}

export function monthOf(time: number): number {
  return new Date(time).getUTCMonth() + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(time: number): number {
  return new Date(time).getUTCDay();
}

/** The ISO 8601 week of a day: `2024-W12`. */
export function isoWeek(time: number): string {
  const date = new Date(time);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const thursday = time + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const firstThursday = Date.UTC(year, 0, 4);
  const firstWeekday = (new Date(firstThursday).getUTCDay() + 6) % 7;
  const week = 1 + Math.round((thursday - (firstThursday + (3 - firstWeekday) * DAY_MS)) / (7 * DAY_MS));
  return `${year}-W${pad(week)}`;
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthValue(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The TIMEX3 season codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** The month each season starts in (northern hemisphere; winter starts in December). */
export const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

/** Parses the start of an ISO date or datetime (`2024-03-26`, `2024-03-26T10:00:00Z`) into a day. */
export function parseReferenceDay(reference: string | null): number | null {
  if (reference === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  return match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
