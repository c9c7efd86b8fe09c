import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseSubject, isUnmarkedRelative } from './clause-subject.js';
import { handParsed as parsed } from '../grammar/hand-parsed.js';

interface Case {
  readonly name: string;
  readonly lines: readonly string[];
  /** the predicate whose subject is asked */
  readonly predicate: string;
  readonly subject: string | null;
}

const cases: readonly Case[] = [
  {
    name: 'passive raising: "the brothers were believed to be part of the gang"',
    lines: [
      'the DET 2 det',
      'brothers NOUN 4 nsubj:pass',
      'were AUX 4 aux:pass',
      'believed VERB 0 root',
      'to PART 7 mark',
      'be AUX 7 cop',
      'part NOUN 4 xcomp',
      'of ADP 10 case',
      'the DET 10 det',
      'gang NOUN 7 nmod',
    ],
    predicate: 'part',
    subject: 'brothers',
  },
  {
    name: 'raising verb hung as parataxis of an unmarked relative clause: "the two, who work in Ostrov, were thought to be members"',
    lines: [
      'the DET 2 det',
      'two NUM 5 obl',
      ', PUNCT 2 punct',
      'who PRON 5 nsubj',
      'work VERB 0 root',
      'in ADP 7 case',
      'Ostrov PROPN 5 obl',
      ', PUNCT 10 punct',
      'were AUX 10 aux:pass',
      'thought VERB 5 parataxis',
      'to PART 13 mark',
      'be AUX 13 cop',
      'members NOUN 10 xcomp',
    ],
    predicate: 'members',
    subject: 'two',
  },
  {
    name: 'coordinated predicate under the parataxis: "… were thought to be members and helped the gunmen"',
    lines: [
      'the DET 2 det',
      'two NUM 5 obl',
      ', PUNCT 2 punct',
      'who PRON 5 nsubj',
      'work VERB 0 root',
      ', PUNCT 8 punct',
      'were AUX 8 aux:pass',
      'thought VERB 5 parataxis',
      'to PART 11 mark',
      'be AUX 11 cop',
      'members NOUN 8 xcomp',
      'and CCONJ 13 cc',
      'helped VERB 8 conj',
      'the DET 15 det',
      'gunmen NOUN 13 obj',
    ],
    predicate: 'helped',
    subject: 'two',
  },
  {
    name: 'reduced relative (acl): "the driver suspected of hiding the weapons"',
    lines: [
      'the DET 2 det',
      'driver NOUN 0 root',
      'suspected VERB 2 acl',
      'of SCONJ 5 mark',
      'hiding VERB 3 advcl',
      'the DET 7 det',
      'weapons NOUN 5 obj',
    ],
    predicate: 'suspected',
    subject: 'driver',
  },
  {
    name: 'relative clause: "the cell that planned the raid"',
    lines: [
      'the DET 2 det',
      'cell NOUN 0 root',
      'that PRON 4 nsubj',
      'planned VERB 2 acl:relcl',
      'the DET 6 det',
      'raid NOUN 4 obj',
    ],
    predicate: 'planned',
    subject: 'cell',
  },
  {
    name: 'control through xcomp and conj: "the men tried to cross the border and hide"',
    lines: [
      'the DET 2 det',
      'men NOUN 3 nsubj',
      'tried VERB 0 root',
      'to PART 5 mark',
      'cross VERB 3 xcomp',
      'the DET 7 det',
      'border NOUN 5 obj',
      'and CCONJ 9 cc',
      'hide VERB 5 conj',
    ],
    predicate: 'hide',
    subject: 'men',
  },
  {
    name: 'an asking "who" is not a relative: "asked who planned it"',
    lines: ['asked VERB 0 root', 'who PRON 3 nsubj', 'planned VERB 1 ccomp', 'it PRON 3 obj'],
    predicate: 'planned',
    subject: 'who',
  },
  {
    name: 'a clause of its own keeps its subject: "police said the car was stolen"',
    lines: [
      'police NOUN 2 nsubj',
      'said VERB 0 root',
      'the DET 4 det',
      'car NOUN 6 nsubj:pass',
      'was AUX 6 aux:pass',
      'stolen VERB 2 ccomp',
    ],
    predicate: 'stolen',
    subject: 'car',
  },
  {
    name: 'no subject anywhere: an adverbial clause does not borrow one',
    lines: ['after SCONJ 2 mark', 'leaving VERB 4 advcl', 'they PRON 4 nsubj', 'ran VERB 0 root'],
    predicate: 'leaving',
    subject: null,
  },
];

describe('clauseSubject: the subject whatever the parse shape', () => {
  for (const item of cases)
    it(item.name, () => {
      const { tree, forms } = parsed(item.lines);
      const found = clauseSubject(tree, forms.indexOf(item.predicate));
      assert.equal(found < 0 ? null : forms[found], item.subject);
    });
});

describe('isUnmarkedRelative', () => {
  it('"the two, who work in Ostrov, …": the clause only describes its antecedent', () => {
    const { tree, forms } = parsed(cases[1]!.lines);
    assert.equal(isUnmarkedRelative(tree, forms.indexOf('work')), true);
    assert.equal(isUnmarkedRelative(tree, forms.indexOf('thought')), false);
  });
  it('"asked who planned it" is a question, not a relative clause', () => {
    const { tree, forms } = parsed(cases[6]!.lines);
    assert.equal(isUnmarkedRelative(tree, forms.indexOf('planned')), false);
  });
});
