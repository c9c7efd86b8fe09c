/**
 * What the browser tests share: where the CLI and the built UI are, a free loopback port, a
 * `claimgraph serve` child process started and stopped, JSON from the API, screenshots, and
 * Debian's Chromium launched headless with the flags the brief gives. Not a test itself.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export const repository = fileURLToPath(new URL('../../../', import.meta.url));
export const cli = path.join(repository, 'bin', 'claimgraph.js');
export const chromiumPath = process.env.CLAIMGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const requireBrowser = process.env.CLAIMGRAPH_REQUIRE_BROWSER === '1';
export const screenshots = path.join(repository, 'artifacts', 'screenshots');

/** Why the browser tests of `what` cannot run here (no Chromium, UI not built), or null. */
export function browserSkipReason(what: string): string | null {
  if (!existsSync(chromiumPath))
    return `Chromium is not at ${chromiumPath} (apt-get install chromium): the browser tests of ${what} did not run`;
  if (!existsSync(path.join(repository, 'web', 'dist', 'index.html')))
    return `web/dist is missing (npm run build): the browser tests of ${what} did not run`;
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts `claimgraph serve` on the database and waits until its OpenAPI document answers. */
export async function startServer(database: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [cli, 'serve', '--db', database, '--host', '127.0.0.1', '--port', String(port)],
    { cwd: repository, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`claimgraph serve exited (${child.exitCode}): ${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/openapi.json`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  child.kill();
  throw new Error(`claimgraph serve did not answer within 20 s: ${output}`);
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** GETs an API address and asserts a 200 answer. */
export async function api<T>(base: string, address: string): Promise<T> {
  const response = await fetch(base + address);
  assert.equal(response.status, 200, `${address} answered ${response.status}`);
  return (await response.json()) as T;
}

export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage });
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
