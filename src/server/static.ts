/**
 * Serves the built web UI (web/dist, made by `vite build` in `npm install`) at `/`: files under
 * /assets/ carry a content hash in their names and are cached for a year; every page address of
 * the UI (web/src/lib/routes.ts: /search, /documents/{id}, …) answers with index.html, so a
 * shared link opens the right page. Every answer carries the Content-Security-Policy that forbids
 * inline script (article text is untrusted; the UI renders it as text, the policy is the second wall).
 * Written on the web platform's Request/Response, so any server framework can mount it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { parseRoute } from '../../web/src/lib/routes.js';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const hashedAssetCache = 'public, max-age=31536000, immutable';

/** web/dist beside the compiled server (dist/src/server → ../../../web/dist) or beside the sources. */
export function defaultUiDirectory(): string {
  return fileURLToPath(new URL('../../../web/dist/', import.meta.url));
}

/** True for the addresses of the UI's pages, which all answer with index.html. */
export function isPageAddress(pathname: string): boolean {
  return parseRoute(pathname, '').page !== 'not-found';
}

function respond(status: number, body: BodyInit | null, headers: Record<string, string>): Response {
  return new Response(body, { status, headers: { ...securityHeaders, ...headers } });
}

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    return await readFile(file);
  } catch {
    return null;
  }
}

/**
 * Returns a handler that answers the UI's requests and returns null for every other address (the
 * API, /openapi.json, unknown paths), so the server can go on with its own routes and 404.
 */
export function createUiHandler(
  directory: string = defaultUiDirectory(),
): (request: Request) => Promise<Response | null> {
  const root = path.resolve(directory);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const address = new URL(request.url).pathname;
    if (address.startsWith('/api/') || address === '/api' || address === '/openapi.json') return null;
    const head = request.method === 'HEAD';

    // page addresses are matched still encoded: "/entities/e%2F7" is one id, "e/7"
    if (isPageAddress(address) || address === '/index.html') {
      const html = await readIfFile(path.join(root, 'index.html'));
      if (!html) {
        return respond(
          503,
          head
            ? null
            : 'The web UI is not built: run `npm install` (or `npm run build`) in the claimgraph folder, then reload.\n',
          { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
        );
      }
      return respond(200, head ? null : new Uint8Array(html), {
        'content-type': contentTypes['.html']!,
        'cache-control': 'no-cache',
        'content-length': String(html.length),
      });
    }

    // a file of the build: only below the UI folder, no hidden files, known types only
    let pathname: string;
    try {
      pathname = decodeURIComponent(address);
    } catch {
      return null;
    }
    const file = path.resolve(root, '.' + pathname);
    if (!file.startsWith(root + path.sep) || pathname.includes('/.') || pathname.includes('\0')) return null;
    const type = contentTypes[path.extname(file).toLowerCase()];
    if (!type) return null;
    const body = await readIfFile(file);
    if (!body) return null;
    return respond(200, head ? null : new Uint8Array(body), {
      'content-type': type,
      'cache-control': pathname.startsWith('/assets/') ? hashedAssetCache : 'public, max-age=3600',
      'content-length': String(body.length),
    });
  };
}

/**
 * The hook `serve.ts` calls (its `MountStatic`): serves the UI of `root` on `app`, after the API's
 * routes so /api/* and /openapi.json always win. `pages` is the server's list of page addresses;
 * the UI's own route table (web/src/lib/routes.ts) decides, and the two are checked against each
 * other in static.test.ts.
 */
export function mountStatic(app: Pick<Hono, 'get'>, root: string, pages: readonly string[]): void {
  void pages;
  const handler = createUiHandler(root);
  app.get('*', async (c, next) => {
    const response = await handler(c.req.raw);
    if (response) return response;
    await next();
    return undefined;
  });
}
