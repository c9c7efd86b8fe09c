import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Throw-away PostgreSQL databases for tests: the server on 127.0.0.1:5432 (user postgres, or
 * CLAIMGRAPH_TEST_POSTGRES=postgres://…/postgres), each database with a unique name, dropped after.
 */
export const TEST_SERVER =
  process.env.CLAIMGRAPH_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether the test server answers; the reason when it does not. */
export async function postgresAvailable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: TEST_SERVER, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: (error as Error).message || String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs one statement on the server's maintenance connection (CREATE or DROP DATABASE). */
export async function administer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a database with a unique name (`claimgraph_test_[PREFIX_]…`); returns its address. */
export async function createTestDatabase(prefix = ''): Promise<{ url: string; name: string }> {
  if (!/^\w*$/.test(prefix)) throw new Error(`bad database prefix ${prefix}`);
  const name = `claimgraph_test_${prefix ? `${prefix}_` : ''}${process.pid}_${randomBytes(4).toString('hex')}`;
  await administer(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_SERVER);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

export async function dropTestDatabase(name: string): Promise<void> {
  if (!/^claimgraph_test_\w+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await administer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/**
 * How the PostgreSQL suites run here: with the server, they run; without it, they are skipped with
 * the reason shown, unless CLAIMGRAPH_REQUIRE_POSTGRES=1 (CI), where its absence fails the run.
 */
export async function postgresSkipReason(suite = 'store'): Promise<string | false> {
  const available = await postgresAvailable();
  if (available.ok) return false;
  const message = `PostgreSQL at ${TEST_SERVER} does not answer (${available.reason})`;
  if (process.env.CLAIMGRAPH_REQUIRE_POSTGRES === '1')
    throw new Error(`${message}; CLAIMGRAPH_REQUIRE_POSTGRES=1 requires it`);
  process.stderr.write(`# SKIPPED: PostgreSQL ${suite} tests: ${message}\n`);
  return `${message} (set CLAIMGRAPH_REQUIRE_POSTGRES=1 to fail instead)`;
}
