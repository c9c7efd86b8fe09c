import { readWarcArticles } from '../ingest/warc/read-warc.js';
import type { Store } from '../store/types.js';
import type { SourceArticle, SourceCallbacks } from './ingest-sources.js';
import { storeSourceArticles } from './ingest-sources.js';
import type { ExtractSettings } from './process-file.js';

const BATCH = 16;

/**
 * Stores every HTML response of a WARC file as an article (its target URI as source, its
 * WARC-Date as `retrieved`), BATCH records at a time so a large archive is never held in memory.
 */
export async function ingestWarc(
  store: Store,
  path: string,
  settings: ExtractSettings,
  callbacks: SourceCallbacks,
  reextract = false,
): Promise<void> {
  let batch: SourceArticle[] = [];
  const flush = async (): Promise<void> => {
    await storeSourceArticles(store, batch, settings, callbacks, reextract);
    batch = [];
  };
  try {
    for await (const record of readWarcArticles(path, settings.maxBytes)) {
      if (!record.ok) {
        callbacks.onFailure(`${path}: ${record.name}`, record.error);
        continue;
      }
      batch.push({ source: record.url, bytes: record.bytes, retrieved: record.captured });
      if (batch.length >= BATCH) await flush();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    callbacks.onFailure(
      path,
      code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`,
    );
  }
  await flush();
}
