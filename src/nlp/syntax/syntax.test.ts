import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSyntaxModel, parseSentence, type SentenceParse } from './index.js';
import { cliticLength, representative, splitClitics } from './clitics.js';
import { applyScript, decodeScript, encodeScript, exactHash, KeyTable, scriptFor } from './lemmatiser.js';
import { quantise } from './model.js';
import { mix } from '../ner/hash.js';
import { packedRows, Parser, scorePacked, TRANSITIONS } from './parser.js';
import { Tagger, TAG_COUNT, tagId } from './tagger.js';
import { WordFeatures } from './word-features.js';

/** Every sentence here was written for these tests. */
function parse(sentence: string): { forms: string[]; parse: SentenceParse } {
  const forms = sentence.split(' ');
  return { forms, parse: parseSentence(loadSyntaxModel(), forms) };
}

/** "dependent -relation-> head" for every word, as "word:relation:head". */
function arcs(sentence: string): string[] {
  const { forms, parse: result } = parse(sentence);
  return forms.map((form, index) => {
    const head = result.head[index]!;
    return `${form}:${result.dep[index]}:${head < 0 ? 'ROOT' : forms[head]}`;
  });
}

function assertTree(parse: SentenceParse, length: number): void {
  assert.equal(parse.pos.length, length);
  assert.equal(parse.lemma.length, length);
  assert.equal(parse.dep.length, length);
  assert.equal(parse.head.length, length);
  let roots = 0;
  for (let index = 0; index < length; index += 1) {
    const head = parse.head[index]!;
    assert.ok(head >= -1 && head < length && head !== index, `head ${head} of word ${index}`);
    if (head < 0) {
      roots += 1;
      assert.equal(parse.dep[index], 'root');
    } else assert.notEqual(parse.dep[index], 'root');
    // Following heads from any word reaches the root without a cycle.
    let steps = 0;
    for (let word = index; word >= 0; word = parse.head[word]!) {
      steps += 1;
      assert.ok(steps <= length, `cycle through word ${index}`);
    }
  }
  assert.equal(roots, 1);
}

describe('lemma edit scripts', () => {
  const cases: [string, string, string][] = [
    ['arrests', 'arrest', 'L1'],
    ['went', 'go', 'L4go'],
    ['The', 'the', 'L0'],
    ['Smithson', 'Smithson', 'K0'],
    ['studies', 'study', 'L3y'],
  ];
  for (const [form, lemma, code] of cases)
    it(`${form} → ${lemma} by ${code}`, () => {
      const script = scriptFor(form, lemma);
      assert.equal(encodeScript(script), code);
      assert.equal(applyScript(decodeScript(code), form), lemma);
    });

  it('a key table finds what it holds and nothing else', () => {
    const table = new KeyTable(Int32Array.from([17, -5, 1 << 20]), Int32Array.from([3, 4, 5]));
    assert.equal(table.get(17), 3);
    assert.equal(table.get(-5), 4);
    assert.equal(table.get(1 << 20), 5);
    assert.equal(table.get(19), -1);
  });

  it("the lemma cache gives each word its own lemma when words share a slot or a hash is the caller's", () => {
    const lemmatiser = loadSyntaxModel().weights.lemmatiser;
    const noun = tagId('NOUN');
    const verb = tagId('VERB');
    const fresh = [
      lemmatiser.lemma('harbours', noun),
      lemmatiser.lemma('walked', verb),
      lemmatiser.lemma('ferries', noun),
    ];
    // one hash for three words (and two tags): each takes the slot from the one before
    const forced = [
      lemmatiser.lemma('harbours', noun, 12345),
      lemmatiser.lemma('walked', verb, 12345),
      lemmatiser.lemma('ferries', noun, 12345),
      lemmatiser.lemma('harbours', noun, 12345),
      lemmatiser.lemma('harbours', verb, 12345),
    ];
    assert.deepEqual(fresh, ['harbour', 'walk', 'ferry']);
    assert.deepEqual(forced, ['harbour', 'walk', 'ferry', 'harbour', lemmatiser.lemma('harbours', verb)]);
    assert.equal(
      lemmatiser.lemma('Harbours', noun, exactHash('Harbours')),
      lemmatiser.lemma('Harbours', noun),
    );
  });
});

describe('parseSentence', () => {
  it('loads the committed model once', () => {
    assert.equal(loadSyntaxModel(), loadSyntaxModel());
    assert.ok(loadSyntaxModel().weights.header.labels.includes('obl:agent'));
  });

  it('gives no words for an empty sentence', () => {
    const result = parseSentence(loadSyntaxModel(), []);
    assert.deepEqual([...result.head], []);
  });

  const sentences = [
    'The harbour master said the ferry would leave at noon .',
    'Rain .',
    'Did the council , which met on Tuesday , approve the budget or not ?',
    'She told reporters : " We asked them three times . "',
    'x y z 12 14 !! ?? -- ...',
  ];
  for (const sentence of sentences)
    it(`gives one tree with one root: ${sentence}`, () => {
      const { forms, parse: result } = parse(sentence);
      assertTree(result, forms.length);
    });

  it('the same words give the same parse (buffers are reused safely)', () => {
    const first = arcs('The mayor of Portmere resigned on Friday .');
    arcs('A much longer sentence in between , with many more words than the first one had , ends here .');
    assert.deepEqual(arcs('The mayor of Portmere resigned on Friday .'), first);
  });

  const grammar: [string, string[]][] = [
    // The reporting verb's subject is the source, its clausal complement the content.
    [
      'The minister said that the harbour would close .',
      ['minister:nsubj:said', 'close:ccomp:said', 'harbour:nsubj:close', 'said:root:ROOT'],
    ],
    // A passive: the subject is nsubj:pass, the real actor obl:agent.
    ['The plan was approved by the council .', ['plan:nsubj:pass:approved', 'council:obl:agent:approved']],
    // An apposition: the description behind the name (UD heads a name by its first word).
    [
      'Helena Varga , the union organiser , said nothing .',
      ['organiser:appos:Helena', 'Helena:nsubj:said', 'Varga:flat:Helena'],
    ],
  ];
  for (const [sentence, expected] of grammar)
    it(`finds the grammar of: ${sentence}`, () => {
      const found = new Set(arcs(sentence));
      for (const arc of expected) assert.ok(found.has(arc), `${arc} missing from ${[...found].join(' ')}`);
    });

  it('tags and lemmatises', () => {
    const { parse: result } = parse('The dockers were striking and the ships stayed in port .');
    assert.deepEqual(result.pos, [
      'DET',
      'NOUN',
      'AUX',
      'VERB',
      'CCONJ',
      'DET',
      'NOUN',
      'VERB',
      'ADP',
      'NOUN',
      'PUNCT',
    ]);
    assert.deepEqual(result.lemma, [
      'the',
      'docker',
      'be',
      'strike',
      'and',
      'the',
      'ship',
      'stay',
      'in',
      'port',
      '.',
    ]);
  });
});

describe('weight quantisation', () => {
  const weights = Float32Array.from([0.5, -2, 0, 1.01, -0.004, 4]);
  const cases: [string, 8 | 16, number, number[]][] = [
    ['Int8, the largest weight at 127', 8, 0, [16, -63, 0, 32, 0, 127]],
    ['Int16, the largest weight at 32767', 16, 0, [4096, -16383, 0, 8274, -33, 32767]],
    // Clipping a fifth of the five non-zero weights: 4 is cut to the level of the next largest, 2.
    ['Int8, the largest fifth clipped', 8, 0.2, [32, -127, 0, 64, 0, 127]],
  ];
  for (const [name, bits, clip, expected] of cases)
    it(name, () => {
      const { quantised, scale } = quantise(weights, bits, clip);
      assert.equal(quantised instanceof Int8Array, bits === 8);
      assert.deepEqual([...quantised], expected);
      assert.ok(scale > 0);
    });
});

describe('two-pass tagger', () => {
  it('the second pass reads the tag its first pass gave to the word', () => {
    const words = new WordFeatures();
    words.compute(['Ships', 'sail'], null, null);
    const buckets = 1 << 10;
    const noun = tagId('NOUN');
    const verb = tagId('VERB');
    // First pass: the bias feature says NOUN. Second pass: "the first pass said NOUN" says VERB.
    const first = new Float32Array(buckets * TAG_COUNT);
    first[(mix(1, 0) & (buckets - 1)) * TAG_COUNT + noun] = 1;
    const second = new Float32Array(buckets * TAG_COUNT);
    second[(mix(50, noun) & (buckets - 1)) * TAG_COUNT + verb] = 1;
    const out = new Int32Array(2);
    const tagger = new Tagger();
    tagger.tagWords(words, first, null, out);
    assert.deepEqual([...out], [noun, noun]);
    tagger.tagWords(words, first, second, out);
    assert.deepEqual([...out], [verb, verb]);
  });
});

describe('parser fast paths', () => {
  it('the 16-bit packed transition rows give the sums of the plain rows, wide weights included', () => {
    // Rows: weights that fit 5 bits at both ends of the range, and rows with one weight too wide.
    const rows: [number, number, number][] = [
      [0, 0, 0],
      [-16, 15, 3],
      [15, -16, -1],
      [16, 0, 0],
      [0, -17, 2],
      [-128, 127, 5],
      [7, -9, 100],
    ];
    const weights = new Int8Array(8 * TRANSITIONS);
    rows.forEach((row, index) => weights.set(row, index * TRANSITIONS));
    const packed = packedRows(weights)!;
    const scores = new Float64Array(TRANSITIONS);
    const cases: number[][] = [[0], [1, 2], [3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6, 7, 6, 5], []];
    for (const chosen of cases) {
      const features = Int32Array.from(chosen);
      scorePacked(packed, features, features.length, 7, scores);
      const expected = [0, 1, 2].map((transition) =>
        chosen.reduce((sum, row) => sum + weights[row * TRANSITIONS + transition]!, 0),
      );
      assert.deepEqual([...scores], expected, `rows ${chosen.join(',')}`);
    }
  });

  it('the packed transition rows and padded label rows give the parse of the plain tables', () => {
    const model = loadSyntaxModel();
    const tables = model.weights.parser;
    // The same integer weights as Int16: read as they are, without packing or padding.
    const plain = {
      ...tables,
      transitions: Int16Array.from(tables.transitions),
      labels: Int16Array.from(tables.labels),
    };
    const sentences = [
      'The ferry captain , who had sailed for years , said the storm surprised everyone .',
      'Did the council approve the budget that the mayor proposed or not ?',
      'Prices rose 4 % in March , officials in Brenwick reported on Tuesday .',
    ];
    const fast = new Parser();
    const slow = new Parser();
    for (const sentence of sentences) {
      const forms = sentence.split(' ');
      const words = new WordFeatures();
      words.compute(forms, model.weights.clusters, model.weights.tagSets);
      const tags = new Int32Array(forms.length);
      model.tagger.tagWords(words, model.weights.tagWeights, model.weights.secondTagWeights, tags);
      fast.parse(words, tags, tables);
      slow.parse(words, tags, plain);
      assert.deepEqual([...fast.heads.subarray(0, forms.length)], [...slow.heads.subarray(0, forms.length)]);
      assert.deepEqual(
        [...fast.labels.subarray(0, forms.length)],
        [...slow.labels.subarray(0, forms.length)],
      );
    }
  });
});

describe('clitics kept in one token', () => {
  const lengths: [string, number][] = [
    ["I'm", 2],
    ['I’m', 2],
    ["I'M", 2],
    ["you're", 3],
    ["we've", 3],
    ["they'll", 3],
    ["don't", 3],
    ['can’t', 3],
    ["mayor's", 0], // "'s" and "'d" are left whole: the segmenter splits them, and what remains is one word
    ["OK'd", 0],
    ["'m", 0],
    ["n't", 0],
    ["'re", 0],
    ['rhythm', 0],
    ['Im', 0],
    ["y'all", 0],
    ["3'm", 0],
  ];
  for (const [form, length] of lengths)
    it(`${form}: clitic of ${length} characters`, () => assert.equal(cliticLength(form), length));

  it('splits the tokens holding one and maps words to tokens', () => {
    assert.equal(splitClitics(['We', 'won', '.']), null);
    const split = splitClitics(['Yes', ',', "I'm", 'sure', 'they', "won't"]);
    assert.ok(split);
    assert.deepEqual(split.words, ['Yes', ',', 'I', "'m", 'sure', 'they', 'wo', "n't"]);
    assert.deepEqual([...split.firstWord], [0, 1, 2, 4, 5, 6]);
    assert.deepEqual([...split.tokenOf], [0, 1, 2, 2, 3, 4, 5, 5]);
  });

  it('lets the word that is the ancestor of the other stand for the token', () => {
    // words: 0 I, 1 'm, 2 here; "I" under "'m" under "here", or both under "here".
    assert.equal(representative(Int32Array.from([1, 2, -1]), 0, 1), 1);
    assert.equal(representative(Int32Array.from([2, 2, -1]), 0, 1), 0);
    assert.equal(representative(Int32Array.from([-1, 0, 0]), 0, 1), 0);
  });

  it('parses "I’m" as the subject of the words after it, one result per token', () => {
    const sentence = "I'm sure the council will vote today .";
    const { forms, parse: result } = parse(sentence);
    assertTree(result, forms.length);
    assert.equal(result.pos[0], 'PRON');
    assert.equal(result.lemma[0], 'I');
    assert.ok(arcs(sentence).includes("I'm:nsubj:sure"), arcs(sentence).join(' '));
  });
});
