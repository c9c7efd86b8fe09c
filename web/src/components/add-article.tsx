// Adds one article from the browser: POST /api/documents with the text (or a saved page), then opens
// it. Extraction takes a few seconds on a long page, so the form says what it is doing meanwhile.
import { useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { ErrorMessage } from './status.js';
import { navigate } from '../navigation.js';
import { routeHref } from '../lib/routes.js';

export function AddArticle() {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [published, setPublished] = useState('');
  const [html, setHtml] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!open)
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          Add an article…
        </button>
      </p>
    );
  return (
    <form
      class="correction-form add-article"
      aria-busy={busy}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!text.trim()) {
          setError(new ApiError(0, 'empty', 'Paste the article’s text (or choose a file) first.'));
          return;
        }
        setBusy(true);
        setError(null);
        const query = new URLSearchParams();
        if (source.trim()) query.set('source', source.trim());
        if (published) query.set('published', published);
        try {
          const response = await fetch(`/api/documents?${query}`, {
            method: 'POST',
            headers: { 'content-type': html ? 'text/html' : 'text/plain', accept: 'application/json' },
            body: text,
          });
          const body = (await response.json().catch(() => null)) as {
            id?: string;
            error?: { code?: string; message?: string };
          } | null;
          if (!response.ok || !body?.id) {
            throw new ApiError(
              response.status,
              body?.error?.code ?? `http_${response.status}`,
              body?.error?.message ?? response.statusText,
            );
          }
          navigate(routeHref({ page: 'document', id: body.id }));
        } catch (caught) {
          setError(
            caught instanceof ApiError
              ? caught
              : new ApiError(0, 'network', 'The server could not be reached.'),
          );
          setBusy(false);
        }
      }}
    >
      <h3>Add an article</h3>
      <label>
        File (.txt or a saved .html page){' '}
        <input
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={async (event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (!file) return;
            setText(await file.text());
            setSource(file.name);
            setHtml(/\.html?$/i.test(file.name) || file.type === 'text/html');
          }}
        />
      </label>
      <label class="stacked">
        …or its text
        <textarea rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="row">
        <label>
          <input
            type="checkbox"
            checked={html}
            onChange={(e) => setHtml((e.target as HTMLInputElement).checked)}
          />{' '}
          it is HTML
        </label>
        <label>
          Source{' '}
          <input
            type="text"
            value={source}
            onInput={(e) => setSource((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Published{' '}
          <input
            type="date"
            value={published}
            onInput={(e) => setPublished((e.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Extracting and storing…' : 'Add'}
        </button>
        <button type="button" onClick={() => setOpen(false)} disabled={busy}>
          Cancel
        </button>
        {busy && (
          <span class="loading" role="status">
            <span class="spinner" aria-hidden="true" /> reading the article: entities, quotations, dates…
          </span>
        )}
      </div>
      {error && <ErrorMessage error={error} what="the article" summary="The article was not added." />}
    </form>
  );
}
