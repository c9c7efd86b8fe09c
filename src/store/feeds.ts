import type { SqlExecutor } from './sql.js';
import { inValues, placeholders } from './sql.js';

import type { FeedValidators } from '../ingest/feed/feed-validators.js';

export async function feedValidators(db: SqlExecutor, feedUrl: string): Promise<FeedValidators | null> {
  const [row] = await db.all<{ etag: string | null; last_modified: string | null }>(
    'SELECT etag, last_modified FROM feed_state WHERE feed_url = ?',
    [feedUrl],
  );
  return row === undefined ? null : { etag: row.etag, lastModified: row.last_modified };
}

export async function saveFeedValidators(
  db: SqlExecutor,
  feedUrl: string,
  validators: FeedValidators,
  checkedAt: string,
): Promise<void> {
  // ON CONFLICT … DO UPDATE reads the same in SQLite (3.24+) and PostgreSQL
  await db.run(
    `INSERT INTO feed_state (feed_url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (feed_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       checked_at = excluded.checked_at`,
    [feedUrl, validators.etag, validators.lastModified, checkedAt],
  );
}

/** The keys (item ids or links) of this feed not seen before, in the order given. */
export async function unseenFeedItems(
  db: SqlExecutor,
  feedUrl: string,
  keys: readonly string[],
): Promise<string[]> {
  const seen = new Set<string>();
  for (let first = 0; first < keys.length; first += 500) {
    const chunk = keys.slice(first, first + 500);
    const rows = await db.all<{ item_key: string }>(
      `SELECT item_key FROM feed_items WHERE feed_url = ? AND item_key IN ${placeholders(chunk.length)}`,
      [feedUrl, ...inValues(chunk)],
    );
    for (const row of rows) seen.add(row.item_key);
  }
  return [...new Set(keys)].filter((key) => !seen.has(key));
}

export async function markFeedItemsSeen(
  db: SqlExecutor,
  feedUrl: string,
  keys: readonly string[],
  seenAt: string,
): Promise<void> {
  for (const key of new Set(keys)) {
    await db.run(
      'INSERT INTO feed_items (feed_url, item_key, seen_at) VALUES (?, ?, ?) ON CONFLICT (feed_url, item_key) DO NOTHING',
      [feedUrl, key, seenAt],
    );
  }
}
