import { documentIdOf } from './repository.js';
import type { AttributionView, Correction, GraphView, Store, StoredDocument } from './types.js';

/**
 * Exports that other tools open: JSON lines of documents, CSV of attributions (RFC 4180),
 * GraphML of the entity graph, and the corrections as labelled JSON lines for retraining.
 * Each writer yields text chunks; the CLI streams them to a file or standard output.
 */

export type ExportFormat = 'jsonl' | 'csv' | 'graphml' | 'corrections';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'graphml', 'corrections'];

/** One CSV field, quoted when it holds a comma, a quotation mark or a line break (RFC 4180). */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export const CSV_HEADER = [
  'document',
  'title',
  'published',
  'attribution',
  'kind',
  'speaker',
  'speaker_ids',
  'source',
  'cue',
  'content',
  'stance',
  'topics',
  'corrected',
] as const;

export function attributionCsvRow(view: AttributionView): string {
  return csvRow([
    view.document,
    view.title,
    view.published,
    view.attribution,
    view.kind,
    view.speakers.map((speaker) => speaker.name).join('; '),
    view.speakers.map((speaker) => speaker.id).join(' '),
    view.source,
    view.cue,
    view.content,
    view.stance,
    view.topics.join(' '),
    view.corrected,
  ]);
}

/** Text for XML content and attribute values: escaped, characters XML 1.0 forbids left out. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The entity graph as GraphML (directed; node data: name, type, documents; edge data: kind, weight). */
export function* graphml(graph: GraphView): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n';
  yield '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="name" for="node" attr.name="name" attr.type="string"/>\n';
  yield '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n';
  yield '  <key id="documents" for="node" attr.name="documents" attr.type="int"/>\n';
  yield '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>\n';
  yield '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n';
  yield '  <graph id="claimgraph" edgedefault="directed">\n';
  for (const node of graph.nodes) {
    yield `    <node id="${xmlText(node.id)}"><data key="name">${xmlText(node.name)}</data><data key="type">${xmlText(node.type)}</data><data key="documents">${node.documents}</data></node>\n`;
  }
  let index = 0;
  for (const edge of graph.edges) {
    yield `    <edge id="x${index++}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"><data key="kind">${edge.kind}</data><data key="weight">${edge.weight}</data></edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** A correction as one labelled example: what was extracted, what the user says it is, and the text. */
export function correctionExample(
  correction: Correction,
  document: StoredDocument | null,
): Record<string, unknown> {
  const change = correction.change;
  const after =
    change.kind === 'merge' || document === null
      ? null
      : (document.attributions.find((attribution) => attribution.id === change.attribution) ?? null);
  return {
    label: change.kind,
    correction,
    document:
      document === null
        ? null
        : { id: document.id, source: document.source, title: document.title, published: document.published },
    text: change.kind === 'merge' ? null : (document?.text ?? null),
    before: correction.before,
    after: change.kind === 'not-attribution' ? null : after,
  };
}

/** Streams one export of the whole store. */
export async function* exportStore(store: Store, format: ExportFormat): AsyncGenerator<string> {
  switch (format) {
    case 'jsonl':
      for await (const document of store.exportDocuments()) yield `${JSON.stringify(document)}\n`;
      return;
    case 'csv':
      yield csvRow(CSV_HEADER);
      for await (const document of store.exportDocuments()) {
        for (let offset = 0; ; offset += 500) {
          const views = await store.attributions({ document: document.id, limit: 500, offset });
          for (const view of views) yield attributionCsvRow(view);
          if (views.length < 500) break;
        }
      }
      return;
    case 'graphml':
      yield* graphml(await store.graph({ limit: 1_000_000 }));
      return;
    case 'corrections': {
      const byHash = new Map<string, StoredDocument | null>();
      for (const correction of await store.listCorrections()) {
        let document: StoredDocument | null = null;
        if (correction.content_hash !== null) {
          if (!byHash.has(correction.content_hash)) {
            byHash.set(
              correction.content_hash,
              await store.getDocument(documentIdOf(correction.content_hash)),
            );
          }
          document = byHash.get(correction.content_hash) ?? null;
        }
        yield `${JSON.stringify(correctionExample(correction, document))}\n`;
      }
      return;
    }
    default: {
      const unknown: never = format;
      throw new Error(`unknown export format ${String(unknown)}`);
    }
  }
}
