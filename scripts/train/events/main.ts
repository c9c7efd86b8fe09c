import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Segments } from '../../../src/model/index.js';
import { EVENT_LABELS, eventAllowed, mentionsFromLabels } from '../../../src/nlp/events/recognise.js';
import { eventClosed, eventHints } from '../../../src/nlp/events/hints.js';
import { nerModel } from '../../../src/nlp/ner/model.js';
import { segment } from '../../../src/nlp/segment/segment.js';
import {
  LinearTagger,
  type ClosedFunction,
  type HintFunction,
  type TaggerLearner,
} from '../../../src/nlp/tagging/linear-tagger.js';
import {
  serialiseTaggerModel,
  TAGGER_FEATURE_VERSION,
  type TaggerModelHeader,
} from '../../../src/nlp/tagging/model-file.js';
import { timeClosed, timeHints } from '../../../src/nlp/times/hints.js';
import { extentsFromLabels, TIMEX_LABELS, timexAllowed } from '../../../src/nlp/times/recognise.js';
import { REPOSITORY_ROOT } from '../../eval/lib/data.js';
import { readTbaq, type TimeMlDocument } from '../../eval/lib/tbaq.js';
import { SpanScore } from '../../eval/lib/tempeval-score.js';

/**
 * `npm run train:events` / `npm run train:times`: trains the event tagger (TimeML EVENT with its
 * class) or the time-expression extent tagger (TIMEX3 with its type) on the train part of TBAQ
 * (scripts/eval/lib/tbaq.ts: the held-out fifth is never read here), reports the dev part after
 * each epoch, and writes models/events/events.bin or models/times/timex.bin. Deterministic: fixed
 * seed and order, no clock in the output, so a rerun gives the same bytes.
 */

interface Task {
  readonly name: 'events' | 'times';
  readonly labels: readonly string[];
  readonly allowed: (previous: number, label: number) => boolean;
  readonly hints: HintFunction;
  readonly closed: ClosedFunction;
  readonly folder: string;
  readonly file: string;
  /** Gold labels per token of the document. */
  project(document: TimeMlDocument, segments: Segments, gold: Int32Array): void;
  /** Predicted and gold items as scored spans. */
  score(document: TimeMlDocument, segments: Segments, labels: Int32Array, score: SpanScore): void;
}

function overlapping(segments: Segments, start: number, end: number): number[] {
  const found: number[] = [];
  segments.tokens.forEach((token, index) => {
    if (token.start < end && token.end > start) found.push(index);
  });
  return found;
}

const TIMES: Task = {
  name: 'times',
  labels: TIMEX_LABELS,
  allowed: timexAllowed,
  hints: timeHints,
  closed: timeClosed,
  folder: 'times',
  file: 'timex.bin',
  project(document, segments, gold) {
    for (const timex of document.timexes) {
      const begin = TIMEX_LABELS.indexOf(`B-${timex.type}`);
      overlapping(segments, timex.start, timex.end).forEach((token, position) => {
        gold[token] = position === 0 ? begin : begin + 1;
      });
    }
  },
  score(document, segments, labels, score) {
    score.add(
      document.timexes.map((timex) => ({ ...timex, attributes: { type: timex.type } })),
      extentsFromLabels(segments, labels).map((extent) => ({ ...extent, attributes: { type: extent.type } })),
    );
  },
};

const EVENTS: Task = {
  name: 'events',
  labels: EVENT_LABELS,
  allowed: eventAllowed,
  hints: eventHints,
  closed: eventClosed,
  folder: 'events',
  file: 'events.bin',
  project(document, segments, gold) {
    for (const event of document.events) {
      const label = EVENT_LABELS.indexOf(event.eventClass);
      for (const token of overlapping(segments, event.start, event.end)) gold[token] = label;
    }
  },
  score(document, segments, labels, score) {
    score.add(
      document.events.map((event) => ({ ...event, attributes: { class: event.eventClass } })),
      mentionsFromLabels(segments, labels).map((mention) => ({
        ...mention,
        attributes: { class: mention.eventClass },
      })),
    );
  },
};

interface Prepared {
  readonly document: TimeMlDocument;
  readonly segments: Segments;
  readonly gold: Int32Array;
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

/** Multiclass averaged perceptron over hashed features (Collins 2002, with Daumé's averaging trick). */
class Perceptron implements TaggerLearner {
  gold: Int32Array<ArrayBufferLike> = new Int32Array(0);
  readonly weights: Float32Array;
  private readonly timestamped: Float64Array;
  private time = 1;
  mistakes = 0;

  constructor(
    readonly buckets: number,
    readonly classes: number,
  ) {
    this.weights = new Float32Array(buckets * classes);
    this.timestamped = new Float64Array(buckets * classes);
  }

  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    if (gold !== predicted) {
      this.mistakes += 1;
      for (let feature = 0; feature < count; feature += 1) {
        const row = features[feature]! * this.classes;
        this.weights[row + gold]! += 1;
        this.weights[row + predicted]! -= 1;
        this.timestamped[row + gold]! += this.time;
        this.timestamped[row + predicted]! -= this.time;
      }
    }
    this.time += 1;
  }

  averaged(): Float32Array {
    const result = new Float32Array(this.weights.length);
    for (let index = 0; index < result.length; index += 1)
      result[index] = this.weights[index]! - this.timestamped[index]! / this.time;
    return result;
  }
}

function quantise(weights: Float32Array): { quantised: Int16Array; scale: number } {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest === 0 ? 1 : 32767 / largest;
  const quantised = new Int16Array(weights.length);
  for (let index = 0; index < weights.length; index += 1)
    quantised[index] = Math.round(weights[index]! * scale);
  return { quantised, scale };
}

function main(): number {
  const { values } = parseArgs({
    options: {
      model: { type: 'string', default: 'events' },
      epochs: { type: 'string' },
      'buckets-log2': { type: 'string' },
      seed: { type: 'string', default: '20240322' },
      'no-save': { type: 'boolean', default: false },
      shuffles: { type: 'string', default: '5' },
      /** Train on train + dev (after tuning on dev): the committed models. */
      final: { type: 'boolean', default: false },
      /**
       * `k/n`: cross-validation on train + dev (never the held-out part): fold k of n (documents in
       * name order, every n-th) is scored, the others trained on; nothing is saved unless --save-to.
       */
      fold: { type: 'string' },
      /** Write the weights here instead of models/ (for a fold's model). */
      'save-to': { type: 'string' },
    },
  });
  const task = values.model === 'times' ? TIMES : values.model === 'events' ? EVENTS : null;
  if (task === null) {
    process.stderr.write(`train: --model must be events or times, not ${values.model}\n`);
    return 2;
  }
  let train = readTbaq(['train']);
  let dev = readTbaq(['dev']);
  if (values.fold !== undefined && train !== null && dev !== null) {
    const [fold, folds] = values.fold.split('/').map(Number) as [number, number];
    const all = [...train, ...dev].sort((left, right) => (left.name < right.name ? -1 : 1));
    train = all.filter((_, index) => index % folds !== fold);
    dev = all.filter((_, index) => index % folds === fold);
  }
  if (train === null || dev === null) {
    process.stderr.write('train: TBAQ (tempeval3-tbaq) is absent; nothing trained\n');
    return 1;
  }
  const prepare = (documents: readonly TimeMlDocument[]): Prepared[] =>
    documents.map((document) => {
      const segments = segment(document.text);
      const gold = new Int32Array(segments.tokens.length);
      task.project(document, segments, gold);
      return { document, segments, gold };
    });
  const trainSet = prepare(train);
  const devSet = prepare(dev);
  process.stdout.write(
    `train:${task.name}: ${trainSet.length} train documents, ${devSet.length} dev documents\n`,
  );
  const buckets = 1 << Number(values['buckets-log2'] ?? (task.name === 'events' ? 18 : 17));
  const classes = task.labels.length;
  const tagger = new LinearTagger(nerModel().clusters);
  let labels = new Int32Array(1024);
  const evaluate = (weights: Float32Array | Int16Array): SpanScore => {
    const score = new SpanScore();
    for (const item of devSet) {
      if (labels.length < item.gold.length) labels = new Int32Array(item.gold.length * 2);
      tagger.tag(
        item.document.text,
        item.segments,
        task.hints,
        { buckets, classes, weights },
        labels,
        task.allowed,
        undefined,
        task.closed,
      );
      task.score(item.document, item.segments, labels, score);
    }
    return score;
  };
  const report = (label: string, weights: Float32Array | Int16Array): void => {
    const score = evaluate(weights);
    const attribute = task.name === 'events' ? 'class' : 'type';
    process.stdout.write(
      `${label}: dev strict F1 ${score.strictF1.toFixed(3)}, relaxed F1 ${score.relaxedF1.toFixed(3)}, ${attribute} F1 ${score.strictAttributeF1(attribute).toFixed(3)} (strict) ${score.attributeF1(attribute).toFixed(3)} (relaxed)${values.final ? ' (dev was trained on)' : ''}\n`,
    );
  };
  // dev F1 stops rising after about 4 epochs for events and 8 for times
  const epochs = Number(values.epochs ?? (task.name === 'events' ? 4 : 8));
  const shuffles = Number(values.shuffles);
  const trainingSet = values.final ? [...trainSet, ...devSet] : trainSet;
  // Several seeded shuffles, their averaged weights averaged again: steadier than any one order.
  const sum = new Float32Array(buckets * classes);
  for (let shuffle = 0; shuffle < shuffles; shuffle += 1) {
    const learner = new Perceptron(buckets, classes);
    const next = random(Number(values.seed) + shuffle);
    const order = trainingSet.map((_, index) => index);
    for (let epoch = 1; epoch <= epochs; epoch += 1) {
      for (let index = order.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [order[index], order[other]] = [order[other]!, order[index]!];
      }
      learner.mistakes = 0;
      for (const position of order) {
        const item = trainingSet[position]!;
        if (labels.length < item.gold.length) labels = new Int32Array(item.gold.length * 2);
        learner.gold = item.gold;
        tagger.tag(
          item.document.text,
          item.segments,
          task.hints,
          { buckets, classes, weights: learner.weights },
          labels,
          task.allowed,
          learner,
          task.closed,
        );
      }
      if (shuffle === 0)
        report(`shuffle 1 epoch ${epoch} (train errors ${learner.mistakes})`, learner.averaged());
    }
    const averaged = learner.averaged();
    for (let index = 0; index < sum.length; index += 1) sum[index]! += averaged[index]! / shuffles;
  }
  if (shuffles > 1) report(`${shuffles} shuffles averaged`, sum);
  const { quantised, scale } = quantise(sum);
  const header: TaggerModelHeader = {
    name: task.name,
    featureVersion: TAGGER_FEATURE_VERSION,
    buckets,
    labels: task.labels,
    scale,
  };
  const final = evaluate(quantised);
  process.stdout.write(
    `stored weights: dev strict F1 ${final.strictF1.toFixed(3)}, relaxed F1 ${final.relaxedF1.toFixed(3)}\n`,
  );
  if (values['save-to'] !== undefined) {
    writeFileSync(values['save-to'], serialiseTaggerModel(header, quantised));
    process.stdout.write(`wrote ${values['save-to']}\n`);
  } else if (!values['no-save'] && values.fold === undefined) {
    const directory = join(REPOSITORY_ROOT, 'models', task.folder);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, task.file), serialiseTaggerModel(header, quantised));
    process.stdout.write(`wrote models/${task.folder}/${task.file}\n`);
  }
  return 0;
}

process.exitCode = main();
