import { createRequire } from 'node:module';
import { cleanText } from '../ingest/text/clean-text.js';
import { decodeInput } from '../ingest/decode.js';
import { checkHtmlShape, checkInputSize } from '../ingest/limits.js';
import type { IngestOptions } from '../ingest/options.js';
import type { InputFormat, IngestResult } from '../model/index.js';
import { ClaimgraphError, EMPTY_METADATA } from '../model/index.js';
import { formatFromContent, formatFromName } from './detect-format.js';

type HtmlExtractor = (typeof import('../ingest/html/extract-html.js'))['extractHtml'];
let htmlExtractor: HtmlExtractor | null = null;

/**
 * The HTML extractor, loaded on the first HTML input: its modules (linkedom, its CSS and entity
 * tables) took about 0.3 s of processor time to load in each thread, which plain-text runs (and
 * each worker thread of `extract --jobs N` on text files) then no longer pay. Loaded synchronously
 * (`require` of an ES module without top-level await), so ingestion stays a plain function.
 */
function extractHtml(html: string): IngestResult {
  if (htmlExtractor === null) {
    const require = createRequire(import.meta.url);
    htmlExtractor = (
      require('../ingest/html/extract-html.js') as typeof import('../ingest/html/extract-html.js')
    ).extractHtml;
  }
  return htmlExtractor(html);
}

export type FormatChoice = InputFormat | 'auto';

export interface RawInput {
  /** The name the caller gave (a path, `-` for standard input); used for the format guess. */
  readonly source: string;
  readonly bytes: Uint8Array;
}

export interface IngestedInput {
  readonly format: InputFormat;
  readonly result: IngestResult;
}

/**
 * Bytes → clean text and metadata: size limit, character set, format, then the text cleaner or
 * the HTML extractor. Throws `ClaimgraphError` for input that cannot be read as a document.
 */
export function ingestInput(input: RawInput, choice: FormatChoice, options: IngestOptions): IngestedInput {
  checkInputSize(input.bytes.byteLength, options.limits);
  const named = choice === 'auto' ? formatFromName(input.source) : choice;
  const decoded = decodeInput(input.bytes, named ?? 'html');
  // a gzip file can unpack to far more than it weighs
  checkInputSize(decoded.text.length, options.limits);
  if (decoded.text.trim().length === 0) throw new ClaimgraphError('empty-input', 'the file is empty');
  const format = named ?? formatFromContent(decoded.text);
  let result: IngestResult;
  if (format === 'html') {
    checkHtmlShape(decoded.text, options.limits);
    result = extractHtml(decoded.text);
  } else if (options.clean) {
    result = cleanText(decoded.text);
  } else {
    result = { text: decoded.text, metadata: EMPTY_METADATA, removed: [], captions: [], diagnostics: [] };
  }
  return {
    format,
    result: {
      ...result,
      charset: decoded.charset,
      diagnostics: [...decoded.diagnostics, ...result.diagnostics],
    },
  };
}
