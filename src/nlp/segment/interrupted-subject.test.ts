import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartOfSpeech } from '../../model/index.js';
import type { SentenceParse } from '../syntax/index.js';
import { repairInterruptedSubjects } from './interrupted-subject.js';

/** Every sentence below is invented for these tests. Lines: "form POS head relation", heads from 1. */
function parsed(lines: readonly string[]): { forms: string[]; parse: SentenceParse } {
  const rows = lines.map((line) => line.split(' ') as [string, PartOfSpeech, string, string]);
  return {
    forms: rows.map((row) => row[0]),
    parse: {
      pos: rows.map((row) => row[1]),
      lemma: rows.map((row) => row[0].toLowerCase()),
      head: Int32Array.from(rows.map((row) => Number(row[2]) - 1)),
      dep: rows.map((row) => row[3]),
    },
  };
}

function arcs(forms: readonly string[], parse: SentenceParse): string[] {
  return forms.map((form, at) => {
    const head = parse.head[at] as number;
    return `${form} ${parse.dep[at]} ${head < 0 ? 'ROOT' : forms[head]}`;
  });
}

describe('repairInterruptedSubjects: a reported subject broken by an apposition or relative clause', () => {
  it('"The board said its treasurer, Mira Dalton, had left": the report becomes the head again', () => {
    const { forms, parse } = parsed([
      'The DET 2 det',
      'board NOUN 3 nsubj',
      'said VERB 11 advcl',
      'its PRON 5 nmod:poss',
      'treasurer NOUN 3 obj',
      ', PUNCT 7 punct',
      'Mira PROPN 5 appos',
      'Dalton PROPN 7 flat',
      ', PUNCT 3 punct',
      'had AUX 11 aux',
      'left VERB 0 root',
      'the DET 13 det',
      'firm NOUN 11 obj',
      '. PUNCT 11 punct',
    ]);
    const repaired = arcs(forms, repairInterruptedSubjects(forms, parse));
    assert.ok(repaired.includes('said root ROOT'), repaired.join(' | '));
    assert.ok(repaired.includes('left ccomp said'));
    assert.ok(repaired.includes('treasurer nsubj left'));
    assert.ok(repaired.includes('had aux left'));
    assert.ok(repaired.includes('. punct said'));
  });

  it('"She said the road, which was built in 1990, would be closed": a relative clause hung on "said"', () => {
    const { forms, parse } = parsed([
      'She PRON 2 nsubj',
      'said VERB 0 root',
      'the DET 4 det',
      'road NOUN 2 obj',
      ', PUNCT 8 punct',
      'which PRON 8 nsubj:pass',
      'was AUX 8 aux:pass',
      'built VERB 2 ccomp',
      'in ADP 10 case',
      '1990 NUM 8 obl',
      ', PUNCT 14 punct',
      'would AUX 14 aux',
      'be AUX 14 aux:pass',
      'closed VERB 2 parataxis',
      '. PUNCT 2 punct',
    ]);
    const repaired = arcs(forms, repairInterruptedSubjects(forms, parse));
    assert.ok(repaired.includes('closed ccomp said'), repaired.join(' | '));
    assert.ok(repaired.includes('road nsubj:pass closed'));
    assert.ok(repaired.includes('built acl:relcl road'));
  });

  it('leaves a clause with its own subject, and a list with "and", alone', () => {
    const own = parsed([
      'When ADV 3 advmod',
      'police NOUN 3 nsubj',
      'stopped VERB 12 advcl',
      'the DET 5 det',
      'van NOUN 3 obj',
      ', PUNCT 8 punct',
      'a DET 8 det',
      'lorry NOUN 5 appos',
      ', PUNCT 3 punct',
      'the DET 11 det',
      'driver NOUN 12 nsubj',
      'ran VERB 0 root',
      '. PUNCT 12 punct',
    ]);
    assert.equal(repairInterruptedSubjects(own.forms, own.parse), own.parse);
    const list = parsed([
      'They PRON 2 nsubj',
      'said VERB 11 advcl',
      'the DET 4 det',
      'mill NOUN 2 obj',
      ', PUNCT 8 punct',
      'and CCONJ 8 cc',
      'the DET 8 det',
      'dam NOUN 4 conj',
      ', PUNCT 2 punct',
      'had AUX 11 aux',
      'gone VERB 0 root',
      '. PUNCT 11 punct',
    ]);
    assert.equal(repairInterruptedSubjects(list.forms, list.parse), list.parse);
  });
});
