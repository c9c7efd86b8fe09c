import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createUiHandler, contentSecurityPolicy, isPageAddress } from './static.js';
import { UI_PAGES } from './serve.js';

let directory = '';
before(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-ui-'));
  await mkdir(path.join(directory, 'assets'));
  await writeFile(path.join(directory, 'index.html'), '<!doctype html><title>ui</title>');
  await writeFile(path.join(directory, 'assets', 'index-AbC123.js'), 'console.log(1)');
  await writeFile(path.join(directory, 'assets', 'index-AbC123.css'), 'body{}');
  await writeFile(path.join(directory, 'favicon.svg'), '<svg/>');
  await writeFile(path.join(directory, '.secret.txt'), 'no');
  await writeFile(path.join(directory, 'notes.xyz'), 'unknown type');
});
after(async () => {
  await rm(directory, { recursive: true, force: true });
});

const cases: {
  name: string;
  path: string;
  method?: string;
  status: number | null;
  type?: string;
  cache?: string;
  body?: string;
}[] = [
  {
    name: 'home page',
    path: '/',
    status: 200,
    type: 'text/html; charset=utf-8',
    cache: 'no-cache',
    body: '<!doctype html><title>ui</title>',
  },
  {
    name: 'search page with a query',
    path: '/search?q=border%20closed',
    status: 200,
    type: 'text/html; charset=utf-8',
  },
  { name: 'article page', path: '/documents/42', status: 200, type: 'text/html; charset=utf-8' },
  { name: 'dossier page', path: '/entities/e%2F7', status: 200, type: 'text/html; charset=utf-8' },
  { name: 'claims, timeline, graph', path: '/graph', status: 200, type: 'text/html; charset=utf-8' },
  {
    name: 'a hashed script',
    path: '/assets/index-AbC123.js',
    status: 200,
    type: 'text/javascript; charset=utf-8',
    cache: 'public, max-age=31536000, immutable',
    body: 'console.log(1)',
  },
  {
    name: 'a hashed stylesheet',
    path: '/assets/index-AbC123.css',
    status: 200,
    type: 'text/css; charset=utf-8',
  },
  {
    name: 'a file at the root',
    path: '/favicon.svg',
    status: 200,
    type: 'image/svg+xml',
    cache: 'public, max-age=3600',
  },
  { name: 'HEAD of a page has no body', path: '/claims', method: 'HEAD', status: 200, body: '' },
  { name: 'the API is not the UI’s', path: '/api/documents/1', status: null },
  { name: 'the OpenAPI document is not the UI’s', path: '/openapi.json', status: null },
  { name: 'unknown address: left to the server’s 404', path: '/nowhere', status: null },
  { name: 'a missing asset', path: '/assets/missing.js', status: null },
  { name: 'climbing out of the folder', path: '/assets/..%2f..%2fetc%2fpasswd', status: null },
  { name: 'a hidden file', path: '/.secret.txt', status: null },
  { name: 'a file of unknown type', path: '/notes.xyz', status: null },
  { name: 'POST is not served', path: '/', method: 'POST', status: null },
];

for (const { name, path: address, method, status, type, cache, body } of cases) {
  test(`UI handler: ${name}`, async () => {
    const handler = createUiHandler(directory);
    const response = await handler(new Request(`http://127.0.0.1${address}`, { method: method ?? 'GET' }));
    if (status === null) {
      assert.equal(response, null);
      return;
    }
    assert.ok(response);
    assert.equal(response.status, status);
    assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    if (type) assert.equal(response.headers.get('content-type'), type);
    if (cache) assert.equal(response.headers.get('cache-control'), cache);
    if (body !== undefined) assert.equal(await response.text(), body);
  });
}

test('UI handler: a page when the UI is not built says how to build it', async () => {
  const handler = createUiHandler(path.join(directory, 'no-such-folder'));
  const response = await handler(new Request('http://127.0.0.1/timeline'));
  assert.ok(response);
  assert.equal(response.status, 503);
  assert.match(await response.text(), /npm install/);
});

test('the policy forbids inline script', () => {
  assert.match(contentSecurityPolicy, /script-src 'self'(;|$)/);
  assert.doesNotMatch(contentSecurityPolicy, /unsafe-inline|unsafe-eval/);
});

test("every page address the server lists is one of the UI's pages", () => {
  for (const pattern of UI_PAGES) {
    const address = pattern.replace(/:[a-z]+/g, 'x1');
    assert.ok(isPageAddress(address), address);
  }
  assert.ok(isPageAddress('/'));
});
