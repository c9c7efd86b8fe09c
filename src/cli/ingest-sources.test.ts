import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ArticleFetcher } from '../ingest/fetch/fetch-article.js';
import { defaultFetchOptions } from '../ingest/fetch/fetch-options.js';
import { openStore } from '../store/index.js';
import { extractSettings } from './arguments.js';
import { ingestUrls } from './ingest-sources.js';
import type { TestServer } from '../ingest/fetch/test-server.js';
import { dribble, startTestServer } from '../ingest/fetch/test-server.js';

// `claimgraph ingest URL… / FILE.warc` as whole processes against a server on 127.0.0.1 that the
// test starts: each bad item is one line on standard error, and the rest of the batch is stored.

const BIN = fileURLToPath(new URL('../../../bin/claimgraph.js', import.meta.url));

/** Runs the CLI without blocking this process's event loop (the test server lives here). */
function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

/** The n-th invented page: a council story with a quotation. */
function page(n: number): string {
  const towns = ['Corvane', 'Velmar', 'Ostrin', 'Dunmere'];
  const town = towns[n % towns.length];
  return (
    `<html><head><title>Ferry to ${town} stops</title></head><body><article>` +
    `<p>The ferry to ${town} will stop for ${n} days from May ${n % 28}, the harbour office said on Friday.</p>` +
    `<p>"We need ${n + 40} new planks before it sails again," said Ilse Marren, who runs the yard.</p>` +
    `</article></body></html>`
  );
}

function storedRows(database: string): { source: string; retrieved: string | null }[] {
  const db = new Database(database, { readonly: true });
  try {
    return (
      db.prepare('SELECT source, document FROM documents ORDER BY seq').all() as {
        source: string;
        document: string;
      }[]
    ).map((row) => ({
      source: row.source,
      retrieved: (JSON.parse(row.document) as { retrieved?: string }).retrieved ?? null,
    }));
  } finally {
    db.close();
  }
}

describe('claimgraph ingest URL…', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-sources-'));
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      '/robots.txt': (_request, response) => {
        response.writeHead(404);
        response.end();
      },
      '/one': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page(11));
      },
      '/two': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page(12));
      },
      '/loop': (_request, response) => {
        response.writeHead(302, { location: '/loop' });
        response.end();
      },
      '/huge': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * 1024 ** 3) });
        dribble(response, '<p>', 100, 50);
      },
      '/slow-loris': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        dribble(response, '<p>', 200, 100);
      },
      '/garbage': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)));
      },
    });
  });
  after(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses the loopback server unless --allow-private', async () => {
    const database = join(folder, 'refused.db');
    const result = await run(['ingest', '--db', database, `${server.origin}/one`]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\/one: refused: 127\.0\.0\.1 is a loopback address; pass --allow-private/);
    assert.equal(server.requests.length, 0, 'nothing was sent');
  });

  it('stores the good pages with URL and fetch date; each bad one is one line', async () => {
    const database = join(folder, 'urls.db');
    const urls = ['/one', '/loop', '/huge', '/garbage', '/two'].map((path) => `${server.origin}${path}`);
    const result = await run(['ingest', '--db', database, '--allow-private', ...urls]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\/loop: redirect loop/);
    assert.match(result.stderr, /\/huge: the server declares 5120\.0 MB, over the limit/);
    assert.match(result.stderr, /\/garbage: .*binary/i);
    assert.match(result.stderr, /2 stored, 0 unchanged, 3 failed/);
    assert.ok(!/\n\s+at /.test(result.stderr), 'no stack trace');
    const rows = storedRows(database);
    assert.deepEqual(
      rows.map((row) => row.source),
      [`${server.origin}/one`, `${server.origin}/two`],
    );
    for (const row of rows) assert.ok(row.retrieved !== null && !Number.isNaN(Date.parse(row.retrieved)));
    const again = await run(['ingest', '--db', database, '--allow-private', `${server.origin}/one`]);
    assert.match(again.stderr, /0 stored, 1 unchanged, 0 failed/);
  });

  it('goes on past a slow-loris server (in process, with a 1 s limit)', async () => {
    const store = await openStore(':memory:');
    const fetcher = new ArticleFetcher({
      ...defaultFetchOptions('0.0.0-test'),
      allowPrivate: true,
      totalTimeoutMs: 1000,
    });
    const stored: string[] = [];
    const failed: string[] = [];
    try {
      await ingestUrls(
        store,
        [`${server.origin}/slow-loris`, `${server.origin}/two`],
        fetcher,
        extractSettings(),
        {
          onStored: (source) => stored.push(source),
          onFailure: (source, error) => failed.push(`${source}: ${error}`),
        },
      );
    } finally {
      await store.close();
    }
    assert.deepEqual(stored, [`${server.origin}/two`]);
    assert.deepEqual(failed, [`${server.origin}/slow-loris: the response took longer than 1 s`]);
  });
});

describe('claimgraph ingest FILE.warc', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-warc-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  async function record(
    url: string,
    body: string,
    gzip: boolean,
    contentType = 'text/html; charset=utf-8',
  ): Promise<Uint8Array> {
    const warcRecord = WARCRecord.create(
      {
        url,
        date: '2024-03-05T10:00:00Z',
        type: 'response',
        warcVersion: 'WARC/1.1',
        httpHeaders: { 'Content-Type': contentType },
      },
      [new TextEncoder().encode(body)],
    );
    return WARCSerializer.serialize(warcRecord, { gzip });
  }

  const cases: { gzip: boolean; where: 'middle' | 'end'; failure: RegExp }[] = [
    { gzip: false, where: 'end', failure: /wire\.test\/cut: truncated record: it ends before its HTTP head/ },
    {
      gzip: false,
      where: 'middle',
      failure: /wire\.test\/cut, .*: unreadable record \(WARC-Type "response, response"\)/,
    },
    {
      gzip: true,
      where: 'end',
      failure: /after http:\/\/wire\.test\/second: the record at byte \d+ cannot be read/,
    },
    {
      gzip: true,
      where: 'middle',
      failure: /after http:\/\/wire\.test\/first: the record at byte \d+ cannot be read/,
    },
  ];
  for (const { gzip, where, failure } of cases) {
    const name = `${where}.warc${gzip ? '.gz' : ''}`;
    it(`stores each HTML response of ${name}; a record cut off in the ${where} is one failure`, async () => {
      const whole = await record('http://wire.test/cut', page(23), gzip);
      // cut inside the record's WARC head: the next record's head runs into it
      const truncated = whole.subarray(0, 200);
      const first = await record('http://wire.test/first', page(21), gzip);
      const logo = await record('http://wire.test/logo.png', 'not a page', gzip, 'image/png');
      const second = await record('http://wire.test/second', page(22), gzip);
      const parts = where === 'end' ? [first, logo, second, truncated] : [first, truncated, logo, second];
      const path = join(folder, name);
      writeFileSync(path, Buffer.concat(parts.map((part) => Buffer.from(part))));
      const database = join(folder, `${name}.db`);
      const result = await run(['ingest', '--db', database, path]);
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, failure);
      assert.match(result.stderr, /2 stored, 0 unchanged, 1 failed/);
      assert.deepEqual(storedRows(database), [
        { source: 'http://wire.test/first', retrieved: '2024-03-05T10:00:00Z' },
        { source: 'http://wire.test/second', retrieved: '2024-03-05T10:00:00Z' },
      ]);
    });
  }
});
