// The UI's page addresses and the API endpoint that serves each page's data (shown beside it,
// as Datasette does). Pure: parses a path and query into a route, and back.

export type Route =
  | { page: 'home' }
  | { page: 'search'; q: string }
  | { page: 'document'; id: string }
  | { page: 'entity'; id: string }
  | { page: 'claims'; topic?: string }
  | { page: 'timeline' }
  | { page: 'graph' }
  | { page: 'outlets' }
  | { page: 'outlet'; name: string }
  | { page: 'not-found'; path: string };

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'home' };
  if (path === '/search') return { page: 'search', q: new URLSearchParams(search).get('q') ?? '' };
  if (path === '/claims') {
    const topic = new URLSearchParams(search).get('topic');
    return topic ? { page: 'claims', topic } : { page: 'claims' };
  }
  if (path === '/timeline') return { page: 'timeline' };
  if (path === '/graph') return { page: 'graph' };
  if (path === '/outlets') return { page: 'outlets' };
  const outlet = /^\/outlets\/([^/]+)$/.exec(path);
  if (outlet) {
    const name = decodeSegment(outlet[1] ?? '');
    if (name !== null && name.trim() !== '') return { page: 'outlet', name };
  }
  const match = /^\/(documents|entities)\/([^/]+)$/.exec(path);
  if (match) {
    const id = decodeSegment(match[2] ?? '');
    if (id !== null && id !== '') return { page: match[1] === 'documents' ? 'document' : 'entity', id };
  }
  return { page: 'not-found', path: pathname };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '/';
    case 'search':
      return route.q ? `/search?q=${encodeURIComponent(route.q)}` : '/search';
    case 'document':
      return `/documents/${encodeURIComponent(route.id)}`;
    case 'entity':
      return `/entities/${encodeURIComponent(route.id)}`;
    case 'claims':
      return route.topic ? `/claims?topic=${encodeURIComponent(route.topic)}` : '/claims';
    case 'timeline':
      return '/timeline';
    case 'graph':
      return '/graph';
    case 'outlets':
      return '/outlets';
    case 'outlet':
      return `/outlets/${encodeURIComponent(route.name)}`;
    case 'not-found':
      return route.path;
  }
}

/** The JSON twin of a page, or null when the page has none. */
export function apiHref(route: Route): string | null {
  switch (route.page) {
    case 'search':
      return route.q ? `/api/search?q=${encodeURIComponent(route.q)}` : null;
    case 'document':
      return `/api/documents/${encodeURIComponent(route.id)}`;
    case 'entity':
      return `/api/entities/${encodeURIComponent(route.id)}`;
    case 'claims':
      return route.topic ? `/api/claims?topic=${encodeURIComponent(route.topic)}` : '/api/claims';
    case 'timeline':
      return '/api/events';
    case 'graph':
      return '/api/graph';
    case 'outlets':
      return '/api/outlets';
    case 'outlet':
      return `/api/outlets/figures?name=${encodeURIComponent(route.name)}`;
    case 'home':
    case 'not-found':
      return null;
  }
}
