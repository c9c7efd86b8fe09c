import { StoreError } from './errors.js';
import { SqlStore } from './repository.js';
import type { Store } from './types.js';

/** The database used when none is given: a SQLite file in the working directory. */
export const DEFAULT_DATABASE = './claimgraph.db';

export function isPostgresAddress(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens (creating and migrating when needed) the store at `location`: a `postgres://…` address
 * for PostgreSQL, anything else is the path of a SQLite file (`:memory:` for a throw-away one).
 * Throws `StoreError('unavailable')` with a one-line reason when the database cannot be opened.
 */
export async function openStore(location: string = DEFAULT_DATABASE): Promise<Store> {
  let store: SqlStore;
  try {
    if (isPostgresAddress(location)) {
      const { openPostgres } = await import('./postgres/database.js');
      store = new SqlStore(openPostgres(location));
    } else {
      const { openSqlite } = await import('./sqlite/database.js');
      store = new SqlStore(openSqlite(location));
    }
  } catch (error) {
    throw new StoreError('unavailable', `cannot open ${describe(location)}: ${(error as Error).message}`);
  }
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw new StoreError('unavailable', `cannot open ${describe(location)}: ${(error as Error).message}`);
  }
  return store;
}

/** The location without a password, for messages. */
export function describe(location: string): string {
  return isPostgresAddress(location) ? location.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : location;
}
