import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withAmount, withOffsetWord } from './find-times.js';

describe('withOffsetWord', () => {
  const cases: readonly [string, string, string][] = [
    // [text, the tagger's duration, the extent expected]
    ['Sales were flat against a year earlier.', 'a year', 'a year earlier'],
    ['The ferry left three days ago, they said.', 'three days', 'three days ago'],
    ['She came back two weeks later to the farm.', 'two weeks', 'two weeks later'],
    ['The vote comes two weeks before the harvest.', 'two weeks', 'two weeks'],
    ['They worked for two weeks earning little.', 'two weeks', 'two weeks'],
  ];
  for (const [text, surface, expected] of cases)
    it(`${surface} in "${text}" → ${expected}`, () => {
      const start = text.indexOf(surface);
      const extent = withOffsetWord(text, { start, end: start + surface.length, type: 'DURATION' });
      assert.equal(text.slice(extent.start, extent.end), expected);
      assert.equal(extent.type, expected === surface ? 'DURATION' : 'DATE');
    });
});

describe('withAmount', () => {
  const cases: readonly [string, string, string][] = [
    ['The lease runs for at least 15 more years from now.', 'years', 'at least 15 more years'],
    ['Work will take the next 6 to 9 months to finish.', 'the next 6', 'the next 6 to 9 months'],
    ['The works took years to finish.', 'years', 'years'],
    ['The score was 6 to 9 in the end.', '6', '6'],
  ];
  for (const [text, surface, expected] of cases)
    it(`${surface} in "${text}" → ${expected}`, () => {
      const start = text.indexOf(surface);
      const extent = withAmount(text, { start, end: start + surface.length, type: 'DURATION' });
      assert.equal(text.slice(extent.start, extent.end), expected);
    });
});
