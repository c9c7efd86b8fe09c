import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.js';
import { createApp } from './app.js';

/** Where `npm run build` of the web UI puts its files (served at `/` when the folder exists). */
export const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** The web UI's pages: any of these addresses answers with index.html (the UI routes in the browser). */
export const UI_PAGES = [
  '/search',
  '/documents/:id',
  '/entities/:id',
  '/claims',
  '/timeline',
  '/graph',
  '/outlets',
  '/outlets/:name',
] as const;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface ServeOptions {
  readonly store: Store;
  readonly host?: string;
  readonly port?: number;
  readonly token?: string | null;
  readonly maxBodyBytes?: number;
  /** Folder of the built web UI (default web/dist of the package); absent: API only. */
  readonly webRoot?: string | null;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Whether the web UI's files are served at `/`. */
  readonly ui: boolean;
  close(): Promise<void>;
}

/**
 * The hook for the web UI: `src/server/static.ts` (written with the UI) exports
 * `mountStatic(app, root, pages)`, which serves the files of `root` at `/` and answers the UI's
 * page addresses (`pages`, Hono patterns) with index.html. Called after the API routes, so
 * /api/* and /openapi.json always win.
 */
export type MountStatic = (app: OpenAPIHono, root: string, pages: readonly string[]) => void;

async function mountUi(app: OpenAPIHono, root: string | null): Promise<boolean> {
  if (root === null || !existsSync(root)) return false;
  const module = (await import(new URL('./static.js', import.meta.url).href).catch(() => null)) as {
    mountStatic?: MountStatic;
  } | null;
  if (typeof module?.mountStatic !== 'function') return false;
  module.mountStatic(app, root, UI_PAGES);
  return true;
}

/**
 * Starts the HTTP server. It binds 127.0.0.1 unless told otherwise, and refuses any other address
 * without a token (then every request needs `Authorization: Bearer TOKEN`).
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? null;
  if (!isLoopback(host) && !token) {
    throw new Error(
      `refusing to listen on ${host} without --token (anyone on the network could read and change the store)`,
    );
  }
  const app = createApp({ store: options.store, token, maxBodyBytes: options.maxBodyBytes });
  const ui = await mountUi(app, options.webRoot === undefined ? WEB_ROOT : options.webRoot);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: host, port: options.port ?? 8080 },
      (info: AddressInfo) => {
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${shown}:${info.port}`,
          port: info.port,
          ui,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
