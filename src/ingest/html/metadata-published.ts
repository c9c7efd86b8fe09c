import { normaliseDate, parseHumanDate } from '../dates.js';
import { textValue } from './metadata-json-ld.js';
import type { Candidate, MetadataSources } from './metadata-sources.js';
import { metaCandidates } from './metadata-sources.js';
import { elementsByTag, elementsWithItemprop, type PageIndex } from './metadata-page-index.js';
import { classAndId, hasAncestor, visibleText } from './metadata-text.js';

/**
 * Publication date. Proposers in order of trust: meta tags that say "published", JSON-LD
 * `datePublished` of the article (any `@graph` depth), generic date meta tags, microdata
 * `itemprop="datePublished"`, `<time datetime>` in the article's header, a date in the URL
 * ("/2021/03/04/"), a visible date line ("Posted on 4 March 2021"), and only when none of these
 * gives a date, a modification date. Dates inside `<script>` other than JSON-LD are never read
 * (a cookie banner's `expires=2031-01-01` is not the article's date).
 */

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'article.published',
  'datepublished',
  'og:published_time',
  'publish-date',
  'publishdate',
  'publish_date',
  'publication_date',
  'publication-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'article_date_original',
  'original-publish-date',
  'originalpublicationdate',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
];

/** Generic date tags: usually the publication date, sometimes the page's build date, so trusted less. */
const GENERIC_DATE_META = [
  'date',
  'dc.date',
  'dcterms.date',
  'dc:date',
  'created',
  'release_date',
  'date.release',
];

const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dc.date.modified',
  'dcterms.modified',
  'revised',
];

function jsonLdDates(sources: MetadataSources, key: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const article of sources.articles) {
    const value = textValue(article[key]);
    if (value !== null) candidates.push({ value, origin: `json-ld:${key}` });
  }
  // A `WebPage` or untyped object can carry the date when no article object does.
  if (candidates.length === 0) {
    for (const object of sources.jsonLd.objects) {
      const value = textValue(object[key]);
      if (value !== null) {
        candidates.push({ value, origin: `json-ld:${key}:non-article` });
        break;
      }
    }
  }
  return candidates;
}

function itempropDates(index: PageIndex): Candidate[] {
  const candidates: Candidate[] = [];
  for (const element of elementsWithItemprop(index, 'datePublished').slice(0, 3)) {
    const value =
      element.getAttribute('content') ?? element.getAttribute('datetime') ?? visibleText(element, 200);
    if (value) candidates.push({ value, origin: 'itemprop-datePublished' });
  }
  return candidates;
}

const ARTICLE_HEAD = new Set(['ARTICLE', 'HEADER', 'MAIN']);
const NOT_ARTICLE = new Set(['FOOTER', 'ASIDE', 'NAV']);

/**
 * `<time datetime>` that dates the article: one marked `pubdate` or with a class saying
 * published, else the first one inside `<article>`, `<header>` or `<main>` and not in a comment
 * thread or sidebar ("<li class="comment"><time datetime=…>" dates a reader's comment).
 */
/** `<time datetime="2021-03-04T09:15">`, or its text when the attribute is missing ("4. März 2021"). */
function timeValue(element: Element): string {
  return element.getAttribute('datetime') ?? visibleText(element, 100);
}

function timeElementDates(index: PageIndex): Candidate[] {
  const candidates: Candidate[] = [];
  const times = elementsByTag(index, 'TIME').slice(0, 50);
  const usable = times.filter((element) => !hasAncestor(element, NOT_ARTICLE) && !insideComments(element));
  for (const element of usable) {
    const marks = `${classAndId(element)} ${element.hasAttribute('pubdate') ? 'pubdate' : ''} ${element.getAttribute('itemprop') ?? ''}`;
    if (/pubdate|publish|posted|entry-date|created/.test(marks) && !/modif|update/.test(marks)) {
      candidates.push({ value: timeValue(element), origin: 'time-published' });
      return candidates;
    }
  }
  for (const element of usable) {
    if (/modif|update/.test(classAndId(element))) continue;
    if (hasAncestor(element, ARTICLE_HEAD)) {
      candidates.push({ value: timeValue(element), origin: 'time-in-article' });
      return candidates;
    }
  }
  return candidates;
}

/**
 * Comment threads: class or id tokens such as "comment", "comments-area", "commentlist",
 * "comment-meta", "kommentare", "replies". Not "comments-open" (a body class on every WordPress
 * post) and not "responsive".
 */
const COMMENT_TOKEN =
  /(?:^|[\s])(?:comments?(?:-?(?:list|area|body|content|meta|thread|wrapper|section|container))?|commentlist|commentmetadata|kommentare?|replies|reply|respond)(?=\s|$)/;

export function insideComments(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current !== null && depth < 15; depth++) {
    const tag = current.tagName.toUpperCase();
    if (tag === 'BODY') return false;
    if (COMMENT_TOKEN.test(classAndId(current))) return true;
    current = current.parentElement;
  }
  return false;
}

/** "/2021/03/04/" or "/2021-03-04-" in the page's address: blogs and many news sites put the day there. */
export function dateFromUrl(url: string | null): string | null {
  if (url === null) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/._-]|$)/.exec(path);
  return match ? normaliseDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
}

/** Classes and ids of elements that show the article's date: "date", "datum", "post-meta", "entry-date", "published". */
const DATE_LINE_CLASS = /date|datum|fecha|data-pub|time|posted|publish|meta|byline|dateline|info/;

/**
 * A visible date line near the top of the article: the first element whose class names a date
 * and whose text holds one ("Veröffentlicht am 4. März 2021", "March 4, 2021 at 9:15"). Skips
 * sidebars, footers and comment threads.
 */
function visibleDateLine(index: PageIndex, dayFirst: boolean): Candidate[] {
  let inspected = 0;
  for (const { element, marks } of index.marked) {
    if (
      !DATE_LINE_CLASS.test(marks) ||
      /modif|update|comment|cookie|copyright|footer|sidebar|widget|related|archive|calendar|event/.test(marks)
    )
      continue;
    if (hasAncestor(element, NOT_ARTICLE) || insideComments(element)) continue;
    if (++inspected > 60) break;
    const text = visibleText(element, 300);
    if (text.length === 0 || text.length > 250) continue;
    const iso = parseHumanDate(text, dayFirst);
    if (iso !== null) return [{ value: iso, origin: 'visible-date-line' }];
  }
  return [];
}

/** Short blocks that hold a date line under a headline: "<p><em>10.11.2021</em></p>", "<h3>21.01.2022</h3>". */
const LINE_TAGS = new Set([
  'P',
  'SPAN',
  'DIV',
  'TIME',
  'SMALL',
  'EM',
  'STRONG',
  'LI',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'FONT',
  'ABBR',
  'B',
  'I',
]);

/** The next element in document order after `element`'s subtree (skipping its descendants when `skipChildren`). */
function nextInOrder(element: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && element.firstElementChild) return element.firstElementChild;
  let current: Element | null = element;
  while (current !== null) {
    if (current.nextElementSibling) return current.nextElementSibling;
    current = current.parentElement;
  }
  return null;
}

/** Previous element in document order, without descending (siblings, then the parent's siblings). */
function previousInOrder(element: Element): Element | null {
  let current: Element | null = element;
  while (current !== null) {
    if (current.previousElementSibling) return current.previousElementSibling;
    current = current.parentElement;
    if (current?.tagName.toUpperCase() === 'BODY') return null;
  }
  return null;
}

function dateInBlock(block: Element, dayFirst: boolean): string | null {
  if (!LINE_TAGS.has(block.tagName.toUpperCase())) return null;
  if (hasAncestor(block, NOT_ARTICLE) || insideComments(block)) return null;
  const text = visibleText(block, 200);
  if (text.length === 0 || text.length > 120) return null;
  if (/(?:geändert|aktualisiert|updated|modified|mis à jour|copyright|©)/i.test(text)) return null;
  return parseHumanDate(text, dayFirst);
}

/**
 * A date written next to the headline: among the short blocks right after the first `<h1>` (or a
 * few before it, where a kicker line sits), the first that holds a date. Covers pages without any
 * date markup ("Veröffentlicht am 16.08.2019", "Benni · 10. September 2017").
 */
function dateNearHeadline(index: PageIndex, dayFirst: boolean): Candidate[] {
  const headline = elementsByTag(index, 'H1')[0];
  if (headline === undefined) return [];
  let block = nextInOrder(headline, true);
  for (let visited = 0; block !== null && visited < 60; visited++) {
    const iso = dateInBlock(block, dayFirst);
    if (iso !== null) return [{ value: iso, origin: 'date-after-headline' }];
    block = nextInOrder(block, false);
  }
  block = previousInOrder(headline);
  for (let visited = 0; block !== null && visited < 4; visited++) {
    const iso = dateInBlock(block, dayFirst);
    if (iso !== null) return [{ value: iso, origin: 'date-before-headline' }];
    block = previousInOrder(block);
  }
  return [];
}

export function chooseDate(
  sources: MetadataSources,
  canonicalUrl: string | null,
  dayFirst: boolean,
): Candidate | null {
  const proposers: (() => Candidate[])[] = [
    () => metaCandidates(sources, PUBLISHED_META),
    () => jsonLdDates(sources, 'datePublished'),
    () => metaCandidates(sources, GENERIC_DATE_META),
    () => itempropDates(sources.index),
    () => jsonLdDates(sources, 'dateCreated'),
    () => timeElementDates(sources.index),
    () => {
      const fromUrl = dateFromUrl(canonicalUrl);
      return fromUrl === null ? [] : [{ value: fromUrl, origin: 'url-path' }];
    },
    () => visibleDateLine(sources.index, dayFirst),
    () => dateNearHeadline(sources.index, dayFirst),
    () =>
      [...metaCandidates(sources, MODIFIED_META), ...jsonLdDates(sources, 'dateModified')].map(
        (candidate) => ({ ...candidate, origin: `${candidate.origin}:modified-fallback` }),
      ),
  ];
  for (const propose of proposers) {
    for (const candidate of propose()) {
      const iso = normaliseDate(candidate.value, dayFirst);
      if (iso !== null) return { value: iso, origin: candidate.origin };
    }
  }
  return null;
}
