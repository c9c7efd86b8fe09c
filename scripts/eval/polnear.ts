import type { Segments } from '../../src/model/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { findAttributions } from '../../src/nlp/attribution/spans/index.js';
import { spanModels } from '../../src/nlp/attribution/spans/model.js';
import {
  decodeSource,
  MAXIMUM_SOURCE_TOKENS,
  PointerScratch,
  sourceWindow,
} from '../../src/nlp/attribution/spans/pointer.js';
import { buildTokenTable } from '../../src/nlp/attribution/spans/token-table.js';
import { segment } from '../../src/nlp/segment/segment.js';
import { DEFAULT_INGEST_OPTIONS } from '../../src/ingest/options.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { segmentStage } from '../../src/pipeline/stages.js';
import { dataSet } from './lib/data.js';
import {
  candidatesForScoring,
  emptyCounts,
  exactScores,
  goldTokenRange,
  loadPolnear,
  overlapScores,
  scoreDocument,
  type PrecisionRecall,
} from './lib/polnear.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';

/**
 * Attribution spans on PolNeAR dev (84 texts, read through processInput as text input without
 * cleaning, segmentation stage only), scored as Citron (BBC R&D) scores PARC 3.0:
 * - cue: exact match;
 * - source: the predicted cue overlaps a gold cue and the source spans are equal (both absent counts);
 * - content exact: the cue overlaps and the content spans are equal, piece for piece;
 * - content overlap: characters shared by predicted and gold contents over all predicted (P) and
 *   all gold (R) content characters.
 * Quotation marks and white space at the edges of every span are trimmed on both sides first. A
 * cue-less continuation paragraph counts as one more content piece of the candidate it continues.
 * Documents annotated by several annotators are scored against each annotator's file, each with
 * weight 1/annotators, so that every document counts once.
 */
export async function run(): Promise<EvalSection> {
  const title = 'Attribution spans on PolNeAR dev';
  const root = dataSet('polnear');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set polnear is absent' };
  const documents = loadPolnear(join(root, 'dev'));
  // Text and segments as the pipeline makes them: text input, no cleaning (so every gold offset
  // still points into the text), segmentation stage only; findAttributions is timed on its own.
  const prepared = documents.map((document) => {
    const doc = processInput(
      {
        source: `${document.name}.txt`,
        bytes: readFileSync(join(root, 'dev', 'text', `${document.name}.txt`)),
      },
      { format: 'text', ingest: { ...DEFAULT_INGEST_OPTIONS, clean: false }, stages: [segmentStage] },
    );
    if (doc.text !== document.text) throw new Error(`polnear: ${document.name} changed on input`);
    return { document, segments: doc.segments };
  });
  const counts = emptyCounts();
  let words = 0;
  let tokens = 0;
  let elapsed = 0;
  findAttributions('He said it would rain.', segment('He said it would rain.')); // load the model outside the timing
  for (const { document, segments } of prepared) {
    const began = performance.now();
    const candidates = findAttributions(document.text, segments);
    elapsed += performance.now() - began;
    tokens += segments.tokens.length;
    words += document.text.split(/\s+/u).filter((word) => word.length > 0).length;
    const weight = 1 / document.annotations.length;
    for (const annotation of document.annotations)
      scoreDocument(document.text, candidatesForScoring(candidates), annotation.attributions, counts, weight);
  }
  const givenCue = sourcesGivenGoldCues(prepared);
  const final = finalOutputCounts(root, documents);
  const cue = exactScores(counts.cue);
  const source = exactScores(counts.source);
  const contentExact = exactScores(counts.contentExact);
  const contentOverlap = overlapScores(counts.contentOverlap);
  const wordsPerSecond = words / (elapsed / 1000);
  const tokensPerSecond = tokens / (elapsed / 1000);
  const figures: Figure[] = [];
  const add = (name: string, scores: PrecisionRecall) => {
    figures.push({ key: `polnear.dev.${name}.precision`, value: scores.precision });
    figures.push({ key: `polnear.dev.${name}.recall`, value: scores.recall });
    figures.push({ key: `polnear.dev.${name}.f1`, value: scores.f1 });
  };
  add('cue', cue);
  add('source', source);
  add('content_exact', contentExact);
  add('content_overlap', contentOverlap);
  const finalScores = {
    cue: exactScores(final.cue),
    source: exactScores(final.source),
    contentExact: exactScores(final.contentExact),
    contentOverlap: overlapScores(final.contentOverlap),
  };
  add('final.cue', finalScores.cue);
  add('final.source', finalScores.source);
  add('final.content_exact', finalScores.contentExact);
  add('final.content_overlap', finalScores.contentOverlap);
  figures.push({ key: 'polnear.dev.source_given_gold_cue', value: givenCue.right / givenCue.total });
  figures.push({ key: 'polnear.dev.words_per_second', value: Math.round(wordsPerSecond) });
  const multiple = documents.filter((document) => document.annotations.length > 1).length;
  const row = (name: string, scores: PrecisionRecall) => [name, scores.precision, scores.recall, scores.f1];
  const lines = [
    `${documents.length} texts (${multiple} annotated several times, each annotator weighted 1/n), ${words} words, ${tokens} tokens`,
    ...formatTable(
      ['part', 'P', 'R', 'F1'],
      [
        row('cue (exact)', cue),
        row('source (exact, cue overlaps)', source),
        row('content (exact, cue overlaps)', contentExact),
        row('content (character overlap)', contentOverlap),
      ],
    ),
    "the same scores on the whole pipeline's printed attributions (`extract`, text input without cleaning: after the",
    'predicate filter, document sources, quoted-as-saying and the other completion stages):',
    ...formatTable(
      ['part', 'P', 'R', 'F1'],
      [
        row('cue (exact)', finalScores.cue),
        row('source (exact, cue overlaps)', finalScores.source),
        row('content (exact, cue overlaps)', finalScores.contentExact),
        row('content (character overlap)', finalScores.contentOverlap),
      ],
    ),
    `source given the gold cue (the source pointer alone, token ranges, each annotator weighted 1/n): ${(givenCue.right / givenCue.total).toFixed(3)} of ${givenCue.total.toFixed(0)}`,
    `findAttributions: ${Math.round(wordsPerSecond).toLocaleString('en')} words/s, ${Math.round(tokensPerSecond).toLocaleString('en')} tokens/s (${elapsed.toFixed(0)} ms wall clock for the dev texts, segmentation excluded)`,
  ];
  return { title, lines, figures };
}

/**
 * The same counts on what `extract` prints: the whole pipeline on each dev text (text input, no
 * cleaning, so offsets stay those of the gold), its attributions' cue, source and content spans.
 * Continuations are already folded into their attribution's content by the pipeline.
 */
function finalOutputCounts(root: string, documents: ReturnType<typeof loadPolnear>) {
  const counts = emptyCounts();
  for (const document of documents) {
    const doc = processInput(
      {
        source: `${document.name}.txt`,
        bytes: readFileSync(join(root, 'dev', 'text', `${document.name}.txt`)),
      },
      { format: 'text', ingest: { ...DEFAULT_INGEST_OPTIONS, clean: false } },
    );
    const predicted = doc.attributions.map((attribution) => ({
      cue: attribution.cue ? [attribution.cue] : [],
      source: attribution.source ? [attribution.source] : [],
      content: [...attribution.content].sort((a, b) => a.start - b.start),
    }));
    const weight = 1 / document.annotations.length;
    for (const annotation of document.annotations)
      scoreDocument(document.text, predicted, annotation.attributions, counts, weight);
  }
  return counts;
}

/**
 * The source pointer alone: for every gold cue (mapped to tokens, inside one sentence), is the
 * source it picks the gold one (token ranges equal; no source in the gold and none picked counts as
 * right)? Gold sources outside the pointer's reach (another sentence, longer than it may pick)
 * are left out, as in the training script's held-out figure.
 */
function sourcesGivenGoldCues(
  prepared: readonly { document: ReturnType<typeof loadPolnear>[number]; segments: Segments }[],
): { right: number; total: number } {
  const models = spanModels();
  const scratch = new PointerScratch();
  let right = 0;
  let total = 0;
  for (const { document, segments } of prepared) {
    const table = buildTokenTable(document.text, segments);
    const weight = 1 / document.annotations.length;
    for (const annotation of document.annotations) {
      for (const attribution of annotation.attributions) {
        const cue = goldTokenRange(segments, attribution.cue);
        if (cue === null || table.sentence[cue.start] !== table.sentence[cue.last]) continue;
        const window = sourceWindow(table, segments.sentences, cue);
        const gold = goldTokenRange(segments, attribution.source);
        if (
          gold !== null &&
          (gold.start < window.first ||
            gold.last >= window.end ||
            (gold.start <= cue.last && gold.last >= cue.start) ||
            gold.last - gold.start >= MAXIMUM_SOURCE_TOKENS)
        )
          continue;
        const picked = decodeSource(models.source, table, cue, window, scratch);
        total += weight;
        const same =
          picked === null || gold === null
            ? picked === gold
            : picked.start === gold.start && picked.last === gold.last;
        if (same) right += weight;
      }
    }
  }
  return { right, total };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await run();
  console.log(`# ${section.title}`);
  if (section.skipped) console.log(`skipped: ${section.skipped}`);
  for (const line of section.lines) console.log(line);
  for (const figure of section.figures) console.log(`${figure.key} = ${figure.value}`);
}
