/**
 * `npm run bench -- workers`: articles through the PostgreSQL queue with 1 and with 2 worker
 * processes, against the same articles extracted in process by `claimgraph ingest --jobs 1|2`.
 *
 * The articles are the plain texts of BBC News and PolNeAR (read from ../shared/data or
 * CLAIMGRAPH_DATA), used again as needed to reach BENCH_WORKERS_ARTICLES (default 20,000),
 * each with an invented closing line that numbers it ("Archive number 4071."), so every article is
 * new to the store. They are
 * written to a temporary folder outside the repository, deleted at the end, and go through the
 * real commands: `ingest --queue` (timed: enqueue rate), `worker --until-empty --concurrency 1`
 * ×1 and ×2 (timed from start to the last exit), `ingest --jobs 1|2` (no queue). Each run gets a
 * fresh database on the server at 127.0.0.1:5432; its size is measured after the run, the store's
 * tables and pg-boss's schema apart. Each run's CPU time (the claimgraph processes and their
 * threads, not the server's) is reported next to its wall time: on a shared machine it is the
 * steadier measure of what the queue costs.
 *
 * BENCH_WORKERS_ARTICLES, BENCH_WORKERS_COUNTS ("1,2"), BENCH_WORKERS_PATHS ("process,queue") and
 * BENCH_WORKERS_BATCH (8) choose what runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  createTestDatabase,
  dropTestDatabase,
  postgresAvailable,
} from '../../src/store/postgres/test-database.js';
import { dataSet, REPOSITORY_ROOT } from '../eval/lib/data.js';
import { formatTable } from '../eval/lib/report.js';
import { textFiles } from './store.js';

const ARTICLES = Number(process.env.BENCH_WORKERS_ARTICLES ?? 20_000);
/** Worker counts to run (BENCH_WORKERS_COUNTS="1,2") and which paths (BENCH_WORKERS_PATHS="process,queue"). */
const COUNTS = (process.env.BENCH_WORKERS_COUNTS ?? '1,2').split(',').map(Number);
const PATHS = (process.env.BENCH_WORKERS_PATHS ?? 'process,queue').split(',');
/** Jobs a worker fetches, extracts and stores together (`worker --batch`). */
const BATCH = process.env.BENCH_WORKERS_BATCH ?? '8';
const BIN = join(REPOSITORY_ROOT, 'bin', 'claimgraph.js');

const TIME = '/usr/bin/time';

/**
 * Runs `claimgraph ARGS` `copies` times at once: seconds until the last one exits, and the CPU
 * seconds (user + system) the processes and their threads used, as /usr/bin/time reports them
 * (null without it). On a shared machine the CPU time says what the work costs, the wall time
 * also how long it waited for the cores.
 */
async function timed(args: string[], copies = 1): Promise<{ seconds: number; cpu: number | null }> {
  const started = performance.now();
  const measured = existsSync(TIME);
  let cpu = 0;
  await Promise.all(
    Array.from(
      { length: copies },
      (_, copy) =>
        new Promise<void>((resolve, reject) => {
          const report = join(tmpdir(), `claimgraph-bench-time-${process.pid}-${copy}`);
          const command = measured
            ? [TIME, ['-f', '%U %S', '-o', report, process.execPath, BIN, ...args]]
            : [process.execPath, [BIN, ...args]];
          const child = spawn(command[0] as string, command[1] as string[], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.once('exit', (code) => {
            if (measured) {
              const [user = 0, system = 0] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number);
              cpu += user + system;
              rmSync(report, { force: true });
            }
            if (code === 0) resolve();
            else reject(new Error(`${args[0]} exited ${code}: ${stderr.slice(-400)}`));
          });
        }),
    ),
  );
  return { seconds: (performance.now() - started) / 1000, cpu: measured ? cpu : null };
}

interface Size {
  total: number;
  store: number;
  queue: number;
  documents: number;
}

async function sizeOf(url: string): Promise<Size> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => Number((await client.query(sql)).rows[0]?.n ?? 0);
    const schema = (name: string) =>
      one(`SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0) AS n FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '${name}' AND c.relkind IN ('r', 'p', 'm')`);
    return {
      total: await one('SELECT pg_database_size(current_database()) AS n'),
      store: await schema('public'),
      queue: await schema('pgboss'),
      documents: await one('SELECT count(*) AS n FROM documents'),
    };
  } finally {
    await client.end();
  }
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

export async function workersBench(): Promise<string[]> {
  const bbc = dataSet('bbc-news');
  const polnear = dataSet('polnear');
  if (!bbc && !polnear) return ['Workers: skipped (BBC News and PolNeAR absent from ../shared/data)'];
  const server = await postgresAvailable();
  if (!server.ok) return [`Workers: skipped (PostgreSQL does not answer: ${server.reason})`];
  const texts = [...(bbc ? textFiles(bbc) : []), ...(polnear ? textFiles(join(polnear, 'train')) : [])];
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-bench-workers-'));
  const rows: (string | number)[][] = [];
  let words = 0;
  try {
    for (let index = 0; index < ARTICLES; index++) {
      const text = readFileSync(texts[index % texts.length] as string, 'latin1');
      // an invented closing line with the article's number: every article is new to the store
      // (the same text again, and BBC News' 314 duplicate texts, would be stored once)
      const article = `${text}\n\nArchive number ${index + 1}.\n`;
      words += article.split(/\s+/).filter(Boolean).length;
      writeFileSync(join(folder, `article-${String(index).padStart(6, '0')}.txt`), article, 'latin1');
    }
    const runs: {
      name: string;
      workers: number;
      seconds: number;
      enqueue: number | null;
      size: Size;
      load: string;
      cpu: number | null;
    }[] = [];
    for (const workers of COUNTS) {
      for (const queued of [false, true]) {
        if (!PATHS.includes(queued ? 'queue' : 'process')) continue;
        const loadBefore = loadavg()[0] as number;
        const { url, name } = await createTestDatabase('bench_workers');
        try {
          let enqueue: number | null = null;
          let work: { seconds: number; cpu: number | null };
          if (queued) {
            enqueue = (await timed(['ingest', '--db', url, '--queue', '--quiet', folder])).seconds;
            work = await timed(
              [
                'worker',
                '--db',
                url,
                '--until-empty',
                '--concurrency',
                '1',
                '--batch',
                BATCH,
                '--quiet',
                '--poll',
                '1',
              ],
              workers,
            );
          } else {
            work = await timed(['ingest', '--db', url, '--quiet', '--jobs', String(workers), folder]);
          }
          const size = await sizeOf(url);
          if (size.documents !== ARTICLES)
            throw new Error(`${size.documents} of ${ARTICLES} articles stored (${name})`);
          runs.push({
            name: queued
              ? `queue: ingest --queue, then ${workers} × worker --concurrency 1 --batch ${BATCH}`
              : `in process: ingest --jobs ${workers}`,
            workers,
            seconds: work.seconds,
            cpu: work.cpu,
            enqueue,
            size,
            load: `${loadBefore.toFixed(1)}–${(loadavg()[0] as number).toFixed(1)}`,
          });
        } finally {
          await dropTestDatabase(name);
        }
      }
    }
    for (const run of runs) {
      const inProcess = runs.find((other) => other.enqueue === null && other.workers === run.workers);
      rows.push([
        run.name,
        run.enqueue === null ? '' : `${run.enqueue.toFixed(1)} (${Math.round(ARTICLES / run.enqueue)}/s)`,
        run.seconds.toFixed(1),
        (ARTICLES / run.seconds).toFixed(1),
        run.enqueue === null || !inProcess
          ? ''
          : `${(((run.seconds - inProcess.seconds) / inProcess.seconds) * 100).toFixed(0)} %`,
        run.cpu === null ? '' : `${((run.cpu / ARTICLES) * 1000).toFixed(0)}`,
        run.cpu === null || run.enqueue === null || !inProcess?.cpu
          ? ''
          : `${(((run.cpu - inProcess.cpu) / inProcess.cpu) * 100).toFixed(0)} %`,
        `${megabytes(run.size.total)} (store ${megabytes(run.size.store)}, queue ${megabytes(run.size.queue)})`,
        run.load,
      ]);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return [
    `Workers: ${ARTICLES} articles (${texts.length} BBC News and PolNeAR texts, used again, each numbered by an invented line), ${words} words, through PostgreSQL:`,
    '',
    ...formatTable(
      [
        'run',
        'enqueue s (articles/s)',
        'extract + store s',
        'articles/s',
        'queue overhead',
        'CPU ms/article',
        'CPU overhead',
        'database MB',
        'load avg (1 min)',
      ],
      rows,
    ),
  ];
}
