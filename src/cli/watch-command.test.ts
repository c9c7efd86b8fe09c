import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ArticleFetcher } from '../ingest/fetch/fetch-article.js';
import { defaultFetchOptions } from '../ingest/fetch/fetch-options.js';
import type { TestServer } from '../ingest/fetch/test-server.js';
import { startTestServer } from '../ingest/fetch/test-server.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { pollOnce } from './watch-command.js';

// `claimgraph watch`: one poll at a time against a feed served on 127.0.0.1 by the test.

function rss(items: number[]): string {
  return (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>' +
    items
      .map((n) => `<item><title>Ferry ${n}</title><link>/story/${n}</link><guid>ferry-${n}</guid></item>`)
      .join('') +
    '</channel></rss>'
  );
}

function story(n: number): string {
  return (
    `<html><head><title>Ferry ${n} delayed</title></head><body><article>` +
    `<p>The ferry number ${n} to Ostrin was delayed by ${n + 2} hours on Sunday, the harbour office said.</p>` +
    `<p>"The wind was too strong for ${n} boats," said Jorun Vail, a skipper.</p></article></body></html>`
  );
}

describe('watch: polling a feed', () => {
  let server: TestServer;
  let store: Store;
  let items = [1, 2];
  const fetcher = new ArticleFetcher({
    ...defaultFetchOptions('0.0.0-test'),
    allowPrivate: true,
    totalTimeoutMs: 5000,
  });
  before(async () => {
    store = await openStore(':memory:');
    server = await startTestServer({
      '/feed.xml': (request, response) => {
        const etag = `"v${items.join('-')}"`;
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304, { etag });
          response.end();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/rss+xml', etag });
        response.end(rss(items));
      },
      '/dated.xml': (request, response) => {
        const modified = 'Tue, 05 Mar 2024 10:00:00 GMT';
        if (request.headers['if-modified-since'] === modified) {
          response.writeHead(304);
          response.end();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': modified });
        response.end(
          '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Dated</title>' +
            '<entry><id>tag:news.test,2024:ferry-1</id><title>Ferry 1</title><link href="/story/1"/></entry></feed>',
        );
      },
      '/garbage.xml': (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end('<<< \u0000 this is not xml');
      },
      ...Object.fromEntries(
        [1, 2, 3].map((n) => [
          `/story/${n}`,
          (_request: unknown, response: import('node:http').ServerResponse) => {
            response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            response.end(story(n));
          },
        ]),
      ),
    });
  });
  after(async () => {
    await server.close();
    await store.close();
  });

  it('stores every item the first time', async () => {
    const summary = await pollOnce(store, `${server.origin}/feed.xml`, fetcher, () =>
      assert.fail('no failure'),
    );
    assert.deepEqual(
      {
        newItems: summary.newItems,
        stored: summary.stored,
        failed: summary.failed,
        notModified: summary.notModified,
      },
      { newItems: 2, stored: 2, failed: 0, notModified: false },
    );
    assert.equal((await store.count()).documents, 2);
  });

  it('sends the ETag back and takes a 304 as nothing new', async () => {
    const before = server.requests.length;
    const summary = await pollOnce(store, `${server.origin}/feed.xml`, fetcher, () =>
      assert.fail('no failure'),
    );
    assert.equal(summary.notModified, true);
    assert.deepEqual(server.requests.slice(before), ['GET /feed.xml'], 'no article fetched');
  });

  it('fetches only the new item when the feed changes', async () => {
    items = [1, 2, 3];
    const before = server.requests.length;
    const summary = await pollOnce(store, `${server.origin}/feed.xml`, fetcher, () =>
      assert.fail('no failure'),
    );
    assert.equal(summary.newItems, 1);
    assert.equal(summary.stored, 1);
    assert.deepEqual(server.requests.slice(before), ['GET /feed.xml', 'GET /story/3']);
    assert.equal((await store.count()).documents, 3);
  });

  it('sends Last-Modified back as If-Modified-Since (an Atom feed without an ETag)', async () => {
    const first = await pollOnce(store, `${server.origin}/dated.xml`, fetcher, () =>
      assert.fail('no failure'),
    );
    // the same page as /feed.xml's first item: fetched, and unchanged in the store
    assert.deepEqual([first.newItems, first.stored], [1, 0]);
    const second = await pollOnce(store, `${server.origin}/dated.xml`, fetcher, () =>
      assert.fail('no failure'),
    );
    assert.equal(second.notModified, true);
  });

  it('fails clearly on a feed that is garbage, and stores nothing', async () => {
    const failures: string[] = [];
    const summary = await pollOnce(store, `${server.origin}/garbage.xml`, fetcher, (source, error) =>
      failures.push(`${source}: ${error}`),
    );
    assert.match(summary.error ?? '', /not an RSS or Atom feed/);
    assert.equal(failures.length, 1);
    assert.ok(!failures[0]?.includes('\n'));
    assert.equal((await store.count()).documents, 3);
  });
});
