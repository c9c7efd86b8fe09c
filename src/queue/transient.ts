/**
 * Errors that mean "the database is not reachable right now" (a restart, a dropped connection),
 * as opposed to errors a retry cannot change. Codes: Node's socket errors and PostgreSQL's
 * class 08 (connection exception), 57P01–57P03 (the server shutting down or starting), 53300
 * (too many connections).
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

// what `pg` says when a connection ends under a query ("Connection terminated unexpectedly")
const TRANSIENT_MESSAGE =
  /connection terminated|terminating connection|connection (?:is )?closed|not queryable|timeout exceeded when trying to connect|the database system is (?:starting up|shutting down)/i;

export function isTransientDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || code.startsWith('08'))) return true;
  return TRANSIENT_MESSAGE.test((error as Error | null)?.message ?? '');
}

export interface RetryOptions {
  /** Give up (throw the last error) after this long. */
  readonly totalMs: number;
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Stop retrying early (the worker is stopping). */
  readonly cancelled?: () => boolean;
}

/**
 * Runs `work` again while it fails with a transient database error, waiting longer each time
 * (250 ms doubling up to 5 s), for at most `totalMs`; any other error is thrown at once.
 */
export async function retryTransient<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const started = Date.now();
  let wait = options.firstDelayMs ?? 250;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      const elapsed = Date.now() - started;
      if (!isTransientDatabaseError(error) || elapsed + wait > options.totalMs || options.cancelled?.())
        throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, options.maxDelayMs ?? 5000);
    }
  }
}
