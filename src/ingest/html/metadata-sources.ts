import { collapseWhitespace } from './metadata-text.js';
import { isArticleType, readJsonLd, type JsonLdGraph, type JsonLdObject } from './metadata-json-ld.js';
import { elementsByTag, indexPage, type PageIndex } from './metadata-page-index.js';

/**
 * Everything the metadata readers consult, gathered in one pass over the page's `<meta>`, `<link>`
 * and JSON-LD, so each field reader is a short list of lookups.
 */
export interface MetadataSources {
  readonly document: Document;
  readonly index: PageIndex;
  /** `<meta>` contents by lower-cased `name`, `property`, `itemprop` or `http-equiv`; first one wins. */
  readonly meta: ReadonlyMap<string, string>;
  readonly jsonLd: JsonLdGraph;
  /** JSON-LD objects of an article type (`NewsArticle`, `BlogPosting`, …), in document order. */
  readonly articles: readonly JsonLdObject[];
}

/** A proposed value and the rule that proposed it (chrono style: proposers, then a decision). */
export interface Candidate {
  readonly value: string;
  readonly origin: string;
}

export function gatherSources(document: Document): MetadataSources {
  const index = indexPage(document);
  const meta = new Map<string, string>();
  for (const element of elementsByTag(index, 'META')) {
    const content = element.getAttribute('content');
    if (content === null) continue;
    const value = collapseWhitespace(content);
    if (value.length === 0) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute);
      if (key === null) continue;
      // `<meta name="author description" …>` is rare; a space-separated list is the RDFa way.
      for (const part of key.toLowerCase().split(/\s+/)) {
        if (part.length > 0 && !meta.has(part)) meta.set(part, value);
      }
    }
  }
  const jsonLd = readJsonLd(elementsByTag(index, 'SCRIPT'));
  const articles = jsonLd.objects.filter(isArticleType);
  return { document, index, meta, jsonLd, articles };
}

/** The first present meta value among `keys`, as a candidate named after its key. */
export function metaCandidates(
  sources: MetadataSources,
  keys: readonly string[],
  originPrefix = 'meta',
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const key of keys) {
    const value = sources.meta.get(key);
    if (value !== undefined) candidates.push({ value, origin: `${originPrefix}:${key}` });
  }
  return candidates;
}
