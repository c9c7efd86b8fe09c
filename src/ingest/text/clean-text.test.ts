import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from './clean-text.js';

/** An invented news page as a scraper copies it: menus, cookie notice, widgets, caption, promo, footer. */
const PAGE = `Skip to main content
Home
News
Sport
Weather
We use cookies to improve your experience on our site. By continuing to browse you agree to our cookie policy.
Accept all
Ferry operator halts crossings after harbour crane collapses in storm
By Imogen Farrow-Lindqvist
Published 14 October 2030 7:45am
Share this article
Teodor Vasquez
Teodor Vasquez inspects the twisted remains of the crane on the north quay on Sunday - Rhiannon Mbeki
  • Whoops!
    We couldn't load this content.
    Please try again later.
  • Whoops!
    We couldn't load this content.
    Please try again later.

The operator of the island ferry service suspended all crossings on Monday after a harbour crane collapsed onto the loading ramp during the overnight storm.

No one was injured, but engineers said the ramp would need to be inspected before any vehicle could use it again, Teodor Vasquez, the harbour master, told reporters.

“We were lucky,” he said. “Ten minutes earlier and the late sailing would have been underneath it.”

That’s all.

Advertisement

Repairs and compensation

The company said passengers with tickets for the coming week would be offered a full refund or a seat on a later crossing once the ramp reopened.

Read more: Island councils call for second ferry route

Local businesses warned that a long closure would hurt the autumn trade, which depends on visitors from the mainland.

The storm brought gusts of more than 90mph to the coast.

Related stories
Storm warning issued for northern coast
Harbour crane inspections ordered after collapse
Ferry fares to rise in spring
Subscribe to The Harbourside Chronicle for unlimited access to local news. Cancel anytime.
Follow us on social media
© 2030 Harbourside Chronicle Ltd. All rights reserved.`;

const STORY = [
  'The operator of the island ferry service suspended all crossings on Monday after a harbour crane collapsed onto the loading ramp during the overnight storm.',
  'No one was injured, but engineers said the ramp would need to be inspected before any vehicle could use it again, Teodor Vasquez, the harbour master, told reporters.',
  '“We were lucky,” he said. “Ten minutes earlier and the late sailing would have been underneath it.”',
  'That’s all.',
  'Repairs and compensation',
  'The company said passengers with tickets for the coming week would be offered a full refund or a seat on a later crossing once the ramp reopened.',
  'Local businesses warned that a long closure would hurt the autumn trade, which depends on visitors from the mainland.',
  'The storm brought gusts of more than 90mph to the coast.',
];

describe('cleanText on a whole scraped page', () => {
  const result = cleanText(PAGE);

  it('keeps every story paragraph verbatim, in order, separated by one blank line', () => {
    assert.equal(result.text, STORY.join('\n\n'));
  });

  it('finds the headline, byline, date and publisher', () => {
    assert.equal(
      result.metadata.title,
      'Ferry operator halts crossings after harbour crane collapses in storm',
    );
    assert.equal(result.metadata.byline, 'Imogen Farrow-Lindqvist');
    assert.equal(result.metadata.published, '2030-10-14');
    // The copyright line names the outlet more reliably than the promo does.
    assert.equal(result.metadata.publisher, 'Harbourside Chronicle');
  });

  it('keeps the caption apart with its credit, and the name line as caption furniture', () => {
    assert.deepEqual(result.captions, [
      {
        text: 'Teodor Vasquez inspects the twisted remains of the crane on the north quay on Sunday',
        credit: 'Rhiannon Mbeki',
      },
    ]);
    assert.ok(result.removed.some((block) => block.kind === 'caption' && block.text === 'Teodor Vasquez'));
  });

  const expectedRemovals: { kind: string; contains: string; times?: number }[] = [
    { kind: 'navigation', contains: 'Skip to main content' },
    { kind: 'cookie', contains: 'We use cookies' },
    { kind: 'title', contains: 'Ferry operator halts crossings' },
    { kind: 'byline', contains: 'By Imogen' },
    { kind: 'dateline', contains: 'Published 14 October' },
    { kind: 'share', contains: 'Share this article' },
    { kind: 'widget', contains: 'Whoops!', times: 2 },
    { kind: 'advertisement', contains: 'Advertisement' },
    { kind: 'related', contains: 'Read more: Island councils' },
    { kind: 'related', contains: 'Ferry fares to rise in spring' },
    { kind: 'promo', contains: 'Subscribe to The Harbourside Chronicle' },
    { kind: 'share', contains: 'Follow us on social media' },
    { kind: 'legal', contains: '© 2030' },
  ];
  for (const { kind, contains, times } of expectedRemovals) {
    it(`removes "${contains}" as ${kind}`, () => {
      assert.ok(!result.text.includes(contains), 'must not be in the body');
      const matches = result.removed.filter((block) => block.kind === kind && block.text.includes(contains));
      assert.equal(matches.length, times ?? 1, `removed as ${kind}: ${JSON.stringify(result.removed)}`);
    });
  }

  it('records which rule removed each block', () => {
    for (const block of result.removed) assert.ok(block.origin.length > 0);
  });

  it('does not mutate or depend on anything but its input', () => {
    assert.deepEqual(cleanText(PAGE), result);
  });
});

describe('cleanText small cases', () => {
  const paragraph =
    'The committee will publish its findings next month, according to a statement released by the chair on Friday afternoon.';
  const second =
    'Several members had asked for the report to be delayed until after the summer recess, the statement added.';
  const third =
    'A public hearing on the proposals is expected to take place in the town hall before the end of the year, and residents will be invited to speak.';
  const cases: { name: string; input: string; text: string; title?: string | null }[] = [
    { name: 'empty input', input: '', text: '', title: null },
    {
      name: 'a body alone stays whole',
      input: `${paragraph}\n\n${second}`,
      text: `${paragraph}\n\n${second}`,
    },
    {
      name: 'a sub-heading between two paragraphs stays',
      input: `${paragraph}\nWhat happens next\n${second}`,
      text: `${paragraph}\n\nWhat happens next\n\n${second}`,
    },
    {
      name: 'a short quote between two paragraphs stays',
      input: `${paragraph}\n“Not yet.”\n${second}`,
      text: `${paragraph}\n\n“Not yet.”\n\n${second}`,
    },
    {
      name: 'the headline above the story goes to the title',
      input: `Committee delays report on river pollution\n\n${paragraph}\n\n${second}`,
      text: `${paragraph}\n\n${second}`,
      title: 'Committee delays report on river pollution',
    },
    {
      name: 'a menu run inside the page is navigation',
      input: `Home\nWorld\nBusiness\nCulture\nCommittee delays report on river pollution\n${paragraph}\n${second}`,
      text: `${paragraph}\n\n${second}`,
    },
    {
      name: 'reader comments after the story are removed even when longer than the story',
      input: `${paragraph}\n${second}\n${third}\nComments\n${'I have lived by this river for forty years and nobody ever listened to us about the smell in summer, so forgive me if I do not believe a word of it. '.repeat(3)}\nReport this comment`,
      text: `${paragraph}\n\n${second}\n\n${third}`,
    },
    {
      name: 'a lead sentence that mentions an offer is story, not promo',
      input: `The defender, who is understood to have turned down an offer from a rival club, will sign a new contract on Friday, his agent said.\n\n${paragraph}\n\n${second}`,
      text: `The defender, who is understood to have turned down an offer from a rival club, will sign a new contract on Friday, his agent said.\n\n${paragraph}\n\n${second}`,
    },
    {
      name: 'a last sentence that mentions registering is story, not promo',
      input: `${paragraph}\n\n${second}\n\nVoters who want to take part must register by the end of the month, the electoral office said.`,
      text: `${paragraph}\n\n${second}\n\nVoters who want to take part must register by the end of the month, the electoral office said.`,
    },
    {
      name: 'a trailing furniture line with a weak word still goes',
      input: `${paragraph}\n\n${second}\n\nPremium content`,
      text: `${paragraph}\n\n${second}`,
    },
    {
      name: 'windows line endings and a trailing promo',
      input: `${paragraph}\r\n\r\n${second}\r\n\r\nSign up for our weekly newsletter and never miss a story.`,
      text: `${paragraph}\n\n${second}`,
    },
  ];
  for (const { name, input, text, title } of cases) {
    it(name, () => {
      const result = cleanText(input);
      assert.equal(result.text, text);
      if (title !== undefined) assert.equal(result.metadata.title, title);
    });
  }
});

/**
 * Generous on purpose: both cases take about a second on an idle machine, and the limit must not
 * fail on a loaded CI runner, only on quadratic behaviour (which would take minutes).
 */
const SECONDS_ALLOWED = 15;

describe('cleanText speed on hostile input', () => {
  it('cleans a 20 MB text in a few seconds', () => {
    const unit =
      'The board met again on Tuesday and agreed to review the decision in the spring, a spokesperson said. ';
    const big = `${unit.repeat(Math.ceil(10_000_000 / unit.length))}\n\n${'x'.repeat(10_000_000)}`;
    const started = performance.now();
    const result = cleanText(big);
    const seconds = (performance.now() - started) / 1000;
    assert.ok(result.text.length > 0);
    assert.ok(seconds < SECONDS_ALLOWED, `took ${seconds.toFixed(2)} s`);
  });
  it('cleans 300,000 short lines in a few seconds', () => {
    const lines: string[] = [];
    for (let index = 0; index < 300_000; index++) {
      lines.push(index % 3 === 0 ? `Item ${index}` : index % 3 === 1 ? '“' : 'He said it was fine.');
    }
    const started = performance.now();
    cleanText(lines.join('\n'));
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < SECONDS_ALLOWED, `took ${seconds.toFixed(2)} s`);
  });
});
