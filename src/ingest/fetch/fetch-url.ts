import type { HttpResponse } from './http-get.js';
import { httpGet } from './http-get.js';
import { FetchError } from './fetch-error.js';
import type { FetchOptions, ResolvedAddress } from './fetch-options.js';
import { nextHop } from './redirects.js';

export interface FetchedResponse extends HttpResponse {
  /** The URL that answered, after redirects. */
  readonly url: URL;
}

/** Checks the URL's scheme and every address its host resolves to; returns the one to connect to. */
export async function resolveAllowed(url: URL, options: FetchOptions): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError('invalid-url', `only http and https URLs can be fetched, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '')
    throw new FetchError('invalid-url', 'URLs with a user name or password are not fetched');
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = await options.resolve(hostname);
  } catch (error) {
    throw new FetchError(
      'dns',
      `${hostname} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const first = addresses[0];
  if (first === undefined) throw new FetchError('dns', `${hostname} resolves to no address`);
  if (!options.allowPrivate) {
    // every answer is checked: a name with one public and one private address is refused, since
    // which one a client picks is not ours to promise
    for (const { address } of addresses) {
      const range = options.refuse(address);
      if (range !== null) {
        const via = address === hostname ? '' : ` (${hostname} resolves to ${address})`;
        throw new FetchError(
          'refused-address',
          `refused: ${address} is a ${range} address${via}; pass --allow-private to fetch it`,
        );
      }
    }
  }
  return first;
}

/** One request to one URL (no redirects followed), connected to the address that was checked. */
export async function fetchOnce(
  url: URL,
  options: FetchOptions,
  headers: Readonly<Record<string, string>> = {},
): Promise<FetchedResponse> {
  const target = await resolveAllowed(url, options);
  const response = await httpGet(url, {
    address: target.address,
    family: target.family,
    headers: {
      'user-agent': options.userAgent,
      accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1',
      'accept-encoding': 'gzip, deflate, br',
      ...headers,
    },
    connectTimeoutMs: options.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs,
    maxBytes: options.maxBytes,
    skipBodyFor: (status) => status >= 300 && status < 400,
  });
  return { ...response, url };
}

/**
 * GET with redirects followed by hand, at most `maxRedirects` hops: each hop's URL is checked
 * like the first (scheme, resolved addresses, robots.txt through `beforeHop`), so a public page
 * cannot redirect the fetcher into the private network; a URL seen before is a loop.
 */
export async function fetchFollowing(
  start: URL,
  options: FetchOptions,
  headers: Readonly<Record<string, string>> = {},
  beforeHop: (url: URL) => Promise<void> = async () => undefined,
): Promise<FetchedResponse> {
  const seen = new Set<string>();
  let url = start;
  for (let hop = 0; ; hop += 1) {
    seen.add(url.href);
    await beforeHop(url);
    const response = await fetchOnce(url, options, headers);
    const next = nextHop(url, response.status, response.headers.location, seen, hop, options.maxRedirects);
    if (next === null) return response;
    url = next;
  }
}
