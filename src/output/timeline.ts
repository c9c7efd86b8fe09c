/**
 * The typed events of extracted documents in time order (`claimgraph timeline`): each row says
 * when (the anchored TIMEX3 value), what (type and trigger), who, where, and according to whom
 * (the speaker of the attribution that reports it). Works on the contract JSON. An article names
 * its main event many times ("the attack", "the rampage", "the massacre"): the mentions of one
 * article with the same type, date and polarity, and no place that tells them apart, are one row.
 */

interface PrintedEvent {
  readonly id: string;
  readonly trigger: { readonly text: string };
  readonly type: string | null;
  readonly arguments: readonly { readonly role: string; readonly text?: string; readonly entity?: string }[];
  readonly time?: { readonly value: string; readonly relation?: string };
  readonly quantity?: Readonly<Record<string, { min?: number; max?: number; exact?: number }>>;
  readonly polarity?: string;
  readonly modality?: string;
  readonly attribution?: string;
}

export interface PrintedDocument {
  readonly source: string;
  readonly events: readonly PrintedEvent[];
  readonly entities: readonly { readonly id: string; readonly name: string }[];
  readonly attributions: readonly {
    readonly id: string;
    readonly speaker: string | readonly string[] | null;
  }[];
}

export interface TimelineRow {
  readonly source: string;
  readonly date: string | null;
  /** How the event relates to the date: `at`, `before`, `after`, … */
  readonly relation: string | null;
  readonly type: string;
  /** The first mention's trigger. */
  readonly trigger: string;
  /** Every distinct trigger of the row's mentions, in text order. */
  readonly triggers: readonly string[];
  /** How many event mentions the row stands for. */
  readonly mentions: number;
  readonly who: readonly string[];
  readonly where: readonly string[];
  readonly until: string | null;
  readonly quantity: string | null;
  readonly negated: boolean;
  readonly modality: string | null;
  readonly accordingTo: readonly string[];
}

export function timelineRows(documents: readonly PrintedDocument[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const document of documents) {
    const documentRows: TimelineRow[] = [];
    const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
    const speakers = new Map(
      document.attributions.map((attribution) => [attribution.id, attribution.speaker]),
    );
    const nameOf = (argument: PrintedEvent['arguments'][number]): string =>
      (argument.entity !== undefined ? names.get(argument.entity) : undefined) ?? argument.text ?? '';
    for (const event of document.events) {
      if (event.type === null) continue;
      const speaker = event.attribution === undefined ? null : (speakers.get(event.attribution) ?? null);
      const quantity = event.quantity
        ? Object.entries(event.quantity)
            .map(([key, value]) =>
              value.min !== undefined
                ? `${key} ≥ ${value.min}`
                : value.max !== undefined
                  ? `${key} ≤ ${value.max}`
                  : `${key} ${value.exact}`,
            )
            .join(', ')
        : null;
      documentRows.push({
        source: document.source,
        date: event.time?.value ?? null,
        relation: event.time?.relation ?? null,
        type: event.type,
        trigger: event.trigger.text,
        triggers: [event.trigger.text],
        mentions: 1,
        who: event.arguments
          .filter((argument) => argument.role === 'agent' || argument.role === 'patient')
          .map(nameOf),
        // a place as written: "Bryansk region", "the border with Russia"
        where: event.arguments
          .filter((argument) => argument.role === 'place')
          .map((argument) => argument.text ?? nameOf(argument)),
        until: event.arguments.find((argument) => argument.role === 'until')?.text ?? null,
        quantity,
        negated: event.polarity === 'neg',
        modality: event.modality ?? null,
        accordingTo:
          speaker === null
            ? []
            : (typeof speaker === 'string' ? [speaker] : [...speaker]).map((id) => names.get(id) ?? id),
      });
    }
    rows.push(...foldMentions(documentRows));
  }
  // dated events in time order (stable: text order within a day), vague and undated ones last
  return rows
    .map((row, index) => ({ row, index, key: row.date === null ? null : sortKey(row.date) }))
    .sort((left, right) => {
      const a = left.key;
      const b = right.key;
      if (a === null || b === null) return a === b ? left.index - right.index : a === null ? 1 : -1;
      return a < b ? -1 : a > b ? 1 : left.index - right.index;
    })
    .map(({ row }) => row);
}

/**
 * One article's rows with the mentions of one event folded together: same type, the same dated
 * anchor (value and relation), polarity and modality, and places that agree (none, or one written
 * inside the other: "Portmere" and "the Portmere harbour"). Undated mentions stay apart: nothing
 * says they are the same occurrence.
 */
export function foldMentions(rows: readonly TimelineRow[]): TimelineRow[] {
  const folded: TimelineRow[] = [];
  for (const row of rows) {
    const index =
      row.date === null || sortKey(row.date) === null
        ? -1
        : folded.findIndex((earlier) => sameOccurrence(earlier, row));
    const earlier = index < 0 ? undefined : folded[index];
    if (earlier === undefined) {
      folded.push(row);
      continue;
    }
    folded[index] = {
      ...earlier,
      triggers: union(earlier.triggers, row.triggers),
      mentions: earlier.mentions + row.mentions,
      who: union(earlier.who, row.who),
      where: union(earlier.where, row.where),
      until: earlier.until ?? row.until,
      quantity:
        earlier.quantity === null || row.quantity === null || earlier.quantity === row.quantity
          ? (earlier.quantity ?? row.quantity)
          : `${earlier.quantity}; ${row.quantity}`,
      accordingTo: union(earlier.accordingTo, row.accordingTo),
    };
  }
  return folded;
}

function sameOccurrence(a: TimelineRow, b: TimelineRow): boolean {
  if (a.type !== b.type || a.date !== b.date || a.relation !== b.relation) return false;
  if (a.negated !== b.negated || a.modality !== b.modality) return false;
  if (a.until !== null && b.until !== null && a.until !== b.until) return false;
  if (a.where.length === 0 || b.where.length === 0) return true;
  const lower = (places: readonly string[]): string[] => places.map((place) => place.toLowerCase());
  const left = lower(a.where);
  const right = lower(b.where);
  return left.some((place) => right.some((other) => place.includes(other) || other.includes(place)));
}

/** The items of both lists, each once (case-insensitively), in order of first appearance. */
function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((item) => item.toLowerCase()));
  const out = [...a];
  for (const item of b) {
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/**
 * A TIMEX3 value as a key that sorts by when its period starts: `2024-W12-WE` is the Saturday of
 * ISO week 12, `1989-Q3` July 1989; null for values with no place in time (`PAST_REF`, `XXXX-…`).
 */
export function sortKey(value: string): string | null {
  let match = /^(\d{4})-W(\d{2})(-WE)?/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const january4 = Date.UTC(year, 0, 4);
    const monday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * 86_400_000;
    const start = monday + ((Number(match[2]) - 1) * 7 + (match[3] ? 5 : 0)) * 86_400_000;
    return new Date(start).toISOString().slice(0, 10);
  }
  match = /^(\d{4})-Q(\d)/.exec(value);
  if (match) return `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  match = /^(\d{4})-(SP|SU|FA|WI)/.exec(value);
  if (match) return `${match[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[match[2] as 'SP']}`;
  return /^\d{4}(?:-\d\d){0,2}/.test(value) ? value : null;
}

export function formatTimeline(rows: readonly TimelineRow[]): string {
  const whenOf = (row: TimelineRow): string =>
    row.date === null
      ? 'undated'
      : row.relation === null || row.relation === 'at'
        ? row.date
        : `${row.relation} ${row.date}`;
  const width = rows.reduce((widest, row) => Math.max(widest, whenOf(row).length), 14);
  return rows
    .map((row) => {
      const when = whenOf(row);
      const triggers = row.triggers.map((trigger) => `"${trigger}"`).join(', ');
      const times = row.mentions > row.triggers.length ? `, ${row.mentions} mentions` : '';
      const parts = [`${when.padEnd(width)}  ${row.type} (${triggers}${times})`];
      if (row.negated) parts.push('NOT');
      if (row.modality !== null) parts.push(`modality: ${row.modality}`);
      if (row.who.length > 0) parts.push(`who: ${row.who.join('; ')}`);
      if (row.where.length > 0) parts.push(`where: ${row.where.join('; ')}`);
      if (row.until !== null) parts.push(`until: ${row.until}`);
      if (row.quantity !== null) parts.push(row.quantity);
      if (row.accordingTo.length > 0) parts.push(`according to: ${row.accordingTo.join(', ')}`);
      return `${parts.join(' | ')}\n`;
    })
    .join('');
}
