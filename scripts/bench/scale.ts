/**
 * `npm run bench -- scale`: where the PostgreSQL store bends, per 10× of articles (issue 14).
 *
 * 1. Extracts a few hundred real texts once, in process (BBC News and PolNeAR train, from
 *    ../shared/data or CLAIMGRAPH_DATA): BASE articles to clone, and held-out ones to add.
 * 2. Stores the base through the real store path into its own database, `claimgraph_scale_bench`
 *    (dropped and created afresh), then grows it to each size (10k, 100k, 1M) by cloning the
 *    base in SQL (scale-clone.ts: new ids, ingest order, dates, tail entities; INSERT … SELECT).
 * 3. At each size, after VACUUM ANALYZE: the cost of adding one new, held-out article through the
 *    real store path (store, cross-article entity linking, near-duplicate look-up; median and p95
 *    of ADDS), in-process timings and EXPLAIN ANALYZE of the queries that grow, then
 *    `claimgraph serve --workers 2` and 20 loopback clients for SECONDS (search, dossier,
 *    document p50/p95/p99), and the database size with its biggest tables and indexes.
 *
 * It stops growing (and says why) when the disk would keep less than MIN_FREE_GB free or
 * BENCH_SCALE_DEADLINE (an ISO time) has passed. The database is dropped at the end when it is
 * over 20 GB (BENCH_SCALE_KEEP=1 keeps it).
 *
 * BENCH_SCALE_SIZES (default 10000,100000,1000000), BENCH_SCALE_BASE (400), BENCH_SCALE_ADDS (50),
 * BENCH_SCALE_SECONDS (15), BENCH_SCALE_BATCH (articles per clone transaction, 20000).
 */
import { createHash } from 'node:crypto';
import { statfsSync } from 'node:fs';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { openPostgres } from '../../src/store/postgres/database.js';
import { SqlStore } from '../../src/store/repository.js';
import type { SqlDatabase, SqlExecutor, SqlValue } from '../../src/store/sql.js';
import { administer, postgresAvailable, TEST_SERVER } from '../../src/store/postgres/test-database.js';
import type { Store } from '../../src/store/types.js';
import { formatTable } from '../eval/lib/report.js';
import {
  articleTables,
  batchStatements,
  cloneStatement,
  planBatches,
  snapshotStatements,
  TAIL_GROUP,
} from './scale-clone.js';
import {
  benchTextFiles,
  extractTexts,
  load,
  percentile,
  random,
  type Requests,
  type Source,
  startServe,
} from './store.js';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const BASE = Number(process.env.BENCH_SCALE_BASE ?? 400);
const ADDS = Number(process.env.BENCH_SCALE_ADDS ?? 50);
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 15);
const BATCH = Number(process.env.BENCH_SCALE_BATCH ?? 20_000);
const DEADLINE = process.env.BENCH_SCALE_DEADLINE ? Date.parse(process.env.BENCH_SCALE_DEADLINE) : Infinity;
const MIN_FREE_GB = 10;
export const SCALE_DATABASE = process.env.BENCH_SCALE_DATABASE ?? 'claimgraph_scale_bench';
if (!/^claimgraph_scale_\w+$/.test(SCALE_DATABASE))
  throw new Error(`BENCH_SCALE_DATABASE must be claimgraph_scale_…`);

const log = (line: string): void => {
  process.stderr.write(`scale: ${line}\n`);
};

/** BASE + held-out texts, drawn evenly from both data sets by a fixed seed. */
function extractSources(count: number): { sources: Source[]; seconds: number } | null {
  const files = benchTextFiles();
  if (!files) return null;
  const next = random(14);
  const shuffled = files
    .map((file) => ({ file, key: next() }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.file);
  return extractTexts(shuffled, count);
}

function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

function freeGigabytes(): number {
  for (const path of ['/var/lib/postgresql', '/']) {
    try {
      const stats = statfsSync(path);
      return (stats.bavail * stats.bsize) / 1024 ** 3;
    } catch {
      // try the next path
    }
  }
  return Infinity;
}

/** The article tables' indexes that are not constraints (primary keys and unique ones stay). */
async function droppableIndexes(client: pg.Client): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename NOT LIKE 'scale\\_%'
       AND i.tablename NOT IN ('entities', 'corrections', 'schema_migrations', 'feed_state', 'feed_items')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
     ORDER BY i.indexname`,
  );
  return rows;
}

/** Builds the indexes again, on two connections, biggest tables first. */
async function buildIndexes(
  url: string,
  indexes: readonly { name: string; definition: string }[],
): Promise<void> {
  const queue = [...indexes];
  const worker = async (): Promise<void> => {
    const connection = new pg.Client({ connectionString: url });
    await connection.connect();
    try {
      await connection.query("SET maintenance_work_mem = '512MB'");
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        await connection.query(index.definition);
      }
    } finally {
      await connection.end();
    }
  };
  await Promise.all([worker(), worker()]);
}

/** A statement's kind for the add-path breakdown: the table written, or the start of the query. */
function statementKind(sql: string): string {
  const text = sql.replace(/\s+/g, ' ').trim();
  const insert = /^INSERT INTO (\w+)/.exec(text);
  if (insert) return `insert ${insert[1]}`;
  return text.slice(0, 60);
}

/** The database with every statement's time added to `totals` (by statementKind). */
function timedDatabase(db: SqlDatabase, totals: Map<string, number>): SqlDatabase {
  const wrap = (executor: SqlExecutor): SqlExecutor => ({
    all: async <T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> => {
      const started = performance.now();
      try {
        return await executor.all<T>(sql, params);
      } finally {
        const kind = statementKind(sql);
        totals.set(kind, (totals.get(kind) ?? 0) + performance.now() - started);
      }
    },
    run: async (sql: string, params?: readonly SqlValue[]): Promise<number> => {
      const started = performance.now();
      try {
        return await executor.run(sql, params);
      } finally {
        const kind = statementKind(sql);
        totals.set(kind, (totals.get(kind) ?? 0) + performance.now() - started);
      }
    },
  });
  return {
    dialect: db.dialect,
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
}

const median = (sorted: readonly number[]): number => percentile(sorted, 50);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/** Execution time (ms) of EXPLAIN ANALYZE, and the plan's top node. */
async function explain(client: pg.Client, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const lines = rows.map((row) => row['QUERY PLAN']);
  const time = lines.find((line) => line.startsWith('Execution Time'))?.replace('Execution Time: ', '');
  const scans = lines
    .filter((line) => /Scan|Sort|Aggregate/.test(line))
    .map((line) =>
      line
        .trim()
        .replace(/\s+\(cost=.*?\)/, '')
        .replace(/^->\s*/, ''),
    )
    .slice(0, 4);
  return `${time} — ${scans.join(' | ')}`;
}

interface SizeResult {
  size: number;
  stored: number;
  cloneSeconds: number;
  vacuumSeconds: number;
  add: { median: number; p95: number; max: number };
  http: string[][];
  bytes: number;
  biggest: string[][];
  probes: string[];
}

async function measure(
  client: pg.Client,
  store: Store,
  url: string,
  newSources: readonly Source[],
  size: number,
  words: readonly string[],
  topSpeaker: string,
  cloneSeconds: number,
): Promise<SizeResult> {
  const [, vacuum] = await timed(() => client.query('VACUUM ANALYZE'));
  // (a) adding new articles through the real store path, each statement timed
  const statements = new Map<string, number>();
  const adder = new SqlStore(timedDatabase(openPostgres(url), statements));
  const adds: number[] = [];
  for (let index = 0; index < ADDS; index++) {
    const source = newSources[index % newSources.length] as Source;
    const contentHash = createHash('sha256')
      .update(source.bytes)
      .update(`\u0000scale-add=${size}:${index}`)
      .digest('hex');
    const [, ms] = await timed(() => adder.ingest({ contentHash, document: source.document }));
    adds.push(ms);
  }
  await adder.close();
  const addTotal = adds.reduce((sum, ms) => sum + ms, 0);
  adds.sort((a, b) => a - b);
  const stored = (await store.count()).documents;
  // (b) in-process probes: the most quoted speaker's dossier, a common title word, plans
  const next = random(size);
  const probes: string[] = [
    `add one article, where the time goes (ms per article; the rest is JavaScript and waiting): ${[
      ...statements,
    ]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([sql, ms]) => `${sql} ${(ms / ADDS).toFixed(1)}`)
      .join('; ')}; all ${(addTotal / ADDS).toFixed(1)}`,
  ];
  const common =
    [...words.reduce((map, word) => map.set(word, (map.get(word) ?? 0) + 1), new Map<string, number>())].sort(
      (a, b) => b[1] - a[1],
    )[0]?.[0] ?? 'government';
  const dossierTimes: number[] = [];
  const searchTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    dossierTimes.push((await timed(() => store.dossier(topSpeaker)))[1]);
    searchTimes.push((await timed(() => store.search(common)))[1]);
  }
  const [[documents]] = [
    (
      await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM document_entities WHERE entity_id = $1', [
        topSpeaker,
      ])
    ).rows,
  ];
  probes.push(
    `most quoted speaker ${topSpeaker} (in ${documents?.n} articles): dossier in process ${dossierTimes.map((t) => t.toFixed(0)).join(' / ')} ms`,
    `search "${common}" in process ${searchTimes.map((t) => t.toFixed(0)).join(' / ')} ms`,
    `  search plan: ${await explain(
      client,
      `SELECT document_id, kind, ref, title, body FROM search_index, plainto_tsquery('english', $1) query
       WHERE vector @@ query ORDER BY ts_rank(vector, query, 1) DESC, document_id LIMIT 20 OFFSET 0`,
      [common],
    )}`,
    `  dossier documents count: ${await explain(
      client,
      `SELECT e.entity_id, COUNT(DISTINCT e.document_seq) AS count,
         COUNT(DISTINCT COALESCE(f.story_id, e.document_id)) AS stories
       FROM document_entities e LEFT JOIN document_fingerprints f ON f.document_id = e.document_id
       WHERE e.entity_id IN ($1) GROUP BY e.entity_id`,
      [topSpeaker],
    )}`,
    `  dossier names: ${await explain(
      client,
      `SELECT name, COUNT(*) AS count FROM entity_names WHERE entity_id IN ($1) GROUP BY name ORDER BY count DESC, name`,
      [topSpeaker],
    )}`,
    `  dossier document list: ${await explain(
      client,
      `SELECT d.id, d.title, d.published, d.seq, de.mentions, de.attributes FROM document_entities de
       JOIN documents d ON d.id = de.document_id WHERE de.entity_id IN ($1)
       ORDER BY de.document_seq DESC, de.local_id LIMIT 200`,
      [topSpeaker],
    )}`,
  );
  // requests: title words, speakers of random articles, random articles (by ingest order)
  const { rows: maxRows } = await client.query<{ max: number }>('SELECT MAX(seq) AS max FROM documents');
  const maxSeq = Number(maxRows[0]?.max ?? 1);
  const seqs = Array.from({ length: 400 }, () => 1 + Math.floor(next() * maxSeq));
  const { rows: picked } = await client.query<{ id: string }>(
    'SELECT id FROM documents WHERE seq = ANY($1::int[])',
    [seqs],
  );
  const ids = picked.map((row) => row.id);
  const { rows: speakerRows } = await client.query<{ entity_id: string }>(
    'SELECT entity_id FROM attribution_speakers WHERE document_id = ANY($1::text[])',
    [ids],
  );
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const requests: Requests = { search: [], dossier: [], document: [] };
  for (let index = 0; index < 200; index++) {
    requests.search.push(index % 3 === 0 ? `${pick(words)} ${pick(words)}` : pick(words));
    requests.document.push(pick(ids));
    if (speakerRows.length > 0) requests.dossier.push(pick(speakerRows).entity_id);
  }
  const server = await startServe(url);
  let http: string[][];
  try {
    http = await load(server.url, requests, SECONDS);
  } finally {
    await server.stop();
  }
  // (c) size and the biggest relations
  const { rows: sizeRows } = await client.query<{ size: string }>(
    'SELECT pg_database_size(current_database()) AS size',
  );
  const { rows: biggest } = await client.query<{ name: string; kind: string; bytes: string }>(
    `SELECT c.relname AS name, CASE c.relkind WHEN 'i' THEN 'index' ELSE 'table + toast' END AS kind,
            CASE c.relkind WHEN 'i' THEN pg_relation_size(c.oid) ELSE pg_table_size(c.oid) END AS bytes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i') AND c.relname NOT LIKE 'scale\\_%'
     ORDER BY bytes DESC LIMIT 8`,
  );
  return {
    size,
    stored,
    cloneSeconds,
    vacuumSeconds: vacuum / 1000,
    add: { median: median(adds), p95: percentile(adds, 95), max: adds[adds.length - 1] ?? NaN },
    http,
    bytes: Number(sizeRows[0]?.size ?? 0),
    biggest: biggest.map((row) => [row.name, row.kind, `${(Number(row.bytes) / 1048576).toFixed(0)} MB`]),
    probes,
  };
}

const megabytes = (bytes: number): string =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${(bytes / 1048576).toFixed(0)} MB`;

function report(result: SizeResult): string[] {
  const p95 = (kind: string): string => result.http.find((row) => row[0] === kind)?.[4] ?? '?';
  return [
    `${result.stored} articles stored (${result.cloneSeconds.toFixed(0)} s of cloning to reach ${result.size}, VACUUM ANALYZE ${result.vacuumSeconds.toFixed(0)} s); database ${megabytes(result.bytes)}`,
    `  add one article (${ADDS} adds): median ${result.add.median.toFixed(0)} ms, p95 ${result.add.p95.toFixed(0)} ms, max ${result.add.max.toFixed(0)} ms; HTTP p95 search ${p95('search')} / dossier ${p95('dossier')} / document ${p95('document')} ms`,
    ...result.probes.map((line) => `  ${line}`),
    '',
    ...formatTable(['request', 'requests', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'], result.http).map(
      (line) => `  ${line}`,
    ),
    '',
    ...formatTable(['biggest relations', 'kind', 'size'], result.biggest).map((line) => `  ${line}`),
    '',
  ];
}

export async function scaleBench(): Promise<string[]> {
  const available = await postgresAvailable();
  if (!available.ok) return [`Scale: skipped (PostgreSQL does not answer: ${available.reason})`];
  const extracted = extractSources(BASE + ADDS * SIZES.length);
  if (extracted === null) return ['Scale: skipped (BBC News and PolNeAR absent from the shared data)'];
  const base = extracted.sources.slice(0, BASE);
  const held = extracted.sources.slice(BASE);
  const lines = [
    `Scale: ${extracted.sources.length} texts (BBC News, PolNeAR train; fixed-seed draw) extracted once in ${extracted.seconds.toFixed(0)} s: ` +
      `${base.length} stored as the base and cloned in SQL, ${held.length} held out and added through the store (${ADDS} new ones at each size).`,
    '',
  ];
  log(lines[0] as string);
  await administer(`DROP DATABASE IF EXISTS ${SCALE_DATABASE} WITH (FORCE)`);
  await administer(`CREATE DATABASE ${SCALE_DATABASE}`);
  const url = databaseUrl(SCALE_DATABASE);
  const store = await openStore(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const results: SizeResult[] = [];
  let stopped: string | null = null;
  try {
    for (const source of base) {
      await store.ingest({
        contentHash: createHash('sha256').update(source.bytes).digest('hex'),
        document: source.document,
      });
    }
    const tables = await articleTables(async (sql) => (await client.query(sql)).rows);
    for (const statement of snapshotStatements(tables)) await client.query(statement);
    const { rows: baseRows } = await client.query<{ n: string }>(
      'SELECT COUNT(*) AS n FROM scale_src_documents',
    );
    const baseCount = Number(baseRows[0]?.n ?? 0);
    const { rows: heads } = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM scale_heads');
    const { rows: top } = await client.query<{ entity_id: string }>(
      'SELECT entity_id FROM scale_src_attribution_speakers GROUP BY entity_id ORDER BY COUNT(*) DESC, entity_id LIMIT 1',
    );
    const topSpeaker = top[0]?.entity_id ?? '';
    const words = base.flatMap((source) =>
      (source.document.title ?? '').split(/[^\p{L}]+/u).filter((word) => word.length >= 5),
    );
    lines.push(
      `Base: ${baseCount} distinct articles, ${heads[0]?.n} head entities (in 3 base articles or more, keep their id in every clone); tables cloned: ${tables.map((table) => table.name).join(', ')}.`,
      '',
    );
    log(lines[lines.length - 2] as string);
    let nextCopy = TAIL_GROUP;
    for (const [round, size] of SIZES.entries()) {
      const started = performance.now();
      // fresh held-out texts at each size (the same text again would be a wire copy of the last round's)
      const adding = held.length >= (round + 1) * ADDS ? held.slice(round * ADDS, (round + 1) * ADDS) : held;
      const { rows } = await client.query<{ n: string; max: string; bytes: string }>(
        'SELECT COUNT(*) AS n, MAX(seq) AS max, pg_database_size(current_database()) AS bytes FROM documents',
      );
      const have = Number(rows[0]?.n ?? 0);
      // the disk: what this size would take at the bytes per article measured so far
      const perArticle = Number(rows[0]?.bytes ?? 0) / Math.max(1, have);
      const free = freeGigabytes();
      const affordable = have + Math.floor(((free - MIN_FREE_GB) * 1024 ** 3) / (perArticle * 1.15));
      let target = size;
      if (affordable < size) {
        target = Math.max(have, Math.floor(affordable / 10_000) * 10_000);
        stopped =
          `${size} articles would need about ${((size * perArticle) / 1024 ** 3).toFixed(0)} GB at the ` +
          `${(perArticle / 1024).toFixed(0)} kB per article measured at ${have}; ${free.toFixed(0)} GB are free and the bench keeps ${MIN_FREE_GB} GB`;
      }
      if (target > have) {
        const plan = planBatches(target - have, baseCount, nextCopy, Number(rows[0]?.max ?? 0), BATCH);
        nextCopy = (plan[plan.length - 1]?.lastCopy ?? nextCopy - 1) + 1;
        // secondary indexes are dropped while cloning and built again after (sorted, much faster)
        const indexes = await droppableIndexes(client);
        for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
        let added = 0;
        const worker = async (): Promise<void> => {
          const connection = new pg.Client({ connectionString: url });
          await connection.connect();
          try {
            for (let batch = plan.shift(); batch !== undefined; batch = plan.shift()) {
              if (Date.now() > DEADLINE) {
                stopped ??= `stopped on the way to ${size}: the time given (BENCH_SCALE_DEADLINE) passed`;
                return;
              }
              if (freeGigabytes() < MIN_FREE_GB) {
                stopped ??= `stopped on the way to ${size}: less than ${MIN_FREE_GB} GB left on the disk`;
                return;
              }
              const batchStarted = performance.now();
              await connection.query('BEGIN');
              try {
                for (const statement of batchStatements(
                  batch.firstCopy,
                  batch.lastCopy,
                  batch.seqBefore,
                  batch.limit,
                ))
                  await connection.query(statement);
                for (const table of tables) await connection.query(cloneStatement(table));
                await connection.query('COMMIT');
              } catch (error) {
                await connection.query('ROLLBACK');
                throw error;
              }
              added += batch.limit;
              log(
                `${have + added} articles (+${batch.limit} in ${((performance.now() - batchStarted) / 1000).toFixed(0)} s; ${freeGigabytes().toFixed(0)} GB free)`,
              );
            }
          } finally {
            await connection.end();
          }
        };
        // two connections: one per core
        await Promise.all([worker(), worker()]);
        const indexStarted = performance.now();
        await buildIndexes(url, indexes);
        log(`indexes built again in ${((performance.now() - indexStarted) / 1000).toFixed(0)} s`);
      }
      const result = await measure(
        client,
        store,
        url,
        adding,
        size,
        words,
        topSpeaker,
        (performance.now() - started) / 1000,
      );
      results.push(result);
      for (const line of report(result)) log(line);
      lines.push(...report(result));
      if (stopped !== null) break;
    }
  } finally {
    await store.close();
    await client.end();
  }
  if (stopped !== null) lines.push(`Not reached: ${stopped}.`, '');
  const rowOf = (result: SizeResult): string[] => {
    const p95 = (kind: string): string => result.http.find((row) => row[0] === kind)?.[4] ?? '?';
    return [
      String(result.stored),
      `${result.add.median.toFixed(0)} / ${result.add.p95.toFixed(0)} ms`,
      `${p95('search')} ms`,
      `${p95('dossier')} ms`,
      `${p95('document')} ms`,
      megabytes(result.bytes),
    ];
  };
  lines.push(
    ...formatTable(
      [
        'articles stored',
        'add one article median / p95',
        'search p95',
        'dossier p95',
        'document p95',
        'database',
      ],
      results.map(rowOf),
    ),
  );
  const last = results[results.length - 1];
  if (last && last.bytes > 20 * 1024 ** 3 && process.env.BENCH_SCALE_KEEP !== '1') {
    await administer(`DROP DATABASE IF EXISTS ${SCALE_DATABASE} WITH (FORCE)`);
    lines.push(`(${SCALE_DATABASE}, ${megabytes(last.bytes)}, dropped)`);
  } else {
    lines.push(`(${SCALE_DATABASE} kept; drop it with: dropdb -h 127.0.0.1 -U postgres ${SCALE_DATABASE})`);
  }
  return lines;
}
