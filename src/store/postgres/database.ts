import pg from 'pg';
import { COMMON_SCHEMA_V1, ENTITY_ORDER_V3, INDEXES_V2, SOURCES_V4 } from '../schema.js';
import type { Dialect, SqlDatabase, SqlExecutor, SqlValue } from '../sql.js';
import { numberPlaceholders } from '../sql.js';

/** PostgreSQL through `pg` (a pool of connections), full-text search on a stored tsvector (GIN index). */
export const POSTGRES_DIALECT: Dialect = {
  name: 'postgres',
  migrations: [
    {
      version: 1,
      name: 'documents, entities, attributions, events, claims, corrections, full-text index',
      statements: [
        ...COMMON_SCHEMA_V1,
        `CREATE TABLE search_index (
          document_id TEXT NOT NULL,
          kind TEXT NOT NULL,
          ref TEXT,
          title TEXT NOT NULL,
          body TEXT NOT NULL,
          vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', left(title, 2000)), 'A') ||
            setweight(to_tsvector('english', left(body, 400000)), 'B')
          ) STORED
        )`,
        `CREATE INDEX search_index_vector ON search_index USING GIN (vector)`,
        `CREATE INDEX search_index_document ON search_index (document_id)`,
      ],
    },
    {
      version: 2,
      name: 'covering indexes for attribution pages in document order',
      statements: INDEXES_V2,
    },
    {
      version: 3,
      name: 'entity rows in article order, so a dossier reads its first page from an index',
      statements: ENTITY_ORDER_V3,
    },
    {
      version: 4,
      name: 'feeds seen by watch; article fingerprints and stories (near-duplicates)',
      statements: SOURCES_V4,
    },
  ],
  searchRowIds: false,
  searchSql(terms, limit, offset) {
    // plainto_tsquery reads the words as words: no tsquery syntax reaches the parser
    return {
      sql: `SELECT document_id, kind, ref, title, body FROM search_index, plainto_tsquery('english', ?) query
            WHERE vector @@ query ORDER BY ts_rank(vector, query, 1) DESC, document_id LIMIT ? OFFSET ?`,
      params: [terms.join(' '), limit, offset],
    };
  },
};

function executorOf(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(numberPlaceholders(sql), [...params])).rows as T[],
    run: async (sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(numberPlaceholders(sql), [...params])).rowCount ?? 0,
  };
}

export function openPostgres(connectionString: string): SqlDatabase {
  const pool = new pg.Pool({ connectionString, max: 8 });
  // a client that loses its connection (a server restart) must not crash the process: idle ones
  // report to the pool; checked-out ones (between two queries of a transaction) to their own
  // listener, while the query in flight fails with the reason
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const executor = executorOf(pool);
  return {
    dialect: POSTGRES_DIALECT,
    ...executor,
    transaction: async <T>(work: (executor: SqlExecutor) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work(executorOf(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
