import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closeRunawayTitle, extractHtml } from './extract-html.js';

/** Invented pages: a regional news site with the usual furniture around one article. */
const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en"><head><title>Harbour bridge closes for repairs | The Coastal Ledger</title>
<meta property="og:title" content="Harbour bridge closes for repairs"></head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Accept</button></div>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="layout">
  <main>
    <article class="story">
      <h1>Harbour bridge closes for repairs</h1>
      <div class="byline">By Marta Quinlan, transport reporter</div>
      <figure class="lead-image"><img src="bridge.jpg" alt="">
        <figcaption>Workers inspect the cables of the harbour bridge on Tuesday. <span class="credit">Tomas Varga</span></figcaption>
      </figure>
      <div class="story-body">
        <p>The harbour bridge will close to all traffic for six weeks from Monday, the county council said, after engineers found corrosion in two of its main cables.</p>
        <p>Drivers will be sent on a diversion through the old town, which the council expects to add twenty minutes to a typical crossing at peak times.</p>
        <div class="ad-slot"><span>Advertisement</span><div>Buy cheap flights now</div></div>
        <p>"We did not take this decision lightly," said the council's head of highways, Irene Foley. "Safety has to come first, and the cables cannot wait until spring."</p>
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
        <p>Ferry operators said they would add extra sailings in the mornings and evenings, with fares frozen at their winter level for the duration of the works.</p>
        <div class="newsletter-signup"><p>Get the morning briefing in your inbox, every weekday.</p><a href="/signup">Sign up</a></div>
        <p>The bridge, opened in 1968, carries around 30,000 vehicles a day, according to the council's most recent traffic survey.</p>
      </div>
      <aside class="related-stories"><h3>Related stories</h3><ul>
        <li><a href="/a">Council approves new budget for road maintenance</a></li>
        <li><a href="/b">Ferry company reports record summer passenger numbers</a></li>
        <li><a href="/c">Old town traders fear loss of trade during diversion</a></li></ul></aside>
    </article>
    <section id="comments" class="comments"><h2>Comments (2)</h2>
      <div class="comment"><p>About time, this bridge has been rattling for years, and nobody listened to the residents who complained about it.</p></div>
      <div class="comment"><p>Twenty minutes is optimistic, the old town is gridlocked every morning already, I expect an hour.</p></div>
    </section>
  </main>
  <div class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Storm warning issued for the coast</a></li><li><a href="/y">School league tables published</a></li></ol></div>
</div>
<footer class="site-footer"><p>© 2026 The Coastal Ledger. All rights reserved.</p><a href="/terms">Terms</a></footer>
</body></html>`;

/** A German page with German class names and an "Anzeige" label, no <article> element. */
const GERMAN_PAGE = `<html lang="de"><head><title>Stadtrat beschließt neuen Radweg</title></head><body>
<div id="navigation"><a href="/">Startseite</a> | <a href="/politik">Politik</a> | <a href="/kultur">Kultur</a></div>
<div id="inhalt"><div class="artikel-text">
<p>Der Stadtrat hat am Donnerstagabend mit großer Mehrheit den Bau eines neuen Radwegs entlang der Uferstraße beschlossen, der bis zum Herbst fertig sein soll.</p>
<div class="werbung"><p>Anzeige</p></div>
<p>Die Kosten von rund 1,2 Millionen Euro trägt zur Hälfte das Land, den Rest bezahlt die Stadt aus Rücklagen, wie die Kämmerin erklärte.</p>
<p>Anwohner hatten sich in einer Bürgerversammlung im Frühjahr mehrheitlich für den Radweg ausgesprochen, Geschäftsleute äußerten jedoch Bedenken wegen wegfallender Parkplätze.</p>
<p>Anzeige</p>
<p>Der Baubeginn ist für Anfang Mai geplant; während der Arbeiten wird die Uferstraße in Richtung Innenstadt zur Einbahnstraße.</p>
</div></div>
<div class="fusszeile footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div>
</body></html>`;

/** Scripts render the article; only JSON-LD carries its text. */
const JSON_LD_PAGE = `<html><head><title>Museum reopens after flood</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Museum reopens after flood',
  articleBody:
    'The city museum reopened its doors on Saturday, eight months after floodwater filled its basement archive.\n\nCurators said most of the damaged paintings had been restored, although two tapestries are still being dried in a specialist workshop.\n\nEntry will be free for the first month, the director said.',
})}</script></head>
<body><div id="app"><div class="loading">Loading…</div></div><footer><a href="/about">About us</a></footer></body></html>`;

/** Old-style table layout: the article is in a table cell with <br> line breaks. */
const TABLE_PAGE = `<html><head><title>Mill to reopen</title></head><body><table><tr>
<td class="menu"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/contact">Contact</a></td>
<td class="main">The old paper mill on the river will reopen in March with forty jobs, its new owners said on Friday.<br><br>
The site closed three years ago when the previous company went bankrupt, leaving more than two hundred people out of work.<br><br>
The new owners plan to make recycled packaging, and said they hoped to double the workforce within two years.</td>
</tr></table></body></html>`;

describe('extractHtml', () => {
  const news = extractHtml(NEWS_PAGE);
  const german = extractHtml(GERMAN_PAGE);

  const keeps: { page: string; text: string; expected: string }[] = [
    { page: 'news', text: news.text, expected: 'The harbour bridge will close to all traffic for six weeks' },
    { page: 'news', text: news.text, expected: '"We did not take this decision lightly," said' },
    { page: 'news', text: news.text, expected: 'Ferry operators said they would add extra sailings' },
    { page: 'news', text: news.text, expected: 'carries around 30,000 vehicles a day' },
    { page: 'german', text: german.text, expected: 'Der Stadtrat hat am Donnerstagabend' },
    { page: 'german', text: german.text, expected: 'Der Baubeginn ist für Anfang Mai geplant' },
  ];
  for (const { page, text, expected } of keeps) {
    it(`keeps article text on the ${page} page: "${expected.slice(0, 40)}"`, () => {
      assert.ok(text.includes(expected), text);
    });
  }

  const drops: { page: string; text: string; unexpected: string }[] = [
    { page: 'news', text: news.text, unexpected: 'Harbour bridge closes for repairs' }, // the headline goes to metadata
    { page: 'news', text: news.text, unexpected: 'Advertisement' },
    { page: 'news', text: news.text, unexpected: 'Buy cheap flights' },
    { page: 'news', text: news.text, unexpected: 'Share on Facebook' },
    { page: 'news', text: news.text, unexpected: 'morning briefing' },
    { page: 'news', text: news.text, unexpected: 'Council approves new budget' },
    { page: 'news', text: news.text, unexpected: 'Related stories' },
    { page: 'news', text: news.text, unexpected: 'rattling for years' },
    { page: 'news', text: news.text, unexpected: 'We use cookies' },
    { page: 'news', text: news.text, unexpected: 'Storm warning' },
    { page: 'news', text: news.text, unexpected: 'All rights reserved' },
    { page: 'news', text: news.text, unexpected: 'Workers inspect the cables' }, // the caption is kept apart
    { page: 'news', text: news.text, unexpected: 'By Marta Quinlan' },
    { page: 'german', text: german.text, unexpected: 'Anzeige' },
    { page: 'german', text: german.text, unexpected: 'Impressum' },
    { page: 'german', text: german.text, unexpected: 'Startseite' },
  ];
  for (const { page, text, unexpected } of drops) {
    it(`leaves out "${unexpected}" on the ${page} page`, () => {
      assert.ok(!text.includes(unexpected), text);
    });
  }

  it('separates paragraphs with one blank line and collapses whitespace inside them', () => {
    const paragraphs = news.text.split('\n\n');
    assert.equal(paragraphs.length, 5);
    for (const paragraph of paragraphs) assert.equal(paragraph, paragraph.replace(/\s+/g, ' ').trim());
  });

  it('records the boilerplate it removed with its kind and rule', () => {
    const kinds = new Set(news.removed.map((block) => block.kind));
    for (const kind of ['advertisement', 'share', 'promo', 'related', 'title', 'byline'] as const) {
      assert.ok(kinds.has(kind), `missing ${kind} in ${JSON.stringify(news.removed)}`);
    }
    for (const block of news.removed) assert.ok(block.origin.length > 0 && block.text.length > 0);
    assert.ok(news.removed.every((block) => !block.text.includes('<')));
  });

  it('keeps the caption apart with its credit split off', () => {
    assert.deepEqual(news.captions, [
      { text: 'Workers inspect the cables of the harbour bridge on Tuesday.', credit: 'Tomas Varga' },
    ]);
  });

  it('takes the title from metadata or the page', () => {
    assert.equal(news.metadata.title, 'Harbour bridge closes for repairs');
    assert.equal(german.metadata.title, 'Stadtrat beschließt neuen Radweg');
  });

  it('uses the JSON-LD articleBody when the markup holds no article', () => {
    const result = extractHtml(JSON_LD_PAGE);
    assert.equal(result.text.split('\n\n').length, 3);
    assert.ok(result.text.startsWith('The city museum reopened its doors on Saturday'));
    assert.ok(result.diagnostics.some((diagnostic) => diagnostic.code === 'html-json-ld-body'));
    assert.equal(extractHtml(JSON_LD_PAGE, { useJsonLdBody: false }).text.includes('city museum'), false);
  });

  it('reads a table-layout page with <br> paragraphs and leaves the menu cell out', () => {
    const result = extractHtml(TABLE_PAGE);
    assert.deepEqual(
      result.text.split('\n\n').map((paragraph) => paragraph.slice(0, 24)),
      ['The old paper mill on th', 'The site closed three ye', 'The new owners plan to m'],
    );
  });

  it('finds the body when the page has no <html> element', () => {
    const page = `<!DOCTYPE html><head><title>Short</title></head><body><div class="text"><p>${'A local choir won the regional contest on Sunday, beating eleven other groups. '.repeat(3)}</p></div></body>`;
    assert.ok(extractHtml(page).text.startsWith('A local choir won'));
  });

  it('keeps paragraphs that all carry the same boilerplate-looking class name', () => {
    const paragraph = (index: number): string =>
      `<div class="story-widget-text"><p>${`The orchestra announced season ${index} on Wednesday, with six premieres. `.repeat(3)}</p></div>`;
    const paragraphs = [1, 2, 3, 4, 5].map(paragraph).join('');
    const result = extractHtml(`<html><body><article>${paragraphs}</article></body></html>`);
    assert.equal(result.text.split('\n\n').length, 5);
  });

  it('removes a pull quote that repeats a sentence of the story', () => {
    const story =
      '<p>“There is no fuel left for the generators,” said Dr. Lina Haddad, who runs the ward on the second floor.</p>';
    const other =
      '<p>The ministry said a convoy would reach the town by Thursday if the road was cleared in time.</p>';
    const pull = '<blockquote><p>“There is no fuel left for the generators.”</p></blockquote>';
    const result = extractHtml(`<html><body><article>${story}${pull}${other}</article></body></html>`);
    assert.equal(result.text.split('\n\n').length, 2);
    assert.equal(result.text.match(/no fuel left/g)?.length, 1);
  });

  const oddInputs: { name: string; html: string }[] = [
    { name: 'empty', html: '' },
    { name: 'plain text', html: 'no markup at all, just words.' },
    { name: 'broken tags', html: '<<<>>><p><div></p></span>&&&#;<table><td>' },
    { name: 'only scripts', html: '<script>var a = "<p>";</script><style>p{}</style>' },
  ];
  for (const { name, html } of oddInputs) {
    it(`never throws on odd input: ${name}`, () => {
      const result = extractHtml(html);
      assert.equal(typeof result.text, 'string');
    });
  }

  it('walks 20,000 nested elements without recursion', () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}A sentence at the bottom of a very deep page, with a comma.${'</div>'.repeat(depth)}</body></html>`;
    assert.equal(extractHtml(html).text, 'A sentence at the bottom of a very deep page, with a comma.');
  });

  it('stays linear on many paragraphs', () => {
    const paragraphs = Array.from(
      { length: 30_000 },
      (_, index) => `<p>Paragraph ${index} of an unusually long report, with commas, and words.</p>`,
    ).join('');
    const started = performance.now();
    const result = extractHtml(`<html><body><article>${paragraphs}</article></body></html>`);
    assert.equal(result.text.split('\n\n').length, 30_000);
    assert.ok(performance.now() - started < 10_000);
  });
});

describe('extractHtml: drop caps', () => {
  const rest =
    'he harbour committee met on Tuesday and agreed to repair the old pier before the summer season begins.</p><p>Fishermen said they were pleased and hoped the work would be finished in time for the spring.</p>';
  const page = (opening: string) =>
    `<html><head><title>Pier repairs agreed</title></head><body><article><h1>Pier repairs agreed</h1>${opening}${rest}</article></body></html>`;
  const cases: { name: string; opening: string }[] = [
    { name: 'a letter in a block of its own', opening: '<div class="initial">T</div><p>' },
    { name: 'a hidden letter', opening: '<p><span class="drop" aria-hidden="true">T</span>' },
    { name: 'a picture of the letter', opening: '<p><img src="t.gif" alt="T">' },
    { name: 'an inline letter', opening: '<p><span class="drop">T</span>' },
  ];
  for (const { name, opening } of cases)
    it(`keeps the first letter: ${name}`, () => {
      const text = extractHtml(page(opening)).text;
      assert.ok(text.startsWith('The harbour committee met'), text);
    });
  it('leaves a lone letter before a capitalised word', () => {
    const text = extractHtml(page('<p><a href="/a">A</a> <a href="/b">B</a></p><p>T')).text;
    assert.ok(text.includes('The harbour committee met'), text);
  });
});

describe('closeRunawayTitle (a <title> never closed)', () => {
  const cases: readonly [string, string, string][] = [
    [
      'closed where its first tag begins',
      '<html><head><title>Town news<script></script>',
      '<html><head><title>Town news</title><script></script>',
    ],
    [
      'or at the end of its line',
      '<title>\n  Town news\nfunction(x);\n<script>',
      '<title>\n  Town news</title>\nfunction(x);\n<script>',
    ],
    ['a closed title is left alone', '<title>A</title><p>b</p>', '<title>A</title><p>b</p>'],
    ['no title', '<p>Plain</p>', '<p>Plain</p>'],
  ];
  for (const [name, input, expected] of cases)
    it(name, () => assert.equal(closeRunawayTitle(input), expected));

  it('the article of a page whose title is never closed is still found', () => {
    const paragraph =
      'The county council voted on Tuesday to keep the old library open for another three years, after residents ' +
      'gathered more than four thousand signatures against its closure.';
    const page =
      '<!doctype html><html><head><title>Valley Courier: library saved<script src="a.js"></script></head><body>' +
      `<div class="story"><h1>Library saved</h1><p>${paragraph}</p><p>${paragraph.replace('Tuesday', 'Wednesday')}</p></div>` +
      '</body></html>';
    const result = extractHtml(page);
    assert.ok(result.text.includes('voted on Tuesday to keep the old library open'), result.text);
    assert.ok(!(result.metadata.title ?? '').includes('<script'), String(result.metadata.title));
  });
});
