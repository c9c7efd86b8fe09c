/**
 * Fault script, run BY HAND (never by `npm test`: it restarts the PostgreSQL server that every
 * test and helper on the machine shares):
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/faults/postgres-restart.js [ARTICLES]
 *
 * Queues ARTICLES invented articles (default 200) in a throw-away database, starts two workers,
 * restarts the server with `pg_ctlcluster --skip-systemctl-redirect VERSION main restart` once a
 * third of them is stored, waits for the workers to finish, then checks that every article is
 * stored exactly once with all its rows, every job is done, and none failed. Prints what it saw
 * and exits 1 when a check fails.
 *
 * To leave the shared server alone, run it on a cluster of its own:
 *
 *   pg_createcluster 15 faults -p 5441 -- --auth=trust
 *   pg_ctlcluster --skip-systemctl-redirect 15 faults start
 *   CLAIMGRAPH_FAULT_CLUSTER=faults CLAIMGRAPH_TEST_POSTGRES=postgres://postgres@127.0.0.1:5441/postgres \
 *     node dist/scripts/faults/postgres-restart.js
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inventedArticle } from '../../src/cli/invented-article.js';
import { createTestDatabase, dropTestDatabase } from '../../src/store/postgres/test-database.js';
import { REPOSITORY_ROOT } from '../eval/lib/data.js';

const BIN = join(REPOSITORY_ROOT, 'bin', 'claimgraph.js');
const ARTICLES = Number(process.argv[2] ?? 200);
const WORKERS = 2;
/** The cluster restarted (`pg_lsclusters`); the databases are made on CLAIMGRAPH_TEST_POSTGRES. */
const CLUSTER = process.env.CLAIMGRAPH_FAULT_CLUSTER ?? 'main';

function clusterVersion(): string {
  const versions = readdirSync('/etc/postgresql');
  if (versions.length !== 1)
    throw new Error(`expected one cluster in /etc/postgresql, found ${versions.join(', ')}`);
  return versions[0] as string;
}

function claimgraph(args: string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, done: new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr }))) };
}

async function count(client: pg.Client, sql: string): Promise<number> {
  return Number((await client.query(sql)).rows[0]?.n ?? 0);
}

async function main(): Promise<number> {
  const version = clusterVersion();
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-restart-'));
  const { url, name } = await createTestDatabase('queue_restart');
  const checks: [string, boolean][] = [];
  try {
    // three invented articles per file, so that each job takes a moment
    for (let n = 0; n < ARTICLES; n++)
      writeFileSync(
        join(folder, `article-${String(n).padStart(4, '0')}.txt`),
        [0, 1, 2].map((part) => inventedArticle(n * 3 + part)).join('\n'),
      );
    const queued = await claimgraph([
      'ingest',
      '--db',
      url,
      '--queue',
      '--quiet',
      '--job-timeout',
      '30',
      folder,
    ]).done;
    console.log(queued.stderr.trim());
    if (queued.code !== 0) throw new Error('ingest --queue failed');

    const started = Date.now();
    const workers = Array.from({ length: WORKERS }, () =>
      claimgraph(['worker', '--db', url, '--until-empty', '--concurrency', '1', '--poll', '1']),
    );
    let watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    while ((await count(watcher, 'SELECT count(*) AS n FROM documents')) < ARTICLES / 3) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const before = await count(watcher, 'SELECT count(*) AS n FROM documents');
    await watcher.end();

    const restartStarted = Date.now();
    const restart = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, CLUSTER, 'restart'], {
      encoding: 'utf8',
    });
    const restartSeconds = (Date.now() - restartStarted) / 1000;
    console.log(
      `restarted PostgreSQL ${version}/${CLUSTER} after ${before} of ${ARTICLES} articles were stored (${restartSeconds.toFixed(1)} s, exit ${restart.status}${restart.stderr.trim() ? `: ${restart.stderr.trim()}` : ''})`,
    );
    checks.push(['pg_ctlcluster restart succeeded', restart.status === 0]);

    const results = await Promise.all(workers.map((worker) => worker.done));
    const seconds = (Date.now() - started) / 1000;
    results.forEach((result, index) => {
      console.log(`worker ${index + 1} exited ${result.code}:`);
      for (const line of result.stderr.trim().split('\n')) console.log(`  ${line}`);
    });
    checks.push(['every worker exited 0', results.every((result) => result.code === 0)]);

    watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    try {
      const documents = await count(watcher, 'SELECT count(*) AS n FROM documents');
      const hashes = await count(watcher, 'SELECT count(DISTINCT content_hash) AS n FROM documents');
      const sources = await count(watcher, 'SELECT count(DISTINCT source) AS n FROM documents');
      const incomplete = await count(
        watcher,
        `SELECT count(*) AS n FROM documents d
         WHERE (SELECT count(*) FROM search_index s WHERE s.document_id = d.id)
            <> json_array_length((d.document::json)->'attributions') + 1`,
      );
      const states = (
        await watcher.query(
          `SELECT state::text AS state, count(*)::int AS n, sum(retry_count)::int AS retries
           FROM pgboss.job WHERE name = 'claimgraph-articles' GROUP BY state`,
        )
      ).rows as { state: string; n: number; retries: number }[];
      const byState = new Map(states.map((row) => [row.state, row]));
      console.log(
        `after ${seconds.toFixed(1)} s: ${documents} documents (${hashes} distinct contents, ${sources} distinct sources), ${incomplete} with missing rows; jobs ${states
          .map((row) => `${row.state} ${row.n} (retries ${row.retries})`)
          .join(', ')}`,
      );
      checks.push([`all ${ARTICLES} articles stored`, documents === ARTICLES && sources === ARTICLES]);
      checks.push(['none stored twice', hashes === documents]);
      checks.push(['none half-stored', incomplete === 0]);
      checks.push([`all ${ARTICLES} jobs done`, byState.get('completed')?.n === ARTICLES]);
      checks.push(['no job failed', !byState.has('failed')]);
    } finally {
      await watcher.end();
    }
  } finally {
    await dropTestDatabase(name).catch((error: unknown) => console.log(`could not drop ${name}: ${error}`));
    rmSync(folder, { recursive: true, force: true });
  }
  for (const [check, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${check}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

process.exitCode = await main();
