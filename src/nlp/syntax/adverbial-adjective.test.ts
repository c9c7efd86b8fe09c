import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repairAdverbialAdjective } from './adverbial-adjective.js';

const ADVERBS = new Set(['early', 'late']);
const LINKING = new Set(['seem', 'keep']);
const isAdverb = (lemma: string): boolean => ADVERBS.has(lemma);
const links = (lemma: string): boolean => LINKING.has(lemma);

/** Every sentence here was written for these tests. */
describe('repairAdverbialAdjective', () => {
  it("makes an adverb of a verb's adjectival complement and gives the verb its reason", () => {
    // "the pump stopped early because of a leak ." with "early" an xcomp holding the reason
    const pos = ['DET', 'NOUN', 'VERB', 'ADJ', 'ADP', 'ADP', 'DET', 'NOUN', 'PUNCT'];
    const lemma = ['the', 'pump', 'stop', 'early', 'because', 'of', 'a', 'leak', '.'];
    const head = Int32Array.from([1, 2, -1, 2, 7, 4, 7, 3, 2]);
    const dep = ['det', 'nsubj', 'root', 'xcomp', 'case', 'fixed', 'det', 'obl', 'punct'];
    assert.equal(repairAdverbialAdjective(lemma, pos, lemma, head, dep, isAdverb, links), true);
    assert.equal(dep[3], 'advmod');
    assert.equal(pos[3], 'ADV');
    assert.equal(head[7], 2);
  });

  it('gives a phrase of "in" right after the reason to the reason', () => {
    // "the pump stopped early because of a leak in the valve ."
    const pos = ['DET', 'NOUN', 'VERB', 'ADJ', 'ADP', 'ADP', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN', 'PUNCT'];
    const lemma = ['the', 'pump', 'stop', 'early', 'because', 'of', 'a', 'leak', 'in', 'the', 'valve', '.'];
    const head = Int32Array.from([1, 2, -1, 2, 7, 4, 7, 3, 10, 10, 3, 2]);
    const dep = [
      'det',
      'nsubj',
      'root',
      'xcomp',
      'case',
      'fixed',
      'det',
      'obl',
      'case',
      'det',
      'obl',
      'punct',
    ];
    assert.equal(repairAdverbialAdjective(lemma, pos, lemma, head, dep, isAdverb, links), true);
    assert.deepEqual([head[7], dep[7], head[10], dep[10]], [2, 'obl', 7, 'nmod']);
  });

  it('keeps the complement of a linking verb, of a small clause and of a word that is no adverb', () => {
    // "the bus seemed late ."
    const pos = ['DET', 'NOUN', 'VERB', 'ADJ', 'PUNCT'];
    const head = Int32Array.from([1, 2, -1, 2, 2]);
    const dep = ['det', 'nsubj', 'root', 'xcomp', 'punct'];
    assert.equal(
      repairAdverbialAdjective(
        ['the', 'bus', 'seemed', 'late', '.'],
        pos,
        ['the', 'bus', 'seem', 'late', '.'],
        head,
        dep,
        isAdverb,
        links,
      ),
      false,
    );
    assert.equal(dep[3], 'xcomp');
    // "the guards stayed calm ." ("calm" is no adverb here)
    assert.equal(
      repairAdverbialAdjective(
        ['the', 'guards', 'stayed', 'calm', '.'],
        ['DET', 'NOUN', 'VERB', 'ADJ', 'PUNCT'],
        ['the', 'guard', 'stay', 'calm', '.'],
        Int32Array.from([1, 2, -1, 2, 2]),
        ['det', 'nsubj', 'root', 'xcomp', 'punct'],
        isAdverb,
        links,
      ),
      false,
    );
    // "they found the report late ." with "report" the adjective's own subject
    assert.equal(
      repairAdverbialAdjective(
        ['they', 'found', 'the', 'report', 'late', '.'],
        ['PRON', 'VERB', 'DET', 'NOUN', 'ADJ', 'PUNCT'],
        ['they', 'find', 'the', 'report', 'late', '.'],
        Int32Array.from([1, -1, 3, 4, 1, 1]),
        ['nsubj', 'root', 'det', 'nsubj', 'xcomp', 'punct'],
        isAdverb,
        links,
      ),
      false,
    );
  });
});
