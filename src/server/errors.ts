import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ClaimgraphError } from '../model/index.js';
import { StoreError } from '../store/errors.js';

/**
 * Every error the API answers goes through here, as JSON `{error: {code, message}}`: bad input
 * is a 4xx with a one-line reason, never a 500, and no stack trace ever leaves the server.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

const CLAIMGRAPH_STATUS: Partial<Record<ClaimgraphError['code'], ContentfulStatusCode>> = {
  'input-too-large': 413,
  'html-too-complex': 413,
};

const STORE_STATUS: Record<StoreError['code'], ContentfulStatusCode> = {
  'not-found': 404,
  invalid: 400,
  conflict: 409,
  unavailable: 503,
};

/** The status, code and message of any thrown value. */
export function describeApiError(error: unknown): {
  status: ContentfulStatusCode;
  code: string;
  message: string;
} {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof StoreError)
    return { status: STORE_STATUS[error.code], code: error.code, message: error.message };
  if (error instanceof ClaimgraphError) {
    return { status: CLAIMGRAPH_STATUS[error.code] ?? 400, code: error.code, message: error.message };
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? 'body-too-large' : status === 401 ? 'unauthorized' : 'bad-request';
    return { status, code, message: error.message || 'bad request' };
  }
  return { status: 500, code: 'internal', message: 'internal error (see the server log)' };
}

export function handleError(error: unknown, c: Context): Response {
  const { status, code, message } = describeApiError(error);
  if (status >= 500 && process.env.CLAIMGRAPH_QUIET_ERRORS !== '1') {
    process.stderr.write(
      `claimgraph serve: ${c.req.method} ${c.req.path}: ${(error as Error)?.stack ?? String(error)}\n`,
    );
  }
  return c.json(errorBody(code, message.split('\n')[0] ?? ''), status);
}
