import { readFileSync } from 'node:fs';
import { ArticleFetcher, isHttpUrl } from '../ingest/fetch/fetch-article.js';
import type { FetchOptions } from '../ingest/fetch/fetch-options.js';
import { defaultFetchOptions } from '../ingest/fetch/fetch-options.js';
import { isWarcFile } from '../ingest/warc/read-warc.js';
import type { Store } from '../store/types.js';
import { ingestUrls } from './ingest-sources.js';
import { ingestWarc } from './ingest-warc.js';
import type { ExtractSettings } from './process-file.js';
import type { Terminal } from './terminal.js';

export interface SourceArguments {
  readonly urls: readonly string[];
  readonly warcs: readonly string[];
  /** FILE and DIR arguments, left to `collectFiles`. */
  readonly files: readonly string[];
}

/** `ingest` arguments by kind: http(s) URLs, WARC files (.warc, .warc.gz), and the rest. */
export function splitSources(paths: readonly string[]): SourceArguments {
  return {
    urls: paths.filter(isHttpUrl),
    warcs: paths.filter((path) => !isHttpUrl(path) && isWarcFile(path)),
    files: paths.filter((path) => !isHttpUrl(path) && !isWarcFile(path)),
  };
}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

export function fetchOptionsFor(allowPrivate: boolean): FetchOptions {
  return { ...defaultFetchOptions(packageVersion()), allowPrivate };
}

/** Fetches the URLs and reads the WARC files of one `ingest` run; failures are printed, one line each. */
export async function ingestOtherSources(
  store: Store,
  sources: SourceArguments,
  command: {
    readonly allowPrivate: boolean;
    readonly reextract: boolean;
    readonly settings: ExtractSettings;
  },
  terminal: Terminal,
  fetchOptions: FetchOptions = fetchOptionsFor(command.allowPrivate),
): Promise<{ stored: number; unchanged: number; failed: { path: string; error: string }[] }> {
  const summary = { stored: 0, unchanged: 0, failed: [] as { path: string; error: string }[] };
  const callbacks = {
    onStored: (_source: string, created: boolean) => {
      if (created) summary.stored += 1;
      else summary.unchanged += 1;
    },
    onFailure: (source: string, error: string) => {
      summary.failed.push({ path: source, error });
      terminal.error(`claimgraph ingest: ${source}: ${error}`);
    },
  };
  if (sources.urls.length > 0) {
    const fetcher = new ArticleFetcher(fetchOptions);
    await ingestUrls(store, sources.urls, fetcher, command.settings, callbacks, command.reextract);
  }
  for (const path of sources.warcs) {
    await ingestWarc(store, path, command.settings, callbacks, command.reextract);
  }
  return summary;
}
