import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import {
  createTestDatabase,
  dropTestDatabase,
  postgresSkipReason,
} from '../../src/store/postgres/test-database.js';
import { CAPITAL, fixtureDocument, fixtureHash, HARBOUR, UNION } from '../../src/store/test-fixtures.js';
import {
  articleTables,
  batchStatements,
  cloneColumnExpression,
  cloneEntityId,
  cloneIdentity,
  cloneStatement,
  groupSuffix,
  planBatches,
  publishedOfSeq,
  snapshotStatements,
  TAIL_GROUP,
  tailGroupOf,
} from './scale-clone.js';

describe('scale bench: clone identities', () => {
  it('gives each copy of an article its own 16-digit id and 64-digit content hash, the same every time', () => {
    const one = cloneIdentity('0123456789abcdef', 1);
    assert.match(one.id, /^[0-9a-f]{16}$/);
    assert.match(one.contentHash, /^[0-9a-f]{64}$/);
    assert.equal(one.contentHash.slice(0, 16), one.id);
    assert.deepEqual(cloneIdentity('0123456789abcdef', 1), one);
    assert.notEqual(cloneIdentity('0123456789abcdef', 2).id, one.id);
    assert.notEqual(cloneIdentity('0123456789abcdee', 1).id, one.id);
  });

  it('keeps a tail entity for TAIL_GROUP copies, then gives it a new id and a name suffix of letters', () => {
    assert.equal(tailGroupOf(TAIL_GROUP - 1), 0);
    assert.equal(tailGroupOf(TAIL_GROUP), 1);
    assert.equal(cloneEntityId('e0123456789abcde', 0), 'e0123456789abcde');
    assert.match(cloneEntityId('e0123456789abcde', 3), /^e[0-9a-f]{15}$/);
    assert.notEqual(cloneEntityId('e0123456789abcde', 3), cloneEntityId('e0123456789abcde', 4));
    assert.equal(groupSuffix(12), 'Wr');
    assert.match(groupSuffix(9071), /^[A-Z][a-z]+$/);
  });

  it('dates articles in ingest order, ARTICLES_PER_DAY a day from 2015-01-01', () => {
    assert.equal(publishedOfSeq(0), '2015-01-01');
    assert.equal(publishedOfSeq(299), '2015-01-01');
    assert.equal(publishedOfSeq(300), '2015-01-02');
    assert.equal(publishedOfSeq(1_000_000), '2024-02-16');
  });
});

describe('scale bench: clone statements', () => {
  it('rewrites the article id, ingest order, entity, story, band and date columns, and copies the rest', () => {
    assert.equal(cloneColumnExpression('attributions', 'document_id'), 'b.new_id');
    assert.equal(cloneColumnExpression('attribution_speakers', 'document_seq'), 'b.new_seq');
    assert.match(cloneColumnExpression('document_entities', 'entity_id'), /scale_heads/);
    assert.match(cloneColumnExpression('document_fingerprints', 'story_id'), /md5\(s\.story_id/);
    assert.match(cloneColumnExpression('fingerprint_bands', 'band_key'), /'~'/);
    assert.match(cloneColumnExpression('event_entities', 'time_key'), /new_published/);
    assert.equal(cloneColumnExpression('attributions', 'content_text'), 's.content_text');
    assert.equal(cloneColumnExpression('documents', 'id'), 'b.new_id');
    assert.equal(cloneColumnExpression('documents', 'document'), 's.document');
  });

  it('leaves generated columns to the database', () => {
    const sql = cloneStatement({
      name: 'search_index',
      columns: [
        { name: 'document_id', generated: false },
        { name: 'body', generated: false },
        { name: 'vector', generated: true },
      ],
    });
    assert.match(sql, /^INSERT INTO search_index \(document_id, body\)/);
    assert.doesNotMatch(sql, /vector/);
    assert.match(sql, /FROM scale_src_search_index s JOIN scale_batch b ON b\.src_id = s\.document_id/);
  });

  it('plans batches with disjoint copies (whole tail groups) and disjoint ingest orders', () => {
    const plan = planBatches(2_500, 400, 10, 1_000, 1_000);
    assert.deepEqual(
      plan.map((batch) => [batch.firstCopy, batch.lastCopy, batch.seqBefore, batch.limit]),
      [
        [10, 19, 1_000, 1_000],
        [20, 29, 2_000, 1_000],
        [30, 39, 3_000, 500],
      ],
    );
    assert.throws(() => planBatches(10, 400, 1, 0, 10), /multiple of 10/);
  });
});

const skip = await postgresSkipReason('scale bench clone');

describe('scale bench: cloning a PostgreSQL store', { skip }, () => {
  const created: string[] = [];
  after(async () => {
    for (const name of created) await dropTestDatabase(name);
  });

  it('gives every clone the rows of its base article, consistently, and the store reads them', async () => {
    const { url, name } = await createTestDatabase('scale');
    created.push(name);
    const store = await openStore(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const article of [HARBOUR, UNION, CAPITAL]) {
        const document = fixtureDocument(article);
        await store.ingest({ contentHash: fixtureHash(document), document });
      }
      const count = async (sql: string, params: unknown[] = []): Promise<number> =>
        Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n);
      const tables = await articleTables(async (sql) => (await client.query(sql)).rows);
      assert.ok(tables.some((table) => table.name === 'search_index'));
      assert.equal(tables[0]?.name, 'documents');
      const before = new Map<string, number>();
      for (const table of tables)
        before.set(table.name, await count(`SELECT COUNT(*) AS n FROM ${table.name}`));
      for (const statement of snapshotStatements(tables, 2)) await client.query(statement);
      const maxSeq = await count('SELECT MAX(seq) AS n FROM documents');
      // two batches of 20 copies: copies 10–29, 3 base articles each
      for (const batch of planBatches(60, 3, 10, maxSeq, 30)) {
        await client.query('BEGIN');
        for (const statement of batchStatements(
          batch.firstCopy,
          batch.lastCopy,
          batch.seqBefore,
          batch.limit,
        ))
          await client.query(statement);
        for (const table of tables) await client.query(cloneStatement(table));
        await client.query('COMMIT');
      }
      for (const table of tables) {
        assert.equal(
          await count(`SELECT COUNT(*) AS n FROM ${table.name}`),
          21 * (before.get(table.name) ?? 0),
          table.name,
        );
      }
      // the identities PostgreSQL computed are the ones the TS functions give
      const base = (await client.query<{ id: string }>('SELECT id FROM scale_src_documents ORDER BY seq'))
        .rows;
      const first = base[0]?.id as string;
      const clone = cloneIdentity(first, 17);
      const row = (
        await client.query<{ content_hash: string; seq: number; published: string; source: string }>(
          'SELECT content_hash, seq, published, source FROM documents WHERE id = $1',
          [clone.id],
        )
      ).rows[0];
      assert.ok(row, 'copy 17 of the first article is stored');
      assert.equal(row.content_hash, clone.contentHash);
      assert.equal(row.published, publishedOfSeq(Number(row.seq)));
      assert.match(row.source, /#17$/);
      assert.equal(await count('SELECT COUNT(DISTINCT seq) AS n FROM documents'), 63);
      // every entity a row names exists; tail entities of group 2 have their own ids and names
      assert.equal(
        await count(
          `SELECT COUNT(*) AS n FROM (SELECT entity_id FROM document_entities UNION SELECT entity_id FROM attribution_speakers
             UNION SELECT entity_id FROM attribution_mentions UNION SELECT entity_id FROM event_entities
             UNION SELECT entity_id FROM entity_names) r WHERE entity_id NOT IN (SELECT id FROM entities)`,
        ),
        0,
      );
      const tail = (
        await client.query<{ entity_id: string }>(
          'SELECT entity_id FROM scale_src_document_entities WHERE entity_id NOT IN (SELECT entity_id FROM scale_heads) LIMIT 1',
        )
      ).rows[0]?.entity_id as string;
      const heads = await count('SELECT COUNT(*) AS n FROM scale_heads');
      assert.ok(heads > 0 && tail !== undefined, 'the fixtures have head and tail entities');
      const renamed = cloneEntityId(tail, 2);
      assert.equal(
        await count('SELECT COUNT(*) AS n FROM document_entities WHERE entity_id = $1', [renamed]),
        TAIL_GROUP,
      );
      assert.match(
        (await client.query<{ name: string }>('SELECT name FROM entities WHERE id = $1', [renamed])).rows[0]
          ?.name ?? '',
        / R$/,
      );
      // the store reads a clone like any article: the document, its search rows, a head's dossier
      const stored = await store.getDocument(clone.id);
      const original = await store.getDocument(first);
      assert.equal(stored?.attributions.length, original?.attributions.length);
      assert.equal(stored?.story?.id, clone.id);
      const head = (await client.query<{ entity_id: string }>('SELECT entity_id FROM scale_heads LIMIT 1'))
        .rows[0]?.entity_id as string;
      const dossier = await store.dossier(head);
      assert.equal(
        dossier?.documents,
        await count('SELECT COUNT(DISTINCT document_id) AS n FROM document_entities WHERE entity_id = $1', [
          head,
        ]),
      );
      assert.ok((dossier?.documents ?? 0) >= 2 * 21);
      const word = (original?.title ?? '').split(/\W+/).find((token) => token.length >= 5) as string;
      const hits = await store.search(word, { limit: 100 });
      assert.ok(hits.some((hit) => hit.document === clone.id));
      // a new article through the store links to head entities and gets its own story
      const document = fixtureDocument(HARBOUR);
      const added = await store.ingest({ contentHash: fixtureHash(document, 'scale'), document });
      assert.equal(added.created, true);
    } finally {
      await client.end();
      await store.close();
    }
  });
});
