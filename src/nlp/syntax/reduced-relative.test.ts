import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSyntaxModel, nounLemma, parseSentence, properLemma, verbLemmaOf } from './index.js';
import { repairApproximateNumber } from './approximate-numbers.js';
import {
  repairComplementReducedRelative,
  repairNounRootedSentence,
  repairObjectReducedRelative,
  repairPerfectRoot,
  repairReducedRelative,
} from './reduced-relative.js';

/** Every sentence here was written for these tests. */
function arcs(sentence: string): string[] {
  const forms = sentence.split(' ');
  const parse = parseSentence(loadSyntaxModel(), forms);
  return forms.map((form, index) => {
    const head = parse.head[index]!;
    return `${form}:${parse.dep[index]}:${head < 0 ? 'ROOT' : forms[head]}`;
  });
}

describe('repairReducedRelative', () => {
  it('makes the finite verb after a participle the root, the participle a modifier of the subject', () => {
    // the arrays as the parser left "Two guards injured in the raid have died ."
    const forms = ['Two', 'guards', 'injured', 'in', 'the', 'raid', 'have', 'died', '.'];
    const pos = ['NUM', 'NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, 2, -1, 5, 5, 2, 7, 2, 2]);
    const dep = ['nummod', 'nsubj', 'root', 'case', 'det', 'obl', 'aux', 'ccomp', 'punct'];
    assert.equal(repairReducedRelative(forms, pos, head, dep), true);
    assert.deepEqual([...head], [1, 7, 1, 5, 5, 2, 7, -1, 7]);
    assert.deepEqual(dep, ['nummod', 'nsubj', 'acl', 'case', 'det', 'obl', 'aux', 'root', 'punct']);
  });

  it('leaves a clause with its own subject, object or subordinator alone', () => {
    const cases: [string[], string[], number[], string[]][] = [
      // "Police arrested two men who were charged ."
      [
        ['Police', 'arrested', 'two', 'men', 'who', 'were', 'charged', '.'],
        ['NOUN', 'VERB', 'NUM', 'NOUN', 'PRON', 'AUX', 'VERB', 'PUNCT'],
        [1, -1, 3, 1, 6, 6, 3, 1],
        ['nsubj', 'root', 'nummod', 'obj', 'nsubj:pass', 'aux:pass', 'acl:relcl', 'punct'],
      ],
      // "Officials warned that roads were closed ."
      [
        ['Officials', 'warned', 'that', 'roads', 'were', 'closed', '.'],
        ['NOUN', 'VERB', 'SCONJ', 'NOUN', 'AUX', 'VERB', 'PUNCT'],
        [1, -1, 5, 5, 5, 1, 1],
        ['nsubj', 'root', 'mark', 'nsubj:pass', 'aux:pass', 'ccomp', 'punct'],
      ],
      // "Officials warned some of the roads were closed ." (a subject without a preposition of its own)
      [
        ['Officials', 'warned', 'some', 'of', 'the', 'roads', 'were', 'closed', '.'],
        ['NOUN', 'VERB', 'PRON', 'ADP', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT'],
        [1, -1, 7, 5, 5, 2, 7, 1, 1],
        ['nsubj', 'root', 'nsubj:pass', 'case', 'det', 'nmod', 'aux:pass', 'ccomp', 'punct'],
      ],
      // "Crews worked overnight , were praised ." (a comma between them)
      [
        ['Crews', 'worked', 'overnight', ',', 'were', 'praised', '.'],
        ['NOUN', 'VERB', 'ADV', 'PUNCT', 'AUX', 'VERB', 'PUNCT'],
        [1, -1, 1, 5, 5, 1, 1],
        ['nsubj', 'root', 'advmod', 'punct', 'aux:pass', 'conj', 'punct'],
      ],
    ];
    for (const [forms, pos, heads, dep] of cases) {
      const head = Int32Array.from(heads);
      const before = [...dep];
      assert.equal(repairReducedRelative(forms, pos, head, dep), false, forms.join(' '));
      assert.deepEqual([...head], heads);
      assert.deepEqual(dep, before);
    }
  });

  it('takes a noun with a preposition of its own, read as the clause subject, into the participle phrase', () => {
    // the arrays as the parser left "Nine miners trapped in the tunnels west of Dorn were rescued ."
    const forms = [
      'Nine',
      'miners',
      'trapped',
      'in',
      'the',
      'tunnels',
      'west',
      'of',
      'Dorn',
      'were',
      'rescued',
      '.',
    ];
    const pos = ['NUM', 'NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'ADV', 'ADP', 'PROPN', 'AUX', 'VERB', 'PUNCT'];
    const head = Int32Array.from([1, 2, -1, 5, 5, 2, 10, 8, 10, 10, 2, 2]);
    const dep = [
      'nummod',
      'nsubj',
      'root',
      'case',
      'det',
      'obl',
      'advmod',
      'case',
      'nsubj:pass',
      'aux:pass',
      'advcl',
      'punct',
    ];
    assert.equal(repairReducedRelative(forms, pos, head, dep), true);
    assert.deepEqual([...head], [1, 10, 1, 5, 5, 2, 2, 8, 2, 10, -1, 10]);
    assert.equal(dep[1], 'nsubj:pass');
    assert.equal(dep[8], 'obl');
    assert.equal(dep[10], 'root');
    const result = arcs(
      'Nine miners trapped for two days in the tunnels west of Dorn were rescued on Friday .',
    );
    assert.ok(result.includes('rescued:root:ROOT'), result.join(' '));
    assert.ok(result.includes('miners:nsubj:pass:rescued'), result.join(' '));
  });

  it('gives the parse of a news opening its real verb', () => {
    const result = arcs('Three men arrested on Monday were charged with fraud .');
    assert.ok(result.includes('charged:root:ROOT'), result.join(' '));
    assert.ok(result.includes('men:nsubj:pass:charged'), result.join(' '));
    assert.ok(result.includes('arrested:acl:men'), result.join(' '));
  });
});

describe('repairNounRootedSentence', () => {
  it('makes a participle with a finite complement the verb of a sentence the parser rooted in a name', () => {
    // the arrays as the parser left "Deputy Mayor Ivo Lamm repeated on Friday that the bridge had closed ."
    const forms = [
      'Deputy',
      'Mayor',
      'Ivo',
      'Lamm',
      'repeated',
      'on',
      'Friday',
      'that',
      'the',
      'bridge',
      'had',
      'closed',
      '.',
    ];
    const pos = [
      'PROPN',
      'PROPN',
      'PROPN',
      'PROPN',
      'VERB',
      'ADP',
      'PROPN',
      'SCONJ',
      'DET',
      'NOUN',
      'AUX',
      'VERB',
      'PUNCT',
    ];
    const head = Int32Array.from([1, 2, -1, 2, 2, 6, 4, 11, 9, 11, 11, 4, 2]);
    const dep = [
      'amod',
      'nmod:desc',
      'root',
      'flat',
      'acl',
      'case',
      'obl',
      'mark',
      'det',
      'nsubj',
      'aux',
      'ccomp',
      'punct',
    ];
    assert.equal(repairNounRootedSentence(forms, pos, head, dep), true);
    assert.equal(head[4], -1);
    assert.equal(dep[4], 'root');
    assert.equal(head[2], 4);
    assert.equal(dep[2], 'nsubj');
    assert.equal(head[12], 4);
    assert.equal(head[11], 4);
  });

  it('leaves a participle with an object, a complement with no subject, or a copular root alone', () => {
    const cases: [string[], string[], number[], string[]][] = [
      // "Documents seized that week ." (no complement)
      [
        ['Documents', 'seized', 'that', 'week', '.'],
        ['NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'],
        [-1, 0, 3, 1, 0],
        ['root', 'acl', 'det', 'obl:tmod', 'punct'],
      ],
      // "Men ordered to leave the town ." (the complement has no subject of its own)
      [
        ['Men', 'ordered', 'to', 'leave', 'the', 'town', '.'],
        ['NOUN', 'VERB', 'PART', 'VERB', 'DET', 'NOUN', 'PUNCT'],
        [-1, 0, 3, 1, 5, 3, 0],
        ['root', 'acl', 'mark', 'xcomp', 'det', 'obj', 'punct'],
      ],
      // "Ana Roe , named in March , said …" has punctuation between the name and the participle
      [
        ['Ana', 'Roe', ',', 'warned', 'that', 'it', 'failed', '.'],
        ['PROPN', 'PROPN', 'PUNCT', 'VERB', 'SCONJ', 'PRON', 'VERB', 'PUNCT'],
        [-1, 0, 3, 0, 6, 6, 3, 0],
        ['root', 'flat', 'punct', 'acl', 'mark', 'nsubj', 'ccomp', 'punct'],
      ],
    ];
    for (const [forms, pos, heads, deps] of cases) {
      const head = Int32Array.from(heads);
      const dep = [...deps];
      assert.equal(repairNounRootedSentence(forms, pos, head, dep), false, forms.join(' '));
      assert.deepEqual([...head], heads);
    }
  });
});

describe('properLemma', () => {
  it("keeps a proper noun's letters: its form or its singular", () => {
    assert.equal(properLemma('PROPN', 'Orbeli', 'orDeli'), 'Orbeli');
    assert.equal(properLemma('PROPN', 'Americans', 'American'), 'American');
    assert.equal(properLemma('PROPN', 'Vassar', 'vassar'), 'vassar');
    assert.equal(properLemma('NOUN', 'geese', 'goose'), 'goose');
  });
});

describe('verbLemmaOf', () => {
  it("gives a verb the lemma WordNet knows when the learned script's is no verb", () => {
    assert.equal(verbLemmaOf('risen', 'riose', false), 'rise');
    assert.equal(verbLemmaOf('scoring', 'scor', false), 'score');
    assert.equal(verbLemmaOf('worried', 'worried', false), 'worry');
    assert.equal(verbLemmaOf('fled', 'fle', false), 'flee');
    assert.equal(verbLemmaOf('Yelling', 'Yelling', true), 'yell');
    assert.equal(verbLemmaOf('Conceding', 'conced', true), 'concede');
    assert.equal(verbLemmaOf('joked', 'jok', false), 'joke');
    assert.equal(verbLemmaOf('signalled', 'signall', false), 'signal');
  });
  it('keeps a lemma WordNet has, and a capitalised word inside a sentence', () => {
    assert.equal(verbLemmaOf('said', 'say', false), 'say');
    assert.equal(verbLemmaOf('Downing', 'Downing', false), 'Downing');
    assert.equal(verbLemmaOf('everything', 'everything', false), 'everything');
    assert.equal(verbLemmaOf('zorbled', 'zorbled', false), 'zorbled');
  });
});

describe('repairPerfectRoot', () => {
  it('makes the participle after a root "have" the verb, "have" its auxiliary', () => {
    // the arrays as the parser left "Union leaders have denied that the strike will go ahead ."
    const forms = ['Union', 'leaders', 'have', 'denied', 'that', 'the', 'strike', 'will', 'go', 'ahead', '.'];
    const pos = ['PROPN', 'NOUN', 'VERB', 'VERB', 'SCONJ', 'DET', 'NOUN', 'AUX', 'VERB', 'ADV', 'PUNCT'];
    const head = Int32Array.from([1, 2, -1, 2, 8, 6, 8, 8, 3, 8, 2]);
    const dep = [
      'compound',
      'nsubj',
      'root',
      'xcomp',
      'mark',
      'det',
      'nsubj',
      'aux',
      'ccomp',
      'advmod',
      'punct',
    ];
    assert.equal(repairPerfectRoot(forms, pos, head, dep), true);
    assert.deepEqual([...head], [1, 3, 3, -1, 8, 6, 8, 8, 3, 8, 3]);
    assert.equal(dep[2], 'aux');
    assert.equal(pos[2], 'AUX');
    assert.equal(dep[3], 'root');
  });

  it('leaves "have" with an object, an infinitive or a gerund alone', () => {
    const cases: [string[], string[], number[], string[]][] = [
      // "They had the car towed ."
      [
        ['They', 'had', 'the', 'car', 'towed', '.'],
        ['PRON', 'VERB', 'DET', 'NOUN', 'VERB', 'PUNCT'],
        [1, -1, 3, 1, 1, 1],
        ['nsubj', 'root', 'det', 'obj', 'xcomp', 'punct'],
      ],
      // "Residents have to leave ."
      [
        ['Residents', 'have', 'to', 'leave', '.'],
        ['NOUN', 'VERB', 'PART', 'VERB', 'PUNCT'],
        [1, -1, 3, 1, 1],
        ['nsubj', 'root', 'mark', 'xcomp', 'punct'],
      ],
      // "Farmers have trouble sleeping ." with the gerund on "have"
      [
        ['Farmers', 'have', 'sleeping', '.'],
        ['NOUN', 'VERB', 'VERB', 'PUNCT'],
        [1, -1, 1, 1],
        ['nsubj', 'root', 'xcomp', 'punct'],
      ],
    ];
    for (const [forms, pos, heads, dep] of cases)
      assert.equal(repairPerfectRoot(forms, pos, Int32Array.from(heads), dep), false, forms.join(' '));
  });
});

describe('repairApproximateNumber', () => {
  it('makes "about" qualify a number of two words and the counted noun the subject of the verb after it', () => {
    // the arrays as the parser left "The bank said about two million customers were affected ."
    const forms = ['The', 'bank', 'said', 'about', 'two', 'million', 'customers', 'were', 'affected', '.'];
    const pos = ['DET', 'NOUN', 'VERB', 'ADV', 'NUM', 'NUM', 'NOUN', 'AUX', 'ADJ', 'PUNCT'];
    const head = Int32Array.from([1, 2, -1, 6, 5, 6, 8, 8, 2, 2]);
    const dep = ['det', 'nsubj', 'root', 'case', 'compound', 'nummod', 'obl', 'cop', 'ccomp', 'punct'];
    assert.equal(repairApproximateNumber(forms, pos, head, dep), true);
    assert.deepEqual([...head], [1, 2, -1, 5, 5, 6, 8, 8, 2, 2]);
    assert.deepEqual(dep.slice(3, 7), ['advmod', 'compound', 'nummod', 'nsubj']);
  });
  it('makes an active clause hung on the counted noun the clause of the verb before it', () => {
    // the arrays as the parser left "She said about 450,000 homes lost power ."
    const forms = ['She', 'said', 'about', '450,000', 'homes', 'lost', 'power', '.'];
    const pos = ['PRON', 'VERB', 'ADV', 'NUM', 'NOUN', 'VERB', 'NOUN', 'PUNCT'];
    const head = Int32Array.from([1, -1, 4, 4, 1, 4, 5, 1]);
    const dep = ['nsubj', 'root', 'case', 'nummod', 'obl', 'acl', 'obj', 'punct'];
    assert.equal(repairApproximateNumber(forms, pos, head, dep), true);
    assert.deepEqual([...head], [1, -1, 3, 4, 5, 1, 5, 1]);
    assert.deepEqual(dep.slice(2, 6), ['advmod', 'nummod', 'nsubj', 'ccomp']);
    // must not change: a reduced relative ("She spoke about 300 homes hit by floods .")
    const relative = Int32Array.from([1, -1, 4, 4, 1, 4, 7, 5, 1]);
    const relativeDep = ['nsubj', 'root', 'case', 'nummod', 'obl', 'acl', 'case', 'obl', 'punct'];
    assert.equal(
      repairApproximateNumber(
        ['She', 'spoke', 'about', '300', 'homes', 'hit', 'by', 'floods', '.'],
        ['PRON', 'VERB', 'ADV', 'NUM', 'NOUN', 'VERB', 'ADP', 'NOUN', 'PUNCT'],
        relative,
        relativeDep,
      ),
      false,
    );
  });
  it('makes "about" before the number of a subject qualify the number', () => {
    // "She said that about 1.2 million homes lost power ." with "about" a case of "homes"
    const forms = ['She', 'said', 'that', 'about', '1.2', 'million', 'homes', 'lost', 'power', '.'];
    const pos = ['PRON', 'VERB', 'SCONJ', 'ADV', 'NUM', 'NUM', 'NOUN', 'VERB', 'NOUN', 'PUNCT'];
    const head = Int32Array.from([1, -1, 7, 6, 5, 6, 7, 1, 7, 1]);
    const dep = ['nsubj', 'root', 'mark', 'case', 'compound', 'nummod', 'nsubj', 'ccomp', 'obj', 'punct'];
    assert.equal(repairApproximateNumber(forms, pos, head, dep), true);
    assert.deepEqual([head[3], dep[3]], [5, 'advmod']);
  });
  it('must not change: "about" as a preposition of a verb that has its subject', () => {
    // "She talked about two million customers ."
    const forms = ['She', 'talked', 'about', 'two', 'million', 'customers', '.'];
    const pos = ['PRON', 'VERB', 'ADP', 'NUM', 'NUM', 'NOUN', 'PUNCT'];
    const head = Int32Array.from([1, -1, 5, 4, 5, 1, 1]);
    const dep = ['nsubj', 'root', 'case', 'compound', 'nummod', 'obl', 'punct'];
    assert.equal(repairApproximateNumber(forms, pos, head, dep), false);
  });
});

describe('repairObjectReducedRelative and repairComplementReducedRelative (reported clauses)', () => {
  it('makes the verb after a participle the reported clause, its noun the subject', () => {
    const parsed = arcs('Police said the samples taken from the river contained oil .');
    assert.ok(parsed.includes('contained:ccomp:said'), parsed.join(' '));
    assert.ok(parsed.includes('samples:nsubj:contained'), parsed.join(' '));
    assert.ok(parsed.includes('taken:acl:samples'), parsed.join(' '));
    const seen = arcs('Officials said the documents seen by reporters showed a loss .');
    assert.ok(seen.includes('showed:ccomp:said'), seen.join(' '));
    assert.ok(seen.includes('documents:nsubj:showed'), seen.join(' '));
  });

  it('reads "said worn rails caused the crash" as a clause: a participle with an object is a past tense', () => {
    const parsed = arcs('The union said worn rails caused the crash .');
    assert.ok(parsed.includes('caused:ccomp:said'), parsed.join(' '));
    assert.ok(parsed.includes('rails:nsubj:caused'), parsed.join(' '));
  });

  it('leaves a participle alone when a verb or subordinator stands between it and the object', () => {
    const parsed = arcs(
      'Providers have long claimed no responsibility for the files they carry since the court dubbed them " mere carriers " .',
    );
    assert.ok(!parsed.includes('dubbed:ccomp:claimed'), parsed.join(' '));
  });

  it('leaves a noun phrase object alone where the verb takes one ("confirmed the report published")', () => {
    const parsed = arcs('He confirmed the report published on Monday .');
    assert.ok(parsed.includes('report:obj:confirmed'), parsed.join(' '));
  });

  it('makes "that" before a plural noun the subordinator of the reported clause', () => {
    const parsed = arcs(
      'The agency said on Monday that samples of the cheese taken from two shops contained bacteria .',
    );
    assert.ok(parsed.includes('contained:ccomp:said'), parsed.join(' '));
    assert.ok(parsed.includes('samples:nsubj:contained'), parsed.join(' '));
  });

  it('repairs the arrays of a complement headed by a participle that cannot be a past tense', () => {
    // "She said letters written by the mayor revealed the plan ." as the parser may leave it
    const forms = ['She', 'said', 'letters', 'written', 'by', 'the', 'mayor', 'revealed', 'the', 'plan', '.'];
    const pos = ['PRON', 'VERB', 'NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'];
    const lemma = ['she', 'say', 'letter', 'write', 'by', 'the', 'mayor', 'reveal', 'the', 'plan', '.'];
    const head = Int32Array.from([1, -1, 3, 1, 6, 6, 3, 3, 9, 7, 1]);
    const dep = [
      'nsubj',
      'root',
      'nsubj',
      'ccomp',
      'case',
      'det',
      'obl:agent',
      'advcl',
      'det',
      'obj',
      'punct',
    ];
    assert.equal(repairComplementReducedRelative(forms, pos, lemma, head, dep), true);
    assert.deepEqual([...head], [1, -1, 7, 2, 6, 6, 3, 1, 9, 7, 1]);
    assert.equal(dep[7], 'ccomp');
    assert.equal(dep[2], 'nsubj');
    assert.equal(dep[3], 'acl');
  });

  it('leaves a participle that can be a past tense, or one with an auxiliary, alone', () => {
    const forms = ['She', 'said', 'letters', 'arrived', 'late', 'and', 'revealed', 'it', '.'];
    const pos = ['PRON', 'VERB', 'NOUN', 'VERB', 'ADV', 'CCONJ', 'VERB', 'PRON', 'PUNCT'];
    const lemma = ['she', 'say', 'letter', 'arrive', 'late', 'and', 'reveal', 'it', '.'];
    const head = Int32Array.from([1, -1, 3, 1, 3, 6, 3, 6, 1]);
    const dep = ['nsubj', 'root', 'nsubj', 'ccomp', 'advmod', 'cc', 'conj', 'obj', 'punct'];
    assert.equal(repairComplementReducedRelative(forms, pos, lemma, head, dep), false);
  });

  it('leaves an object with a participle and no reported verb alone when nothing says it is a clause', () => {
    const forms = ['They', 'found', 'the', 'car', 'parked', 'outside', '.'];
    const pos = ['PRON', 'VERB', 'DET', 'NOUN', 'VERB', 'ADV', 'PUNCT'];
    const lemma = ['they', 'find', 'the', 'car', 'park', 'outside', '.'];
    const head = Int32Array.from([1, -1, 3, 1, 3, 4, 1]);
    const dep = ['nsubj', 'root', 'det', 'obj', 'acl', 'advmod', 'punct'];
    assert.equal(
      repairObjectReducedRelative(forms, pos, lemma, head, dep, () => true),
      false,
    );
    assert.equal(dep[3], 'obj');
  });
});

describe('nounLemma', () => {
  it('keeps a noun WordNet knows as its own lemma when the learned edit gives one WordNet lacks', () => {
    assert.equal(nounLemma('siren', 'sirey'), 'siren');
    assert.equal(nounLemma('proceeds', 'proceed'), 'proceeds');
    assert.equal(nounLemma('sirens', 'siren'), 'siren');
    assert.equal(nounLemma('warehouses', 'warehouse'), 'warehouse');
  });
});
