/**
 * `npm run bench`: whole-process speed, side by side with a peer where there is one.
 *
 * 1. HTML cleaning: `claimgraph extract --clean-only` over the L3S-GN1 pages (one thread, and all
 *    cores) against @mozilla/readability + linkedom over the same files (one process each).
 * 2. The whole `extract` pipeline on plain-text news (PolNeAR's 840 training articles; BBC News,
 *    2,225 articles): words per second, one thread and all cores.
 * 3. Each pipeline stage alone, in process (scripts/bench/stages.ts): tokens and words per second.
 *
 *   npm run bench                 all sections but scale
 *   npm run bench -- polnear      only the named sections (html, polnear, bbc, stages, store, corpus)
 *   npm run bench -- store        the archive on SQLite and PostgreSQL (scripts/bench/store.ts)
 *   npm run bench -- corpus       `claimgraph corpus` over 1,000 articles
 *   npm run bench -- workers      the PostgreSQL queue with 1 and 2 workers (scripts/bench/workers.ts)
 *   npm run bench -- scale        PostgreSQL at 10k, 100k and 1M articles (scripts/bench/scale.ts)
 *
 * Figures are wall-clock seconds of whole processes (start-up included), best of N runs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataSet, REPOSITORY_ROOT } from '../eval/lib/data.js';
import { formatTable } from '../eval/lib/report.js';
import { scaleBench } from './scale.js';
import { stageTimings } from './stages.js';
import { storeBench } from './store.js';
import { workersBench } from './workers.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BIN = join(REPOSITORY_ROOT, 'bin', 'claimgraph.js');
const REFERENCE = join(REPOSITORY_ROOT, 'dist', 'scripts', 'bench', 'readability-reference.js');
const MEMORY_REPORTER = pathToFileURL(
  join(REPOSITORY_ROOT, 'dist', 'scripts', 'bench', 'report-memory.js'),
).href;

/** Processor seconds of a process's threads by kind (see report-memory.ts). */
interface ThreadSeconds {
  readonly main: number;
  readonly workers: number;
  readonly background: number;
}

/**
 * Best wall-clock time of RUNS runs of `node ARGS`, the highest peak memory seen (MB), and the
 * processor seconds by thread of the run that used the fewest (null off Linux).
 */
function timeCommand(args: string[]): {
  seconds: number;
  outputBytes: number;
  peakMegabytes: number;
  threads: ThreadSeconds | null;
} {
  let best = Infinity;
  let outputBytes = 0;
  let peakKilobytes = 0;
  let threads: ThreadSeconds | null = null;
  const total = (used: ThreadSeconds): number => used.main + used.workers + used.background;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--import', MEMORY_REPORTER, ...args], {
      maxBuffer: 1024 * 1024 * 1024,
      encoding: 'buffer',
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${args.join(' ')} failed: ${result.stderr.toString().slice(0, 400)}`);
    }
    const reported = /bench-peak-rss-kb (\d+)/.exec(result.stderr.toString());
    if (reported) peakKilobytes = Math.max(peakKilobytes, Number(reported[1]));
    const cpu = /bench-thread-cpu main ([\d.]+) workers ([\d.]+) background ([\d.]+)/.exec(
      result.stderr.toString(),
    );
    if (cpu) {
      const used = { main: Number(cpu[1]), workers: Number(cpu[2]), background: Number(cpu[3]) };
      if (threads === null || total(used) < total(threads)) threads = used;
    }
    outputBytes = result.stdout.length;
    best = Math.min(best, seconds);
  }
  return { seconds: best, outputBytes, peakMegabytes: Math.round(peakKilobytes / 1024), threads };
}

function htmlCleaning(): string[] {
  const folder = dataSet('l3s-gn1');
  if (!folder) return ['HTML cleaning: skipped (L3S-GN1 absent)'];
  const input = join(folder, 'input');
  const files = readdirSync(input)
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => join(input, name));
  const reference = timeCommand([REFERENCE, ...files]);
  const oneThread = timeCommand([
    BIN,
    'extract',
    '--clean-only',
    '--quiet',
    '--jobs',
    '1',
    '--format',
    'jsonl',
    ...files,
  ]);
  const cores = availableParallelism();
  const allCores = timeCommand([
    BIN,
    'extract',
    '--clean-only',
    '--quiet',
    '--jobs',
    String(cores),
    '--format',
    'jsonl',
    ...files,
  ]);
  const row = (name: string, seconds: number) => [
    name,
    seconds,
    (files.length / seconds).toFixed(1),
    (seconds / reference.seconds).toFixed(2),
  ];
  return [
    `HTML cleaning, whole process, ${files.length} L3S-GN1 pages (best of ${RUNS}):`,
    '',
    ...formatTable(
      ['extractor', 'seconds', 'pages/s', '× Readability'],
      [
        row('@mozilla/readability + linkedom', reference.seconds),
        row('claimgraph extract --clean-only --jobs 1', oneThread.seconds),
        row(`claimgraph extract --clean-only --jobs ${cores}`, allCores.seconds),
      ],
    ),
  ];
}

function bbcFiles(): string[] | null {
  const folder = dataSet('bbc-news');
  if (!folder) return null;
  const files: string[] = [];
  for (const topic of readdirSync(folder, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const name of readdirSync(join(folder, topic.name)).sort()) {
      if (name.endsWith('.txt')) files.push(join(folder, topic.name, name));
    }
  }
  return files;
}

function polnearFiles(): string[] | null {
  const folder = dataSet('polnear');
  if (!folder) return null;
  const text = join(folder, 'train', 'text');
  return readdirSync(text)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(text, name));
}

/** The whole `extract` pipeline over a set of plain-text files, one thread and all cores. */
function textPipeline(corpus: string, files: string[] | null): string[] {
  if (!files) return [`Text pipeline on ${corpus}: skipped (data absent)`];
  let words = 0;
  for (const file of files) words += readFileSync(file, 'latin1').split(/\s+/).filter(Boolean).length;
  const cores = availableParallelism();
  const rows = [1, cores].map((jobs) => {
    const { seconds, peakMegabytes, threads } = timeCommand([
      BIN,
      'extract',
      '--quiet',
      '--jobs',
      String(jobs),
      '--format',
      'jsonl',
      ...files,
    ]);
    const cpu =
      threads === null
        ? '—'
        : `${threads.main.toFixed(1)} / ${threads.workers.toFixed(1)} / ${threads.background.toFixed(1)}`;
    return [`claimgraph extract --jobs ${jobs}`, seconds, Math.round(words / seconds), peakMegabytes, cpu];
  });
  return [
    `Whole extract pipeline, ${files.length} ${corpus} texts, ${words} words (best of ${RUNS}; processor seconds of the run that used the fewest):`,
    '',
    ...formatTable(
      ['command', 'seconds', 'words/s', 'peak memory (MB)', 'CPU s main / workers / V8 background'],
      rows,
    ),
    '',
    'With --jobs 1 V8 compiles and collects garbage on the second core: "one thread" uses more than one core.',
  ];
}

/**
 * The whole `claimgraph corpus` over 1,000 articles (every other BBC News text, so that all five
 * sections are in): extraction on one thread and on all cores, the cross-document linking, and
 * the JSON written (issue 13: under a minute).
 */
function corpusBench(): string[] {
  const files = bbcFiles()
    ?.filter((_, index) => index % 2 === 0)
    .slice(0, 1000);
  if (!files) return ['claimgraph corpus: skipped (BBC News absent)'];
  let words = 0;
  for (const file of files) words += readFileSync(file, 'latin1').split(/\s+/).filter(Boolean).length;
  const rows = [1, availableParallelism()].map((jobs) => {
    const { seconds, outputBytes, peakMegabytes } = timeCommand([
      BIN,
      'corpus',
      '--quiet',
      '--jobs',
      String(jobs),
      ...files,
    ]);
    return [
      `claimgraph corpus --jobs ${jobs}`,
      seconds,
      Math.round(words / seconds),
      Math.round(outputBytes / 1048576),
      peakMegabytes,
    ];
  });
  return [
    `Whole corpus command, ${files.length} BBC News texts, ${words} words (best of ${RUNS}):`,
    '',
    ...formatTable(['command', 'seconds', 'words/s', 'output (MB)', 'peak memory (MB)'], rows),
  ];
}

const SECTIONS: Record<string, () => string[] | Promise<string[]>> = {
  html: htmlCleaning,
  polnear: () => textPipeline('PolNeAR train', polnearFiles()),
  bbc: () => textPipeline('BBC News', bbcFiles()),
  stages: stageTimings,
  store: storeBench,
  corpus: corpusBench,
  workers: workersBench,
  scale: scaleBench,
};

const wanted = process.argv.slice(2);
// `scale` (an hour, tens of GB) runs only when named
for (const name of wanted.length > 0 ? wanted : Object.keys(SECTIONS).filter((name) => name !== 'scale')) {
  const section = SECTIONS[name];
  console.log('');
  if (!section) {
    console.log(`unknown bench section "${name}" (sections: ${Object.keys(SECTIONS).join(', ')})`);
    process.exitCode = 2;
    continue;
  }
  for (const line of await section()) console.log(line);
}
