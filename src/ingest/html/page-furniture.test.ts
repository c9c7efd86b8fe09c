import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractHtml } from './extract-html.js';
import { isPipeMenu } from './render-article.js';

/** Every page below is invented for these tests. */

const STORY = [
  'The union said its members would vote on any offer the authority made before the end of the month, and that further action was not ruled out.',
  'The authority said cargo traffic would return to normal by Monday, though some sailings could still be delayed over the weekend.',
]
  .map((paragraph) => `<p>${paragraph}</p>`)
  .join('');

const page = (head: string, body: string): string =>
  `<html><head>${head}</head><body><article>${body}${STORY}</article></body></html>`;

describe('title and publisher', () => {
  const cases: readonly { name: string; html: string; title: string | null; publisher: string | null }[] = [
    {
      name: 'a "More on" teaser marked as a headline is not the title',
      html: page(
        '<title>Ferry strike ends | Harbour Gazette</title>',
        '<h2 class="article-title">More on Portmere</h2><h1>Ferry strike ends</h1>',
      ),
      title: 'Ferry strike ends',
      publisher: 'Harbour Gazette',
    },
    {
      name: 'og:site_name "Hosted" gives way to the title’s site part',
      html: page(
        '<title>Ferry strike ends | Harbour Gazette</title><meta property="og:site_name" content="Hosted">',
        '<h1>Ferry strike ends</h1>',
      ),
      title: 'Ferry strike ends',
      publisher: 'Harbour Gazette',
    },
    {
      name: 'a bare domain label as og:site_name gives way to JSON-LD',
      html: page(
        '<title>Ferry strike ends</title><meta property="og:site_name" content="harbourgazette">' +
          '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry strike ends","publisher":{"@type":"Organization","name":"The Harbour Gazette"}}</script>',
        '<h1>Ferry strike ends</h1>',
      ),
      title: 'Ferry strike ends',
      publisher: 'The Harbour Gazette',
    },
    {
      name: 'a real site name stays',
      html: page(
        '<title>Ferry strike ends</title><meta property="og:site_name" content="Harbour Gazette">',
        '',
      ),
      title: 'Ferry strike ends',
      publisher: 'Harbour Gazette',
    },
  ];
  for (const { name, html, title, publisher } of cases) {
    it(name, () => {
      const { metadata } = extractHtml(html);
      assert.equal(metadata.title, title);
      assert.equal(metadata.publisher, publisher);
    });
  }
});

describe('story paragraphs beside furniture', () => {
  const LEAD =
    'Dock workers returned to work on Friday after the port authority agreed to talks with the union.';
  const cases: readonly { name: string; body: string; kept: string; removed: readonly string[] }[] = [
    {
      name: 'a lead paragraph with a bracketed dateline and the dateline’s class',
      body: `<p class="dateline">[PORTMERE] ${LEAD}</p>`,
      kept: `[PORTMERE] ${LEAD}`,
      removed: [],
    },
    {
      name: 'a paragraph in the same container as an advertisement slot',
      body: `<div class="inline-ad"><div id="ad-300x250">Advertisement</div><p>${LEAD}</p></div>`,
      kept: LEAD,
      removed: ['Advertisement'],
    },
    {
      name: 'a contributor line at the foot',
      body: `<p>${LEAD}</p><p>Staff writers Tom Bell and Ana Ruiz contributed to this report.</p>`,
      kept: LEAD,
      removed: ['Staff writers Tom Bell and Ana Ruiz contributed to this report.'],
    },
    {
      name: 'a short dateline element alone is still removed',
      body: `<p class="dateline">PORTMERE, March 4</p><p>${LEAD}</p>`,
      kept: LEAD,
      removed: ['PORTMERE, March 4'],
    },
  ];
  for (const { name, body, kept, removed } of cases) {
    it(name, () => {
      // the contributor line goes last, where it stands on real pages
      const html = name.includes('contributor')
        ? `<html><body><article>${STORY}${body}</article></body></html>`
        : page('', body);
      const result = extractHtml(html);
      assert.ok(result.text.includes(kept), `kept: ${kept}\nin: ${result.text}`);
      for (const text of removed) {
        assert.ok(!result.text.includes(text), `not in the body: ${text}`);
        assert.ok(
          result.removed.some((block) => block.text.includes(text)),
          `recorded as removed: ${text}`,
        );
      }
    });
  }
});

describe('menus written out as text', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['News: Front Page | Harbour Town | Sport | Weather | Jobs |', true],
    ['Home · About us · Terms · Privacy', true],
    ['© 2031 Harbour Media Ltd | Terms | Privacy', true],
    ['The vote was 5 | 4, she said, after a long day.', false],
    ['Harbour Town | Sport', false],
    ['The mayor said the plan was good | The council said it was not | Nobody knew.', false],
  ];
  for (const [text, expected] of cases) it(text, () => assert.equal(isPipeMenu(text), expected));
});
