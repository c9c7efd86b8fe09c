import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classSignal } from './class-signals.js';

describe('classSignal', () => {
  const cases: { name: string; polarity: -1 | 0 | 1; kind: string | null }[] = [
    { name: 'article-body', polarity: 1, kind: null },
    { name: 'entry-content', polarity: 1, kind: null },
    { name: 'ad-slot', polarity: -1, kind: 'advertisement' },
    { name: 'header shadow', polarity: 0, kind: null }, // "ad" only as a whole word
    { name: 'socialShareBar', polarity: -1, kind: 'share' },
    { name: 'relatedlinks', polarity: -1, kind: 'related' },
    { name: 'cookie-consent', polarity: -1, kind: 'cookie' },
    { name: 'comments-list', polarity: -1, kind: 'comment' },
    { name: 'newsletter-box', polarity: -1, kind: 'promo' },
    { name: 'werbung', polarity: -1, kind: 'advertisement' },
    { name: 'article-share', polarity: 0, kind: 'share' },
    { name: 'post hentry tag-travel category-news', polarity: 1, kind: null },
    { name: 'field field--label-hidden', polarity: 0, kind: null }, // Drupal's label flag, not a hidden block
    { name: 'sr-only', polarity: -1, kind: 'widget' },
    { name: 'tip-print-step', polarity: 0, kind: null },
  ];
  for (const { name, polarity, kind } of cases) {
    it(`reads "${name}"`, () => {
      const signal = classSignal(name);
      assert.equal(signal.polarity, polarity);
      assert.equal(signal.kind, kind);
    });
  }
});
