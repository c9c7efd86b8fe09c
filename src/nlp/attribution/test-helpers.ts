import { DEFAULT_INGEST_OPTIONS } from '../../ingest/options.js';
import { processInput } from '../../pipeline/pipeline.js';

/** For the tests: "source -> speaker name" for every attribution of the text, end to end. */
export function speakers(text: string): string[] {
  const doc = processInput(
    { source: 'test.txt', bytes: Buffer.from(text) },
    { published: '2025-05-12', ingest: { ...DEFAULT_INGEST_OPTIONS, clean: false } },
  );
  const names = new Map(doc.entities.map((entity) => [entity.id, entity.name]));
  return doc.attributions.map((attribution) => {
    const source =
      attribution.source === null ? '-' : doc.text.slice(attribution.source.start, attribution.source.end);
    const speaker = typeof attribution.speaker === 'string' ? (names.get(attribution.speaker) ?? '?') : '-';
    return `${source} -> ${speaker}`;
  });
}
