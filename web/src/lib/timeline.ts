// Builds the timeline's rows from what the API gives: publication dates, the time expressions of
// each article (`times[]`) and the events of the events stage. Pure.

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
  class?: string | null;
  trigger: string;
  date: string | null;
}

export interface TimelineEntry {
  kind: 'published' | 'time' | 'event';
  /** the calendar unit it falls in: a day (YYYY-MM-DD), an ISO week (YYYY-Www), a month or a year */
  day: string;
  /** sorts the units in time order: the first day of the unit (a week's Monday) */
  sortKey: string;
  /** the TIMEX3 value as given */
  value: string;
  /** for a time expression: its words in the text; for an event: its trigger word */
  label: string;
  /** for an event: its domain type, or its TimeML class when it has none */
  eventType?: string;
  /** true for an event with a domain type (`attack`, `arrest`, …) */
  typed?: boolean;
  document: string;
  title: string | null;
  /** the time expression's or the event's id in the document */
  ref?: string;
}

/** The Monday of ISO week `week` of `year`, as YYYY-MM-DD. */
export function isoWeekMonday(year: number, week: number): string {
  // 4 January is always in week 1
  const january4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (january4.getUTCDay() + 6) % 7; // Monday 0
  const monday = new Date(january4.getTime() + ((week - 1) * 7 - weekday) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/**
 * The calendar unit of a TIMEX3 value and its sort key: "2024-03-22TNI" → day 2024-03-22;
 * "2024-W12-WE" → week 2024-W12 (sorted at its Monday, 2024-03-18); "2024-03" → the month;
 * null for values with no place on a calendar (PAST_REF, P20Y).
 */
export function calendarUnit(value: string): { unit: string; sortKey: string } | null {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) return { unit: week[0], sortKey: isoWeekMonday(Number(week[1]), Number(week[2])) };
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|-[A-Z])/.exec(value);
  if (!date) return null;
  const unit = date[0];
  return { unit, sortKey: unit.length === 4 ? `${unit}-01-01` : unit.length === 7 ? `${unit}-01` : unit };
}

export function buildTimeline(
  documents: readonly TimelineInputDocument[],
  events: readonly TimelineInputEvent[],
): { dated: TimelineEntry[]; undated: TimelineEntry[] } {
  const dated: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  const place = (
    entry: Omit<TimelineEntry, 'day' | 'sortKey'>,
    value: string | null,
    calendar: boolean,
  ): void => {
    const unit = calendar && value ? calendarUnit(value) : null;
    if (unit) dated.push({ ...entry, day: unit.unit, sortKey: unit.sortKey });
    else undated.push({ ...entry, day: value ?? '', sortKey: '' });
  };
  for (const doc of documents) {
    if (doc.published) {
      place(
        { kind: 'published', value: doc.published, label: 'published', document: doc.id, title: doc.title },
        doc.published,
        true,
      );
    }
    for (const time of doc.times ?? []) {
      const label = doc.text ? doc.text.slice(time.start, time.end) : time.value;
      const entry = {
        kind: 'time' as const,
        value: time.value,
        label,
        document: doc.id,
        title: doc.title,
        ref: time.id,
      };
      place(entry, time.value, time.type === 'DATE' || time.type === 'TIME');
    }
  }
  for (const event of events) {
    place(
      {
        kind: 'event',
        value: event.date ?? '',
        label: event.trigger,
        eventType: event.type ?? (event.class ? event.class.toLowerCase() : 'event'),
        typed: event.type !== null,
        document: event.document,
        title: event.title,
        ref: event.event,
      },
      event.date,
      true,
    );
  }
  const kindOrder = { published: 0, event: 1, time: 2 };
  dated.sort(
    (a, b) =>
      (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0) ||
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      kindOrder[a.kind] - kindOrder[b.kind],
  );
  return { dated, undated };
}
