import { FetchError } from './fetch-error.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Where a response sends the fetcher next, or null when it is not a redirect. Throws for a
 * redirect without a usable Location, a hop past `maxRedirects`, or a URL already visited
 * ("/a" → "/b" → "/a" is a loop however many hops are allowed).
 */
export function nextHop(
  current: URL,
  status: number,
  location: string | undefined,
  seen: ReadonlySet<string>,
  hopsSoFar: number,
  maxRedirects: number,
): URL | null {
  if (!REDIRECT_STATUSES.has(status)) return null;
  if (location === undefined || location.trim() === '')
    throw new FetchError('http-status', `HTTP ${status} redirect without a Location header`);
  let next: URL;
  try {
    next = new URL(location.trim(), current);
  } catch {
    throw new FetchError(
      'invalid-url',
      `HTTP ${status} redirect to an invalid URL "${location.slice(0, 200)}"`,
    );
  }
  next.hash = '';
  if (next.protocol !== 'http:' && next.protocol !== 'https:')
    throw new FetchError('invalid-url', `redirect to a ${next.protocol} URL, which is not fetched`);
  if (seen.has(next.href))
    throw new FetchError('redirect-loop', `redirect loop: ${next.href} was visited before`);
  if (hopsSoFar + 1 > maxRedirects)
    throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects (last to ${next.href})`);
  return next;
}
