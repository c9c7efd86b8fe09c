import { useEffect } from 'preact/hooks';
import { apiHref, routeHref, type Route } from './lib/routes.js';
import { interceptLinks, useRoute } from './navigation.js';
import { SearchForm } from './components/search-form.js';
import { SearchPage } from './pages/search.js';
import { DocumentPage } from './pages/document.js';
import { EntityPage } from './pages/entity.js';
import { ClaimsPage } from './pages/claims.js';
import { TimelinePage } from './pages/timeline.js';
import { GraphPage } from './pages/graph.js';
import { HomePage } from './pages/home.js';
import { OutletPage, OutletsPage } from './pages/outlets.js';

const sections: { route: Route; label: string }[] = [
  { route: { page: 'search', q: '' }, label: 'Search' },
  { route: { page: 'claims' }, label: 'Claims' },
  { route: { page: 'outlets' }, label: 'Outlets' },
  { route: { page: 'timeline' }, label: 'Timeline' },
  { route: { page: 'graph' }, label: 'Graph' },
];

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'search':
      return <SearchPage q={route.q} />;
    case 'document':
      return <DocumentPage id={route.id} />;
    case 'entity':
      return <EntityPage id={route.id} />;
    case 'claims':
      return <ClaimsPage topic={route.topic ?? null} />;
    case 'outlets':
      return <OutletsPage />;
    case 'outlet':
      return <OutletPage name={route.name} />;
    case 'timeline':
      return <TimelinePage />;
    case 'graph':
      return <GraphPage />;
    case 'not-found':
      return (
        <section>
          <h1>No such page</h1>
          <p>
            Nothing lives at <code>{route.path}</code>. Try the <a href="/search">search</a>.
          </p>
        </section>
      );
  }
}

export function App() {
  const route = useRoute();
  useEffect(() => interceptLinks(), []);
  const api = apiHref(route);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          claimgraph
        </a>
        <nav aria-label="Sections">
          {sections.map(({ route: target, label }) => (
            <a
              href={routeHref(target)}
              aria-current={
                target.page === route.page || (target.page === 'outlets' && route.page === 'outlet')
                  ? 'page'
                  : undefined
              }
            >
              {label}
            </a>
          ))}
        </nav>
        <SearchForm initial={route.page === 'search' ? route.q : ''} compact />
      </header>
      <main id="main" tabIndex={-1}>
        {api && (
          <p class="api-link">
            JSON: <a href={api}>{api}</a>
          </p>
        )}
        <Page route={route} />
      </main>
      <footer class="site-footer">
        <a href="/openapi.json">API description (OpenAPI)</a>
      </footer>
    </>
  );
}
