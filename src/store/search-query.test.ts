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

  it('centres the snippet on the first word that starts like a term, in any case, not inside a word', () => {
    const filler = 'Filler words before. '.repeat(20);
    const cases: [string, string[], string][] = [
      // body, terms, the first highlighted word
      [`${filler}Scranes flew. The CRANES stood.`, ['crane'], 'CRANES'],
      [`${filler}Protesters gathered; protests grew.`, ['protests'], 'Protesters'],
      [`${filler}The union met. A crane fell.`, ['crane', 'union'], 'union'],
      // lower-casing "İ" makes the text longer: the pattern decides
      [`İİİ ${filler}İstanbul harbour crane.`, ['crane'], 'crane'],
    ];
    for (const [body, terms, word] of cases) {
      const { snippet, highlights } = makeSnippet(body, terms);
      const first = highlights[0];
      assert.ok(first, body);
      assert.equal(snippet.slice(first.start, first.end), word);
      assert.ok(snippet.startsWith('… '), 'the window moved to the match');
    }
    const none = makeSnippet(`${filler}nothing here`, ['crane']);
    assert.deepEqual(none.highlights, []);
    assert.ok(none.snippet.startsWith('Filler'));
  });
});
