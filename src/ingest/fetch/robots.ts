import robotsParserModule from 'robots-parser';
import { FetchError } from './fetch-error.js';
import type { FetchOptions } from './fetch-options.js';
import { ROBOTS_TOKEN } from './fetch-options.js';
import { fetchFollowing } from './fetch-url.js';

// the package is CommonJS (`module.exports = function`) but its types declare an ES default export
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

type Rules = { isAllowed(url: string, userAgent?: string): boolean | undefined };

/** What robots.txt says when there is none (4xx): everything may be fetched (RFC 9309 §2.3.1.3). */
const ALLOW_ALL: Rules = { isAllowed: () => true };

/**
 * robots.txt per origin, fetched once (with the same address checks and limits as pages) and
 * parsed with `robots-parser`. Rules are matched for the token `claimgraph`, falling back to `*`.
 */
export class RobotsRules {
  private readonly origins = new Map<string, Promise<Rules | string>>();
  private readonly options: FetchOptions;

  constructor(options: FetchOptions) {
    this.options = options;
  }

  async check(url: URL): Promise<void> {
    if (!this.options.respectRobots) return;
    let rules = this.origins.get(url.origin);
    if (rules === undefined) {
      rules = this.load(url);
      this.origins.set(url.origin, rules);
    }
    const loaded = await rules;
    // robots.txt that cannot be read (5xx, network failure) allows nothing (RFC 9309 §2.3.1.4)
    if (typeof loaded === 'string')
      throw new FetchError(
        'robots-disallowed',
        `robots.txt of ${url.origin} cannot be read (${loaded}), so nothing there is fetched`,
      );
    if (loaded.isAllowed(url.href, ROBOTS_TOKEN) === false)
      throw new FetchError('robots-disallowed', `robots.txt of ${url.origin} disallows ${url.pathname}`);
  }

  private async load(url: URL): Promise<Rules | string> {
    const robotsUrl = new URL('/robots.txt', url.origin);
    try {
      const response = await fetchFollowing(robotsUrl, { ...this.options, maxBytes: 512 * 1024 });
      if (response.status >= 200 && response.status < 300)
        return robotsParser(robotsUrl.href, Buffer.from(response.body).toString('utf8'));
      if (response.status >= 400 && response.status < 500) return ALLOW_ALL;
      return `HTTP ${response.status}`;
    } catch (error) {
      // the page itself would be refused for the same reason: say that reason, not "robots"
      if (error instanceof FetchError && (error.failure === 'refused-address' || error.failure === 'dns'))
        throw error;
      return (error as Error).message;
    }
  }
}
