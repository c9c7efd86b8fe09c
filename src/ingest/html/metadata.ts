import type { DocumentMetadata } from '../../model/index.js';
import { EMPTY_METADATA } from '../../model/index.js';
import { chooseByline } from './metadata-byline.js';
import { isJsonLdObject, textValue } from './metadata-json-ld.js';
import { chooseLanguage } from './metadata-language.js';
import { chooseDate } from './metadata-published.js';
import { gatherSources, type Candidate, type MetadataSources } from './metadata-sources.js';
import { chooseTitleAndPublisher } from './metadata-title.js';
import { elementsByTag } from './metadata-page-index.js';

/** Which rule gave each field, so a wrong value can be traced in one step. */
export type MetadataOrigins = { readonly [Field in keyof DocumentMetadata]: string | null };

export interface TracedMetadata {
  readonly metadata: DocumentMetadata;
  readonly origins: MetadataOrigins;
}

function absoluteUrl(value: string, base: string | null): string | null {
  try {
    const url = base === null ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Canonical URL: `<link rel="canonical">`, then `og:url`, then the JSON-LD article's `url` or
 * `mainEntityOfPage`. A relative canonical ("/politics/budget-vote") is resolved against
 * `og:url` or `<base href>` when the page gives one, and dropped otherwise.
 */
function chooseCanonicalUrl(sources: MetadataSources): Candidate | null {
  const base =
    elementsByTag(sources.index, 'BASE')
      .find((element) => element.hasAttribute('href'))
      ?.getAttribute('href') ?? null;
  const ogUrl = sources.meta.get('og:url') ?? null;
  const baseUrl =
    (ogUrl !== null ? absoluteUrl(ogUrl, null) : null) ?? (base !== null ? absoluteUrl(base, null) : null);
  const proposals: Candidate[] = [];
  for (const link of elementsByTag(sources.index, 'LINK')) {
    if (!link.hasAttribute('href')) continue;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical'))
      proposals.push({ value: link.getAttribute('href') as string, origin: 'link-canonical' });
  }
  if (ogUrl !== null) proposals.push({ value: ogUrl, origin: 'meta:og:url' });
  for (const article of sources.articles) {
    const page = article['mainEntityOfPage'];
    const url =
      textValue(article['url']) ?? (isJsonLdObject(page) ? textValue(page['@id']) : textValue(page));
    if (url !== null) proposals.push({ value: url, origin: 'json-ld:url' });
  }
  for (const proposal of proposals) {
    const url = absoluteUrl(proposal.value.trim(), baseUrl);
    if (url !== null) return { value: url, origin: proposal.origin };
  }
  return null;
}

/** Slashed dates read month first on US English pages ("03/04/2021" is March 4). */
function readsDayFirst(language: string | null): boolean {
  return !(language === 'en-US' || language === 'en');
}

/** `readHtmlMetadata` with the rule behind each field. Never throws: a broken page gives nulls. */
export function readHtmlMetadataTraced(document: Document): TracedMetadata {
  try {
    const sources = gatherSources(document);
    const canonical = chooseCanonicalUrl(sources);
    const language = chooseLanguage(sources);
    const { title, publisher } = chooseTitleAndPublisher(sources, canonical?.value ?? null);
    const byline = chooseByline(sources, publisher?.value ?? null);
    const published = chooseDate(sources, canonical?.value ?? null, readsDayFirst(language?.value ?? null));
    return {
      metadata: {
        title: title?.value ?? null,
        publisher: publisher?.value ?? null,
        byline: byline?.value ?? null,
        published: published?.value ?? null,
        language: language?.value ?? null,
        canonicalUrl: canonical?.value ?? null,
      },
      origins: {
        title: title?.origin ?? null,
        publisher: publisher?.origin ?? null,
        byline: byline?.origin ?? null,
        published: published?.origin ?? null,
        language: language?.origin ?? null,
        canonicalUrl: canonical?.origin ?? null,
      },
    };
  } catch {
    // Metadata is a bonus: a DOM the readers cannot handle must not stop ingestion.
    return {
      metadata: EMPTY_METADATA,
      origins: {
        title: null,
        publisher: null,
        byline: null,
        published: null,
        language: null,
        canonicalUrl: null,
      },
    };
  }
}

/**
 * Title, byline, publisher, publication date, language and canonical URL of a page (linkedom
 * `Document`), read from meta tags, JSON-LD, microdata and the visible page. Never throws.
 */
export function readHtmlMetadata(document: Document): DocumentMetadata {
  return readHtmlMetadataTraced(document).metadata;
}
