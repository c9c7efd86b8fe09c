/**
 * Speed of the entity stage alone (tagger, name corrections, coreference, attributes), in process,
 * one thread: the documents are ingested and segmented first, then `entityStage` runs over all of
 * them; best of three rounds after a warm-up (model loading is not counted). The texts are PolNeAR's
 * training articles (or BBC News when PolNeAR is absent), as in `npm run bench -- stages`.
 */
import type { Doc } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { entityStage, segmentStage } from '../../src/pipeline/stages.js';
import { benchTexts } from '../bench/stages.js';
import type { EvalSection } from './lib/report.js';

export async function run(): Promise<EvalSection> {
  const title = 'Entity stage alone: tokens per second (one thread, in process)';
  const corpus = benchTexts();
  if (corpus === null)
    return { title, lines: [], figures: [], skipped: 'neither polnear nor bbc-news is present' };
  const context = { referenceDate: null };
  const docs: Doc[] = corpus.texts.map((text, index) =>
    segmentStage.run(
      processInput(
        { source: `speed-${index}.txt`, bytes: Buffer.from(text, 'utf8') },
        { format: 'text', cleanOnly: true },
      ),
      context,
    ),
  );
  const tokens = docs.reduce((sum, doc) => sum + doc.segments.tokens.length, 0);
  let best = Infinity;
  let entities = 0;
  for (let round = 0; round < 4; round += 1) {
    const started = performance.now();
    entities = 0;
    for (const doc of docs) entities += entityStage.run(doc, context).entities.length;
    const seconds = (performance.now() - started) / 1000;
    if (round > 0) best = Math.min(best, seconds);
  }
  const speed = tokens / best;
  return {
    title,
    lines: [
      `${corpus.name}: ${tokens.toLocaleString('en-GB')} tokens, ${entities.toLocaleString('en-GB')} entities, ` +
        `${best.toFixed(2)} s → ${Math.round(speed).toLocaleString('en-GB')} tokens/s (best of 3 after a warm-up)`,
    ],
    figures: [{ key: 'entities.stage.tokens_per_second', value: Math.round(speed) }],
  };
}
