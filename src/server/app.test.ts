import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { openStore } from '../store/open-store.js';
import { fixtureDocument, fixtureHash, HARBOUR, UNION } from '../store/test-fixtures.js';
import type { Store } from '../store/types.js';
import { createApp } from './app.js';
import { startServer } from './serve.js';

// Every endpoint through Hono's in-process request, bad input included; one real server on a free
// loopback port at the end.

const ARTICLE =
  'Harbour pilots in Corvane stopped work on Friday. "We will not sail until the lights are fixed," said Marta Quell, ' +
  'who leads the pilots. The port office said repairs would start next week.';

describe('HTTP API', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-api-'));
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let harbour: string;
  before(async () => {
    process.env.CLAIMGRAPH_QUIET_ERRORS = '1';
    store = await openStore(join(folder, 'api.db'));
    for (const article of [HARBOUR, UNION]) {
      const document = fixtureDocument(article);
      const { id } = await store.ingest({ contentHash: fixtureHash(document), document });
      if (article === HARBOUR) harbour = id;
    }
    app = createApp({ store, maxBodyBytes: 1024 * 1024 });
  });
  after(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const call = async (path: string, init?: RequestInit) => {
    const response = await app.request(path, init);
    const text = await response.text();
    assert.doesNotMatch(text, /\bat .*\.js:\d+/, 'no stack trace in an answer');
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      assert.fail(`${path} answered something that is not JSON: ${text.slice(0, 200)}`);
    }
    return {
      status: response.status,
      body: body as Record<string, unknown> & { error?: { code: string } },
      headers: response.headers,
    };
  };
  const post = (path: string, body: string, type: string) =>
    call(path, { method: 'POST', body, headers: { 'content-type': type } });

  it('POST /api/documents stores an article (201), the same content again gives 200 and the same id', async () => {
    const first = await post('/api/documents?source=pilots.txt&published=2025-05-02', ARTICLE, 'text/plain');
    assert.equal(first.status, 201);
    assert.equal(first.body.created, true);
    const again = await post(
      '/api/documents?source=other-name.txt&published=2025-05-02',
      ARTICLE,
      'text/plain; charset=utf-8',
    );
    assert.deepEqual([again.status, again.body], [200, { id: first.body.id, created: false }]);
    const page = await post(
      '/api/documents',
      `<html><head><title>Pilots</title></head><body><article><p>${ARTICLE}</p></article></body></html>`,
      'text/html',
    );
    assert.equal(page.status, 201);
    const stored = await call(`/api/documents/${String(first.body.id)}`);
    assert.equal(stored.status, 200);
    assert.equal(stored.body.source, 'pilots.txt');
    assert.equal(stored.body.published, '2025-05-02');
    assert.ok(Array.isArray(stored.body.attributions));
  });

  it('POST /api/documents refuses bad input with 4xx', async () => {
    const cases: [string, RequestInit, number, string][] = [
      [
        '/api/documents',
        { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } },
        415,
        'unsupported-media-type',
      ],
      [
        '/api/documents',
        { method: 'POST', body: '', headers: { 'content-type': 'text/plain' } },
        400,
        'empty-input',
      ],
      [
        '/api/documents',
        { method: 'POST', body: '   \n ', headers: { 'content-type': 'text/plain' } },
        400,
        'empty-input',
      ],
      [
        '/api/documents?published=yesterday-ish',
        { method: 'POST', body: ARTICLE, headers: { 'content-type': 'text/plain' } },
        400,
        'invalid-date',
      ],
      [
        '/api/documents',
        { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'text/plain' } },
        413,
        'body-too-large',
      ],
      [
        '/api/documents',
        {
          method: 'POST',
          body: '\u0000\u0001\u0002binary\u0000'.repeat(100),
          headers: { 'content-type': 'text/plain' },
        },
        400,
        'binary-input',
      ],
    ];
    for (const [path, init, status, code] of cases) {
      const answer = await call(path, init);
      assert.deepEqual(
        [answer.status, answer.body.error?.code],
        [status, code],
        `${path} ${String(init.body).slice(0, 20)}`,
      );
    }
  });

  it('GET endpoints answer with the store views', async () => {
    const list = await call('/api/documents?limit=2');
    assert.equal(list.status, 200);
    assert.equal((list.body.documents as unknown[]).length, 2);
    const search = await call('/api/search?q=crane');
    assert.ok((search.body.results as { kind: string }[]).some((result) => result.kind === 'attribution'));
    const entities = await call('/api/entities?name=Mirzoev');
    const [mirzoyev] = entities.body.entities as { id: string; name: string }[];
    assert.equal(mirzoyev?.name, 'Ivan Mirzoyev');
    const dossier = await call(`/api/entities/${mirzoyev?.id}`);
    assert.equal((dossier.body.said as unknown[]).length, 3);
    const said = await call(`/api/attributions?speaker=${mirzoyev?.id}&stance=assert`);
    assert.equal((said.body.attributions as unknown[]).length, 3);
    const topic = await call('/api/attributions?topic=union-warned-crane');
    assert.equal((topic.body.attributions as unknown[]).length, 2);
    const contradictions = await call('/api/contradictions');
    assert.equal((contradictions.body.contradictions as unknown[]).length, 2);
    // the fixture article's own events, in time order (articles posted above bring extracted ones too)
    const events = await call('/api/events');
    assert.deepEqual(
      (events.body.events as { trigger: string; document: string }[])
        .filter((event) => event.document === harbour)
        .map((event) => event.trigger),
      ['collapsed', 'closed'],
    );
    const graph = await call('/api/graph?limit=10');
    assert.ok((graph.body.edges as unknown[]).length > 0);
    const stats = await call('/api/stats');
    assert.equal(stats.body.backend, 'sqlite');
  });

  it('search reads query syntax as words and never fails', async () => {
    for (const q of [
      '"',
      '*',
      'OR',
      'crane OR',
      'NEAR(',
      'NEAR(crane, 2)',
      "'; DROP TABLE documents; --",
      '\\',
      '%',
      'crane*',
      '^',
      '{}',
    ]) {
      const answer = await call(`/api/search?q=${encodeURIComponent(q)}`);
      assert.equal(answer.status, 200, q);
      assert.ok(Array.isArray(answer.body.results), q);
    }
    assert.equal((await call('/api/stats')).body.documents, 4);
  });

  it('bad parameters and unknown ids give 400 and 404 as JSON errors', async () => {
    const cases: [string, number][] = [
      ['/api/search', 400],
      ['/api/search?q=', 400],
      [`/api/search?q=${'a'.repeat(1001)}`, 400],
      ['/api/search?q=crane&limit=0', 400],
      ['/api/search?q=crane&limit=abc', 400],
      ['/api/documents?offset=-1', 400],
      ['/api/entities', 400],
      ['/api/graph?limit=100000', 400],
      ['/api/documents/ffffffffffffffff', 404],
      ['/api/documents/..%2F..%2Fetc%2Fpasswd', 404],
      ['/api/entities/e000000000000000', 404],
      ['/api/corrections?document=ffffffffffffffff', 404],
      ['/api/nothing-here', 404],
    ];
    for (const [path, status] of cases) {
      const answer = await call(path);
      assert.equal(answer.status, status, path);
      assert.equal(typeof answer.body.error?.code, 'string', path);
    }
  });

  it('corrections: POST, GET, DELETE, with malformed and invalid bodies refused', async () => {
    const json = (body: string) => post('/api/corrections', body, 'application/json');
    const created = await json(
      JSON.stringify({
        change: { kind: 'not-attribution', document: harbour, attribution: 'a1' },
        author: 'api test',
      }),
    );
    assert.equal(created.status, 201);
    const document = await call(`/api/documents/${harbour}`);
    assert.ok(
      !(document.body.attributions as { id: string }[]).some((attribution) => attribution.id === 'a1'),
    );
    assert.equal((document.body.corrections as unknown[]).length, 1);
    const listed = await call(`/api/corrections?document=${harbour}`);
    assert.equal((listed.body.corrections as unknown[]).length, 1);
    const bad: [string, number][] = [
      ['{"change": ', 400],
      ['[]', 400],
      ['{"change": {"kind": "rename", "document": "x"}}', 400],
      ['{"change": {"kind": "speaker", "document": "x", "attribution": "a1"}}', 400],
      [
        JSON.stringify({
          change: { kind: 'speaker', document: 'ffffffffffffffff', attribution: 'a1', speaker: null },
        }),
        404,
      ],
      [
        JSON.stringify({
          change: { kind: 'content', document: harbour, attribution: 'a2', content: [{ start: 10, end: 5 }] },
        }),
        400,
      ],
      [
        JSON.stringify({ change: { kind: 'merge', entity: 'e000000000000000', into: 'e000000000000001' } }),
        404,
      ],
    ];
    for (const [body, status] of bad) {
      const answer = await json(body);
      assert.equal(answer.status, status, body);
      assert.equal(typeof answer.body.error?.code, 'string', body);
    }
    assert.equal((await post('/api/corrections', '{}', 'text/plain')).status >= 400, true);
    const deleted = await call(`/api/corrections/${String(created.body.id)}`, { method: 'DELETE' });
    assert.deepEqual([deleted.status, deleted.body], [200, { deleted: created.body.id }]);
    assert.equal(
      (await call(`/api/corrections/${String(created.body.id)}`, { method: 'DELETE' })).status,
      404,
    );
  });

  it('security headers: a Content-Security-Policy without inline script, nosniff', async () => {
    const { headers } = await call('/api/stats');
    assert.match(headers.get('content-security-policy') ?? '', /script-src 'self'(;|$)/);
    assert.doesNotMatch(headers.get('content-security-policy') ?? '', /script-src[^;]*unsafe-inline/);
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
    assert.equal(headers.get('x-frame-options'), 'SAMEORIGIN');
  });

  it('per-source figures: a speaker and an outlet per day or week; bad ranges and unknown ids refused', async () => {
    const [mirzoyev] = await store.findEntities('Ivan Mirzoyev');
    assert.ok(mirzoyev);
    const weekly = await call(`/api/entities/${mirzoyev.id}/figures`);
    assert.equal(weekly.status, 200);
    assert.equal(weekly.body.bucket, 'week');
    assert.deepEqual(weekly.body.subject, {
      kind: 'speaker',
      id: mirzoyev.id,
      name: 'Ivan Mirzoyev',
      type: 'PERSON',
    });
    const daily = await call(`/api/entities/${mirzoyev.id}/figures?bucket=day&from=2025-03-01&to=2025-03-07`);
    assert.equal(daily.status, 200);
    const buckets = daily.body.buckets as { start: string; quotations: number }[];
    assert.equal(buckets.length, 7);
    assert.deepEqual(
      buckets.filter((bucket) => bucket.quotations > 0).map((bucket) => [bucket.start, bucket.quotations]),
      [
        ['2025-03-04', 2],
        ['2025-03-05', 1],
      ],
    );
    const outlets = await call('/api/outlets');
    assert.deepEqual(
      (outlets.body.outlets as { outlet: string }[]).map((outlet) => outlet.outlet),
      ['The Invented Courier'],
    );
    const outlet = await call(
      `/api/outlets/figures?name=${encodeURIComponent('The Invented Courier')}&bucket=day`,
    );
    assert.equal(outlet.status, 200);
    assert.deepEqual(outlet.body.subject, { kind: 'outlet', name: 'The Invented Courier' });
    assert.equal((outlet.body.totals as { quotations: number }).quotations, 8);
    for (const [path, status] of [
      [`/api/entities/${mirzoyev.id}/figures?bucket=month`, 400],
      [`/api/entities/${mirzoyev.id}/figures?from=2025-02-30`, 400],
      [`/api/entities/${mirzoyev.id}/figures?from=9999-99-99`, 400],
      [`/api/entities/${mirzoyev.id}/figures?from=2025-03-09&to=2025-03-01`, 400],
      ['/api/entities/nobody/figures', 404],
      ['/api/outlets/figures', 400],
      ['/api/outlets/figures?name=Nobody%20Daily', 404],
      ["/api/outlets/figures?name=x'%20OR%201=1--", 404],
    ] as const) {
      const answer = await call(path);
      assert.equal(answer.status, status, path);
      assert.ok(answer.body.error, path);
    }
  });

  it('GET /api/claims: the claims board, topics with answers, sides and contradictions', async () => {
    const { status, body } = await call('/api/claims');
    assert.equal(status, 200);
    const topics = body.topics as {
      topic: string;
      sides: { answer: string; claims: { document: string; attribution: string; span: unknown }[] }[];
      contradictions: { kind: string }[];
    }[];
    const [first] = topics;
    assert.equal(first?.topic, 'union-warned-crane');
    assert.deepEqual(
      first?.sides.map((side) => side.answer),
      ['not warn', 'warn'],
    );
    assert.ok(first?.contradictions.some((conflict) => conflict.kind === 'denies'));
    const one = await call(`/api/claims?topic=${encodeURIComponent('union-warned-crane')}&limit=1`);
    assert.equal((one.body.topics as unknown[]).length, 1);
    assert.equal((await call('/api/claims?limit=0')).status, 400);
  });

  it('the OpenAPI document validates and lists every endpoint', async () => {
    const { body } = await call('/openapi.json');
    await SwaggerParser.validate(structuredClone(body) as never);
    const paths = Object.keys(body.paths as object).sort();
    assert.deepEqual(paths, [
      '/api/attributions',
      '/api/claims',
      '/api/contradictions',
      '/api/corrections',
      '/api/corrections/{id}',
      '/api/documents',
      '/api/documents/{id}',
      '/api/entities',
      '/api/entities/{id}',
      '/api/entities/{id}/figures',
      '/api/events',
      '/api/graph',
      '/api/outlets',
      '/api/outlets/figures',
      '/api/search',
      '/api/stats',
    ]);
  });

  it('with a token, every request needs Authorization: Bearer TOKEN', async () => {
    const guarded = createApp({ store, token: 's3cret-token' });
    const cases: [Record<string, string>, number][] = [
      [{}, 401],
      [{ authorization: 'Bearer wrong' }, 401],
      [{ authorization: 'Basic czNjcmV0LXRva2Vu' }, 401],
      [{ authorization: 'Bearer s3cret-token' }, 200],
    ];
    for (const [headers, status] of cases) {
      const response = await guarded.request('/api/stats', { headers });
      assert.equal(response.status, status, JSON.stringify(headers));
      const body = (await response.json()) as { error?: { code: string } };
      if (status === 401) assert.equal(body.error?.code, 'unauthorized');
    }
    assert.equal((await guarded.request('/openapi.json')).status, 401);
  });

  it('serve listens on the loopback address, and refuses another one without a token', async () => {
    await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0 }), /without --token/);
    const server = await startServer({ store, port: 0, webRoot: null });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/stats`);
      assert.equal(response.status, 200);
      const big = await fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'y'.repeat(11 * 1024 * 1024),
      });
      assert.equal(big.status, 413);
    } finally {
      await server.close();
    }
  });
});
