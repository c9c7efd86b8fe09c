import type { DocumentMetadata } from '../../model/index.js';
import { EMPTY_METADATA } from '../../model/index.js';

/** STUB (being written): title, byline, publisher, date, language and canonical URL of a page. */
export function readHtmlMetadata(_document: Document): DocumentMetadata {
  return EMPTY_METADATA;
}
