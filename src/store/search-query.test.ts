import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSnippet, queryTerms } from './search-query.js';

describe('search query words and snippets', () => {
  it('keeps only words: operators, quotes and SQL are text', () => {
    const cases: [string, string[]][] = [
      ['crane collapse', ['crane', 'collapse']],
      ['"crane" OR collapse*', ['crane', 'collapse']],
      ["'; DROP TABLE documents; --", ['drop', 'table', 'documents']],
      ['NEAR(crane, 2)', ['near', 'crane', '2']],
      ['the of and', []],
      ['"', []],
      ['Lukašenka Łódź', ['lukašenka', 'łódź']],
      ['crane crane CRANE', ['crane']],
    ];
    for (const [query, terms] of cases) assert.deepEqual(queryTerms(query), terms, query);
    assert.equal(
      queryTerms('w '.repeat(40).replace(/w/g, () => 'x' + Math.random().toString(36).slice(2, 6))).length,
      12,
    );
  });

  it('cuts a snippet around the first match and marks the words', () => {
    const body = `${'Filler words before. '.repeat(20)}The crane collapsed at dawn. ${'More filler after. '.repeat(20)}`;
    const { snippet, highlights } = makeSnippet(body, ['crane', 'collapses']);
    assert.ok(snippet.startsWith('… '));
    assert.ok(snippet.endsWith(' …'));
    assert.deepEqual(
      highlights.map((mark) => snippet.slice(mark.start, mark.end)),
      ['crane', 'collapsed'],
    );
    const short = makeSnippet('A crane.', ['crane']);
    assert.deepEqual(short, { snippet: 'A crane.', highlights: [{ start: 2, end: 7 }] });
  });
});
