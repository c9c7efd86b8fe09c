import { isArticleMediaType, parseContentType, transcodeToUtf8 } from './content-type.js';
import { FetchError } from './fetch-error.js';
import type { FetchOptions } from './fetch-options.js';
import { fetchFollowing } from './fetch-url.js';
import { RobotsRules } from './robots.js';

/** A fetched page, ready for the pipeline: the bytes are UTF-8 when the server named another charset. */
export interface FetchedArticle {
  /** The URL that answered (after redirects); the article's `source`. */
  readonly url: string;
  readonly bytes: Uint8Array;
  /** When it was fetched (ISO date-time). */
  readonly retrieved: string;
  readonly format: 'html' | 'text';
}

/** Fetches article pages: robots.txt per origin is remembered across the URLs of one run. */
export class ArticleFetcher {
  readonly options: FetchOptions;
  readonly robots: RobotsRules;

  constructor(options: FetchOptions) {
    this.options = options;
    this.robots = new RobotsRules(options);
  }

  /** Throws `FetchError` with a one-line reason. */
  async fetchArticle(
    address: string,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<FetchedArticle> {
    const url = parseUrl(address);
    const response = await fetchFollowing(url, this.options, headers, (hop) => this.robots.check(hop));
    if (response.status === 304) throw new FetchError('not-modified', 'not modified since the last fetch');
    if (response.status < 200 || response.status >= 300)
      throw new FetchError('http-status', `HTTP ${response.status} from ${response.url.href}`);
    const contentType = parseContentType(response.headers['content-type']);
    if (!isArticleMediaType(contentType.mediaType))
      throw new FetchError('not-html', `${contentType.mediaType} is not an HTML page or text`);
    return {
      url: response.url.href,
      bytes: transcodeToUtf8(response.body, contentType.charset),
      retrieved: new Date().toISOString(),
      format: contentType.mediaType === 'text/plain' ? 'text' : 'html',
    };
  }
}

export function parseUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError('invalid-url', `"${address.slice(0, 200)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError('invalid-url', `only http and https URLs can be fetched, not ${url.protocol}`);
  url.hash = '';
  return url;
}

/** Whether a command-line argument is a URL to fetch rather than a file name. */
export function isHttpUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}
