/**
 * Per-source figures over time (issue 14): for a speaker or an outlet, how many quotations per day
 * or week, on which topics, with which stance. Pure: the store reads one row per (quotation,
 * claim) and this module counts them.
 *
 * - A quotation is one attribution. Wire copies count once: the printings of one story (the
 *   near-duplicate links of stories.ts) whose quoted words are the same, once normalised, are one
 *   quotation, dated by its earliest printing; `printed` still counts every outlet's copy.
 * - Topic: the `topic` key of the quotation's claims (src/nlp/claims) when the claim answers one of
 *   the general questions (frames responsibility, participation, destination, count); a claim
 *   with a plain proposition counts under `other claim`, a quotation without claims under
 *   `no claim`. A quotation with two topics counts once under each.
 * - Stance: the attribution's `stance` (assert, deny, question, decline; missing = assert), and
 *   `hedged` when it carries hedges.
 * - Date: the article's `published` date (its first ten characters); undated articles are counted
 *   in `undated` and in no bucket. A week starts on Monday (ISO 8601).
 */

export type Bucket = 'day' | 'week';

export interface FigureRow {
  readonly document_id: string;
  readonly attribution: string;
  readonly story: string;
  readonly published: string | null;
  readonly publisher: string | null;
  readonly stance: string | null;
  readonly hedged: number | null;
  readonly content_text: string;
  /** One of the quotation's claims (null: none); a quotation with n claims comes as n rows. */
  readonly topic: string | null;
  /** The claim as `extract` printed it (JSON), for its frame. */
  readonly claim: string | null;
}

export interface FigureBucket {
  /** First day of the bucket (YYYY-MM-DD). */
  readonly start: string;
  /** Last day of the bucket (YYYY-MM-DD). */
  readonly end: string;
  /** Quotations, wire copies counted once. */
  readonly quotations: number;
  /** Printings: every outlet's copy of each quotation. */
  readonly printed: number;
  /** Distinct stories the quotations come from. */
  readonly stories: number;
  readonly stances: Record<string, number>;
  readonly hedged: number;
  readonly topics: Record<string, number>;
}

export interface SourceFigures {
  readonly bucket: Bucket;
  readonly from: string | null;
  readonly to: string | null;
  readonly totals: {
    readonly quotations: number;
    readonly printed: number;
    readonly stories: number;
    readonly hedged: number;
    /** Quotations of undated articles (in no bucket). */
    readonly undated: number;
  };
  /** Every bucket from the first to the last dated quotation (or `from`..`to`), empty ones included. */
  readonly buckets: readonly FigureBucket[];
  /** Topics, most quotations first. */
  readonly topics: readonly { readonly topic: string; readonly quotations: number }[];
  readonly stances: readonly { readonly stance: string; readonly quotations: number }[];
  /** Outlets (publishers) that printed the quotations, most printings first. */
  readonly outlets: readonly { readonly outlet: string; readonly printed: number }[];
}

const QUESTION_FRAMES: ReadonlySet<string> = new Set([
  'responsibility',
  'participation',
  'destination',
  'origin',
  'count',
]);
export const OTHER_CLAIM = 'other claim';
export const NO_CLAIM = 'no claim';
/** Most buckets in one answer (ten years of days). */
export const MAX_BUCKETS = 3700;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day (YYYY-MM-DD) of a published date, or null when it has none. */
export function dayOf(published: string | null): string | null {
  const match = published === null ? null : DAY.exec(published);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first day of the bucket holding `day` (weeks start on Monday). */
export function bucketStart(day: string, bucket: Bucket): string {
  if (bucket === 'day') return day;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function bucketEnd(start: string, bucket: Bucket): string {
  return bucket === 'day' ? start : addDays(start, 6);
}

/** The claim's `frame`, read without parsing the whole claim (a key of the claim object itself). */
const FRAME = /"frame":"([a-z_]+)"/;

function topicOf(row: FigureRow): string {
  if (row.topic === null) return NO_CLAIM;
  const frame = row.claim === null ? undefined : FRAME.exec(row.claim)?.[1];
  return frame !== undefined && QUESTION_FRAMES.has(frame) ? row.topic : OTHER_CLAIM;
}

function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Quotation {
  day: string | null;
  story: string;
  printed: number;
  /** The publisher of each printing (null: none). */
  publishers: (string | null)[];
  stance: string;
  hedged: boolean;
  topics: Set<string>;
}

function increment(record: Record<string, number>, key: string, by = 1): void {
  record[key] = (record[key] ?? 0) + by;
}

function ranked<K extends string>(
  counts: Map<string, number>,
  key: K,
): ({ [P in K]: string } & { n: number })[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => ({ [key]: name, n }) as { [P in K]: string } & { n: number });
}

export function sourceFigures(
  rows: readonly FigureRow[],
  options: { bucket: Bucket; from?: string | null; to?: string | null },
): SourceFigures {
  const { bucket } = options;
  const from = options.from ?? null;
  const to = options.to ?? null;
  // printings (document, attribution) → their claims' topics
  const printings = new Map<string, { row: FigureRow; topics: Set<string> }>();
  for (const row of rows) {
    const key = `${row.document_id}\u0000${row.attribution}`;
    const entry = printings.get(key) ?? { row, topics: new Set<string>() };
    entry.topics.add(topicOf(row));
    printings.set(key, entry);
  }
  // one quotation per (story, words): the wire copies of one story print the same words
  const quotations = new Map<string, Quotation>();
  const seenPrintings = new Map<string, Set<string>>();
  const days = new Map<string, string | null>();
  for (const { row, topics } of printings.values()) {
    const key = `${row.story}\u0000${normaliseWords(row.content_text)}`;
    let day = days.get(row.published ?? '');
    if (day === undefined) {
      day = dayOf(row.published);
      days.set(row.published ?? '', day);
    }
    const known = quotations.get(key);
    const documents = seenPrintings.get(key) ?? new Set<string>();
    seenPrintings.set(key, documents);
    const newPrinting = !documents.has(row.document_id);
    documents.add(row.document_id);
    if (known === undefined) {
      quotations.set(key, {
        day,
        story: row.story,
        printed: 1,
        publishers: [row.publisher],
        stance: row.stance ?? 'assert',
        hedged: Number(row.hedged) === 1,
        topics: new Set(topics),
      });
      continue;
    }
    // the same words twice in one article are two quotations' worth of printing, one quotation
    if (newPrinting) {
      known.printed += 1;
      known.publishers.push(row.publisher);
    }
    if (day !== null && (known.day === null || day < known.day)) known.day = day;
    for (const topic of topics) known.topics.add(topic);
    known.hedged ||= Number(row.hedged) === 1;
  }
  const inRange = (day: string | null): boolean =>
    day === null || ((from === null || day >= from) && (to === null || day <= to));
  const kept = [...quotations.values()].filter((quotation) => inRange(quotation.day));
  const byStart = new Map<string, Quotation[]>();
  let undated = 0;
  for (const quotation of kept) {
    if (quotation.day === null) {
      undated += 1;
      continue;
    }
    const start = bucketStart(quotation.day, bucket);
    const list = byStart.get(start);
    if (list === undefined) byStart.set(start, [quotation]);
    else list.push(quotation);
  }
  const dated = [...byStart.keys()].sort();
  const first = from !== null ? bucketStart(from, bucket) : dated[0];
  const last = to !== null ? bucketStart(to, bucket) : dated[dated.length - 1];
  const buckets: FigureBucket[] = [];
  if (first !== undefined && last !== undefined) {
    for (let start = first; start <= last && buckets.length < MAX_BUCKETS;) {
      const list = byStart.get(start) ?? [];
      const stances: Record<string, number> = {};
      const topics: Record<string, number> = {};
      for (const quotation of list) {
        increment(stances, quotation.stance);
        for (const topic of quotation.topics) increment(topics, topic);
      }
      buckets.push({
        start,
        end: bucketEnd(start, bucket),
        quotations: list.length,
        printed: list.reduce((sum, quotation) => sum + quotation.printed, 0),
        stories: new Set(list.map((quotation) => quotation.story)).size,
        stances,
        hedged: list.filter((quotation) => quotation.hedged).length,
        topics,
      });
      start = addDays(start, bucket === 'day' ? 1 : 7);
    }
  }
  const topicCounts = new Map<string, number>();
  const stanceCounts = new Map<string, number>();
  const outlets = new Map<string, number>();
  for (const quotation of kept) {
    for (const publisher of quotation.publishers)
      if (publisher !== null) outlets.set(publisher, (outlets.get(publisher) ?? 0) + 1);
    for (const topic of quotation.topics) topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + 1);
    stanceCounts.set(quotation.stance, (stanceCounts.get(quotation.stance) ?? 0) + 1);
  }
  return {
    bucket,
    from,
    to,
    totals: {
      quotations: kept.length,
      printed: kept.reduce((sum, quotation) => sum + quotation.printed, 0),
      stories: new Set(kept.map((quotation) => quotation.story)).size,
      hedged: kept.filter((quotation) => quotation.hedged).length,
      undated,
    },
    buckets,
    topics: ranked(topicCounts, 'topic').map(({ topic, n }) => ({ topic, quotations: n })),
    stances: ranked(stanceCounts, 'stance').map(({ stance, n }) => ({ stance, quotations: n })),
    outlets: ranked(outlets, 'outlet').map(({ outlet, n }) => ({ outlet, printed: n })),
  };
}
