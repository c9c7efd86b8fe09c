import { isJsonLdObject, resolveReference, textValue, typesOf } from './metadata-json-ld.js';
import type { Candidate, MetadataSources } from './metadata-sources.js';
import { metaCandidates } from './metadata-sources.js';
import { elementsByTag, elementsWithItemprop, type PageIndex } from './metadata-page-index.js';
import { classAndId, collapseWhitespace, comparisonKey, hasAncestor, visibleText } from './metadata-text.js';

/**
 * Title and publisher. They are read together because a `<title>` such as
 * "Bridge closed after storm | Harbour Gazette" holds both: the part that is the site's name goes
 * to the publisher and is cut from the title.
 */

/** Separators between a headline and a site name: "Headline | Site", "Site – Headline", "Headline :: Site". */
const SEPARATOR = /\s+[|–—\-·•»«›‹:~/]{1,2}\s+|\s*[|•·»›]\s*/g;

interface TitlePart {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function splitTitle(title: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let start = 0;
  for (const match of title.matchAll(SEPARATOR)) {
    parts.push({ text: title.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  parts.push({ text: title.slice(start), start, end: title.length });
  return parts.filter((part) => part.text.trim().length > 0);
}

/**
 * The hostname's distinctive labels: "www.harbour-gazette.co.uk" → ["harbourgazette"],
 * "blog.riverside-post.com" → ["blog", "riversidepost"]. Labels shorter than four letters
 * ("co", "de") say nothing about the site's name.
 */
export function hostLabels(url: string | null): string[] {
  if (url === null) return [];
  try {
    const labels = new URL(url).hostname
      .toLowerCase()
      .replace(/^www\d?\./, '')
      .split('.');
    return labels
      .slice(0, -1)
      .map(comparisonKey)
      .filter((label) => label.length >= 4 && !/^(?:blog|news|home|wordpress|blogspot)$/.test(label));
  } catch {
    return [];
  }
}

/** Does a title part name the site ("Harbour Gazette", "harbour-gazette.co.uk", "HARBOUR GAZETTE Online")? */
function namesSite(part: string, siteKeys: readonly string[]): boolean {
  const key = comparisonKey(part);
  if (key.length === 0) return false;
  return siteKeys.some(
    (site) =>
      site.length > 0 &&
      (key === site ||
        (site.length >= 4 && key.length <= site.length + 12 && key.includes(site)) ||
        (key.length >= 4 && site.includes(key))),
  );
}

export interface TitleSplit {
  readonly title: string;
  /** The part cut as the site's name, when one was. */
  readonly site: string | null;
}

/**
 * Cuts the site's name from the start or end of a title. Without a known site name, a trailing
 * pipe part of a few words is still a site name ("Council approves budget | Riverside Post"):
 * news pages put the section or site after a pipe, never the headline's second half. A dash is
 * not cut on that evidence alone: "Storm – what we know" is a headline.
 */
export function stripSiteName(
  title: string,
  siteKeys: readonly string[],
  headlineKeys: readonly string[] = [],
): TitleSplit {
  const parts = splitTitle(title);
  if (parts.length < 2) return { title, site: null };
  let first = 0;
  let last = parts.length - 1;
  const cut: string[] = [];
  // When a part equals a known headline (the page's <h1>), that part is the title.
  const headlinePart = parts.findIndex((part) => headlineKeys.includes(comparisonKey(part.text)));
  if (headlinePart >= 0) {
    const others = parts.filter((_, index) => index !== headlinePart).map((part) => part.text.trim());
    return { title: (parts[headlinePart] as TitlePart).text.trim(), site: others[others.length - 1] ?? null };
  }
  while (last > first && namesSite((parts[last] as TitlePart).text, siteKeys))
    cut.unshift((parts[last--] as TitlePart).text.trim());
  while (first < last && namesSite((parts[first] as TitlePart).text, siteKeys))
    cut.push((parts[first++] as TitlePart).text.trim());
  if (cut.length === 0) {
    const lastPart = parts[last] as TitlePart;
    const separator = title.slice((parts[last - 1] as TitlePart).end, lastPart.start);
    const headLength = lastPart.start;
    const words = lastPart.text.trim().split(/\s+/).length;
    if (/[|]/.test(separator) && words <= 5 && headLength >= lastPart.text.length * 1.5) {
      cut.push(lastPart.text.trim());
      last--;
    }
  }
  if (cut.length === 0) return { title, site: null };
  const kept = title.slice((parts[first] as TitlePart).start, (parts[last] as TitlePart).end).trim();
  return { title: kept, site: cut[0] ?? null };
}

function jsonLdPublisherNames(sources: MetadataSources): Candidate[] {
  const candidates: Candidate[] = [];
  for (const article of sources.articles) {
    const publisher = resolveReference(sources.jsonLd, article['publisher']);
    const name = textValue(isJsonLdObject(publisher) ? publisher['name'] : publisher);
    if (name !== null) candidates.push({ value: name, origin: 'json-ld:publisher' });
  }
  for (const object of sources.jsonLd.objects) {
    const types = typesOf(object);
    if (
      types.some((type) => type === 'newsmediaorganization' || type === 'website' || type === 'organization')
    ) {
      const name = textValue(object['name']);
      if (name !== null) candidates.push({ value: name, origin: `json-ld:${types[0]}` });
    }
  }
  return candidates;
}

/** Site names the page states outright (not guessed from the title). */
function statedPublisherCandidates(sources: MetadataSources): Candidate[] {
  return [
    ...metaCandidates(sources, ['og:site_name']),
    ...jsonLdPublisherNames(sources),
    ...metaCandidates(sources, [
      'application-name',
      'apple-mobile-web-app-title',
      'publisher',
      'dc.publisher',
      'dcterms.publisher',
      'twitter:site',
    ]),
  ].filter((candidate) => usablePublisher(candidate.value));
}

/**
 * Site names that name no publisher: a hosting platform's placeholder ("Hosted", "Home") or the bare
 * label of a domain ("detroitnews", "example.com"): a name in lower case with no space is an address,
 * not what the publisher calls itself; the `<title>`'s site part or JSON-LD then says it better.
 */
const PLACEHOLDER_SITE_NAME = /^(?:hosted|home|homepage|news|blog|website|web site|site|online|index)$/i;
const BARE_DOMAIN = /^[a-z0-9][a-z0-9-]*(?:\.[a-z]{2,})*$/;

function usablePublisher(value: string): boolean {
  const text = collapseWhitespace(value);
  return (
    text.length >= 2 &&
    text.length <= 80 &&
    !/^@/.test(text) &&
    !/^https?:/.test(text) &&
    !PLACEHOLDER_SITE_NAME.test(text) &&
    !BARE_DOMAIN.test(text)
  );
}

/**
 * Headings that announce other stories, not this one: "More on Portmere", "Related stories", "Read
 * more", "Most popular". A template may mark them with the headline's class.
 */
const TEASER_HEADING =
  /^(?:more (?:on|from|about|in|stories|news)\b|related\b|read (?:more|next|also)\b|see also\b|also (?:read|on)\b|most (?:read|popular|viewed)\b|recommended\b|top stories\b|latest (?:news|stories)\b|you (?:may|might) also like\b)/i;

export function isTeaserHeading(text: string): boolean {
  return TEASER_HEADING.test(text.trim());
}

function documentTitle(index: PageIndex): string | null {
  // The first <title> outside an <svg> (an icon's <title> is not the page's).
  const element = elementsByTag(index, 'TITLE').find((candidate) => !hasAncestor(candidate, SVG));
  if (element === undefined) return null;
  const text = collapseWhitespace(element.textContent ?? '');
  return text.length > 0 ? text : null;
}

const SVG = new Set(['SVG']);

function headlines(index: PageIndex): string[] {
  const texts: string[] = [];
  for (const element of elementsByTag(index, 'H1').slice(0, 5)) {
    const text = visibleText(element, 400);
    if (text.length >= 3 && !isTeaserHeading(text)) texts.push(text);
  }
  return texts;
}

export interface TitleAndPublisher {
  readonly title: Candidate | null;
  readonly publisher: Candidate | null;
}

function structuredTitleCandidates(sources: MetadataSources): Candidate[] {
  const candidates: Candidate[] = [];
  candidates.push(...metaCandidates(sources, ['og:title']));
  for (const article of sources.articles) {
    const headline = textValue(article['headline']) ?? textValue(article['name']);
    if (headline !== null) candidates.push({ value: headline, origin: 'json-ld:headline' });
  }
  candidates.push(
    ...metaCandidates(sources, [
      'twitter:title',
      'title',
      'dc.title',
      'dcterms.title',
      'headline',
      'parsely-title',
      'sailthru.title',
    ]),
  );
  return candidates.filter((candidate) => candidate.value.length >= 2 && candidate.value.length <= 500);
}

function words(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0),
  );
}

/**
 * How much of the shorter text's words the longer one has: a visible headline "Storm closes
 * harbour bridge" against the page's og:title "Storm closes harbour bridge for a week" gives 1.
 */
function wordOverlap(left: string, right: string): number {
  const leftWords = words(left);
  const rightWords = words(right);
  const smaller = leftWords.size <= rightWords.size ? leftWords : rightWords;
  const larger = smaller === leftWords ? rightWords : leftWords;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const word of smaller) if (larger.has(word)) shared++;
  return shared / smaller.size;
}

/** Classes of headline elements: "entry-title", "post-title", "article__headline", "story-title". */
const HEADLINE_CLASS = /(?:entry|post|article|story|news|page|content)[-_]{0,2}(?:title|headline)|headline/;

const OUTSIDE_ARTICLE = new Set(['FOOTER', 'ASIDE', 'NAV']);

/** The first element marked as the headline (`itemprop="headline"` or a headline class on an h1/h2). */
function markedHeadline(index: PageIndex, siteLike: (text: string) => boolean): string | null {
  const candidates = [...index.headings.slice(0, 30), ...elementsWithItemprop(index, 'headline').slice(0, 3)];
  for (const element of candidates) {
    const marked =
      (element.getAttribute('itemprop') ?? '').includes('headline') ||
      HEADLINE_CLASS.test(classAndId(element));
    if (!marked || element.tagName.toUpperCase() === 'META' || hasAncestor(element, OUTSIDE_ARTICLE))
      continue;
    const text = visibleText(element, 400);
    if (text.length >= 3 && text.length <= 300 && !siteLike(text) && !isTeaserHeading(text)) return text;
  }
  return null;
}

/**
 * Title, by the visible headline first (what a reader sees and what a citation quotes), then by
 * the page's stated titles:
 *   1. an element marked as the headline (`itemprop="headline"`, `class="entry-title"`);
 *   2. an `<h1>` confirmed by a stated title (og:title, JSON-LD headline, `<title>`) sharing most
 *      of its words — "Kicker: Storm closes bridge" confirms the `<h1>` "Storm closes bridge";
 *   3. og:title, JSON-LD headline, twitter:title, meta title;
 *   4. the `<title>`;
 *   5. the first `<h1>`.
 * A candidate that is the site's name ("Riverside Post" as the logo's `<h1>`) is skipped, and every
 * stated title loses its site-name prefix or suffix. Publisher: a stated site name, else the part
 * cut from the `<title>`.
 */
export function chooseTitleAndPublisher(
  sources: MetadataSources,
  canonicalUrl: string | null,
): TitleAndPublisher {
  const stated = statedPublisherCandidates(sources);
  const statedKeys = stated
    .map((candidate) => comparisonKey(candidate.value))
    .filter((key) => key.length > 0);
  const rawTitle = documentTitle(sources.index);
  const siteKeys = [...statedKeys, ...hostLabels(canonicalUrl)];
  // "Council rejects cuts | Lakeside Echo": the part a pipe sets off names the site, so a logo
  // `<h1>Lakeside Echo</h1>` is not taken for the headline.
  const titleSite = rawTitle === null ? null : stripSiteName(rawTitle, siteKeys).site;
  if (titleSite !== null && comparisonKey(titleSite).length > 0) siteKeys.push(comparisonKey(titleSite));
  const siteLike = (text: string) => namesSite(text, siteKeys);
  const h1Texts = headlines(sources.index).filter((text) => !siteLike(text));
  const h1Keys = h1Texts.map(comparisonKey);
  const split = rawTitle === null ? null : stripSiteName(rawTitle, siteKeys, h1Keys);
  const structured = structuredTitleCandidates(sources).map((candidate) => ({
    value: collapseWhitespace(stripSiteName(collapseWhitespace(candidate.value), siteKeys, h1Keys).title),
    origin: candidate.origin,
  }));
  const references = [
    ...structured.map((candidate) => candidate.value),
    ...(rawTitle === null ? [] : [rawTitle]),
  ];

  let title: Candidate | null = null;
  const marked = markedHeadline(sources.index, siteLike);
  if (marked !== null) title = { value: marked, origin: 'headline-element' };
  if (title === null) {
    const confirmed = h1Texts.find((text) =>
      references.some((reference) => wordOverlap(text, reference) >= 0.6),
    );
    if (confirmed !== undefined) title = { value: confirmed, origin: 'h1-confirmed-by-title' };
  }
  if (title === null) {
    const usable = structured.find(
      (candidate) =>
        candidate.value.length >= 2 &&
        comparisonKey(candidate.value).length > 0 &&
        !namesSite(candidate.value, statedKeys),
    );
    if (usable !== undefined) title = usable;
  }
  if (title === null && split !== null)
    title = {
      value: split.title,
      origin: split.site === null ? 'title-element' : 'title-element-without-site',
    };
  if (title === null && h1Texts.length > 0) title = { value: h1Texts[0] as string, origin: 'first-h1' };

  let publisher: Candidate | null = stated[0]
    ? { value: collapseWhitespace(stated[0].value), origin: stated[0].origin }
    : null;
  if (publisher === null && split?.site) publisher = { value: split.site, origin: 'title-element-site-part' };
  return { title, publisher };
}
