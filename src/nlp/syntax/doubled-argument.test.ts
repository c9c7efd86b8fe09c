import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repairDoubledArgument } from './doubled-argument.js';

/** Every sentence here was written for these tests. */
describe('repairDoubledArgument', () => {
  it('makes a name parsed as a second subject the compound of the noun after it', () => {
    // the arrays as the parser might leave "the Kestrel quarry had been fined ."
    const forms = ['the', 'Kestrel', 'quarry', 'had', 'been', 'fined', '.'];
    const pos = ['DET', 'PROPN', 'NOUN', 'AUX', 'AUX', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, 5, 5, 5, 5, -1, 5]);
    const dep = ['det', 'nsubj:pass', 'nsubj:pass', 'aux', 'aux:pass', 'root', 'punct'];
    assert.equal(repairDoubledArgument(forms, pos, head, dep), true);
    assert.deepEqual([...head], [2, 2, 5, 5, 5, -1, 5]);
    assert.deepEqual(dep, ['det', 'compound', 'nsubj:pass', 'aux', 'aux:pass', 'root', 'punct']);
  });

  it('reads a pronoun-tagged word after the name as the noun it modifies', () => {
    // "the Kestrel mine was closed ." with "mine" tagged as the possessive pronoun
    const forms = ['the', 'Kestrel', 'mine', 'was', 'closed', '.'];
    const pos = ['DET', 'PROPN', 'PRON', 'AUX', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, 4, 4, 4, -1, 4]);
    const dep = ['det', 'nsubj:pass', 'nsubj:pass', 'aux:pass', 'root', 'punct'];
    assert.equal(repairDoubledArgument(forms, pos, head, dep), true);
    assert.deepEqual([...head], [2, 2, 4, 4, -1, 4]);
    assert.equal(pos[2], 'NOUN');
  });

  it("makes a possessor parsed as a second subject the possessor of the noun after its 's", () => {
    // the arrays as the parser left "the firm 's new director had resigned ."
    const forms = ['the', 'firm', "'s", 'new', 'director', 'had', 'resigned', '.'];
    const pos = ['DET', 'NOUN', 'PART', 'ADJ', 'NOUN', 'AUX', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, 6, 1, 4, 6, 6, -1, 6]);
    const dep = ['det', 'nsubj', 'case', 'amod', 'nsubj', 'aux', 'root', 'punct'];
    assert.equal(repairDoubledArgument(forms, pos, head, dep), true);
    assert.deepEqual([...head], [1, 4, 1, 4, 6, 6, -1, 6]);
    assert.equal(dep[1], 'nmod:poss');
    assert.equal(dep[4], 'nsubj');
  });

  it('leaves a possessor alone when the noun after it is no argument of the same verb', () => {
    // "Orla 's plan , the minister said , failed ." : "minister" is the subject of another verb
    const forms = ['Orla', "'s", 'plan', 'failed', '.'];
    const pos = ['PROPN', 'PART', 'NOUN', 'VERB', 'PUNCT'];
    const head = Int32Array.from([2, 0, 3, -1, 3]);
    const dep = ['nmod:poss', 'case', 'nsubj', 'root', 'punct'];
    assert.equal(repairDoubledArgument(forms, pos, head, dep), false);
  });

  it('leaves a subject and an object alone, and two subjects that are not side by side', () => {
    // "Brenna sold the van ." and "Tomas and Ilse left ." (conjuncts are no doubled subject)
    const forms = ['Brenna', 'sold', 'the', 'van', '.'];
    const pos = ['PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT'];
    const head = Int32Array.from([1, -1, 3, 1, 1]);
    const dep = ['nsubj', 'root', 'det', 'obj', 'punct'];
    assert.equal(repairDoubledArgument(forms, pos, head, dep), false);
    const pair = ['Tomas', 'and', 'Ilse', 'left', '.'];
    const pairPos = ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'PUNCT'];
    const pairHead = Int32Array.from([3, 2, 0, -1, 3]);
    const pairDep = ['nsubj', 'cc', 'conj', 'root', 'punct'];
    assert.equal(repairDoubledArgument(pair, pairPos, pairHead, pairDep), false);
  });
});
