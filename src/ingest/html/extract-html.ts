import type { IngestResult } from '../../model/index.js';
import { EMPTY_METADATA } from '../../model/index.js';

/** STUB (being written): main-content extraction from a decoded HTML page. */
export function extractHtml(html: string): IngestResult {
  return { text: html, metadata: EMPTY_METADATA, removed: [], captions: [], diagnostics: [] };
}
