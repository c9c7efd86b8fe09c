import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readConllu } from './conllu.js';

/** A sentence written for this test, in CoNLL-U with a multiword token and an empty node. */
const SAMPLE = [
  '# newdoc id = test-1',
  '# sent_id = test-1-0001',
  '# text = I don’t swim.',
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  '2-3\tdon’t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  '3\tn’t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '3.1\tswum\tswim\tVERB\tVBN\t_\t_\t_\t4:conj\t_',
  '4\tswim\tswim\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

describe('readConllu', () => {
  it('reads words, heads and character spans', () => {
    const directory = mkdtempSync(join(tmpdir(), 'conllu-'));
    try {
      const path = join(directory, 'sample.conllu');
      writeFileSync(path, SAMPLE);
      const [sentence] = readConllu(path);
      assert.ok(sentence);
      assert.equal(sentence.newDocument, true);
      assert.equal(sentence.document, 'test-1');
      assert.deepEqual(sentence.forms, ['I', 'do', 'n’t', 'swim', '.']);
      assert.deepEqual([...sentence.heads], [3, 3, 3, -1, 3]);
      assert.deepEqual(sentence.relations, ['nsubj', 'aux', 'advmod', 'root', 'punct']);
      const spans = [0, 1, 2, 3, 4].map((word) =>
        sentence.text.slice(sentence.spans[word * 2]!, sentence.spans[word * 2 + 1]!),
      );
      assert.deepEqual(spans, ['I', 'do', 'n’t', 'swim', '.']);
      // Surface tokens: the multiword token is one.
      const tokens = [0, 1, 2, 3].map((token) =>
        sentence.text.slice(sentence.tokenSpans[token * 2]!, sentence.tokenSpans[token * 2 + 1]!),
      );
      assert.equal(sentence.tokenSpans.length, 8);
      assert.deepEqual(tokens, ['I', 'don’t', 'swim', '.']);
    } finally {
      rmSync(directory, { recursive: true });
    }
  });

  it('names a sentence without an id by the documents opened before it', () => {
    const directory = mkdtempSync(join(tmpdir(), 'conllu-'));
    try {
      const path = join(directory, 'plain.conllu');
      const word = '1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_';
      writeFileSync(path, ['# newdoc', word, '', word, '', '# newdoc', word, ''].join('\n'));
      assert.deepEqual(
        readConllu(path).map((sentence) => sentence.document),
        ['document 1', 'document 1', 'document 2'],
      );
    } finally {
      rmSync(directory, { recursive: true });
    }
  });

  it('names the file and line of a malformed line', () => {
    const directory = mkdtempSync(join(tmpdir(), 'conllu-'));
    try {
      const path = join(directory, 'bad.conllu');
      writeFileSync(path, '1\tI\tI\n');
      assert.throws(() => readConllu(path), /bad\.conllu:1: expected 10 columns/);
    } finally {
      rmSync(directory, { recursive: true });
    }
  });
});
