import { createHash } from 'node:crypto';

/**
 * How `npm run bench -- scale` grows a PostgreSQL store to 10k, 100k and 1M articles without
 * extracting them: a few hundred really extracted and stored articles (the base, copy 0) are
 * cloned in SQL, copy after copy, every row an article owns rewritten for its clone. Everything
 * here is pure: the identities the SQL gives a clone (mirrored by the TS functions, which the
 * tests compare with what PostgreSQL computes) and the statements themselves.
 *
 * What a clone keeps and what it changes:
 * - a new id and content hash (md5 of the base id and the copy number), a new ingest order
 *   (`seq`, `document_seq`) after everything stored so far, a date that follows ingest order at
 *   ARTICLES_PER_DAY (so 1M articles span about nine years), and `source` with `#copy` appended;
 * - the stored JSON, title and text are the base article's (so search matches grow with the
 *   corpus like common words do; a rare word matches one article in BASE, which is pessimistic);
 * - "head" entities (in HEAD_DOCUMENTS base articles or more: the much-quoted people, countries)
 *   keep their corpus id, so they are in a fixed share of all articles, as a newsroom's archive
 *   has them; every other entity gets a new corpus id (and name) per TAIL_GROUP copies, so the
 *   number of distinct entities grows with the archive and a tail name is in about ten articles;
 * - fingerprints get band keys of their own (`~copy` appended), so a clone is not a near-
 *   duplicate of its base (wire copies stay among the base articles), and its story is the clone
 *   of its base article's story.
 */

/** Articles a day: clone dates follow ingest order (`seq`) from DATE_ORIGIN. */
export const ARTICLES_PER_DAY = 300;
export const DATE_ORIGIN = '2015-01-01';
/** Copies of a base article that share one tail entity's clone. */
export const TAIL_GROUP = 10;
/** Base articles an entity must be in to keep its id in every clone. */
export const HEAD_DOCUMENTS = 3;

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** Id and content hash of copy `copy` (≥ 1) of the base article `sourceId`. */
export function cloneIdentity(sourceId: string, copy: number): { id: string; contentHash: string } {
  const first = md5(`${sourceId}:${copy}`);
  return { id: first.slice(0, 16), contentHash: first + md5(`${copy}:${sourceId}`) };
}

/** The corpus id a tail entity has in copies of group `group` (group 0: the base id). */
export function cloneEntityId(entityId: string, group: number): string {
  return group === 0 ? entityId : `e${md5(`${entityId}:${group}`).slice(0, 15)}`;
}

export function tailGroupOf(copy: number): number {
  return Math.floor(copy / TAIL_GROUP);
}

/** The date (YYYY-MM-DD) of the article stored at `seq`. */
export function publishedOfSeq(seq: number): string {
  const day = Math.floor(seq / ARTICLES_PER_DAY);
  return new Date(Date.parse(`${DATE_ORIGIN}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10);
}

/** The letters appended to a tail entity's name in group `group` ("Ada Ruiz" → "Ada Ruiz Kq"). */
export function groupSuffix(group: number): string {
  const letters = String(group).replace(/\d/g, (digit) => 'qwrtpsdfgk'[Number(digit)] as string);
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

const SQL_GROUP_SUFFIX = (group: string): string =>
  `initcap(translate(${group}::text, '0123456789', 'qwrtpsdfgk'))`;

/** A table the cloner copies: its name and its columns (generated ones are left to PostgreSQL). */
export interface CloneTable {
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly generated: boolean }[];
}

/** The snapshot of the base rows of `table` that every batch reads (small: BASE articles). */
export function sourceTable(table: string): string {
  return `scale_src_${table}`;
}

/**
 * The value of `column` in a clone of row `s` of `table`, for the batch row `b` (its columns:
 * src_id, copy, grp, new_id, new_hash, new_seq, new_published, new_ingested, src_published).
 */
export function cloneColumnExpression(table: string, column: string): string {
  if (table === 'documents') {
    switch (column) {
      case 'id':
        return 'b.new_id';
      case 'content_hash':
        return 'b.new_hash';
      case 'seq':
        return 'b.new_seq';
      case 'source':
        return `s.source || '#' || b.copy`;
      case 'published':
        return 'b.new_published';
      case 'ingested_at':
        return 'b.new_ingested';
      default:
        return `s.${column}`;
    }
  }
  switch (column) {
    case 'document_id':
      return 'b.new_id';
    case 'document_seq':
      return 'b.new_seq';
    case 'entity_id':
      return `CASE WHEN b.grp = 0 OR s.entity_id IN (SELECT entity_id FROM scale_heads) THEN s.entity_id
                   ELSE 'e' || left(md5(s.entity_id || ':' || b.grp), 15) END`;
    case 'story_id':
      return `left(md5(s.story_id || ':' || b.copy), 16)`;
    case 'band_key':
      return `s.band_key || '~' || b.copy`;
    case 'time_key':
      return `CASE WHEN s.time_key = COALESCE(b.src_published, '') THEN b.new_published ELSE s.time_key END`;
    default:
      return `s.${column}`;
  }
}

/** INSERT … SELECT of one table's clones for the batch in `scale_batch`. */
export function cloneStatement(table: CloneTable): string {
  const columns = table.columns.filter((column) => !column.generated).map((column) => column.name);
  const key = table.name === 'documents' ? 'id' : 'document_id';
  return `INSERT INTO ${table.name} (${columns.join(', ')})
SELECT ${columns.map((column) => cloneColumnExpression(table.name, column)).join(', ')}
FROM ${sourceTable(table.name)} s JOIN scale_batch b ON b.src_id = s.${key}`;
}

/**
 * The batches that grow the store by `count` clones after ingest order `seqBefore`, from copy
 * `firstCopy` on (a multiple of TAIL_GROUP, so two batches never create the same tail entities
 * and can run at once): each at most `perBatch` articles, its copies and its place in ingest order.
 */
export function planBatches(
  count: number,
  baseArticles: number,
  firstCopy: number,
  seqBefore: number,
  perBatch: number,
): { firstCopy: number; lastCopy: number; seqBefore: number; limit: number }[] {
  if (firstCopy % TAIL_GROUP !== 0) throw new Error(`the first copy must be a multiple of ${TAIL_GROUP}`);
  const copies = Math.ceil(Math.ceil(perBatch / baseArticles) / TAIL_GROUP) * TAIL_GROUP;
  const batches = [];
  for (let done = 0, copy = firstCopy; done < count; done += perBatch, copy += copies) {
    batches.push({
      firstCopy: copy,
      lastCopy: copy + copies - 1,
      seqBefore: seqBefore + done,
      limit: Math.min(perBatch, count - done),
    });
  }
  return batches;
}

/**
 * The batch of clones: copies `firstCopy`…`lastCopy` of every base article, in ingest order after
 * `seqBefore`, at most `limit` of them (the last batch stops at the size asked for).
 */
export function batchStatements(
  firstCopy: number,
  lastCopy: number,
  seqBefore: number,
  limit: number,
): string[] {
  const ordinal = `((c - ${firstCopy}) * (SELECT COUNT(*) FROM scale_src_documents) + s.rank)`;
  const seq = `(${seqBefore} + ${ordinal})`;
  return [
    'DROP TABLE IF EXISTS pg_temp.scale_batch',
    `CREATE TEMP TABLE scale_batch AS
     SELECT s.id AS src_id, c AS copy, c / ${TAIL_GROUP} AS grp,
            left(md5(s.id || ':' || c), 16) AS new_id,
            md5(s.id || ':' || c) || md5(c || ':' || s.id) AS new_hash,
            CAST(${seq} AS INTEGER) AS new_seq,
            to_char(DATE '${DATE_ORIGIN}' + CAST(${seq} / ${ARTICLES_PER_DAY} AS INTEGER), 'YYYY-MM-DD') AS new_published,
            to_char(TIMESTAMP '${DATE_ORIGIN}' + ${seq} * INTERVAL '${86_400 / ARTICLES_PER_DAY} seconds',
                    'YYYY-MM-DD"T"HH24:MI:SS".000Z"') AS new_ingested,
            s.published AS src_published
     FROM (SELECT id, published, CAST(row_number() OVER (ORDER BY seq) AS INTEGER) AS rank
           FROM scale_src_documents) s
     CROSS JOIN generate_series(${firstCopy}, ${lastCopy}) c
     WHERE ${ordinal} <= ${limit}`,
    'CREATE INDEX scale_batch_src ON scale_batch (src_id)',
    'ANALYZE scale_batch',
    // the tail entities' clones for the groups this batch reaches
    `INSERT INTO entities (id, type, name, name_key, surname_key)
     SELECT 'e' || left(md5(e.id || ':' || g.grp), 15), e.type, e.name || ' ' || ${SQL_GROUP_SUFFIX('g.grp')},
            e.name_key || ' ' || lower(${SQL_GROUP_SUFFIX('g.grp')}),
            CASE WHEN e.surname_key IS NULL THEN NULL ELSE e.surname_key || lower(${SQL_GROUP_SUFFIX('g.grp')}) END
     FROM scale_src_entities e CROSS JOIN (SELECT DISTINCT grp FROM scale_batch WHERE grp > 0) g
     WHERE e.id NOT IN (SELECT entity_id FROM scale_heads)
     ON CONFLICT (id) DO NOTHING`,
  ];
}

/**
 * Once, after the base is stored: the snapshots of its rows, and its head entities. `tables` are
 * the article's tables (documents and every table with a `document_id` column).
 */
export function snapshotStatements(tables: readonly CloneTable[], headDocuments = HEAD_DOCUMENTS): string[] {
  return [
    ...tables.flatMap((table) => [
      `DROP TABLE IF EXISTS ${sourceTable(table.name)}`,
      `CREATE UNLOGGED TABLE ${sourceTable(table.name)} AS SELECT * FROM ${table.name}`,
    ]),
    'DROP TABLE IF EXISTS scale_src_entities',
    'CREATE UNLOGGED TABLE scale_src_entities AS SELECT * FROM entities',
    'DROP TABLE IF EXISTS scale_heads',
    `CREATE UNLOGGED TABLE scale_heads AS
     SELECT entity_id FROM document_entities GROUP BY entity_id
     HAVING COUNT(DISTINCT document_id) >= ${headDocuments}`,
    'CREATE UNIQUE INDEX scale_heads_id ON scale_heads (entity_id)',
    'ANALYZE',
  ];
}

/** The article's tables of a PostgreSQL store: documents first, then every table with a `document_id` column. */
export async function articleTables(
  query: (sql: string) => Promise<{ table_name: string; column_name: string; is_generated: string }[]>,
): Promise<CloneTable[]> {
  const rows = await query(
    `SELECT c.table_name, c.column_name, c.is_generated FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE 'scale\\_%'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, { name: string; generated: boolean }[]>();
  for (const row of rows) {
    const list = tables.get(row.table_name) ?? [];
    list.push({ name: row.column_name, generated: row.is_generated === 'ALWAYS' });
    tables.set(row.table_name, list);
  }
  const result: CloneTable[] = [];
  for (const [name, columns] of tables) {
    if (name === 'documents' || columns.some((column) => column.name === 'document_id'))
      result.push({ name, columns });
  }
  return result.sort((a, b) => (a.name === 'documents' ? -1 : b.name === 'documents' ? 1 : 0));
}
