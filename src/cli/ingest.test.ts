import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { inventedArticle } from './invented-article.js';

// `claimgraph ingest` and the commands over the store, as whole processes; and the kill -9 test:
// an ingest killed in the middle leaves whole articles only, and a second run completes it.

const BIN = fileURLToPath(new URL('../../../bin/claimgraph.js', import.meta.url));

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimgraph ingest and the store commands', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-ingest-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('ingests a folder recursively, reports stored / unchanged / failed, and is idempotent', () => {
    const articles = join(folder, 'articles');
    mkdirSync(join(articles, 'nested'), { recursive: true });
    writeFileSync(join(articles, 'one.txt'), inventedArticle(1));
    writeFileSync(join(articles, 'nested', 'two.txt'), inventedArticle(2));
    writeFileSync(
      join(articles, 'nested', 'three.html'),
      `<html><body><article><p>${inventedArticle(3)}</p></article></body></html>`,
    );
    writeFileSync(join(articles, 'empty.txt'), '');
    writeFileSync(join(articles, 'notes.json'), '{}'); // not an article file: not walked
    const database = join(folder, 'cli.db');
    const first = run(['ingest', '--db', database, '--jobs', '1', articles, join(folder, 'missing.txt')]);
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stderr, /empty\.txt: the file is empty/);
    assert.match(first.stderr, /missing\.txt: no such file/);
    assert.match(first.stderr, /3 stored, 0 unchanged, 2 failed/);
    const second = run(['ingest', '--db', database, '--jobs', '1', articles]);
    assert.match(second.stderr, /0 stored, 3 unchanged, 1 failed/);

    const said = run(['who-said', '--db', database, '--json', 'Ivo Quell']);
    assert.equal(said.status, 0, said.stderr);
    const speakers = (
      JSON.parse(said.stdout) as { speakers: { entity: { name: string }; said: unknown[] }[] }
    ).speakers;
    assert.equal(speakers[0]?.entity.name, 'Ivo Quell');
    assert.ok((speakers[0]?.said.length ?? 0) >= 1);
    const search = run(['search', '--db', database, '--json', 'signatures']);
    assert.equal((JSON.parse(search.stdout) as { results: unknown[] }).results.length >= 3, true);
    const csv = run(['export', '--db', database, '--format', 'csv']);
    assert.match(csv.stdout, /^document,title,published,attribution,/);
    const badFormat = run(['export', '--db', database, '--format', 'xml']);
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.stderr, /--format must be jsonl, csv, graphml, corrections/);
    const corpus = run([
      'corpus',
      '--jobs',
      '1',
      join(articles, 'one.txt'),
      join(articles, 'nested', 'two.txt'),
    ]);
    assert.equal(corpus.status, 0, corpus.stderr);
    const linked = JSON.parse(corpus.stdout) as { documents: unknown[]; entities: { members: unknown[] }[] };
    assert.equal(linked.documents.length, 2);
    assert.ok(linked.entities.every((cluster) => cluster.members.length >= 1));
    const help = run(['help', 'ingest']);
    assert.match(help.stdout, /Usage: claimgraph ingest/);
  });

  it('a store that cannot be opened is one line naming it', () => {
    const result = run(['search', '--db', join(folder, 'no', 'such', 'folder', 'x.db'), 'anything']);
    assert.equal(result.status, 1);
    assert.match(result.stderr.trim(), /^claimgraph search: cannot open .*x\.db: /);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  });

  it('--queue refuses URLs and WARC archives with one line, before touching the database', () => {
    for (const source of ['https://news.example/story.html', join(folder, 'crawl.warc.gz')]) {
      const result = run(['ingest', '--db', 'postgres://nobody@127.0.0.1:1/none', '--queue', source]);
      assert.equal(result.status, 2);
      assert.equal(
        result.stderr.trim(),
        `claimgraph ingest: ${source}: --queue takes files and folders; ingest URLs and WARC archives without --queue`,
      );
    }
  });

  it('kill -9 in the middle of an ingest of 1,000 articles, then again: each stored exactly once, none half-stored', async () => {
    const articles = join(folder, 'thousand');
    mkdirSync(articles);
    const total = 1000;
    for (let n = 0; n < total; n++)
      writeFileSync(join(articles, `article-${String(n).padStart(4, '0')}.txt`), inventedArticle(n));
    const database = join(folder, 'killed.db');
    const child = spawn(
      process.execPath,
      [BIN, 'ingest', '--db', database, '--quiet', '--jobs', '2', articles],
      { stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    // wait until some articles are stored, then kill the process (and its worker threads) outright
    let storedBefore = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!existsSync(database)) continue;
      try {
        const reader = new Database(database, { readonly: true, fileMustExist: true });
        try {
          storedBefore = (reader.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
        } finally {
          reader.close();
        }
      } catch {
        continue; // the schema is being created
      }
      if (storedBefore >= 150) break;
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.ok(storedBefore > 0 && storedBefore < total, `killed after ${storedBefore} of ${total}`);

    const again = run(['ingest', '--db', database, '--quiet', '--jobs', '2', articles]);
    assert.equal(again.status, 0, again.stderr);
    const summary = /(\d+) stored, (\d+) unchanged, 0 failed/.exec(again.stderr);
    assert.ok(summary, again.stderr);
    assert.equal(Number(summary[1]) + Number(summary[2]), total);
    assert.ok(Number(summary[2]) >= storedBefore, again.stderr);

    const reader = new Database(database, { readonly: true });
    try {
      const documents = reader.prepare('SELECT id, content_hash, source, document FROM documents').all() as {
        id: string;
        content_hash: string;
        source: string;
        document: string;
      }[];
      assert.equal(documents.length, total);
      assert.equal(new Set(documents.map((row) => row.content_hash)).size, total);
      assert.equal(new Set(documents.map((row) => row.source)).size, total);
      const count = (sql: string) =>
        new Map(
          (reader.prepare(sql).all() as { document_id: string; n: number }[]).map((row) => [
            row.document_id,
            row.n,
          ]),
        );
      const attributions = count('SELECT document_id, COUNT(*) AS n FROM attributions GROUP BY document_id');
      const entities = count('SELECT document_id, COUNT(*) AS n FROM document_entities GROUP BY document_id');
      const searchRows = count('SELECT document_id, COUNT(*) AS n FROM search_index GROUP BY document_id');
      for (const row of documents) {
        const document = JSON.parse(row.document) as { attributions: unknown[]; entities: unknown[] };
        assert.equal(attributions.get(row.id) ?? 0, document.attributions.length, row.source);
        assert.equal(entities.get(row.id) ?? 0, document.entities.length, row.source);
        assert.equal(searchRows.get(row.id) ?? 0, document.attributions.length + 1, row.source);
      }
      assert.ok(documents.some((row) => (attributions.get(row.id) ?? 0) > 0));
    } finally {
      reader.close();
    }
  });
  it('serve --workers 2: two processes answer on one port and all stop on SIGTERM', async () => {
    const database = join(folder, 'workers.db');
    writeFileSync(join(folder, 'served.txt'), inventedArticle(7));
    assert.equal(run(['ingest', '--db', database, join(folder, 'served.txt')]).status, 0);
    const child = spawn(process.execPath, [BIN, 'serve', '--db', database, '--port', '0', '--workers', '2'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stderr.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\/.*2 worker processes/.exec(text);
        if (match) resolve(match[1] as string);
      });
      child.once('exit', () => reject(new Error(`serve stopped: ${text}`)));
    });
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => fetch(`${url}/api/documents`).then((response) => response.json())),
    );
    for (const answer of answers) assert.equal((answer as { total: number }).total, 1);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    // the workers are gone too: the port no longer answers
    await assert.rejects(fetch(`${url}/api/documents`));
  });
});
