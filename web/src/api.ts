// The one place the UI talks to the HTTP API. Errors come back as `{error: {code, message}}`;
// they become an ApiError whose message is shown to the user as it is.
import { useEffect, useState, useCallback } from 'preact/hooks';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  let code = `http_${response.status}`;
  let message = `The server answered ${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (body.error && typeof body.error.message === 'string') {
      message = body.error.message;
      if (typeof body.error.code === 'string') code = body.error.code;
    }
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, code, message);
}

export async function requestJson<T>(
  method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH',
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'The server could not be reached. Is `claimgraph serve` still running?');
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const getJson = <T>(url: string, signal?: AbortSignal): Promise<T> =>
  requestJson<T>('GET', url, undefined, signal);

export type Loadable<T> =
  { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ok'; data: T };

/** Loads `url` (null: nothing to load) and reloads it when `url` or `version` changes. */
export function useApi<T>(url: string | null, version = 0): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [bump, setBump] = useState(0);
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    getJson<T>(url, controller.signal).then(
      (data) => setResult({ state: 'ok', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({
          state: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, 'client', String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [url, version, bump]);
  const reload = useCallback(() => setBump((n) => n + 1), []);
  return [result, reload];
}
