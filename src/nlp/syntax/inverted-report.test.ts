import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSyntaxModel, parseSentence } from './index.js';
import { repairInvertedReport, reportsInFrequentSense } from './inverted-report.js';

/** Every sentence here was written for these tests. */
function parsed(sentence: string): { forms: string[]; arcs: Map<string, string> } {
  const forms = sentence.split(' ');
  const parse = parseSentence(loadSyntaxModel(), forms);
  const arcs = new Map<string, string>();
  forms.forEach((form, index) => {
    const head = parse.head[index]!;
    arcs.set(form, `${parse.dep[index]}:${head < 0 ? 'ROOT' : forms[head]}`);
  });
  return { forms, arcs };
}

describe('repairInvertedReport', () => {
  it('makes the closing reporting verb the root, the source its subject, the clause its complement', () => {
    const { arcs } = parsed(
      'The ferry had only left the harbour late , a port spokesman , Tomas Veld , said .',
    );
    assert.equal(arcs.get('said'), 'root:ROOT');
    assert.equal(arcs.get('spokesman'), 'nsubj:said');
    assert.equal(arcs.get('Veld'), 'appos:spokesman');
    // (the perfect is the clause's verb with its auxiliary: reduced-relative.ts repairPerfectRoot)
    assert.equal(arcs.get('left'), 'ccomp:said');
    assert.equal(arcs.get('had'), 'aux:left');
  });

  it('reads a subject relative clause between the source and the verb as the source\'s ("…, an official, who …, said")', () => {
    const { arcs } = parsed('Five crates were seized , an official , who asked not to be named , said .');
    assert.equal(arcs.get('said'), 'root:ROOT');
    assert.equal(arcs.get('official'), 'nsubj:said');
    assert.equal(arcs.get('asked'), 'acl:relcl:official');
    assert.equal(arcs.get('seized'), 'ccomp:said');
  });

  it('makes the verb the root when the parse has its source right but hangs it as a conjunct of the clause', () => {
    const { arcs } = parsed(
      'About 1.2 million homes lost power , the operator , Lena Harrow , said on Monday .',
    );
    assert.equal(arcs.get('said'), 'root:ROOT');
    assert.equal(arcs.get('lost'), 'ccomp:said');
    assert.equal(arcs.get('operator'), 'nsubj:said');
    assert.equal(arcs.get('.'), 'punct:said');
  });

  it('reads a name before its description, and the objects and adjuncts after the verb', () => {
    const { arcs } = parsed(
      'The ferry left the harbour late , Tomas Veld , a port spokesman , told reporters on Friday .',
    );
    assert.equal(arcs.get('told'), 'root:ROOT');
    assert.equal(arcs.get('Tomas'), 'nsubj:told');
    assert.equal(arcs.get('spokesman'), 'appos:Tomas');
    assert.equal(arcs.get('left'), 'ccomp:told');
    assert.equal(arcs.get('reporters'), 'iobj:told');
    assert.equal(arcs.get('Friday'), 'obl:told');
  });

  it('parses a short clause as a sentence of its own', () => {
    const { arcs } = parsed(
      "The ferry left late , the port 's owner , Harbour Holdings , confirmed in a statement .",
    );
    assert.equal(arcs.get('left'), 'ccomp:confirmed');
    assert.equal(arcs.get('ferry'), 'nsubj:left');
    assert.equal(arcs.get('owner'), 'nsubj:confirmed');
    assert.equal(arcs.get('Holdings'), 'appos:owner');
  });

  it('keeps a quotation as the complement and an age as an apposition', () => {
    const quoted = parsed(
      '" We will rebuild , " Mr Halloran , the mayor since 2019 , said on Monday at a meeting in Corvale .',
    ).arcs;
    assert.equal(quoted.get('Halloran'), 'nsubj:said');
    assert.equal(quoted.get('mayor'), 'appos:Halloran');
    assert.equal(quoted.get('rebuild'), 'ccomp:said');
    const aged = parsed('The talks collapsed , Ana Ruiz , 52 , said .').arcs;
    assert.equal(aged.get('Ana'), 'nsubj:said');
    assert.equal(aged.get('collapsed'), 'ccomp:said');
  });

  it('leaves a parse that already reads the source as the subject', () => {
    for (const sentence of [
      'The bridge failed a safety check in May , the regional transport authority said .',
      'She met Anna , Bob , the mayor said .',
    ]) {
      const forms = sentence.split(' ');
      const parse = parseSentence(loadSyntaxModel(), forms);
      const head = Int32Array.from(parse.head);
      const dep = [...parse.dep];
      const refuse = (): never => assert.fail('no second parse');
      assert.equal(repairInvertedReport(forms, parse.pos, parse.lemma, head, dep, refuse), false, sentence);
    }
    // "Bob" and "Carl" stay conjuncts of the list, not the source's apposition
    assert.equal(parsed('She met Anna , Bob , the mayor said .').arcs.get('mayor'), 'nsubj:said');
    const listed = parsed('She met Anna , Bob and Carl , the mayor said .').arcs;
    assert.equal(listed.get('mayor'), 'nsubj:said');
    assert.equal(listed.get('Carl'), 'conj:Anna');
  });

  it('leaves sentences of other shapes alone', () => {
    const refuse = (): never => assert.fail('no second parse');
    const cases: [string, string[], string[]][] = [
      // a verb that reports nothing ("rose")
      [
        'The rain stopped , the river , the Vell , rose .',
        ['DET', 'NOUN', 'VERB', 'PUNCT', 'DET', 'NOUN', 'PUNCT', 'DET', 'PROPN', 'PUNCT', 'VERB', 'PUNCT'],
        ['the', 'rain', 'stop', ',', 'the', 'river', ',', 'the', 'Vell', ',', 'rise', '.'],
      ],
      // a longer source: the piece before "one of its founders" has no verb
      [
        'It works , Ed Vance , from the lab , one of its founders , said .',
        [
          'PRON',
          'VERB',
          'PUNCT',
          'PROPN',
          'PROPN',
          'PUNCT',
          'ADP',
          'DET',
          'NOUN',
          'PUNCT',
          'NUM',
          'ADP',
          'PRON',
          'NOUN',
          'PUNCT',
          'VERB',
          'PUNCT',
        ],
        [
          'it',
          'work',
          ',',
          'Ed',
          'Vance',
          ',',
          'from',
          'the',
          'lab',
          ',',
          'one',
          'of',
          'its',
          'founder',
          ',',
          'say',
          '.',
        ],
      ],
      // what was said after "said" (no addressee): "Mr Oke … said" is inside what Ms Lind denied
      [
        'Ms Lind denied Mr Oke , her housing spokesman , said the words .',
        [
          'PROPN',
          'PROPN',
          'VERB',
          'PROPN',
          'PROPN',
          'PUNCT',
          'PRON',
          'NOUN',
          'NOUN',
          'PUNCT',
          'VERB',
          'DET',
          'NOUN',
          'PUNCT',
        ],
        [
          'Ms',
          'Lind',
          'deny',
          'Mr',
          'Oke',
          ',',
          'her',
          'housing',
          'spokesman',
          ',',
          'say',
          'the',
          'word',
          '.',
        ],
      ],
      // a subordinate clause after the verb ("as he left" is no participle clause of the report's own)
      [
        'Roads closed , a police officer , Jo Bell , said as he left .',
        [
          'NOUN',
          'VERB',
          'PUNCT',
          'DET',
          'NOUN',
          'NOUN',
          'PUNCT',
          'PROPN',
          'PROPN',
          'PUNCT',
          'VERB',
          'SCONJ',
          'PRON',
          'VERB',
          'PUNCT',
        ],
        [
          'road',
          'close',
          ',',
          'a',
          'police',
          'officer',
          ',',
          'Jo',
          'Bell',
          ',',
          'say',
          'as',
          'he',
          'leave',
          '.',
        ],
      ],
    ];
    for (const [sentence, pos, lemma] of cases) {
      const forms = sentence.split(' ');
      const head = new Int32Array(forms.length).fill(0);
      head[0] = -1;
      const dep = forms.map((_, index) => (index === 0 ? 'root' : 'dep'));
      assert.equal(repairInvertedReport(forms, pos, lemma, head, dep, refuse), false, sentence);
    }
  });

  it('reportsInFrequentSense: speech and thought verbs, by WordNet', () => {
    for (const verb of ['say', 'tell', 'add', 'warn', 'confirm', 'believe'])
      assert.equal(reportsInFrequentSense(verb), true, verb);
    for (const verb of ['rise', 'close', 'collapse', 'meet'])
      assert.equal(reportsInFrequentSense(verb), false, verb);
  });
});
