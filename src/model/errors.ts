/**
 * The one error type for problems the user can fix (bad input, bad options). The CLI and the
 * HTTP server map it to a one-line message; anything else is a programmer error.
 */
export type ClaimgraphErrorCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'empty-input'
  | 'binary-input'
  | 'input-too-large'
  | 'html-too-complex'
  | 'invalid-option'
  | 'invalid-date'
  | 'fetch-failed';

export class ClaimgraphError extends Error {
  readonly code: ClaimgraphErrorCode;
  constructor(code: ClaimgraphErrorCode, message: string) {
    super(message);
    this.name = 'ClaimgraphError';
    this.code = code;
  }
}
