import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nonReportingFirstSense } from './object-only.js';
import { reports } from './test-helpers.js';

/**
 * Issue 10: a verb of seeing or finding with a thing or a person as its object and no clause of its
 * own reports nothing (object-only.ts). Every sentence below is invented for these tests.
 */
describe('a verb of seeing or finding with only an object reports nothing (issue 10)', () => {
  it('reads the first sense by WordNet', () => {
    assert.ok(nonReportingFirstSense('show'));
    assert.ok(nonReportingFirstSense('find'));
    assert.ok(!nonReportingFirstSense('say'));
    assert.ok(!nonReportingFirstSense('believe'));
  });
  for (const sentence of [
    'But the tiring second seed showed incredible reserves of strength to force the break despite being outplayed for much of the final set.',
    "City took the lead on 64 minutes as Tom Pike's corner found Luca Berti, whose fierce volley flew into the top corner of the net.",
    'Some firms found it cheaper to sack a worker than to improve offices.',
  ])
    it(`drops the finding in "${sentence}"`, () => {
      assert.ok(!reports(sentence).some((line) => /^(?:showed|found) \|/u.test(line)));
    });
  for (const [sentence, cue] of [
    ['The previous survey found Easter 2003 was the worst for a decade for shops.', 'found'],
    ['It found the union jack and roast beef topped the list of symbols.', 'found'],
    ['The review found it likely that rents would rise.', 'found'],
    ['Researchers found that boys were often left out.', 'found'],
  ] as const)
    it(`keeps "${sentence}"`, () => {
      assert.ok(reports(sentence).some((line) => line.startsWith(`${cue} |`)));
    });
});
