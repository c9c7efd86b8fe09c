import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repairPassiveAgent } from './passive-agent.js';

const TIMES = new Set(['sunday', 'noon']);
const PARTIES = new Set(['police', 'staff']);
const isTime = (lemma: string): boolean => TIMES.has(lemma);
const isParty = (lemma: string): boolean => PARTIES.has(lemma);

/** Every sentence here was written for these tests. */
describe('repairPassiveAgent', () => {
  it("makes a passive's by-phrase of people its agent", () => {
    // "the hostage was freed by soldiers ." with "soldiers" a plain obl
    const forms = ['the', 'hostage', 'was', 'freed', 'by', 'soldiers', '.'];
    const pos = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT'];
    const lemma = ['the', 'hostage', 'be', 'free', 'by', 'soldier', '.'];
    const head = Int32Array.from([1, 3, 3, -1, 5, 3, 3]);
    const dep = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl', 'punct'];
    assert.equal(repairPassiveAgent(forms, pos, lemma, head, dep, isTime, isParty), true);
    assert.equal(dep[5], 'obl:agent');
  });

  it('reads a bare singular noun of people as the agent, a bare means as none', () => {
    const forms = ['he', 'was', 'arrested', 'by', 'police', '.'];
    const pos = ['PRON', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT'];
    const lemma = ['he', 'be', 'arrest', 'by', 'police', '.'];
    const head = Int32Array.from([2, 2, -1, 4, 2, 2]);
    const dep = ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl', 'punct'];
    assert.equal(repairPassiveAgent(forms, pos, lemma, head, dep, isTime, isParty), true);
    assert.equal(dep[4], 'obl:agent');
    const means = ['the', 'fee', 'was', 'paid', 'by', 'cheque', '.'];
    const meansPos = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT'];
    const meansHead = Int32Array.from([1, 3, 3, -1, 5, 3, 3]);
    const meansDep = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl', 'punct'];
    assert.equal(repairPassiveAgent(means, meansPos, means, meansHead, meansDep, isTime, isParty), false);
  });

  it('leaves figures, times and active clauses alone', () => {
    // "prices were cut by 5 percent", "the report was finished by Sunday", "she left by the back door"
    const cut = ['prices', 'were', 'cut', 'by', '5', 'percent', '.'];
    const cutPos = ['NOUN', 'AUX', 'VERB', 'ADP', 'NUM', 'NOUN', 'PUNCT'];
    const cutHead = Int32Array.from([2, 2, -1, 5, 5, 2, 2]);
    const cutDep = ['nsubj:pass', 'aux:pass', 'root', 'case', 'nummod', 'obl', 'punct'];
    assert.equal(repairPassiveAgent(cut, cutPos, cut, cutHead, cutDep, isTime, isParty), false);
    const done = ['the', 'report', 'was', 'finished', 'by', 'Sunday', '.'];
    const donePos = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'PROPN', 'PUNCT'];
    const doneLemma = ['the', 'report', 'be', 'finish', 'by', 'Sunday', '.'];
    const doneHead = Int32Array.from([1, 3, 3, -1, 5, 3, 3]);
    const doneDep = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl', 'punct'];
    assert.equal(repairPassiveAgent(done, donePos, doneLemma, doneHead, doneDep, isTime, isParty), false);
    const left = ['she', 'left', 'by', 'the', 'door', '.'];
    const leftPos = ['PRON', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT'];
    const leftHead = Int32Array.from([1, -1, 4, 4, 1, 1]);
    const leftDep = ['nsubj', 'root', 'case', 'det', 'obl', 'punct'];
    assert.equal(repairPassiveAgent(left, leftPos, left, leftHead, leftDep, isTime, isParty), false);
  });

  it('leaves a part of a time alone', () => {
    // "the phones were sold by the end of 2004 ."
    const forms = ['the', 'phones', 'were', 'sold', 'by', 'the', 'end', 'of', '2004', '.'];
    const pos = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'DET', 'NOUN', 'ADP', 'NUM', 'PUNCT'];
    const head = Int32Array.from([1, 3, 3, -1, 6, 6, 3, 8, 6, 3]);
    const dep = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'det', 'obl', 'case', 'nmod', 'punct'];
    assert.equal(repairPassiveAgent(forms, pos, forms, head, dep, isTime, isParty), false);
  });

  it('leaves a doer set aside with "not" a plain phrase', () => {
    // "the door was opened by staff , not by guests ."
    const forms = ['the', 'door', 'was', 'opened', 'by', 'staff', ',', 'not', 'by', 'guests', '.'];
    const pos = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT', 'PART', 'ADP', 'NOUN', 'PUNCT'];
    const lemma = ['the', 'door', 'be', 'open', 'by', 'staff', ',', 'not', 'by', 'guest', '.'];
    const head = Int32Array.from([1, 3, 3, -1, 5, 3, 9, 9, 9, 3, 3]);
    const dep = [
      'det',
      'nsubj:pass',
      'aux:pass',
      'root',
      'case',
      'obl',
      'punct',
      'advmod',
      'case',
      'obl',
      'punct',
    ];
    assert.equal(repairPassiveAgent(forms, pos, lemma, head, dep, isTime, isParty), true);
    assert.equal(dep[5], 'obl:agent');
    assert.equal(dep[9], 'obl');
  });

  it("makes an active clause's by-phrase a plain oblique", () => {
    // "the toll would climb by 6 per cent ." with the figure labelled an agent
    const forms = ['the', 'toll', 'would', 'climb', 'by', '6', 'per', 'cent', '.'];
    const pos = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NUM', 'ADP', 'NOUN', 'PUNCT'];
    const head = Int32Array.from([1, 3, 3, -1, 7, 7, 7, 3, 3]);
    const dep = ['det', 'nsubj', 'aux', 'root', 'case', 'nummod', 'compound', 'obl:agent', 'punct'];
    assert.equal(repairPassiveAgent(forms, pos, forms, head, dep, isTime, isParty), true);
    assert.equal(dep[7], 'obl');
    // a passive keeps its agent: "the gate was opened by guards ."
    const gate = ['the', 'gate', 'was', 'opened', 'by', 'guards', '.'];
    const gatePos = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT'];
    const gateHead = Int32Array.from([1, 3, 3, -1, 5, 3, 3]);
    const gateDep = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent', 'punct'];
    assert.equal(repairPassiveAgent(gate, gatePos, gate, gateHead, gateDep, isTime, isParty), false);
    assert.equal(gateDep[5], 'obl:agent');
    // a bare participle may be a reduced relative: "the chief appointed by the board ."
    const chief = ['the', 'chief', 'appointed', 'by', 'the', 'board', '.'];
    const chiefPos = ['DET', 'NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT'];
    const chiefHead = Int32Array.from([1, 2, -1, 5, 5, 2, 2]);
    const chiefDep = ['det', 'nsubj', 'root', 'case', 'det', 'obl:agent', 'punct'];
    assert.equal(repairPassiveAgent(chief, chiefPos, chief, chiefHead, chiefDep, isTime, isParty), false);
  });

  it("makes an active verb's bare noun phrase labelled an agent its object", () => {
    // "savers had drawn 30 million pounds ." with the pounds labelled an agent
    const forms = ['savers', 'had', 'drawn', '30', 'million', 'pounds', '.'];
    const pos = ['NOUN', 'AUX', 'VERB', 'NUM', 'NUM', 'NOUN', 'PUNCT'];
    const head = Int32Array.from([2, 2, -1, 4, 5, 2, 2]);
    const dep = ['nsubj', 'aux', 'root', 'compound', 'nummod', 'obl:agent', 'punct'];
    assert.equal(repairPassiveAgent(forms, pos, forms, head, dep, isTime, isParty), true);
    assert.equal(dep[5], 'obj');
  });
});
