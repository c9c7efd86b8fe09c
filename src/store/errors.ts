/**
 * The store's one error type for requests it cannot answer (an unknown id, a correction that does
 * not fit the document). The HTTP server maps `code` to a status in one place (src/server/errors.ts).
 */
export type StoreErrorCode = 'not-found' | 'invalid' | 'conflict' | 'unavailable';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}
