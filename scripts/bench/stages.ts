/**
 * Speed of each pipeline stage alone, in process, a benchmark, not a test.
 *
 * The texts (PolNeAR's 840 training articles, else the BBC News articles) are ingested once; then
 * every stage of `STAGES` runs over all of them in order, and its own time is counted (the stages
 * before it are not). Figures: tokens per second and words per second of each stage, best of
 * BENCH_RUNS runs after a warm-up pass (model loading and the JIT are not counted), by the clock and
 * by the process's CPU time (user + system), which a machine loaded by other work inflates less.
 *
 * Run alone: `node dist/scripts/bench/stages.js`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import type { StageContext } from '../../src/pipeline/stage.js';
import { STAGES } from '../../src/pipeline/stages.js';
import { dataSet } from '../eval/lib/data.js';
import { formatTable } from '../eval/lib/report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The corpus the stages are timed on: its name and the texts. */
export function benchTexts(): { name: string; texts: string[] } | null {
  const polnear = dataSet('polnear');
  if (polnear !== null) {
    const folder = join(polnear, 'train', 'text');
    const texts = readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8'));
    return { name: `PolNeAR train (${texts.length} articles)`, texts };
  }
  const bbc = dataSet('bbc-news');
  if (bbc === null) return null;
  const texts: string[] = [];
  for (const topic of readdirSync(bbc, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const name of readdirSync(join(bbc, topic.name)).sort()) {
      if (name.endsWith('.txt')) texts.push(readFileSync(join(bbc, topic.name, name), 'latin1'));
    }
  }
  return { name: `BBC News (${texts.length} articles)`, texts };
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

export function stageTimings(): string[] {
  const corpus = benchTexts();
  if (corpus === null) return ['Stages: skipped (neither polnear nor bbc-news is in the shared data)'];
  const ingested: Doc[] = corpus.texts.map((text, index) =>
    processInput(
      { source: `bench-${index}.txt`, bytes: Buffer.from(text, 'utf8') },
      { format: 'text', cleanOnly: true },
    ),
  );
  const words = ingested.reduce((sum, doc) => sum + countWords(doc.text), 0);
  const context: StageContext = { referenceDate: null };
  const best = new Map<string, number>();
  const bestProcessor = new Map<string, number>();
  let tokens = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    let docs = ingested;
    for (const stage of STAGES) {
      const started = performance.now();
      const processorStarted = process.cpuUsage();
      docs = docs.map((doc) => stage.run(doc, context));
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(processorStarted);
      const processorSeconds = (used.user + used.system) / 1e6;
      if (run > 0) {
        best.set(stage.name, Math.min(best.get(stage.name) ?? Infinity, seconds));
        bestProcessor.set(stage.name, Math.min(bestProcessor.get(stage.name) ?? Infinity, processorSeconds));
      }
    }
    tokens = docs.reduce((sum, doc) => sum + doc.segments.tokens.length, 0);
  }
  const rows = STAGES.map((stage) => {
    const seconds = best.get(stage.name) ?? NaN;
    const processorSeconds = bestProcessor.get(stage.name) ?? NaN;
    return [
      stage.name,
      seconds.toFixed(3),
      Math.round(tokens / seconds),
      Math.round(words / seconds),
      processorSeconds.toFixed(3),
      Math.round(words / processorSeconds),
    ];
  });
  return [
    `Each stage alone, in process, ${corpus.name}: ${tokens} tokens, ${words} words (best of ${RUNS}, after a warm-up):`,
    '',
    ...formatTable(['stage', 'seconds', 'tokens/s', 'words/s', 'CPU seconds', 'words/CPU s'], rows),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of stageTimings()) console.log(line);
}
