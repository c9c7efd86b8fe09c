import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import { openStore } from './open-store.js';
import { createTestDatabase, dropTestDatabase, postgresSkipReason } from './postgres/test-database.js';
import { storeSuite } from './store-suite.js';
import type { Store } from './types.js';

// The same suite on both backends (store-suite.ts).

describe('store on SQLite', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-store-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  let counter = 0;
  storeSuite(
    () => openStore(join(folder, `store-${++counter}.db`)),
    (store) => store.close(),
  );
});

const skip = await postgresSkipReason();

describe('store on PostgreSQL', { skip }, () => {
  const names = new Map<Store, string>();
  storeSuite(
    async () => {
      const { url, name } = await createTestDatabase();
      const store = await openStore(url);
      names.set(store, name);
      return store;
    },
    async (store) => {
      await store.close();
      await dropTestDatabase(names.get(store) as string);
    },
  );
});
