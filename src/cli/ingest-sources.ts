import type { ArticleFetcher } from '../ingest/fetch/fetch-article.js';
import { contentHash } from '../store/content-hash.js';
import type { Store } from '../store/types.js';
import type { ExtractSettings } from './process-file.js';
import { describeError, processInputs } from './process-file.js';

/** One article from a source other than a file: a fetched page or a WARC record. */
export interface SourceArticle {
  /** Its URL: the article's `source`. */
  readonly source: string;
  readonly bytes: Uint8Array;
  /** When it was fetched or captured (ISO date-time): stored as the document's `retrieved`. */
  readonly retrieved: string;
}

export interface SourceCallbacks {
  readonly onStored: (source: string, created: boolean) => void;
  readonly onFailure: (source: string, error: string) => void;
}

/** Pages fetched at once: enough to hide latency, few enough to stay polite to one site. */
const FETCH_CONCURRENCY = 4;
const BATCH = 16;

/**
 * Extracts and stores articles that are already in memory, `BATCH` at a time (the stages run
 * batch-wise like `processFiles`). Articles stored before (same bytes) are not extracted again.
 * A failure stays with its article; the others go on.
 */
export async function storeSourceArticles(
  store: Store,
  articles: readonly SourceArticle[],
  settings: ExtractSettings,
  callbacks: SourceCallbacks,
  reextract = false,
): Promise<void> {
  for (let first = 0; first < articles.length; first += BATCH) {
    const batch = articles.slice(first, first + BATCH);
    const hashes = batch.map((article) => contentHash(article.bytes, settings.published));
    const known = reextract ? new Set<string>() : await store.knownHashes(hashes);
    const fresh = batch.filter((_, index) => !known.has(hashes[index] as string));
    for (const [index, article] of batch.entries())
      if (known.has(hashes[index] as string)) callbacks.onStored(article.source, false);
    const outcomes = processInputs(
      fresh.map((article) => () => ({ source: article.source, bytes: article.bytes })),
      settings,
    );
    for (const [index, article] of fresh.entries()) {
      const outcome = outcomes[index];
      if (outcome === undefined) continue;
      if (!outcome.ok) {
        callbacks.onFailure(article.source, outcome.error);
        continue;
      }
      try {
        const document = { ...JSON.parse(outcome.json), retrieved: article.retrieved };
        const result = await store.ingest(
          { contentHash: contentHash(article.bytes, settings.published), document },
          { replace: reextract },
        );
        callbacks.onStored(article.source, result.created || result.replaced === true);
      } catch (error) {
        callbacks.onFailure(article.source, describeError(error));
      }
    }
  }
}

/**
 * Fetches each URL (FETCH_CONCURRENCY at a time) and stores the pages. A URL that fails —
 * refused address, timeout, too large, redirect loop, not HTML — is reported and skipped.
 */
export async function ingestUrls(
  store: Store,
  urls: readonly string[],
  fetcher: ArticleFetcher,
  settings: ExtractSettings,
  callbacks: SourceCallbacks,
  reextract = false,
): Promise<void> {
  for (let first = 0; first < urls.length; first += BATCH) {
    const batch = urls.slice(first, first + BATCH);
    const fetched: SourceArticle[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batch.length) {
        const url = batch[next++] as string;
        try {
          const page = await fetcher.fetchArticle(url);
          fetched.push({ source: page.url, bytes: page.bytes, retrieved: page.retrieved });
        } catch (error) {
          callbacks.onFailure(url, describeError(error));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, batch.length) }, worker));
    await storeSourceArticles(store, fetched, settings, callbacks, reextract);
  }
}
