import { cleanText } from '../ingest/text/clean-text.js';
import { decodeInput } from '../ingest/decode.js';
import { extractHtml } from '../ingest/html/extract-html.js';
import { checkHtmlShape, checkInputSize } from '../ingest/limits.js';
import type { IngestOptions } from '../ingest/options.js';
import type { InputFormat, IngestResult } from '../model/index.js';
import { ClaimgraphError, EMPTY_METADATA } from '../model/index.js';
import { formatFromContent, formatFromName } from './detect-format.js';

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
