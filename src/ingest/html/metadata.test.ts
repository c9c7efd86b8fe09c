import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import type { DocumentMetadata } from '../../model/index.js';
import { cleanByline } from './metadata-byline.js';
import { normaliseDate, parseHumanDate } from '../dates.js';
import { normaliseLanguageTag } from './metadata-language.js';
import { stripSiteName } from './metadata-title.js';
import { readHtmlMetadata, readHtmlMetadataTraced } from './metadata.js';

const read = (html: string) => readHtmlMetadataTraced(parseHTML(html).document as unknown as Document);

interface PageCase {
  readonly name: string;
  readonly html: string;
  readonly expected: Partial<DocumentMetadata>;
  readonly origins?: Partial<Record<keyof DocumentMetadata, string>>;
}

const pageCases: readonly PageCase[] = [
  {
    name: 'Open Graph and article meta tags',
    html: `<html lang="en-gb"><head><title>Ferry fares to rise in spring | Harbour Gazette</title>
      <meta property="og:title" content="Ferry fares to rise in spring">
      <meta property="og:site_name" content="Harbour Gazette">
      <meta name="author" content="Mara Lindqvist">
      <meta property="article:published_time" content="2023-02-14T07:30:00+00:00">
      <meta property="article:modified_time" content="2023-02-15T09:00:00+00:00">
      <link rel="canonical" href="https://harbourgazette.example/transport/ferry-fares"></head><body></body></html>`,
    expected: {
      title: 'Ferry fares to rise in spring',
      publisher: 'Harbour Gazette',
      byline: 'Mara Lindqvist',
      published: '2023-02-14T07:30:00+00:00',
      language: 'en-GB',
      canonicalUrl: 'https://harbourgazette.example/transport/ferry-fares',
    },
  },
  {
    name: 'JSON-LD @graph with author reference, comment wrapper and raw line break',
    html: `<html><head><title>x</title><script type="application/ld+json"><!--
      {"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"#site","name":"Valley Courier"},
        {"@type":["NewsArticle"],"headline":"Dam repairs finished
 ahead of schedule","datePublished":"2022-09-03","author":[{"@id":"#p1"},{"@id":"#p2"}],"publisher":{"@id":"#site"}},
        {"@type":"Person","@id":"#p1","name":"Idris Okafor"},
        {"@type":"Person","@id":"#p2","name":"Lena Brandt"},
      ]}
      --></script></head><body></body></html>`,
    expected: {
      title: 'Dam repairs finished ahead of schedule',
      publisher: 'Valley Courier',
      byline: 'Idris Okafor, Lena Brandt',
      published: '2022-09-03',
    },
    origins: { title: 'json-ld:headline', published: 'json-ld:datePublished' },
  },
  {
    name: 'broken JSON-LD is ignored, the <title> loses its site suffix',
    html: `<html><head><title>Town hall gets solar roof – Riverside Post</title><meta property="og:site_name" content="Riverside Post">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head><body></body></html>`,
    expected: { title: 'Town hall gets solar roof', publisher: 'Riverside Post', published: null },
    origins: { title: 'title-element-without-site' },
  },
  {
    name: 'visible <h1> confirmed by og:title wins over the SEO title',
    html: `<html><head><meta property="og:title" content="Budget row: Council rejects library cuts after long debate">
      <title>Budget row: Council rejects library cuts after long debate | Lakeside Echo</title></head>
      <body><header><h1><a href="/">Lakeside Echo</a></h1></header><article><h1>Council rejects library cuts</h1></article></body></html>`,
    expected: { title: 'Council rejects library cuts', publisher: 'Lakeside Echo' },
    origins: { title: 'h1-confirmed-by-title', publisher: 'title-element-site-part' },
  },
  {
    name: 'a cookie-expiry date in a script is never the publication date; the byline line is read',
    html: `<html lang="de"><head><title>Neue Buslinie</title><script>document.cookie = "consent=1; expires=Fri, 31 Dec 2032 23:59:59 GMT"; var published = "2031-01-01";</script></head>
      <body><article><h1>Neue Buslinie</h1><p class="meta">Von Jonas Weber | 4. März 2021</p><p>Ab Montag fährt der Bus alle zehn Minuten.</p></article></body></html>`,
    expected: { title: 'Neue Buslinie', byline: 'Jonas Weber', published: '2021-03-04', language: 'de' },
  },
  {
    name: 'modified date only when no published date exists',
    html: `<html><head><meta property="article:modified_time" content="2020-06-30T10:00:00Z"></head><body><p>Text.</p></body></html>`,
    expected: { published: '2020-06-30T10:00:00Z' },
    origins: { published: 'meta:article:modified_time:modified-fallback' },
  },
  {
    name: '<time datetime> in the article header; comment times ignored',
    html: `<html><body><div class="comments"><time datetime="2019-01-05">5 Jan</time></div>
      <article><header><h1>Quarry to close</h1><time datetime="2019-01-02T08:00">2 January</time></header></article></body></html>`,
    expected: { published: '2019-01-02T08:00:00' },
    origins: { published: 'time-in-article' },
  },
  {
    name: 'date in the URL when nothing else dates the page',
    html: `<html><head><link rel="canonical" href="https://blog.example/2018/11/07/winter-tyres/"></head><body><p>Text.</p></body></html>`,
    expected: { published: '2018-11-07' },
    origins: { published: 'url-path' },
  },
  {
    name: 'author meta that is a URL is skipped for the rel=author link; "By" stripped',
    html: `<html><head><meta property="article:author" content="https://social.example/someone"></head>
      <body><article><h1>Harvest up</h1><a rel="author" href="/authors/pia">By Pia Santos</a></article></body></html>`,
    expected: { byline: 'Pia Santos' },
    origins: { byline: 'rel-author' },
  },
  {
    name: 'og:locale and relative canonical resolved against og:url',
    html: `<html><head><meta property="og:locale" content="pt_BR"><meta property="og:url" content="https://jornal.example/a/b">
      <link rel="canonical" href="/a/b?x=1"></head><body></body></html>`,
    expected: { language: 'pt-BR', canonicalUrl: 'https://jornal.example/a/b?x=1' },
  },
  {
    name: 'empty page gives nulls',
    html: '<html><head></head><body></body></html>',
    expected: {
      title: null,
      publisher: null,
      byline: null,
      published: null,
      language: null,
      canonicalUrl: null,
    },
  },
];

describe('readHtmlMetadata', () => {
  for (const testCase of pageCases) {
    it(testCase.name, () => {
      const { metadata, origins } = read(testCase.html);
      for (const [field, value] of Object.entries(testCase.expected)) {
        assert.equal(
          metadata[field as keyof DocumentMetadata],
          value,
          `${field} (origin ${origins[field as keyof DocumentMetadata]})`,
        );
      }
      for (const [field, origin] of Object.entries(testCase.origins ?? {})) {
        assert.equal(origins[field as keyof DocumentMetadata], origin, `origin of ${field}`);
      }
    });
  }

  it('never throws on a hostile page (deep nesting, huge JSON-LD)', () => {
    const deep = `${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}`;
    const bigJson = `<script type="application/ld+json">${'['.repeat(10_000)}${']'.repeat(10_000)}</script>`;
    const metadata = readHtmlMetadata(
      parseHTML(`<html><head>${bigJson}</head><body>${deep}</body></html>`).document as unknown as Document,
    );
    assert.equal(metadata.title, null);
  });
});

describe('normaliseDate', () => {
  const cases: readonly [string, string | null][] = [
    ['2021-03-04', '2021-03-04'],
    ['2021-03-04T00:00:00', '2021-03-04'],
    ['2021-03-04T09:15:00+0100', '2021-03-04T09:15:00+01:00'],
    ['2021-03-04 09:15', '2021-03-04T09:15:00'],
    ['2021/3/4', '2021-03-04'],
    ['20210304', '2021-03-04'],
    ['Thu, 04 Mar 2021 09:15:00 GMT', '2021-03-04'],
    ['2021-02-30', null],
    ['soon', null],
  ];
  for (const [input, expected] of cases) it(input, () => assert.equal(normaliseDate(input), expected));
});

describe('parseHumanDate', () => {
  const cases: readonly [string, boolean, string | null][] = [
    ['Veröffentlicht am 4. März 2021', true, '2021-03-04'],
    ['le 12 février 2020 à 10h', true, '2020-02-12'],
    ['March 4, 2021 at 9:15 am', true, '2021-03-04'],
    ['4th March 2021', true, '2021-03-04'],
    ['4 de marzo de 2021', true, '2021-03-04'],
    ['12 stycznia 2022', true, '2022-01-12'],
    ['04.03.2021, 09:15 Uhr', true, '2021-03-04'],
    ['03/04/2021', false, '2021-03-04'],
    ['03/04/2021', true, '2021-04-03'],
    ['25/12/2020', false, '2020-12-25'],
    ['Page 3 of 12', true, null],
  ];
  for (const [input, dayFirst, expected] of cases)
    it(`${input} (day first: ${dayFirst})`, () => assert.equal(parseHumanDate(input, dayFirst), expected));
});

describe('cleanByline', () => {
  const cases: readonly [string, string | null][] = [
    ['By Ana Ruiz', 'Ana Ruiz'],
    ['Von Jonas Weber und Eva Roth', 'Jonas Weber und Eva Roth'],
    ['Written by: Tomás Ferreira', 'Tomás Ferreira'],
    ['View all posts by Kai Sommer', 'Kai Sommer'],
    ['Veröffentlicht vonChris Lenz', 'Chris Lenz'],
    ['Ana Ruiz, Tom Bell', 'Ana Ruiz, Tom Bell'],
    ['Ana Ruiz, Political Correspondent', 'Ana Ruiz'],
    ['Ana Ruiz | 4 March 2021', 'Ana Ruiz'],
    ['https://social.example/ana', null],
    ['admin', null],
    ['By', null],
  ];
  for (const [input, expected] of cases) it(input, () => assert.equal(cleanByline(input), expected));
});

describe('stripSiteName', () => {
  const cases: readonly { title: string; sites: string[]; expected: string }[] = [
    {
      title: 'Storm closes bridge | Harbour Gazette',
      sites: ['harbourgazette'],
      expected: 'Storm closes bridge',
    },
    {
      title: 'Harbour Gazette - Storm closes bridge',
      sites: ['harbourgazette'],
      expected: 'Storm closes bridge',
    },
    {
      title: 'Storm closes the old harbour bridge | Local News',
      sites: [],
      expected: 'Storm closes the old harbour bridge',
    },
    { title: 'Storm – what we know so far', sites: [], expected: 'Storm – what we know so far' },
  ];
  for (const testCase of cases)
    it(testCase.title, () =>
      assert.equal(stripSiteName(testCase.title, testCase.sites).title, testCase.expected),
    );
});

describe('normaliseLanguageTag', () => {
  const cases: readonly [string, string | null][] = [
    ['en', 'en'],
    ['EN_us', 'en-US'],
    ['de-de', 'de-DE'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['de, en', 'de'],
    ['English', null],
  ];
  for (const [input, expected] of cases) it(input, () => assert.equal(normaliseLanguageTag(input), expected));
});
