import type { IngestResult } from '../../model/index.js';
import { EMPTY_METADATA } from '../../model/index.js';

/** STUB (being written): boilerplate removal from scraped plain text. */
export function cleanText(raw: string): IngestResult {
  return { text: raw, metadata: EMPTY_METADATA, removed: [], captions: [], diagnostics: [] };
}
