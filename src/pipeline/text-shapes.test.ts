import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../extract.js';

/**
 * Whole-pipeline runs on texts of unusual shape: every stage must finish, whatever the text opens
 * or ends with. (An article that opened with a quotation and "he said" once crashed the speaker
 * step, which looked for a sentence before the first.)
 */
const SHAPES: readonly [string, string][] = [
  [
    'opens with a quotation and a pronoun',
    '"We will win the vote next month," he said after the rally.\n\nMaria Kessler, the mayor, said turnout was high.\n',
  ],
  ['a quotation alone', '"Nobody told us anything," she said.\n'],
  ['a pronoun speaker in the only sentence', 'He said the bridge would reopen on Monday.\n'],
  ['two quotations, no name', '"It is over," he said.\n\n"We start again tomorrow," he added.\n'],
  ['no sentence ends', 'they said'],
];

describe('extract on texts of unusual shape', () => {
  for (const [name, text] of SHAPES)
    it(name, () => {
      const document = extract(text, { published: '2026-03-02' });
      assert.equal(document.text.length > 0, true);
      for (const attribution of document.attributions)
        for (const span of attribution.content)
          assert.ok(span.start >= 0 && span.end <= document.text.length);
    });

  it('keeps the attribution of an opening quotation', () => {
    const document = extract(SHAPES[0]![1], { published: '2026-03-02' });
    const said = document.attributions.find(
      (attribution) =>
        attribution.cue !== null &&
        document.text.slice(attribution.cue.start, attribution.cue.end) === 'said',
    );
    assert.ok(said, 'no attribution on the opening "said"');
  });
});
