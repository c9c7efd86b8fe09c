import { ClaimgraphError } from '../../model/index.js';

/** Why one URL could not be fetched; the message is the one line a user sees for that URL. */
export type FetchFailure =
  | 'invalid-url'
  | 'refused-address'
  | 'dns'
  | 'robots-disallowed'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'too-large'
  | 'timeout'
  | 'http-status'
  | 'not-html'
  | 'not-feed'
  | 'not-modified'
  | 'network';

export class FetchError extends ClaimgraphError {
  readonly failure: FetchFailure;
  constructor(failure: FetchFailure, message: string) {
    super('fetch-failed', message);
    this.name = 'FetchError';
    this.failure = failure;
  }
}
