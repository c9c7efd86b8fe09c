import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DependencyTree, relationIs } from './dependency-tree.js';
import { appositionName, isPassive, speechContent, speechSource } from './roles.js';
import { handParsed as parsed } from './hand-parsed.js';

const word = (forms: readonly string[], index: number): string | null =>
  index < 0 ? null : (forms[index] ?? null);

// "The minister said that talks failed ."
const ACTIVE = parsed([
  'The DET 2 det',
  'minister NOUN 3 nsubj',
  'said VERB 0 root',
  'that SCONJ 6 mark',
  'talks NOUN 6 nsubj',
  'failed VERB 3 ccomp',
  '. PUNCT 3 punct',
]);

// "Lind was accused of fraud by two partners ."
const PASSIVE = parsed([
  'Lind PROPN 3 nsubj:pass',
  'was AUX 3 aux:pass',
  'accused VERB 0 root',
  'of ADP 5 case',
  'fraud NOUN 3 obl',
  'by ADP 8 case',
  'two NUM 8 nummod',
  'partners NOUN 3 obl:agent',
  '. PUNCT 3 punct',
]);

// "It was reported that the plant closed ."
// a misparse seen on real text: a quoted word read as a passive subject next to the active one
const BOTH_SUBJECTS = parsed([
  'That PRON 3 nsubj:pass',
  'he PRON 3 nsubj',
  'added VERB 0 root',
  '. PUNCT 3 punct',
]);

const AGENTLESS = parsed([
  'It PRON 3 nsubj:pass',
  'was AUX 3 aux:pass',
  'reported VERB 0 root',
  'that SCONJ 7 mark',
  'the DET 6 det',
  'plant NOUN 7 nsubj',
  'closed VERB 3 ccomp',
  '. PUNCT 3 punct',
]);

// "“ We will win , ” she said ."
const PARENTHETICAL = parsed([
  '“ PUNCT 4 punct',
  'We PRON 4 nsubj',
  'will AUX 4 aux',
  'win VERB 0 root',
  ', PUNCT 4 punct',
  '” PUNCT 4 punct',
  'she PRON 8 nsubj',
  'said VERB 4 parataxis',
  '. PUNCT 4 punct',
]);

// "The office rejected the claim and said it was false ."
const COORDINATED = parsed([
  'The DET 2 det',
  'office NOUN 3 nsubj',
  'rejected VERB 0 root',
  'the DET 5 det',
  'claim NOUN 3 obj',
  'and CCONJ 7 cc',
  'said VERB 3 conj',
  'it PRON 10 nsubj',
  'was AUX 10 cop',
  'false ADJ 7 ccomp',
  '. PUNCT 3 punct',
]);

// "Prices rose , according to the ministry ."
const ACCORDING = parsed([
  'Prices NOUN 2 nsubj',
  'rose VERB 0 root',
  ', PUNCT 7 punct',
  'according VERB 7 case',
  'to ADP 4 fixed',
  'the DET 7 det',
  'ministry NOUN 2 obl',
  '. PUNCT 2 punct',
]);

// "the former envoy , Mark Ruiz , said" and "Hale , the attorney , said"
const APPOSITION_AFTER = parsed([
  'the DET 3 det',
  'former ADJ 3 amod',
  'envoy NOUN 9 nsubj',
  ', PUNCT 6 punct',
  'Mark PROPN 6 compound',
  'Ruiz PROPN 3 appos',
  ', PUNCT 6 punct',
  'today NOUN 9 obl:tmod',
  'said VERB 0 root',
]);
const APPOSITION_BEFORE = parsed([
  'Hale PROPN 6 nsubj',
  ', PUNCT 4 punct',
  'the DET 4 det',
  'attorney NOUN 1 appos',
  ', PUNCT 4 punct',
  'said VERB 0 root',
]);

describe('DependencyTree', () => {
  it('lists dependents in text order and finds them by relation', () => {
    const { tree, forms } = ACTIVE;
    assert.equal(tree.childCount(2), 3);
    assert.deepEqual(
      [0, 1, 2].map((nth) => forms[tree.child(2, nth)]),
      ['minister', 'failed', '.'],
    );
    assert.equal(word(forms, tree.dependent(2, 'ccomp')), 'failed');
    assert.equal(tree.dependent(2, 'obj'), -1);
    assert.deepEqual(tree.dependents(5, ['mark', 'nsubj']), [3, 4]);
  });

  it('gives the token range of each subtree', () => {
    const { tree } = ACTIVE;
    assert.deepEqual([tree.subtreeStart(5), tree.subtreeEnd(5)], [3, 5]);
    assert.deepEqual([tree.subtreeStart(2), tree.subtreeEnd(2)], [0, 6]);
    assert.deepEqual([tree.subtreeStart(0), tree.subtreeEnd(0)], [0, 0]);
    assert.equal(tree.dominates(2, 4), true);
    assert.equal(tree.dominates(5, 1), false);
  });

  it('is empty for no tokens', () => {
    const tree = new DependencyTree([]);
    assert.equal(tree.tokens.length, 0);
  });

  it('is built once per token table', () => {
    const { tree } = ACTIVE;
    assert.equal(new DependencyTree(tree.tokens), tree);
    const copy = new DependencyTree([...tree.tokens]);
    assert.notEqual(copy, tree);
    assert.deepEqual([copy.subtreeStart(5), copy.subtreeEnd(5)], [3, 5]);
  });
});

describe('relationIs', () => {
  const cases: [string, string, boolean][] = [
    ['nsubj', 'nsubj', true],
    ['nsubj:pass', 'nsubj', true],
    ['nsubj', 'nsubj:pass', false],
    ['nsubjx', 'nsubj', false],
    ['obl:agent', 'obl:agent', true],
    ['obl:tmod', 'obl:agent', false],
  ];
  for (const [dep, relation, expected] of cases)
    it(`${dep} is ${relation}: ${expected}`, () => assert.equal(relationIs(dep, relation), expected));
});

describe('speechSource', () => {
  const cases: [string, { tree: DependencyTree; forms: string[] }, number, string | null][] = [
    ['the subject of an active verb', ACTIVE, 2, 'minister'],
    ['the by-agent of a passive, not the accused', PASSIVE, 2, 'partners'],
    ['nobody for a passive without an agent', AGENTLESS, 2, null],
    ['the subject of a parenthetical "she said"', PARENTHETICAL, 7, 'she'],
    ['the first conjunct’s subject for a coordinated verb', COORDINATED, 6, 'office'],
    ['the noun "according to" marks', ACCORDING, 3, 'ministry'],
  ];
  for (const [name, { tree, forms }, predicate, expected] of cases)
    it(name, () => assert.equal(word(forms, speechSource(tree, predicate)), expected));
});

describe('speechContent', () => {
  const cases: [string, { tree: DependencyTree; forms: string[] }, number, string | null][] = [
    ['the clausal complement', ACTIVE, 2, 'failed'],
    ['the quotation a parenthetical hangs from', PARENTHETICAL, 7, 'win'],
    ['the complement of a coordinated verb', COORDINATED, 6, 'false'],
    ['nothing for a verb without a clause', PASSIVE, 2, null],
  ];
  for (const [name, { tree, forms }, predicate, expected] of cases)
    it(name, () => assert.equal(word(forms, speechContent(tree, predicate)), expected));
});

describe('appositionName and isPassive', () => {
  it('finds the name after a description', () => {
    const { tree, forms } = APPOSITION_AFTER;
    assert.equal(word(forms, appositionName(tree, 2)), 'Ruiz');
  });
  it('finds the name a description follows', () => {
    const { tree, forms } = APPOSITION_BEFORE;
    assert.equal(word(forms, appositionName(tree, 3)), 'Hale');
  });
  it('gives nothing for a description with no name', () => {
    assert.equal(appositionName(ACTIVE.tree, 1), -1);
  });
  it('tells passives from actives', () => {
    assert.equal(isPassive(PASSIVE.tree, 2), true);
    assert.equal(isPassive(AGENTLESS.tree, 2), true);
    assert.equal(isPassive(ACTIVE.tree, 2), false);
  });
  it('reads a verb with an active subject and no passive auxiliary as active', () => {
    assert.equal(isPassive(BOTH_SUBJECTS.tree, 2), false);
  });
});
