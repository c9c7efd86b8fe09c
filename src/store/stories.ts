import { chooseStory, fingerprint, MIN_SHINGLES } from '../nlp/near-duplicates/fingerprint.js';
import { signatureFromHex, signatureToHex } from '../nlp/near-duplicates/minhash.js';
import type { SqlExecutor } from './sql.js';
import { inValues, placeholders } from './sql.js';

/** Most stored articles compared with a new one (those sharing the most bands come first). */
const MAX_CANDIDATES = 200;

/**
 * Gives a newly stored article its story: the story of the closest earlier article that is the
 * same story (a wire copy or a lightly edited reprint, see near-duplicates/fingerprint.ts), else
 * a story of its own (its id). Stores its fingerprint and LSH band keys for later articles.
 */
export async function assignStory(tx: SqlExecutor, documentId: string, text: string): Promise<string> {
  const print = fingerprint(text);
  let story = documentId;
  if (print.shingles >= MIN_SHINGLES) {
    const rows = await tx.all<{
      document_id: string;
      story_id: string;
      shingles: number;
      signature: string;
      hits: number;
    }>(
      `SELECT f.document_id, f.story_id, f.shingles, f.signature, CAST(COUNT(*) AS INTEGER) AS hits
       FROM fingerprint_bands b JOIN document_fingerprints f ON f.document_id = b.document_id
       WHERE b.band_key IN ${placeholders(print.bands.length)}
       GROUP BY f.document_id, f.story_id, f.shingles, f.signature
       ORDER BY hits DESC, f.document_id LIMIT ${MAX_CANDIDATES}`,
      inValues(print.bands),
    );
    const candidates = rows.map((row) => ({
      story: row.story_id,
      signature: signatureFromHex(row.signature),
      shingles: Number(row.shingles),
    }));
    story = chooseStory(print, candidates) ?? documentId;
    const values = print.bands.flatMap((band) => [band, documentId]);
    await tx.run(
      `INSERT INTO fingerprint_bands (band_key, document_id) VALUES ${print.bands.map(() => '(?, ?)').join(', ')}`,
      values,
    );
  }
  await tx.run(
    'INSERT INTO document_fingerprints (document_id, story_id, shingles, signature) VALUES (?, ?, ?, ?)',
    [documentId, story, print.shingles, signatureToHex(print.signature)],
  );
  return story;
}

export interface StoryOutlet {
  readonly document: string;
  readonly source: string;
  readonly publisher: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

/** The story of a stored article and every article (outlet) in it, in ingestion order. */
export async function storyOf(
  db: SqlExecutor,
  documentId: string,
): Promise<{ id: string; outlets: StoryOutlet[] } | null> {
  const [row] = await db.all<{ story_id: string }>(
    'SELECT story_id FROM document_fingerprints WHERE document_id = ?',
    [documentId],
  );
  if (row === undefined) return null;
  const outlets = await db.all<StoryOutlet>(
    `SELECT d.id AS document, d.source, d.publisher, d.title, d.published
     FROM document_fingerprints f JOIN documents d ON d.id = f.document_id
     WHERE f.story_id = ? ORDER BY d.seq LIMIT 500`,
    [row.story_id],
  );
  return { id: row.story_id, outlets };
}

/** Stories of the given documents (a document without a fingerprint is its own story). */
export async function storiesOf(
  db: SqlExecutor,
  documentIds: readonly string[],
): Promise<Map<string, string>> {
  const stories = new Map<string, string>(documentIds.map((id) => [id, id]));
  for (let first = 0; first < documentIds.length; first += 500) {
    const chunk = documentIds.slice(first, first + 500);
    const rows = await db.all<{ document_id: string; story_id: string }>(
      `SELECT document_id, story_id FROM document_fingerprints WHERE document_id IN ${placeholders(chunk.length)}`,
      inValues(chunk),
    );
    for (const row of rows) stories.set(row.document_id, row.story_id);
  }
  return stories;
}
