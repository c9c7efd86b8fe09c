import { normaliseName } from './link-entities.js';
import type { ExtractDocument, PrintedSpan } from './types.js';

/**
 * The indexed rows of one article, a pure function of its corrected view (see corrections.ts).
 * Both backends store exactly these rows; they are rebuilt whenever the article's corrections
 * change, while the extracted document itself is stored untouched.
 */

export type Row = Record<string, string | number | null>;

/** Table → rows. Every table here has a `document_id` column, so one article's rows are deleted together. */
export type DocumentRows = Record<(typeof DOCUMENT_TABLES)[number], Row[]>;

export const DOCUMENT_TABLES = [
  'document_entities',
  'entity_names',
  'attributions',
  'attribution_speakers',
  'attribution_mentions',
  'events',
  'event_entities',
  'claims',
  'contradictions',
  'search_index',
] as const;

function spanText(span: PrintedSpan | null | undefined): string | null {
  return span ? span.text : null;
}

function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** What the attribution said, its content spans joined (" … " between interrupted parts). */
export function contentText(content: readonly PrintedSpan[]): string {
  return content.map((part) => part.text).join(' … ');
}

/**
 * `documentSeq` is the article's place in ingest order (documents.seq): the rows that link an
 * entity to the article carry it, so an entity's rows are read in article order from an index.
 */
export function documentRows(
  documentId: string,
  document: ExtractDocument,
  documentSeq: number,
): DocumentRows {
  const rows: DocumentRows = {
    document_entities: [],
    entity_names: [],
    attributions: [],
    attribution_speakers: [],
    attribution_mentions: [],
    events: [],
    event_entities: [],
    claims: [],
    contradictions: [],
    search_index: [],
  };
  const corpusOf = new Map<string, string>();
  for (const entity of document.entities) {
    const corpus = entity.corpus_entity;
    if (typeof corpus !== 'string') continue;
    corpusOf.set(entity.id, corpus);
    rows.document_entities.push({
      document_id: documentId,
      local_id: entity.id,
      entity_id: corpus,
      document_seq: documentSeq,
      type: entity.type,
      name: entity.name,
      mentions: entity.mentions.length,
      attributes: entity.attributes ? json(entity.attributes) : null,
    });
    const names = new Set([entity.name]);
    for (const mention of entity.mentions) if (mention.kind === 'name') names.add(mention.text);
    for (const name of names) {
      rows.entity_names.push({
        document_id: documentId,
        entity_id: corpus,
        name,
        search_key: normaliseName(name),
      });
    }
  }
  document.attributions.forEach((attribution, position) => {
    const content = contentText(attribution.content);
    rows.attributions.push({
      document_id: documentId,
      local_id: attribution.id,
      position,
      kind: attribution.kind,
      stance: attribution.stance ?? null,
      hedged: Array.isArray(attribution.hedges) && attribution.hedges.length > 0 ? 1 : 0,
      source_text: spanText(attribution.source),
      cue_text: spanText(attribution.cue),
      content_text: content,
      anonymous: attribution.anonymous ? 1 : 0,
      parent: attribution.parent ?? null,
      corrected: attribution.corrected ? 1 : 0,
    });
    const speakers = new Set(attribution.speaker_entities ?? []);
    for (const speaker of speakers) {
      rows.attribution_speakers.push({
        document_id: documentId,
        attribution_id: attribution.id,
        entity_id: speaker,
        document_seq: documentSeq,
        position,
      });
    }
    // "what was said about it": entities with a mention inside the content
    const mentioned = new Set<string>();
    for (const entity of document.entities) {
      const corpus = corpusOf.get(entity.id);
      if (corpus === undefined || speakers.has(corpus) || mentioned.has(corpus)) continue;
      const inside = entity.mentions.some((mention) =>
        attribution.content.some((part) => part.start <= mention.start && mention.end <= part.end),
      );
      if (inside) mentioned.add(corpus);
    }
    for (const entity of mentioned) {
      rows.attribution_mentions.push({
        document_id: documentId,
        attribution_id: attribution.id,
        entity_id: entity,
        document_seq: documentSeq,
        position,
      });
    }
    const speakerNames = document.entities
      .filter((entity) => entity.corpus_entity !== undefined && speakers.has(entity.corpus_entity))
      .map((entity) => entity.name);
    rows.search_index.push({
      document_id: documentId,
      kind: 'attribution',
      ref: attribution.id,
      title: [...speakerNames, spanText(attribution.source) ?? ''].join(' ').trim(),
      body: content,
    });
  });
  (document.events ?? []).forEach((event, position) => {
    const time = typeof event.time === 'string' ? { value: event.time } : (event.time ?? null);
    const argumentsView = event.arguments.map((argument) => ({
      role: argument.role,
      text: argument.span?.text ?? argument.text ?? null,
      entity: argument.entity !== undefined ? (corpusOf.get(argument.entity) ?? null) : null,
    }));
    rows.events.push({
      document_id: documentId,
      local_id: event.id,
      position,
      type: event.type ?? null,
      class: event.class ?? null,
      trigger_text: event.trigger.text,
      time_value: time?.value ?? null,
      time_relation: (time as { relation?: string } | null)?.relation ?? null,
      attribution: event.attribution ?? null,
      arguments: json(argumentsView),
    });
    const seen = new Set<string>();
    for (const argument of argumentsView) {
      if (argument.entity === null || seen.has(`${argument.entity}\u0000${argument.role}`)) continue;
      seen.add(`${argument.entity}\u0000${argument.role}`);
      rows.event_entities.push({
        document_id: documentId,
        event_id: event.id,
        entity_id: argument.entity,
        role: argument.role,
        time_key: time?.value ?? document.published ?? '',
        document_seq: documentSeq,
        position,
      });
    }
  });
  const kept = new Set(document.attributions.map((attribution) => attribution.id));
  for (const claim of document.claims ?? []) {
    if (!kept.has(claim.attribution)) continue;
    rows.claims.push({
      document_id: documentId,
      local_id: claim.id,
      attribution: claim.attribution,
      topic: claim.topic,
      predicate: claim.predicate,
      polarity: claim.polarity,
      claim: json(claim),
    });
  }
  for (const contradiction of document.contradictions ?? []) {
    const a = contradiction.a.filter((id) => kept.has(id));
    const b = contradiction.b.filter((id) => kept.has(id));
    if (a.length === 0 || b.length === 0) continue;
    rows.contradictions.push({
      document_id: documentId,
      local_id: contradiction.id,
      topic: contradiction.topic,
      kind: contradiction.kind,
      a: json(a),
      b: json(b),
      evidence: contradiction.evidence ? json(contradiction.evidence) : null,
    });
  }
  rows.search_index.push({
    document_id: documentId,
    kind: 'document',
    ref: null,
    title: document.title ?? '',
    body: document.text,
  });
  return rows;
}
