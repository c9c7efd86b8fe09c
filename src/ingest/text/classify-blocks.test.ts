import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countRepetitions, initialLabel } from './classify-blocks.js';
import { splitBlocks } from './lines.js';

/** The first label of a one-block text, as `class` or `class/kind`. */
function labelOf(text: string): string {
  const blocks = splitBlocks(text);
  const block = blocks[0];
  if (!block) throw new Error('no block');
  const label = initialLabel(block, countRepetitions(blocks));
  return 'kind' in label ? `${label.class}/${label.kind}` : label.class;
}

describe('initialLabel per rule', () => {
  const cases: { input: string; expected: string }[] = [
    // widget errors, in several languages and variants
    { input: 'Oops! Something went wrong.', expected: 'junk/widget' },
    { input: 'Sorry, this content failed to load. Please try again.', expected: 'junk/widget' },
    { input: 'Ein Fehler ist aufgetreten.', expected: 'junk/widget' },
    {
      input: '• Whoops!\n    Unable to load the live scores.\n    Refresh the page.',
      expected: 'junk/widget',
    },
    // promos
    {
      input: 'Get unlimited access to quality reporting. Start your free trial today.',
      expected: 'junk/promo',
    },
    { input: 'Sign up for our daily newsletter', expected: 'junk/promo' },
    { input: 'Jetzt abonnieren und weiterlesen', expected: 'junk/promo' },
    // advertisement, share, related, cookie, legal, comment, navigation
    { input: 'Advertisement', expected: 'junk/advertisement' },
    { input: 'Story continues below advertisement', expected: 'junk/advertisement' },
    { input: 'Share this article', expected: 'junk/share' },
    { input: 'Follow us on Mastodon', expected: 'junk/share' },
    { input: 'Facebook Twitter Email', expected: 'junk/share' },
    { input: 'Read more: Ferry operator fined over late sailings', expected: 'junk/related' },
    { input: 'Lesen Sie auch', expected: 'junk/related' },
    { input: 'We use cookies to personalise content and analyse our traffic.', expected: 'junk/cookie' },
    { input: '© 2031 Lakeside Media Group', expected: 'junk/legal' },
    { input: 'Tous droits réservés', expected: 'junk/legal' },
    { input: 'Leave a comment', expected: 'junk/comment' },
    { input: 'Skip to main content', expected: 'junk/navigation' },
    { input: 'Home | World | Business | Sport', expected: 'junk/navigation' },
    // story shapes
    {
      input:
        'The regional council approved the plan on Thursday after a debate that lasted more than six hours.',
      expected: 'good',
    },
    { input: 'Nobody expected that.', expected: 'short' },
    { input: '“That settles it.”', expected: 'short' },
    { input: 'A turning point', expected: 'short' },
    // a story paragraph that merely mentions furniture words is not furniture: a short one is
    // only suspect (kept inside the story), a long one is a story paragraph
    {
      input:
        'The subscription drive for the council newsletter will continue into the spring, officials said.',
      expected: 'suspect/promo',
    },
    {
      input:
        'More than 40,000 readers signed up for the council newsletter last year, officials said, and the subscription drive will continue into the spring as the town tries to reach older residents who do not use social media or the internet at all.',
      expected: 'good',
    },
    // metadata lines
    { input: 'By Rosalind Achebe', expected: 'byline' },
    { input: 'Published 2 April 2029 9:30am', expected: 'dateline' },
    { input: 'A rescue boat near the harbour wall on Monday - Yusuf Demir', expected: 'caption' },
  ];
  for (const { input, expected } of cases)
    it(input.split('\n')[0] ?? input, () => assert.equal(labelOf(input), expected));
});

describe('repetition', () => {
  it('labels a short block repeated three times as a widget', () => {
    const blocks = splitBlocks('Loading scores\nFirst line of text here.\nLoading scores\nLoading scores');
    const label = initialLabel(blocks[0]!, countRepetitions(blocks));
    assert.deepEqual(label, { class: 'junk', kind: 'widget', origin: 'repeated-block' });
  });
  it('keeps a bullet item with its indented continuation lines as one block', () => {
    const blocks = splitBlocks('  • Hmm.\n    Nothing to see.\nNext paragraph.');
    assert.equal(blocks.length, 2);
    assert.deepEqual(blocks[0]?.lines, ['• Hmm.', 'Nothing to see.']);
  });
});
