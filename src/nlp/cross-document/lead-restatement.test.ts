import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { leadRestatements, shareSense, type LeadDocument } from './lead-restatement.js';

/** A document of lines, its events the given words (first occurrence at or after `from`). */
function documentOf(lines: string[], triggers: [string, number][], names: [string, string][]): LeadDocument {
  const text = lines.join('\n');
  let start = 0;
  const sentences = lines.map((line) => {
    const sentence = { start, end: start + line.length };
    start += line.length + 1;
    return sentence;
  });
  const events = triggers.map(([word, from]) => {
    const at = text.indexOf(word, from);
    return { start: at, end: at + word.length, trigger: word, class: 'OCCURRENCE', polarity: 'pos' };
  });
  const mentions = [...text.matchAll(new RegExp(names.map(([name]) => name).join('|'), 'g'))].map(
    (match) => ({
      start: match.index,
      end: match.index + match[0].length,
      entity: names.find(([name]) => name === match[0])![1],
    }),
  );
  return { text, sentences, events, mentions };
}

test('a headline event and its lead event of another word sharing a WordNet sense are one', () => {
  const lines = [
    'Brindle Labs Issues Patch',
    'May 4, 2031',
    'Brindle Labs released an update for its reader on Monday .',
  ];
  const document = documentOf(
    lines,
    [
      ['Issues', 0],
      ['released', 30],
    ],
    [['Brindle Labs', 'e1']],
  );
  assert.deepEqual(leadRestatements(document), [[0, 1]]);
  assert.ok(shareSense('issued', 'released'));
});

test('no restatement without a shared sense, with another entity before it, or without a headline', () => {
  const lines = ['Brindle Labs Issues Patch', 'Brindle Labs fired its chief on Monday after a long review .'];
  assert.deepEqual(
    leadRestatements(
      documentOf(
        lines,
        [
          ['Issues', 0],
          ['fired', 26],
        ],
        [['Brindle Labs', 'e1']],
      ),
    ),
    [],
  );
  const other = ['Brindle Labs Issues Patch', 'Orrin Soft released an update for its reader on Monday .'];
  assert.deepEqual(
    leadRestatements(
      documentOf(
        other,
        [
          ['Issues', 0],
          ['released', 26],
        ],
        [
          ['Brindle Labs', 'e1'],
          ['Orrin Soft', 'e2'],
        ],
      ),
    ),
    [],
  );
  const sentence = [
    'Brindle Labs issued a patch on Monday .',
    'Brindle Labs released an update for its reader .',
  ];
  assert.deepEqual(
    leadRestatements(
      documentOf(
        sentence,
        [
          ['issued', 0],
          ['released', 40],
        ],
        [['Brindle Labs', 'e1']],
      ),
    ),
    [],
  );
});
