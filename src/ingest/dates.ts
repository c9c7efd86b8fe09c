/**
 * Dates as pages and scraped texts write them → ISO (shared by the HTML metadata readers and the
 * text cleaner's dateline rule). No clock and no time zone of the machine are consulted: a date
 * without a time stays a day (`2021-03-04`), and a datetime keeps the offset it was given.
 */

/** Month names by number, in the languages news pages use most; abbreviations are prefixes. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'enero',
    'gennaio',
    'janeiro',
    'januari',
    'stycznia',
    'styczeń',
    'styczen',
    'ocak',
  ],
  [
    'february',
    'feb',
    'februar',
    'feber',
    'février',
    'fevrier',
    'févr',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
    'lutego',
    'luty',
    'şubat',
  ],
  [
    'march',
    'mar',
    'märz',
    'maerz',
    'mars',
    'marzo',
    'março',
    'marco',
    'maart',
    'marca',
    'marzec',
    'mart',
    'mrz',
  ],
  ['april', 'apr', 'avril', 'avr', 'abril', 'aprile', 'kwietnia', 'kwiecień', 'nisan'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maja', 'maj', 'mayıs'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec', 'haziran'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'lipca', 'lipiec', 'temmuz'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'sierpnia', 'sierpień', 'ağustos'],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'settembre',
    'setembro',
    'września',
    'wrzesnia',
    'wrzesień',
    'eylül',
  ],
  [
    'october',
    'oct',
    'okt',
    'oktober',
    'octobre',
    'octubre',
    'ottobre',
    'outubro',
    'października',
    'pazdziernika',
    'październik',
    'ekim',
  ],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'kasım'],
  [
    'december',
    'dec',
    'dez',
    'dezember',
    'décembre',
    'decembre',
    'déc',
    'diciembre',
    'dicembre',
    'dezembro',
    'grudnia',
    'grudzień',
    'aralık',
  ],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

const MONTH_WORD = '([A-Za-zÀ-ÿĄ-žşŞıİğĞ]{3,13})\\.?';

/** The month a name or abbreviation stands for ("März" → 3, "sept." → 9), in the languages above. */
export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTH_BY_NAME.get(key) ?? null;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` when the parts make a real calendar day in a plausible range, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function twoDigitYear(year: number): number {
  return year < 100 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

const ISO_DATETIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;

/**
 * A machine-readable date from metadata: ISO 8601 (`2021-03-04`, `2021-03-04T09:15:00+01:00`,
 * `2021-03-04 09:15:00`), `2021/03/04`, `20210304`, or any human form `parseHumanDate` reads
 * (`Thu, 04 Mar 2021 09:15:00 GMT` keeps only the day). A datetime keeps the time and offset as
 * given; midnight without an offset is just the day.
 */
export function normaliseDate(raw: string, dayFirst = true): string | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > 200) return null;
  const iso = ISO_DATETIME.exec(value);
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day === null) return null;
    if (iso[4] === undefined) return day;
    const hour = Number(iso[4]);
    const minute = Number(iso[5]);
    const second = iso[6] === undefined ? 0 : Number(iso[6]);
    if (hour > 23 || minute > 59 || second > 60) return day;
    const zone = iso[8] === undefined ? '' : iso[8].toUpperCase() === 'Z' ? 'Z' : normaliseOffset(iso[8]);
    if (hour === 0 && minute === 0 && second === 0 && zone === '') return day;
    return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
  }
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(value);
  if (slashed) return isoDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(value);
  if (compact) return isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return parseHumanDate(value, dayFirst);
}

function normaliseOffset(offset: string): string {
  const digits = offset.slice(1).replace(':', '');
  const hours = digits.slice(0, 2);
  const minutes = digits.length >= 4 ? digits.slice(2, 4) : '00';
  return `${offset[0]}${hours}:${minutes}`;
}

const DAY_MONTH_NAME_YEAR = new RegExp(
  `(?:^|[^\\d])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+)?${MONTH_WORD}\\s*(?:de\\s+)?,?\\s*(\\d{4})\\b`,
  'u',
);
const MONTH_NAME_DAY_YEAR = new RegExp(
  `(?:^|[^\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'u',
);
const NUMERIC_DAY_MONTH_YEAR = /(?:^|[^\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.]\d)/;
const NUMERIC_YEAR_MONTH_DAY = /(?:^|\D)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;

/**
 * A date written for people: "4. März 2021", "4 mars 2021", "March 4, 2021", "4th March 2021",
 * "4 de marzo de 2021", "04.03.2021", "2021-03-04", and slashed "04/03/2021" (day first unless
 * `dayFirst` is false — US pages write "03/04/2021" for the same day — or the first number
 * cannot be a month; with `dayFirst` null, an ambiguous slashed date is not read). The first date in the text wins; only the day is kept.
 */
export function parseHumanDate(text: string, dayFirst: boolean | null = true): string | null {
  const value = text.length > 400 ? text.slice(0, 400) : text;
  const candidates: { index: number; iso: string }[] = [];
  const named = DAY_MONTH_NAME_YEAR.exec(value);
  if (named) {
    const month = monthNumber(named[2] as string);
    const iso = month === null ? null : isoDay(Number(named[3]), month, Number(named[1]));
    if (iso !== null) candidates.push({ index: named.index, iso });
  }
  const monthFirst = MONTH_NAME_DAY_YEAR.exec(value);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] as string);
    const iso = month === null ? null : isoDay(Number(monthFirst[3]), month, Number(monthFirst[2]));
    if (iso !== null) candidates.push({ index: monthFirst.index, iso });
  }
  const yearFirst = NUMERIC_YEAR_MONTH_DAY.exec(value);
  if (yearFirst) {
    const iso = isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    if (iso !== null) candidates.push({ index: yearFirst.index, iso });
  }
  const numeric = NUMERIC_DAY_MONTH_YEAR.exec(value);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const year = twoDigitYear(Number(numeric[4]));
    // "04.03.2021" is always day first; slashes follow the page's convention unless a part exceeds 12.
    const slash = numeric[2] === '/';
    // With no convention (`dayFirst` null: plain text), "03/04/2010" could be either day: no guess.
    const ambiguous = slash && dayFirst === null && first <= 12 && second <= 12;
    const monthFirstOrder = slash && first <= 12 && (second > 12 || dayFirst === false);
    const iso = ambiguous
      ? null
      : monthFirstOrder
        ? isoDay(year, first, second)
        : isoDay(year, second, first);
    if (iso !== null) candidates.push({ index: numeric.index, iso });
  }
  if (candidates.length === 0) return null;
  candidates.sort((left, right) => left.index - right.index);
  return (candidates[0] as { iso: string }).iso;
}

/** The day part of an ISO date or datetime. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
