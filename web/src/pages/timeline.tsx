import { useEffect, useState } from 'preact/hooks';
import { ApiError, getJson } from '../api.js';
import { ErrorMessage } from '../components/status.js';
import { listOf } from '../lib/unwrap.js';
import { routeHref } from '../lib/routes.js';
import {
  buildTimeline,
  type TimelineEntry,
  type TimelineInputDocument,
  type TimelineInputEvent,
} from '../lib/timeline.js';
import type { DocumentSummary, ExtractDocument } from '../types.js';

const documentLimit = 100;

type State =
  | { state: 'loading'; done: number; total: number | null }
  | { state: 'error'; error: ApiError }
  | {
      state: 'ok';
      dated: TimelineEntry[];
      undated: TimelineEntry[];
      events: number;
      documents: number;
      total: number;
    };

export function TimelinePage() {
  const [state, setState] = useState<State>({ state: 'loading', done: 0, total: null });
  useEffect(() => {
    const controller = new AbortController();
    const run = async (): Promise<void> => {
      const list = await getJson<unknown>(`/api/documents?limit=${documentLimit}`, controller.signal);
      const summaries = listOf<DocumentSummary>(list, 'documents');
      const total =
        typeof (list as { total?: unknown }).total === 'number'
          ? (list as { total: number }).total
          : summaries.length;
      // four articles at a time, in list order, with a running count
      const documents: TimelineInputDocument[] = new Array<TimelineInputDocument>(summaries.length);
      let next = 0;
      let done = 0;
      setState({ state: 'loading', done, total: summaries.length });
      const worker = async (): Promise<void> => {
        while (next < summaries.length) {
          const index = next++;
          const summary = summaries[index]!;
          const doc = await getJson<ExtractDocument>(
            `/api/documents/${encodeURIComponent(summary.id)}`,
            controller.signal,
          );
          documents[index] = {
            id: summary.id,
            title: doc.title,
            published: doc.published,
            text: doc.text,
            times: doc.times,
          };
          done += 1;
          if (!controller.signal.aborted) setState({ state: 'loading', done, total: summaries.length });
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      const events = listOf<TimelineInputEvent>(
        await getJson<unknown>('/api/events?limit=500', controller.signal),
        'events',
      );
      const { dated, undated } = buildTimeline(documents, events);
      setState({ state: 'ok', dated, undated, events: events.length, documents: documents.length, total });
    };
    run().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      setState({
        state: 'error',
        error: error instanceof ApiError ? error : new ApiError(0, 'client', String(error)),
      });
    });
    return () => controller.abort();
  }, []);

  return (
    <section>
      <h1>Timeline</h1>
      <p class="hint">
        Publication dates, the dates the articles mention (<code>times[]</code>) and the events they report (
        <code>events[]</code>), by day.
      </p>
      {state.state === 'loading' && (
        <p class="loading" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" />{' '}
          {state.total === null
            ? 'Loading the article list…'
            : `Reading the articles: ${state.done} of ${state.total}…`}
          {state.total !== null && <progress max={state.total} value={state.done} />}
        </p>
      )}
      {state.state === 'error' && <ErrorMessage error={state.error} what="the timeline" />}
      {state.state === 'ok' && <TimelineView {...state} />}
    </section>
  );
}

function TimelineView({ dated, undated, events, documents, total }: Extract<State, { state: 'ok' }>) {
  // events of no domain type ("said", "used") are many and say little on a timeline: shown on request
  const untyped = [...dated, ...undated].filter((entry) => entry.kind === 'event' && !entry.typed).length;
  const [showUntyped, setShowUntyped] = useState(false);
  const keep = (entry: TimelineEntry): boolean =>
    showUntyped || entry.kind !== 'event' || entry.typed === true;
  const units = new Map<string, TimelineEntry[]>();
  for (const entry of dated.filter(keep)) units.set(entry.day, [...(units.get(entry.day) ?? []), entry]);
  const rest = undated.filter(keep);
  const mentionsTimes = [...dated, ...undated].some((entry) => entry.kind === 'time');
  return (
    <>
      {events === 0 && (
        <p class="notice">
          No events yet: the events stage of the extractor does not fill <code>events[]</code> so far. Until
          it does, the timeline shows when each article was published and the dates its text mentions.
        </p>
      )}
      {!mentionsTimes && (
        <p class="notice">
          No article mentions a date the extractor resolved yet (their <code>times[]</code> are empty): only
          publication dates are shown.
        </p>
      )}
      {total > documents && (
        <p class="notice">
          Showing the first {documents} of {total} articles.
        </p>
      )}
      {untyped > 0 && (
        <label class="timeline-option">
          <input
            type="checkbox"
            checked={showUntyped}
            onChange={(e) => setShowUntyped((e.target as HTMLInputElement).checked)}
          />{' '}
          Also show the {untyped} events of no domain type (“said”, “came”, …)
        </label>
      )}
      {units.size === 0 ? (
        <p class="empty">No dated item in the stored articles.</p>
      ) : (
        <ol class="timeline">
          {[...units].map(([unit, entries]) => (
            <li key={unit}>
              <h2 class="day">
                <time dateTime={unit}>{unitLabel(unit, entries[0]?.sortKey ?? '')}</time>
              </h2>
              <EntriesByDocument entries={entries} />
            </li>
          ))}
        </ol>
      )}
      {rest.length > 0 && (
        <>
          <h2>Not on a calendar</h2>
          <EntriesByDocument entries={rest} />
        </>
      )}
    </>
  );
}

function unitLabel(unit: string, sortKey: string): string {
  return /-W\d{2}$/.test(unit) ? `${unit} (week from ${sortKey})` : unit;
}

/** One unit's entries, under the title of the article each comes from. */
function EntriesByDocument({ entries }: { entries: TimelineEntry[] }) {
  const byDocument = new Map<string, TimelineEntry[]>();
  for (const entry of entries)
    byDocument.set(entry.document, [...(byDocument.get(entry.document) ?? []), entry]);
  return (
    <ul class="plain timeline-documents">
      {[...byDocument].map(([document, list]) => (
        <li key={document}>
          <a class="timeline-title" href={routeHref({ page: 'document', id: document })}>
            {list[0]?.title ?? `article ${document}`}
          </a>
          <ul class="plain">
            {list.map((entry, index) => (
              <TimelineRow key={index} entry={entry} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function TimelineRow({ entry }: { entry: TimelineEntry }) {
  switch (entry.kind) {
    case 'published':
      return (
        <li class="timeline-entry entry-published">
          <span class="entry-kind">published</span> {entry.value}
        </li>
      );
    case 'time':
      return (
        <li class="timeline-entry entry-time">
          <span class="entry-kind">mentioned</span> <q>{entry.label}</q>{' '}
          <span class="muted">{entry.value}</span>
        </li>
      );
    case 'event':
      return (
        <li class={`timeline-entry entry-event${entry.typed ? '' : ' untyped'}`}>
          <span class="entry-kind">event</span> <strong>{entry.eventType?.replace(/_/g, ' ')}</strong>{' '}
          <q>{entry.label}</q> {entry.value && <span class="muted">{entry.value}</span>}
        </li>
      );
  }
}
