import type { ArticleFetcher } from '../fetch/fetch-article.js';
import { parseUrl } from '../fetch/fetch-article.js';
import { parseContentType, transcodeToUtf8 } from '../fetch/content-type.js';
import { FetchError } from '../fetch/fetch-error.js';
import { fetchFollowing } from '../fetch/fetch-url.js';
import type { FeedValidators } from './feed-validators.js';
import type { FeedEntry } from './parse-feed.js';
import { parseFeedEntries } from './parse-feed.js';

export type FeedPoll =
  | { readonly changed: false }
  | { readonly changed: true; readonly entries: readonly FeedEntry[]; readonly validators: FeedValidators };

/**
 * One conditional GET of a feed (the same address checks, limits and robots.txt as pages):
 * If-None-Match / If-Modified-Since from the last answer, so an unchanged feed costs a 304.
 */
export async function pollFeed(
  fetcher: ArticleFetcher,
  feedUrl: string,
  previous: FeedValidators | null,
): Promise<FeedPoll> {
  const url = parseUrl(feedUrl);
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
  };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  const response = await fetchFollowing(url, fetcher.options, headers, (hop) => fetcher.robots.check(hop));
  if (response.status === 304) return { changed: false };
  if (response.status < 200 || response.status >= 300)
    throw new FetchError('http-status', `HTTP ${response.status} from ${response.url.href}`);
  const { charset } = parseContentType(response.headers['content-type']);
  // an XML declaration's encoding is honoured by nothing here: the header's charset, else UTF-8
  const text = new TextDecoder('utf-8').decode(transcodeToUtf8(response.body, charset));
  return {
    changed: true,
    entries: parseFeedEntries(text, response.url.href),
    validators: {
      etag: headerValue(response.headers.etag),
      lastModified: headerValue(response.headers['last-modified']),
    },
  };
}

function headerValue(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.length > 512 ? null : first;
}
