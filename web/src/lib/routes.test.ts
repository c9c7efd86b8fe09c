import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiHref, parseRoute, routeHref, type Route } from './routes.js';

const cases: { path: string; search?: string; route: Route; api: string | null }[] = [
  { path: '/', route: { page: 'home' }, api: null },
  {
    path: '/search',
    search: '?q=border%20closed',
    route: { page: 'search', q: 'border closed' },
    api: '/api/search?q=border%20closed',
  },
  { path: '/documents/d%2F1', route: { page: 'document', id: 'd/1' }, api: '/api/documents/d%2F1' },
  { path: '/entities/42/', route: { page: 'entity', id: '42' }, api: '/api/entities/42' },
  { path: '/claims', route: { page: 'claims' }, api: '/api/claims' },
  {
    path: '/claims',
    search: '?topic=who%20took%20part',
    route: { page: 'claims', topic: 'who took part' },
    api: '/api/claims?topic=who%20took%20part',
  },
  { path: '/outlets', route: { page: 'outlets' }, api: '/api/outlets' },
  {
    path: '/outlets/The%20Daily%20%2F%20Wire',
    route: { page: 'outlet', name: 'The Daily / Wire' },
    api: '/api/outlets/figures?name=The%20Daily%20%2F%20Wire',
  },
  { path: '/timeline', route: { page: 'timeline' }, api: '/api/events' },
  { path: '/graph', route: { page: 'graph' }, api: '/api/graph' },
  { path: '/documents/%E0%A4%A', route: { page: 'not-found', path: '/documents/%E0%A4%A' }, api: null },
  { path: '/nowhere', route: { page: 'not-found', path: '/nowhere' }, api: null },
];

for (const { path, search, route, api } of cases) {
  test(`parseRoute ${path}${search ?? ''}`, () => {
    const parsed = parseRoute(path, search ?? '');
    assert.deepEqual(parsed, route);
    assert.equal(apiHref(parsed), api);
    if (route.page !== 'not-found') assert.deepEqual(parseRoute(...splitHref(routeHref(parsed))), route);
  });
}

function splitHref(href: string): [string, string] {
  const at = href.indexOf('?');
  return at < 0 ? [href, ''] : [href.slice(0, at), href.slice(at)];
}
