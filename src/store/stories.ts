import type { Fingerprint } from '../nlp/near-duplicates/fingerprint.js';
import { BANDS, chooseStory, fingerprint, MIN_SHINGLES } from '../nlp/near-duplicates/fingerprint.js';
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
  const [story] = await assignStories(tx, [{ id: documentId, text }]);
  return story as string;
}

interface Candidate {
  readonly document_id: string;
  readonly story_id: string;
  readonly shingles: number;
  readonly signature: string;
  readonly hits: number;
}

interface Printed {
  readonly id: string;
  readonly print: Fingerprint;
  readonly bands: ReadonlySet<string>;
  story: string;
}

/** Bands looked up in one statement (two values each: its article's place and the key). */
const BANDS_PER_QUERY = 4000;

/**
 * `assignStory` for several new articles in the order given, as if each were stored after the one
 * before: an article may join the story of an earlier one of the same batch. The stored candidates
 * of all of them are read in one statement (the first MAX_CANDIDATES of each, as `assignStory`
 * reads them), the batch's earlier articles added in memory, and the fingerprints and band keys
 * written in two statements.
 */
export async function assignStories(
  tx: SqlExecutor,
  articles: readonly { readonly id: string; readonly text: string }[],
): Promise<string[]> {
  const printed: Printed[] = articles.map(({ id, text }) => {
    const print = fingerprint(text);
    return { id, print, bands: new Set(print.bands), story: id };
  });
  const linkable = printed.filter((article) => article.print.shingles >= MIN_SHINGLES);
  const stored = new Map<number, Candidate[]>();
  // the articles' bands, a few articles per statement; each article's candidates ranked as one query would
  for (let first = 0; first < linkable.length;) {
    const group: number[] = [];
    let bands = 0;
    while (first < linkable.length && (group.length === 0 || bands + BANDS < BANDS_PER_QUERY)) {
      bands += (linkable[first] as Printed).bands.size;
      group.push(first++);
    }
    const values: string[] = [];
    const keys: string[] = [];
    for (const index of group) {
      for (const band of (linkable[index] as Printed).bands) {
        values.push(`(${index}, ?)`);
        keys.push(band);
      }
    }
    const rows = await tx.all<Candidate & { article: number }>(
      `WITH wanted (article, band_key) AS (VALUES ${values.join(', ')}),
       hits AS (
         SELECT w.article, f.document_id, f.story_id, f.shingles, f.signature, CAST(COUNT(*) AS INTEGER) AS hits
         FROM wanted w JOIN fingerprint_bands b ON b.band_key = w.band_key
         JOIN document_fingerprints f ON f.document_id = b.document_id
         GROUP BY w.article, f.document_id, f.story_id, f.shingles, f.signature),
       ranked AS (
         SELECT article, document_id, story_id, shingles, signature, hits,
                ROW_NUMBER() OVER (PARTITION BY article ORDER BY hits DESC, document_id) AS place
         FROM hits)
       SELECT article, document_id, story_id, shingles, signature, hits FROM ranked
       WHERE place <= ${MAX_CANDIDATES} ORDER BY article, place`,
      keys,
    );
    for (const row of rows) {
      const article = Number(row.article);
      stored.set(article, [...(stored.get(article) ?? []), row]);
    }
  }
  linkable.forEach((article, index) => {
    // the batch's earlier articles, as the stored ones would have been found
    const earlier: Candidate[] = [];
    for (const other of linkable.slice(0, index)) {
      let hits = 0;
      for (const band of other.bands) if (article.bands.has(band)) hits++;
      if (hits > 0)
        earlier.push({
          document_id: other.id,
          story_id: other.story,
          shingles: other.print.shingles,
          signature: signatureToHex(other.print.signature),
          hits,
        });
    }
    const ranked = [...(stored.get(index) ?? []), ...earlier]
      .map((row) => ({ ...row, hits: Number(row.hits) }))
      .sort(
        (a, b) =>
          b.hits - a.hits || (a.document_id < b.document_id ? -1 : a.document_id > b.document_id ? 1 : 0),
      )
      .slice(0, MAX_CANDIDATES);
    const candidates = ranked.map((row) => ({
      story: row.story_id,
      signature: signatureFromHex(row.signature),
      shingles: Number(row.shingles),
    }));
    article.story = chooseStory(article.print, candidates) ?? article.id;
  });
  const bandRows = linkable.flatMap((article) => article.print.bands.map((band) => [band, article.id]));
  for (let first = 0; first < bandRows.length; first += BANDS_PER_QUERY) {
    const chunk = bandRows.slice(first, first + BANDS_PER_QUERY);
    await tx.run(
      `INSERT INTO fingerprint_bands (band_key, document_id) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`,
      chunk.flat(),
    );
  }
  for (let first = 0; first < printed.length; first += 1000) {
    const chunk = printed.slice(first, first + 1000);
    await tx.run(
      `INSERT INTO document_fingerprints (document_id, story_id, shingles, signature) VALUES ${chunk
        .map(() => '(?, ?, ?, ?)')
        .join(', ')}`,
      chunk.flatMap((article) => [
        article.id,
        article.story,
        article.print.shingles,
        signatureToHex(article.print.signature),
      ]),
    );
  }
  return printed.map((article) => article.story);
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
