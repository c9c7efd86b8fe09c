import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repairSubordinateClause } from './subordinate-clause.js';

/** Every sentence here was written for these tests. */
describe('repairSubordinateClause', () => {
  it('makes the noun after "after" the subject of the verb that follows its phrase', () => {
    // the arrays as the parser left "The ship turned back after one of its pumps failed ."
    const forms = ['The', 'ship', 'turned', 'back', 'after', 'one', 'of', 'its', 'pumps', 'failed', '.'];
    const pos = ['DET', 'NOUN', 'VERB', 'ADV', 'ADP', 'NUM', 'ADP', 'PRON', 'NOUN', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, 2, -1, 2, 5, 2, 8, 8, 5, -1, 2]);
    const dep = [
      'det',
      'nsubj',
      'root',
      'advmod',
      'case',
      'obl',
      'case',
      'nmod:poss',
      'nmod',
      'root',
      'punct',
    ];
    head[9] = 2;
    dep[9] = 'conj';
    assert.equal(repairSubordinateClause(forms, pos, head, dep), true);
    assert.deepEqual([...head], [1, 2, -1, 2, 9, 9, 8, 8, 5, 2, 2]);
    assert.deepEqual(dep, [
      'det',
      'nsubj',
      'root',
      'advmod',
      'mark',
      'nsubj',
      'case',
      'nmod:poss',
      'nmod',
      'advcl',
      'punct',
    ]);
  });

  it('leaves a prepositional phrase alone: a comma, a gerund or a verb with its own subject after it', () => {
    const cases: [string[], string[], number[], string[]][] = [
      [
        ['Talks', 'resumed', 'after', 'the', 'holiday', ',', 'officials', 'said', '.'],
        ['NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT', 'NOUN', 'VERB', 'PUNCT'],
        [1, 7, 4, 4, 1, 7, 7, -1, 7],
        ['nsubj', 'ccomp', 'case', 'det', 'obl', 'punct', 'nsubj', 'root', 'punct'],
      ],
      [
        ['He', 'rested', 'after', 'lunch', 'reading', 'papers', '.'],
        ['PRON', 'VERB', 'ADP', 'NOUN', 'VERB', 'NOUN', 'PUNCT'],
        [1, -1, 3, 1, 1, 4, 1],
        ['nsubj', 'root', 'case', 'obl', 'advcl', 'obj', 'punct'],
      ],
      [
        ['He', 'left', 'before', 'noon', 'we', 'arrived', '.'],
        ['PRON', 'VERB', 'ADP', 'NOUN', 'PRON', 'VERB', 'PUNCT'],
        [1, -1, 3, 1, 5, 1, 1],
        ['nsubj', 'root', 'case', 'obl', 'nsubj', 'parataxis', 'punct'],
      ],
    ];
    for (const [forms, pos, heads, dep] of cases) {
      const head = Int32Array.from(heads);
      assert.equal(repairSubordinateClause(forms, pos, head, [...dep]), false, forms.join(' '));
    }
  });
});
