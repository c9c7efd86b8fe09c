import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inventedArticle } from '../cli/invented-article.js';
import { createTestDatabase, dropTestDatabase, postgresSkipReason } from '../store/postgres/test-database.js';

// `claimgraph ingest --queue`, `worker` and `status` as whole processes against the real
// PostgreSQL, each test on a fresh database: everything stored once, duplicates enqueued once,
// a bad article dead-lettered with its reason, a worker killed with SIGKILL mid-job, SIGTERM.

const BIN = fileURLToPath(new URL('../../../bin/claimgraph.js', import.meta.url));

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `claimgraph ARGS`; `done` settles when it exits. */
function start(args: string[]): { child: ChildProcess; done: Promise<Run>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) =>
    child.once('exit', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done, stderr: () => stderr };
}

const run = (args: string[]): Promise<Run> => start(args).done;

/** A long invented article (many paragraphs), so that a worker is caught in the middle of one. */
function longArticle(n: number): string {
  return Array.from({ length: 24 }, (_, part) => inventedArticle(n * 100 + part)).join('\n');
}

async function waitFor(what: string, check: () => Promise<boolean>, seconds = 90): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const skip = await postgresSkipReason('queue');

describe('queue and workers on PostgreSQL', { skip }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-queue-'));
  let url = '';
  let name = '';
  let client: pg.Client;
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await client.query(sql, params)).rows[0]?.n ?? 0);
  const stored = () => count('SELECT count(*) AS n FROM documents');
  const jobs = (state: string) =>
    count(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'claimgraph-articles' AND state = $1`, [state]);

  /** A fresh database for each test (the queue and the store both live in it). */
  const fresh = async (): Promise<void> => {
    if (name) {
      await client.end();
      await dropTestDatabase(name);
    }
    ({ url, name } = await createTestDatabase('queue'));
    client = new pg.Client({ connectionString: url });
    await client.connect();
  };
  const writeArticles = (subfolder: string, texts: string[]): string => {
    const path = join(folder, subfolder);
    mkdirSync(path);
    texts.forEach((text, n) => writeFileSync(join(path, `article-${String(n).padStart(3, '0')}.txt`), text));
    return path;
  };
  const everyArticleOnce = async (total: number): Promise<void> => {
    assert.equal(await stored(), total);
    assert.equal(await count('SELECT count(DISTINCT content_hash) AS n FROM documents'), total);
    assert.equal(await count('SELECT count(DISTINCT source) AS n FROM documents'), total);
    // every stored article has its indexed rows: one search row per attribution plus its own
    const documents = (await client.query('SELECT id, document FROM documents')).rows as {
      id: string;
      document: string;
    }[];
    const searchRows = new Map(
      (
        (await client.query('SELECT document_id, count(*)::int AS n FROM search_index GROUP BY document_id'))
          .rows as { document_id: string; n: number }[]
      ).map((row) => [row.document_id, row.n]),
    );
    for (const row of documents) {
      const attributions = (JSON.parse(row.document) as { attributions: unknown[] }).attributions.length;
      assert.equal(searchRows.get(row.id), attributions + 1, row.id);
    }
  };

  before(fresh);
  after(async () => {
    await client?.end().catch(() => undefined);
    if (name) await dropTestDatabase(name);
    rmSync(folder, { recursive: true, force: true });
  });

  it('enqueues 40 articles, a duplicate and a bad file; a worker stores each once and dead-letters the bad one with its reason', async () => {
    const articles = writeArticles(
      'forty',
      Array.from({ length: 40 }, (_, n) => inventedArticle(n)),
    );
    writeFileSync(join(articles, 'copy-of-first.txt'), inventedArticle(0)); // same content, other name
    writeFileSync(join(articles, 'empty.txt'), '');
    const queued = await run([
      'ingest',
      '--db',
      url,
      '--queue',
      '--retries',
      '1',
      '--retry-delay',
      '1',
      articles,
    ]);
    assert.equal(queued.status, 0, queued.stderr);
    assert.match(queued.stderr, /41 queued, 1 already queued, 0 already stored, 0 failed/);
    assert.equal(await stored(), 0, 'nothing is extracted by ingest --queue');

    const worker = await run(['worker', '--db', url, '--until-empty', '--concurrency', '2', '--poll', '1']);
    assert.equal(worker.status, 0, worker.stderr);
    assert.match(worker.stderr, /empty\.txt: the file is empty \(will be retried\)/);
    assert.match(worker.stderr, /empty\.txt: the file is empty \(no attempt left: in the dead-letter queue/);
    assert.match(worker.stderr, /40 stored, 0 unchanged, 2 failed, 0 released/);
    await everyArticleOnce(40);

    const status = await run(['status', '--db', url, '--json']);
    assert.equal(status.status, 0, status.stderr);
    const counts = JSON.parse(status.stdout) as {
      queued: number;
      active: number;
      done: number;
      failed: number;
      rate: number;
      stored: number;
      recentFailures: { source: string; reason: string }[];
    };
    assert.deepEqual(
      [counts.queued, counts.active, counts.done, counts.failed, counts.stored],
      [0, 0, 40, 1, 40],
    );
    assert.ok(counts.rate > 0);
    assert.equal(counts.recentFailures.length, 1);
    assert.match(counts.recentFailures[0]?.source ?? '', /empty\.txt$/);
    assert.equal(counts.recentFailures[0]?.reason, 'the file is empty');
    const text = await run(['status', '--db', url]);
    assert.match(text.stdout, /done {4}40/);
    assert.match(text.stdout, /empty\.txt: the file is empty/);

    // again: stored articles and the queued bad one are not added
    const again = await run(['ingest', '--db', url, '--queue', articles]);
    assert.match(again.stderr, /0 queued, 1 already queued, 41 already stored, 0 failed/);
    assert.equal(await jobs('created'), 0);
  });

  it('kill -9 of a worker in the middle of a batch: its jobs expire, are retried, and each article is stored once', async () => {
    await fresh();
    const total = 12;
    const articles = writeArticles(
      'killed',
      Array.from({ length: total }, (_, n) => longArticle(n)),
    );
    const queued = await run([
      'ingest',
      '--db',
      url,
      '--queue',
      '--job-timeout',
      '8',
      '--retry-delay',
      '1',
      articles,
    ]);
    assert.equal(queued.status, 0, queued.stderr);
    // The jobs seen active may end in the instant before the kill: then no job is left behind, and
    // another worker is started and killed, until one dies with jobs in hand. Batches of 2 (the
    // next one extracting while one is stored), well inside the 8 s job timeout on a busy machine.
    let orphans: { id: string }[] = [];
    for (let attempt = 0; attempt < 5 && orphans.length === 0; attempt++) {
      const victim = start(['worker', '--db', url, '--concurrency', '1', '--batch', '2', '--poll', '1']);
      await waitFor('a first batch stored and the next one active', async () => {
        return (await stored()) >= 1 && (await jobs('active')) >= 1;
      });
      victim.child.kill('SIGKILL');
      assert.equal((await victim.done).signal, 'SIGKILL');
      orphans = (
        await client.query(
          `SELECT id FROM pgboss.job WHERE name = 'claimgraph-articles' AND state = 'active'`,
        )
      ).rows as { id: string }[];
    }
    assert.ok(orphans.length >= 1, 'a killed worker left its jobs active');
    const before = await stored();
    assert.ok(before < total);

    const rescuer = await run([
      'worker',
      '--db',
      url,
      '--until-empty',
      '--concurrency',
      '2',
      '--batch',
      '2',
      '--poll',
      '1',
    ]);
    assert.equal(rescuer.status, 0, rescuer.stderr);
    await everyArticleOnce(total);
    for (const { id } of orphans) {
      const orphan = (
        await client.query(
          `SELECT state::text AS state, retry_count FROM pgboss.job WHERE name = 'claimgraph-articles' AND id = $1`,
          [id],
        )
      ).rows[0] as { state: string; retry_count: number };
      assert.equal(orphan.state, 'completed');
      // retried (a second expiry is possible when the machine is loaded; the store keeps it once)
      assert.ok(orphan.retry_count >= 1, 'completed on a later attempt');
    }
    assert.equal(await jobs('completed'), total);
  });

  it('SIGTERM: the worker finishes its active jobs and exits 0; with --grace 0 it releases them for another worker', async () => {
    await fresh();
    const total = 10;
    const articles = writeArticles(
      'stopped',
      Array.from({ length: total }, (_, n) => longArticle(n + 50)),
    );
    const queued = await run(['ingest', '--db', url, '--queue', '--retry-delay', '1', articles]);
    assert.equal(queued.status, 0, queued.stderr);

    // as above, a worker is stopped again if its jobs ended in the instant before the signal
    let first: Run | undefined;
    for (let attempt = 0; attempt < 5 && !/finishing [1-9]\d* job/.test(first?.stderr ?? ''); attempt++) {
      const graceful = start(['worker', '--db', url, '--concurrency', '1', '--batch', '2', '--poll', '1']);
      await waitFor('a batch stored and the next one active', async () => {
        return (await stored()) >= 1 && (await jobs('active')) >= 1;
      });
      graceful.child.kill('SIGTERM');
      first = await graceful.done;
      assert.equal(first.status, 0, first.stderr);
      assert.equal(await jobs('active'), 0, 'no job left active');
    }
    assert.ok(first);
    assert.match(first.stderr, /SIGTERM: stopping, finishing [1-9]\d* job\(s\)/);
    assert.match(first.stderr, /(\d+) stored, 0 unchanged, 0 failed, 0 released/);
    const finished = Number(/(\d+) stored, 0 unchanged/.exec(first.stderr)?.[1]);
    assert.equal(await jobs('completed'), await stored(), 'the active job was finished, not dropped');
    assert.ok(finished >= 1);

    let second: Run | undefined;
    for (let attempt = 0; attempt < 5 && !/ [1-9]\d* released/.test(second?.stderr ?? ''); attempt++) {
      const hasty = start([
        'worker',
        '--db',
        url,
        '--concurrency',
        '1',
        '--batch',
        '2',
        '--poll',
        '1',
        '--grace',
        '0',
      ]);
      await waitFor('other articles active', async () => (await jobs('active')) >= 1);
      hasty.child.kill('SIGTERM');
      second = await hasty.done;
      assert.equal(second.status, 0, second.stderr);
      assert.equal(await jobs('active'), 0);
    }
    const released = Number(/ (\d+) released/.exec(second?.stderr ?? '')?.[1]);
    assert.ok(released >= 1, second?.stderr);
    assert.equal(await jobs('retry'), released, 'the released jobs wait for another worker');

    const last = await run(['worker', '--db', url, '--until-empty', '--concurrency', '2', '--poll', '1']);
    assert.equal(last.status, 0, last.stderr);
    await everyArticleOnce(total);
    assert.equal(await jobs('completed'), total);
  });
});

describe('queue commands: bad addresses are one line', () => {
  const cases: [string, string[], number, RegExp][] = [
    [
      'a worker on a SQLite file',
      ['worker', '--db', 'claimgraph.db'],
      2,
      /^claimgraph worker: --db must be a PostgreSQL address .*not "claimgraph\.db"/,
    ],
    ['a worker without --db', ['worker'], 2, /^claimgraph worker: --db postgres:\/\/.* is required/],
    [
      'ingest --queue on SQLite',
      ['ingest', '--db', 'x.db', '--queue', 'articles'],
      2,
      /^claimgraph ingest: --queue needs a PostgreSQL --db/,
    ],
    [
      'retry options without --queue',
      ['ingest', '--retries', '2', 'articles'],
      2,
      /^claimgraph ingest: --retries, --retry-delay and --job-timeout go with --queue/,
    ],
    [
      'a server that does not answer',
      ['status', '--db', 'postgres://postgres@127.0.0.1:1/claimgraph'],
      1,
      /^claimgraph status: cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/claimgraph: .*ECONNREFUSED/,
    ],
    [
      'a password is not printed',
      ['worker', '--db', 'postgres://postgres:secret@127.0.0.1:1/claimgraph'],
      1,
      /^claimgraph worker: cannot reach PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/claimgraph: /,
    ],
  ];
  for (const [title, args, status, message] of cases) {
    it(title, async () => {
      const result = await run(args);
      assert.equal(result.status, status, result.stderr);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /secret|\n\s+at /);
    });
  }
});
