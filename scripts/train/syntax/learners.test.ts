import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LEFT,
  Parser,
  RIGHT,
  SHIFT,
  TRANSITIONS,
  type ParserTables,
} from '../../../src/nlp/syntax/parser.js';
import { tagId } from '../../../src/nlp/syntax/tagger.js';
import { WordFeatures } from '../../../src/nlp/syntax/word-features.js';
import type { UdSentence } from './conllu.js';
import { learnLemmatiser } from './lemmas.js';
import { BeamParser } from '../../../src/nlp/syntax/beam.js';
import { BeamOracleLearner, transitionCosts } from './oracle.js';
import { AveragedPerceptron } from './perceptron.js';
import { learnTagSets } from './tag-sets.js';

/** A sentence written for these tests, as the CoNLL-U reader would give it. */
function sentence(rows: readonly [string, string, string, number, string][]): UdSentence {
  return {
    text: rows.map((row) => row[0]).join(' '),
    newDocument: false,
    newParagraph: false,
    document: 'invented',
    forms: rows.map((row) => row[0]),
    lemmas: rows.map((row) => row[1]),
    tags: rows.map((row) => row[2]),
    heads: Int32Array.from(rows, (row) => row[3]),
    relations: rows.map((row) => row[4]),
    spans: new Int32Array(rows.length * 2).fill(-1),
    tokenSpans: new Int32Array(0),
  };
}

const DOCKERS = sentence([
  ['The', 'the', 'DET', 1, 'det'],
  ['dockers', 'docker', 'NOUN', 2, 'nsubj'],
  ['walked', 'walk', 'VERB', -1, 'root'],
  ['out', 'out', 'ADP', 2, 'compound:prt'],
  ['on', 'on', 'ADP', 5, 'case'],
  ['Tuesday', 'Tuesday', 'PROPN', 2, 'obl'],
  ['.', '.', 'PUNCT', 2, 'punct'],
]);

describe('dynamic oracle (arc-hybrid, ROOT last)', () => {
  it('following only zero-cost transitions rebuilds a projective gold tree', () => {
    const length = DOCKERS.forms.length;
    const gold = Int32Array.from(DOCKERS.heads, (head) => (head < 0 ? length : head));
    const words = new WordFeatures();
    words.compute(DOCKERS.forms, null, null);
    const costs = new Int32Array(TRANSITIONS);
    const seen: number[] = [];
    const tables: ParserTables = {
      transitions: new Float32Array(16 * TRANSITIONS),
      labels: new Float32Array(16 * 2),
      labelCount: 2,
      rootLabel: 1,
      candidateStarts: new Int32Array(2 * 17 * 17 + 1),
      candidates: new Int32Array(0),
    };
    const parser = new Parser();
    parser.parse(words, new Int32Array(length), tables, {
      transition(state, _features, _count, _scores, legal) {
        transitionCosts(state, gold, costs);
        const free = [SHIFT, LEFT, RIGHT].filter((move) => (legal & (1 << move)) !== 0 && costs[move] === 0);
        assert.ok(free.length > 0, 'some legal transition costs nothing');
        seen.push(free[0]!);
        return free[0]!;
      },
      label: (_head, _dependent, _features, _count, best) => best,
    });
    assert.deepEqual([...parser.heads.subarray(0, length)], [...gold]);
    assert.ok(seen.includes(LEFT) && seen.includes(RIGHT));
  });
});

describe('global training with beam search (early update)', () => {
  const SKIPPERS = sentence([
    ['Two', 'two', 'NUM', 1, 'nummod'],
    ['skippers', 'skipper', 'NOUN', 2, 'nsubj'],
    ['raced', 'race', 'VERB', -1, 'root'],
    ['their', 'their', 'PRON', 4, 'nmod:poss'],
    ['yachts', 'yacht', 'NOUN', 2, 'obj'],
    ['past', 'past', 'ADP', 7, 'case'],
    ['the', 'the', 'DET', 7, 'det'],
    ['pier', 'pier', 'NOUN', 2, 'obl'],
    ['.', '.', 'PUNCT', 2, 'punct'],
  ]);
  for (const [width, maxViolation] of [
    [1, false],
    [2, false],
    [4, false],
    [2, true],
    [4, true],
  ] as const)
    it(`width ${width}, ${maxViolation ? 'max-violation' : 'early'} updates: 15 passes over two sentences learn both trees, labels too`, () => {
      const relations = [...new Set([...DOCKERS.relations, ...SKIPPERS.relations])].sort();
      const items = [DOCKERS, SKIPPERS].map((one) => {
        const length = one.forms.length;
        const words = new WordFeatures();
        words.compute(one.forms, null, null);
        return {
          words,
          tags: Int32Array.from(one.tags, (tag) => tagId(tag)),
          heads: Int32Array.from(one.heads, (head) => (head < 0 ? length : head)),
          labels: Int32Array.from(one.relations, (relation) => relations.indexOf(relation)),
        };
      });
      const transitions = new AveragedPerceptron(1 << 12, TRANSITIONS);
      const labels = new AveragedPerceptron(1 << 10, relations.length);
      const learner = new BeamOracleLearner(transitions, labels);
      learner.maxViolation = maxViolation;
      // Every label is a candidate everywhere.
      const starts = Int32Array.from({ length: 2 * 17 * 17 + 1 }, (_, key) => key * relations.length);
      const candidates = Int32Array.from(
        { length: 2 * 17 * 17 * relations.length },
        (_, at) => at % relations.length,
      );
      const training: ParserTables = {
        transitions: transitions.weights,
        labels: labels.weights,
        labelCount: relations.length,
        rootLabel: relations.indexOf('root'),
        candidateStarts: starts,
        candidates,
      };
      const beam = new BeamParser(width);
      for (let epoch = 0; epoch < 15; epoch += 1)
        for (const item of items) {
          learner.goldHeads = item.heads;
          learner.goldLabels = item.labels;
          beam.parse(item.words, item.tags, training, learner);
          transitions.tick();
        }
      assert.ok(learner.updates > 0);
      const learnt: ParserTables = {
        ...training,
        transitions: transitions.averaged(),
        labels: labels.averaged(),
      };
      for (const item of items) {
        beam.parse(item.words, item.tags, learnt);
        assert.deepEqual([...beam.best.heads.subarray(0, item.heads.length)], [...item.heads]);
        assert.deepEqual([...beam.best.labels.subarray(0, item.labels.length)], [...item.labels]);
      }
    });
});

describe('learnt tables', () => {
  const corpus = [DOCKERS, DOCKERS, DOCKERS];

  it('lemmatises seen words from the dictionary and unseen ones by their ending', () => {
    const lemmatiser = learnLemmatiser([
      ...corpus,
      sentence([
        ['Sailors', 'sailor', 'NOUN', 1, 'nsubj'],
        ['shouted', 'shout', 'VERB', -1, 'root'],
      ]),
    ]);
    assert.equal(lemmatiser.lemma('dockers', tagId('NOUN')), 'docker');
    assert.equal(lemmatiser.lemma('The', tagId('DET')), 'the');
    assert.equal(lemmatiser.lemma('painters', tagId('NOUN')), 'painter');
    assert.equal(lemmatiser.lemma('jumped', tagId('VERB')), 'jump');
    assert.equal(lemmatiser.lemma('Tuesday', tagId('PROPN')), 'Tuesday');
  });

  it('gives frequent words the set of their tags', () => {
    const tagSets = learnTagSets([
      ...corpus,
      sentence([
        ['They', 'they', 'PRON', 1, 'nsubj'],
        ['walked', 'walk', 'ADJ', -1, 'root'],
      ]),
    ]);
    const words = new WordFeatures();
    words.compute(['WALKED', 'dockers', 'quay'], null, tagSets);
    assert.equal(words.tagSets[0], (1 << tagId('VERB')) | (1 << tagId('ADJ')));
    assert.equal(words.tagSets[1], 1 << tagId('NOUN'));
    assert.equal(words.tagSets[2], 0);
  });
});
