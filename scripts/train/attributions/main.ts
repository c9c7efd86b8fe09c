import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Segments, Span } from '../../../src/model/index.js';
import type { AttributionCandidate } from '../../../src/nlp/attribution/candidate.js';
import { segment } from '../../../src/nlp/segment/segment.js';
import {
  cannotBeginCue,
  CUE_BEGIN,
  CUE_INSIDE,
  CUE_OUTSIDE,
  cueFeatureBias,
  cueFeatures,
  CueHistory,
  MAXIMUM_CUE_FEATURES,
} from '../../../src/nlp/attribution/spans/cue-features.js';
import { extractCandidates } from '../../../src/nlp/attribution/spans/extract.js';
import { mergeCandidates } from '../../../src/nlp/attribution/spans/merge.js';
import { findQuotations, quoteAttributions } from '../../../src/nlp/attribution/quotes/index.js';
import { labelledIndex, SALT, scoreLabels } from '../../../src/nlp/attribution/spans/linear.js';
import {
  encodeModels,
  MODEL_FILE,
  quantiseModel,
  type SpanModels,
} from '../../../src/nlp/attribution/spans/model.js';
import {
  contentShape,
  contentShapeFeature,
  contentWindow,
  decodeContent,
  decodeSource,
  MAXIMUM_POINTER_FEATURES,
  MAXIMUM_SOURCE_TOKENS,
  noSourceFeatures,
  PointerScratch,
  pointerFeatures,
  sourceShapeFeature,
  sourceVariant,
  sourceWindow,
  type CueTokens,
  type TokenRange,
  type Window,
} from '../../../src/nlp/attribution/spans/pointer.js';
import { buildTokenTable, POS_IDS, type TokenTable } from '../../../src/nlp/attribution/spans/token-table.js';
import { dataSet } from '../../eval/lib/data.js';
import { goldTokenRange as tokenRange } from '../../eval/lib/polnear.js';
import {
  candidatesForScoring,
  emptyCounts,
  exactScores,
  loadPolnear,
  overlapScores,
  scoreDocument,
  type GoldAttribution,
  type PolnearCounts,
  type PolnearDocument,
} from '../../eval/lib/polnear.js';
import { nameHash } from '../../eval/lib/split.js';
import { cueRecallBySeen } from '../../eval/polnear-agreement.js';
import { findAttributions } from '../../../src/nlp/attribution/spans/index.js';
import { AveragedPerceptron, seededRandom, shuffle } from './perceptron.js';

/**
 * Trains the attribution span models (cue tagger, source pointer, content pointer) on PolNeAR
 * train and writes models/attribution/spans.bin. Deterministic: documents in name order, one
 * annotator per document (the lowest annotator id), shuffles from a fixed seed, so a rerun
 * reproduces the weights bit for bit.
 *
 * First a tuning run trains on nine tenths of train (by a hash of the document name) and prints
 * figures on the held-out tenth; then the final models are trained on all of train.
 *
 * Environment (for experiments; the defaults make the committed weights):
 *   CUE_EPOCHS, POINTER_EPOCHS, CUE_BITS, POINTER_BITS   training settings
 *   CUE_MARGIN     also update the cue tagger when gold wins by less than this (default 0)
 *   CUE_BIAS       added to the cue model's B bias after training (default 0)
 *   TRY_BIASES=a,b,…  score the held-out tenth with each B bias (tuning run only)
 *   TUNING_ONLY=1 / SKIP_TUNING=1                       run only the tuning run / only the final run
 *   TUNING_MODEL_OUT=path  also write the tuning run's models (nine tenths) there, for analysis
 *   MERGE=1         also score learned-only, rules-only and partial merges on the held-out tenth
 *   UNQUANTISED=1   also score the float weights (before 8-bit quantisation)
 *   SHOW_CUES=1, SHOW_SOURCE=1, SHOW_CONTENT=1   print held-out cue misses and boundary
 *                  mismatches (OV) / source / content errors
 */

const SEED = 20161108;
const CUE_BITS = Number(process.env.CUE_BITS ?? 21);
const POINTER_BITS = Number(process.env.POINTER_BITS ?? 18);
const CUE_EPOCHS = Number(process.env.CUE_EPOCHS ?? 6);
const POINTER_EPOCHS = Number(process.env.POINTER_EPOCHS ?? 8);
const CUE_MARGIN = Number(process.env.CUE_MARGIN ?? 0);
const CUE_BIAS = Number(process.env.CUE_BIAS ?? 0);
const CUE_SHUFFLES = Number(process.env.CUE_SHUFFLES ?? 5);
const POINTER_SHUFFLES = Number(process.env.POINTER_SHUFFLES ?? 3);
const CUE_DROPOUT = Number(process.env.CUE_DROPOUT ?? 0);

/** Hashes that stand for a hidden word, lemma, prefix or suffix (word dropout). */
const HIDDEN = { word: 0x6b43a9b5, lemma: 0x1d8e4b27, prefix: 0x3c6ef372, suffix: 0x5be0cd19 };

/**
 * Word dropout: the table with the word, lemma, prefix and suffix of each verb, noun and adjective
 * hidden with probability `rate`, so that the tagger also learns cues from what carries over to
 * words never marked as cues (WordNet classes, parse, parts of speech, context).
 */
function withHiddenWords(table: TokenTable, rate: number, random: () => number): TokenTable {
  const word = Uint32Array.from(table.word);
  const lemma = Uint32Array.from(table.lemma);
  const prefix = Uint32Array.from(table.prefix);
  const suffix = Uint32Array.from(table.suffix);
  for (let at = 0; at < table.length; at++) {
    const pos = table.pos[at]!;
    if (pos !== POS_IDS.VERB && pos !== POS_IDS.NOUN && pos !== POS_IDS.ADJ) continue;
    if (random() >= rate) continue;
    word[at] = HIDDEN.word;
    lemma[at] = HIDDEN.lemma;
    prefix[at] = HIDDEN.prefix;
    suffix[at] = HIDDEN.suffix;
  }
  return { ...table, word, lemma, prefix, suffix };
}

interface GoldCandidate {
  readonly cue: CueTokens;
  /** null: no source; undefined: a source the model cannot reach (not trained on). */
  readonly source: TokenRange | null | undefined;
  readonly content: TokenRange | undefined;
}

interface TrainingDocument {
  readonly name: string;
  readonly text: string;
  readonly segments: Segments;
  readonly table: TokenTable;
  readonly labels: Uint8Array;
  readonly candidates: readonly GoldCandidate[];
  readonly gold: readonly GoldAttribution[];
}

function inWindow(range: TokenRange, window: Window): boolean {
  return range.start >= window.first && range.last < window.end;
}

function prepare(document: PolnearDocument): TrainingDocument {
  const text = document.text;
  const segments = segment(text);
  const table = buildTokenTable(text, segments);
  const gold = document.annotations[0]?.attributions ?? [];
  const labels = new Uint8Array(table.length);
  const candidates: GoldCandidate[] = [];
  for (const attribution of gold) {
    const cue = tokenRange(segments, attribution.cue);
    if (cue === null) continue;
    let free = true;
    for (let at = cue.start; at <= cue.last; at++) if (labels[at] !== CUE_OUTSIDE) free = false;
    if (table.sentence[cue.start] !== table.sentence[cue.last]) free = false;
    if (!free) continue;
    labels[cue.start] = CUE_BEGIN;
    for (let at = cue.start + 1; at <= cue.last; at++) labels[at] = CUE_INSIDE;
    let source: TokenRange | null | undefined = tokenRange(segments, attribution.source);
    if (source !== null) {
      const window = sourceWindow(table, segments.sentences, cue);
      const overlapsCue = source.start <= cue.last && source.last >= cue.start;
      if (!inWindow(source, window) || overlapsCue || source.last - source.start >= MAXIMUM_SOURCE_TOKENS)
        source = undefined;
    }
    const window = contentWindow(table, segments.sentences, cue);
    const pieces = attribution.content
      .map((piece) => tokenRange(segments, [piece]))
      .filter((piece): piece is TokenRange => piece !== null && inWindow(piece, window));
    let content: TokenRange | undefined;
    if (pieces.length > 0) {
      content = {
        start: Math.min(...pieces.map((piece) => piece.start)),
        last: Math.max(...pieces.map((piece) => piece.last)),
      };
      const blocked = (at: number) =>
        (at >= cue.start && at <= cue.last) || (source != null && at >= source.start && at <= source.last);
      if (blocked(content.start) || blocked(content.last)) content = undefined;
    }
    candidates.push({ cue, source, content });
  }
  return { name: document.name, text, segments, table, labels, candidates, gold };
}

function trainCues(
  documents: readonly TrainingDocument[],
  random: () => number,
  dropout: () => number,
): AveragedPerceptron {
  const model = new AveragedPerceptron(CUE_BITS);
  const features = new Uint32Array(MAXIMUM_CUE_FEATURES);
  const scores = new Float64Array(3);
  const order = documents.map((_, index) => index);
  for (let epoch = 0; epoch < CUE_EPOCHS; epoch++) {
    let errors = 0;
    let total = 0;
    for (const index of shuffle(order, random)) {
      const { labels } = documents[index]!;
      const table =
        CUE_DROPOUT > 0
          ? withHiddenWords(documents[index]!.table, CUE_DROPOUT, dropout)
          : documents[index]!.table;
      const history = new CueHistory();
      for (let at = 0; at < table.length; at++) {
        history.enter(table, at);
        const previous = history.previousLabel;
        if (previous === CUE_OUTSIDE && cannotBeginCue(table, at)) {
          history.leave(table, at, CUE_OUTSIDE);
          continue;
        }
        const count = cueFeatures(table, at, history, features);
        scoreLabels(model.live, features, count, scores);
        let best = CUE_OUTSIDE;
        if (
          scores[CUE_BEGIN]! > scores[CUE_OUTSIDE]! &&
          (previous === CUE_OUTSIDE || scores[CUE_BEGIN]! >= scores[CUE_INSIDE]!)
        )
          best = CUE_BEGIN;
        else if (previous !== CUE_OUTSIDE && scores[CUE_INSIDE]! > scores[CUE_OUTSIDE]!) best = CUE_INSIDE;
        // I cannot follow O: where the history missed the cue's first token, its second one
        // should have begun the cue.
        const gold = labels[at] === CUE_INSIDE && previous === CUE_OUTSIDE ? CUE_BEGIN : labels[at]!;
        if (best !== gold) errors++;
        // Margin: also update when the gold label wins by less than CUE_MARGIN over the best
        // other label allowed here.
        let rival = best;
        if (best === gold) {
          rival = -1;
          for (let label = 0; label < 3; label++) {
            if (label === gold || (label === CUE_INSIDE && previous === CUE_OUTSIDE)) continue;
            if (rival < 0 || scores[label]! > scores[rival]!) rival = label;
          }
        }
        if (rival >= 0 && rival !== gold && (best !== gold || scores[gold]! - scores[rival]! < CUE_MARGIN)) {
          model.updateLabel(features, count, gold, 1);
          model.updateLabel(features, count, rival, -1);
        }
        total++;
        model.tick();
        // The history is the gold one (teacher forcing): on the held-out tenth, cue F1 0.640
        // against 0.600 with the predicted history.
        history.leave(table, at, gold);
      }
    }
    console.log(`  cue epoch ${epoch + 1}: token error ${(errors / total).toFixed(4)}`);
  }
  return model;
}

function updatePair(
  model: AveragedPerceptron,
  table: TokenTable,
  cue: CueTokens,
  range: TokenRange,
  startSalt: number,
  endSalt: number,
  delta: number,
  features: Uint32Array,
): void {
  let count = pointerFeatures(table, cue, range.start, false, features);
  model.update(features, count, startSalt, delta);
  count = pointerFeatures(table, cue, range.last, true, features);
  model.update(features, count, endSalt, delta);
}

function updateContent(
  model: AveragedPerceptron,
  table: TokenTable,
  cue: CueTokens,
  content: TokenRange,
  delta: number,
  features: Uint32Array,
): void {
  updatePair(model, table, cue, content, SALT.contentStart, SALT.contentEnd, delta, features);
  features[0] = contentShapeFeature(contentShape(table, cue, content.start, content.last));
  model.update(features, 1, SALT.contentLength, delta);
}

function updateSource(
  model: AveragedPerceptron,
  table: TokenTable,
  cue: CueTokens,
  source: TokenRange | null,
  delta: number,
  features: Uint32Array,
): void {
  if (source === null) {
    const count = noSourceFeatures(table, cue, features);
    model.update(features, count, SALT.sourceNone, delta);
    return;
  }
  updatePair(model, table, cue, source, SALT.sourceStart, SALT.sourceEnd, delta, features);
  features[0] = sourceShapeFeature(
    source.last - source.start + 1,
    sourceVariant(table, source.start, source.last),
  );
  model.update(features, 1, SALT.sourceLength, delta);
}

function same(a: TokenRange | null, b: TokenRange | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start === b.start && a.last === b.last;
}

function trainPointers(
  documents: readonly TrainingDocument[],
  random: () => number,
): { source: AveragedPerceptron; content: AveragedPerceptron } {
  const source = new AveragedPerceptron(POINTER_BITS);
  const content = new AveragedPerceptron(POINTER_BITS);
  const features = new Uint32Array(MAXIMUM_POINTER_FEATURES);
  const scratch = new PointerScratch();
  const examples: { document: number; candidate: number }[] = [];
  documents.forEach((document, index) =>
    document.candidates.forEach((_, candidate) => examples.push({ document: index, candidate })),
  );
  for (let epoch = 0; epoch < POINTER_EPOCHS; epoch++) {
    let sourceErrors = 0;
    let sourceTotal = 0;
    let contentErrors = 0;
    let contentTotal = 0;
    for (const example of shuffle(examples, random)) {
      const document = documents[example.document]!;
      const { table, segments } = document;
      const gold = document.candidates[example.candidate]!;
      if (gold.source !== undefined) {
        const predicted = decodeSource(
          source.live,
          table,
          gold.cue,
          sourceWindow(table, segments.sentences, gold.cue),
          scratch,
        );
        if (!same(predicted, gold.source)) {
          updateSource(source, table, gold.cue, gold.source, 1, features);
          updateSource(source, table, gold.cue, predicted, -1, features);
          sourceErrors++;
        }
        sourceTotal++;
        source.tick();
      }
      if (gold.content !== undefined) {
        const predicted = decodeContent(
          content.live,
          table,
          gold.cue,
          gold.source ?? null,
          contentWindow(table, segments.sentences, gold.cue),
          scratch,
        );
        if (!same(predicted, gold.content)) {
          updateContent(content, table, gold.cue, gold.content, 1, features);
          if (predicted !== null) updateContent(content, table, gold.cue, predicted, -1, features);
          contentErrors++;
        }
        contentTotal++;
        content.tick();
      }
    }
    console.log(
      `  pointer epoch ${epoch + 1}: source error ${(sourceErrors / sourceTotal).toFixed(4)}, content error ${(contentErrors / contentTotal).toFixed(4)}`,
    );
  }
  return { source, content };
}

function train(documents: readonly TrainingDocument[]): SpanModels {
  const random = seededRandom(SEED);
  const cue = trainCues(documents, random, seededRandom(SEED + 1000)).averaged();
  // Several cue models from other shuffles, their weights averaged (a cheap ensemble).
  if (CUE_SHUFFLES > 1) {
    for (let run = 1; run < CUE_SHUFFLES; run++) {
      const other = trainCues(
        documents,
        seededRandom(SEED + run),
        seededRandom(SEED + 1000 + run),
      ).averaged();
      for (let slot = 0; slot < cue.weights.length; slot++) cue.weights[slot]! += other.weights[slot]!;
    }
    for (let slot = 0; slot < cue.weights.length; slot++) cue.weights[slot]! /= CUE_SHUFFLES;
  }
  if (CUE_BIAS !== 0) {
    // A prior toward B on the always-on feature: trades cue precision for recall.
    const slot = labelledIndex(cueFeatureBias(), CUE_BEGIN, cue.mask);
    cue.weights[slot] = cue.weights[slot]! + CUE_BIAS;
  }
  const { source, content } = trainPointers(documents, random);
  const sourceModel = source.averaged();
  const contentModel = content.averaged();
  if (POINTER_SHUFFLES > 1) {
    for (let run = 1; run < POINTER_SHUFFLES; run++) {
      const other = trainPointers(documents, seededRandom(SEED + 100 + run));
      const otherSource = other.source.averaged();
      const otherContent = other.content.averaged();
      for (let slot = 0; slot < sourceModel.weights.length; slot++) {
        sourceModel.weights[slot]! += otherSource.weights[slot]!;
        contentModel.weights[slot]! += otherContent.weights[slot]!;
      }
    }
    for (let slot = 0; slot < sourceModel.weights.length; slot++) {
      sourceModel.weights[slot]! /= POINTER_SHUFFLES;
      contentModel.weights[slot]! /= POINTER_SHUFFLES;
    }
  }
  return { cue, source: sourceModel, content: contentModel };
}

function report(label: string, counts: PolnearCounts): void {
  const line = (name: string, value: { precision: number; recall: number; f1: number }) =>
    `  ${label} ${name.padEnd(16)} P ${value.precision.toFixed(3)}  R ${value.recall.toFixed(3)}  F1 ${value.f1.toFixed(3)}`;
  console.log(line('cue', exactScores(counts.cue)));
  console.log(line('source', exactScores(counts.source)));
  console.log(line('content exact', exactScores(counts.contentExact)));
  console.log(line('content overlap', overlapScores(counts.contentOverlap)));
}

function evaluate(models: SpanModels, documents: readonly TrainingDocument[]): PolnearCounts {
  const counts = emptyCounts();
  // Cue diagnostics: how predicted cues relate to gold ones (exact, overlapping, unmatched).
  const predicted = { exact: 0, overlap: 0, none: 0 };
  const gold = { exact: 0, overlap: 0, none: 0 };
  let tokens = 0;
  let elapsed = 0;
  const variants = {
    learned: emptyCounts(),
    rules: emptyCounts(),
    addRules: emptyCounts(),
    ruleContent: emptyCounts(),
  };
  for (const document of documents) {
    const began = performance.now();
    const learned = extractCandidates(
      models,
      buildTokenTable(document.text, document.segments),
      document.segments,
    );
    const rules = quoteAttributions(
      document.text,
      document.segments,
      findQuotations(document.text, document.segments),
    );
    // What findAttributions returns (with these models): learned and rule candidates merged.
    const candidates = mergeCandidates(learned, rules);
    elapsed += performance.now() - began;
    tokens += document.table.length;
    scoreDocument(document.text, candidatesForScoring(candidates), document.gold, counts);
    if (process.env.MERGE === '1') {
      const score = (items: readonly AttributionCandidate[], into: PolnearCounts) =>
        scoreDocument(document.text, candidatesForScoring(items), document.gold, into);
      score(learned, variants.learned);
      score(rules, variants.rules);
      score(mergeCandidates(learned, rules, { ruleContent: false, addRules: true }), variants.addRules);
      score(mergeCandidates(learned, rules, { ruleContent: true, addRules: false }), variants.ruleContent);
    }
    const cues = candidates.flatMap((candidate) => (candidate.cue ? [candidate.cue] : []));
    const goldCues = document.gold
      .filter((item) => item.cue.length > 0)
      .map((item) => ({ start: item.cue[0]!.start, end: item.cue[item.cue.length - 1]!.end }));
    const classify = (span: Span, others: readonly Span[], into: typeof predicted) => {
      if (others.some((other) => other.start === span.start && other.end === span.end)) into.exact++;
      else if (others.some((other) => other.start < span.end && span.start < other.end)) into.overlap++;
      else into.none++;
    };
    for (const cue of cues) classify(cue, goldCues, predicted);
    for (const cue of goldCues) classify(cue, cues, gold);
    if (process.env.SHOW_CUES === '1') {
      const show = (span: Span) =>
        `${document.text.slice(Math.max(0, span.start - 50), span.start)}[[${document.text.slice(span.start, span.end)}]]${document.text.slice(span.end, span.end + 30)}`.replace(
          /\n/gu,
          ' | ',
        );
      for (const cue of cues)
        if (!goldCues.some((other) => other.start < cue.end && cue.start < other.end))
          console.log(`FP ${show(cue)}`);
      for (const cue of goldCues)
        if (!cues.some((other) => other.start < cue.end && cue.start < other.end))
          console.log(`FN ${show(cue)}`);
      for (const cue of goldCues)
        for (const other of cues)
          if (
            other.start < cue.end &&
            cue.start < other.end &&
            (other.start !== cue.start || other.end !== cue.end)
          )
            console.log(
              `OV gold [${document.text.slice(cue.start, cue.end)}] predicted [${document.text.slice(other.start, other.end)}]`,
            );
    }
  }
  console.log(`  cues predicted: ${JSON.stringify(predicted)}; gold: ${JSON.stringify(gold)}`);
  console.log(`  speed (learned + rules + merge): ${Math.round(tokens / (elapsed / 1000))} tokens/s`);
  if (process.env.MERGE === '1')
    for (const [name, value] of Object.entries(variants)) report(`variant ${name}`, value);
  // Sources and contents given the gold cues (token ranges), to see each part's own error.
  const scratch = new PointerScratch();
  let sources = 0;
  let sourcesRight = 0;
  let contents = 0;
  let contentsRight = 0;
  for (const document of documents) {
    const { table, segments } = document;
    for (const candidate of document.candidates) {
      const source = decodeSource(
        models.source,
        table,
        candidate.cue,
        sourceWindow(table, segments.sentences, candidate.cue),
        scratch,
      );
      if (candidate.source !== undefined) {
        sources++;
        if (same(source, candidate.source)) sourcesRight++;
        else if (process.env.SHOW_SOURCE === '1') {
          const words = (range: TokenRange | null) =>
            range === null
              ? '∅'
              : document.text.slice(segments.tokens[range.start]!.start, segments.tokens[range.last]!.end);
          const sentence = segments.sentences[table.sentence[candidate.cue.start]!]!;
          console.log(
            `SENT ${document.text.slice(sentence.start, sentence.end)}\n  CUE ${words(candidate.cue)} GOLD ${words(candidate.source)} PRED ${words(source)}`,
          );
        }
      }
      if (candidate.content !== undefined) {
        const content = decodeContent(
          models.content,
          table,
          candidate.cue,
          source,
          contentWindow(table, segments.sentences, candidate.cue),
          scratch,
        );
        contents++;
        if (content !== null && same(content, candidate.content)) contentsRight++;
        else if (process.env.SHOW_CONTENT === '1' && content !== null) {
          const words = (range: TokenRange) =>
            document.text
              .slice(segments.tokens[range.start]!.start, segments.tokens[range.last]!.end)
              .replace(/\n/gu, ' | ');
          console.log(
            `CUE ${words(candidate.cue)}\n  GOLD ${words(candidate.content)}\n  PRED ${words(content)}`,
          );
        }
      }
    }
  }
  console.log(
    `  given gold cues: source ${(sourcesRight / sources).toFixed(3)} (${sources}), content range ${(contentsRight / contents).toFixed(3)} (${contents})`,
  );
  return counts;
}

function main(): void {
  const root = dataSet('polnear');
  if (!root) {
    process.exitCode = 1;
    return;
  }
  const began = performance.now();
  const raw = loadPolnear(join(root, 'train'));
  const documents = raw.map(prepare);
  console.log(
    `prepared ${documents.length} documents in ${((performance.now() - began) / 1000).toFixed(1)} s`,
  );
  const heldOut = documents.filter((document) => nameHash(document.name) % 10 === 0);
  const tuning = documents.filter((document) => nameHash(document.name) % 10 !== 0);
  if (process.env.SKIP_TUNING !== '1') {
    console.log(`tuning run: ${tuning.length} documents, held out ${heldOut.length}`);
    const trained = train(tuning);
    for (const [name, model] of Object.entries(trained) as [string, { weights: Float32Array }][]) {
      const magnitudes = Array.from(model.weights)
        .filter((value) => value !== 0)
        .map((value) => Math.abs(value))
        .sort((a, b) => a - b);
      const at = (quantile: number) =>
        magnitudes[Math.floor(quantile * (magnitudes.length - 1))]!.toPrecision(3);
      console.log(
        `  ${name}: ${magnitudes.length} non-zero; |w| p50 ${at(0.5)} p90 ${at(0.9)} p99 ${at(0.99)} p99.9 ${at(0.999)} max ${at(1)}`,
      );
    }
    const models = {
      cue: quantiseModel(trained.cue),
      source: quantiseModel(trained.source),
      content: quantiseModel(trained.content),
    };
    for (const bias of (process.env.TRY_BIASES ?? '').split(',').filter((value) => value !== '')) {
      const weights = Float32Array.from(trained.cue.weights);
      const slot = labelledIndex(cueFeatureBias(), CUE_BEGIN, trained.cue.mask);
      weights[slot] = weights[slot]! + Number(bias);
      report(
        `bias ${bias}`,
        evaluate({ ...models, cue: quantiseModel({ mask: trained.cue.mask, weights }) }, heldOut),
      );
    }
    if (process.env.UNQUANTISED === '1') report('held-out (float)', evaluate(trained, heldOut));
    report('held-out', evaluate(models, heldOut));
    if (process.env.TUNING_MODEL_OUT)
      writeFileSync(
        process.env.TUNING_MODEL_OUT,
        encodeModels([trained.cue, trained.source, trained.content]),
      );
    // The whole span finder (models, quotation rules, rule layer, WordNet cues), as `findAttributions`
    // runs it, and its cue recall on held-out phrasings never marked as a cue in the nine tenths.
    const full = emptyCounts();
    const predictions = new Map<string, readonly AttributionCandidate[]>();
    for (const document of heldOut) {
      const found = findAttributions(document.text, document.segments, models);
      predictions.set(document.text, found);
      scoreDocument(document.text, candidatesForScoring(found), document.gold, full);
    }
    report('held-out (findAttributions)', full);
    const split = (document: { name: string }) => nameHash(document.name) % 10 === 0;
    const bySeen = cueRecallBySeen(
      raw.filter((document) => !split(document)),
      raw.filter(split),
      (text) => predictions.get(text) ?? [],
    );
    console.log(
      `  held-out cue recall: ${(bySeen.seenFound / bySeen.seen).toFixed(3)} on phrasings seen in the nine tenths, ${(bySeen.unseenFound / bySeen.unseen).toFixed(3)} on unseen ones (${Math.round(bySeen.unseen)} of ${Math.round(bySeen.seen + bySeen.unseen)})`,
    );
  }
  if (process.env.TUNING_ONLY === '1') return;
  const trainingBegan = performance.now();
  console.log(`final run: all ${documents.length} documents`);
  const models = train(documents);
  const bytes = encodeModels([models.cue, models.source, models.content]);
  mkdirSync(new URL('.', MODEL_FILE), { recursive: true });
  writeFileSync(MODEL_FILE, bytes);
  console.log(
    `wrote ${MODEL_FILE.pathname} (${(bytes.byteLength / 1024).toFixed(0)} KiB) after ${((performance.now() - trainingBegan) / 1000).toFixed(1)} s of training`,
  );
}

main();
