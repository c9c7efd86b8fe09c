/**
 * The typed events of extracted documents in time order (`claimgraph timeline`): each row says
 * when (the anchored TIMEX3 value), what (type and trigger), who, where, and according to whom
 * (the speaker of the attribution that reports it). Works on the contract JSON.
 */

interface PrintedEvent {
  readonly id: string;
  readonly trigger: { readonly text: string };
  readonly type: string | null;
  readonly arguments: readonly { readonly role: string; readonly text?: string; readonly entity?: string }[];
  readonly time?: { readonly value: string };
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
  readonly type: string;
  readonly trigger: string;
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
      rows.push({
        source: document.source,
        date: event.time?.value ?? null,
        type: event.type,
        trigger: event.trigger.text,
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
  }
  // dated events in time order (stable: text order within a day), undated ones last
  return rows
    .map((row, index) => ({ row, index }))
    .sort((left, right) => {
      const a = left.row.date;
      const b = right.row.date;
      if (a === null || b === null) return a === b ? left.index - right.index : a === null ? 1 : -1;
      return a < b ? -1 : a > b ? 1 : left.index - right.index;
    })
    .map(({ row }) => row);
}

export function formatTimeline(rows: readonly TimelineRow[]): string {
  return rows
    .map((row) => {
      const parts = [`${(row.date ?? 'undated').padEnd(14)}  ${row.type} ("${row.trigger}")`];
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
