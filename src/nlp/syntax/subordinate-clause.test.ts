import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  repairComplementOfOblique,
  repairPerfectParticiple,
  repairSafely,
  isTree,
  repairStrandedSubject,
  repairSubordinateClause,
} from './subordinate-clause.js';

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

describe('repairComplementOfOblique', () => {
  it('makes a clause opened by the subordinator "that" under a noun of time the verb\'s complement', () => {
    // "Police said on Friday that two men had fled ."
    const forms = ['Police', 'said', 'on', 'Friday', 'that', 'two', 'men', 'had', 'fled', '.'];
    const pos = ['NOUN', 'VERB', 'ADP', 'PROPN', 'SCONJ', 'NUM', 'NOUN', 'AUX', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, -1, 3, 1, 8, 6, 8, 8, 3, 1]);
    const dep = ['nsubj', 'root', 'case', 'obl', 'mark', 'nummod', 'nsubj', 'aux', 'acl:relcl', 'punct'];
    assert.equal(repairComplementOfOblique(forms, pos, head, dep), true);
    assert.equal(head[8], 1);
    assert.equal(dep[8], 'ccomp');
  });

  it('leaves an adjective hung there alone ("four sources [close] to the ministry said …")', () => {
    const forms = [
      'He',
      'wrote',
      'on',
      'Friday',
      'that',
      'two',
      'aides',
      'close',
      'to',
      'him',
      'said',
      'so',
      '.',
    ];
    const pos = [
      'PRON',
      'VERB',
      'ADP',
      'PROPN',
      'SCONJ',
      'NUM',
      'NOUN',
      'ADJ',
      'ADP',
      'PRON',
      'VERB',
      'ADV',
      'PUNCT',
    ];
    const head = Int32Array.from([1, -1, 3, 1, 7, 6, 7, 3, 9, 7, 1, 10, 1]);
    const dep = [
      'nsubj',
      'root',
      'case',
      'obl',
      'mark',
      'nummod',
      'nsubj',
      'acl:relcl',
      'case',
      'obl',
      'conj',
      'advmod',
      'punct',
    ];
    assert.equal(repairComplementOfOblique(forms, pos, head, dep), false);
  });

  it('leaves a relative clause with a relative pronoun alone', () => {
    // "He spoke on the day that changed everything ."
    const forms = ['He', 'spoke', 'on', 'the', 'day', 'that', 'changed', 'everything', '.'];
    const pos = ['PRON', 'VERB', 'ADP', 'DET', 'NOUN', 'PRON', 'VERB', 'PRON', 'PUNCT'];
    const head = Int32Array.from([1, -1, 4, 4, 1, 6, 4, 6, 1]);
    const dep = ['nsubj', 'root', 'case', 'det', 'obl', 'nsubj', 'acl:relcl', 'obj', 'punct'];
    assert.equal(repairComplementOfOblique(forms, pos, head, dep), false);
  });
});

describe('repairStrandedSubject', () => {
  it('makes a counted phrase parsed as a complement the subject of the verb after it', () => {
    // "The club said 12 of its players had been fined ."
    const forms = ['The', 'club', 'said', '12', 'of', 'its', 'players', 'had', 'been', 'fined', '.'];
    const pos = ['DET', 'NOUN', 'VERB', 'NUM', 'ADP', 'PRON', 'NOUN', 'AUX', 'AUX', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, 2, -1, 2, 6, 6, 3, 9, 9, 2, 2]);
    const dep = [
      'det',
      'nsubj',
      'root',
      'ccomp',
      'case',
      'nmod:poss',
      'nmod',
      'aux',
      'aux:pass',
      'ccomp',
      'punct',
    ];
    assert.equal(repairStrandedSubject(forms, pos, head, dep), true);
    assert.equal(head[3], 9);
    assert.equal(dep[3], 'nsubj:pass');
  });

  it('leaves a verb that has its own subject alone', () => {
    // "He said yes they agreed ." (as a parser might leave it)
    const forms = ['He', 'said', 'Monday', 'they', 'agreed', '.'];
    const pos = ['PRON', 'VERB', 'PROPN', 'PRON', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, -1, 1, 4, 1, 1]);
    const dep = ['nsubj', 'root', 'ccomp', 'nsubj', 'ccomp', 'punct'];
    assert.equal(repairStrandedSubject(forms, pos, head, dep), false);
  });
});

describe('repairPerfectParticiple', () => {
  it('makes the participle after "had" the verb and the noun after it its object', () => {
    // "Guards had not used rubber bullets and had only shouted ."
    const forms = ['Guards', 'had', 'not', 'used', 'rubber', 'bullets', 'and', 'had', 'only', 'shouted', '.'];
    const pos = ['NOUN', 'AUX', 'PART', 'VERB', 'NOUN', 'NOUN', 'CCONJ', 'AUX', 'ADV', 'VERB', 'PUNCT'];
    const head = Int32Array.from([5, 5, 5, 5, 5, -1, 7, 5, 9, 7, 5]);
    const dep = [
      'nsubj',
      'aux',
      'advmod',
      'amod',
      'compound',
      'root',
      'cc',
      'conj',
      'advmod',
      'xcomp',
      'punct',
    ];
    assert.equal(repairPerfectParticiple(forms, pos, head, dep), true);
    assert.deepEqual([...head].slice(0, 8), [3, 3, 3, -1, 5, 3, 7, 3]);
    assert.deepEqual(dep.slice(0, 6), ['nsubj', 'aux', 'advmod', 'root', 'compound', 'obj']);
  });

  it('leaves an adjective participle with no perfect "have" before it alone', () => {
    // "The used cars were sold ."
    const forms = ['The', 'used', 'cars', 'were', 'sold', '.'];
    const pos = ['DET', 'VERB', 'NOUN', 'AUX', 'VERB', 'PUNCT'];
    const head = Int32Array.from([2, 2, 4, 4, -1, 4]);
    const dep = ['det', 'amod', 'nsubj:pass', 'aux:pass', 'root', 'punct'];
    assert.equal(repairPerfectParticiple(forms, pos, head, dep), false);
  });
});

describe('repairSafely', () => {
  it('undoes a repair that leaves a cycle, so that no later walk up the tree can run forever', () => {
    const forms = ['He', 'left', 'early', '.'];
    const pos = ['PRON', 'VERB', 'ADV', 'PUNCT'];
    const head = Int32Array.from([1, -1, 1, 1]);
    const dep = ['nsubj', 'root', 'advmod', 'punct'];
    const cycle = (_: readonly string[], tags: string[], heads: Int32Array, relations: string[]): boolean => {
      heads[1] = 2;
      relations[1] = 'advcl';
      tags[1] = 'NOUN';
      return true;
    };
    assert.equal(isTree(Int32Array.from([1, 2, 1, 1])), false);
    assert.equal(repairSafely(cycle, forms, pos, head, dep), false);
    assert.deepEqual([...head], [1, -1, 1, 1]);
    assert.deepEqual(dep, ['nsubj', 'root', 'advmod', 'punct']);
    assert.deepEqual(pos, ['PRON', 'VERB', 'ADV', 'PUNCT']);
  });

  it('undoes a long sentence whole, and a short one after it, with the copies it keeps between calls', () => {
    // a chain of 100 words, each the head of the next, made a cycle; then a cycle in a short sentence
    const length = 100;
    const forms = Array.from({ length }, (_, at) => `w${at}`);
    const pos = Array.from({ length }, (_, at) => (at % 2 === 0 ? 'NOUN' : 'VERB'));
    const head = Int32Array.from({ length }, (_, at) => at - 1);
    const dep = Array.from({ length }, (_, at) => (at === 0 ? 'root' : `rel${at}`));
    const loop = (_: readonly string[], tags: string[], heads: Int32Array, relations: string[]): boolean => {
      heads[0] = length - 1;
      heads[length - 1] = 10;
      relations[0] = 'obj';
      relations[length - 1] = 'obj';
      tags.fill('X');
      return true;
    };
    assert.equal(repairSafely(loop, forms, pos, head, dep), false);
    assert.deepEqual(
      [...head],
      Array.from({ length }, (_, at) => at - 1),
    );
    assert.deepEqual(
      dep,
      Array.from({ length }, (_, at) => (at === 0 ? 'root' : `rel${at}`)),
    );
    assert.deepEqual(
      pos,
      Array.from({ length }, (_, at) => (at % 2 === 0 ? 'NOUN' : 'VERB')),
    );
    const shortHead = Int32Array.from([1, -1, 1]);
    const shortDep = ['nsubj', 'root', 'punct'];
    const shortPos = ['PRON', 'VERB', 'PUNCT'];
    const swap = (_: readonly string[], tags: string[], heads: Int32Array, relations: string[]): boolean => {
      heads[1] = 0;
      relations[1] = 'dep';
      tags[1] = 'NOUN';
      return true;
    };
    assert.equal(repairSafely(swap, ['It', 'rained', '.'], shortPos, shortHead, shortDep), false);
    assert.deepEqual([...shortHead], [1, -1, 1]);
    assert.deepEqual(shortDep, ['nsubj', 'root', 'punct']);
    assert.deepEqual(shortPos, ['PRON', 'VERB', 'PUNCT']);
    assert.equal(shortDep.length, 3);
  });
});
