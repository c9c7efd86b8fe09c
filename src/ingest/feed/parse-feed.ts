import { parseFeed } from '@rowanmanning/feed-parser';
import { FetchError } from '../fetch/fetch-error.js';

export interface FeedEntry {
  /** What identifies the item across polls: its id (RSS guid, Atom id), else its link. */
  readonly key: string;
  /** The article's address, resolved against the feed's URL. */
  readonly url: string;
  readonly title: string | null;
}

/**
 * RSS or Atom text → its items that link to an http(s) article, in feed order (parsed by
 * @rowanmanning/feed-parser). Throws a one-line `FetchError` when the text is not a feed. Items without a link are skipped: there is nothing to fetch.
 */
export function parseFeedEntries(text: string, feedUrl: string): FeedEntry[] {
  let feed;
  try {
    feed = parseFeed(text);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'unreadable';
    throw new FetchError('not-feed', `not an RSS or Atom feed (${reason.slice(0, 120)})`);
  }
  const entries: FeedEntry[] = [];
  for (const item of feed.items) {
    if (item.url === null) continue;
    let url: URL;
    try {
      url = new URL(item.url, feedUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    entries.push({ key: item.id ?? url.href, url: url.href, title: item.title });
  }
  return entries;
}
