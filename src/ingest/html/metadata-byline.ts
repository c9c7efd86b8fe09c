import { authorNames } from './metadata-json-ld.js';
import type { Candidate, MetadataSources } from './metadata-sources.js';
import { metaCandidates } from './metadata-sources.js';
import { elementsByTag, type PageIndex } from './metadata-page-index.js';
import {
  classAndId,
  collapseWhitespace,
  comparisonKey,
  hasAncestor,
  looksLikeUrl,
  visibleText,
} from './metadata-text.js';

/**
 * Byline: who wrote the article. Proposers, most explicit first: JSON-LD `author`, `<meta
 * name="author">` and its cousins, microdata `itemprop="author"`, `rel="author"` links, then
 * elements whose class or id says byline or author. Each value is cleaned ("By Ana Ruiz and Tom
 * Bell, Staff Writers" → "Ana Ruiz and Tom Bell") and must look like names.
 */

/**
 * Lead-ins before a name in many languages: "By", "Von", "Par", "Por", "Di", "Door", "Av",
 * "Autor:", "Written by", "View all posts by", "Zeige alle Beiträge von", "Veröffentlicht von".
 * Theme markup often glues the lead-in to the link ("Veröffentlicht vonChris Jung"): see
 * `GLUED_LEAD_IN`.
 */
const LEAD_IN =
  /^(?:(?:show|view|see)\s+all\s+(?:posts|articles|stories)\s+(?:by|of)|(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von|(?:written|posted|published|reported|text|story|words|photos?|edited)\s+by|(?:veröffentlicht|publiziert|geschrieben|verfasst|gespeichert|eingetragen|erstellt)\s+von|ein\s+(?:beitrag|kommentar|gastbeitrag|artikel)\s+von|(?:autor(?:in)?|author|auteur|redaktion|text|texto|reporter)\s*:|by|von|vom|par|por|di|door|av|af|przez|de|autor(?:in)?|author|auteur)\s*[:\-–]?\s+/iu;

/** "Veröffentlicht vonChris Jung" → "Veröffentlicht von Chris Jung" (case-sensitive on purpose). */
const GLUED_LEAD_IN =
  /^((?:[Vv]eröffentlicht|[Pp]ubliziert|[Gg]eschrieben|[Vv]erfasst|[Pp]osted|[Ww]ritten|[Pp]ublished)\s+(?:von|by))(?=\p{Lu})/u;

/** Job titles and desks that follow a name: "Ana Ruiz, Political Correspondent". */
const ROLE_TAIL =
  /,\s*(?:(?:staff|senior|chief|political|foreign|special|freier?)\b.*|[^,]*(?:correspondent|reporter|editor|writer|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?)\b.*)$/iu;

/** A lower-case tail is a description, not a name: "Ana Ruiz, in Lisbon". Case-sensitive on purpose. */
const LOWER_CASE_TAIL = /,\s*[\p{Ll}][\p{Ll}\s]*$/u;

/** Values that name a role, a lead-in or the site rather than a person. */
const NOT_A_NAME =
  /^(?:admin|administrator|redaktion|editorial|editor|staff|webmaster|guest|unknown|anonymous|user|autor|author|team|news desk|newsroom|no author|by|von|par|por|\d+)$|admin|^(?:publiziert|veröffentlicht|posted|published)\b/i;

export function cleanByline(raw: string): string | null {
  let text = collapseWhitespace(raw);
  if (text.length === 0 || text.length > 300 || looksLikeUrl(text)) return null;
  // "Ana Ruiz | 4 March 2021" or "Ana Ruiz · 5 min read": the name is before the divider.
  text = text.split(/\s+[|·•]\s+|\s*\|\s*/)[0] ?? '';
  text = text.replace(GLUED_LEAD_IN, '$1 ');
  for (let pass = 0; pass < 2; pass++) text = text.replace(LEAD_IN, '');
  text = text.replace(/\s*(?:\(|\[)?[\w.+-]+@[\w-]+\.[\w.]+(?:\)|\])?/g, '');
  text = text.replace(/\s+(?:am|on|le|el|il|op|den|dnia)(?:\s+\d.*)?$/i, '');
  // "Alle Beiträge von Ana Ruiz →", "Ana Ruiz »".
  text = text.replace(/\s*[→»›>]+\s*$/, '');
  text = text.replace(/\s*[,–-]?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.*$/, '');
  text = text.replace(ROLE_TAIL, '').replace(LOWER_CASE_TAIL, '');
  text = text.replace(/^[\s,:;–-]+|[\s,:;–-]+$/g, '');
  if (text.length < 2 || text.length > 120) return null;
  if (NOT_A_NAME.test(text)) return null;
  if (/\d{3,}|https?:|www\.|[{}<>=]/.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length > 12) return null;
  // A name starts with a letter; "© 2021 …" and "5 Kommentare" do not.
  if (!/^\p{L}/u.test(text)) return null;
  return text;
}

/**
 * JSON-LD authors of the first article object that names any. People come first; an author typed
 * as an organisation ("author": {"@type": "Organization", "name": "Harbour Gazette"}) is usually the
 * publisher standing in for a missing byline, so it is proposed only after every other source.
 */
function jsonLdAuthors(sources: MetadataSources): { people: Candidate[]; organizations: Candidate[] } {
  for (const article of sources.articles) {
    const names = authorNames(sources.jsonLd, article['author'] ?? article['creator']).filter(
      (author) => collapseWhitespace(author.name).length > 0,
    );
    if (names.length === 0) continue;
    const people = names
      .filter((author) => !author.organization)
      .map((author) => collapseWhitespace(author.name));
    const organizations = names
      .filter((author) => author.organization)
      .map((author) => collapseWhitespace(author.name));
    return {
      people: people.length > 0 ? [{ value: people.join(', '), origin: 'json-ld:author' }] : [],
      organizations:
        organizations.length > 0
          ? [{ value: organizations.join(', '), origin: 'json-ld:author-organization' }]
          : [],
    };
  }
  return { people: [], organizations: [] };
}

/** Cleans each name of a list and drops repeats: "Ana Ruiz" twice (name link and "All posts by Ana Ruiz"). */
function joinNames(raw: readonly string[]): string | null {
  const names: string[] = [];
  const keys = new Set<string>();
  for (const name of raw) {
    const cleaned = cleanByline(name);
    if (cleaned === null || keys.has(comparisonKey(cleaned))) continue;
    keys.add(comparisonKey(cleaned));
    names.push(cleaned);
  }
  return names.length > 0 ? names.join(', ') : null;
}

const FOOTER_LIKE = new Set(['FOOTER', 'NAV', 'ASIDE']);

/**
 * Microdata authors: the first `itemprop="author"` and its siblings that are authors too. Later
 * ones usually belong to teasers for other articles ("More from Tom Bell").
 */
function itempropAuthors(index: PageIndex): Candidate[] {
  const names: string[] = [];
  let group: Element | null = null;
  for (const element of index.itemprops
    .filter((item) => /(?:^|\s)(?:author|creator)(?:\s|$)/i.test(item.getAttribute('itemprop') ?? ''))
    .slice(0, 10)) {
    if (element.tagName.toUpperCase() === 'META') continue;
    if (hasAncestor(element, FOOTER_LIKE)) continue;
    if (group === null) group = element.parentElement;
    else if (element.parentElement !== group) continue;
    const nameElement = element.querySelector('[itemprop~="name"]');
    const name =
      nameElement?.getAttribute('content') ??
      (nameElement ? visibleText(nameElement, 200) : visibleText(element, 200));
    if (name.length > 0 && !names.includes(name)) names.push(name);
  }
  const joined = joinNames(names);
  return joined === null ? [] : [{ value: joined, origin: 'itemprop-author' }];
}

function relAuthors(index: PageIndex): Candidate[] {
  const names: string[] = [];
  for (const element of elementsByTag(index, 'A')
    .filter((link) => /(?:^|\s)author(?:\s|$)/i.test(link.getAttribute('rel') ?? ''))
    .slice(0, 10)) {
    if (hasAncestor(element, FOOTER_LIKE)) continue;
    const name = visibleText(element, 200);
    if (name.length > 0 && !names.includes(name)) names.push(name);
  }
  const joined = joinNames(names);
  return joined === null ? [] : [{ value: joined, origin: 'rel-author' }];
}

/** Classes and ids such as "byline", "article-author", "author-name", "autor" (not "author-bio", "authors-list"). */
const BYLINE_CLASS =
  /(?:^|[\s_-])(?:byline|by-line|author|autor|auteur|autore|writer|reporter)(?:[\s_-]?name)?(?:$|\s)/;

function classBylines(index: PageIndex): Candidate[] {
  const candidates: Candidate[] = [];
  let inspected = 0;
  for (const { element, marks } of index.marked) {
    if (!BYLINE_CLASS.test(marks)) continue;
    if (++inspected > 40) break;
    if (hasAncestor(element, FOOTER_LIKE)) continue;
    if (/comment/.test(classAndId(element.parentElement ?? element))) continue;
    const text = visibleText(element, 300);
    if (text.length > 0) candidates.push({ value: text, origin: 'byline-class' });
    if (candidates.length >= 3) break;
  }
  return candidates;
}

/** Short lines in the page that start with a byline lead-in: "<p><em>Written by: Ana Ruiz</em></p>". */
function leadInLines(index: PageIndex): Candidate[] {
  let inspected = 0;
  for (const element of index.lines) {
    if (++inspected > 3_000) break;
    const first = element.firstChild?.nodeValue ?? element.textContent?.slice(0, 40) ?? '';
    if (!/^\s*(?:written by|by|von|text|autor(?:in)?|author|redaktion|par|por|door|av)\b/i.test(first))
      continue;
    if (hasAncestor(element, FOOTER_LIKE)) continue;
    const text = visibleText(element, 120);
    if (text.length > 100) continue;
    const rest = text.replace(LEAD_IN, '');
    if (rest !== text && /^\p{Lu}/u.test(rest)) return [{ value: text, origin: 'byline-lead-in-line' }];
  }
  return [];
}

export function bylineCandidates(sources: MetadataSources): Candidate[] {
  const metaAuthors = metaCandidates(sources, [
    'author',
    'article:author',
    'byl',
    'dc.creator',
    'dcterms.creator',
    'parsely-author',
    'sailthru.author',
    'citation_author',
    'twitter:creator',
  ]).filter((candidate) => !looksLikeUrl(candidate.value) && !candidate.value.startsWith('@'));
  const fromJsonLd = jsonLdAuthors(sources);
  return [
    ...fromJsonLd.people,
    ...metaAuthors,
    ...itempropAuthors(sources.index),
    ...relAuthors(sources.index),
    ...classBylines(sources.index),
    ...leadInLines(sources.index),
    ...fromJsonLd.organizations,
  ];
}

/** The first proposed byline that cleans to names and is not the publisher's own name. */
export function chooseByline(sources: MetadataSources, publisher: string | null): Candidate | null {
  const publisherKey = publisher === null ? null : comparisonKey(publisher);
  for (const candidate of bylineCandidates(sources)) {
    const value = cleanByline(candidate.value);
    if (value === null) continue;
    // A blog's site name is often its author's name: trust JSON-LD, doubt a meta tag that repeats the site.
    if (
      publisherKey !== null &&
      comparisonKey(value) === publisherKey &&
      !candidate.origin.startsWith('json-ld')
    )
      continue;
    return { value, origin: candidate.origin };
  }
  return null;
}
