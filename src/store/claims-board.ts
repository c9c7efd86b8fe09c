import type { ClaimEntry, ClaimTopicView, ContradictionSide, ContradictionView } from './types.js';

type Printing = ClaimEntry['printings'][number];

/**
 * The claims board (issue 13): the stored claims grouped by topic, and inside a topic by the
 * answer each gives ("Ukraine", "not Ukraine", "Islamic State"), each claim with its speakers,
 * outlet, date and the characters it points back to; with the contradictions of that topic. Pure:
 * the store reads the rows and the sides, this module arranges them.
 */
export interface BoardClaimRow {
  readonly document_id: string;
  readonly local_id: string;
  readonly attribution: string;
  readonly topic: string;
  readonly polarity: string;
  /** The claim as `extract` printed it (JSON). */
  readonly claim: string;
  readonly publisher: string | null;
  readonly seq: number;
  /** The article's story: wire copies of one story share it (stories.ts). */
  readonly story: string;
}

interface PrintedClaim {
  span?: { start?: unknown; end?: unknown; text?: unknown };
  value?: { text?: unknown };
  object?: { text?: unknown };
  predicate?: unknown;
}

/** The answer a claim gives to its topic's question, "not …" for a negated one. */
export function answerOf(claimJson: string, polarity: string): string {
  let claim: PrintedClaim;
  try {
    claim = (JSON.parse(claimJson) as PrintedClaim | null) ?? {};
  } catch {
    claim = {};
  }
  const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
  const said = text(claim.value?.text) ?? text(claim.object?.text) ?? text(claim.predicate) ?? '?';
  return polarity === 'neg' ? `not ${said}` : said;
}

function spanOf(claimJson: string): ClaimEntry['span'] {
  try {
    const span = (JSON.parse(claimJson) as PrintedClaim | null)?.span;
    if (span && typeof span.start === 'number' && typeof span.end === 'number' && span.end > span.start)
      return { start: span.start, end: span.end, text: typeof span.text === 'string' ? span.text : '' };
  } catch {
    // no span
  }
  return null;
}

export function claimsBoard(
  rows: readonly BoardClaimRow[],
  sides: ReadonlyMap<string, ContradictionSide>,
  contradictions: readonly ContradictionView[],
): ClaimTopicView[] {
  const byTopic = new Map<string, BoardClaimRow[]>();
  for (const row of rows) byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), row]);
  const conflictsOf = new Map<string, ContradictionView[]>();
  for (const conflict of contradictions)
    conflictsOf.set(conflict.topic, [...(conflictsOf.get(conflict.topic) ?? []), conflict]);
  const topics: ClaimTopicView[] = [];
  for (const [topic, list] of byTopic) {
    const answers = new Map<string, ClaimEntry[]>();
    const seen = new Set<string>();
    // a wire story's claim printed by several outlets: one entry, the other outlets as its printings
    const printed = new Map<string, { printings: Printing[] }>();
    const ordered = [...list].sort((left, right) => {
      const a = sides.get(`${left.document_id}\u0000${left.attribution}`)?.published ?? '9999';
      const b = sides.get(`${right.document_id}\u0000${right.attribution}`)?.published ?? '9999';
      return a < b ? -1 : a > b ? 1 : left.seq - right.seq;
    });
    for (const row of ordered) {
      const side = sides.get(`${row.document_id}\u0000${row.attribution}`);
      if (side === undefined) continue;
      const answer = answerOf(row.claim, row.polarity);
      // one attribution giving one answer twice (two clauses) is listed once
      const key = `${answer}\u0000${row.document_id}\u0000${row.attribution}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const copy = `${answer}\u0000${row.story}\u0000${side.content.toLowerCase().replace(/\W+/g, ' ').trim()}`;
      const first = printed.get(copy);
      if (first !== undefined && !first.printings.some((printing) => printing.document === row.document_id)) {
        first.printings.push({
          document: row.document_id,
          attribution: row.attribution,
          title: side.title,
          publisher: row.publisher,
          published: side.published,
        });
        continue;
      }
      const printings: Printing[] = [];
      printed.set(copy, { printings });
      answers.set(answer, [
        ...(answers.get(answer) ?? []),
        {
          ...side,
          claim: row.local_id,
          publisher: row.publisher,
          polarity: row.polarity,
          span: spanOf(row.claim),
          printings,
        },
      ]);
    }
    const entries = [...answers.values()].flat();
    if (entries.length === 0) continue;
    // one claim reprinted by wire copies is no comparison: off the board unless a conflict names it
    if (entries.length < 2 && !conflictsOf.has(topic)) continue;
    topics.push({
      topic,
      documents: new Set(
        entries.flatMap((entry) => [entry.document, ...entry.printings.map((printing) => printing.document)]),
      ).size,
      claims: entries.length,
      sides: [...answers]
        .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .map(([answer, claims]) => ({ answer, claims })),
      contradictions: conflictsOf.get(topic) ?? [],
    });
  }
  // topics in dispute first, then those most articles answer
  return topics.sort(
    (a, b) =>
      b.contradictions.length - a.contradictions.length ||
      b.documents - a.documents ||
      b.claims - a.claims ||
      a.topic.localeCompare(b.topic),
  );
}
