import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClaimgraphError } from '../model/index.js';
import { checkHtmlShape, checkInputSize, measureHtmlShape } from './limits.js';
import { DEFAULT_LIMITS } from './options.js';

describe('measureHtmlShape', () => {
  const cases: { name: string; html: string; elements: number; depth: number }[] = [
    { name: 'plain nesting', html: '<html><body><div><p>a</p></div></body></html>', elements: 4, depth: 1 },
    { name: 'void elements add no depth', html: '<div><br><img src=x><hr/></div>', elements: 4, depth: 1 },
    {
      name: 'unclosed list items are implicitly closed',
      html: '<ul><li>a<li>b<li>c</ul>',
      elements: 4,
      depth: 1,
    },
    {
      name: 'tags inside scripts are not elements',
      html: '<div><script>if (a<b) x("<div><div>")</script></div>',
      elements: 2,
      depth: 1,
    },
    { name: 'comments are skipped', html: '<!-- <div><div> --><section></section>', elements: 1, depth: 1 },
    { name: 'deep nesting', html: '<div>'.repeat(50) + '</div>'.repeat(50), elements: 50, depth: 50 },
    { name: 'a lone "<" in text', html: '<p>3 < 4 and 5 > 2</p>', elements: 1, depth: 0 },
  ];
  for (const { name, html, elements, depth } of cases) {
    it(name, () => assert.deepEqual(measureHtmlShape(html), { elements, depth }));
  }

  it('measures 200,000 levels of nesting in well under a second', () => {
    const html = '<div>'.repeat(200_000) + 'x' + '</div>'.repeat(200_000);
    const started = performance.now();
    assert.equal(measureHtmlShape(html).depth, 200_000);
    assert.ok(performance.now() - started < 1000);
  });
});

describe('limits', () => {
  it('refuses HTML nested deeper than the limit, naming the limit and the option', () => {
    const html = '<div>'.repeat(2000) + '</div>'.repeat(2000);
    assert.throws(
      () => checkHtmlShape(html, DEFAULT_LIMITS),
      (error: unknown) =>
        error instanceof ClaimgraphError &&
        error.code === 'html-too-complex' &&
        /--max-depth/.test(error.message),
    );
  });

  it('refuses too many elements', () => {
    const html = '<p>x</p>'.repeat(20);
    assert.throws(() => checkHtmlShape(html, { ...DEFAULT_LIMITS, maxHtmlElements: 10 }), /--max-elements/);
  });

  it('accepts input within the limits', () => {
    assert.deepEqual(checkHtmlShape('<div><p>x</p></div>', DEFAULT_LIMITS), { elements: 2, depth: 1 });
    assert.doesNotThrow(() => checkInputSize(1000, DEFAULT_LIMITS));
  });

  it('refuses oversized input with the sizes in the message', () => {
    assert.throws(
      () => checkInputSize(20 * 1024 * 1024, DEFAULT_LIMITS),
      /20\.0 MB exceeds the limit of 16\.0 MB/,
    );
  });
});
