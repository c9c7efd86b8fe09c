import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hashString } from '../../../src/nlp/ner/hash.js';
import { nerModel } from '../../../src/nlp/ner/model.js';
import type { ClusterTable } from '../../../src/nlp/ner/clusters.js';
import type { KeyTable, Lemmatiser } from '../../../src/nlp/syntax/lemmatiser.js';
import {
  buildWeights,
  parseSyntaxModel,
  quantise,
  serialiseSyntaxModel,
  SYNTAX_FEATURE_VERSION,
  type SyntaxModelHeader,
  type SyntaxWeights,
} from '../../../src/nlp/syntax/model.js';
import {
  CANDIDATE_KEYS,
  candidateKey,
  LEFT,
  Parser,
  RIGHT,
  TRANSITIONS,
  type ParserTables,
} from '../../../src/nlp/syntax/parser.js';
import { Tagger, TAG_COUNT, tagId } from '../../../src/nlp/syntax/tagger.js';
import { WordFeatures } from '../../../src/nlp/syntax/word-features.js';
import { dataSet, REPOSITORY_ROOT } from '../../eval/lib/data.js';
import { readConllu, type UdSentence } from './conllu.js';
import { learnLemmatiser } from './lemmas.js';
import { learnTagSets } from './tag-sets.js';
import { BeamOracleLearner, OracleLearner } from './oracle.js';
import { BeamParser } from '../../../src/nlp/syntax/beam.js';
import { AveragedPerceptron, seededRandom, shuffle } from './perceptron.js';

/**
 * `npm run train:syntax`: trains the part-of-speech tagger, the lemmatiser and the labelled
 * dependency parser on UD English EWT train, reports EWT dev, and writes models/syntax/syntax.bin.
 * `--heldout` trains on nine tenths of train and reports the tenth held out (sentences whose text
 * hashes to 0 mod 10): the figures used to decide features and epochs. Deterministic: fixed seeds,
 * fixed order, no clock in the output, so a rerun gives the same bytes.
 */

export interface PreparedSentence {
  readonly sentence: UdSentence;
  readonly words: WordFeatures;
  readonly goldTags: Int32Array;
  /** Gold heads with ROOT as `length`. */
  readonly goldHeads: Int32Array;
  readonly goldLabels: Int32Array;
  /** Tags predicted by a tagger that did not see this sentence (jackknifing), for parser training. */
  predictedTags: Int32Array;
  /** The first tagging pass's tags (jackknifed too), read by the second pass. */
  firstTags: Int32Array;
}

function prepare(
  sentences: readonly UdSentence[],
  labels: readonly string[],
  clusters: ClusterTable | null,
  tagSets: KeyTable,
): PreparedSentence[] {
  const labelIds = new Map(labels.map((label, index) => [label, index]));
  return sentences.map((sentence) => {
    const words = new WordFeatures();
    words.compute(sentence.forms, clusters, tagSets);
    const length = sentence.forms.length;
    return {
      sentence,
      words,
      goldTags: Int32Array.from(sentence.tags, (tag) => Math.max(0, tagId(tag))),
      goldHeads: Int32Array.from(sentence.heads, (head) => (head < 0 ? length : head)),
      goldLabels: Int32Array.from(sentence.relations, (relation) => labelIds.get(relation) ?? 0),
      predictedTags: new Int32Array(length),
      firstTags: new Int32Array(length),
    };
  });
}

interface Settings {
  readonly seed: number;
  readonly tagPasses: 1 | 2;
  readonly tagEpochs: number;
  /** Tagger trainings over differently shuffled data, averaged (1: one training, seeded as before). */
  readonly tagRuns: number;
  readonly parseEpochs: number;
  /** Parser trainings over differently shuffled data, averaged. */
  readonly runs: number;
  readonly tagBuckets: number;
  readonly transitionBuckets: number;
  readonly labelBuckets: number;
  readonly folds: number;
  /** Jackknifing folds by sentence (index mod folds) or by whole document (documents dealt in turn). */
  readonly foldBy: 'sentence' | 'document';
  readonly explore: number;
  readonly exploreFrom: number;
  /** Beam width of global training and decoding (experimental; 0: the greedy parser). */
  readonly beam: number;
  /** Beam training's update: early (Zhang & Clark 2008) or max-violation (Huang et al. 2012). */
  readonly beamUpdate: 'early' | 'max';
}

/** Trains one tagging pass; the second pass reads each sentence's `firstTags`. */
function trainTagger(
  sentences: readonly PreparedSentence[],
  settings: Settings,
  seed: number,
  pass: 1 | 2 = 1,
): Float32Array {
  if (settings.tagRuns === 1) return trainTaggerOnce(sentences, settings, seed, pass);
  // Several trainings over differently seeded shuffles, their averaged weights averaged again.
  const sum = new Float32Array(settings.tagBuckets * TAG_COUNT);
  for (let run = 0; run < settings.tagRuns; run += 1) {
    const weights = trainTaggerOnce(sentences, settings, seed + 7919 * run, pass);
    for (let index = 0; index < sum.length; index += 1) sum[index]! += weights[index]! / settings.tagRuns;
  }
  return sum;
}

function trainTaggerOnce(
  sentences: readonly PreparedSentence[],
  settings: Settings,
  seed: number,
  pass: 1 | 2,
): Float32Array {
  const perceptron = new AveragedPerceptron(settings.tagBuckets, TAG_COUNT);
  const tagger = new Tagger();
  const random = seededRandom(seed);
  const order = sentences.map((_, index) => index);
  const out = new Int32Array(4096);
  for (let epoch = 0; epoch < settings.tagEpochs; epoch += 1) {
    shuffle(order, random);
    for (const index of order) {
      const prepared = sentences[index]!;
      const learner = {
        gold: prepared.goldTags,
        update: (features: Int32Array, count: number, gold: number, predicted: number) =>
          perceptron.update(features, count, gold, predicted),
      };
      tagger.tag(
        prepared.words,
        perceptron.weights,
        out,
        learner,
        pass === 2 ? prepared.firstTags : undefined,
      );
    }
  }
  return perceptron.averaged();
}

/** Tags with one pass (into `predictedTags`), or with the second pass over the `firstTags` given. */
function tagAll(sentences: readonly PreparedSentence[], weights: Float32Array, pass: 1 | 2 = 1): void {
  const tagger = new Tagger();
  for (const prepared of sentences)
    tagger.tag(
      prepared.words,
      weights,
      prepared.predictedTags,
      undefined,
      pass === 2 ? prepared.firstTags : undefined,
    );
}

/**
 * The labels seen in training for each (direction, head tag, dependent tag), with the gold tags and
 * with the jackknifed ones (so a usual tagging error still leaves the right label possible).
 */
function labelCandidates(
  sentences: readonly PreparedSentence[],
  labelCount: number,
): {
  starts: Int32Array;
  candidates: Int32Array;
} {
  const seen = new Uint8Array(CANDIDATE_KEYS * labelCount);
  for (const prepared of sentences) {
    const length = prepared.goldHeads.length;
    for (let index = 0; index < length; index += 1) {
      const head = prepared.goldHeads[index]!;
      if (head === length) continue;
      const transition = head > index ? LEFT : RIGHT;
      const label = prepared.goldLabels[index]!;
      for (const tags of [prepared.goldTags, prepared.predictedTags])
        seen[candidateKey(transition, tags[head]!, tags[index]!) * labelCount + label] = 1;
    }
  }
  const starts = new Int32Array(CANDIDATE_KEYS + 1);
  const candidates: number[] = [];
  for (let key = 0; key < CANDIDATE_KEYS; key += 1) {
    starts[key] = candidates.length;
    let any = false;
    for (let label = 0; label < labelCount; label += 1)
      if (seen[key * labelCount + label] === 1) {
        candidates.push(label);
        any = true;
      }
    // A pair of tags never seen with this direction: every label the direction has.
    if (!any) {
      const direction = key < CANDIDATE_KEYS / 2 ? 0 : CANDIDATE_KEYS / 2;
      for (let label = 0; label < labelCount; label += 1) {
        let used = false;
        for (let other = direction; other < direction + CANDIDATE_KEYS / 2 && !used; other += 1)
          used = seen[other * labelCount + label] === 1;
        if (used) candidates.push(label);
      }
    }
  }
  starts[CANDIDATE_KEYS] = candidates.length;
  return { starts, candidates: Int32Array.from(candidates) };
}

function trainParser(
  sentences: readonly PreparedSentence[],
  labels: readonly string[],
  candidates: { starts: Int32Array; candidates: Int32Array },
  settings: Settings,
  log: (line: string) => void,
): { transitions: Float32Array; labels: Float32Array } {
  if (settings.beam > 0) return trainBeamParser(sentences, labels, candidates, settings, log);
  const transitions = new AveragedPerceptron(settings.transitionBuckets, TRANSITIONS);
  const labelModel = new AveragedPerceptron(settings.labelBuckets, labels.length);
  const learner = new OracleLearner(transitions, labelModel);
  learner.random = seededRandom(settings.seed + 2);
  const random = seededRandom(settings.seed + 1);
  const parser = new Parser();
  const tables = trainingTables(transitions, labelModel, labels, candidates);
  const order = sentences.map((_, index) => index);
  for (let epoch = 0; epoch < settings.parseEpochs; epoch += 1) {
    shuffle(order, random);
    learner.explore = epoch >= settings.exploreFrom ? settings.explore : 0;
    transitions.mistakes = 0;
    transitions.seen = 0;
    for (const index of order) {
      const prepared = sentences[index]!;
      learner.goldHeads = prepared.goldHeads;
      learner.goldLabels = prepared.goldLabels;
      parser.parse(prepared.words, prepared.predictedTags, tables, learner);
    }
    log(
      `parser epoch ${epoch + 1}: transition errors ${(transitions.mistakes / transitions.seen).toFixed(4)}`,
    );
  }
  return { transitions: transitions.averaged(), labels: labelModel.averaged() };
}

/** The parser's tables over the weights being learned (the greedy and the beam trainers share them). */
function trainingTables(
  transitions: AveragedPerceptron,
  labelModel: AveragedPerceptron,
  labels: readonly string[],
  candidates: { starts: Int32Array; candidates: Int32Array },
): ParserTables {
  return {
    transitions: transitions.weights,
    labels: labelModel.weights,
    labelCount: labels.length,
    rootLabel: labels.indexOf('root'),
    candidateStarts: candidates.starts,
    candidates: candidates.candidates,
  };
}

/**
 * `--beam K` (experimental): the transition model trained globally over whole transition sequences
 * with beam search and early update (beam.ts, `BeamOracleLearner`); same features, tables, shuffles.
 */
function trainBeamParser(
  sentences: readonly PreparedSentence[],
  labels: readonly string[],
  candidates: { starts: Int32Array; candidates: Int32Array },
  settings: Settings,
  log: (line: string) => void,
): { transitions: Float32Array; labels: Float32Array } {
  const transitions = new AveragedPerceptron(settings.transitionBuckets, TRANSITIONS);
  const labelModel = new AveragedPerceptron(settings.labelBuckets, labels.length);
  const learner = new BeamOracleLearner(transitions, labelModel);
  learner.maxViolation = settings.beamUpdate === 'max';
  const random = seededRandom(settings.seed + 1);
  const parser = new BeamParser(settings.beam);
  const tables = trainingTables(transitions, labelModel, labels, candidates);
  const order = sentences.map((_, index) => index);
  for (let epoch = 0; epoch < settings.parseEpochs; epoch += 1) {
    shuffle(order, random);
    learner.updates = 0;
    for (const index of order) {
      const prepared = sentences[index]!;
      learner.goldHeads = prepared.goldHeads;
      learner.goldLabels = prepared.goldLabels;
      parser.parse(prepared.words, prepared.predictedTags, tables, learner);
      transitions.tick();
    }
    log(
      `beam ${settings.beam} (${settings.beamUpdate} update) parser epoch ${epoch + 1}: sentences updated ${(learner.updates / order.length).toFixed(4)}`,
    );
  }
  return { transitions: transitions.averaged(), labels: labelModel.averaged() };
}

/**
 * Parser alone (tags given), tokens per CPU second of this process, best of `rounds` after a
 * warm-up: greedy (`beam` 0) or beam search of that width.
 */
export function parserSpeed(
  model: SyntaxWeights,
  sentences: readonly PreparedSentence[],
  beam: number,
  rounds = 3,
): number {
  const greedy = new Parser();
  const search = beam > 0 ? new BeamParser(beam) : null;
  let tokens = 0;
  for (const prepared of sentences) tokens += prepared.words.length;
  let best = 0;
  for (let round = 0; round <= rounds; round += 1) {
    const before = process.cpuUsage();
    for (const prepared of sentences)
      if (search === null) greedy.parse(prepared.words, prepared.predictedTags, model.parser);
      else search.parse(prepared.words, prepared.predictedTags, model.parser);
    const used = process.cpuUsage(before);
    const seconds = (used.user + used.system) / 1e6;
    if (round > 0) best = Math.max(best, tokens / seconds);
  }
  return best;
}

export interface Scores {
  readonly words: number;
  readonly tags: number;
  readonly lemmas: number;
  readonly unlabelled: number;
  readonly labelled: number;
  /** LAS with the gold tags given to the parser. */
  readonly labelledGoldTags: number;
}

export function evaluate(model: SyntaxWeights, sentences: readonly PreparedSentence[], beam = 0): Scores {
  const tagger = new Tagger();
  const greedy = new Parser();
  const search = beam > 0 ? new BeamParser(beam) : null;
  const parser = {
    get heads(): Int32Array {
      return search === null ? greedy.heads : search.best.heads;
    },
    get labels(): Int32Array {
      return search === null ? greedy.labels : search.best.labels;
    },
    parse(words: WordFeatures, tags: Int32Array, tables: SyntaxWeights['parser']): void {
      if (search === null) greedy.parse(words, tags, tables);
      else search.parse(words, tags, tables);
    },
  };
  const labels = model.header.labels;
  let words = 0;
  let tags = 0;
  let lemmas = 0;
  let unlabelled = 0;
  let labelled = 0;
  let labelledGoldTags = 0;
  let out = new Int32Array(512);
  for (const prepared of sentences) {
    const { sentence } = prepared;
    const length = sentence.forms.length;
    if (out.length < length) out = new Int32Array(length * 2);
    tagger.tagWords(prepared.words, model.tagWeights, model.secondTagWeights, out);
    parser.parse(prepared.words, out, model.parser);
    for (let index = 0; index < length; index += 1) {
      words += 1;
      if (out[index] === prepared.goldTags[index]) tags += 1;
      if (model.lemmatiser.lemma(sentence.forms[index]!, out[index]!) === sentence.lemmas[index]) lemmas += 1;
      if (parser.heads[index] === prepared.goldHeads[index]) {
        unlabelled += 1;
        if (labels[parser.labels[index]!] === sentence.relations[index]) labelled += 1;
      }
    }
    parser.parse(prepared.words, prepared.goldTags, model.parser);
    for (let index = 0; index < length; index += 1)
      if (
        parser.heads[index] === prepared.goldHeads[index] &&
        labels[parser.labels[index]!] === sentence.relations[index]
      )
        labelledGoldTags += 1;
  }
  return {
    words,
    tags: tags / words,
    lemmas: lemmas / words,
    unlabelled: unlabelled / words,
    labelled: labelled / words,
    labelledGoldTags: labelledGoldTags / words,
  };
}

export function describeScores(scores: Scores): string {
  return (
    `UPOS ${scores.tags.toFixed(4)}  lemma ${scores.lemmas.toFixed(4)}  UAS ${scores.unlabelled.toFixed(4)}  ` +
    `LAS ${scores.labelled.toFixed(4)}  (gold-tag LAS ${scores.labelledGoldTags.toFixed(4)}; ${scores.words} words)`
  );
}

/**
 * The jackknifing fold of each training sentence: `index mod folds`, or, by document, the fold of
 * its document, documents dealt to the folds in turn in the order they first appear (so a fold's
 * tagger has seen none of the names and topics of the sentences it tags, as at run time).
 */
export function folds(
  sentences: readonly UdSentence[],
  settings: Pick<Settings, 'folds' | 'foldBy'>,
): Int32Array {
  const result = new Int32Array(sentences.length);
  const documentFold = new Map<string, number>();
  sentences.forEach((sentence, index) => {
    if (settings.foldBy === 'sentence') {
      result[index] = index % settings.folds;
      return;
    }
    let fold = documentFold.get(sentence.document);
    if (fold === undefined) {
      fold = documentFold.size % settings.folds;
      documentFold.set(sentence.document, fold);
    }
    result[index] = fold;
  });
  return result;
}

/**
 * Trains the tagger (one or two passes) on `train`, and leaves in each sentence's `predictedTags`
 * the tags of a tagger that did not see it.
 */
function trainTaggers(
  trainSentences: readonly UdSentence[],
  train: readonly PreparedSentence[],
  labels: readonly string[],
  clusters: ClusterTable | null,
  settings: Settings,
  log: (line: string) => void,
): { tagWeights: Float32Array; secondTagWeights: Float32Array | null } {
  const foldOf = folds(trainSentences, settings);
  const outside = (fold: number) => (_: unknown, index: number) => foldOf[index] !== fold;
  const inFold = (fold: number) => (_: unknown, index: number) => foldOf[index] === fold;
  // Jackknifing: the parser learns from tags as good (and as wrong) as it will get at run time.
  // Each fold's tagger also has tag sets learnt without the fold, so a rare word's set does not
  // give its tag away.
  for (let fold = 0; fold < settings.folds; fold += 1) {
    const foldTagSets = learnTagSets(trainSentences.filter(outside(fold)));
    const foldPrepared = prepare(trainSentences, labels, clusters, foldTagSets);
    const inside = foldPrepared.filter(outside(fold));
    const weights = trainTagger(inside, settings, settings.seed + 100 + fold);
    tagAll(foldPrepared.filter(inFold(fold)), weights);
    for (let index = 0; index < train.length; index += 1)
      if (foldOf[index] === fold) train[index]!.predictedTags = foldPrepared[index]!.predictedTags;
  }
  let secondTagWeights: Float32Array | null = null;
  if (settings.tagPasses === 2) {
    // The second pass learns from jackknifed first-pass tags, and is jackknifed in turn for the
    // parser: each fold's second pass is trained without the fold, on the first-pass tags above.
    for (const prepared of train) prepared.firstTags = prepared.predictedTags;
    log(`second tagging pass: first-pass tags jackknifed`);
    for (let fold = 0; fold < settings.folds; fold += 1) {
      const foldTagSets = learnTagSets(trainSentences.filter(outside(fold)));
      const foldPrepared = prepare(trainSentences, labels, clusters, foldTagSets);
      foldPrepared.forEach((prepared, index) => {
        prepared.firstTags = train[index]!.firstTags;
      });
      const inside = foldPrepared.filter(outside(fold));
      const weights = trainTagger(inside, settings, settings.seed + 200 + fold, 2);
      tagAll(foldPrepared.filter(inFold(fold)), weights, 2);
      for (let index = 0; index < train.length; index += 1)
        if (foldOf[index] === fold) train[index]!.predictedTags = foldPrepared[index]!.predictedTags;
    }
    secondTagWeights = trainTagger(train, settings, settings.seed + 300, 2);
  }
  let correct = 0;
  let total = 0;
  for (const prepared of train)
    prepared.predictedTags.forEach((tag, index) => {
      total += 1;
      if (tag === prepared.goldTags[index]) correct += 1;
    });
  log(
    `jackknifed tags (${settings.folds} folds by ${settings.foldBy}, ${settings.tagPasses} passes): UPOS ${(correct / total).toFixed(4)}`,
  );
  const tagWeights = trainTagger(train, settings, settings.seed);
  log(`tagger trained`);
  return { tagWeights, secondTagWeights };
}

/** Trains all three parts on `train`; `log` gets progress lines. */
function trainAll(
  trainSentences: readonly UdSentence[],
  labels: readonly string[],
  clusters: ClusterTable | null,
  tagSets: KeyTable,
  settings: Settings,
  log: (line: string) => void,
): { header: SyntaxModelHeader; weights: SyntaxWeights; lemmatiser: Lemmatiser } {
  const started = performance.now();
  const seconds = (): string => ((performance.now() - started) / 1000).toFixed(0);
  const train = prepare(trainSentences, labels, clusters, tagSets);
  const { tagWeights, secondTagWeights } = trainTaggers(
    trainSentences,
    train,
    labels,
    clusters,
    settings,
    (line) => log(`${line}  (${seconds()} s)`),
  );
  const lemmatiser = learnLemmatiser(trainSentences);
  const candidates = labelCandidates(train, labels.length);
  log(
    `label candidates: ${(candidates.candidates.length / CANDIDATE_KEYS).toFixed(1)} per (direction, tag, tag) on average`,
  );
  // Several seeded shuffles, their averaged weights averaged again: steadier than any one order.
  const transitionWeights = new Float32Array(settings.transitionBuckets * TRANSITIONS);
  const labelWeights = new Float32Array(settings.labelBuckets * labels.length);
  for (let run = 0; run < settings.runs; run += 1) {
    const trained = trainParser(
      train,
      labels,
      candidates,
      { ...settings, seed: settings.seed + 7919 * run },
      (line) => log(`run ${run + 1}/${settings.runs} ${line}  (${seconds()} s)`),
    );
    for (let index = 0; index < transitionWeights.length; index += 1)
      transitionWeights[index]! += trained.transitions[index]! / settings.runs;
    for (let index = 0; index < labelWeights.length; index += 1)
      labelWeights[index]! += trained.labels[index]! / settings.runs;
  }
  const parser = { transitions: transitionWeights, labels: labelWeights };
  const header: SyntaxModelHeader = {
    featureVersion: SYNTAX_FEATURE_VERSION,
    tagBuckets: settings.tagBuckets,
    ...(settings.tagPasses === 2 ? { tagPasses: 2 as const } : {}),
    transitionBuckets: settings.transitionBuckets,
    labelBuckets: settings.labelBuckets,
    labels,
    weightBits: 16,
    tagScale: 1,
    transitionScale: 1,
    labelScale: 1,
    lemmaScripts: lemmatiser.scripts,
    lemmaWords: lemmatiser.dictionary.keys.length,
    lemmaEndings: lemmatiser.endings.keys.length,
    tagSetWords: tagSets.keys.length,
    clusterWords: clusters === null ? 0 : clusters.exactHashes.length,
    clusterLevels: clusters === null ? 0 : clusters.levels,
    candidateStarts: [...candidates.starts],
    candidates: [...candidates.candidates],
  };
  const weights = buildWeights(
    header,
    tagWeights,
    secondTagWeights,
    parser.transitions,
    parser.labels,
    lemmatiser,
    clusters,
    tagSets,
  );
  return { header, weights, lemmatiser };
}

function taggerSettings(values: Record<string, string | boolean | undefined>): Settings {
  return {
    seed: Number(values.seed),
    tagPasses: values['tag-passes'] === '2' ? 2 : 1,
    tagEpochs: Number(values['tag-epochs']),
    tagRuns: Number(values['tag-runs']),
    parseEpochs: 0,
    runs: 0,
    tagBuckets: 1 << Number(values['tag-buckets-log2']),
    transitionBuckets: 0,
    labelBuckets: 0,
    folds: Number(values.folds),
    foldBy: values['fold-by'] === 'document' ? 'document' : 'sentence',
    explore: 0,
    exploreFrom: 0,
    beam: 0,
    beamUpdate: 'early',
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      heldout: { type: 'boolean', default: false },
      /** Development: train and score the tagger only. */
      'tagger-only': { type: 'boolean', default: false },
      /** Also write the model here (development: the held-out model, for speed checks). */
      output: { type: 'string' },
      'no-save': { type: 'boolean', default: false },
      'no-clusters': { type: 'boolean', default: false },
      seed: { type: 'string', default: '2011' },
      'tag-epochs': { type: 'string', default: '8' },
      'tag-runs': { type: 'string', default: '1' },
      'tag-passes': { type: 'string', default: '1' },
      'parse-epochs': { type: 'string', default: '8' },
      'tag-buckets-log2': { type: 'string', default: '17' },
      'transition-buckets-log2': { type: 'string', default: '20' },
      'label-buckets-log2': { type: 'string', default: '16' },
      folds: { type: 'string', default: '5' },
      /** Jackknifing folds of whole documents or of sentences (index mod folds). */
      'fold-by': { type: 'string', default: 'sentence' },
      /**
       * `--heldout`'s tenth: whole documents (the document id hashes to 0 mod 10), so held-out
       * sentences share no document with training, as dev; or sentences (the text hashes to 0 mod 10).
       */
      split: { type: 'string', default: 'document' },
      runs: { type: 'string', default: '3' },
      explore: { type: 'string', default: '0.9' },
      'explore-from': { type: 'string', default: '2' },
      'weight-bits': { type: 'string', default: '8' },
      /** Share of the largest non-zero weights clipped when quantising (model.ts `quantise`). */
      clip: { type: 'string', default: '0' },
      /** Development: also score these quantisations ("bits:clip,bits:clip"). */
      'compare-quantisations': { type: 'string' },
      /** Experimental: beam width of global training and decoding (0: the greedy parser). */
      beam: { type: 'string', default: '0' },
      /** With `--beam`: `early` or `max` (max-violation) updates. */
      'beam-update': { type: 'string', default: 'early' },
      /** Development: train on every Nth training document only (documents in order of appearance). */
      subset: { type: 'string', default: '1' },
      /** Development, with `--heldout`: also report EWT dev. */
      'dev-too': { type: 'boolean', default: false },
      /** Development: also measure the parser alone (tokens per CPU second) on the test sentences. */
      speed: { type: 'boolean', default: false },
    },
  });
  const root = dataSet('ud-english-ewt');
  if (root === null) process.exit(1);
  const started = performance.now();
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const allTrain = readConllu(join(root, 'en_ewt-ud-train.conllu'));
  const dev = readConllu(join(root, 'en_ewt-ud-dev.conllu'));
  const heldout = values.heldout;
  const isHeldOut = (sentence: UdSentence): boolean =>
    (hashString(values.split === 'sentence' ? sentence.text : sentence.document) >>> 0) % 10 === 0;
  const subset = Number(values.subset);
  const documentIndex = new Map<string, number>();
  for (const sentence of allTrain)
    if (!documentIndex.has(sentence.document)) documentIndex.set(sentence.document, documentIndex.size);
  const inSubset = (sentence: UdSentence): boolean =>
    subset <= 1 || documentIndex.get(sentence.document)! % subset === 0;
  const trainSentences = (heldout ? allTrain.filter((sentence) => !isHeldOut(sentence)) : allTrain).filter(
    inSubset,
  );
  const testSentences = heldout ? allTrain.filter(isHeldOut) : dev;
  const labels = [...new Set(allTrain.flatMap((sentence) => sentence.relations))].sort();
  log(
    `${trainSentences.length} training sentences, ${testSentences.length} ${heldout ? `held-out training (by ${values.split})` : 'dev'} sentences (${testSentences.reduce((sum, sentence) => sum + sentence.forms.length, 0)} words), ${labels.length} relations`,
  );
  const clusters = values['no-clusters'] ? null : nerModel().clusters;
  const tagSets = learnTagSets(trainSentences);
  if (values['tagger-only']) {
    const settings = taggerSettings(values);
    const train = prepare(trainSentences, labels, clusters, tagSets);
    const { tagWeights, secondTagWeights } = trainTaggers(
      trainSentences,
      train,
      labels,
      clusters,
      settings,
      log,
    );
    const test = prepare(testSentences, labels, clusters, tagSets);
    const tagger = new Tagger();
    let correct = 0;
    let total = 0;
    for (const prepared of test) {
      tagger.tagWords(prepared.words, tagWeights, secondTagWeights, prepared.predictedTags);
      prepared.predictedTags.forEach((tag, index) => {
        total += 1;
        if (tag === prepared.goldTags[index]) correct += 1;
      });
    }
    log(`tagger only: UPOS ${(correct / total).toFixed(4)}`);
    return;
  }
  const settings: Settings = {
    seed: Number(values.seed),
    tagPasses: values['tag-passes'] === '2' ? 2 : 1,
    tagEpochs: Number(values['tag-epochs']),
    tagRuns: Number(values['tag-runs']),
    parseEpochs: Number(values['parse-epochs']),
    runs: Number(values.runs),
    tagBuckets: 1 << Number(values['tag-buckets-log2']),
    transitionBuckets: 1 << Number(values['transition-buckets-log2']),
    labelBuckets: 1 << Number(values['label-buckets-log2']),
    folds: Number(values.folds),
    foldBy: values['fold-by'] === 'document' ? 'document' : 'sentence',
    explore: Number(values.explore),
    exploreFrom: Number(values['explore-from']),
    beam: Number(values.beam),
    beamUpdate: values['beam-update'] === 'max' ? 'max' : 'early',
  };
  const { header, weights, lemmatiser } = trainAll(trainSentences, labels, clusters, tagSets, settings, log);
  const test = prepare(testSentences, labels, clusters, tagSets);
  const beam = settings.beam;
  log(`float model: ${heldout ? 'held-out' : 'dev'} ${describeScores(evaluate(weights, test, beam))}`);
  const encode = (bits: 8 | 16, clip: number): Buffer => {
    const tag = quantise(weights.tagWeights as Float32Array, bits, clip);
    const secondTag =
      weights.secondTagWeights === null
        ? null
        : quantise(weights.secondTagWeights as Float32Array, bits, clip);
    const transition = quantise(weights.parser.transitions as Float32Array, bits, clip);
    const label = quantise(weights.parser.labels as Float32Array, bits, clip);
    const finalHeader: SyntaxModelHeader = {
      ...header,
      weightBits: bits,
      tagScale: tag.scale,
      transitionScale: transition.scale,
      labelScale: label.scale,
    };
    return serialiseSyntaxModel(
      finalHeader,
      {
        tag: tag.quantised,
        secondTag: secondTag?.quantised ?? null,
        transition: transition.quantised,
        label: label.quantised,
      },
      lemmatiser,
      clusters,
      tagSets,
    );
  };
  for (const setting of (values['compare-quantisations'] ?? '').split(',').filter(Boolean)) {
    const [bits, clip] = setting.split(':').map(Number);
    const scores = evaluate(parseSyntaxModel(encode(bits === 16 ? 16 : 8, clip ?? 0)), test);
    log(`quantised ${setting}: ${heldout ? 'held-out' : 'dev'} ${describeScores(scores)}`);
  }
  const bits = values['weight-bits'] === '16' ? 16 : 8;
  const bytes = encode(bits, Number(values.clip));
  const stored = parseSyntaxModel(bytes);
  log(
    `stored model (Int${bits}): ${heldout ? 'held-out' : 'dev'} ${describeScores(evaluate(stored, test, beam))}`,
  );
  if (heldout && values['dev-too']) {
    const devPrepared = prepare(dev, labels, clusters, tagSets);
    log(`stored model (Int${bits}): dev ${describeScores(evaluate(stored, devPrepared, beam))}`);
  }
  if (values.speed) {
    const tagger = new Tagger();
    for (const prepared of test)
      tagger.tagWords(prepared.words, stored.tagWeights, stored.secondTagWeights, prepared.predictedTags);
    for (const width of [0, ...(beam > 0 ? [1, beam] : [])])
      log(
        `parser alone, ${width === 0 ? 'greedy' : `beam ${width}`}: ${Math.round(parserSpeed(stored, test, width))} tokens per CPU second (under load)`,
      );
  }
  if (!values['no-save'] && !heldout) {
    const directory = join(REPOSITORY_ROOT, 'models', 'syntax');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'syntax.bin'), bytes);
    log(`wrote models/syntax/syntax.bin (${(bytes.length / 1e6).toFixed(1)} MB)`);
  }
  if (values.output !== undefined) writeFileSync(values.output, bytes);
  log(`training took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
