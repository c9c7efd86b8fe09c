import { useApi } from '../api.js';
import { SearchForm } from '../components/search-form.js';
import { AddArticle } from '../components/add-article.js';
import { Status } from '../components/status.js';
import { listOf } from '../lib/unwrap.js';
import { routeHref } from '../lib/routes.js';
import type { DocumentSummary } from '../types.js';

export function HomePage() {
  const [result] = useApi<unknown>('/api/documents?limit=50');
  return (
    <section>
      <h1>Who said what, when, and where accounts disagree</h1>
      <SearchForm initial="" />
      <h2>Articles</h2>
      <AddArticle />
      <p class="api-link">
        JSON: <a href="/api/documents?limit=50">/api/documents?limit=50</a>
      </p>
      <Status result={result} what="the articles">
        {(body) => {
          const documents = listOf<DocumentSummary>(body, 'documents');
          const total =
            typeof (body as { total?: unknown }).total === 'number'
              ? (body as { total: number }).total
              : documents.length;
          if (documents.length === 0)
            return (
              <p class="empty">
                No article is stored yet. Add some with <code>claimgraph ingest FILE…</code> (or{' '}
                <code>POST /api/documents</code>) and reload.
              </p>
            );
          return (
            <>
              {total > documents.length && (
                <p class="muted">
                  The {documents.length} newest of {total}; search finds the others.
                </p>
              )}
              <ul class="documents">
                {documents.map((doc) => (
                  <li key={doc.id}>
                    <a href={routeHref({ page: 'document', id: doc.id })}>{doc.title ?? doc.source}</a>
                    <span class="muted">
                      {' '}
                      {[
                        doc.publisher,
                        doc.published,
                        `${doc.entities} entities`,
                        `${doc.attributions} attributions`,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Status>
    </section>
  );
}
