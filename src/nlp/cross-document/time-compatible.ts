/**
 * Whether two normalised time values (TimeML / ISO 8601, as `times[].value` holds them) can name the
 * same time: "2011-01" and "2011-01-15" can, "XXXX-06-08" and "2013-06-08" can (the year is
 * unknown), "2013-06-08" and "2013-06-09" cannot. Values that are not dates ("PRESENT_REF",
 * durations) say nothing and are compatible with everything.
 */
const DATE = /^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?/;

export function timesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const left = DATE.exec(a)?.[0];
  const right = DATE.exec(b)?.[0];
  if (left === undefined || right === undefined) return true;
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    const x = left[index];
    const y = right[index];
    if (x !== 'X' && y !== 'X' && x !== y) return false;
  }
  return true;
}
