// Per-source figures over time (GET /api/entities/{id}/figures, /api/outlets/figures): a stacked
// bar chart drawn as SVG, per day or week, split by stance or by topic, with the same numbers as a
// table for readers who cannot see the chart.
import { useState } from 'preact/hooks';
import { useApi } from '../api.js';
import { Status } from './status.js';
import { routeHref } from '../lib/routes.js';
import {
  bucketName,
  chartLayout,
  MORE_TOPICS,
  valuesOf,
  type FigureBucketData,
  type Split,
} from '../lib/figures-chart.js';

export interface FiguresBody {
  subject: { kind: 'speaker'; id: string; name: string } | { kind: 'outlet'; name: string };
  bucket: 'day' | 'week';
  truncated?: boolean;
  from: string | null;
  to: string | null;
  totals: { quotations: number; printed: number; stories: number; hedged: number; undated: number };
  buckets: (FigureBucketData & { printed: number; stories: number; hedged: number })[];
  topics: { topic: string; quotations: number }[];
  stances: { stance: string; quotations: number }[];
  outlets: { outlet: string; printed: number }[];
}

const STANCE_LABELS: Record<string, string> = {
  assert: 'asserts',
  deny: 'denies',
  question: 'asks',
  decline: 'declines to say',
};
const PALETTE = ['#1f5fbf', '#c0392b', '#2e8540', '#b3541e', '#6b5ca5', '#8a8f98'];

function seriesLabel(key: string, split: Split): string {
  return split === 'stance' ? (STANCE_LABELS[key] ?? key) : key;
}

export function FiguresPanel({
  source,
}: {
  source: { kind: 'speaker'; id: string } | { kind: 'outlet'; name: string };
}) {
  const [bucket, setBucket] = useState<'day' | 'week'>('week');
  const [split, setSplit] = useState<Split>('stance');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = new URLSearchParams({ bucket });
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const url =
    source.kind === 'speaker'
      ? `/api/entities/${encodeURIComponent(source.id)}/figures?${query}`
      : `/api/outlets/figures?name=${encodeURIComponent(source.name)}&${query}`;
  const [result] = useApi<FiguresBody>(url);
  const what = source.kind === 'speaker' ? 'quoted' : 'quoting';
  return (
    <section class="figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">
        {source.kind === 'speaker' ? 'How often quoted' : 'Quotations printed'}, over time
      </h2>
      <form class="figures-controls" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Per</legend>
          {(['day', 'week'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="bucket"
                value={value}
                checked={bucket === value}
                onChange={() => setBucket(value)}
              />{' '}
              {value}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Split by</legend>
          {(['stance', 'topic'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="split"
                value={value}
                checked={split === value}
                onChange={() => setSplit(value)}
              />{' '}
              {value}
            </label>
          ))}
        </fieldset>
        <label>
          From <input type="date" value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
        </label>
        <label>
          to <input type="date" value={to} onChange={(event) => setTo(event.currentTarget.value)} />
        </label>
      </form>
      <p class="api-link">
        JSON: <a href={url}>{url}</a>
      </p>
      <Status result={result} what="the figures">
        {(figures) => <FiguresView figures={figures} split={split} what={what} />}
      </Status>
    </section>
  );
}

function FiguresView({ figures, split, what }: { figures: FiguresBody; split: Split; what: string }) {
  const { totals } = figures;
  const per = figures.bucket === 'day' ? 'day' : 'week';
  if (totals.quotations === 0)
    return (
      <p class="empty">
        No quotation {figures.from || figures.to ? 'in these dates' : 'in the stored articles'}.
      </p>
    );
  const layout = chartLayout(figures.buckets, split);
  const colour = (key: string): string =>
    key === MORE_TOPICS ? '#b8bec8' : (PALETTE[layout.series.indexOf(key) % PALETTE.length] ?? '#888');
  const yLabel = split === 'stance' ? `quotations per ${per}` : `quotations per topic and ${per}`;
  const summary =
    `${totals.quotations} quotation${totals.quotations === 1 ? '' : 's'} (${totals.printed} printed, wire copies counted once) ` +
    `in ${figures.buckets.length} ${per}${figures.buckets.length === 1 ? '' : 's'}` +
    (totals.undated > 0 ? `; ${totals.undated} undated, not charted` : '');
  return (
    <>
      <p class="figures-summary">
        {what === 'quoted' ? 'Quoted ' : ''}
        <strong>{totals.quotations}</strong> {what === 'quoted' ? 'time' : 'quotation'}
        {totals.quotations === 1 ? '' : 's'} {what === 'quoted' ? 'in' : 'printed in'}{' '}
        <strong>{totals.stories}</strong> stor{totals.stories === 1 ? 'y' : 'ies'}; {totals.printed} printings
        in all (a wire story's copy in each outlet counts as a printing, once as a quotation)
        {totals.hedged > 0 ? `; ${totals.hedged} hedged` : ''}
        {totals.undated > 0 ? `; ${totals.undated} from undated articles, not charted` : ''}.
        {figures.truncated
          ? ' Only the first 200,000 quotation rows were read: the figures are a lower bound.'
          : ''}
      </p>
      {layout.bars.length > 0 && (
        <figure class="chart">
          <svg
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-label={`Bar chart: ${summary}. The table below gives every number.`}
          >
            <g class="axis">
              {layout.yTicks.map((tick) => (
                <g key={tick.value}>
                  <line x1={layout.plot.left} x2={layout.plot.right} y1={tick.y} y2={tick.y} class="grid" />
                  <text x={layout.plot.left - 6} y={tick.y + 4} text-anchor="end">
                    {tick.value}
                  </text>
                </g>
              ))}
              <line
                x1={layout.plot.left}
                x2={layout.plot.right}
                y1={layout.plot.bottom}
                y2={layout.plot.bottom}
                class="baseline"
              />
              {layout.xLabels.map((label) => (
                <text key={label.x} x={label.x} y={layout.plot.bottom + 16} text-anchor="middle">
                  {label.text}
                </text>
              ))}
              <text
                class="axis-title"
                x={12}
                y={(layout.plot.top + layout.plot.bottom) / 2}
                text-anchor="middle"
                transform={`rotate(-90 12 ${(layout.plot.top + layout.plot.bottom) / 2})`}
              >
                {yLabel}
              </text>
              <text
                class="axis-title"
                x={(layout.plot.left + layout.plot.right) / 2}
                y={layout.height - 6}
                text-anchor="middle"
              >
                {figures.bucket === 'day' ? 'day (article date)' : 'week starting Monday (article date)'}
              </text>
            </g>
            {layout.bars.map((bar) => (
              <g key={bar.start} class="bar">
                <title>
                  {bar.label}: {bar.total}{' '}
                  {bar.segments
                    .map((segment) => `${seriesLabel(segment.key, split)} ${segment.value}`)
                    .join(', ')}
                </title>
                {bar.segments.map((segment) => (
                  <rect
                    key={segment.key}
                    x={bar.x}
                    y={segment.y}
                    width={bar.width}
                    height={segment.height}
                    fill={colour(segment.key)}
                  />
                ))}
              </g>
            ))}
          </svg>
          <figcaption>
            <ul class="chart-legend">
              {layout.series.map((key) => (
                <li key={key}>
                  <span class="swatch" style={{ background: colour(key) }} aria-hidden="true" />{' '}
                  {seriesLabel(key, split)}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
      )}
      <FiguresTable figures={figures} split={split} series={layout.series} />
      <div class="figures-lists">
        <div>
          <h3>Topics</h3>
          <ol class="plain counts">
            {figures.topics.slice(0, 10).map((topic) => (
              <li key={topic.topic}>
                {topic.topic === 'no claim' || topic.topic === 'other claim' ? (
                  <span class="muted">{topic.topic}</span>
                ) : (
                  <a href={routeHref({ page: 'claims', topic: topic.topic })}>{topic.topic}</a>
                )}{' '}
                <span class="count">{topic.quotations}</span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3>Stance</h3>
          <ol class="plain counts">
            {figures.stances.map((stance) => (
              <li key={stance.stance}>
                {STANCE_LABELS[stance.stance] ?? stance.stance} <span class="count">{stance.quotations}</span>
              </li>
            ))}
          </ol>
        </div>
        {figures.subject.kind === 'speaker' && figures.outlets.length > 0 && (
          <div>
            <h3>Printed by</h3>
            <ol class="plain counts">
              {figures.outlets.slice(0, 10).map((outlet) => (
                <li key={outlet.outlet}>
                  <a href={routeHref({ page: 'outlet', name: outlet.outlet })}>{outlet.outlet}</a>{' '}
                  <span class="count">{outlet.printed}</span>
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </>
  );
}

function FiguresTable({ figures, split, series }: { figures: FiguresBody; split: Split; series: string[] }) {
  const rows = figures.buckets.filter((bucket) => bucket.quotations > 0);
  return (
    <details class="figures-table">
      <summary>
        The figures as a table ({rows.length} {figures.bucket === 'day' ? 'day' : 'week'}
        {rows.length === 1 ? '' : 's'} with quotations)
      </summary>
      <table>
        <caption>
          Quotations per {figures.bucket}, wire copies counted once, split by {split}
        </caption>
        <thead>
          <tr>
            <th scope="col">{figures.bucket === 'day' ? 'Day' : 'Week'}</th>
            <th scope="col">Quotations</th>
            <th scope="col">Printed</th>
            <th scope="col">Stories</th>
            {series.map((key) => (
              <th scope="col" key={key}>
                {seriesLabel(key, split)}
              </th>
            ))}
            <th scope="col">Hedged</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((bucket) => (
            <tr key={bucket.start}>
              <th scope="row">{bucketName(bucket)}</th>
              <td>{bucket.quotations}</td>
              <td>{bucket.printed}</td>
              <td>{bucket.stories}</td>
              {valuesOf(bucket, split, series).map((value, index) => (
                <td key={series[index]}>{value}</td>
              ))}
              <td>{bucket.hedged}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
