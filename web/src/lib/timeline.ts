// Builds the timeline's rows from what the API gives: publication dates, the time expressions of
// each article (`times[]`) and events once the events stage fills them. Pure.

export interface TimelineInputDocument {
  id: string;
  title: string | null;
  published: string | null;
  text?: string;
  times?: readonly { id: string; start: number; end: number; type: string; value: string }[];
}

export interface TimelineInputEvent {
  document: string;
  title: string | null;
  event: string;
  type: string | null;
  trigger: string;
  date: string | null;
}

export interface TimelineEntry {
  kind: 'published' | 'time' | 'event';
  /** the day it falls on (YYYY-MM-DD, YYYY-MM or YYYY), the key rows are sorted and grouped by */
  day: string;
  /** the TIMEX3 value as given */
  value: string;
  label: string;
  document: string;
  title: string | null;
  /** for a time expression: its id in the document */
  ref?: string;
}

/** The calendar part of a TIMEX3 value ("2024-03-22TNI" → "2024-03-22"), or null when it has none. */
export function calendarDay(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  if (match[0].length === 4 && value.length > 4 && !/^\d{4}(T|$)/.test(value)) {
    // "2024-W12-WE": a week; keep the year only
    return match[1] ?? null;
  }
  return match[0];
}

export function buildTimeline(
  documents: readonly TimelineInputDocument[],
  events: readonly TimelineInputEvent[],
): { dated: TimelineEntry[]; undated: TimelineEntry[] } {
  const dated: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  for (const doc of documents) {
    if (doc.published) {
      const day = calendarDay(doc.published);
      const entry: TimelineEntry = {
        kind: 'published',
        day: day ?? doc.published,
        value: doc.published,
        label: 'published',
        document: doc.id,
        title: doc.title,
      };
      (day ? dated : undated).push(entry);
    }
    for (const time of doc.times ?? []) {
      const surface = doc.text ? doc.text.slice(time.start, time.end) : time.value;
      const day = time.type === 'DATE' || time.type === 'TIME' ? calendarDay(time.value) : null;
      const entry: TimelineEntry = {
        kind: 'time',
        day: day ?? time.value,
        value: time.value,
        label: surface,
        document: doc.id,
        title: doc.title,
        ref: time.id,
      };
      (day ? dated : undated).push(entry);
    }
  }
  for (const event of events) {
    const day = event.date ? calendarDay(event.date) : null;
    const entry: TimelineEntry = {
      kind: 'event',
      day: day ?? event.date ?? '',
      value: event.date ?? '',
      label: event.type ? `${event.type} (“${event.trigger}”)` : `“${event.trigger}”`,
      document: event.document,
      title: event.title,
      ref: event.event,
    };
    (day ? dated : undated).push(entry);
  }
  const kindOrder = { published: 0, event: 1, time: 2 };
  dated.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : kindOrder[a.kind] - kindOrder[b.kind]));
  return { dated, undated };
}
