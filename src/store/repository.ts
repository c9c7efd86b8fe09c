import { storedClaimConflicts, type StoredClaimRow } from './stored-claim-conflicts.js';
import { randomUUID } from 'node:crypto';
import { anchorOf, applyCorrections } from './corrections.js';
import { StoreError } from './errors.js';
import type { FeedValidators } from '../ingest/feed/feed-validators.js';
import { feedValidators, markFeedItemsSeen, saveFeedValidators, unseenFeedItems } from './feeds.js';
import { DOCUMENT_TABLES, documentRows } from './index-document.js';
import type { Row } from './index-document.js';
import { candidateKeys, entityKey, linkEntities, normaliseName } from './link-entities.js';
import { queryTerms, snippetMaker } from './search-query.js';
import { assignStories, storyOf } from './stories.js';
import { claimsBoard, type BoardClaimRow } from './claims-board.js';
import { placeJoins } from './corpus-claims.js';
import { sourceFigures, type FigureRow } from './source-figures.js';
import type { SqlDatabase, SqlExecutor, SqlValue } from './sql.js';
import { inValues, placeholders, SEARCH_ROWS_PER_DOCUMENT } from './sql.js';
import type {
  ArticleRecord,
  AttributionFilter,
  ClaimsBoardFilter,
  ClaimTopicView,
  FiguresOptions,
  OutletSummary,
  SourceFiguresView,
  AttributionView,
  ContradictionSide,
  ContradictionView,
  Correction,
  CorrectionInput,
  DocumentSummary,
  Dossier,
  EntityReference,
  EntitySummary,
  EventFilter,
  EventView,
  ExtractAttribution,
  ExtractDocument,
  GraphView,
  IngestOutcome,
  Page,
  SearchResult,
  Store,
  StoredDocument,
} from './types.js';

/**
 * Items in each list of a dossier (what it said, what was said about it, events), in document
 * order; the rest is paged through /api/attributions?speaker= and /api/events?entity=.
 */
export const DOSSIER_LIST = 50;
/** Documents listed in a dossier (the latest ingested; `documents` gives the total). */
export const DOSSIER_DOCUMENTS = 200;

/** Longest list any query returns in one page. */
export const MAX_PAGE = 500;
/** Most (quotation, claim) rows read for one speaker's or outlet's figures. */
const FIGURE_ROWS = 200_000;

/** The document id: the first 16 hex digits of the content hash, so the same content keeps its id. */
export function documentIdOf(contentHash: string): string {
  return contentHash.slice(0, 16);
}

function checkedHash(record: ArticleRecord): string {
  if (!/^[0-9a-f]{16,128}$/.test(record.contentHash))
    throw new StoreError('invalid', 'the content hash must be hexadecimal');
  return record.contentHash;
}

function page(value: Partial<Page> | undefined, fallback = 50): Page {
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(value?.limit ?? fallback)));
  const offset = Math.max(0, Math.floor(value?.offset ?? 0));
  return { limit, offset };
}

function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

interface DocumentRow {
  id: string;
  content_hash: string;
  source: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  ingested_at: string;
  document: string;
}

interface AttributionRow {
  document_id: string;
  local_id: string;
  kind: string;
  stance: string | null;
  source_text: string | null;
  cue_text: string | null;
  content_text: string;
  corrected: number;
  title: string | null;
  published: string | null;
}

interface CorrectionRow {
  id: string;
  content_hash: string | null;
  kind: string;
  correction: string;
  author: string | null;
  created_at: string;
}

/**
 * The repository both backends share: every query is written once against `SqlDatabase`, so
 * SQLite and PostgreSQL behave alike; only DDL and full-text search come from the dialect.
 */
export class SqlStore implements Store {
  readonly backend: 'sqlite' | 'postgres';
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
    this.backend = db.dialect.name;
  }

  /** Applies the migrations this database has not seen yet, each in its own transaction. */
  async migrate(): Promise<void> {
    await this.db.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (await this.db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) =>
        Number(row.version),
      ),
    );
    for (const migration of this.db.dialect.migrations) {
      if (done.has(migration.version)) continue;
      await this.db.transaction(async (tx) => {
        for (const statement of migration.statements) await tx.run(statement);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
      });
    }
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  // -------------------------------------------------------------------------------------------
  // feeds (claimgraph watch)

  feedValidators(feedUrl: string): Promise<FeedValidators | null> {
    return feedValidators(this.db, feedUrl);
  }

  saveFeedValidators(feedUrl: string, validators: FeedValidators): Promise<void> {
    return saveFeedValidators(this.db, feedUrl, validators, new Date().toISOString());
  }

  unseenFeedItems(feedUrl: string, keys: readonly string[]): Promise<string[]> {
    return unseenFeedItems(this.db, feedUrl, keys);
  }

  markFeedItemsSeen(feedUrl: string, keys: readonly string[]): Promise<void> {
    return this.db.transaction((tx) => markFeedItemsSeen(tx, feedUrl, keys, new Date().toISOString()));
  }

  // -------------------------------------------------------------------------------------------
  // writing

  async ingest(record: ArticleRecord, options: { replace?: boolean } = {}): Promise<IngestOutcome> {
    if (!options.replace) return (await this.ingestMany([record]))[0] as IngestOutcome;
    const hash = checkedHash(record);
    const document = record.document;
    const replaced = await this.db.transaction(async (tx): Promise<IngestOutcome | null> => {
      const existing = await tx.all<{ id: string }>('SELECT id FROM documents WHERE content_hash = ?', [
        hash,
      ]);
      const stored = existing[0];
      if (stored === undefined) return null;
      // a new extraction of the same content: new local ids, so entities are linked afresh
      await tx.run(
        'UPDATE documents SET title = ?, publisher = ?, published = ?, document = ? WHERE id = ?',
        [
          document.title ?? null,
          document.publisher ?? null,
          document.published ?? null,
          JSON.stringify(document),
          stored.id,
        ],
      );
      await tx.run('DELETE FROM document_entities WHERE document_id = ?', [stored.id]);
      await this.indexDocument(tx, stored.id, hash, document);
      return { id: stored.id, created: false, replaced: true };
    });
    // not stored yet: stored as new
    return replaced ?? ((await this.ingestMany([record]))[0] as IngestOutcome);
  }

  /**
   * Stores several articles in one transaction, as `ingest` would one after the other (an article
   * already stored, or twice in the list, is `created: false`; a later one may join an earlier
   * one's story or entities), with a few statements per table for the whole batch rather than
   * per article. If another writer stores one of them (or an entity) at the same moment, the
   * batch is stored again article by article, each one settling its own conflict.
   */
  async ingestMany(records: readonly ArticleRecord[]): Promise<IngestOutcome[]> {
    for (const record of records) checkedHash(record);
    if (records.length === 0) return [];
    try {
      return await this.db.transaction((tx) => this.storeNew(tx, records));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (records.length > 1 && (code === '23505' || code === '40P01')) {
        const outcomes: IngestOutcome[] = [];
        for (const record of records) outcomes.push(...(await this.ingestMany([record])));
        return outcomes;
      }
      // two writers stored the same content at once (PostgreSQL): the other one won
      if (code === '23505') {
        const rows = await this.db.all<{ id: string }>('SELECT id FROM documents WHERE content_hash = ?', [
          (records[0] as ArticleRecord).contentHash,
        ]);
        if (rows[0]) return [{ id: rows[0].id, created: false }];
      }
      throw error;
    }
  }

  /** Stores the articles not stored yet: documents, entities, indexed rows and stories, per table. */
  private async storeNew(tx: SqlExecutor, records: readonly ArticleRecord[]): Promise<IngestOutcome[]> {
    const stored = new Map<string, string>();
    const hashes = [...new Set(records.map((record) => record.contentHash))];
    for (let first = 0; first < hashes.length; first += 500) {
      const chunk = hashes.slice(first, first + 500);
      for (const row of await tx.all<{ id: string; content_hash: string }>(
        `SELECT id, content_hash FROM documents WHERE content_hash IN ${placeholders(chunk.length)}`,
        chunk,
      ))
        stored.set(row.content_hash, row.id);
    }
    const outcomes: (IngestOutcome | null)[] = [];
    const fresh: { index: number; id: string; record: ArticleRecord }[] = [];
    for (const record of records) {
      const known = stored.get(record.contentHash);
      if (known !== undefined) {
        outcomes.push({ id: known, created: false });
        continue;
      }
      const id = documentIdOf(record.contentHash);
      stored.set(record.contentHash, id);
      fresh.push({ index: outcomes.length, id, record });
      outcomes.push(null);
    }
    if (fresh.length === 0) return outcomes as IngestOutcome[];
    const [{ seq: next } = { seq: 1 }] = await tx.all<{ seq: number }>(
      'SELECT CAST(COALESCE(MAX(seq), 0) + 1 AS INTEGER) AS seq FROM documents',
    );
    const ingestedAt = new Date().toISOString();
    const articles = fresh.map((article, place) => ({ ...article, seq: Number(next) + place }));
    await insertRows(
      tx,
      'documents',
      articles.map(({ id, record, seq }) => ({
        id,
        content_hash: record.contentHash,
        seq,
        source: record.document.source,
        title: record.document.title ?? null,
        publisher: record.document.publisher ?? null,
        published: record.document.published ?? null,
        ingested_at: ingestedAt,
        document: JSON.stringify(record.document),
      })),
    );
    const links = await this.linkNew(
      tx,
      articles.map((article) => article.record.document),
    );
    const rows = Object.fromEntries(DOCUMENT_TABLES.map((table) => [table, [] as Row[]])) as Record<
      (typeof DOCUMENT_TABLES)[number],
      Row[]
    >;
    articles.forEach(({ id, record, seq }, place) => {
      const corrected = applyCorrections(record.document, links[place] as Map<string, string>, []).document;
      const articleRows = documentRows(id, corrected, seq);
      if (this.db.dialect.searchRowIds) {
        const first = seq * SEARCH_ROWS_PER_DOCUMENT;
        articleRows.search_index = articleRows.search_index
          .slice(0, SEARCH_ROWS_PER_DOCUMENT - 1)
          .map((row, index) => ({ rowid: first + index, ...row }));
      }
      for (const table of DOCUMENT_TABLES) rows[table].push(...articleRows[table]);
    });
    for (const table of DOCUMENT_TABLES) await insertRows(tx, table, rows[table]);
    const stories = await assignStories(
      tx,
      articles.map(({ id, record }) => ({ id, text: record.document.text })),
    );
    articles.forEach(({ index, id }, place) => {
      outcomes[index] = { id, created: true, story: stories[place] as string };
    });
    return outcomes as IngestOutcome[];
  }

  /**
   * Links the entities of new articles, in order, as `indexDocument` links one: the corpus entities
   * each may join are read for all of them in one statement, each article sees those its keys find
   * and those the articles before it created, and the new entities are written in one statement
   * (in id order, so that two writers never wait on each other in a circle).
   */
  private async linkNew(
    tx: SqlExecutor,
    documents: readonly ExtractDocument[],
  ): Promise<Map<string, string>[]> {
    const wanted = documents.map((document) => candidateKeys(document.entities));
    const keys = [...new Set(wanted.flatMap((entry) => entry.keys))];
    const surnames = [...new Set(wanted.flatMap((entry) => entry.surnames))];
    const known: { id: string; type: string; name_key: string; surname_key: string | null }[] = [];
    if (keys.length > 0) {
      for (let first = 0; first < Math.max(keys.length, surnames.length); first += 500) {
        const keyChunk = keys.slice(first, first + 500);
        const surnameChunk = surnames.slice(first, first + 500);
        known.push(
          ...(await tx.all<{ id: string; type: string; name_key: string; surname_key: string | null }>(
            `SELECT id, type, name_key, surname_key FROM entities
             WHERE name_key IN ${placeholders(keyChunk.length)} OR surname_key IN ${placeholders(surnameChunk.length)}`,
            [...inValues(keyChunk), ...inValues(surnameChunk)],
          )),
        );
      }
    }
    const seen = new Set<string>();
    const pool = known.filter((row) => !seen.has(row.id) && seen.add(row.id));
    const created: Row[] = [];
    const result = documents.map((document, place) => {
      const links = new Map<string, string>();
      if (document.entities.length === 0) return links;
      const { keys: ownKeys, surnames: ownSurnames } = wanted[place] as {
        keys: string[];
        surnames: string[];
      };
      const keySet = new Set(ownKeys);
      const surnameSet = new Set(ownSurnames);
      const candidates = pool.filter(
        (row) => keySet.has(row.name_key) || (row.surname_key !== null && surnameSet.has(row.surname_key)),
      );
      const decided = linkEntities(
        document.entities,
        candidates.map((row) => ({
          id: row.id,
          type: row.type,
          key: row.name_key,
          surnameKey: row.surname_key,
        })),
      );
      for (const [local, link] of decided) {
        links.set(local, link.entity);
        if (link.create === null || seen.has(link.entity)) continue;
        seen.add(link.entity);
        const row = {
          id: link.entity,
          type: link.create.type,
          name_key: link.create.key,
          surname_key: link.create.surnameKey,
        };
        pool.push(row);
        created.push({ ...row, name: link.create.name });
      }
      return links;
    });
    created.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    await insertRows(tx, 'entities', created, ' ON CONFLICT (id) DO NOTHING');
    return result;
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (let first = 0; first < hashes.length; first += 500) {
      const chunk = hashes.slice(first, first + 500);
      const rows = await this.db.all<{ content_hash: string }>(
        `SELECT content_hash FROM documents WHERE content_hash IN ${placeholders(chunk.length)}`,
        inValues(chunk),
      );
      for (const row of rows) known.add(row.content_hash);
    }
    return known;
  }

  /** Links entities (reusing the article's earlier links), applies corrections, rewrites the indexed rows. */
  private async indexDocument(
    tx: SqlExecutor,
    id: string,
    hash: string,
    document: ExtractDocument,
  ): Promise<void> {
    const previous = await tx.all<{ local_id: string; entity_id: string }>(
      'SELECT local_id, entity_id FROM document_entities WHERE document_id = ?',
      [id],
    );
    const links = new Map(previous.map((row) => [row.local_id, row.entity_id]));
    const unlinked = document.entities.filter((entity) => !links.has(entity.id));
    if (unlinked.length > 0) {
      const { keys, surnames } = candidateKeys(unlinked);
      const candidates = await tx.all<{
        id: string;
        type: string;
        name_key: string;
        surname_key: string | null;
      }>(
        `SELECT id, type, name_key, surname_key FROM entities
         WHERE name_key IN ${placeholders(keys.length)} OR surname_key IN ${placeholders(surnames.length)}`,
        [...inValues(keys), ...inValues(surnames)],
      );
      const decided = linkEntities(
        unlinked,
        candidates.map((row) => ({
          id: row.id,
          type: row.type,
          key: row.name_key,
          surnameKey: row.surname_key,
        })),
      );
      const created = new Set<string>();
      for (const [local, link] of decided) {
        links.set(local, link.entity);
        if (link.create === null || created.has(link.entity)) continue;
        created.add(link.entity);
        await tx.run(
          `INSERT INTO entities (id, type, name, name_key, surname_key) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [link.entity, link.create.type, link.create.name, link.create.key, link.create.surnameKey],
        );
      }
    }
    const corrections = await this.correctionsOf(tx, hash);
    const corrected = applyCorrections(document, links, corrections).document;
    const [{ seq } = { seq: 0 }] = await tx.all<{ seq: number }>('SELECT seq FROM documents WHERE id = ?', [
      id,
    ]);
    const rows = documentRows(id, corrected, Number(seq));
    if (this.db.dialect.searchRowIds) {
      const first = Number(seq) * SEARCH_ROWS_PER_DOCUMENT;
      rows.search_index = rows.search_index
        .slice(0, SEARCH_ROWS_PER_DOCUMENT - 1)
        .map((row, index) => ({ rowid: first + index, ...row }));
      // the article had one search row, then one per attribution: deleted one by one, by rowid
      // (a range or a document id would read the whole FTS5 index)
      const [{ count } = { count: 0 }] = await tx.all<{ count: number }>(
        'SELECT CAST(COUNT(*) AS INTEGER) AS count FROM attributions WHERE document_id = ?',
        [id],
      );
      for (let rowid = first; rowid <= first + Number(count); rowid++) {
        await tx.run('DELETE FROM search_index WHERE rowid = ?', [rowid]);
      }
    } else {
      await tx.run('DELETE FROM search_index WHERE document_id = ?', [id]);
    }
    for (const table of DOCUMENT_TABLES) {
      if (table !== 'search_index') await tx.run(`DELETE FROM ${table} WHERE document_id = ?`, [id]);
    }
    for (const table of DOCUMENT_TABLES) await insertRows(tx, table, rows[table]);
  }

  // -------------------------------------------------------------------------------------------
  // entities and merges

  /** Canonical id of each entity after merges (unknown ids map to themselves). */
  private async canonical(ids: readonly string[]): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    const unique = [...new Set(ids)];
    for (let first = 0; first < unique.length; first += 500) {
      const chunk = unique.slice(first, first + 500);
      const rows = await this.db.all<{ id: string; merged_into: string | null }>(
        `SELECT id, merged_into FROM entities WHERE id IN ${placeholders(chunk.length)}`,
        inValues(chunk),
      );
      for (const row of rows) map.set(row.id, row.merged_into ?? row.id);
    }
    for (const id of unique) if (!map.has(id)) map.set(id, id);
    return map;
  }

  /** The ids that are one entity with `id` (itself and everything merged into it), or null if unknown. */
  private async members(id: string): Promise<{ canonical: string; members: string[] } | null> {
    const rows = await this.db.all<{ id: string; merged_into: string | null }>(
      'SELECT id, merged_into FROM entities WHERE id = ?',
      [id],
    );
    const row = rows[0];
    if (row === undefined) return null;
    const canonical = row.merged_into ?? row.id;
    const merged = await this.db.all<{ id: string }>('SELECT id FROM entities WHERE merged_into = ?', [
      canonical,
    ]);
    return { canonical, members: [canonical, ...merged.map((entry) => entry.id)] };
  }

  private async references(ids: readonly string[]): Promise<Map<string, EntityReference>> {
    const canonical = await this.canonical(ids);
    const targets = [...new Set(canonical.values())];
    const found = new Map<string, EntityReference>();
    for (let first = 0; first < targets.length; first += 500) {
      const chunk = targets.slice(first, first + 500);
      const rows = await this.db.all<EntityReference>(
        `SELECT id, name, type FROM entities WHERE id IN ${placeholders(chunk.length)}`,
        inValues(chunk),
      );
      for (const row of rows) found.set(row.id, { id: row.id, name: row.name, type: row.type });
    }
    const references = new Map<string, EntityReference>();
    for (const [id, target] of canonical) {
      const reference = found.get(target);
      if (reference) references.set(id, reference);
    }
    return references;
  }

  private async summaries(canonicalIds: readonly string[]): Promise<EntitySummary[]> {
    if (canonicalIds.length === 0) return [];
    const memberRows = await this.db.all<{ id: string; merged_into: string | null }>(
      `SELECT id, merged_into FROM entities WHERE id IN ${placeholders(canonicalIds.length)} OR merged_into IN ${placeholders(canonicalIds.length)}`,
      [...canonicalIds, ...canonicalIds],
    );
    const canonicalOf = new Map(memberRows.map((row) => [row.id, row.merged_into ?? row.id]));
    const all = [...canonicalOf.keys()];
    const references = await this.references(canonicalIds);
    const names = await this.db.all<{ entity_id: string; name: string; count: number }>(
      `SELECT entity_id, name, CAST(COUNT(*) AS INTEGER) AS count FROM entity_names
       WHERE entity_id IN ${placeholders(all.length)} GROUP BY entity_id, name`,
      inValues(all),
    );
    // a wire story reprinted by several outlets counts once in `stories`, every time in `documents`
    const documents = await this.db.all<{ entity_id: string; count: number; stories: number }>(
      `SELECT e.entity_id, CAST(COUNT(DISTINCT e.document_seq) AS INTEGER) AS count,
         CAST(COUNT(DISTINCT COALESCE(f.story_id, e.document_id)) AS INTEGER) AS stories
       FROM document_entities e LEFT JOIN document_fingerprints f ON f.document_id = e.document_id
       WHERE e.entity_id IN ${placeholders(all.length)} GROUP BY e.entity_id`,
      inValues(all),
    );
    const aliasCounts = new Map<string, Map<string, number>>();
    for (const row of names) {
      const target = canonicalOf.get(row.entity_id) ?? row.entity_id;
      const counts = aliasCounts.get(target) ?? new Map<string, number>();
      counts.set(row.name, (counts.get(row.name) ?? 0) + Number(row.count));
      aliasCounts.set(target, counts);
    }
    // merged entities add up their documents (an article naming both counts twice)
    const documentCounts = new Map<string, number>();
    const storyCounts = new Map<string, number>();
    for (const row of documents) {
      const target = canonicalOf.get(row.entity_id) ?? row.entity_id;
      documentCounts.set(target, (documentCounts.get(target) ?? 0) + Number(row.count));
      storyCounts.set(target, (storyCounts.get(target) ?? 0) + Number(row.stories));
    }
    const result: EntitySummary[] = [];
    for (const id of canonicalIds) {
      const reference = references.get(id);
      if (!reference) continue;
      const aliases = [...(aliasCounts.get(id) ?? new Map<string, number>())]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([name]) => name)
        .filter((name) => name !== reference.name)
        .slice(0, 20);
      result.push({
        ...reference,
        aliases,
        documents: documentCounts.get(id) ?? 0,
        stories: storyCounts.get(id) ?? 0,
      });
    }
    return result;
  }

  async findEntities(name: string, pageOptions?: Partial<Page>): Promise<EntitySummary[]> {
    const key = normaliseName(name);
    if (key === '') return [];
    const { limit, offset } = page(pageOptions, 20);
    const byName = await this.db.all<{ entity_id: string }>(
      'SELECT DISTINCT entity_id FROM entity_names WHERE search_key LIKE ? LIMIT 2000',
      [`%${key}%`],
    );
    const byKey = await this.db.all<{ id: string }>(
      "SELECT id FROM entities WHERE (type = 'PERSON' AND (name_key = ? OR surname_key = ?)) OR name_key = ? LIMIT 2000",
      [entityKey('PERSON', name), entityKey('PERSON', name), key],
    );
    const canonical = await this.canonical([
      ...byName.map((row) => row.entity_id),
      ...byKey.map((row) => row.id),
    ]);
    const summaries = await this.summaries([...new Set(canonical.values())]);
    // a name equal to the query first ("Velmar" before "Velmar Dock Union"), then the most documents
    const exact = (summary: EntitySummary): number =>
      [summary.name, ...summary.aliases].some((alias) => normaliseName(alias) === key) ? 0 : 1;
    summaries.sort(
      (a, b) =>
        exact(a) - exact(b) ||
        b.documents - a.documents ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    );
    return summaries.slice(offset, offset + limit);
  }

  async dossier(id: string): Promise<Dossier | null> {
    const group = await this.members(id);
    if (group === null) return null;
    const { canonical, members } = group;
    // independent reads, run together (on PostgreSQL they go to several pooled connections)
    const aboutPromise = this.db
      .all<AttributionRow>(
        `SELECT a.document_id, a.local_id, a.kind, a.stance, a.source_text, a.cue_text, a.content_text, a.corrected,
                d.title, d.published
         FROM (SELECT DISTINCT m.document_seq, m.document_id, m.position, m.attribution_id
               FROM attribution_mentions m WHERE m.entity_id IN ${placeholders(members.length)}
               ORDER BY m.document_seq, m.document_id, m.position LIMIT ${DOSSIER_LIST}) k
         JOIN attributions a ON a.document_id = k.document_id AND a.local_id = k.attribution_id
         JOIN documents d ON d.id = k.document_id
         ORDER BY k.document_seq, k.document_id, k.position`,
        members,
      )
      // an entity's own words are not "about" it: index-document.ts leaves speakers out of the
      // mentions, and after a merge the views drop what one member said about another
      .then((rows) => this.attributionViews(rows))
      .then((views) => views.filter((view) => !view.speakers.some((speaker) => speaker.id === canonical)));
    const saidPromise = this.queryAttributions({ limit: DOSSIER_LIST }, group);
    const eventsPromise = this.queryEvents({ limit: DOSSIER_LIST }, group);
    const summaryPromise = this.summaries([canonical]);
    const namesPromise = this.db.all<{ name: string; count: number }>(
      `SELECT name, CAST(COUNT(*) AS INTEGER) AS count FROM entity_names WHERE entity_id IN ${placeholders(members.length)}
       GROUP BY name ORDER BY count DESC, name`,
      members,
    );
    const documentRowsPromise = this.db.all<{
      id: string;
      title: string | null;
      published: string | null;
      mentions: number;
      seq: number;
      attributes: string | null;
    }>(
      `SELECT d.id, d.title, d.published, d.seq, de.mentions, de.attributes FROM document_entities de
       JOIN documents d ON d.id = de.document_id WHERE de.entity_id IN ${placeholders(members.length)}
       ORDER BY de.document_seq DESC, de.local_id LIMIT ${DOSSIER_DOCUMENTS}`,
      members,
    );
    const [summaries, names, documentRowsList, said, saidAbout, events] = await Promise.all([
      summaryPromise,
      namesPromise,
      documentRowsPromise,
      saidPromise,
      aboutPromise,
      eventsPromise,
    ]);
    const summary = summaries[0];
    if (summary === undefined) return null;
    const documentList = new Map<
      string,
      { id: string; title: string | null; published: string | null; mentions: number }
    >();
    const attributes: { name: string; value: unknown; document: string }[] = [];
    for (const row of documentRowsList) {
      const entry = documentList.get(row.id) ?? {
        id: row.id,
        title: row.title,
        published: row.published,
        mentions: 0,
      };
      entry.mentions += Number(row.mentions);
      documentList.set(row.id, entry);
      for (const [name, value] of Object.entries(parseJson<Record<string, unknown>>(row.attributes, {}))) {
        attributes.push({ name, value, document: row.id });
      }
    }
    return {
      ...summary,
      names: names.map((row) => ({ name: row.name, count: Number(row.count) })),
      merged: members.filter((member) => member !== canonical),
      attributes,
      document_list: [...documentList.values()],
      said,
      said_about: saidAbout,
      events,
    };
  }

  // -------------------------------------------------------------------------------------------
  // documents

  private async correctionsOf(executor: SqlExecutor, hash: string): Promise<Correction[]> {
    const rows = await executor.all<CorrectionRow>(
      'SELECT * FROM corrections WHERE content_hash = ? ORDER BY created_at, id',
      [hash],
    );
    return rows.map(correctionFromRow);
  }

  private async storedDocument(row: DocumentRow): Promise<StoredDocument> {
    const original = parseJson<ExtractDocument | null>(row.document, null);
    if (original === null) throw new StoreError('unavailable', `document ${row.id} is damaged in the store`);
    const linkRows = await this.db.all<{ local_id: string; entity_id: string }>(
      'SELECT local_id, entity_id FROM document_entities WHERE document_id = ?',
      [row.id],
    );
    const canonical = await this.canonical(linkRows.map((link) => link.entity_id));
    const links = new Map(
      linkRows.map((link) => [link.local_id, canonical.get(link.entity_id) ?? link.entity_id]),
    );
    const corrections = await this.correctionsOf(this.db, row.content_hash);
    const resolvedCorrections = await Promise.all(
      corrections.map(async (correction) => {
        const change = correction.change;
        if (change.kind !== 'speaker' || change.speaker === null) return correction;
        const target = (await this.canonical([change.speaker])).get(change.speaker) ?? change.speaker;
        return { ...correction, change: { ...change, speaker: target } };
      }),
    );
    const corrected = applyCorrections(original, links, resolvedCorrections).document;
    return {
      ...corrected,
      id: row.id,
      content_hash: row.content_hash,
      ingested_at: row.ingested_at,
      corrections,
    };
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const rows = await this.db.all<DocumentRow>('SELECT * FROM documents WHERE id = ?', [id]);
    if (!rows[0]) return null;
    const document = await this.storedDocument(rows[0]);
    const row = rows[0];
    // an article stored before migration 4 has no fingerprint: a story of its own
    const story = (await storyOf(this.db, id)) ?? {
      id,
      outlets: [
        {
          document: id,
          source: row.source,
          publisher: row.publisher,
          title: row.title,
          published: row.published,
        },
      ],
    };
    return { ...document, story };
  }

  async listDocuments(pageOptions?: Partial<Page>): Promise<{ total: number; documents: DocumentSummary[] }> {
    const { limit, offset } = page(pageOptions);
    const [{ total } = { total: 0 }] = await this.db.all<{ total: number }>(
      'SELECT CAST(COUNT(*) AS INTEGER) AS total FROM documents',
    );
    const rows = await this.db.all<DocumentSummary>(
      `SELECT d.id, d.source, d.title, d.publisher, d.published, d.ingested_at,
         (SELECT CAST(COUNT(*) AS INTEGER) FROM document_entities e WHERE e.document_id = d.id) AS entities,
         (SELECT CAST(COUNT(*) AS INTEGER) FROM attributions a WHERE a.document_id = d.id) AS attributions
       FROM documents d ORDER BY d.seq DESC, d.id LIMIT ? OFFSET ?`,
      [limit, offset],
    );
    return {
      total: Number(total),
      documents: rows.map((row) => ({
        ...row,
        entities: Number(row.entities),
        attributions: Number(row.attributions),
      })),
    };
  }

  async *exportDocuments(): AsyncIterable<StoredDocument> {
    let lastSeq = -1;
    for (;;) {
      const rows = await this.db.all<DocumentRow & { seq: number }>(
        'SELECT * FROM documents WHERE seq > ? ORDER BY seq, id LIMIT 100',
        [lastSeq],
      );
      if (rows.length === 0) return;
      for (const row of rows) yield await this.storedDocument(row);
      lastSeq = Number((rows[rows.length - 1] as { seq: number }).seq);
    }
  }

  async count(): Promise<{ documents: number; entities: number; attributions: number }> {
    const [row] = await this.db.all<{ documents: number; entities: number; attributions: number }>(
      `SELECT (SELECT CAST(COUNT(*) AS INTEGER) FROM documents) AS documents,
              (SELECT CAST(COUNT(*) AS INTEGER) FROM entities WHERE merged_into IS NULL) AS entities,
              (SELECT CAST(COUNT(*) AS INTEGER) FROM attributions) AS attributions`,
    );
    return {
      documents: Number(row?.documents ?? 0),
      entities: Number(row?.entities ?? 0),
      attributions: Number(row?.attributions ?? 0),
    };
  }

  // -------------------------------------------------------------------------------------------
  // search and views

  async search(query: string, pageOptions?: Partial<Page>): Promise<SearchResult[]> {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const { limit, offset } = page(pageOptions, 20);
    const { sql, params } = this.db.dialect.searchSql(terms, limit, offset);
    const hits = await this.db.all<{
      document_id: string;
      kind: string;
      ref: string | null;
      title: string;
      body: string;
    }>(sql, params);
    const documentIds = [...new Set(hits.map((hit) => hit.document_id))];
    const documents = await this.db.all<{ id: string; title: string | null; published: string | null }>(
      `SELECT id, title, published FROM documents WHERE id IN ${placeholders(documentIds.length)}`,
      inValues(documentIds),
    );
    const byId = new Map(documents.map((row) => [row.id, row]));
    const speakers = await this.speakersOf(
      hits.filter((hit) => hit.kind === 'attribution').map((hit) => [hit.document_id, hit.ref ?? '']),
    );
    const snippet = snippetMaker(terms);
    return hits.map((hit) => {
      const document = byId.get(hit.document_id);
      const kind = hit.kind === 'attribution' ? 'attribution' : 'document';
      return {
        document: hit.document_id,
        title: document?.title ?? null,
        published: document?.published ?? null,
        kind,
        attribution: kind === 'attribution' ? hit.ref : null,
        speakers: speakers.get(`${hit.document_id}\u0000${hit.ref}`) ?? [],
        ...snippet(hit.body),
      };
    });
  }

  /** Speakers (canonical entity references) of the given (document, attribution) pairs. */
  private async speakersOf(
    pairs: readonly (readonly [string, string])[],
  ): Promise<Map<string, EntityReference[]>> {
    const result = new Map<string, EntityReference[]>();
    if (pairs.length === 0) return result;
    // only the pairs asked for, by the (document, attribution) index: a search hit's article may
    // have hundreds of attributions whose speakers are not needed
    const unique = [...new Map(pairs.map((pair) => [`${pair[0]}\u0000${pair[1]}`, pair])).values()];
    const relevant: { document_id: string; attribution_id: string; entity_id: string }[] = [];
    for (let first = 0; first < unique.length; first += 200) {
      const chunk = unique.slice(first, first + 200);
      relevant.push(
        ...(await this.db.all<{ document_id: string; attribution_id: string; entity_id: string }>(
          `SELECT document_id, attribution_id, entity_id FROM attribution_speakers
           WHERE (document_id, attribution_id) IN (VALUES ${chunk.map(() => '(?, ?)').join(', ')})`,
          chunk.flat(),
        )),
      );
    }
    const references = await this.references(relevant.map((row) => row.entity_id));
    for (const row of relevant) {
      const key = `${row.document_id}\u0000${row.attribution_id}`;
      const reference = references.get(row.entity_id);
      if (!reference) continue;
      const list = result.get(key) ?? [];
      if (!list.some((entry) => entry.id === reference.id)) list.push(reference);
      result.set(key, list);
    }
    return result;
  }

  private async attributionViews(rows: readonly AttributionRow[]): Promise<AttributionView[]> {
    const pairs = rows.map((row) => [row.document_id, row.local_id] as const);
    const speakers = await this.speakersOf(pairs);
    const documentIds = [...new Set(rows.map((row) => row.document_id))];
    const topics = new Map<string, string[]>();
    if (documentIds.length > 0) {
      const claimRows = await this.db.all<{ document_id: string; attribution: string; topic: string }>(
        `SELECT document_id, attribution, topic FROM claims WHERE document_id IN ${placeholders(documentIds.length)} ORDER BY local_id`,
        documentIds,
      );
      for (const row of claimRows) {
        const key = `${row.document_id}\u0000${row.attribution}`;
        const list = topics.get(key) ?? [];
        if (!list.includes(row.topic)) list.push(row.topic);
        topics.set(key, list);
      }
    }
    return rows.map((row) => {
      const key = `${row.document_id}\u0000${row.local_id}`;
      return {
        document: row.document_id,
        title: row.title,
        published: row.published,
        attribution: row.local_id,
        kind: row.kind,
        stance: row.stance,
        speakers: speakers.get(key) ?? [],
        source: row.source_text,
        cue: row.cue_text,
        content: row.content_text,
        topics: topics.get(key) ?? [],
        corrected: Number(row.corrected) === 1,
      };
    });
  }

  async attributions(filter: AttributionFilter = {}): Promise<AttributionView[]> {
    if (filter.speaker === undefined) return this.queryAttributions(filter, null);
    const group = await this.members(filter.speaker);
    return group === null ? [] : this.queryAttributions(filter, group);
  }

  /** Attributions matching `filter`; the speaker's group is resolved by the caller. */
  private async queryAttributions(
    filter: AttributionFilter,
    group: { canonical: string; members: string[] } | null,
  ): Promise<AttributionView[]> {
    const { limit, offset } = page(filter);
    if (group !== null) return this.querySpeakerAttributions(filter, group.members, limit, offset);
    // a topic selects few rows: it drives the query (a join on the matching ids) rather than a
    // test on every attribution
    const joins: string[] = [];
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    if (filter.topic !== undefined) {
      joins.push(
        `JOIN (SELECT DISTINCT document_id, attribution FROM claims WHERE topic = ?) c
           ON c.document_id = a.document_id AND c.attribution = a.local_id`,
      );
      params.push(filter.topic);
    }
    if (filter.stance !== undefined) {
      conditions.push('a.stance = ?');
      params.push(filter.stance);
    }
    if (filter.document !== undefined) {
      conditions.push('a.document_id = ?');
      params.push(filter.document);
    }
    // two steps: the page's keys in order (read from covering indexes), then the page's rows
    return this.attributionPage(
      `SELECT a.document_id, a.local_id AS attribution_id, a.position, ds.seq AS document_seq
       FROM attributions a ${joins.join(' ')} JOIN documents ds ON ds.id = a.document_id
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY ds.seq, a.document_id, a.position LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
  }

  /**
   * The attributions whose keys `keys` selects, in its order: `keys` is a query giving one page of
   * (document_id, attribution_id, position, document_seq) rows, read from covering indexes.
   */
  private async attributionPage(keys: string, params: readonly SqlValue[]): Promise<AttributionView[]> {
    const rows = await this.db.all<AttributionRow>(
      `SELECT a.document_id, a.local_id, a.kind, a.stance, a.source_text, a.cue_text, a.content_text, a.corrected,
              d.title, d.published
       FROM (${keys}) k
       JOIN attributions a ON a.document_id = k.document_id AND a.local_id = k.attribution_id
       JOIN documents d ON d.id = k.document_id
       ORDER BY k.document_seq, k.document_id, k.position`,
      params,
    );
    return this.attributionViews(rows);
  }

  /**
   * What a speaker's group said, in article order: read from the speaker rows' index
   * (entity, article order, position), so a page of a much-quoted speaker reads that page only.
   */
  private async querySpeakerAttributions(
    filter: AttributionFilter,
    members: readonly string[],
    limit: number,
    offset: number,
  ): Promise<AttributionView[]> {
    const joins: string[] = [];
    const conditions = [`s.entity_id IN ${placeholders(members.length)}`];
    const params: SqlValue[] = [...members];
    if (filter.topic !== undefined) {
      joins.push(
        `JOIN (SELECT DISTINCT document_id, attribution FROM claims WHERE topic = ?) c
           ON c.document_id = s.document_id AND c.attribution = s.attribution_id`,
      );
      params.unshift(filter.topic);
    }
    if (filter.stance !== undefined) {
      joins.push('JOIN attributions f ON f.document_id = s.document_id AND f.local_id = s.attribution_id');
      conditions.push('f.stance = ?');
      params.push(filter.stance);
    }
    if (filter.document !== undefined) {
      conditions.push('s.document_id = ?');
      params.push(filter.document);
    }
    return this.attributionPage(
      `SELECT DISTINCT s.document_seq, s.document_id, s.position, s.attribution_id
       FROM attribution_speakers s ${joins.join(' ')}
       WHERE ${conditions.join(' AND ')}
       ORDER BY s.document_seq, s.document_id, s.position LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
  }

  async events(filter: EventFilter = {}): Promise<EventView[]> {
    if (filter.entity === undefined) return this.queryEvents(filter, null);
    const group = await this.members(filter.entity);
    return group === null ? [] : this.queryEvents(filter, group);
  }

  /** Events matching `filter`; the entity's group is resolved by the caller. */
  private async queryEvents(
    filter: EventFilter,
    group: { canonical: string; members: string[] } | null,
  ): Promise<EventView[]> {
    const { limit, offset } = page(filter, 100);
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    let from = 'events e JOIN documents d ON d.id = e.document_id';
    let order = `COALESCE(e.time_value, d.published, ''), d.seq, e.document_id, e.position`;
    if (group !== null) {
      // an entity's events in date order come from its rows' index (entity, date, article
      // order, position): a page reads that page only
      from = `(SELECT DISTINCT x.time_key, x.document_seq, x.document_id, x.position, x.event_id
               FROM event_entities x WHERE x.entity_id IN ${placeholders(group.members.length)}) k
              JOIN events e ON e.document_id = k.document_id AND e.local_id = k.event_id
              JOIN documents d ON d.id = e.document_id`;
      order = 'k.time_key, k.document_seq, k.document_id, k.position';
      params.push(...group.members);
    }
    if (filter.type !== undefined) {
      conditions.push('e.type = ?');
      params.push(filter.type);
    }
    if (filter.document !== undefined) {
      conditions.push('e.document_id = ?');
      params.push(filter.document);
    }
    const rows = await this.db.all<{
      document_id: string;
      local_id: string;
      type: string | null;
      class: string | null;
      trigger_text: string;
      time_value: string | null;
      time_relation: string | null;
      attribution: string | null;
      arguments: string;
      title: string | null;
      published: string | null;
    }>(
      `SELECT e.document_id, e.local_id, e.type, e.class, e.trigger_text, e.time_value, e.time_relation, e.attribution,
              e.arguments, d.title, d.published
       FROM ${from}
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    const parsed = rows.map((row) => ({
      row,
      arguments: parseJson<{ role: string; text: string | null; entity: string | null }[]>(row.arguments, []),
    }));
    const references = await this.references(
      parsed.flatMap((entry) =>
        entry.arguments.map((argument) => argument.entity).filter((id): id is string => id !== null),
      ),
    );
    return parsed.map(({ row, arguments: argumentList }) => ({
      document: row.document_id,
      title: row.title,
      published: row.published,
      event: row.local_id,
      type: row.type,
      class: row.class,
      trigger: row.trigger_text,
      date: row.time_value ?? row.published,
      time: row.time_value === null ? null : { value: row.time_value, relation: row.time_relation },
      arguments: argumentList.map((argument) => ({
        role: argument.role,
        text: argument.text,
        entity: argument.entity === null ? null : (references.get(argument.entity) ?? null),
      })),
      attribution: row.attribution,
    }));
  }

  async contradictions(pageOptions?: Partial<Page>): Promise<ContradictionView[]> {
    const { limit, offset } = page(pageOptions);
    const inDocument = await this.db.all<{
      document_id: string;
      local_id: string;
      topic: string;
      kind: string;
      a: string;
      b: string;
      evidence: string | null;
    }>(
      'SELECT c.* FROM contradictions c JOIN documents d ON d.id = c.document_id ORDER BY d.seq, c.document_id, c.local_id',
    );
    // across articles: the claims of topics that two articles or more answer, compared as
    // `claimgraph corpus` compares them (stored-claim-conflicts.ts)
    const claimRows = await this.db.all<StoredClaimRow & { attribution: string }>(
      `SELECT c.document_id, c.attribution, c.topic, c.polarity, c.claim, d.published, a.source_text, a.anonymous
       FROM claims c JOIN documents d ON d.id = c.document_id
       LEFT JOIN attributions a ON a.document_id = c.document_id AND a.local_id = c.attribution
       WHERE c.topic IN (SELECT topic FROM claims GROUP BY topic HAVING COUNT(DISTINCT document_id) > 1)
       ORDER BY d.seq, c.document_id, c.local_id LIMIT 5000`,
    );
    const claimDocuments = [...new Set(claimRows.map((row) => row.document_id))];
    const corpusEntity = new Map<string, string>();
    const speakerEntities = new Map<string, string[]>();
    for (let first = 0; first < claimDocuments.length; first += 200) {
      const chunk = claimDocuments.slice(first, first + 200);
      for (const row of await this.db.all<{ document_id: string; local_id: string; entity_id: string }>(
        `SELECT document_id, local_id, entity_id FROM document_entities WHERE document_id IN ${placeholders(chunk.length)}`,
        chunk,
      ))
        corpusEntity.set(`${row.document_id}\u0000${row.local_id}`, row.entity_id);
      for (const row of await this.db.all<{ document_id: string; attribution_id: string; entity_id: string }>(
        `SELECT document_id, attribution_id, entity_id FROM attribution_speakers WHERE document_id IN ${placeholders(chunk.length)}`,
        chunk,
      )) {
        const key = `${row.document_id}\u0000${row.attribution_id}`;
        speakerEntities.set(key, [...(speakerEntities.get(key) ?? []), row.entity_id]);
      }
    }
    const crossConflicts = storedClaimConflicts(claimRows, corpusEntity, speakerEntities);
    const pairs: [string, string][] = [];
    for (const row of inDocument) {
      for (const id of [...parseJson<string[]>(row.a, []), ...parseJson<string[]>(row.b, [])])
        pairs.push([row.document_id, id]);
    }
    for (const conflict of crossConflicts) pairs.push(...conflict.a, ...conflict.b);
    const sides = await this.sidesOf(pairs);
    const side = (document: string, attribution: string): ContradictionSide[] => {
      const found = sides.get(`${document}\u0000${attribution}`);
      return found ? [found] : [];
    };
    const result: ContradictionView[] = inDocument.map((row) => {
      const evidence = parseJson<{ start: number; end: number; text: string } | null>(row.evidence, null);
      return {
        id: `${row.document_id}:${row.local_id}`,
        topic: row.topic,
        kind: row.kind,
        scope: 'document',
        a: parseJson<string[]>(row.a, []).flatMap((id) => side(row.document_id, id)),
        b: parseJson<string[]>(row.b, []).flatMap((id) => side(row.document_id, id)),
        evidence: evidence
          ? { document: row.document_id, start: evidence.start, end: evidence.end, text: evidence.text }
          : null,
      };
    });
    const topicsSeen = new Map<string, number>();
    for (const conflict of crossConflicts) {
      const seen = topicsSeen.get(conflict.topic) ?? 0;
      topicsSeen.set(conflict.topic, seen + 1);
      result.push({
        id: seen === 0 ? `topic:${conflict.topic}` : `topic:${conflict.topic}:${seen + 1}`,
        topic: conflict.topic,
        kind: conflict.kind,
        scope: 'corpus',
        a: conflict.a.flatMap(([document, attribution]) => side(document, attribution)),
        b: conflict.b.flatMap(([document, attribution]) => side(document, attribution)),
        evidence: null,
      });
    }
    return result.slice(offset, offset + limit);
  }

  async claimsBoard(filter: ClaimsBoardFilter = {}): Promise<ClaimTopicView[]> {
    const { limit, offset } = page(filter, 20);
    // the questions two statements or more answer, or that a contradiction is about
    const counted = await this.db.all<{ topic: string; documents: number; statements: number }>(
      `SELECT topic, CAST(COUNT(DISTINCT document_id) AS INTEGER) AS documents,
              CAST(COUNT(DISTINCT document_id || ':' || attribution) AS INTEGER) AS statements
       FROM claims ${filter.topic === undefined ? '' : 'WHERE topic = ?'} GROUP BY topic`,
      filter.topic === undefined ? [] : [filter.topic],
    );
    // "how many were injured" joins "how many were injured at Carvale", as `claimgraph corpus` joins them
    const joins = placeJoins(counted.map((row) => row.topic));
    const merged = new Map<string, { topic: string; documents: number; statements: number }>();
    for (const row of counted) {
      const topic = joins.get(row.topic) ?? row.topic;
      const known = merged.get(topic);
      merged.set(topic, {
        topic,
        documents: Number(known?.documents ?? 0) + Number(row.documents),
        statements: Number(known?.statements ?? 0) + Number(row.statements),
      });
    }
    const stats = [...merged.values()];
    const contradictions = (await this.contradictions({ limit: MAX_PAGE })).filter(
      (conflict) => filter.topic === undefined || conflict.topic === filter.topic,
    );
    const disputed = new Map<string, number>();
    for (const conflict of contradictions)
      disputed.set(conflict.topic, (disputed.get(conflict.topic) ?? 0) + 1);
    // a conflict whose topic no stored claim carries still gets a place on the board
    const claimed = new Set(stats.map((row) => row.topic));
    const unclaimed = [...disputed.keys()]
      .filter((topic) => !claimed.has(topic))
      .map((topic) => ({ topic, documents: 0, statements: 0 }));
    const chosen = [...stats, ...unclaimed]
      .filter((row) => Number(row.statements) > 1 || disputed.has(row.topic))
      .sort(
        (a, b) =>
          (disputed.get(b.topic) ?? 0) - (disputed.get(a.topic) ?? 0) ||
          Number(b.documents) - Number(a.documents) ||
          Number(b.statements) - Number(a.statements) ||
          a.topic.localeCompare(b.topic),
      )
      .slice(offset, offset + limit)
      .map((row) => row.topic);
    if (chosen.length === 0) return [];
    const asked = [
      ...chosen,
      ...[...joins].filter(([, placed]) => chosen.includes(placed)).map(([bare]) => bare),
    ];
    const stored = await this.db.all<BoardClaimRow>(
      `SELECT c.document_id, c.local_id, c.attribution, c.topic, c.polarity, c.claim, d.publisher, d.seq,
              COALESCE(f.story_id, c.document_id) AS story
       FROM claims c JOIN documents d ON d.id = c.document_id
       LEFT JOIN document_fingerprints f ON f.document_id = c.document_id
       WHERE c.topic IN ${placeholders(asked.length)}
       ORDER BY d.seq, c.document_id, c.local_id LIMIT 5000`,
      asked,
    );
    const rows = stored.map((row) => {
      const topic = joins.get(row.topic);
      return topic === undefined ? row : { ...row, topic };
    });
    const sides = await this.sidesOf(
      rows.map((row) => [row.document_id, row.attribution] as [string, string]),
    );
    const board = claimsBoard(
      rows.map((row) => ({ ...row, seq: Number(row.seq) })),
      sides,
      contradictions,
    );
    for (const topic of chosen)
      if (disputed.has(topic) && !board.some((entry) => entry.topic === topic))
        board.push({
          topic,
          documents: 0,
          claims: 0,
          sides: [],
          contradictions: contradictions.filter((conflict) => conflict.topic === topic),
        });
    // in the order chosen above
    const rank = new Map(chosen.map((topic, index) => [topic, index]));
    return board.sort((a, b) => (rank.get(a.topic) ?? 0) - (rank.get(b.topic) ?? 0));
  }

  async speakerFigures(id: string, options: FiguresOptions = {}): Promise<SourceFiguresView | null> {
    const group = await this.members(id);
    if (group === null) return null;
    const reference = (await this.references([group.canonical])).get(group.canonical);
    if (reference === undefined) return null;
    const rows = await this.db.all<FigureRow>(
      `SELECT s.document_id, s.attribution_id AS attribution, COALESCE(f.story_id, s.document_id) AS story,
              d.published, d.publisher, a.stance, a.hedged, a.content_text, c.topic, c.claim
       FROM attribution_speakers s
       JOIN attributions a ON a.document_id = s.document_id AND a.local_id = s.attribution_id
       JOIN documents d ON d.id = s.document_id
       LEFT JOIN document_fingerprints f ON f.document_id = s.document_id
       LEFT JOIN claims c ON c.document_id = s.document_id AND c.attribution = s.attribution_id
       WHERE s.entity_id IN ${placeholders(group.members.length)}
       LIMIT ${FIGURE_ROWS}`,
      group.members,
    );
    return {
      subject: { kind: 'speaker', id: reference.id, name: reference.name, type: reference.type },
      topic_source: 'claims',
      truncated: rows.length >= FIGURE_ROWS,
      ...sourceFigures(rows, { bucket: options.bucket ?? 'week', from: options.from, to: options.to }),
    };
  }

  async outletFigures(outlet: string, options: FiguresOptions = {}): Promise<SourceFiguresView | null> {
    const [known] = await this.db.all<{ n: number }>(
      'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM documents WHERE publisher = ?',
      [outlet],
    );
    if (known === undefined || Number(known.n) === 0) return null;
    const rows = await this.db.all<FigureRow>(
      `SELECT a.document_id, a.local_id AS attribution, COALESCE(f.story_id, a.document_id) AS story,
              d.published, d.publisher, a.stance, a.hedged, a.content_text, c.topic, c.claim
       FROM documents d
       JOIN attributions a ON a.document_id = d.id
       LEFT JOIN document_fingerprints f ON f.document_id = d.id
       LEFT JOIN claims c ON c.document_id = a.document_id AND c.attribution = a.local_id
       WHERE d.publisher = ?
       LIMIT ${FIGURE_ROWS}`,
      [outlet],
    );
    return {
      subject: { kind: 'outlet', name: outlet },
      topic_source: 'claims',
      truncated: rows.length >= FIGURE_ROWS,
      ...sourceFigures(rows, { bucket: options.bucket ?? 'week', from: options.from, to: options.to }),
    };
  }

  async outlets(filter: Partial<Page> & { readonly name?: string } = {}): Promise<OutletSummary[]> {
    const { limit, offset } = page(filter);
    const name = filter.name?.trim() ?? '';
    const rows = await this.db.all<OutletSummary>(
      `SELECT d.publisher AS outlet, CAST(COUNT(*) AS INTEGER) AS documents,
              CAST(COUNT(DISTINCT COALESCE(f.story_id, d.id)) AS INTEGER) AS stories,
              MIN(d.published) AS first, MAX(d.published) AS last
       FROM documents d LEFT JOIN document_fingerprints f ON f.document_id = d.id
       WHERE d.publisher IS NOT NULL ${name === '' ? '' : 'AND LOWER(d.publisher) LIKE ?'}
       GROUP BY d.publisher ORDER BY documents DESC, outlet LIMIT ? OFFSET ?`,
      [...(name === '' ? [] : [`%${name.toLowerCase()}%`]), limit, offset],
    );
    return rows.map((row) => ({ ...row, documents: Number(row.documents), stories: Number(row.stories) }));
  }

  private async sidesOf(pairs: readonly [string, string][]): Promise<Map<string, ContradictionSide>> {
    const result = new Map<string, ContradictionSide>();
    const documentIds = [...new Set(pairs.map(([document]) => document))];
    const wanted = new Set(pairs.map(([document, attribution]) => `${document}\u0000${attribution}`));
    for (let first = 0; first < documentIds.length; first += 200) {
      const chunk = documentIds.slice(first, first + 200);
      const rows = await this.db.all<AttributionRow>(
        `SELECT a.document_id, a.local_id, a.kind, a.stance, a.source_text, a.cue_text, a.content_text, a.corrected,
                d.title, d.published
         FROM attributions a JOIN documents d ON d.id = a.document_id WHERE a.document_id IN ${placeholders(chunk.length)}`,
        chunk,
      );
      const views = await this.attributionViews(
        rows.filter((row) => wanted.has(`${row.document_id}\u0000${row.local_id}`)),
      );
      for (const view of views) {
        result.set(`${view.document}\u0000${view.attribution}`, {
          document: view.document,
          title: view.title,
          published: view.published,
          attribution: view.attribution,
          speakers: view.speakers,
          source: view.source,
          content: view.content,
          stance: view.stance,
        });
      }
    }
    return result;
  }

  async graph(options: { limit?: number } = {}): Promise<GraphView> {
    const limit = Math.min(1_000_000, Math.max(1, Math.floor(options.limit ?? 100)));
    const mentionRows = await this.db.all<{ source: string; target: string; weight: number }>(
      `SELECT s.entity_id AS source, m.entity_id AS target, CAST(COUNT(*) AS INTEGER) AS weight
       FROM attribution_speakers s JOIN attribution_mentions m
         ON m.document_id = s.document_id AND m.attribution_id = s.attribution_id
       GROUP BY s.entity_id, m.entity_id`,
    );
    const quoteRows = await this.db.all<{ source: string; target: string; weight: number }>(
      `SELECT p.entity_id AS source, s.entity_id AS target, CAST(COUNT(*) AS INTEGER) AS weight
       FROM attributions a
       JOIN attribution_speakers s ON s.document_id = a.document_id AND s.attribution_id = a.local_id
       JOIN attribution_speakers p ON p.document_id = a.document_id AND p.attribution_id = a.parent
       WHERE a.parent IS NOT NULL GROUP BY p.entity_id, s.entity_id`,
    );
    const canonical = await this.canonical(
      [...mentionRows, ...quoteRows].flatMap((row) => [row.source, row.target]),
    );
    const edges = new Map<
      string,
      { source: string; target: string; kind: 'quotes' | 'mentions'; weight: number }
    >();
    const add = (rows: typeof mentionRows, kind: 'quotes' | 'mentions'): void => {
      for (const row of rows) {
        const source = canonical.get(row.source) ?? row.source;
        const target = canonical.get(row.target) ?? row.target;
        if (source === target) continue;
        const key = `${kind}\u0000${source}\u0000${target}`;
        const edge = edges.get(key) ?? { source, target, kind, weight: 0 };
        edge.weight += Number(row.weight);
        edges.set(key, edge);
      }
    };
    add(quoteRows, 'quotes');
    add(mentionRows, 'mentions');
    const nodeWeight = new Map<string, number>();
    for (const edge of edges.values()) {
      nodeWeight.set(edge.source, (nodeWeight.get(edge.source) ?? 0) + edge.weight);
      nodeWeight.set(edge.target, (nodeWeight.get(edge.target) ?? 0) + edge.weight);
    }
    const chosen = [...nodeWeight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
    const chosenIds = new Set(chosen.map(([id]) => id));
    const summaries = new Map((await this.summaries([...chosenIds])).map((summary) => [summary.id, summary]));
    return {
      nodes: chosen.flatMap(([id, weight]) => {
        const summary = summaries.get(id);
        return summary
          ? [{ id, name: summary.name, type: summary.type, documents: summary.documents, weight }]
          : [];
      }),
      edges: [...edges.values()]
        .filter(
          (edge) =>
            chosenIds.has(edge.source) &&
            chosenIds.has(edge.target) &&
            summaries.has(edge.source) &&
            summaries.has(edge.target),
        )
        .sort(
          (a, b) =>
            b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
        ),
    };
  }

  // -------------------------------------------------------------------------------------------
  // corrections

  async addCorrection(input: CorrectionInput): Promise<Correction> {
    const change = input.change;
    const id = `c${randomUUID().replace(/-/g, '').slice(0, 15)}`;
    const createdAt = new Date().toISOString();
    let contentHash: string | null = null;
    let anchor: Correction['anchor'] = null;
    let before: ExtractAttribution | null = null;
    if (change.kind === 'merge') {
      const entity = await this.members(change.entity);
      const into = await this.members(change.into);
      if (entity === null) throw new StoreError('not-found', `no entity ${change.entity}`);
      if (into === null) throw new StoreError('not-found', `no entity ${change.into}`);
      if (entity.canonical === into.canonical)
        throw new StoreError('invalid', 'the two entities are already one');
    } else {
      const rows = await this.db.all<DocumentRow>('SELECT * FROM documents WHERE id = ?', [change.document]);
      const row = rows[0];
      if (row === undefined) throw new StoreError('not-found', `no document ${change.document}`);
      const original = parseJson<ExtractDocument | null>(row.document, null);
      const extracted = original?.attributions.find((attribution) => attribution.id === change.attribution);
      const current = await this.storedDocument(row);
      if (extracted === undefined || original === null) {
        throw new StoreError(
          'not-found',
          `document ${change.document} has no attribution ${change.attribution}`,
        );
      }
      if (!current.attributions.some((attribution) => attribution.id === change.attribution)) {
        throw new StoreError(
          'invalid',
          `attribution ${change.attribution} is already marked as not an attribution`,
        );
      }
      if (
        change.kind === 'speaker' &&
        change.speaker !== null &&
        (await this.members(change.speaker)) === null
      ) {
        throw new StoreError('not-found', `no entity ${change.speaker}`);
      }
      if (change.kind === 'content') {
        if (change.content.length === 0) throw new StoreError('invalid', 'content needs at least one span');
        for (const span of change.content) {
          if (!(
            Number.isInteger(span.start) &&
            Number.isInteger(span.end) &&
            0 <= span.start &&
            span.start < span.end &&
            span.end <= original.text.length
          )) {
            throw new StoreError(
              'invalid',
              `span {${span.start}, ${span.end}} is not inside the text (0–${original.text.length})`,
            );
          }
        }
      }
      contentHash = row.content_hash;
      anchor = anchorOf(extracted);
      before = extracted;
    }
    const correction: Correction = {
      id,
      change,
      content_hash: contentHash,
      anchor,
      before,
      author: input.author ?? null,
      note: input.note ?? null,
      created_at: createdAt,
    };
    await this.db.transaction(async (tx) => {
      await tx.run(
        'INSERT INTO corrections (id, content_hash, kind, correction, author, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [id, contentHash, change.kind, JSON.stringify(correction), correction.author, createdAt],
      );
      if (change.kind === 'merge') await this.applyMerges(tx);
      else await this.reindexByHash(tx, contentHash as string);
    });
    return correction;
  }

  async listCorrections(filter: { document?: string } = {}): Promise<Correction[]> {
    if (filter.document !== undefined) {
      const rows = await this.db.all<{ content_hash: string }>(
        'SELECT content_hash FROM documents WHERE id = ?',
        [filter.document],
      );
      if (rows[0] === undefined) throw new StoreError('not-found', `no document ${filter.document}`);
      return this.correctionsOf(this.db, rows[0].content_hash);
    }
    const rows = await this.db.all<CorrectionRow>('SELECT * FROM corrections ORDER BY created_at, id');
    return rows.map(correctionFromRow);
  }

  async deleteCorrection(id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<CorrectionRow>('SELECT * FROM corrections WHERE id = ?', [id]);
      const row = rows[0];
      if (row === undefined) return false;
      await tx.run('DELETE FROM corrections WHERE id = ?', [id]);
      if (row.kind === 'merge') await this.applyMerges(tx);
      else if (row.content_hash !== null) await this.reindexByHash(tx, row.content_hash);
      return true;
    });
  }

  private async reindexByHash(tx: SqlExecutor, hash: string): Promise<void> {
    const rows = await tx.all<DocumentRow>('SELECT * FROM documents WHERE content_hash = ?', [hash]);
    const row = rows[0];
    if (row === undefined) return;
    const document = parseJson<ExtractDocument | null>(row.document, null);
    if (document !== null) await this.indexDocument(tx, row.id, hash, document);
  }

  /** Recomputes `entities.merged_into` from every merge correction, in the order they were made. */
  private async applyMerges(tx: SqlExecutor): Promise<void> {
    await tx.run('UPDATE entities SET merged_into = NULL WHERE merged_into IS NOT NULL');
    const merges = await tx.all<CorrectionRow>(
      "SELECT * FROM corrections WHERE kind = 'merge' ORDER BY created_at, id",
    );
    const target = new Map<string, string>();
    const resolve = (id: string): string => {
      let current = id;
      for (let step = 0; step < 1000 && target.has(current); step++) current = target.get(current) as string;
      return current;
    };
    for (const row of merges) {
      const change = correctionFromRow(row).change;
      if (change.kind !== 'merge') continue;
      const from = resolve(change.entity);
      const into = resolve(change.into);
      if (from !== into) target.set(from, into);
    }
    for (const id of target.keys()) {
      await tx.run('UPDATE entities SET merged_into = ? WHERE id = ?', [resolve(id), id]);
    }
  }
}

function correctionFromRow(row: CorrectionRow): Correction {
  return JSON.parse(row.correction) as Correction;
}

/** Most parameters in one statement (SQLite allows 32,766, PostgreSQL 65,535). */
const PARAMETERS_PER_INSERT = 30_000;

async function insertRows(tx: SqlExecutor, table: string, rows: readonly Row[], suffix = ''): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns.length));
  for (let start = 0; start < rows.length; start += perInsert) {
    const chunk = rows.slice(start, start + perInsert);
    const values: SqlValue[] = [];
    for (const row of chunk) for (const column of columns) values.push(row[column] ?? null);
    await tx.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => placeholders(columns.length)).join(', ')}${suffix}`,
      values,
    );
  }
}
