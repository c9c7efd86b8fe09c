import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartOfSpeech } from '../../model/index.js';
import type { SentenceParse } from '../syntax/index.js';
import { repairReportConjuncts } from './report-conjuncts.js';

/** Every sentence below is invented for these tests. Lines: "form POS head relation lemma", heads from 1. */
function parsed(lines: readonly string[]): { forms: string[]; parse: SentenceParse } {
  const rows = lines.map((line) => line.split(' ') as [string, PartOfSpeech, string, string, string?]);
  return {
    forms: rows.map((row) => row[0]),
    parse: {
      pos: rows.map((row) => row[1]),
      lemma: rows.map((row) => row[4] ?? row[0].toLowerCase()),
      head: Int32Array.from(rows.map((row) => Number(row[2]) - 1)),
      dep: rows.map((row) => row[3]),
    },
  };
}

// "Guards said the prisoner was sick and had refused food ."
const SICK = [
  'Guards NOUN 2 nsubj guard',
  'said VERB 0 root say',
  'the DET 4 det',
  'prisoner NOUN 6 nsubj',
  'was AUX 6 cop be',
  'sick ADJ 2 ccomp',
  'and CCONJ 9 cc',
  'had AUX 9 aux have',
  'refused VERB 2 conj refuse',
  'food NOUN 9 obj',
  '. PUNCT 2 punct',
];

describe('repairReportConjuncts: a past-perfect conjunct after a report belongs to the report', () => {
  it('"said the prisoner was sick and had refused food": "refused" joins "sick"', () => {
    const { forms, parse } = parsed(SICK);
    const repaired = repairReportConjuncts(forms, parse);
    assert.equal(repaired.head[8], 5);
    assert.equal(repaired.dep[8], 'conj');
  });
  it('leaves a conjunct with its own subject alone', () => {
    const lines = [...SICK];
    lines.splice(7, 0, 'he PRON 10 nsubj');
    const { forms, parse } = parsed(
      lines.map((line, at) =>
        at > 7
          ? line.replace(/ (\d+) /, (_, head: string) => ` ${Number(head) > 7 ? Number(head) + 1 : head} `)
          : line,
      ),
    );
    assert.equal(repairReportConjuncts(forms, parse), parse);
  });
  it('leaves a simple-past conjunct alone ("said … and left")', () => {
    const { forms, parse } = parsed(
      SICK.map((line) => (line.startsWith('had ') ? 'then ADV 9 advmod' : line)),
    );
    assert.equal(repairReportConjuncts(forms, parse), parse);
  });
  it('leaves a cue that is not a verb of speaking alone ("left … and had refused")', () => {
    const { forms, parse } = parsed(
      SICK.map((line) => line.replace('said VERB 0 root say', 'saw VERB 0 root see')),
    );
    assert.equal(repairReportConjuncts(forms, parse), parse);
  });
});
