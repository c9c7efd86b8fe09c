import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FetchError } from './fetch-error.js';
import { nextHop } from './redirects.js';

describe('nextHop', () => {
  const here = new URL('http://news.test/a/story');
  it('is null for a response that is not a redirect', () => {
    assert.equal(nextHop(here, 200, '/elsewhere', new Set(), 0, 5), null);
  });
  it('resolves a relative Location and drops the fragment', () => {
    assert.equal(nextHop(here, 301, '../b#top', new Set(), 0, 5)?.href, 'http://news.test/b');
  });
  const failures: {
    name: string;
    status: number;
    location: string | undefined;
    seen: string[];
    hops: number;
    failure: string;
  }[] = [
    { name: 'no Location', status: 302, location: undefined, seen: [], hops: 0, failure: 'http-status' },
    {
      name: 'a loop back to a visited URL',
      status: 302,
      location: '/a/story',
      seen: [here.href],
      hops: 1,
      failure: 'redirect-loop',
    },
    {
      name: 'one hop too many',
      status: 307,
      location: '/c',
      seen: [],
      hops: 5,
      failure: 'too-many-redirects',
    },
    {
      name: 'a file: URL',
      status: 302,
      location: 'file:///etc/passwd',
      seen: [],
      hops: 0,
      failure: 'invalid-url',
    },
  ];
  for (const { name, status, location, seen, hops, failure } of failures) {
    it(`fails on ${name}`, () => {
      assert.throws(
        () => nextHop(here, status, location, new Set(seen), hops, 5),
        (error: unknown) => error instanceof FetchError && error.failure === failure,
      );
    });
  }
});
