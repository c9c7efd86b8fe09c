import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface TestServer {
  readonly origin: string;
  readonly port: number;
  /** Requests seen, in order ("GET /robots.txt"). */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * An HTTP server on 127.0.0.1 for tests (never the internet): each path answers with its route,
 * anything else 404. Every misbehaving route stops by itself (bounded bytes and time).
 */
export async function startTestServer(routes: Readonly<Record<string, Route>>): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const route = routes[new URL(request.url ?? '/', 'http://test').pathname];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not here');
      return;
    }
    route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes `chunk` every `everyMs` until the client leaves or `maxChunks` were written. */
export function dribble(
  response: http.ServerResponse,
  chunk: string | Buffer,
  everyMs: number,
  maxChunks: number,
): void {
  let written = 0;
  const timer = setInterval(() => {
    if (response.destroyed || written >= maxChunks) {
      clearInterval(timer);
      response.end();
      return;
    }
    written += 1;
    response.write(chunk);
  }, everyMs);
  response.on('close', () => clearInterval(timer));
}
