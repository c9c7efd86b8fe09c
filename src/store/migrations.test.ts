import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openPostgres } from './postgres/database.js';
import { createTestDatabase, dropTestDatabase, postgresSkipReason } from './postgres/test-database.js';
import { SqlStore } from './repository.js';
import { ENTITY_ORDER_V3, SOURCE_FIGURES_V5_POSTGRES, SOURCE_FIGURES_V5_SQLITE } from './schema.js';
import type { SqlDatabase } from './sql.js';
import { openSqlite } from './sqlite/database.js';
import { CAPITAL, fixtureDocument, fixtureHash, HARBOUR, UNION } from './test-fixtures.js';
import type { Store } from './types.js';

// Migration 3 fills the article order into rows an earlier version wrote without it: after its
// backfill, a store answers exactly as before the order was taken away.

async function fill(store: Store): Promise<void> {
  for (const article of [HARBOUR, UNION, CAPITAL]) {
    const document = fixtureDocument(article);
    await store.ingest({ contentHash: fixtureHash(document), document });
  }
}

/** Every entity's dossier and a page of what it said: what the backfilled rows must reproduce. */
async function answers(store: Store): Promise<unknown[]> {
  const result: unknown[] = [];
  for (const name of ['Mirzoyev', 'harbour', 'union', 'Lukashenko', 'ministry']) {
    for (const entity of await store.findEntities(name)) {
      result.push(await store.dossier(entity.id));
      result.push(await store.attributions({ speaker: entity.id, limit: 2, offset: 1 }));
      result.push(await store.events({ entity: entity.id }));
    }
  }
  return result;
}

const ORDERED_TABLES = [
  'attribution_speakers',
  'attribution_mentions',
  'document_entities',
  'event_entities',
];

async function missingOrder(db: SqlDatabase): Promise<number> {
  let missing = 0;
  for (const table of ORDERED_TABLES) {
    const [row] = await db.all<{ count: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS count FROM ${table} WHERE document_seq IS NULL`,
    );
    missing += Number(row?.count ?? 0);
  }
  return missing;
}

async function backfillRestores(db: SqlDatabase): Promise<void> {
  const store = new SqlStore(db);
  try {
    await store.migrate();
    await fill(store);
    const expected = await answers(store);
    assert.ok(expected.length > 3, 'the fixtures have entities to ask about');
    assert.equal(await missingOrder(db), 0);
    // rows as version 2 wrote them: no article order, no position
    await db.run('UPDATE attribution_speakers SET document_seq = NULL, position = NULL');
    await db.run('UPDATE attribution_mentions SET document_seq = NULL, position = NULL');
    await db.run('UPDATE document_entities SET document_seq = NULL');
    await db.run('UPDATE event_entities SET time_key = NULL, document_seq = NULL, position = NULL');
    assert.ok((await missingOrder(db)) > 10);
    for (const statement of ENTITY_ORDER_V3.filter((sql) => sql.startsWith('UPDATE')))
      await db.run(statement);
    assert.equal(await missingOrder(db), 0);
    assert.deepEqual(await answers(store), expected);
  } finally {
    await store.close();
  }
}

const skip = await postgresSkipReason();

describe('migration 3: the article order of entity rows', () => {
  it('SQLite', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimgraph-migrate-'));
    try {
      await backfillRestores(openSqlite(join(folder, 'store.db')));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  const databases: string[] = [];
  after(async () => {
    for (const name of databases) await dropTestDatabase(name);
  });
  it('PostgreSQL', { skip }, async () => {
    const { url, name } = await createTestDatabase();
    databases.push(name);
    await backfillRestores(openPostgres(url));
  });
});

// Migration 5 back-fills `attributions.hedged` from the stored documents (SQL differs by dialect).
async function hedgedBackfill(db: SqlDatabase, backfill: readonly string[]): Promise<void> {
  const store = new SqlStore(db);
  try {
    await store.migrate();
    const plain = fixtureDocument(HARBOUR);
    const document = {
      ...plain,
      attributions: plain.attributions.map((attribution) =>
        attribution.id === 'a3' ? { ...attribution, hedges: ['reportedly'] } : attribution,
      ),
    };
    await store.ingest({ contentHash: fixtureHash(document), document });
    const read = async () =>
      (
        await db.all<{ local_id: string; hedged: number | null }>(
          'SELECT local_id, hedged FROM attributions ORDER BY local_id',
        )
      ).map((row) => [row.local_id, row.hedged === null ? null : Number(row.hedged)]);
    const expected = [
      ['a1', 0],
      ['a2', 0],
      ['a3', 1],
      ['a4', 0],
    ];
    assert.deepEqual(await read(), expected);
    await db.run('UPDATE attributions SET hedged = NULL');
    for (const statement of backfill.filter((sql) => sql.trim().startsWith('UPDATE')))
      await db.run(statement);
    assert.deepEqual(await read(), expected);
  } finally {
    await store.close();
  }
}

describe('migration 5: hedged attributions back-filled from the stored documents', () => {
  it('SQLite', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimgraph-migrate-'));
    try {
      await hedgedBackfill(openSqlite(join(folder, 'store.db')), SOURCE_FIGURES_V5_SQLITE);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  const databases: string[] = [];
  after(async () => {
    for (const name of databases) await dropTestDatabase(name);
  });
  it('PostgreSQL', { skip }, async () => {
    const { url, name } = await createTestDatabase();
    databases.push(name);
    await hedgedBackfill(openPostgres(url), SOURCE_FIGURES_V5_POSTGRES);
  });
});
