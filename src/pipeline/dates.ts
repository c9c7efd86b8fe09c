import { ClaimgraphError } from '../model/index.js';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Validates a `--published` value: `YYYY-MM-DD` or an ISO datetime naming a real calendar day.
 * Returns it unchanged; throws a `ClaimgraphError` with the reason otherwise.
 */
export function parseReferenceDate(value: string): string {
  const match = ISO_DATE.exec(value.trim());
  if (!match)
    throw new ClaimgraphError(
      'invalid-date',
      `"${value}" is not a date (expected YYYY-MM-DD or an ISO datetime)`,
    );
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  ) {
    throw new ClaimgraphError('invalid-date', `"${value}" is not a calendar date`);
  }
  return value.trim();
}

/** The date part (`YYYY-MM-DD`) of an ISO date or datetime, or null. */
export function datePart(value: string | null): string | null {
  if (value === null) return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return match ? (match[1] ?? null) : null;
}
