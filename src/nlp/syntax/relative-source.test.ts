import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSyntaxModel, parseSentence } from './index.js';
import { repairRelativeClauseSource } from './relative-source.js';

/** Every sentence here was written for these tests. */
function arcs(sentence: string): string[] {
  const forms = sentence.split(' ');
  const parse = parseSentence(loadSyntaxModel(), forms);
  return forms.map((form, index) => {
    const head = parse.head[index]!;
    return `${form}:${parse.dep[index]}:${head < 0 ? 'ROOT' : forms[head]}`;
  });
}

describe('repairRelativeClauseSource', () => {
  it('takes the reporting verb out of the relative clause: the noun its subject', () => {
    // the arrays as the parser left "An aide who asked not to be named said two crates were lost ."
    const forms = 'An aide who asked not to be named said two crates were lost .'.split(' ');
    const pos = ['DET', 'NOUN', 'PRON', 'VERB', 'PART', 'PART', 'AUX', 'VERB', 'VERB', 'NUM', 'NOUN', 'AUX'];
    pos.push('VERB', 'PUNCT');
    const lemma = [
      'a',
      'aide',
      'who',
      'ask',
      'not',
      'to',
      'be',
      'name',
      'say',
      'two',
      'crate',
      'be',
      'lose',
      '.',
    ];
    const head = Int32Array.from([1, -1, 3, 1, 3, 7, 7, 3, 7, 10, 12, 12, 8, 1]);
    const dep = ['det', 'root', 'nsubj', 'acl:relcl', 'advmod', 'mark', 'aux:pass', 'xcomp', 'xcomp'];
    dep.push('nummod', 'nsubj:pass', 'aux:pass', 'ccomp', 'punct');
    assert.equal(repairRelativeClauseSource(forms, pos, lemma, head, dep), true);
    assert.equal(dep[8], 'root');
    assert.equal(head[8], -1);
    assert.deepEqual([head[1], dep[1]], [8, 'nsubj']);
    assert.deepEqual([head[3], dep[3]], [1, 'acl:relcl']);
    assert.equal(head[13], 8);
  });

  it('leaves a verb with a subject of its own, a verb that reports nothing, a verb rooted sentence', () => {
    const lemma = [
      'a',
      'aide',
      'who',
      'ask',
      'not',
      'to',
      'be',
      'name',
      'lift',
      'two',
      'crate',
      'be',
      'lose',
      '.',
    ];
    const forms = 'An aide who asked not to be named lifted two crates were lost .'.split(' ');
    const pos = ['DET', 'NOUN', 'PRON', 'VERB', 'PART', 'PART', 'AUX', 'VERB', 'VERB', 'NUM', 'NOUN', 'AUX'];
    pos.push('VERB', 'PUNCT');
    const head = Int32Array.from([1, -1, 3, 1, 3, 7, 7, 3, 7, 10, 12, 12, 8, 1]);
    const dep = ['det', 'root', 'nsubj', 'acl:relcl', 'advmod', 'mark', 'aux:pass', 'xcomp', 'xcomp'];
    dep.push('nummod', 'nsubj:pass', 'aux:pass', 'ccomp', 'punct');
    assert.equal(repairRelativeClauseSource(forms, pos, lemma, Int32Array.from(head), [...dep]), false);
    const verbRooted = Int32Array.from(head);
    verbRooted[1] = 8;
    verbRooted[8] = -1;
    assert.equal(repairRelativeClauseSource(forms, pos, [...lemma], verbRooted, [...dep]), false);
  });

  it('in the parser: "An official who asked not to be named said …" has "said" as its root', () => {
    const parsed = arcs('An official who asked not to be named said five crates were seized .');
    assert.ok(parsed.includes('said:root:ROOT'), parsed.join(' '));
    assert.ok(parsed.includes('official:nsubj:said'), parsed.join(' '));
  });
});
