import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_INGEST_OPTIONS } from '../../../ingest/options.js';
import { processInput } from '../../../pipeline/pipeline.js';

/** Every text below is invented for these tests. */

/** "source -> speaker name | content" for every attribution of the text, end to end. */
function speakers(text: string): string[] {
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

const OPENING =
  "Paul Brandt, the club's chairman, said the stadium would be sold.\n\n" +
  'Fans were angry. Supporters met on Tuesday to discuss the sale.\n\n' +
  'The club’s accounts show debts of £20m. ';

describe('a "he said" paragraphs after the last speaker (recent-speaker.ts)', () => {
  it('a man named in between only as an object is not who speaks', () => {
    const text =
      OPENING +
      'Police later questioned Mark Dowling, a former director, over missing funds.\n\n' +
      'The sale was agreed in May. He said the buyer would build houses on the site.';
    assert.deepEqual(speakers(text), [
      "Paul Brandt, the club's chairman, -> Paul Brandt",
      'He -> Paul Brandt',
    ]);
  });

  it('must not change: a man the narration describes with a clause of his own is', () => {
    const text =
      OPENING +
      'The team has been boosted by the return of Mark Dowling, who missed the last game with a knee injury.\n\n' +
      'The sale was agreed in May. He said the buyer would build houses on the site.';
    assert.deepEqual(speakers(text), [
      "Paul Brandt, the club's chairman, -> Paul Brandt",
      'He -> Mark Dowling',
    ]);
  });

  it('must not change: a man named in between as a subject is', () => {
    const text =
      OPENING +
      'Mark Dowling, a former director, denied taking any money.\n\n' +
      'The sale was agreed in May. He said the buyer would build houses on the site.';
    assert.deepEqual(speakers(text), [
      "Paul Brandt, the club's chairman, -> Paul Brandt",
      'He -> Mark Dowling',
    ]);
  });
});
