import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Segments } from '../../../src/model/index.js';
import { segment } from '../../../src/nlp/segment/segment.js';
import { ClusterTable } from '../../../src/nlp/ner/clusters.js';
import { mentionsFromLabels } from '../../../src/nlp/ner/index.js';
import { CLASS_COUNT } from '../../../src/nlp/ner/labels.js';
import {
  buildModel,
  FEATURE_VERSION,
  parseModel,
  serialiseModel,
  type NerModel,
  type NerModelHeader,
} from '../../../src/nlp/ner/model.js';
import { Tagger } from '../../../src/nlp/ner/tagger.js';
import { dataSet, REPOSITORY_ROOT } from '../../eval/lib/data.js';
import { titleCaseVariant } from './augment.js';
import { readConll, type ConllDocument } from './conll-reader.js';
import { ConllScorer, type TypeScore } from './conll-score.js';
import { AveragedPerceptron } from './perceptron.js';
import { projectLabels } from './projection.js';
import { clusterHashes, learnWordClusters } from './word-clusters.js';

/**
 * `npm run train:ner`: trains the named-entity tagger on CoNLL-2003 eng.train, seen through our
 * own segmentation, reports eng.testa (dev) after each epoch, and writes models/ner/ner.bin.
 * Deterministic: fixed seed, fixed order, no clock in the output, so a rerun gives the same bytes.
 */

interface PreparedDocument {
  readonly document: ConllDocument;
  readonly segments: Segments;
  readonly gold: Int32Array;
}

function prepare(documents: readonly ConllDocument[]): PreparedDocument[] {
  let lost = 0;
  const prepared = documents.map((document) => {
    const segments = segment(document.text);
    const gold = new Int32Array(segments.tokens.length);
    lost += projectLabels(document, segments, gold);
    return { document, segments, gold };
  });
  if (lost > 0)
    process.stderr.write(`train:ner: ${lost} gold entities could not be projected onto our tokens\n`);
  return prepared;
}

/** mulberry32: a small seeded generator, so the shuffle is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function evaluate(
  model: NerModel,
  documents: readonly PreparedDocument[],
  scorer = new ConllScorer(),
): TypeScore[] {
  const tagger = new Tagger();
  for (const { document, segments } of documents) {
    const labels = tagger.tag(document.text, segments, model);
    scorer.add(document, mentionsFromLabels(document.text, segments, labels));
  }
  return scorer.scores();
}

function describe(scores: readonly TypeScore[]): string {
  return scores.map((score) => `${score.type} ${score.f1.toFixed(4)}`).join('  ');
}

function quantise(weights: Float32Array): { quantised: Int16Array; scale: number } {
  let largest = 0;
  for (let index = 0; index < weights.length; index += 1)
    largest = Math.max(largest, Math.abs(weights[index]!));
  const scale = largest === 0 ? 1 : 32767 / largest;
  const quantised = new Int16Array(weights.length);
  for (let index = 0; index < weights.length; index += 1)
    quantised[index] = Math.round(weights[index]! * scale);
  return { quantised, scale };
}

/**
 * The model as `ner.bin` stores it and the pipeline runs it (Int16 weights): figures are taken on
 * this form. Scoring the Float32 averaged weights as they come out of training gave F1 near 0
 * (measured 2026-12-04: the per-epoch dev figures printed until then meant nothing; the stored
 * model's figure was always taken on this form).
 */
function storedForm(header: NerModelHeader, weights: Float32Array, clusters: ClusterTable | null): NerModel {
  const { quantised, scale } = quantise(weights);
  return parseModel(serialiseModel({ ...header, scale }, quantised, clusters));
}

interface TrainingSettings {
  readonly epochs: number;
  readonly seed: number;
  readonly dropout: number;
  readonly margin: number;
  readonly clusters: ClusterTable | null;
}

/** Averaged-perceptron training over `documents` in a seeded order; dev figures after each epoch. */
function trainModel(
  documents: readonly PreparedDocument[],
  header: NerModelHeader,
  settings: TrainingSettings,
  firstPass: readonly Int32Array[] | undefined,
  dev: readonly PreparedDocument[] | null,
  name: string,
): NerModel {
  const started = performance.now();
  const perceptron = new AveragedPerceptron(header.buckets);
  perceptron.dropout = settings.dropout;
  perceptron.margin = settings.margin;
  perceptron.random = random(settings.seed + 1);
  const live = buildModel(header, perceptron.weights, settings.clusters);
  const tagger = new Tagger();
  const next = random(settings.seed);
  const order = documents.map((_, index) => index);
  let averaged = live;
  for (let epoch = 1; epoch <= settings.epochs; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(next() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    perceptron.mistakes = 0;
    perceptron.seen = 0;
    for (const documentIndex of order) {
      const { document, segments, gold } = documents[documentIndex]!;
      perceptron.gold = gold;
      perceptron.firstPass = firstPass?.[documentIndex];
      tagger.tag(document.text, segments, live, perceptron);
    }
    if (dev !== null || epoch === settings.epochs)
      averaged = buildModel(header, perceptron.averaged(), settings.clusters);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const errors = (perceptron.mistakes / perceptron.seen).toFixed(4);
    const figures =
      dev === null
        ? ''
        : `  dev ${describe(evaluate(storedForm(header, averaged.weights as Float32Array, settings.clusters), dev))}`;
    process.stdout.write(`${name} epoch ${epoch}: train errors ${errors}${figures}  (${seconds} s)\n`);
  }
  return averaged;
}

/**
 * k-fold cross-validation on eng.train: documents are dealt to folds by their index (document i in
 * fold i mod k, its Title Case copy with it); each fold is tagged by a model trained on the others,
 * and the entities of all folds are scored together (conlleval's pooled F1), plus each fold's F1.
 */
function crossValidate(
  train: readonly PreparedDocument[],
  origins: readonly number[],
  originals: number,
  folds: number,
  header: NerModelHeader,
  settings: TrainingSettings,
): void {
  const pooled = new ConllScorer();
  const perFold: string[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const inside = train.filter((_, index) => origins[index]! % folds !== fold);
    const heldOut = train.filter((_, index) => index < originals && index % folds === fold);
    const trained = trainModel(inside, header, settings, undefined, null, `fold ${fold + 1}/${folds}`);
    const model = storedForm(header, trained.weights as Float32Array, settings.clusters);
    const scores = evaluate(model, heldOut);
    evaluate(model, heldOut, pooled);
    const all = scores.find((score) => score.type === 'ALL');
    perFold.push(all === undefined ? '?' : all.f1.toFixed(4));
    process.stdout.write(
      `fold ${fold + 1}/${folds} held out (${heldOut.length} documents): ${describe(scores)}\n`,
    );
  }
  const scores = pooled.scores();
  process.stdout.write(`${folds}-fold cross-validated on eng.train, pooled: ${describe(scores)}\n`);
  process.stdout.write(`per fold (ALL F1): ${perFold.join(', ')}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '12' },
      'buckets-log2': { type: 'string', default: '18' },
      'no-save': { type: 'boolean', default: false },
      seed: { type: 'string', default: '20031' },
      'no-clusters': { type: 'boolean', default: false },
      dropout: { type: 'string', default: '0' },
      'no-gazetteer': { type: 'boolean', default: false },
      passes: { type: 'string', default: '1' },
      ensemble: { type: 'string', default: '1' },
      margin: { type: 'string', default: '100' },
      'no-augment': { type: 'boolean', default: false },
      /** Every how many training documents a Title Case copy of the first lines is added. */
      'augment-every': { type: 'string', default: '3' },
      /** Development only: keep the learnt clusters in this file and reuse them. */
      'clusters-cache': { type: 'string' },
      'cluster-min-count': { type: 'string', default: '2' },
      'cluster-classes': { type: 'string', default: '64,256,1024' },
      'cluster-iterations': { type: 'string', default: '10' },
      /** Report k-fold cross-validated F1 on eng.train (k models, nothing saved) instead of training. */
      'cross-validate': { type: 'string', default: '0' },
    },
  });
  const epochs = Number(values.epochs);
  const buckets = 1 << Number(values['buckets-log2']);
  const root = dataSet('conll2003');
  if (root === null) process.exit(1);
  const started = performance.now();
  const trainDocuments = readConll(join(root, 'eng.train'));
  const augmentEvery = Number(values['augment-every']);
  // Title Case copies of the first lines of every third document (see augment.ts).
  const variants = values['no-augment']
    ? []
    : trainDocuments.flatMap((document, index) => {
        const variant = index % augmentEvery === 0 ? titleCaseVariant(document, index % 2 === 0) : null;
        return variant === null ? [] : [variant];
      });
  // Which eng.train document each variant copies, so that a fold holds out a document and its copy.
  const variantOrigins = values['no-augment']
    ? []
    : trainDocuments.flatMap((document, index) =>
        index % augmentEvery === 0 && titleCaseVariant(document, index % 2 === 0) !== null ? [index] : [],
      );
  const train = prepare([...trainDocuments, ...variants]);
  const origins = [...trainDocuments.map((_, index) => index), ...variantOrigins];
  const dev = prepare(readConll(join(root, 'eng.testa')));
  process.stdout.write(`read and segmented ${train.length} training and ${dev.length} dev documents\n`);
  let clusters: ClusterTable | null = null;
  if (!values['no-clusters']) {
    const cache = values['clusters-cache'];
    const learnt =
      cache !== undefined && existsSync(cache)
        ? (JSON.parse(readFileSync(cache, 'utf8')) as { words: string[]; levels: number; codes: number[] })
        : learnWordClusters({
            minimumCount: Number(values['cluster-min-count']),
            classCounts: values['cluster-classes'].split(',').map(Number),
            iterations: Number(values['cluster-iterations']),
            log: (line) => process.stdout.write(`${line}\n`),
          });
    if (cache !== undefined && !existsSync(cache))
      writeFileSync(cache, JSON.stringify({ ...learnt, codes: [...learnt.codes] }));
    const hashes = clusterHashes(learnt);
    clusters = new ClusterTable(hashes.exact, hashes.lower, learnt.levels, Int32Array.from(learnt.codes));
  }
  const header: NerModelHeader = {
    featureVersion: FEATURE_VERSION,
    buckets,
    classes: CLASS_COUNT,
    scale: 1,
    clusterWords: clusters === null ? 0 : clusters.exactHashes.length,
    clusterLevels: clusters === null ? 0 : clusters.levels,
    gazetteer: !values['no-gazetteer'],
    passes: Number(values.passes),
  };
  const settings: TrainingSettings = {
    epochs,
    seed: Number(values.seed),
    dropout: Number(values.dropout),
    margin: Number(values.margin),
    clusters,
  };
  const folds = Number(values['cross-validate']);
  if (folds > 1) {
    crossValidate(train, origins, trainDocuments.length, folds, header, settings);
    return;
  }
  let firstPass: Int32Array[] | undefined;
  if (header.passes === 2) {
    // First-pass labels of every training document from a model trained without it (4 folds).
    firstPass = [];
    const folds = 4;
    for (let fold = 0; fold < folds; fold += 1) {
      const inside = train.filter((_, index) => index % folds !== fold);
      const model = trainModel(
        inside,
        { ...header, passes: 1 },
        settings,
        undefined,
        null,
        `fold ${fold + 1}/${folds}`,
      );
      const tagger = new Tagger();
      train.forEach((prepared, index) => {
        if (index % folds !== fold) return;
        firstPass![index] = tagger
          .tag(prepared.document.text, prepared.segments, model)
          .slice(0, prepared.gold.length);
      });
    }
  }
  // Several shuffles, their averaged weights averaged again: steadier than any one order.
  const runs = Number(values.ensemble);
  const weights = new Float32Array(header.buckets * header.classes);
  for (let run = 0; run < runs; run += 1) {
    const model = trainModel(
      train,
      header,
      { ...settings, seed: settings.seed + 7919 * run },
      firstPass,
      run === runs - 1 ? dev : null,
      `run ${run + 1}/${runs}`,
    );
    const runWeights = model.weights as Float32Array;
    for (let index = 0; index < weights.length; index += 1) weights[index]! += runWeights[index]! / runs;
  }
  const { quantised, scale } = quantise(weights);
  const finalHeader: NerModelHeader = { ...header, scale };
  const bytes = serialiseModel(finalHeader, quantised, clusters);
  const stored = parseModel(bytes);
  const final = evaluate(stored, dev);
  process.stdout.write(`stored model (Int16): dev ${describe(final)}\n`);
  for (const score of final)
    process.stdout.write(
      `  ${score.type.padEnd(6)} P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)} F1 ${score.f1.toFixed(4)} (gold ${score.gold}, predicted ${score.predicted})\n`,
    );
  if (!values['no-save']) {
    const directory = join(REPOSITORY_ROOT, 'models', 'ner');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'ner.bin'), bytes);
    process.stdout.write(`wrote models/ner/ner.bin (${(bytes.length / 1e6).toFixed(1)} MB)\n`);
  }
  process.stdout.write(`training took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

await main();
