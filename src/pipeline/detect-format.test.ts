import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFromContent, formatFromName } from './detect-format.js';

describe('formatFromName', () => {
  const cases: [string, 'text' | 'html' | null][] = [
    ['page.html', 'html'],
    ['PAGE.HTM', 'html'],
    ['saved/page.html.gz', 'html'],
    ['story.txt', 'text'],
    ['notes.md', 'text'],
    ['article', null],
    ['-', null],
  ];
  for (const [name, expected] of cases) it(name, () => assert.equal(formatFromName(name), expected));
});

describe('formatFromContent', () => {
  const cases: [string, string, 'text' | 'html'][] = [
    ['doctype', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['html element after a comment', '<!-- saved --> <html lang="en">', 'html'],
    ['tag soup fragment', '<div><p>One</p><p>Two</p><p>Three</p><br><span>x</span></div>', 'html'],
    ['prose mentioning a tag', 'The council said the <p> tag was fine.\nNothing else.', 'text'],
    ['plain article', 'Storm closes roads\n\nHeavy rain closed roads on Monday, officials said.', 'text'],
  ];
  for (const [name, content, expected] of cases)
    it(name, () => assert.equal(formatFromContent(content), expected));
});
