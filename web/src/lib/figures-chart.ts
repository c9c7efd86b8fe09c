// The layout of the per-source figures chart: stacked bars per day or week, split by stance or by
// topic, with the y-axis ticks and the x-axis labels. Pure (no DOM), so it is tested with node's
// test runner; the page draws the SVG from it.

export interface FigureBucketData {
  start: string;
  end: string;
  quotations: number;
  stances: Record<string, number>;
  topics: Record<string, number>;
}

export type Split = 'stance' | 'topic';

export interface Segment {
  key: string;
  value: number;
  y: number;
  height: number;
}

export interface Bar {
  start: string;
  end: string;
  label: string;
  total: number;
  x: number;
  width: number;
  segments: Segment[];
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  series: string[];
  bars: Bar[];
  yTicks: { value: number; y: number }[];
  xLabels: { text: string; x: number }[];
  max: number;
}

const STANCE_ORDER = ['assert', 'deny', 'question', 'decline'];
/** Topics drawn by their own colour; the rest are folded into MORE_TOPICS. */
export const TOPIC_SERIES = 5;
export const MORE_TOPICS = 'more topics';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-03-22" → "22 Mar 2024" (the year left out when `withYear` is false). */
export function formatDay(day: string, withYear = true): string {
  const [year, month, date] = day.split('-');
  const name = MONTHS[Number(month) - 1] ?? month;
  return `${Number(date)} ${name}${withYear ? ` ${year}` : ''}`;
}

/** What a bucket is called in text: the day, or the week's first and last day. */
export function bucketName(bucket: { start: string; end: string }): string {
  return bucket.start === bucket.end
    ? formatDay(bucket.start)
    : `${formatDay(bucket.start, bucket.start.slice(0, 4) !== bucket.end.slice(0, 4))} – ${formatDay(bucket.end)}`;
}

/** The series of a split, in drawing order (bottom first). */
export function seriesOf(buckets: readonly FigureBucketData[], split: Split): string[] {
  const totals = new Map<string, number>();
  for (const bucket of buckets)
    for (const [key, value] of Object.entries(split === 'stance' ? bucket.stances : bucket.topics))
      totals.set(key, (totals.get(key) ?? 0) + value);
  if (split === 'stance') {
    const known = STANCE_ORDER.filter((key) => totals.has(key));
    const others = [...totals.keys()].filter((key) => !STANCE_ORDER.includes(key)).sort();
    return [...known, ...others];
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  return ranked.length <= TOPIC_SERIES + 1 ? ranked : [...ranked.slice(0, TOPIC_SERIES), MORE_TOPICS];
}

/** The value of each series in one bucket (topics beyond the drawn ones summed into MORE_TOPICS). */
export function valuesOf(bucket: FigureBucketData, split: Split, series: readonly string[]): number[] {
  const counts = split === 'stance' ? bucket.stances : bucket.topics;
  return series.map((key) =>
    key === MORE_TOPICS
      ? Object.entries(counts)
          .filter(([name]) => !series.includes(name))
          .reduce((sum, [, value]) => sum + value, 0)
      : (counts[key] ?? 0),
  );
}

/** A round step so that `max` takes at most `count` steps (1, 2, 5 × 10^k). */
export function niceStep(max: number, count = 5): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return Math.max(1, factor * power);
  return Math.max(1, 10 * power);
}

export function chartLayout(
  buckets: readonly FigureBucketData[],
  split: Split,
  size: { width: number; height: number } = { width: 720, height: 260 },
): ChartLayout {
  const plot = { left: 48, top: 12, right: size.width - 12, bottom: size.height - 44 };
  const series = seriesOf(buckets, split);
  const values = buckets.map((bucket) => valuesOf(bucket, split, series));
  const totals = values.map((list) => list.reduce((sum, value) => sum + value, 0));
  const step = niceStep(Math.max(0, ...totals));
  const max = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step);
  const scale = (value: number): number => ((plot.bottom - plot.top) * value) / max;
  const slot = buckets.length > 0 ? (plot.right - plot.left) / buckets.length : 0;
  const width = Math.max(1, Math.min(48, slot * 0.7));
  const bars: Bar[] = buckets.map((bucket, index) => {
    const x = plot.left + slot * index + (slot - width) / 2;
    let y = plot.bottom;
    const segments: Segment[] = [];
    (values[index] ?? []).forEach((value, position) => {
      if (value <= 0) return;
      const height = scale(value);
      y -= height;
      segments.push({ key: series[position] ?? '', value, y, height });
    });
    return {
      start: bucket.start,
      end: bucket.end,
      label: bucketName(bucket),
      total: totals[index] ?? 0,
      x,
      width,
      segments,
    };
  });
  const yTicks: { value: number; y: number }[] = [];
  for (let value = 0; value <= max; value += step) yTicks.push({ value, y: plot.bottom - scale(value) });
  // at most about eight labels under the bars, evenly spaced
  const every = Math.max(1, Math.ceil(buckets.length / 8));
  const multiYear = buckets.length > 0 && buckets[0]?.start.slice(0, 4) !== buckets.at(-1)?.start.slice(0, 4);
  const xLabels = bars
    .filter((_, index) => index % every === 0)
    .map((bar) => ({ text: formatDay(bar.start, multiYear), x: bar.x + bar.width / 2 }));
  return { width: size.width, height: size.height, plot, series, bars, yTicks, xLabels, max };
}
