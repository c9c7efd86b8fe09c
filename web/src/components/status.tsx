import type { ComponentChildren } from 'preact';
import type { Loadable } from '../api.js';

/** Shows progress while loading and the API's own message on failure; renders `children(data)` otherwise. */
export function Status<T>({
  result,
  what,
  children,
}: {
  result: Loadable<T>;
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  if (result.state === 'loading')
    return (
      <p class="loading" role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true" /> Loading {what}…
      </p>
    );
  if (result.state === 'error') return <ErrorMessage error={result.error} what={what} />;
  return <>{children(result.data)}</>;
}

export function ErrorMessage({
  error,
  what,
  summary,
}: {
  error: { status: number; code: string; message: string };
  what: string;
  /** what failed, when it was not a load ("The correction was not saved.") */
  summary?: string;
}) {
  return (
    <div class="error" role="alert">
      <strong>{summary ?? `Could not load ${what}.`}</strong> {error.message}
      {error.status > 0 && (
        <span class="error-code">
          {' '}
          ({error.status} {error.code})
        </span>
      )}
    </div>
  );
}
