/**
 * `npm run bench -- store`: the archive on both backends.
 *
 * 1. Builds 10,000 articles from the shared data sets (BBC News' 2,225 texts and PolNeAR's
 *    texts, read from ../shared/data or CLAIMGRAPH_DATA). Each text is extracted ONCE, in
 *    process, on one thread; the 10,000 records re-use these documents under new content hashes
 *    (copy number appended), because extraction (measured by the other bench sections) would
 *    otherwise dominate and this section measures the store.
 * 2. Ingests them into each backend (a fresh SQLite file; a throw-away PostgreSQL database when
 *    the server on 127.0.0.1:5432 answers), BENCH_STORE_BATCH articles per transaction (default
 *    50, as `ingest` and `worker` store them; 1: one transaction per article): articles/s, size.
 * 3. Starts `claimgraph serve` on that store (its own process, a free loopback port) and sends it
 *    search, dossier and document requests from 20 concurrent clients for 30 s (requests only to
 *    127.0.0.1; it stops by itself): p50/p95/p99 latency per kind and the number of errors.
 *
 * BENCH_STORE_ARTICLES, BENCH_STORE_TEXTS and BENCH_STORE_SECONDS shrink it for a quick look.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { extract } from '../../src/extract.js';
import { openStore } from '../../src/store/open-store.js';
import {
  createTestDatabase,
  dropTestDatabase,
  postgresAvailable,
} from '../../src/store/postgres/test-database.js';
import { documentIdOf } from '../../src/store/repository.js';
import type { ExtractDocument, Store } from '../../src/store/types.js';
import { dataSet, REPOSITORY_ROOT } from '../eval/lib/data.js';
import { formatTable } from '../eval/lib/report.js';

const ARTICLES = Number(process.env.BENCH_STORE_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_STORE_SECONDS ?? 30);
/** Articles per transaction (`ingestMany`; 1: `ingest`, one transaction per article). */
const BATCH = Math.max(1, Number(process.env.BENCH_STORE_BATCH ?? 50));
/** Texts extracted (BENCH_STORE_TEXTS: fewer for a quick look at ingest alone; default all). */
const TEXTS = Number(process.env.BENCH_STORE_TEXTS ?? Infinity);
const CLIENTS = 20;
const BIN = join(REPOSITORY_ROOT, 'bin', 'claimgraph.js');

export function textFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt') && entry.name !== 'README.TXT') files.push(path);
    }
  };
  walk(folder);
  return files;
}

/** A deterministic pseudo-random sequence (the same requests on both backends). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export interface Source {
  readonly bytes: Buffer;
  readonly document: ExtractDocument;
}

/** The texts the store benches read: BBC News, then PolNeAR's training texts; null without either. */
export function benchTextFiles(): string[] | null {
  const bbc = dataSet('bbc-news');
  const polnear = dataSet('polnear');
  if (!bbc && !polnear) return null;
  return [...(bbc ? textFiles(bbc) : []), ...(polnear ? textFiles(join(polnear, 'train')) : [])];
}

/** The first `count` of `files` that read and extract (an unreadable text is left out; none is expected). */
export function extractTexts(
  files: readonly string[],
  count: number,
): { sources: Source[]; seconds: number } {
  const started = performance.now();
  const sources: Source[] = [];
  for (const file of files) {
    if (sources.length >= count) break;
    const bytes = readFileSync(file);
    try {
      sources.push({
        bytes,
        document: extract(bytes, { source: file.slice(file.indexOf('/data/') + 6), format: 'text' }),
      });
    } catch {
      // left out
    }
  }
  return { sources, seconds: (performance.now() - started) / 1000 };
}

function extractSources(): { sources: Source[]; seconds: number; files: number } | null {
  const files = benchTextFiles()?.slice(0, TEXTS);
  if (!files) return null;
  return { ...extractTexts(files, files.length), files: files.length };
}

type BenchRecord = { contentHash: string; document: ExtractDocument };

function record(sources: readonly Source[], index: number): BenchRecord {
  const source = sources[index % sources.length] as Source;
  const copy = Math.floor(index / sources.length);
  const contentHash = createHash('sha256').update(source.bytes).update(`\u0000copy=${copy}`).digest('hex');
  return {
    contentHash,
    document:
      copy === 0 ? source.document : { ...source.document, source: `${source.document.source}#${copy}` },
  };
}

export interface Requests {
  search: string[];
  dossier: string[];
  document: string[];
}

/** Requests users would make: words of titles, speakers of attributions, documents; the same for every backend. */
async function requestsFor(store: Store, sources: readonly Source[]): Promise<Requests> {
  const next = random(20261204);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const requests: Requests = { search: [], dossier: [], document: [] };
  const words = sources.flatMap((source) =>
    (source.document.title ?? '').split(/[^\p{L}]+/u).filter((word) => word.length >= 5),
  );
  for (let index = 0; index < 200; index++) {
    requests.search.push(index % 3 === 0 ? `${pick(words)} ${pick(words)}` : pick(words));
    requests.document.push(documentIdOf(record(sources, Math.floor(next() * ARTICLES)).contentHash));
  }
  for (let tries = 0; requests.dossier.length < 200 && tries < 5000; tries++) {
    const document = await store.getDocument(pick(requests.document));
    const speakers =
      document?.attributions.flatMap((attribution) => attribution.speaker_entities ?? []) ?? [];
    if (speakers.length > 0) requests.dossier.push(pick(speakers));
  }
  return requests;
}

export async function startServe(database: string): Promise<{ url: string; stop: () => Promise<void> }> {
  // one server process per core (`serve --workers`), as a deployment on this machine would run it
  const workers = String(availableParallelism());
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--db', database, '--port', '0', '--workers', workers],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(text);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', () => reject(new Error(`serve stopped: ${text}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function load(url: string, requests: Requests, seconds = SECONDS): Promise<string[][]> {
  const kinds = ['search', 'dossier', 'document'] as const;
  const paths: Record<(typeof kinds)[number], (value: string) => string> = {
    search: (q) => `/api/search?q=${encodeURIComponent(q)}`,
    dossier: (id) => `/api/entities/${id}`,
    document: (id) => `/api/documents/${id}`,
  };
  const latencies: Record<string, number[]> = { search: [], dossier: [], document: [] };
  const errors: Record<string, number> = { search: 0, dossier: 0, document: 0 };
  const stopAt = performance.now() + seconds * 1000;
  const client = async (number: number): Promise<void> => {
    for (let request = number; performance.now() < stopAt; request++) {
      const kind = kinds[request % kinds.length] as (typeof kinds)[number];
      const list = requests[kind];
      const value = list[(request * 7 + number) % list.length] as string;
      const started = performance.now();
      try {
        const response = await fetch(`${url}${paths[kind](value)}`);
        await response.arrayBuffer();
        if (response.status !== 200) errors[kind] = (errors[kind] ?? 0) + 1;
      } catch {
        errors[kind] = (errors[kind] ?? 0) + 1;
      }
      latencies[kind]?.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, number) => client(number)));
  return kinds.map((kind) => {
    const sorted = (latencies[kind] ?? []).sort((a, b) => a - b);
    return [
      kind,
      String(sorted.length),
      (sorted.length / seconds).toFixed(0),
      percentile(sorted, 50).toFixed(1),
      percentile(sorted, 95).toFixed(1),
      percentile(sorted, 99).toFixed(1),
      String(errors[kind]),
    ];
  });
}

async function benchBackend(
  name: string,
  location: string,
  sources: readonly Source[],
  size: () => Promise<number>,
): Promise<string[]> {
  const store = await openStore(location);
  const started = performance.now();
  let created = 0;
  for (let first = 0; first < ARTICLES; first += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, ARTICLES - first) }, (_, offset) =>
      record(sources, first + offset),
    );
    const outcomes =
      BATCH === 1 ? [await store.ingest(batch[0] as BenchRecord)] : await store.ingestMany(batch);
    created += outcomes.filter((outcome) => outcome.created).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = await store.count();
  const requests = await requestsFor(store, sources);
  await store.close();
  const bytes = await size();
  const server = await startServe(location);
  let rows: string[][];
  try {
    rows = await load(server.url, requests);
  } finally {
    await server.stop();
  }
  return [
    `${name}: ${created} articles stored (${BATCH === 1 ? 'one transaction per article' : `${BATCH} articles per transaction`}) in ${seconds.toFixed(1)} s = ${(created / seconds).toFixed(0)} articles/s; ` +
      `${counts.entities} corpus entities, ${counts.attributions} attributions; database ${(bytes / 1048576).toFixed(0)} MB`,
    `${name}: HTTP, ${CLIENTS} concurrent clients for ${SECONDS} s (loopback; server in its own process):`,
    '',
    ...formatTable(['request', 'requests', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'], rows),
    '',
  ];
}

export async function storeBench(): Promise<string[]> {
  const extracted = extractSources();
  if (extracted === null) return ['Store: skipped (BBC News and PolNeAR absent)'];
  const { sources } = extracted;
  const lines = [
    `Store: ${extracted.files} texts (BBC News, PolNeAR train) extracted once in ${extracted.seconds.toFixed(1)} s (one thread); ` +
      `${ARTICLES} articles stored = these documents under new content hashes (copy number appended).`,
    '',
  ];
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
  try {
    const file = join(folder, 'bench.db');
    lines.push(
      ...(await benchBackend('SQLite', file, sources, async () =>
        ['', '-wal', '-shm'].reduce((sum, suffix) => {
          try {
            return sum + statSync(`${file}${suffix}`).size;
          } catch {
            return sum;
          }
        }, 0),
      )),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const available = await postgresAvailable();
  if (!available.ok) {
    lines.push(`PostgreSQL: skipped (${available.reason})`);
    return lines;
  }
  const { url, name } = await createTestDatabase();
  try {
    lines.push(
      ...(await benchBackend('PostgreSQL', url, sources, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const result = await client.query('SELECT pg_database_size(current_database()) AS size');
          return Number(result.rows[0].size);
        } finally {
          await client.end();
        }
      })),
    );
  } finally {
    await dropTestDatabase(name);
  }
  return lines;
}
