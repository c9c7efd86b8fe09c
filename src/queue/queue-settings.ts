/** How failed jobs are retried and when a job whose worker vanished is handed to another. */
export interface QueueSettings {
  /** Attempts after the first before a job goes to the dead-letter queue. */
  readonly retries: number;
  /** The first retry waits about this long; each next one twice as long (pg-boss's backoff). */
  readonly retryDelaySeconds: number;
  /**
   * An active job not finished after this long is failed and retried: this is how the job of a
   * worker that was killed (`kill -9`, a machine lost) comes back. Longer than any extraction.
   */
  readonly jobTimeoutSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  retries: 3,
  retryDelaySeconds: 10,
  jobTimeoutSeconds: 300,
};
