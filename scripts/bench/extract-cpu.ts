/**
 * Processor seconds of the whole `extract` pipeline, in process, one thread, and each stage's share:
 * a benchmark for a machine shared with other work, not a test.
 *
 * Unlike `stages.ts`, which times several passes over the same texts (so every remembered look-up —
 * WordNet senses, lemmas, given names — is already filled after the first), this times ONE pass over
 * the texts after a warm-up on other texts (the first BBC News articles: models loaded, the JIT
 * warm), as `npm run bench -- polnear` reads them: each new text still meets words it has not seen.
 * Time is the process's CPU time (user + system), which other processes on the machine inflate less
 * than the clock; take the lowest of a few runs.
 *
 *   node dist/scripts/bench/extract-cpu.js [COUNT]   the first COUNT PolNeAR training texts (all 840)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { runStage } from '../../src/pipeline/run-stage.js';
import type { StageContext } from '../../src/pipeline/stage.js';
import { STAGES } from '../../src/pipeline/stages.js';
import { dataSet } from '../eval/lib/data.js';
import { formatTable } from '../eval/lib/report.js';

const WARM_UP_TEXTS = 20;

function processorSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function bbcTexts(count: number): string[] {
  const folder = dataSet('bbc-news');
  if (folder === null) return [];
  const texts: string[] = [];
  for (const topic of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (!topic.isDirectory()) continue;
    for (const name of readdirSync(join(folder, topic.name)).sort()) {
      if (texts.length >= count) return texts;
      if (name.endsWith('.txt')) texts.push(readFileSync(join(folder, topic.name, name), 'latin1'));
    }
  }
  return texts;
}

export function extractProcessorTime(count: number): string[] {
  const polnear = dataSet('polnear');
  if (polnear === null) return ['Extract CPU time: skipped (polnear is not in the shared data)'];
  const folder = join(polnear, 'train', 'text');
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, count);
  for (const [index, text] of bbcTexts(WARM_UP_TEXTS).entries())
    processInput({ source: `warm-up-${index}.txt`, bytes: Buffer.from(text, 'latin1') }, { format: 'text' });
  const ingested: Doc[] = names.map((name) =>
    processInput(
      { source: name, bytes: readFileSync(join(folder, name)) },
      { format: 'text', cleanOnly: true },
    ),
  );
  const words = ingested.reduce((sum, doc) => sum + doc.text.split(/\s+/u).filter(Boolean).length, 0);
  const perStage = new Map<string, number>();
  const started = process.cpuUsage();
  for (const first of ingested) {
    const context: StageContext = { referenceDate: null };
    let doc = first;
    for (const stage of STAGES) {
      const stageStarted = process.cpuUsage();
      doc = runStage(stage, doc, context);
      perStage.set(stage.name, (perStage.get(stage.name) ?? 0) + processorSeconds(stageStarted));
    }
  }
  const total = processorSeconds(started);
  const rows = STAGES.map((stage) => {
    const seconds = perStage.get(stage.name) ?? 0;
    return [stage.name, seconds.toFixed(2), `${((100 * seconds) / total).toFixed(1)} %`];
  });
  rows.push(['whole extract', total.toFixed(2), `${Math.round(words / total)} words/CPU s`]);
  return [
    `Whole extract in process, one pass, ${names.length} PolNeAR training texts, ${words} words (after ${WARM_UP_TEXTS} BBC texts):`,
    '',
    ...formatTable(['stage', 'CPU seconds', 'share'], rows),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of extractProcessorTime(Number(process.argv[2] ?? Infinity))) console.log(line);
}
