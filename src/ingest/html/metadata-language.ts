import type { Candidate, MetadataSources } from './metadata-sources.js';
import { textValue } from './metadata-json-ld.js';

/**
 * A language tag as BCP 47 writes it: language lower case, script title case, region upper case
 * ("EN_us" → "en-US", "zh-hant-tw" → "zh-Hant-TW"). Null for values that are not a tag
 * ("English", "x", "*").
 */
export function normaliseLanguageTag(raw: string): string | null {
  // `content-language` may list several ("de, en"): the first is the document's.
  const first = raw.split(/[,;]/)[0]?.trim().replace(/_/g, '-') ?? '';
  const match = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(?:-|$)/i.exec(first);
  if (!match) return null;
  const language = (match[1] as string).toLowerCase();
  if (language === 'und' || language === 'xx') return null;
  const script = match[2] ? `-${match[2].charAt(0).toUpperCase()}${match[2].slice(1).toLowerCase()}` : '';
  const region = match[3] ? `-${match[3].toUpperCase()}` : '';
  return `${language}${script}${region}`;
}

export function languageCandidates(sources: MetadataSources): Candidate[] {
  const candidates: Candidate[] = [];
  const root = sources.document.documentElement;
  for (const attribute of ['lang', 'xml:lang']) {
    const value = root?.getAttribute(attribute);
    if (value) candidates.push({ value, origin: `html-${attribute}` });
  }
  for (const key of [
    'content-language',
    'language',
    'dc.language',
    'dcterms.language',
    'og:locale',
    'inlanguage',
  ]) {
    const value = sources.meta.get(key);
    if (value !== undefined) candidates.push({ value, origin: `meta:${key}` });
  }
  for (const article of sources.articles) {
    const value = textValue(article['inLanguage']);
    if (value !== null) candidates.push({ value, origin: 'json-ld:inLanguage' });
  }
  const body = sources.document.body?.getAttribute('lang');
  if (body) candidates.push({ value: body, origin: 'body-lang' });
  return candidates;
}

export function chooseLanguage(sources: MetadataSources): Candidate | null {
  for (const candidate of languageCandidates(sources)) {
    const tag = normaliseLanguageTag(candidate.value);
    if (tag !== null) return { value: tag, origin: candidate.origin };
  }
  return null;
}
