import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { formatBytes } from '../limits.js';
import { FetchError } from './fetch-error.js';

export interface HttpGetOptions {
  /** The one address the connection may go to (already checked by the caller). */
  readonly address: string;
  readonly family: 4 | 6;
  readonly headers: Readonly<Record<string, string>>;
  /** Milliseconds to open the connection (TCP and TLS). */
  readonly connectTimeoutMs: number;
  /** Milliseconds for the whole exchange, body included: a server dribbling bytes is cut off here. */
  readonly totalTimeoutMs: number;
  /** Largest body accepted, compressed and decompressed alike. */
  readonly maxBytes: number;
  /** Read no body for these statuses (a redirect's body is never used). */
  readonly skipBodyFor?: (status: number) => boolean;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Uint8Array;
}

/**
 * One GET, with no redirect following. The connection goes to `options.address` whatever the
 * host name resolves to now: the name was resolved once and checked by the caller, and resolving
 * it again here would let a DNS answer that changed in between ("rebinding") pick another
 * address. Host header and TLS server name stay the URL's, so virtual hosts and certificates work.
 */
export function httpGet(url: URL, options: HttpGetOptions): Promise<HttpResponse> {
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) {
      (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [
        { address: options.address, family: options.family },
      ]);
    } else callback(null, options.address, options.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (error: Error | null, response?: HttpResponse): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      if (error !== null) {
        request.destroy();
        reject(error);
      } else resolve(response as HttpResponse);
    };
    const request = client.request(url, {
      method: 'GET',
      headers: options.headers,
      lookup: pinned,
      // no connection pool: each request opens its own connection to the address checked for it
      agent: false,
    });
    timers.push(
      setTimeout(
        () => finish(new FetchError('timeout', `no connection within ${seconds(options.connectTimeoutMs)}`)),
        options.connectTimeoutMs,
      ),
      setTimeout(
        () =>
          finish(
            new FetchError('timeout', `the response took longer than ${seconds(options.totalTimeoutMs)}`),
          ),
        options.totalTimeoutMs,
      ),
    );
    request.on('socket', (socket) => {
      const connected = (): void => clearTimeout(timers[0]);
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish(new FetchError('network', `network error (${error.code ?? error.message})`)),
    );
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (options.skipBodyFor?.(status)) {
        finish(null, { status, headers: response.headers, body: new Uint8Array(0) });
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        finish(tooLarge(`the server declares ${formatBytes(declared)}`, options.maxBytes));
        return;
      }
      let body: Readable = response;
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > options.maxBytes) finish(tooLarge('the response kept coming', options.maxBytes));
      });
      const decoder = decompressor(response.headers['content-encoding']);
      if (decoder !== null) {
        body = response.pipe(decoder);
        decoder.on('error', () => finish(new FetchError('network', 'the compressed response is corrupt')));
      }
      const chunks: Buffer[] = [];
      let length = 0;
      body.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > options.maxBytes) {
          finish(tooLarge('the response decompresses to more', options.maxBytes));
          return;
        }
        chunks.push(chunk);
      });
      body.on('end', () => finish(null, { status, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('aborted', () =>
        finish(new FetchError('network', 'the server closed the connection early')),
      );
      response.on('error', (error: NodeJS.ErrnoException) =>
        finish(new FetchError('network', `network error (${error.code ?? error.message})`)),
      );
    });
    request.end();
  });
}

function decompressor(
  encoding: string | undefined,
): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

function tooLarge(what: string, maxBytes: number): FetchError {
  return new FetchError('too-large', `${what}, over the limit of ${formatBytes(maxBytes)} (not read)`);
}

function seconds(milliseconds: number): string {
  return `${milliseconds / 1000} s`;
}
