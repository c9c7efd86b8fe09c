import { useApi } from '../api.js';
import { SearchForm } from '../components/search-form.js';
import { Status } from '../components/status.js';
import { Highlighted } from '../components/highlighted.js';
import { listOf } from '../lib/unwrap.js';
import { routeHref } from '../lib/routes.js';
import type { SearchResult } from '../types.js';

export function SearchPage({ q }: { q: string }) {
  const [result] = useApi<unknown>(q ? `/api/search?q=${encodeURIComponent(q)}` : null);
  return (
    <section>
      <h1>Search</h1>
      <SearchForm initial={q} />
      {!q ? (
        <p class="hint">Words from an article or a quotation, e.g. a name or a phrase someone said.</p>
      ) : (
        <Status result={result} what="search results">
          {(body) => {
            const results = listOf<SearchResult>(body, 'results');
            if (results.length === 0) return <p class="empty">Nothing matches “{q}”.</p>;
            return (
              <ol class="results">
                {results.map((hit, index) => {
                  const href = routeHref({ page: 'document', id: hit.document });
                  return (
                    <li key={index} class="result">
                      <a
                        href={hit.attribution ? `${href}#attribution-${hit.attribution}` : href}
                        class="result-title"
                      >
                        {hit.title ?? `Article ${hit.document}`}
                      </a>
                      <span class="muted">
                        {' '}
                        {hit.kind === 'attribution' ? 'quotation' : 'article'}
                        {hit.published ? ` · ${hit.published}` : ''}
                      </span>
                      {hit.speakers && hit.speakers.length > 0 && (
                        <span class="muted">
                          {' · '}
                          {hit.speakers.map((speaker, i) => (
                            <>
                              {i > 0 && ', '}
                              <a href={routeHref({ page: 'entity', id: speaker.id })}>{speaker.name}</a>
                            </>
                          ))}
                        </span>
                      )}
                      <p class="snippet">
                        <Highlighted text={hit.snippet} highlights={hit.highlights ?? []} />
                      </p>
                    </li>
                  );
                })}
              </ol>
            );
          }}
        </Status>
      )}
    </section>
  );
}
