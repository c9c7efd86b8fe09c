import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ArticleFetcher } from './fetch-article.js';
import { FetchError } from './fetch-error.js';
import type { FetchFailure } from './fetch-error.js';
import type { FetchOptions, Resolver } from './fetch-options.js';
import { defaultFetchOptions } from './fetch-options.js';
import type { TestServer } from './test-server.js';
import { dribble, startTestServer } from './test-server.js';

const PAGE =
  '<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>' +
  '<p>The harbour of Velmora reopened on Tuesday, the port authority said.</p></article></body></html>';

/** Names the tests use: nothing here asks a real DNS server. */
const names: Record<string, string> = {
  'news.test': '127.0.0.1',
  'intranet.test': '127.0.0.2',
  'metadata.test': '10.0.0.7',
};
const resolver: Resolver = async (hostname) => {
  const address =
    names[hostname] ?? (hostname.includes(':') ? hostname : /^[\d.]+$/.test(hostname) ? hostname : null);
  if (address === null) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return [{ address, family: address.includes(':') ? 6 : 4 }];
};

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    ...defaultFetchOptions('0.0.0-test'),
    allowPrivate: true,
    resolve: resolver,
    connectTimeoutMs: 2000,
    totalTimeoutMs: 2000,
    maxBytes: 256 * 1024,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<{ failure: FetchFailure; message: string }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    assert.ok(!error.message.includes('\n'), 'the reason is one line');
    return { failure: error.failure, message: error.message };
  }
  assert.fail('expected the fetch to fail');
}

describe('ArticleFetcher against a local server', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      '/robots.txt': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('User-agent: *\nDisallow: /members/\n');
      },
      '/story': (request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`${PAGE}<!-- ${request.headers['user-agent']} -->`);
      },
      '/latin': (_request, response) => {
        // "Café" in windows-1252 (é = 0xE9), declared only in the header
        response.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
        response.end(
          Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9]), Buffer.from(' du port</p>')]),
        );
      },
      '/gzipped': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        response.end(gzipSync(PAGE));
      },
      '/moved': (_request, response) => {
        response.writeHead(301, { location: '/story' });
        response.end();
      },
      '/loop-a': (_request, response) => {
        response.writeHead(302, { location: '/loop-b' });
        response.end();
      },
      '/loop-b': (_request, response) => {
        response.writeHead(302, { location: '/loop-a' });
        response.end();
      },
      '/chain': (request, response) => {
        const step = Number(new URL(request.url ?? '', 'http://x').searchParams.get('n') ?? 0);
        response.writeHead(302, { location: `/chain?n=${step + 1}` });
        response.end();
      },
      '/to-intranet': (_request, response) => {
        response.writeHead(302, { location: `http://intranet.test:${server.port}/story` });
        response.end();
      },
      '/endless': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        dribble(response, Buffer.alloc(64 * 1024, 'a'), 1, 2000);
      },
      '/five-gigabytes': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * 1024 ** 3) });
        dribble(response, '<p>', 100, 20);
      },
      '/slow-loris': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        dribble(response, '<', 100, 100);
      },
      '/picture': (_request, response) => {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      },
      '/members/story': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(PAGE);
      },
      '/gone': (_request, response) => {
        response.writeHead(410, { 'content-type': 'text/plain' });
        response.end('gone');
      },
    });
  });
  after(() => server.close());

  it('fetches a page with an honest user agent, robots.txt read first', async () => {
    const page = await new ArticleFetcher(options()).fetchArticle(`${server.origin}/story`);
    assert.equal(page.url, `${server.origin}/story`);
    assert.match(Buffer.from(page.bytes).toString('utf8'), /claimgraph\/0\.0\.0-test/);
    assert.ok(!Number.isNaN(Date.parse(page.retrieved)));
    assert.ok(server.requests.indexOf('GET /robots.txt') < server.requests.indexOf('GET /story'));
  });

  it('decodes with the charset of the Content-Type header', async () => {
    const page = await new ArticleFetcher(options()).fetchArticle(`${server.origin}/latin`);
    assert.equal(Buffer.from(page.bytes).toString('utf8'), '<p>Café du port</p>');
  });

  it('decompresses a gzip response', async () => {
    const page = await new ArticleFetcher(options()).fetchArticle(`${server.origin}/gzipped`);
    assert.equal(Buffer.from(page.bytes).toString('utf8'), PAGE);
  });

  it('follows a redirect and names the final URL', async () => {
    const page = await new ArticleFetcher(options()).fetchArticle(`${server.origin}/moved`);
    assert.equal(page.url, `${server.origin}/story`);
  });

  const failures: { name: string; path: string; failure: FetchFailure; message: RegExp; within?: number }[] =
    [
      {
        name: 'a redirect loop',
        path: '/loop-a',
        failure: 'redirect-loop',
        message: /redirect loop: .*\/loop-a/,
      },
      {
        name: 'an endless redirect chain',
        path: '/chain',
        failure: 'too-many-redirects',
        message: /more than 5 redirects/,
      },
      {
        name: 'an endless body',
        path: '/endless',
        failure: 'too-large',
        message: /kept coming, over the limit of 256\.0 KB/,
      },
      {
        name: 'a declared 5 GB body',
        path: '/five-gigabytes',
        failure: 'too-large',
        message: /declares 5120\.0 MB/,
        within: 500,
      },
      { name: 'a slow-loris server', path: '/slow-loris', failure: 'timeout', message: /longer than 2 s/ },
      { name: 'an image', path: '/picture', failure: 'not-html', message: /image\/png is not an HTML page/ },
      {
        name: 'a page robots.txt disallows',
        path: '/members/story',
        failure: 'robots-disallowed',
        message: /disallows \/members\/story/,
      },
      { name: 'an HTTP error', path: '/gone', failure: 'http-status', message: /HTTP 410/ },
    ];
  for (const { name, path, failure: expected, message, within } of failures) {
    it(`fails clearly on ${name}`, async () => {
      const started = performance.now();
      const outcome = await failure(new ArticleFetcher(options()).fetchArticle(`${server.origin}${path}`));
      assert.equal(outcome.failure, expected, outcome.message);
      assert.match(outcome.message, message);
      if (within !== undefined)
        assert.ok(performance.now() - started < within, 'refused before reading the body');
    });
  }

  it('re-checks the address of every redirect hop', async () => {
    // only 127.0.0.1 counts as public here, so the hop to intranet.test (127.0.0.2) is "private"
    const narrowed = options({
      allowPrivate: false,
      refuse: (address) => (address === '127.0.0.1' ? null : 'private'),
    });
    const outcome = await failure(
      new ArticleFetcher(narrowed).fetchArticle(`http://news.test:${server.port}/to-intranet`),
    );
    assert.equal(outcome.failure, 'refused-address');
    assert.match(outcome.message, /intranet\.test resolves to 127\.0\.0\.2/);
  });

  it('connects to the address that was checked, whatever the name resolves to later', async () => {
    let calls = 0;
    // a rebinding resolver: public the first time, private afterwards
    const rebinding: Resolver = async () => [
      { address: calls++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 },
    ];
    const fetcher = new ArticleFetcher(options({ resolve: rebinding, respectRobots: false }));
    const page = await fetcher.fetchArticle(`http://news.test:${server.port}/story`);
    assert.equal(calls, 1, 'the name was resolved once');
    assert.match(Buffer.from(page.bytes).toString('utf8'), /Velmora/);
  });
});

describe('address checks (nothing is connected to)', () => {
  const refused: { url: string; range: RegExp }[] = [
    { url: 'http://127.0.0.1/', range: /127\.0\.0\.1 is a loopback address/ },
    { url: 'http://169.254.169.254/latest/meta-data/', range: /169\.254\.169\.254 is a linkLocal address/ },
    { url: 'http://[::1]/', range: /::1 is a loopback address/ },
    { url: 'http://[::ffff:127.0.0.1]/', range: /is a loopback address/ },
    { url: 'http://0.0.0.0/', range: /unspecified/ },
    {
      url: 'http://metadata.test/',
      range: /10\.0\.0\.7 is a private address \(metadata\.test resolves to 10\.0\.0\.7\)/,
    },
  ];
  for (const { url, range } of refused) {
    it(`refuses ${url} unless --allow-private`, async () => {
      const fetcher = new ArticleFetcher(options({ allowPrivate: false }));
      const outcome = await failure(fetcher.fetchArticle(url));
      assert.equal(outcome.failure, 'refused-address');
      assert.match(outcome.message, range);
      assert.match(outcome.message, /--allow-private/);
    });
  }

  it('refuses other schemes and names that do not resolve', async () => {
    const fetcher = new ArticleFetcher(options({ allowPrivate: false }));
    assert.equal((await failure(fetcher.fetchArticle('file:///etc/passwd'))).failure, 'invalid-url');
    assert.equal((await failure(fetcher.fetchArticle('http://nowhere.test/'))).failure, 'dns');
    assert.equal((await failure(fetcher.fetchArticle('not a url'))).failure, 'invalid-url');
  });
});
