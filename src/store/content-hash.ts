import { createHash } from 'node:crypto';

/**
 * The content hash that makes ingestion idempotent: SHA-256 of the article's bytes, with the
 * reference date when one is given (the same text read against another date is another record).
 */
export function contentHash(bytes: Uint8Array, published: string | null = null): string {
  const hash = createHash('sha256').update(bytes);
  if (published !== null) hash.update(`\u0000published=${published}`);
  return hash.digest('hex');
}
